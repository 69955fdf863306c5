"""Reading the quote index: search by words, speaker, URL and date; quotes of a page;
a quote by id. Each is an indexed query (SQLite FTS5 for words and names) and,
for a quote, its stored rows: nothing is parsed.

Speaker names are matched as people type them: any word of the name, or the
start of a word, with case and accents folded (``marzuk`` finds "Musa Abu
Marzuk"). When no name matches, the names' sound keys are tried
(:func:`provenance.index.build.sound_keys`), so "Abu Marzouk" finds "Abu
Marzuk"; such hits say ``matched_by="sound"``.

Before answering, the index takes in pages archived since it was last
filled (a writable archive only); an archive opened read-only is answered
from the index as it is, and says how many pages it has not indexed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import attrs

from ..errors import ArchiveError, ParseError, RecordNotFound
from ..quotes import EXTRACTOR_VERSION, Quote
from ..quotes.nlp import NLP_EXTRACTOR_VERSION
from ..store import Archive, CatalogEntry
from ..store.catalog import Catalog
from ..store.quoterows import QuoteRow, QuoteRows
from ..urls import url_key
from .build import MARK, VERSION_KEY, sound_keys, update_index
from .facts import ArticleFacts, QuoteContext

__all__ = [
    "HIDDEN_KINDS",
    "Hit",
    "IndexState",
    "PageFailure",
    "SearchResult",
    "StoredQuote",
    "index_state",
    "quotes_in",
    "refresh",
    "search_quotes",
    "stored_quote",
]

HIDDEN_KINDS = frozenset({"scare", "nested"})
_KINDS = ("direct", "mixed", "indirect", "headline", "scare", "nested")
_WORD = re.compile(r"\w+")


@attrs.frozen
class StoredQuote:
    """A quote as the index keeps it, with what citing it needs."""

    entry: CatalogEntry
    quote: Quote
    context: QuoteContext
    facts: ArticleFacts
    current: bool  # False: retired, found by an earlier extractor version only
    companion: CatalogEntry | None = None  # the request or seed metadata record


@attrs.frozen
class Hit:
    entry: CatalogEntry
    quote: Quote


@attrs.frozen
class PageFailure:
    """An archived page the parser could not read; it has no quotes in the index."""

    record: str  # FILE:OFFSET
    record_id: str
    url: str | None
    error: str


@attrs.frozen
class IndexState:
    """How complete the index is: pages quoted, failed, not pages, not yet indexed."""

    quoted: int | None
    failed: int
    not_pages: int | None
    unindexed: int
    quotes: int | None
    retired: int | None
    citations: int | None
    extractor: str | None  # the version the last full pass used
    failures: tuple[PageFailure, ...]

    @property
    def stale(self) -> bool:
        """The index was made by another extractor version: `provenance index --rebuild`
        (this version's ``provenance[nlp]`` extractor is not another version)."""
        return self.extractor is not None and self.extractor not in (
            EXTRACTOR_VERSION,
            NLP_EXTRACTOR_VERSION,
        )

    def to_dict(self) -> dict[str, object]:
        out = attrs.asdict(self)
        out["stale"] = self.stale
        return out


@attrs.frozen
class SearchResult:
    hits: tuple[Hit, ...]
    more: bool  # more hits than ``limit``
    matched_by: str  # "words", "name", "sound" or "filters"
    state: IndexState


def _rows(catalog: Catalog) -> QuoteRows:
    return QuoteRows(catalog.connection())


def _check_schema(archive: Archive, catalog: Catalog) -> None:
    tables = {r[0] for r in catalog.connection().execute("SELECT name FROM sqlite_master")}
    if "quotes" not in tables:
        raise ArchiveError(
            f"{archive.path} has no quote index (a catalog of an earlier release opened "
            "read-only); open it writable once to upgrade it",
            path=str(archive.path),
        )


def refresh(archive: Archive, catalog: Catalog | None = None) -> None:
    """Index pages archived since the index was last filled (one query when none are;
    on ``catalog``, an open connection, when given)."""
    if archive.readonly:
        return
    if catalog is None:
        with archive.catalog() as own:
            behind = own.last_rec() > int(_rows(own).meta(MARK) or 0)
    else:
        _check_schema(archive, catalog)
        behind = catalog.last_rec() > int(_rows(catalog).meta(MARK) or 0)
    if behind:
        update_index(archive)


def index_state(archive: Archive, *, full: bool = True, failures: int = 1000) -> IndexState:
    """How complete the index is, and the pages that failed to parse (up to ``failures``).
    Without ``full``, only what costs no more than the failures themselves: the counts
    of quoted pages, quotes and citations are left as None."""
    with archive.catalog() as catalog:
        return _state(archive, catalog, full, failures)


def _state(archive: Archive, catalog: Catalog, full: bool, failures: int) -> IndexState:
    _check_schema(archive, catalog)
    rows = _rows(catalog)
    mark = int(rows.meta(MARK) or 0)
    unindexed = len(catalog.pages_after(mark, 1_000_000))
    failed = []
    for page in rows.pages("failed", limit=failures):
        entry = catalog.record_by_rec(page.rec)
        if entry is not None:
            failed.append(
                PageFailure(
                    f"{entry.file}:{entry.offset}",
                    entry.record_id,
                    entry.target_uri,
                    page.error or "",
                )
            )
    counts: dict[str, int] = rows.status_counts() if full else {}
    totals: dict[str, int] = rows.counts() if full else {}
    return IndexState(
        quoted=counts.get("quoted", 0) if full else None,
        failed=rows.count_status("failed"),
        not_pages=counts.get("not-a-page", 0) if full else None,
        unindexed=unindexed,
        quotes=totals.get("quotes"),
        retired=totals.get("retired"),
        citations=totals.get("citations"),
        extractor=rows.meta(VERSION_KEY),
        failures=tuple(failed),
    )


def _stored(
    archive: Archive, catalog: Catalog, rows: QuoteRows, row: QuoteRow
) -> StoredQuote | None:
    entry = catalog.record_by_rec(row.rec)
    page = rows.page(row.rec)
    if entry is None or page is None or page.facts is None:
        return None
    data = json.loads(row.data)
    return StoredQuote(
        entry=entry,
        quote=Quote.from_dict(data["quote"]),
        context=QuoteContext(**data["context"]),
        facts=ArticleFacts.from_json(page.facts),
        current=row.current,
        companion=archive.companion(entry, catalog),
    )


def stored_quote(archive: Archive, quote_id: str, record: str | None = None) -> StoredQuote:
    """The quote ``quote_id`` (in ``record``, a record id, URL or ``FILE:OFFSET``, when
    given): its current row, else a retired one kept from an earlier extractor; with the
    record that vouches for its capture. One catalog connection does it all."""
    rec = None
    if record is not None:
        refresh(archive)
        rec = archive.rec_of(archive.original_of(archive.find(record)))
    with archive.catalog() as catalog:
        if record is None:
            refresh(archive, catalog)
        _check_schema(archive, catalog)
        rows = _rows(catalog)
        for row in rows.quotes_with_id(quote_id):
            if rec is not None and row.rec != rec:
                continue
            found = _stored(archive, catalog, rows, row)
            if found is not None:
                return found
    raise RecordNotFound(
        f"no quote {quote_id} in {archive.path}" + (f" (record {record})" if record else ""),
        path=str(archive.path),
        key=quote_id,
    )


def quotes_in(
    archive: Archive, key: str, *, all_kinds: bool = False
) -> tuple[CatalogEntry, tuple[Quote, ...]]:
    """The current quotes of one record (a record id, URL or ``FILE:OFFSET``), in text
    order; :class:`ParseError` if the record could not be parsed."""
    refresh(archive)
    entry = archive.original_of(archive.find(key))
    rec = archive.rec_of(entry)
    with archive.catalog() as catalog:
        _check_schema(archive, catalog)
        rows = _rows(catalog)
        page = rows.page(rec)
        if page is None:
            raise RecordNotFound(
                f"record {key} is not indexed in {archive.path} (not a page, or the archive "
                "is read-only and was not indexed)",
                path=str(archive.path),
                key=key,
            )
        if page.status != "quoted":
            raise ParseError(f"record {key} cannot be parsed: {page.error}")
        quotes = tuple(Quote.from_dict(json.loads(r.data)["quote"]) for r in rows.quotes_of(rec))
    return entry, tuple(q for q in quotes if all_kinds or q.kind not in HIDDEN_KINDS)


def _phrase(words: Iterable[str], *, prefix: bool) -> str:
    star = "*" if prefix else ""
    return " AND ".join(f'"{w}"{star}' for w in words)


def search_quotes(
    archive: Archive,
    *,
    words: str | None = None,
    speaker: str | None = None,
    url: str | None = None,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    all_kinds: bool = False,
    limit: int = 50,
) -> SearchResult:
    """Current quotes with all of ``words`` (case and accents folded), by ``speaker``
    (any word of the name, or its start), of ``url`` (its captures) or of URLs under
    ``site`` (a prefix such as ``https://example.com/news/``), on pages published (or
    else captured) between ``since`` and ``until`` (``YYYY-MM-DD``), in archive order."""
    kinds = None if all_kinds else tuple(k for k in _KINDS if k not in HIDDEN_KINDS)
    word_list = _WORD.findall(words or "")
    name_list = _WORD.findall(speaker or "")
    if speaker is not None and not name_list:
        raise RecordNotFound("no name to search for", path=str(archive.path), key=speaker)
    parts = []
    if word_list:
        parts.append(f"text : ({_phrase(word_list, prefix=False)})")
    matched_by = "words" if word_list else "filters"
    with archive.catalog() as catalog:
        refresh(archive, catalog)
        rows = _rows(catalog)
        filters = {
            "kinds": kinds,
            "url_key": url_key(url) if url else None,
            "url_prefix": url_key(site) if site else None,
            "since": since,
            "until": until,
            "limit": limit + 1,
        }
        tries = [("name", f"speakers : ({_phrase(name_list, prefix=True)})")]
        keys = sound_keys(" ".join(name_list)).split()
        if keys:
            tries.append(("sound", f"skeys : ({_phrase(keys, prefix=False)})"))
        found: list[QuoteRow] = []
        if name_list:
            for how, expr in tries:
                found = rows.search(" AND ".join([*parts, expr]), **filters)  # type: ignore[arg-type]
                if found:
                    matched_by = how
                    break
        else:
            found = rows.search(" AND ".join(parts) or None, **filters)  # type: ignore[arg-type]
        hits = []
        for row in found[:limit]:
            entry = catalog.record_by_rec(row.rec)
            if entry is not None:
                hits.append(Hit(entry, Quote.from_dict(json.loads(row.data)["quote"])))
        state = _state(archive, catalog, False, 1000)
    return SearchResult(tuple(hits), len(found) > limit, matched_by, state)
