"""Whatever quotes are joined, each keeps the shape a verifier checks: a direct quote's
content is its quoted stretches, and content pieces are in order and do not overlap
(short passages of our own, several quoted pieces near one another)."""

from __future__ import annotations

import itertools

import pytest

from tests.quote_helpers import quotes

LEAD = "Intro line.\n\n"
PASSAGES = [
    "The review looks at voices on the radio. \u201cHow can the grain of a voice color a "
    "station?\u201d Lara Fry studies \u201cthe making of a radio voice\u201d in the seventies with "
    "the station\u2019s host: \u201ca voice in a miniskirt,\u201d \u201cintimate and laughing. A mix "
    "of charm and irony,\u201d said Kriss Gray.",
    "The senator said the vote was \u201crigged\u201d and added that \u201cwe will appeal.\u201d "
    "\u201cNo court can stop us,\u201d she said.",
    "Lee called the plan \u201ca disaster.\u201d \u201cIt will fail,\u201d he said, \u201cand "
    "everyone knows it.\u201d",
    "Podcasts with \u201calternative and engaged\u201d voices confirm for Mara Lind that the "
    "medium allows \u201ca different treatment of the news,\u201d she said. \u201cRadio has "
    "changed,\u201d she added.",
]


@pytest.mark.parametrize("passage", PASSAGES)
def test_joined_quotes_keep_a_shape_a_verifier_accepts(passage: str) -> None:
    found = [q for q in quotes(LEAD + passage) if q.kind in ("direct", "mixed")]
    assert found
    for q in found:
        pieces = [(c.start, c.end) for c in q.content]
        assert pieces == sorted(pieces)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(pieces))
        if q.kind == "direct":
            assert pieces == [(c.start, c.end) for c in q.quoted]
