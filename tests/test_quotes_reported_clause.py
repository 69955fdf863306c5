"""Reported speech found where the grammar makes it certain: the reported clause after
a verb of saying, whatever its last words. Short passages of our own."""

from __future__ import annotations

import pytest

from provenance.quotes import Quote
from tests.quote_helpers import quotes


def indirect(text: str) -> list[Quote]:
    return [q for q in quotes("Intro line.\n\n" + text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("passage", "content", "speaker"),
    [
        (
            "Analysts said the new tariffs could change that.",
            "the new tariffs could change that",
            "Analysts",
        ),
        (
            "The mayor said the repairs would not do that for years.",
            "the repairs would not do that for years",
            "The mayor",
        ),
        # the conjunction after an adjunct still opens the clause
        (
            "The mayor said this week that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "The mayor",
        ),
    ],
)
def test_that_after_a_modal_is_the_clause_object(passage: str, content: str, speaker: str) -> None:
    (q,) = indirect(passage)
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == speaker
