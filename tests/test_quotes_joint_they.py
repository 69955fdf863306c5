"""Two people named together are one group that "they" can stand for, though one of
the names gives no gender ("Jo Hale and Ben Carter"), and after a plural title
("Senators Jo Hale and Ben Carter"); a pair named in passing (after a preposition, at
the end of a list of names) is not who "they" are; a place's people ("Ben Carter and New
York officials") are no pair. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import names_no_one, quote_of

LEAD = "Harbour Firm Sold\n\n"


def test_they_after_two_people_who_did_something() -> None:
    text = LEAD + (
        "Jo Hale and Ben Carter founded the firm in 2001.\n\n"
        'They said the sale came at "the right time."\n'
    )
    q = quote_of(text, "the sale came")
    assert q.speaker_name == "Jo Hale and Ben Carter"
    assert q.resolution == "pronoun"


def test_a_plural_title_before_the_pair() -> None:
    text = LEAD + (
        "Senators Jo Hale and Ben Carter introduced the bill on Monday.\n\n"
        '"It is long overdue," they said in a statement.\n'
    )
    assert quote_of(text, "It is long overdue").speaker_name == "Jo Hale and Ben Carter"


def test_a_pair_after_a_preposition_is_no_antecedent() -> None:
    text = LEAD + (
        "In another study they wrote with Jo Hale and Ben Carter, they found that the "
        'sale was "a mistake from the start."\n'
    )
    assert names_no_one(quote_of(text, "with Jo Hale"))


def test_a_pair_ending_a_list_is_no_antecedent() -> None:
    text = LEAD + (
        "Former owners, such as Ann Wu, Jo Hale and Ben Carter, were invited.\n\n"
        'As they marched to the harbour, they chanted "no sale, no deal."\n'
    )
    assert names_no_one(quote_of(text, '"no sale, no deal'))


def test_a_place_s_officials_are_no_pair() -> None:
    text = LEAD + (
        'Ben Carter and New York officials met on Friday.\n\n"We expect an answer," they said.\n'
    )
    assert quote_of(text, "We expect an answer").speaker_name != "Ben Carter and New York"
