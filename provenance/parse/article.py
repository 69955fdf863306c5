"""The ``Article`` value and the pure functions that build it from bytes.

Offsets: ``Article.text`` is indexed in code points; byte ranges are in the
*representation* (``Article.representation_sha256``): the payload after the
decoding steps listed in ``Article.recipe``. ``article.byte_span(s, e)``
converts one to the other.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import urlsplit

import attrs

from ..errors import EmptyDocument, ParseError, UnsupportedMediaType
from ..store.records import StoredRecord
from ..store.representation import Representation, representation_of
from .charset import CharsetChoice, choose_charset
from .content import extract_body
from .htmltree import parse_html
from .markdown import markdown_body, plain_body
from .metadata import Metadata, page_metadata
from .statements import FieldEvidence, locate_statements
from .textmap import OffsetMap, TextBuilder, decode_exact

__all__ = [
    "PARSER_VERSION",
    "Article",
    "EmptyDocument",
    "Paragraph",
    "ParseError",
    "Reading",
    "UnsupportedMediaType",
    "choose_reading",
    "parse_document",
    "parse_record",
    "parse_representation",
]

#: Bumped whenever the text or metadata parsed from the same bytes may change.
PARSER_VERSION = "provenance-parse/2"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"RIFF", "image/webp"),
)


@attrs.frozen
class Paragraph:
    """Code points ``[start, end)`` of ``Article.text``, and what kind of block."""

    start: int
    end: int
    kind: str


@attrs.frozen
class Article:
    """An article parsed from archived bytes, with a map back to them."""

    title: str | None
    authors: tuple[str, ...]
    outlet: str | None
    published: str | None
    modified: str | None
    canonical_url: str | None
    language: str | None
    url: str | None
    text: str = attrs.field(repr=False)
    paragraphs: tuple[Paragraph, ...] = attrs.field(repr=False)
    offsets: OffsetMap = attrs.field(repr=False)
    source_format: str
    media_type: str | None
    charset: str
    charset_source: str
    recipe: tuple[str, ...]
    representation_sha256: str
    representation_length: int
    warnings: tuple[str, ...] = ()
    parser: str = PARSER_VERSION
    evidence: tuple[FieldEvidence, ...] = attrs.field(default=(), repr=False)

    def paragraph_texts(self) -> tuple[str, ...]:
        return tuple(self.text[p.start : p.end] for p in self.paragraphs)

    def byte_span(self, start: int, end: int) -> tuple[int, int]:
        """Representation bytes ``[b0, b1)`` that text code points ``[start, end)`` came from."""
        if not (0 <= start <= end <= len(self.text)):
            raise IndexError(f"text span {start}:{end} outside 0:{len(self.text)}")
        return self.offsets.byte_span(self.text, start, end)

    def char_span(self, index: int) -> tuple[int, int]:
        """Representation bytes of text character ``index``."""
        return self.offsets.char_span(self.text, index)

    def metadata_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "authors": list(self.authors),
            "outlet": self.outlet,
            "published": self.published,
            "modified": self.modified,
            "canonical_url": self.canonical_url,
            "language": self.language,
            "url": self.url,
        }

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view: metadata, paragraphs with their byte spans, provenance."""
        paras = []
        for p in self.paragraphs:
            b0, b1 = self.byte_span(p.start, p.end)
            paras.append(
                {
                    "kind": p.kind,
                    "text": self.text[p.start : p.end],
                    "start": p.start,
                    "end": p.end,
                    "byte_start": b0,
                    "byte_end": b1,
                }
            )
        return {
            **self.metadata_dict(),
            "source_format": self.source_format,
            "media_type": self.media_type,
            "charset": self.charset,
            "charset_source": self.charset_source,
            "recipe": list(self.recipe),
            "representation_sha256": self.representation_sha256,
            "representation_length": self.representation_length,
            "warnings": list(self.warnings),
            "paragraphs": paras,
        }


def _sniff(data: bytes, media_type: str | None) -> str:
    """'html', 'text', or raise UnsupportedMediaType."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise UnsupportedMediaType(
                f"payload is {kind}, not HTML or text", media_type=media_type or kind
            )
    if media_type in HTML_TYPES:
        return "html"
    if media_type in TEXT_TYPES:
        return "text"
    if (
        media_type
        and not media_type.startswith("text/")
        and media_type
        not in (
            "application/octet-stream",
            "unknown/unknown",
        )
    ):
        raise UnsupportedMediaType(
            f"media type {media_type} is not HTML or text", media_type=media_type
        )
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype", b"<html", b"<head", b"<?xml", b"<body", b"<meta")) or (
        b"<html" in head or b"<p>" in head or b"<div" in head
    ):
        return "html"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedMediaType("payload is binary, not HTML or text", media_type=media_type)
    return "text"


def _looks_markdown(source: str) -> bool:
    head = source[:4000]
    return bool(
        re.search(r"^#{1,6} \S", head, re.MULTILINE)
        or "](" in head
        or re.search(r"\*\*\S", head)
        or "Original url:" in source[-2048:]
    )


@attrs.frozen
class Reading:
    """How the parser reads a representation: the charset (label, where it was found,
    and the codec that maps characters back to bytes) and the source format."""

    label: str
    source: str
    codec: str
    source_format: str


def _encode_codec(codec: str, data: bytes) -> str:
    if codec == "utf-8-sig":
        return "utf-8"
    if codec == "utf-16":
        return "utf-16-be" if data.startswith(b"\xfe\xff") else "utf-16-le"
    return codec


def choose_reading(
    data: bytes, media_type: str | None = None, charset: str | None = None
) -> Reading:
    """How :func:`parse_document` reads ``data`` (raise ``UnsupportedMediaType`` if it
    would not): the rules a verifier repeats without parsing the page."""
    kind = _sniff(data, media_type)
    choice = choose_charset(data, charset)
    fmt = kind
    if kind == "text":
        fmt = _text_format(media_type, decode_exact(data, choice.codec)[0])
    return Reading(choice.label, choice.source, _encode_codec(choice.codec, data), fmt)


def _text_format(media_type: str | None, source: str) -> str:
    """``text`` for plain text that does not look like Markdown, else ``markdown``."""
    return "text" if media_type == "text/plain" and not _looks_markdown(source) else "markdown"


def parse_document(
    data: bytes,
    *,
    media_type: str | None = None,
    charset: str | None = None,
    url: str | None = None,
    recipe: tuple[str, ...] = ("block",),
) -> Article:
    """Parse a representation (decoded payload bytes) into an :class:`Article`.

    ``charset`` is the HTTP (or WARC) ``charset`` parameter, if any.
    Raises :class:`EmptyDocument` or :class:`UnsupportedMediaType`.
    """
    if not data.strip():
        raise EmptyDocument("payload is empty")
    kind = _sniff(data, media_type)
    choice: CharsetChoice = choose_charset(data, charset)
    source, index = decode_exact(data, choice.codec)
    builder = TextBuilder(source)
    warnings: list[str] = []
    if kind == "html":
        doc = parse_html(source)
        meta = page_metadata(doc, url)
        extract_body(doc, builder)
        fmt = "html"
    elif _text_format(media_type, source) == "text":
        meta = plain_body(source, builder)
        fmt = "text"
    else:
        meta = markdown_body(source, builder)
        fmt = "markdown"
    if meta.outlet is None and (url or meta.canonical_url):
        host = urlsplit(url or meta.canonical_url or "").hostname or ""
        meta = attrs.evolve(meta, outlet=host.removeprefix("www.") or None)
    text, offsets, paragraphs = builder.finish(index)
    evidence = locate_statements(source, index, meta, url, fmt)
    if builder.invalid_bytes:
        warnings.append(
            f"{builder.invalid_bytes} byte(s) invalid in {choice.label} shown as U+FFFD"
        )
    if not text:
        warnings.append("no body text found")
    article = _article(
        meta, text, offsets, paragraphs, fmt, media_type, choice, recipe, data, url, warnings
    )
    return attrs.evolve(article, evidence=evidence)


def _article(
    meta: Metadata,
    text: str,
    offsets: OffsetMap,
    paragraphs: tuple[tuple[int, int, str], ...],
    fmt: str,
    media_type: str | None,
    choice: CharsetChoice,
    recipe: tuple[str, ...],
    data: bytes,
    url: str | None,
    warnings: list[str],
) -> Article:
    return Article(
        title=meta.title,
        authors=meta.authors,
        outlet=meta.outlet,
        published=meta.published,
        modified=meta.modified,
        canonical_url=meta.canonical_url,
        language=meta.language,
        url=url,
        text=text,
        paragraphs=tuple(Paragraph(s, e, k) for s, e, k in paragraphs),
        offsets=offsets,
        source_format=fmt,
        media_type=media_type,
        charset=choice.label,
        charset_source=choice.source,
        recipe=recipe,
        representation_sha256=hashlib.sha256(data).hexdigest(),
        representation_length=len(data),
        warnings=tuple(warnings),
    )


def parse_representation(rep: Representation, *, url: str | None = None) -> Article:
    """Parse a decoded payload, keeping its decoding recipe."""
    return parse_document(
        rep.data, media_type=rep.media_type, charset=rep.charset, url=url, recipe=rep.recipe
    )


def parse_record(record: StoredRecord) -> Article:
    """Parse an archived ``response`` or ``resource`` record."""
    if record.record_type not in ("response", "resource", "revisit", "conversion"):
        raise ParseError(f"a {record.record_type} record holds no article")
    rep = representation_of(
        record.block, record_type=record.record_type, content_type=record.header("Content-Type")
    )
    return parse_representation(rep, url=record.target_uri)
