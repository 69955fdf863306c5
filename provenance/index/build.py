"""Filling the quote index: parse each archived page once, keep its quotes as rows.

:func:`update_index` indexes every page the index has not seen (the catalog's
rows after a high-water mark kept in ``meta``) and, with ``rebuild=True``,
every page an earlier extractor or parser version indexed. Pages are parsed
in worker processes (``jobs``) and written in short transactions, each with
the pages it indexed and the new mark, so a killed indexer leaves a
consistent index and the next run resumes after the last commit. Several
indexers may run at once (they may repeat each other's work, never undo it).

Re-indexing keeps ids resolving: a quote found again keeps its row (*kept*);
one found with another interpretation gets a new current row while the old
row is retired with its data (*changed*); one no longer found is retired
(*retired*); retired rows stay reachable by quote id, and stored citations
are untouched.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from ..errors import (
    ArchiveError,
    EmptyDocument,
    ParseError,
    RepresentationError,
    UnsupportedMediaType,
)
from ..parse import PARSER_VERSION, parse_record
from ..quotes import EXTRACTOR_VERSION, Quote, extract_quotes
from ..store import Archive, CatalogEntry, ImportReport, import_warc
from ..store.quoterows import PageRow, QuoteRow, QuoteRows
from .facts import ArticleFacts, QuoteContext

__all__ = [
    "MARK",
    "Extractor",
    "IndexChange",
    "IndexReport",
    "index_files",
    "quote_row",
    "sound_keys",
    "update_index",
]

#: ``meta`` key: every page at or below this catalog row is indexed.
MARK = "index_through"
#: ``meta`` key: the extractor version the last full pass used.
VERSION_KEY = "index_extractor"
_BATCH = 64
_BLOCK = 1024


@attrs.frozen
class Extractor:
    """What turns an article into quotes, and its version (a seam for upgrades)."""

    version: str = EXTRACTOR_VERSION
    extract: Callable[[Any], tuple[Quote, ...]] = extract_quotes

    @classmethod
    def with_nlp(cls) -> Extractor:
        """The ``provenance[nlp]`` extractor (English speakers from a parse); raises
        :class:`~provenance.errors.NlpUnavailable` when the extra is not installed."""
        from ..quotes import nlp

        return cls(nlp.NLP_EXTRACTOR_VERSION, nlp.extractor())


@attrs.frozen
class IndexChange:
    """What re-indexing one record did to its quote ids."""

    record: str  # FILE:OFFSET
    record_id: str
    kept: tuple[str, ...]
    new: tuple[str, ...]
    changed: tuple[str, ...]
    retired: tuple[str, ...]


@attrs.frozen
class IndexReport:
    pages: int  # records indexed (first time or again) in this run
    quoted: int
    not_pages: int
    failed: int
    quotes: int
    kept: int
    new: int
    changed: int
    retired: int
    seconds: float
    changes: tuple[IndexChange, ...]
    failures: tuple[tuple[str, str], ...]  # (FILE:OFFSET, error)

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


# -- rows ----------------------------------------------------------------------------------

_VOWELS = frozenset("aeiouy")
_SWAPS = (("ph", "f"), ("ck", "k"), ("kh", "h"), ("q", "k"), ("c", "k"), ("z", "s"), ("w", "v"))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sound_keys(name: str) -> str:
    """A rough key of how each word of a name sounds: the first letter, then the
    consonants (vowels and h dropped, repeats merged, c/k/q, z/s, ph/f alike), so
    "Marzouk" and "Marzuk" share ``mrsk``. Words of fewer than three letters have none."""
    keys = []
    for word in "".join(c if c.isalpha() else " " for c in _fold(name)).split():
        if len(word) < 3:
            continue
        for a, b in _SWAPS:
            word = word.replace(a, b)
        key = word[0]
        for c in word[1:]:
            if c in _VOWELS or c == "h" or c == key[-1]:
                continue
            key += c
        keys.append(key)
    return " ".join(keys)


def _speakers(quote: Quote) -> str:
    names = [quote.speaker_name or "", quote.speaker.text if quote.speaker else ""]
    return " | ".join(n for n in dict.fromkeys(names) if n)


def quote_row(rec: int, quote: Quote, context: QuoteContext, order: int, parser: str) -> QuoteRow:
    """The stored row of one quote: its JSON with the context a citation needs."""
    speakers = _speakers(quote)
    data = {"quote": quote.to_dict(), "context": attrs.asdict(context)}
    return QuoteRow(
        rec=rec,
        quote_id=quote.quote_id,
        current=True,
        extractor=quote.extractor,
        parser=parser,
        kind=quote.kind,
        ord=order,
        text=quote.text,
        speakers=speakers,
        skeys=sound_keys(speakers),
        data=json.dumps(data, ensure_ascii=False, separators=(",", ":")),
    )


def _interpretation(row: QuoteRow) -> str:
    """A row's data without the version labels: equal for a quote found again."""
    data = json.loads(row.data)
    data["quote"].pop("extractor", None)
    return json.dumps(data, sort_keys=True)


# -- one page ------------------------------------------------------------------------------


@attrs.frozen
class _Done:
    rec: int
    entry: CatalogEntry
    page: PageRow
    quotes: tuple[QuoteRow, ...]


_WORKER: dict[str, Archive] = {}


def _index_page(archive: Archive, rec: int, entry: CatalogEntry, extractor: Extractor) -> _Done:
    try:
        article = parse_record(archive.read(entry))
    except (UnsupportedMediaType, EmptyDocument) as exc:
        page = PageRow(rec, "not-a-page", str(exc), extractor.version, None, None, 0, None)
        return _Done(rec, entry, page, ())
    except (ParseError, RepresentationError, ArchiveError) as exc:
        page = PageRow(rec, "failed", str(exc), extractor.version, None, None, 0, None)
        return _Done(rec, entry, page, ())
    found = extractor.extract(article)
    rows = tuple(
        quote_row(rec, q, QuoteContext.of(q, article.text), n, article.parser)
        for n, q in enumerate(found)
    )
    day = (article.published or entry.warc_date or "")[:10] or None
    facts = ArticleFacts.of(article).to_json()
    page = PageRow(rec, "quoted", None, extractor.version, article.parser, facts, len(rows), day)
    return _Done(rec, entry, page, rows)


def _work(args: tuple[str, int, CatalogEntry, Extractor]) -> _Done:
    path, rec, entry, extractor = args
    archive = _WORKER.get(path)
    if archive is None:
        archive = _WORKER[path] = Archive(path, create=False, readonly=True)
    return _index_page(archive, rec, entry, extractor)


# -- writing -------------------------------------------------------------------------------


def _apply(rows: QuoteRows, done: _Done, changes: list[IndexChange] | None) -> tuple[int, ...]:
    """Write one page's rows; (kept, new, changed, retired)."""
    seen_before = rows.page(done.rec) is not None
    old = {r.quote_id: r for r in rows.quotes_of(done.rec)}
    kept: list[str] = []
    new: list[str] = []
    changed: list[str] = []
    seen: set[str] = set()
    for row in done.quotes:
        if row.quote_id in seen:
            continue
        seen.add(row.quote_id)
        before = old.get(row.quote_id)
        if before is None:
            rows.add_quote(row)
            new.append(row.quote_id)
        elif _interpretation(before) == _interpretation(row):
            if (before.data, before.extractor, before.ord) != (row.data, row.extractor, row.ord):
                rows.replace(before, row)
            kept.append(row.quote_id)
        else:
            rows.retire(before)
            rows.add_quote(row)
            changed.append(row.quote_id)
    retired = [qid for qid, r in old.items() if qid not in seen]
    for qid in retired:
        rows.retire(old[qid])
    rows.put_page(done.page)
    if changes is not None and seen_before and (new or changed or retired):
        changes.append(
            IndexChange(
                f"{done.entry.file}:{done.entry.offset}",
                done.entry.record_id,
                tuple(kept),
                tuple(new),
                tuple(changed),
                tuple(retired),
            )
        )
    return len(kept), len(new), len(changed), len(retired)


def update_index(
    archive: Archive,
    *,
    rebuild: bool = False,
    jobs: int = 1,
    extractor: Extractor | None = None,
    progress: Callable[[int], None] | None = None,
    nlp: bool = False,
) -> IndexReport:
    """Index the pages not indexed yet; with ``rebuild``, also re-index every page an
    earlier extractor or parser version indexed (every page, if ``extractor`` says
    a version other than the one that made its rows). ``nlp`` (when no ``extractor``
    is given) finds quotes with the ``provenance[nlp]`` extractor
    (:meth:`Extractor.with_nlp`; :class:`~provenance.errors.NlpUnavailable` without it)."""
    if archive.readonly:
        raise ArchiveError(f"{archive.path} was opened read-only", path=str(archive.path))
    tool = extractor or (Extractor.with_nlp() if nlp else Extractor())
    started = time.perf_counter()
    totals = {"pages": 0, "quoted": 0, "not-a-page": 0, "failed": 0, "quotes": 0}
    moves = [0, 0, 0, 0]
    changes: list[IndexChange] = []
    failures: list[tuple[str, str]] = []
    with archive.catalog() as catalog:
        db = catalog.connection()
        db.execute("PRAGMA synchronous=NORMAL")  # WAL: consistent after a crash all the same
        rows = QuoteRows(db)

        def new_pages() -> Iterator[list[tuple[int, CatalogEntry]]]:
            last = int(rows.meta(MARK) or 0)
            while True:
                top = catalog.last_rec()  # rows are committed in order: all below are here
                found = catalog.pages_after(last, _BLOCK)
                if not found:
                    if top > int(rows.meta(MARK) or 0):  # only non-pages since: move past them
                        write([], top)
                    return
                yield found
                last = found[-1][0]

        def stale_pages() -> Iterator[list[tuple[int, CatalogEntry]]]:
            after = 0
            while recs := rows.stale_pages(tool.version, PARSER_VERSION, after, _BLOCK):
                found = [(rec, catalog.record_by_rec(rec)) for rec in recs]
                yield [(rec, e) for rec, e in found if e is not None]
                after = recs[-1]

        def write(batch: list[_Done], mark: int | None) -> None:
            rows.begin()
            try:
                for done in batch:
                    for i, n in enumerate(_apply(rows, done, changes)):
                        moves[i] += n
                if mark is not None:
                    current = int(rows.meta(MARK) or 0)
                    rows.set_meta(MARK, str(max(current, mark)))
                rows.commit()
            except BaseException:
                rows.rollback()
                raise
            for done in batch:
                totals["pages"] += 1
                totals[done.page.status] += 1
                totals["quotes"] += len(done.quotes)
                if done.page.status == "failed":
                    failures.append(
                        (f"{done.entry.file}:{done.entry.offset}", done.page.error or "")
                    )
            if progress is not None and batch:
                progress(totals["pages"])

        passes = [(new_pages(), True)]
        if rebuild:
            passes.insert(0, (stale_pages(), False))
        for blocks, moves_mark in passes:
            for batch in _run(archive, blocks, tool, jobs):
                write(batch, batch[-1].rec if moves_mark else None)
        if rebuild or rows.meta(VERSION_KEY) is None:
            rows.begin()
            rows.set_meta(VERSION_KEY, tool.version)
            rows.commit()
    return IndexReport(
        pages=totals["pages"],
        quoted=totals["quoted"],
        not_pages=totals["not-a-page"],
        failed=totals["failed"],
        quotes=totals["quotes"],
        kept=moves[0],
        new=moves[1],
        changed=moves[2],
        retired=moves[3],
        seconds=time.perf_counter() - started,
        changes=tuple(changes),
        failures=tuple(failures),
    )


def index_files(
    archive: Archive, paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1
) -> tuple[tuple[ImportReport, ...], IndexReport]:
    """The quote index of a crawl: its WARC files imported into ``archive`` unchanged
    (:func:`provenance.store.import_warc`), then its pages indexed with ``jobs`` workers."""
    imports = tuple(import_warc(archive, Path(p)) for p in paths)
    return imports, update_index(archive, jobs=jobs)


def _run(
    archive: Archive,
    blocks: Iterable[list[tuple[int, CatalogEntry]]],
    tool: Extractor,
    jobs: int,
) -> Iterator[list[_Done]]:
    """Batches of indexed pages, in catalog order. Blocks of work are read from the
    catalog in this thread; pages are parsed here or in ``jobs`` worker processes."""
    if jobs <= 1:
        for block in blocks:
            for start in range(0, len(block), _BATCH):
                part = block[start : start + _BATCH]
                yield [_index_page(archive, rec, entry, tool) for rec, entry in part]
        return
    path = str(archive.path)
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(jobs) as pool:
        for block in blocks:
            work = [(path, rec, entry, tool) for rec, entry in block]
            batch: list[_Done] = []
            for done in pool.imap(_work, work, chunksize=4):
                batch.append(done)
                if len(batch) >= _BATCH:
                    yield batch
                    batch = []
            if batch:
                yield batch
