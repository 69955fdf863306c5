"""Names met in passing are no one's focus: the object of a preposition right before a
frame turned round ('"..." for Vell, said Kunin. "...," she said': Kunin, not Vell), and a
body named only in passing, never a subject nor a speaker of late, is not "they" ("spent
time on the Harbour Board, which has faded, and they are ..."). Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import quotes

LEAD = "Harbour Vote\n\n"


def test_a_pronoun_after_a_turned_frame_is_its_speaker() -> None:
    text = LEAD + (
        'Ann Vell spoke first. "This will be a challenge" for Vell, said Madeleine Kunin. '
        '"She can never be as far left as Tom," she said.\n'
    )
    (q,) = [q for q in quotes(text) if "as far left as Tom" in q.text]
    assert q.speaker_name == "Madeleine Kunin"


def test_a_body_named_in_passing_is_not_they() -> None:
    text = LEAD + (
        "Yet Republicans have already spent a lot of time on the Harbour Board, which has "
        "faded, and they are circulating new talking points. They say Ann Vell advocated "
        "against leaving a residual force in 2011.\n"
    )
    (q,) = [q for q in quotes(text) if "advocated against leaving" in q.text]
    assert q.speaker_name != "Harbour Board"


def test_a_fragment_after_a_named_report_goes_on_with_its_speaker() -> None:
    text = LEAD + (
        "Tom Brill has argued that the harbour law was weakened from the outset by the "
        "deals its drafters made. As a result, there is still \u201ca very powerful industry "
        "that has the freedom to charge whatever.\u201d\n"
    )
    (q,) = [q for q in quotes(text) if "a very powerful industry" in q.text]
    assert q.kind == "mixed"
    assert q.speaker_name == "Tom Brill"
    assert q.resolution.endswith("carried from the previous quote")


def test_a_fragment_after_a_report_with_its_own_subject_is_not_carried() -> None:
    text = LEAD + (
        "Ann Vell has a strong ground game in the state, said Mindy Romer, who studies its "
        "voters. On Tuesday, Gov. Jerry Dunn endorsed her, citing her \u201clong experience "
        "and firm grasp of the issues\u201d and her preparedness.\n"
    )
    for q in quotes(text):
        if "long experience" in q.text:
            assert q.speaker_name != "Mindy Romer"


def test_a_participle_after_an_object_goes_on_with_the_first_piece_s_speaker() -> None:
    text = LEAD + (
        '"Many people are unsure this year," Tom Vell wrote in a statement to Harbourwire '
        'explaining why he will speak at the convention, "but most agree that the harbour is '
        'on the wrong track."\n'
    )
    (q,) = [q for q in quotes(text) if "but most agree" in q.text]
    assert q.speaker_name == "Tom Vell"


def test_a_count_is_no_name() -> None:
    text = LEAD + (
        'Thirty percent of sailors "strongly agree" that they will earn more than their '
        "parents did.\n"
    )
    for q in quotes(text):
        if q.speaker is not None and q.speaker.text == "Thirty":
            assert q.speaker_name is None or "unresolved" in q.resolution


def test_someone_s_son_in_a_heading_is_no_name() -> None:
    text = (
        "Vell's Son Says The Battle Against Hale Will Be Unprecedented\n\n"
        "As Tom Vell began posting his new nickname for Ann Hale, his son said the fight "
        "would be hard.\n"
    )
    for q in quotes(text):
        if q.speaker is not None and q.speaker.text == "Vell's Son":
            assert "unresolved" in q.resolution


def test_his_team_is_the_person_s_not_a_body_named_near() -> None:
    text = LEAD + (
        "Polls show Tom Vell remains the second choice for most Harbour Party voters. Now, "
        "after arguing that the results narrowed the race, his team is suggesting that his "
        "finish in the north has turned it into a two-man contest.\n"
    )
    (q,) = [q for q in quotes(text) if "his finish in the north" in q.text]
    assert q.speaker_name != "Harbour Party"


def test_his_book_is_his() -> None:
    text = LEAD + (
        "Tom Vell has cited his boats as proof of how he gets value for money. In the 1980s, "
        "he paid $8 million for a 1968 ferry from a troubled harbour company, according to "
        "his book ''The Art of the Sail.''\n"
    )
    (q,) = [q for q in quotes(text) if q.kind == "indirect" and "paid $8 million" in q.text]
    assert q.speaker_name == "Tom Vell"
    assert q.resolution == "description, its author"


def test_a_name_ending_an_apposition_is_not_the_subject() -> None:
    text = LEAD + (
        "Tom Vell was killed in a police shootout.\n\nJuan Zarrow, a top terrorism adviser to "
        "then-President Hank W. Dorr, also questioned Ann Hale's logic.\n\n\"There is no "
        'question that you have to deny them a haven," he said.\n'
    )
    (q,) = [q for q in quotes(text) if "There is no question" in q.text]
    assert q.speaker_name == "Juan Zarrow"


def test_a_summary_and_an_affidavit_are_their_makers() -> None:
    text = LEAD + (
        "On March 25, the Harbour firm held a call with the mayor's staff, according to the "
        "HPD summary.\n\nThe arrest is explained in an affidavit written by Marc Bujno, a "
        "detective with the Harbour Police Department. Beyond the footage, the affidavit "
        "said that Bujno had seen bruises on the victim's arm.\n"
    )
    (q,) = [q for q in quotes(text) if "held a call with the mayor" in q.text]
    assert q.speaker_name == "HPD"
    (q,) = [q for q in quotes(text) if "had seen bruises" in q.text]
    assert q.speaker_name == "Marc Bujno"


def test_a_later_piece_of_the_same_sentence_is_the_first_piece_s_speaker() -> None:
    text = LEAD + (
        'Tom Vell, hoping to surge in the north, called Ann Hale a "petulant child" who is '
        'acting "as if she is a queen."\n'
    )
    found = [q for q in quotes(text) if "as if she is a queen" in q.text]
    assert len(found) == 1
    assert found[0].speaker_name == "Tom Vell"
    assert found[0].resolution == "name"


def test_someone_s_memoir_is_its_author_s() -> None:
    text = LEAD + (
        "Ann Hale later compared the talk to a root canal, according to Tom Vell's memoir.\n"
    )
    (q,) = [q for q in quotes(text) if "compared the talk" in q.text or "root canal" in q.text]
    assert q.speaker_name == "Tom Vell"
