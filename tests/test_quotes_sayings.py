"""A proverb is no one's words: "as the old saying goes" has no speaker, and "saying"
after an article is a noun there; a statement "saying" what it says still reports it; a
title after "Read more:" or "Related:" is a link, no quote. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import names_no_one, quotes

LEAD = "Harbour Fair\n\n"


def test_as_the_old_saying_goes() -> None:
    text = LEAD + 'As the old saying goes, "Fortune favors the bold."\n'
    found = [q for q in quotes(text) if "Fortune" in q.text]
    assert found
    assert all(names_no_one(q) and q.speaker is None for q in found)  # no "the old"


def test_a_statement_saying_still_reports() -> None:
    text = LEAD + 'Ann Wu issued a statement saying the fair was "a huge success."\n'
    q = next(q for q in quotes(text) if "huge success" in q.text)
    assert q.speaker_name == "Ann Wu"


def test_a_linked_title_is_no_quote() -> None:
    text = LEAD + 'Read more: "How to Save Money at the Fair"\n\nThe fair opens today.\n'
    found = [q for q in quotes(text) if "Save Money" in q.text]
    assert found
    assert all(q.kind == "scare" for q in found)
