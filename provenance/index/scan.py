"""Finding articles and quotes across an archive by parsing its records.

These functions run the parser and the extractor over stored records, so
their cost grows with the archive; the quote index is the fast path.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from ..errors import ParseError, RecordNotFound, RepresentationError
from ..parse import Article, parse_record
from ..quotes import Quote, extract_quotes
from ..store import Archive, CatalogEntry

__all__ = ["ArticleQuotes", "articles", "find_quote", "quotes_of", "speaker_matches"]

HIDDEN_KINDS = frozenset({"scare", "nested"})


@attrs.frozen
class ArticleQuotes:
    """The quotes found in one archived record."""

    entry: CatalogEntry
    quotes: tuple[Quote, ...]


def articles(archive: Archive, key: str | None = None) -> Iterator[tuple[CatalogEntry, Article]]:
    """The article of one record (``key``: a record id or URL), or of every archived
    2xx page or seed copy; records that are not pages (images, PDFs) are passed over."""
    if key is not None:
        entry = archive.original_of(archive.find(key))
        yield entry, parse_record(archive.read(entry))
        return
    for entry in archive.entries(types=("response", "resource")):
        if (entry.http_status or 200) >= 300:
            continue
        try:
            yield entry, parse_record(archive.read(entry))
        except (ParseError, RepresentationError):
            continue  # not a page: nothing to quote


def speaker_matches(quote: Quote, name: str) -> bool:
    """Whether ``name`` is part of the quote's resolved speaker or its mention."""
    wanted = name.lower()
    names = [quote.speaker_name or "", quote.speaker.text if quote.speaker else ""]
    return any(wanted in n.lower() for n in names if n)


def quotes_of(
    archive: Archive,
    key: str | None = None,
    *,
    speaker: str | None = None,
    all_kinds: bool = False,
) -> Iterator[ArticleQuotes]:
    """The quotes of one record, or of every page, optionally by one speaker;
    scare and nested quotes only with ``all_kinds``."""
    for entry, article in articles(archive, key):
        found = tuple(
            q
            for q in extract_quotes(article)
            if (all_kinds or q.kind not in HIDDEN_KINDS)
            and (speaker is None or speaker_matches(q, speaker))
        )
        if found:
            yield ArticleQuotes(entry, found)


def find_quote(
    archive: Archive, quote_id: str, key: str | None = None
) -> tuple[Quote, Article, CatalogEntry]:
    """The quote with ``quote_id``, the article it is in and its record's catalog entry."""
    for entry, article in articles(archive, key):
        for quote in extract_quotes(article):
            if quote.quote_id == quote_id:
                return quote, article, entry
    raise RecordNotFound(
        f"no quote {quote_id} in {archive.path}" + (f" (record {key})" if key else ""),
        path=str(archive.path),
        key=quote_id,
    )
