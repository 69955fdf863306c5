"""Speakers of quotes a first frame hands on: a second verb of saying of the same
subject right before the next quote ("..., Lee said, adding: ..."). Short passages of
our own."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of

LEAD = "The council met on Monday.\n\n"


def test_a_second_verb_after_the_frame_hands_on_its_speaker() -> None:
    text = LEAD + (
        '"We will fix the roads this year," Jane Doe said, adding: "The money is there."\n\n'
        '"Taxes will not rise," Doe said before adding: "Not this year, anyway."\n\n'
        '"We are ready," Doe said at a news conference, and then predicted: "We will win."'
    )
    for start in ("The money", "Not this year", "We will win"):
        q = quote_of(text, start)
        assert q.kind == "direct"
        assert q.speaker_name == "Jane Doe", start
        assert q.cue is not None and q.cue.text in ("adding", "predicted")


def test_a_participle_with_an_object_hands_on_its_speaker() -> None:
    text = LEAD + '"Stay with me," Joe Roe sang to the crowd before asking them, "Who is next?"'
    q = quote_of(text, "Who is next")
    assert q.speaker_name == "Joe Roe"
    assert q.cue is not None and q.cue.text == "asking"


def test_someone_elses_clause_hands_on_nothing() -> None:
    text = LEAD + (
        '"We are ready," Jane Doe said of Tom Roe, who was adding: "Not me, not yet."\n\n'
        '"We are ready," Doe said, Kim Poe noting: "Only some of us are."'
    )
    q = quote_of(text, "Not me")
    assert names_no_one(q)
    q = quote_of(text, "Only some")
    assert mention(q) != "Doe"


def test_a_new_subject_after_the_frame_keeps_its_own_quote() -> None:
    text = LEAD + '"We are ready," Jane Doe said on Monday, and Tom Roe replied: "We are not."'
    q = quote_of(text, "We are not")
    assert q.speaker_name == "Tom Roe"


def test_an_adjective_of_party_or_office_opens_the_speakers_phrase() -> None:
    text = LEAD + (
        "Mayoral candidate Jane Doe took to Twitter, writing: "
        '"Another sad day for our city. Many are hurt. When will we act?"'
    )
    q = quote_of(text, "Another sad day")
    assert q.speaker_name == "Jane Doe"
    assert mention(q) == "Mayoral candidate Jane Doe"


def test_an_adjective_with_no_name_after_its_noun_names_no_one() -> None:
    text = LEAD + (
        "Partial transcript as follows:\n\n"
        '"The roads will be fixed this year, and the money is already there."'
    )
    q = quote_of(text, "The roads")
    assert mention(q) != "Partial transcript"


def test_a_first_name_before_a_verb_is_no_adjective() -> None:
    text = LEAD + (
        'Christian Roe took to Twitter, writing: "We will be back next year, stronger."\n\n'
        'Brian took the stage, saying: "Thank you all for coming out tonight to see us."'
    )
    assert quote_of(text, "We will be back").speaker_name == "Christian Roe"
    assert mention(quote_of(text, "Thank you all")) == "Brian"


def test_a_named_person_recalling_before_a_quote_speaks_it() -> None:
    text = LEAD + (
        "Jane Doe, the mayor, recalled how the town had flooded. "
        '"We will build it all again, and better than before."'
    )
    q = quote_of(text, "We will build")
    assert q.speaker_name == "Jane Doe"


def test_the_object_of_a_verb_of_saying_speaks_no_quote() -> None:
    text = LEAD + (
        "Jane Doe described the flood in detail. "
        '"The water rose in minutes and no one had time to leave."'
    )
    q = quote_of(text, "The water rose")
    assert mention(q) != "the flood"


def test_a_quote_after_a_paragraph_reporting_a_named_person_is_theirs() -> None:
    text = LEAD + (
        'The storm hit on Monday. "It was bad," a neighbor said.\n\n'
        "Jane Doe said that for years critics had predicted the town would fail.\n\n"
        '"We will build it all again, and better than before."'
    )
    q = quote_of(text, "We will build")
    assert q.speaker_name == "Jane Doe"


def test_a_paragraph_reporting_no_named_subject_hands_on_no_speaker() -> None:
    for report in (
        "Critics of Jane Doe said the town would fail.",
        "Jane Doe met Tom Roe, who said the town would fail.",
        "Jane Doe's statement said the town would fail.",
    ):
        text = LEAD + (
            f'The storm hit on Monday. "It was bad," a neighbor said.\n\n{report}\n\n'
            '"We will build it all again, and better than before."'
        )
        q = quote_of(text, "We will build")
        assert names_no_one(q), report


def test_a_question_then_whom_it_was_asked_of_is_the_askers() -> None:
    text = LEAD + (
        '"We are fine," Jane Doe said.\n\n'
        '"Did you know it was the mayor?" Tom Roe asked the reporters at the rally.'
    )
    q = quote_of(text, "Did you know")
    assert q.speaker_name == "Tom Roe"
    assert q.cue is not None and q.cue.text == "asked"


def test_asking_for_something_new_is_no_frame_of_the_question() -> None:
    text = LEAD + (
        '"We are fine," Jane Doe said.\n\n'
        '"Did you know it was the mayor?" Tom Roe asked the reporter whether it was true.'
    )
    q = quote_of(text, "Did you know")
    assert not (q.cue is not None and q.cue.text == "asked" and q.speaker_name == "Tom Roe")
