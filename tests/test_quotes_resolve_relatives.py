"""A person's relative or associate is not that person, each on a short passage of
our own: "her brother", "the 45-year-old's mother" stay descriptions unless the
relative is named."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of

LEAD = "Intro line.\n\n"


def test_her_relative_is_the_speaker_phrase() -> None:
    text = LEAD + 'Jane Roe was arrested on Friday. "She is innocent," her brother said.'
    q = quote_of(text, "She is innocent")
    assert q.kind == "direct"
    assert mention(q) == "her brother"
    assert q.speaker_name != "Jane Roe"


def test_a_relative_of_someone_whose_age_was_given_is_not_that_person() -> None:
    text = LEAD + (
        'Jane Roe, 45, was arrested on Friday. "It was hard," the 45-year-old\u2019s '
        'mother said. "I am fine," the 45-year-old said.'
    )
    q = quote_of(text, "It was hard")
    assert q.speaker_name != "Jane Roe"
    assert names_no_one(q)
    q = quote_of(text, "I am fine")
    assert q.speaker_name == "Jane Roe"


def test_her_object_pronoun_stays_a_pronoun() -> None:
    text = LEAD + 'Jane Roe was arrested on Friday. "We told her," she said.'
    q = quote_of(text, "We told her")
    assert q.speaker_name == "Jane Roe"
