"""The SQLite catalog of an archive: a row per WARC record, a row per WARC file.

The catalog is what makes lookups cheap: a record is found by id or URL with
one indexed query, then read with one seek into its WARC file. It also holds
each WARC file's *committed* size, which is what makes appends atomic: bytes
past that size were never committed and are cut off by the next writer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from ..errors import ArchiveCorrupt

__all__ = ["CATALOG_NAME", "CaptureRow", "Catalog", "CatalogEntry", "FileRow"]

CATALOG_NAME = "catalog.sqlite"

SCHEMA_VERSION = 1

_SCHEMA = """
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
CREATE TABLE IF NOT EXISTS records (
    record_id TEXT PRIMARY KEY,
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
    refers_to TEXT
);
CREATE INDEX IF NOT EXISTS records_url ON records(url_key);
CREATE INDEX IF NOT EXISTS records_file ON records(file, offset);
CREATE INDEX IF NOT EXISTS records_concurrent ON records(concurrent_to);
CREATE INDEX IF NOT EXISTS records_refers ON records(refers_to);
CREATE INDEX IF NOT EXISTS records_payload ON records(payload_digest);
"""

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


class Catalog:
    """A connection to ``catalog.sqlite``; cheap to open, one per operation."""

    def __init__(
        self, path: Path, *, durable: bool = True, readonly: bool = False, setup: bool = True
    ) -> None:
        """Open the catalog; ``setup`` creates or migrates the schema (once per archive)."""
        self.path = path
        if readonly:
            self._db = self._open_readonly(path)
            return
        try:
            self._db = sqlite3.connect(str(path), timeout=60.0, isolation_level=None)
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self._db.execute("PRAGMA busy_timeout=60000")
            if setup:
                self._setup()
        except sqlite3.DatabaseError as exc:
            raise ArchiveCorrupt(
                f"the catalog {path} cannot be opened: {exc}", path=str(path)
            ) from exc

    def _setup(self) -> None:
        self._db.execute("PRAGMA journal_mode=WAL")  # kept in the file from then on
        self._db.executescript(
            _SCHEMA.replace(
                "CREATE INDEX IF NOT EXISTS records_payload ON records(payload_digest);", ""
            )
        )
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(records)")}
        if "refers_to" not in columns:  # a catalog from before schema 1.1
            self._db.execute("ALTER TABLE records ADD COLUMN refers_to TEXT")
        self._db.execute("CREATE INDEX IF NOT EXISTS records_payload ON records(payload_digest)")
        self._db.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
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

    def begin(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def add_file(self, name: str, created: str, *, size: int = 0, closed: bool = False) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO files(name, size, created, closed) VALUES (?, ?, ?, ?)",
            (name, size, created, int(closed)),
        )

    def original_of(self, entry: CatalogEntry) -> CatalogEntry | None:
        """The record a revisit refers to: by record id, else by payload digest and URL."""
        if entry.refers_to:
            found = self.record(entry.refers_to)
            if found is not None:
                return found
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
        row = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE record_id = ?", (record_id,)
        ).fetchone()
        return CatalogEntry(*row) if row else None

    def companion(self, record_id: str) -> CatalogEntry | None:
        """The record that vouches for how ``record_id`` was captured: the ``request``
        sent for a response, or the ``metadata`` record describing a seed copy."""
        row = self._db.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE "
            "(concurrent_to = ? AND record_type = 'request') "
            "OR (refers_to = ? AND record_type = 'metadata') ORDER BY rowid LIMIT 1",
            (record_id, record_id),
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
