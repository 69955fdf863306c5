""" "What X called "...": the quote is the term X used; the rest of the sentence is the
writer's. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, quote_of


def test_what_x_called_ends_at_the_term() -> None:
    text = (
        "Intro line.\n\n"
        "Under what Jo Roe called \u201ca rescue plan,\u201d the city sold its bonds.\n"
    )
    q = quote_of(text, "\u201ca rescue")
    assert q.text == "\u201ca rescue plan,\u201d"
    assert mention(q) == "Jo Roe"


def test_what_x_called_with_more_words_before_the_quote_keeps_its_clause() -> None:
    text = (
        "Intro line.\n\n"
        "Jo Roe denounced what she called the \u201creckless\u201d vision of the party.\n"
    )
    q = quote_of(text, "the \u201creckless")
    assert q.text.endswith("vision of the party")
