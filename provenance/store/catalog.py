"""The SQLite catalog of an archive: a row per WARC record, a row per WARC file.

The catalog is what makes lookups cheap: a record is found by id or URL with
one indexed query, then read with one seek into its WARC file. It also holds
each WARC file's *committed* size, which is what makes appends atomic: bytes
past that size were never committed and are cut off by the next writer.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import attrs

from ..errors import ArchiveCorrupt
from .quoterows import INDEX_TABLES
from .transactions import Transactions

__all__ = ["CATALOG_NAME", "CaptureRow", "Catalog", "CatalogEntry", "FileRow"]

CATALOG_NAME = "catalog.sqlite"

log = logging.getLogger(__name__)

#: 1: records keyed by WARC-Record-ID (release 0.1); 2: records keyed by their place
#: (file, offset), so two records sharing an id are both kept, and the quote index.
SCHEMA_VERSION = 2

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    name TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    created TEXT NOT NULL,
    closed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS captures (
    capture_id TEXT PRIMARY KEY,
    requested_url TEXT NOT NULL,
    url_key TEXT NOT NULL,
    final_record_id TEXT NOT NULL,
    origin TEXT NOT NULL,
    http_status INTEGER,
    created TEXT NOT NULL,
    note TEXT
);
CREATE INDEX IF NOT EXISTS captures_url ON captures(url_key);
"""

#: ``rec`` is the rowid (kept by the migration); a record is its place.
_RECORDS = """
CREATE TABLE {name} (
    rec INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    target_uri TEXT,
    url_key TEXT,
    warc_date TEXT NOT NULL,
    file TEXT NOT NULL,
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    block_digest TEXT,
    payload_digest TEXT,
    record_sha256 TEXT NOT NULL,
    origin TEXT,
    content_type TEXT,
    http_status INTEGER,
    capture_id TEXT,
    concurrent_to TEXT,
    refers_to TEXT,
    UNIQUE (file, offset)
)
"""

_RECORD_INDEXES = (
    "CREATE INDEX IF NOT EXISTS records_id ON records(record_id)",
    "CREATE INDEX IF NOT EXISTS records_url ON records(url_key)",
    "CREATE INDEX IF NOT EXISTS records_concurrent ON records(concurrent_to)",
    "CREATE INDEX IF NOT EXISTS records_refers ON records(refers_to)",
    "CREATE INDEX IF NOT EXISTS records_payload ON records(payload_digest)",
    "CREATE INDEX IF NOT EXISTS records_sha256 ON records(record_sha256)",
)

_RECORD_COLUMNS = (
    "record_id, record_type, target_uri, url_key, warc_date, file, offset, length, "
    "block_digest, payload_digest, record_sha256, origin, content_type, http_status, "
    "capture_id, concurrent_to, refers_to"
)


@attrs.frozen
class CatalogEntry:
    """The catalog's row for one record: where it is and what it holds."""

    record_id: str
    record_type: str
    target_uri: str | None
    url_key: str | None
    warc_date: str
    file: str
    offset: int
    length: int
    block_digest: str | None
    payload_digest: str | None
    record_sha256: str
    origin: str | None
    content_type: str | None
    http_status: int | None
    capture_id: str | None
    concurrent_to: str | None
    refers_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class CaptureRow:
    """One capture: a requested URL and the record that answers it."""

    capture_id: str
    requested_url: str
    url_key: str
    final_record_id: str
    origin: str
    http_status: int | None
    created: str
    note: str | None


@attrs.frozen
class FileRow:
    name: str
    size: int
    created: str
    closed: bool


class Catalog(Transactions):
    """A connection to ``catalog.sqlite``; cheap to open, one per operation."""

    def __init__(
        self,
        path: Path,
        *,
        durable: bool = True,
        readonly: bool = False,
        setup: bool = True,
        lock: Callable[[], AbstractContextManager[None]] | None = None,
    ) -> None:
        """Open the catalog; ``setup`` creates or migrates the schema (once per archive).

        A catalog of an earlier schema is upgraded in place, in one transaction,
        while ``lock`` (the archive's writer lock) is held: a migration killed at
        any point leaves the catalog as it was.
        """
        self.path = path
        if readonly:
            self._db = self._open_readonly(path)
            return
        try:
            self._db = sqlite3.connect(str(path), timeout=60.0, isolation_level=None)
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self._db.execute("PRAGMA busy_timeout=60000")
            if setup:
                self._setup(lock)
        except sqlite3.DatabaseError as exc:
            raise ArchiveCorrupt(
                f"the catalog {path} cannot be opened: {exc}", path=str(path)
            ) from exc

    def schema_version(self) -> int:
        """The catalog's schema version (0: an empty file, 1: release 0.1)."""
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        if "records" not in tables:
            return 0
        if "meta" not in tables:
            return 1
        row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 1

    def _setup(self, lock: Callable[[], AbstractContextManager[None]] | None) -> None:
        if self.schema_version() == SCHEMA_VERSION:
            return
        self._db.execute("PRAGMA journal_mode=WAL")  # kept in the file from then on
        with lock() if lock is not None else nullcontext():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                version = self.schema_version()  # again: another writer may have done it
                if version == 0:
                    self._create()
                elif version < SCHEMA_VERSION:
                    self._migrate(version)
                elif version > SCHEMA_VERSION:
                    raise ArchiveCorrupt(
                        f"the catalog {self.path} has schema {version}, newer than this "
                        f"version of provenance reads ({SCHEMA_VERSION})",
                        path=str(self.path),
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    def _create(self) -> None:
        for statement in _TABLES.split(";"):
            if statement.strip():
                self._db.execute(statement)
        self._db.execute(_RECORDS.format(name="records"))
        for statement in (*_RECORD_INDEXES, *INDEX_TABLES):
            self._db.execute(statement)
        self._set_version()

    def _migrate(self, version: int) -> None:
        """Schema 1 -> 2: records keyed by place; the quote index tables."""
        log.info(
            "upgrading the catalog %s from schema %d to %d", self.path, version, SCHEMA_VERSION
        )
        for statement in _TABLES.split(";"):
            if statement.strip():
                self._db.execute(statement)
        columns = [r[1] for r in self._db.execute("PRAGMA table_info(records)")]
        if "refers_to" not in columns:  # a catalog from before schema 1.1
            self._db.execute("ALTER TABLE records ADD COLUMN refers_to TEXT")
        self._db.execute(_RECORDS.format(name="records_v2"))
        self._db.execute(
            f"INSERT OR IGNORE INTO records_v2(rec, {_RECORD_COLUMNS}) "
            f"SELECT rowid, {_RECORD_COLUMNS} FROM records ORDER BY rowid"
        )
        self._db.execute("DROP TABLE records")
        self._db.execute("ALTER TABLE records_v2 RENAME TO records")
        for statement in (*_RECORD_INDEXES, *INDEX_TABLES):
            self._db.execute(statement)
        self._set_version()

    def _set_version(self) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
            (str(SCHEMA_VERSION),),
        )

    @staticmethod
    def _open_readonly(path: Path) -> sqlite3.Connection:
        """Open without writing anything (a copied or read-only archive)."""
        uri = path.resolve().as_uri()
        last: sqlite3.Error | None = None
        for mode in ("?mode=ro", "?immutable=1"):
            try:
                db = sqlite3.connect(uri + mode, uri=True, timeout=60.0, isolation_level=None)
                db.execute("SELECT 1 FROM records LIMIT 1")
                return db
            except sqlite3.Error as exc:
                last = exc
        raise ArchiveCorrupt(f"the catalog {path} cannot be read: {last}", path=str(path))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing (the caller holds the archive lock) -------------------------

    def add_file(self, name: str, created: str, *, size: int = 0, closed: bool = False) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO files(name, size, created, closed) VALUES (?, ?, ?, ?)",
            (name, size, created, int(closed)),
        )

    def original_of(self, entry: CatalogEntry) -> CatalogEntry | None:
        """The record a revisit refers to: by record id, else by payload digest and URL."""
        if entry.refers_to:
            same = self.records_with_id(entry.refers_to)
            if same:
                return next((e for e in same if e.file == entry.file), same[0])
        if entry.payload_digest:
            row = self._db.execute(
                f"SELECT {_RECORD_COLUMNS} FROM records WHERE payload_digest = ? "
                "AND record_type IN ('response', 'resource') ORDER BY url_key = ? DESC, rowid "
                "LIMIT 1",
                (entry.payload_digest, entry.url_key),
            ).fetchone()
            if row:
                return CatalogEntry(*row)
        return None

    def set_file_size(self, name: str, size: int) -> None:
        self._db.execute("UPDATE files SET size = ? WHERE name = ?", (size, name))

    def close_file(self, name: str) -> None:
        self._db.execute("UPDATE files SET closed = 1 WHERE name = ?", (name,))

    def add_records(self, entries: Iterable[CatalogEntry]) -> None:
        rows = [attrs.astuple(e) for e in entries]
        self._db.executemany(
            f"INSERT OR IGNORE INTO records({_RECORD_COLUMNS}) VALUES ({', '.join('?' * 17)})",
            rows,
        )

    def add_capture(self, row: CaptureRow) -> None:
        self._db.execute(
            "INSERT INTO captures(capture_id, requested_url, url_key, final_record_id, origin, "
            "http_status, created, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            attrs.astuple(row),
        )

    # -- reading -------------------------------------------------------------

    def files(self) -> tuple[FileRow, ...]:
        cur = self._db.execute("SELECT name, size, created, closed FROM files ORDER BY rowid")
        return tuple(FileRow(r[0], int(r[1]), r[2], bool(r[3])) for r in cur)

    def open_file(self) -> FileRow | None:
        row = self._db.execute(
            "SELECT name, size, created, closed FROM files WHERE closed = 0 "
            "ORDER BY rowid DESC LIMIT 1"
        ).fetchone()
        return FileRow(row[0], int(row[1]), row[2], bool(row[3])) if row else None

    def record(self, record_id: str) -> CatalogEntry | None:
        """The first record written with ``record_id`` (see :meth:`records_with_id`)."""
        row = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE record_id = ? ORDER BY rowid LIMIT 1",
            (record_id,),
        ).fetchone()
        return CatalogEntry(*row) if row else None

    def records_with_id(self, record_id: str) -> tuple[CatalogEntry, ...]:
        """Every record with ``record_id``: more than one when files reuse an id."""
        cur = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE record_id = ? ORDER BY rowid",
            (record_id,),
        )
        return tuple(CatalogEntry(*r) for r in cur)

    def records_with_sha256(self, sha256: str) -> tuple[CatalogEntry, ...]:
        cur = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE record_sha256 = ? ORDER BY rowid",
            (sha256,),
        )
        return tuple(CatalogEntry(*r) for r in cur)

    def record_at(self, file: str, offset: int) -> CatalogEntry | None:
        """The record at its place: one indexed query."""
        row = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE file = ? AND offset = ?",
            (file, offset),
        ).fetchone()
        return CatalogEntry(*row) if row else None

    def rec_of(self, entry: CatalogEntry) -> int | None:
        """The catalog's row number of a record (what index rows refer to)."""
        row = self._db.execute(
            "SELECT rowid FROM records WHERE file = ? AND offset = ?", (entry.file, entry.offset)
        ).fetchone()
        return int(row[0]) if row else None

    def record_by_rec(self, rec: int) -> CatalogEntry | None:
        row = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE rowid = ?", (rec,)
        ).fetchone()
        return CatalogEntry(*row) if row else None

    def pages_after(self, rec: int, limit: int) -> list[tuple[int, CatalogEntry]]:
        """Archived pages (2xx responses and resources) after row ``rec``, in order."""
        cur = self._db.execute(
            f"SELECT rowid, {_RECORD_COLUMNS} FROM records WHERE rowid > ? AND record_type IN "
            "('response', 'resource') AND COALESCE(http_status, 200) < 300 "
            "ORDER BY rowid LIMIT ?",
            (rec, limit),
        )
        return [(int(r[0]), CatalogEntry(*r[1:])) for r in cur]

    def last_rec(self) -> int:
        row = self._db.execute("SELECT MAX(rowid) FROM records").fetchone()
        return int(row[0] or 0)

    def shared_ids(self, file: str) -> tuple[CatalogEntry, ...]:
        """Records of ``file`` whose WARC-Record-ID another record holds too."""
        cur = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records r WHERE r.file = ? AND EXISTS "
            "(SELECT 1 FROM records o WHERE o.record_id = r.record_id AND o.rowid != r.rowid) "
            "ORDER BY r.offset",
            (file,),
        )
        return tuple(CatalogEntry(*row) for row in cur)

    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for the index tables' rows (:mod:`.quoterows`)."""
        return self._db

    def companion(
        self, record_id: str, file: str | None = None, offset: int = 0
    ) -> CatalogEntry | None:
        """The record that vouches for how ``record_id`` was captured: the ``request``
        sent for a response, or the ``metadata`` record describing a seed copy. When
        records share an id, the one in the same file nearest ``offset`` is taken."""
        row = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE "
            "(concurrent_to = ? AND record_type = 'request') "
            "OR (refers_to = ? AND record_type = 'metadata') "
            "ORDER BY file = ? DESC, ABS(offset - ?), rowid LIMIT 1",
            (record_id, record_id, file, offset),
        ).fetchone()
        return CatalogEntry(*row) if row else None

    def records(
        self,
        *,
        url_key: str | None = None,
        types: tuple[str, ...] | None = None,
        capture_id: str | None = None,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> Iterator[CatalogEntry]:
        where: list[str] = []
        params: list[Any] = []
        if url_key is not None:
            where.append("url_key = ?")
            params.append(url_key)
        if types:
            where.append(f"record_type IN ({', '.join('?' * len(types))})")
            params.extend(types)
        if capture_id is not None:
            where.append("capture_id = ?")
            params.append(capture_id)
        sql = f"SELECT {_RECORD_COLUMNS} FROM records"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY rowid" + (" DESC" if newest_first else "")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        for row in self._db.execute(sql, params):
            yield CatalogEntry(*row)

    def latest_capture(self, url_key: str) -> CaptureRow | None:
        row = self._db.execute(
            "SELECT capture_id, requested_url, url_key, final_record_id, origin, http_status, "
            "created, note FROM captures WHERE url_key = ? ORDER BY rowid DESC LIMIT 1",
            (url_key,),
        ).fetchone()
        return CaptureRow(*row) if row else None

    def capture(self, capture_id: str) -> CaptureRow | None:
        row = self._db.execute(
            "SELECT capture_id, requested_url, url_key, final_record_id, origin, http_status, "
            "created, note FROM captures WHERE capture_id = ?",
            (capture_id,),
        ).fetchone()
        return CaptureRow(*row) if row else None

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0])
