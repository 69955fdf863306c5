"""The values quote finding produces: a stretch of text with its bytes (``TextSpan``),
a quote with the evidence for each interpretation (``Quote``), and quote ids."""

from __future__ import annotations

import hashlib
from typing import Any

import attrs

from ..parse import Article
from .evidence import EXTRACTOR_VERSION

__all__ = ["Quote", "TextSpan", "quote_id_for", "quote_id_of", "text_span"]


@attrs.frozen
class TextSpan:
    """A stretch of ``Article.text`` and the representation bytes it came from."""

    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "byte_start": self.byte_start,
            "byte_end": self.byte_end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextSpan:
        return cls(
            int(data["start"]),
            int(data["end"]),
            int(data["byte_start"]),
            int(data["byte_end"]),
            str(data["text"]),
        )


def _span_dict(span: TextSpan | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


def _spans(data: Any) -> tuple[TextSpan, ...]:
    return tuple(TextSpan.from_dict(d) for d in data or ())


@attrs.frozen
class Quote:
    """One attributed (or unattributed) quote, with the evidence for each interpretation.

    ``content`` is what is reported (for a mixed quote, the reported clause);
    ``quoted`` the stretches the source put inside quotation marks and
    ``marks`` those marks (empty for indirect speech); ``speaker`` the mention
    as written and ``antecedents`` the earlier mentions it was resolved
    through, the last holding the words of ``speaker_name``
    (:mod:`provenance.quotes.evidence`); ``extractor`` the version that made it.
    ``quote_id`` names the record and the bytes quoted, not how they were found.
    """

    quote_id: str
    kind: str
    text: str
    content: tuple[TextSpan, ...]
    cue: TextSpan | None
    speaker: TextSpan | None
    speaker_name: str | None
    confidence: float
    resolution: str
    parent_id: str | None = None
    note: str | None = None
    quoted: tuple[TextSpan, ...] = ()
    marks: tuple[TextSpan, ...] = ()
    antecedents: tuple[TextSpan, ...] = ()
    extractor: str = EXTRACTOR_VERSION

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view; :meth:`from_dict` rebuilds an equal quote."""
        return {
            "quote_id": self.quote_id,
            "kind": self.kind,
            "text": self.text,
            "content": [c.to_dict() for c in self.content],
            "quoted": [c.to_dict() for c in self.quoted],
            "marks": [c.to_dict() for c in self.marks],
            "cue": _span_dict(self.cue),
            "speaker": _span_dict(self.speaker),
            "speaker_name": self.speaker_name,
            "antecedents": [c.to_dict() for c in self.antecedents],
            "confidence": self.confidence,
            "resolution": self.resolution,
            "parent_id": self.parent_id,
            "note": self.note,
            "extractor": self.extractor,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            quote_id=str(data["quote_id"]),
            kind=str(data["kind"]),
            text=str(data["text"]),
            content=_spans(data["content"]),
            cue=TextSpan.from_dict(data["cue"]) if data.get("cue") else None,
            speaker=TextSpan.from_dict(data["speaker"]) if data.get("speaker") else None,
            speaker_name=data.get("speaker_name"),
            confidence=float(data["confidence"]),
            resolution=str(data["resolution"]),
            parent_id=data.get("parent_id"),
            note=data.get("note"),
            quoted=_spans(data.get("quoted")),
            marks=_spans(data.get("marks")),
            antecedents=_spans(data.get("antecedents")),
            extractor=str(data.get("extractor", EXTRACTOR_VERSION)),
        )


def text_span(article: Article, start: int, end: int) -> TextSpan:
    """The stretch ``[start, end)`` of ``article.text`` with its representation bytes."""
    b0, b1 = article.byte_span(start, end)
    return TextSpan(start, end, b0, b1, article.text[start:end])


def quote_id_for(
    representation_sha256: str,
    content: tuple[tuple[int, int], ...],
    quoted: tuple[tuple[int, int], ...],
) -> str:
    """The id of a quote: what it cites, i.e. the archived content (the sha256 of the
    record's representation) and the byte spans of its content and quoted stretches.
    Two captures of identical bytes share their quote ids."""
    spans = ";".join(f"{s}-{e}" for s, e in content) + "|" + ";".join(f"{s}-{e}" for s, e in quoted)
    return "q-" + hashlib.sha256(f"{representation_sha256}|{spans}".encode()).hexdigest()[:16]


def quote_id_of(
    article: Article, content: tuple[TextSpan, ...], quoted: tuple[TextSpan, ...]
) -> str:
    """The id of a quote of ``article`` (see :func:`quote_id_for`)."""
    return quote_id_for(
        article.representation_sha256,
        tuple((c.byte_start, c.byte_end) for c in content),
        tuple((q.byte_start, q.byte_end) for q in quoted),
    )
