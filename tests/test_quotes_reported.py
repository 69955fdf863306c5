"""Indirect and mixed speech: the content is the reported clause. Short
passages of our own."""

from __future__ import annotations

import pytest

from provenance.quotes import Quote
from tests.quote_helpers import quotes


def only(text: str, kind: str) -> Quote:
    found = [q for q in quotes("Intro line.\n\n" + text) if q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(text)]
    return found[0]


@pytest.mark.parametrize(
    ("passage", "content", "speaker", "cue"),
    [
        (
            "The mayor said the bridge would reopen in May.",
            "the bridge would reopen in May",
            "The mayor",
            "said",
        ),
        (
            "The mayor said that, despite the delays, the bridge would reopen in May.",
            "despite the delays, the bridge would reopen in May",
            "The mayor",
            "said",
        ),
        (
            "According to the police, the road was closed for six hours.",
            "the road was closed for six hours",
            "the police",
            "According to",
        ),
        (
            "Lee told the court on Friday the vote had been rigged.",
            "the vote had been rigged",
            "Lee",
            "told",
        ),
        (
            "Lee's claim that the vote had been rigged was rejected by the court.",
            "the vote had been rigged",
            "Lee",
            "claim",
        ),
        (
            "The minister warned that prices would rise and that wages would not keep up.",
            "prices would rise and that wages would not keep up",
            "The minister",
            "warned",
        ),
    ],
)
def test_indirect_content_is_the_reported_clause(
    passage: str, content: str, speaker: str, cue: str
) -> None:
    q = only(passage, "indirect")
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.cue is not None and q.cue.text == cue


def test_mixed_quote_content_is_the_clause_with_the_fragment_inside() -> None:
    text = 'Lee said the plan was "dead on arrival" and would fail.'
    q = only(text, "mixed")
    assert q.text == 'the plan was "dead on arrival" and would fail'
    assert [s.text for s in q.quoted] == ["dead on arrival"]
    assert q.speaker is not None and q.speaker.text == "Lee"
    (piece,) = q.content
    assert piece.start <= q.quoted[0].start and q.quoted[0].end <= piece.end


def test_mixed_quote_with_several_fragments_is_one_attribution() -> None:
    text = 'Cruz called Trump a "pathological liar" who is "utterly amoral" and a "bully."'
    q = only(text, "mixed")
    assert [s.text for s in q.quoted] == ["pathological liar", "utterly amoral", "bully."]
    assert q.speaker is not None and q.speaker.text == "Cruz"


def test_direct_quote_quoted_equals_content() -> None:
    q = only('"We will win," Smith said.', "direct")
    assert [s.text for s in q.quoted] == [c.text for c in q.content]
