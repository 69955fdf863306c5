"""Citations: a quote tied to the archived bytes it came from, as a frozen value.

A :class:`Citation` carries the quote (text, kind, speaker, cue), the source
(URL, title, outlet, authors, date), the capture (record id, WARC file,
offset and length, ``WARC-Date``, live or seed), integrity facts (sha256 of
the stored gzip member, sha256 of the representation and the recipe from
record to representation, the codec) and anchors (byte span, code point
span, exact/prefix/suffix, sha256 of the quote). Its id is derived from its
content, so equal citations have equal ids, and its canonical JSON
round-trips exactly.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import attrs

from .._version import __version__
from ..errors import CitationError
from ..parse import Article
from ..quotes import Quote
from ..store.catalog import CatalogEntry

__all__ = [
    "SCHEMA",
    "Anchor",
    "Citation",
    "CitationError",
    "CitedCapture",
    "CitedQuote",
    "CitedSource",
    "Integrity",
]

SCHEMA = "provenance-citation/1"
_CONTEXT = 32


@attrs.frozen
class CitedQuote:
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    cue: str | None
    confidence: float


@attrs.frozen
class CitedSource:
    url: str
    title: str | None
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None


@attrs.frozen
class CitedCapture:
    record_id: str
    warc_file: str
    offset: int
    length: int
    warc_date: str
    origin: str


@attrs.frozen
class Integrity:
    record_sha256: str
    representation_sha256: str
    representation_length: int
    recipe: tuple[str, ...]
    codec: str
    charset: str
    source_format: str


@attrs.frozen
class Anchor:
    """Where the quote is: bytes of the representation and code points of the text."""

    byte_start: int
    byte_end: int
    text_start: int
    text_end: int
    exact: str
    prefix: str
    suffix: str
    quote_sha256: str
    pieces: tuple[tuple[int, int], ...]
    speaker_bytes: tuple[int, int] | None


def _canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _content_id(body: dict[str, Any]) -> str:
    digest = hashlib.sha256(_canonical(body).encode("utf-8")).hexdigest()
    return "cit-" + digest[:24]


@attrs.frozen
class Citation:
    """A verifiable citation of one quote."""

    quote: CitedQuote
    source: CitedSource
    capture: CitedCapture
    integrity: Integrity
    anchor: Anchor
    generator: str = f"provenance/{__version__}"
    schema: str = SCHEMA

    @property
    def citation_id(self) -> str:
        return _content_id(self._body())

    @classmethod
    def from_quote(cls, quote: Quote, article: Article, entry: CatalogEntry) -> Citation:
        """Cite ``quote`` of ``article``, parsed from the record ``entry`` locates."""
        first, last = quote.content[0], quote.content[-1]
        start, end = first.start, last.end
        text = article.text
        speaker = quote.speaker
        return cls(
            quote=CitedQuote(
                text=quote.text,
                kind=quote.kind,
                speaker=speaker.text if speaker else None,
                speaker_name=quote.speaker_name,
                cue=quote.cue.text if quote.cue else None,
                confidence=quote.confidence,
            ),
            source=CitedSource(
                url=entry.target_uri or article.url or "",
                title=article.title,
                outlet=article.outlet,
                authors=article.authors,
                published=article.published,
            ),
            capture=CitedCapture(
                record_id=entry.record_id,
                warc_file=entry.file,
                offset=entry.offset,
                length=entry.length,
                warc_date=entry.warc_date,
                origin=entry.origin or "live",
            ),
            integrity=Integrity(
                record_sha256=entry.record_sha256,
                representation_sha256=article.representation_sha256,
                representation_length=article.representation_length,
                recipe=article.recipe,
                codec=article.offsets.encode_codec,
                charset=article.charset,
                source_format=article.source_format,
            ),
            anchor=Anchor(
                byte_start=first.byte_start,
                byte_end=last.byte_end,
                text_start=start,
                text_end=end,
                exact=text[start:end],
                prefix=text[max(0, start - _CONTEXT) : start],
                suffix=text[end : end + _CONTEXT],
                quote_sha256=hashlib.sha256(quote.text.encode("utf-8")).hexdigest(),
                pieces=tuple((c.byte_start, c.byte_end) for c in quote.content),
                speaker_bytes=(speaker.byte_start, speaker.byte_end) if speaker else None,
            ),
        )

    # -- canonical JSON ------------------------------------------------------------

    def _body(self) -> dict[str, Any]:
        data = json.loads(json.dumps(attrs.asdict(self)))  # tuples become lists
        return {k: data[k] for k in sorted(data)}

    def to_dict(self) -> dict[str, Any]:
        body = self._body()
        body["citation_id"] = _content_id(body)
        return body

    def to_json(self) -> str:
        """Canonical JSON: sorted keys, no insignificant space, UTF-8 text."""
        return _canonical(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any) -> Citation:
        """Rebuild a citation from untrusted data; raise :class:`CitationError` if malformed."""
        try:
            if not isinstance(data, dict) or data.get("schema") != SCHEMA:
                raise CitationError(f"not a {SCHEMA} citation")
            a = data["anchor"]
            speaker_bytes = a.get("speaker_bytes")
            citation = cls(
                quote=CitedQuote(**_fields(data["quote"], CitedQuote)),
                source=CitedSource(
                    **{
                        **_fields(data["source"], CitedSource),
                        "authors": tuple(data["source"]["authors"]),
                    }
                ),
                capture=CitedCapture(**_fields(data["capture"], CitedCapture)),
                integrity=Integrity(
                    **{
                        **_fields(data["integrity"], Integrity),
                        "recipe": tuple(data["integrity"]["recipe"]),
                    }
                ),
                anchor=Anchor(
                    **{
                        **_fields(a, Anchor),
                        "pieces": tuple((int(s), int(e)) for s, e in a["pieces"]),
                        "speaker_bytes": (
                            (int(speaker_bytes[0]), int(speaker_bytes[1]))
                            if speaker_bytes
                            else None
                        ),
                    }
                ),
                generator=str(data.get("generator", "")),
                schema=SCHEMA,
            )
        except CitationError:
            raise
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise CitationError(f"malformed citation: {exc}") from exc
        _check_types(citation)
        return citation

    @classmethod
    def from_json(cls, text: str | bytes) -> Citation:
        if len(text) > 4 * 1024 * 1024:
            raise CitationError("citation JSON is larger than 4 MiB")
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise CitationError(f"citation is not valid JSON: {exc}") from exc
        return cls.from_dict(data)


def _fields(data: Any, cls: type) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise CitationError(f"{cls.__name__} must be an object")
    names = [f.name for f in attrs.fields(cls)]
    missing = [n for n in names if n not in data]
    if missing:
        raise CitationError(f"{cls.__name__} lacks {', '.join(missing)}")
    return {n: data[n] for n in names}


def _check_types(c: Citation) -> None:
    ints = (
        c.capture.offset,
        c.capture.length,
        c.anchor.byte_start,
        c.anchor.byte_end,
        c.anchor.text_start,
        c.anchor.text_end,
        c.integrity.representation_length,
    )
    if not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in ints):
        raise CitationError("offsets and lengths must be non-negative integers")
    strings = (
        c.quote.text,
        c.capture.record_id,
        c.capture.warc_file,
        c.integrity.record_sha256,
        c.integrity.representation_sha256,
        c.integrity.codec,
        c.anchor.exact,
        c.anchor.quote_sha256,
        c.source.url,
    )
    if not all(isinstance(s, str) for s in strings):
        raise CitationError("text fields must be strings")
    if not all(isinstance(step, str) for step in c.integrity.recipe):
        raise CitationError("recipe steps must be strings")
