"""The quote index's rows in the catalog: pages, quotes, full-text search, citations.

The store keeps these rows; it never parses a page or runs the extractor
(:mod:`provenance.index.quoteindex` does, and hands rows in). Each row refers
to its record by ``rec``, the catalog's row number of the record, which names
one place (file, offset) even when records share a WARC-Record-ID.

``pages``      one row per indexed record: ``quoted`` (parsed, with its quote
               count and the facts a citation needs as JSON), ``not-a-page``
               (binary or empty) or ``failed`` (the error, kept and reported)
``quotes``     one row per quote and extractor version: ``current`` rows are what
               the extractor finds today; *retired* rows (``current = 0``) keep what
               an earlier version found, so its ids keep resolving
``quote_fts``  FTS5 over current quotes' words, speaker names (case and accents
               folded) and the names' sound keys
``citations``  each citation made or added, as canonical JSON, by id

Writes run in short transactions of their own (``BEGIN IMMEDIATE``): the
archive's writer lock is not taken, so indexing never holds up a capture.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

import attrs

from .transactions import Transactions

__all__ = ["INDEX_TABLES", "CitationRow", "PageRow", "QuoteRow", "QuoteRows"]

INDEX_TABLES = (
    """CREATE TABLE IF NOT EXISTS pages (
        rec INTEGER PRIMARY KEY,
        status TEXT NOT NULL,
        error TEXT,
        extractor TEXT NOT NULL,
        parser TEXT,
        facts TEXT,
        quotes INTEGER NOT NULL DEFAULT 0,
        day TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS pages_status ON pages(status)",
    "CREATE INDEX IF NOT EXISTS pages_day ON pages(day)",
    """CREATE TABLE IF NOT EXISTS quotes (
        qrow INTEGER PRIMARY KEY,
        rec INTEGER NOT NULL,
        quote_id TEXT NOT NULL,
        current INTEGER NOT NULL,
        extractor TEXT NOT NULL,
        parser TEXT NOT NULL,
        kind TEXT NOT NULL,
        ord INTEGER NOT NULL,
        text TEXT NOT NULL,
        speakers TEXT NOT NULL,
        skeys TEXT NOT NULL,
        data TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS quotes_id ON quotes(quote_id)",
    "CREATE INDEX IF NOT EXISTS quotes_rec ON quotes(rec, current)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5(text, speakers, skeys, "
    "content='quotes', content_rowid='qrow', tokenize='unicode61 remove_diacritics 2')",
    """CREATE TABLE IF NOT EXISTS citations (
        citation_id TEXT PRIMARY KEY,
        quote_id TEXT,
        rec INTEGER,
        json TEXT NOT NULL,
        added TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS citations_quote ON citations(quote_id)",
)

_QUOTE_COLUMNS = (
    "qrow, rec, quote_id, current, extractor, parser, kind, ord, text, speakers, skeys, data"
)
_Q_COLUMNS = ", ".join("q." + c.strip() for c in _QUOTE_COLUMNS.split(","))


@attrs.frozen
class PageRow:
    rec: int
    status: str
    error: str | None
    extractor: str
    parser: str | None
    facts: str | None
    quotes: int
    day: str | None


@attrs.frozen
class QuoteRow:
    """One quote as stored: ``data`` is its JSON (spans, cue, speaker, context)."""

    rec: int
    quote_id: str
    current: bool
    extractor: str
    parser: str
    kind: str
    ord: int
    text: str
    speakers: str
    skeys: str
    data: str
    qrow: int | None = None

    @classmethod
    def _of(cls, row: tuple[object, ...]) -> QuoteRow:
        qrow, rec, qid, current, extractor, parser, kind, ord_, text, speakers, skeys, data = row
        return cls(
            int(rec),  # type: ignore[call-overload]
            str(qid),
            bool(current),
            str(extractor),
            str(parser),
            str(kind),
            int(ord_),  # type: ignore[call-overload]
            str(text),
            str(speakers),
            str(skeys),
            str(data),
            int(qrow),  # type: ignore[call-overload]
        )


@attrs.frozen
class CitationRow:
    citation_id: str
    quote_id: str | None
    rec: int | None
    json: str
    added: str


class QuoteRows(Transactions):
    """The index tables over one catalog connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    # -- meta ------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- what to index ---------------------------------------------------------------

    def stale_pages(self, extractor: str, parser: str, after: int, limit: int) -> list[int]:
        """Indexed records whose rows another extractor or parser version made."""
        cur = self._db.execute(
            "SELECT rec FROM pages WHERE rec > ? AND (extractor != ? OR "
            "(status != 'not-a-page' AND COALESCE(parser, '') != ?)) ORDER BY rec LIMIT ?",
            (after, extractor, parser, limit),
        )
        return [int(r[0]) for r in cur]

    # -- writing -------------------------------------------------------------------------

    def put_page(self, page: PageRow) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO pages(rec, status, error, extractor, parser, facts, quotes, "
            "day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            attrs.astuple(page),
        )

    def add_quote(self, row: QuoteRow) -> int:
        cur = self._db.execute(
            "INSERT INTO quotes(rec, quote_id, current, extractor, parser, kind, ord, text, "
            "speakers, skeys, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.rec,
                row.quote_id,
                int(row.current),
                row.extractor,
                row.parser,
                row.kind,
                row.ord,
                row.text,
                row.speakers,
                row.skeys,
                row.data,
            ),
        )
        qrow = int(cur.lastrowid or 0)
        if row.current:
            self._db.execute(
                "INSERT INTO quote_fts(rowid, text, speakers, skeys) VALUES (?, ?, ?, ?)",
                (qrow, row.text, row.speakers, row.skeys),
            )
        return qrow

    def retire(self, row: QuoteRow) -> None:
        """Keep ``row`` for lookups by id, out of search."""
        self._unsearch(row)
        self._db.execute("UPDATE quotes SET current = 0 WHERE qrow = ?", (row.qrow,))

    def replace(self, old: QuoteRow, new: QuoteRow) -> None:
        """The same quote found again by a newer version: its row takes the new data."""
        self._unsearch(old)
        self._db.execute(
            "UPDATE quotes SET extractor = ?, parser = ?, kind = ?, ord = ?, text = ?, "
            "speakers = ?, skeys = ?, data = ?, current = 1 WHERE qrow = ?",
            (
                new.extractor,
                new.parser,
                new.kind,
                new.ord,
                new.text,
                new.speakers,
                new.skeys,
                new.data,
                old.qrow,
            ),
        )
        self._db.execute(
            "INSERT INTO quote_fts(rowid, text, speakers, skeys) VALUES (?, ?, ?, ?)",
            (old.qrow, new.text, new.speakers, new.skeys),
        )

    def _unsearch(self, row: QuoteRow) -> None:
        if row.current:
            self._db.execute(
                "INSERT INTO quote_fts(quote_fts, rowid, text, speakers, skeys) "
                "VALUES ('delete', ?, ?, ?, ?)",
                (row.qrow, row.text, row.speakers, row.skeys),
            )

    def add_citation(self, row: CitationRow) -> bool:
        """Store a citation; False if one with that id was stored before (kept as is)."""
        cur = self._db.execute(
            "INSERT OR IGNORE INTO citations(citation_id, quote_id, rec, json, added) "
            "VALUES (?, ?, ?, ?, ?)",
            attrs.astuple(row),
        )
        return cur.rowcount > 0

    # -- reading ---------------------------------------------------------------------------

    def page(self, rec: int) -> PageRow | None:
        row = self._db.execute(
            "SELECT rec, status, error, extractor, parser, facts, quotes, day FROM pages "
            "WHERE rec = ?",
            (rec,),
        ).fetchone()
        return PageRow(*row) if row else None

    def pages(self, status: str | None = None, limit: int | None = None) -> Iterator[PageRow]:
        sql = "SELECT rec, status, error, extractor, parser, facts, quotes, day FROM pages"
        params: list[object] = []
        if status is not None:
            sql += " WHERE status = ?"
            params.append(status)
        sql += " ORDER BY rec"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for row in self._db.execute(sql, params):
            yield PageRow(*row)

    def page_list(self, after: int, limit: int) -> list[PageRow]:
        """Pages with quotes' facts, in archive order after row ``after`` (for listings)."""
        cur = self._db.execute(
            "SELECT rec, status, error, extractor, parser, facts, quotes, day FROM pages "
            "WHERE rec > ? AND status = 'quoted' ORDER BY rec LIMIT ?",
            (after, limit),
        )
        return [PageRow(*row) for row in cur]

    def status_counts(self) -> dict[str, int]:
        cur = self._db.execute("SELECT status, COUNT(*) FROM pages GROUP BY status")
        return {str(s): int(n) for s, n in cur}

    def count_status(self, status: str) -> int:
        """Pages with ``status`` (an indexed count: cheap for the rare ``failed``)."""
        row = self._db.execute("SELECT COUNT(*) FROM pages WHERE status = ?", (status,)).fetchone()
        return int(row[0])

    def quotes_of(self, rec: int, *, current: bool | None = True) -> list[QuoteRow]:
        sql = f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE rec = ?"
        if current is not None:
            sql += f" AND current = {int(current)}"
        return [QuoteRow._of(r) for r in self._db.execute(sql + " ORDER BY ord, qrow", (rec,))]

    def quotes_with_id(self, quote_id: str) -> list[QuoteRow]:
        """Rows of ``quote_id``: current ones first, then retired ones, newest first."""
        cur = self._db.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes WHERE quote_id = ? "
            "ORDER BY current DESC, CASE WHEN current THEN rec ELSE -qrow END",
            (quote_id,),
        )
        return [QuoteRow._of(r) for r in cur]

    def search(
        self,
        match: str | None,
        *,
        kinds: tuple[str, ...] | None = None,
        recs: Iterable[int] | None = None,
        url_key: str | None = None,
        url_prefix: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
    ) -> list[QuoteRow]:
        """Current quotes matching an FTS5 ``match`` expression and the filters, in index
        order; the query stops at ``limit`` rows."""
        where = ["q.current = 1"]
        params: list[object] = []
        if match is not None:
            sql = f"SELECT {_Q_COLUMNS} FROM quote_fts JOIN quotes q ON q.qrow = quote_fts.rowid"
            where.append("quote_fts MATCH ?")
            params.append(match)
            order = "quote_fts.rowid"
        else:
            sql = f"SELECT {_Q_COLUMNS} FROM quotes q"
            order = "q.qrow"
        if kinds:
            where.append(f"q.kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        if recs is not None:
            chosen = [int(r) for r in recs]
            where.append(f"q.rec IN ({', '.join('?' * len(chosen)) or 'NULL'})")
            params.extend(chosen)
        if url_key is not None or url_prefix is not None:
            sql += " JOIN records r ON r.rowid = q.rec"
            if url_key is not None:
                where.append("r.url_key = ?")
                params.append(url_key)
            if url_prefix is not None:
                where.append("r.url_key >= ? AND r.url_key < ?")
                params.extend((url_prefix, url_prefix + "\uffff"))
        if since is not None or until is not None:
            sql += " JOIN pages p ON p.rec = q.rec"
            if since is not None:
                where.append("p.day >= ?")
                params.append(since)
            if until is not None:
                where.append("p.day <= ?")
                params.append(until)
        sql += " WHERE " + " AND ".join(where) + f" ORDER BY {order} LIMIT ?"
        params.append(limit)
        return [QuoteRow._of(r) for r in self._db.execute(sql, params)]

    def citation(self, citation_id: str) -> CitationRow | None:
        row = self._db.execute(
            "SELECT citation_id, quote_id, rec, json, added FROM citations WHERE citation_id = ?",
            (citation_id,),
        ).fetchone()
        return CitationRow(*row) if row else None

    def counts(self) -> dict[str, int]:
        """Rows per table, for reports."""
        out = {}
        for table, where in (
            ("pages", ""),
            ("quotes", " WHERE current = 1"),
            ("citations", ""),
        ):
            out[table] = int(self._db.execute(f"SELECT COUNT(*) FROM {table}{where}").fetchone()[0])
        out["retired"] = int(
            self._db.execute("SELECT COUNT(*) FROM quotes WHERE current = 0").fetchone()[0]
        )
        return out
