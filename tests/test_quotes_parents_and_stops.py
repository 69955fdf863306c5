"""A word that abbreviates only before a number ("No. 2", "Sept. 11") ends a sentence
anywhere else ("he would vote no."); "the mother of three" is a speaker phrase, and the
woman the story is about when she was named last; "the mother" alone is someone's mother
and stays unnamed. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import names_no_one, quote_of, quotes

LEAD = "Council Vote\n\n"


def test_no_ends_a_sentence_before_a_quote() -> None:
    text = LEAD + (
        'The Democrat from Ohio, Sen. Jo Hale, said she would vote no. "This bill hurts '
        'workers," Hale said.\n'
    )
    q = quote_of(text, "This bill hurts")
    assert q.kind == "direct"
    assert q.speaker_name == "Jo Hale"


def test_no_before_a_number_is_an_abbreviation() -> None:
    text = LEAD + 'The No. 2 official, Jo Hale, spoke first. "We agree," Hale said.\n'
    assert quote_of(text, "We agree").speaker_name == "Jo Hale"
    assert not [q for q in quotes(text) if q.text.startswith("2 official")]


def test_a_shaken_head_no_ends_the_sentence() -> None:
    text = LEAD + (
        '"Should the dealer be sued?" Reyes asked, shaking his head no. "But the maker '
        'should answer for it."\n'
    )
    q = quote_of(text, "Should the dealer")  # one quote, split by its frame
    assert q.kind == "direct"
    assert q.text.endswith("But the maker should answer for it.")
    assert q.speaker_name == "Reyes"


def test_the_mother_of_three_is_the_woman_in_focus() -> None:
    text = LEAD + (
        "Maria Lopez, 34, lost her home in the fire on Sunday.\n\n"
        '"We have nothing left," the mother of three said.\n'
    )
    q = quote_of(text, "We have nothing left")
    assert q.speaker is not None and q.speaker.text == "the mother of three"
    assert q.speaker_name == "Maria Lopez"
    assert q.resolution == "description, the person in focus"


def test_with_her_age_before_it() -> None:
    text = LEAD + (
        "Ana Ruiz spoke about the plan on Tuesday. She said it would help parents. Asked "
        'why fathers were left out, the 34-year-old mother of two replied, "It is meant '
        'for the mother."\n'
    )
    assert quote_of(text, "It is meant").speaker_name == "Ana Ruiz"


def test_the_mother_of_three_is_no_man() -> None:
    text = LEAD + (
        "Tom Reyes, 40, lost his home in the fire on Sunday.\n\n"
        '"We have nothing left," the mother of three said.\n'
    )
    assert names_no_one(quote_of(text, "We have nothing left"))


def test_the_mother_alone_is_someone_s_mother() -> None:
    text = LEAD + (
        "Ana Ruiz died in the fire on Sunday. Her family gathered at the church.\n\n"
        '"She was kind to everyone," the mother said.\n'
    )
    assert names_no_one(quote_of(text, "She was kind"))
