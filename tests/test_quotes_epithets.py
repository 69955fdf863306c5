"""A noun of standing in place of the name ("the Ohio senator", "the billionaire
mogul") stands for the person the story was just about, when that person was named
last, as a subject or a speaker, in an earlier sentence; otherwise it stays unnamed.
"the Republican" is such a noun, never a name of its own. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import names_no_one, quote_of

LEAD = "Harbour Vote\n\n"


def test_the_senator_after_her_name_is_her() -> None:
    text = LEAD + (
        "Dana Whitcombe spoke to voters in Dayton on Monday. Whitcombe has led the race "
        "for weeks.\n\n"
        '"We will win this seat," the Ohio senator told reporters.\n'
    )
    q = quote_of(text, "We will win this seat")
    assert q.speaker_name == "Dana Whitcombe"
    assert q.resolution == "description, the person in focus"
    assert q.confidence <= 0.5


def test_the_candidate_after_a_spoken_quote_is_the_speaker() -> None:
    text = LEAD + (
        '"The port needs a new quay," Tomas Varga said on Friday.\n\n'
        "The Republican candidate added that he would pay for it with a toll.\n"
    )
    q = quote_of(text, "he would pay for it")
    assert q.speaker_name == "Tomas Varga"


def test_someone_named_after_the_subject_makes_it_unsure() -> None:
    text = LEAD + (
        "Tomas Varga met Pierre Lenoir in Lyon on Monday.\n\n"
        '"We spoke about trade," the French president said.\n'
    )
    assert names_no_one(quote_of(text, "We spoke about trade"))


def test_a_role_held_towards_someone_is_a_new_person() -> None:
    text = LEAD + (
        "Jane Roe scored twice in the second half on Saturday.\n\n"
        '"She was outstanding," the coach said.\n'
    )
    assert names_no_one(quote_of(text, "She was outstanding"))


def test_the_candidate_in_the_subjects_own_sentence_is_someone_else() -> None:
    text = LEAD + (
        "Tomas Varga met donors on Monday. Later, Paul Brandt said the candidate "
        '"will win the port by ten points."\n'
    )
    assert quote_of(text, "the candidate").speaker_name != "Tomas Varga"
    text = LEAD + (
        "Paul Brandt met donors on Monday. Brandt, citing a poll, said the candidate "
        'could win. "It is a close race," the candidate said.\n'
    )
    assert names_no_one(quote_of(text, "It is a close race"))


def test_a_person_the_story_is_less_about_is_not_guessed() -> None:
    text = LEAD + (
        "Tomas Varga opened his campaign on Monday. Varga spoke for an hour. Varga took "
        "questions.\n\n"
        '"Will you raise the toll?" Ada Kerr asked.\n\n'
        '"Not this year," the senator said.\n'
    )
    assert names_no_one(quote_of(text, "Not this year"))


def test_a_headline_is_no_person() -> None:
    text = (
        "New Polls Show Wide Gaps in Harbour Contest.\n\n"
        'The candidate labeled "a leader who wins" continues to lead the field.\n'
    )
    q = quote_of(text, '"a leader who wins"')
    assert names_no_one(q)


def test_the_party_member_is_the_person_in_focus() -> None:
    text = (
        "Harbour Vote\n\nJo Hale, the senator, spoke after the vote on Monday.\n\n"
        '"I am not going anywhere," the Republican said.\n'
    )
    q = quote_of(text, "I am not going")
    assert q.speaker_name == "Jo Hale"
    assert q.resolution == "description, the person in focus"


def test_the_party_member_alone_is_no_name() -> None:
    text = 'Harbour Vote\n\n"I am not going anywhere," the Democrat said.\n'
    q = quote_of(text, "I am not going")
    assert q.speaker_name is None
