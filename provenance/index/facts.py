"""What a citation needs from a parsed page, kept so that citing never parses again.

:class:`ArticleFacts` holds an article's metadata, where the page states it,
and how its bytes are read (representation sha256 and length, recipe, codec,
charset, format, parser version); :class:`QuoteContext` the words of a quote
and around it. ``Citation.from_quote(quote, article, ...)`` is
``Citation.from_facts(quote, ArticleFacts.of(article), QuoteContext.of(quote,
article.text), ...)``, so a citation built from stored rows equals one built
from a fresh parse, byte for byte.
"""

from __future__ import annotations

import json
from typing import Any

import attrs

from ..parse import Article
from ..parse.statements import FIELDS
from ..quotes import Quote

__all__ = ["CONTEXT", "ArticleFacts", "QuoteContext", "Statement"]

#: Code points of context kept on each side of a quote (the TextQuoteSelector's).
CONTEXT = 32


@attrs.frozen
class Statement:
    """``value`` of metadata ``field`` stated by bytes ``[byte_start, byte_end)`` (or by the
    page's URL, with no bytes)."""

    field: str
    value: str
    byte_start: int | None
    byte_end: int | None


@attrs.frozen
class ArticleFacts:
    """An article's metadata and reading, without its text."""

    url: str | None
    title: str | None
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None
    statements: tuple[Statement, ...]
    representation_sha256: str
    representation_length: int
    recipe: tuple[str, ...]
    codec: str
    charset: str
    source_format: str
    parser: str

    @classmethod
    def of(cls, article: Article) -> ArticleFacts:
        return cls(
            url=article.url,
            title=article.title,
            outlet=article.outlet,
            authors=article.authors,
            published=article.published,
            statements=tuple(
                Statement(ev.field, ev.value, ev.byte_start, ev.byte_end)
                for ev in article.evidence
                if ev.field in FIELDS
            ),
            representation_sha256=article.representation_sha256,
            representation_length=article.representation_length,
            recipe=article.recipe,
            codec=article.offsets.encode_codec,
            charset=article.charset,
            source_format=article.source_format,
            parser=article.parser,
        )

    def to_json(self) -> str:
        return json.dumps(attrs.asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> ArticleFacts:
        data: dict[str, Any] = json.loads(text)
        data["authors"] = tuple(data["authors"])
        data["recipe"] = tuple(data["recipe"])
        data["statements"] = tuple(Statement(**s) for s in data["statements"])
        return cls(**data)


@attrs.frozen
class QuoteContext:
    """A quote's words as the text has them (first piece to last), and the words around."""

    exact: str
    prefix: str
    suffix: str

    @classmethod
    def of(cls, quote: Quote, text: str) -> QuoteContext:
        start, end = quote.content[0].start, quote.content[-1].end
        return cls(
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT) : start],
            suffix=text[end : end + CONTEXT],
        )
