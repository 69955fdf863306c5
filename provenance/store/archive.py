"""An on-disk archive: WARC files plus an SQLite catalog, with atomic appends.

Layout of an archive directory::

    catalog.sqlite     the catalog (WAL mode)
    warcs/*.warc.gz    WARC/1.1 files, one gzip member per record
    .lock              taken (flock) by writers while appending

How an append stays atomic, even when the writer is killed:

1. take the lock; the catalog holds each WARC file's committed size;
2. cut the open WARC file back to its committed size (a killed writer may
   have left bytes past it), then write the new records after it and fsync;
3. in one SQLite transaction, add the records' rows and the new size.

A crash before step 3 commits leaves only uncommitted bytes past the
committed size, which nothing reads and the next writer removes. Readers
take no lock: they only follow committed rows.

A write that fails (a full disk, a file size limit, a read-only file system,
an I/O error) rolls the transaction back, cuts the file back to its committed
size and raises :class:`ArchiveWriteError`. If even that cut fails, the bytes
stay past the committed end and every later append refuses, naming the file,
until they can be removed (the cause is gone, or the file is cut back by hand).

``Archive(path, hook=...)`` calls ``hook(step)`` at each step of an append
(``APPEND_STEPS``); an exception it raises is handled like a failure at that
point. It is the seam the crash tests use to stop or fail a writer anywhere.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

import attrs

from .._version import __version__
from ..errors import (
    AmbiguousRecord,
    ArchiveCorrupt,
    ArchiveError,
    ArchiveNotFound,
    ProvenanceError,
    RecordNotFound,
)
from ..urls import url_key
from .catalog import CATALOG_NAME, CaptureRow, Catalog, CatalogEntry, FileRow
from .failures import APPEND_STEPS, AppendHook, cut_back, repair_tail, unwritable, write_error
from .records import RecordDraft, StoredRecord, warc_date
from .warc import encode_record, read_member

__all__ = ["APPEND_STEPS", "AppendHook", "Archive", "NewCapture", "PendingRecord", "RecordFacts"]

log = logging.getLogger(__name__)

WARC_DIR = "warcs"
LOCK_NAME = ".lock"
DEFAULT_MAX_FILE_SIZE = 1024 * 1024 * 1024


@attrs.frozen
class RecordFacts:
    """What the catalog keeps about a record beyond its WARC headers."""

    origin: str | None = None
    content_type: str | None = None
    http_status: int | None = None


@attrs.frozen
class PendingRecord:
    """A record to append, with its catalog facts."""

    draft: RecordDraft
    facts: RecordFacts = RecordFacts()


@attrs.frozen
class NewCapture:
    """A capture to register with the records appended for it."""

    requested_url: str
    final_record_id: str
    origin: str
    http_status: int | None = None
    note: str | None = None
    capture_id: str = attrs.field(factory=lambda: f"cap-{uuid.uuid4().hex}")


class Archive:
    """A directory of WARC files with a catalog.

    ``Archive(path)`` opens (and by default creates) the archive at ``path``.
    ``durable=True`` fsyncs each append before committing it, so a power
    loss cannot leave the catalog pointing at bytes that are not on disk.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        create: bool = True,
        durable: bool = True,
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
        readonly: bool = False,
        hook: AppendHook | None = None,
    ) -> None:
        self.path = Path(path)
        self.durable = durable
        self.hook = hook
        self.readonly = readonly
        self._schema_ready = False
        if readonly:
            create = False
        self.max_file_size = max_file_size
        if not (self.path / CATALOG_NAME).is_file():
            if not create:
                raise ArchiveNotFound(f"no archive at {self.path}", path=str(self.path))
            try:
                (self.path / WARC_DIR).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ArchiveError(
                    f"cannot create an archive at {self.path}: {exc}", path=str(self.path)
                ) from exc
            with self._catalog():
                pass
        elif not readonly:
            with self._catalog():  # a catalog of an earlier release is upgraded now
                pass

    def __repr__(self) -> str:
        return f"Archive({str(self.path)!r})"

    @property
    def warc_dir(self) -> Path:
        return self.path / WARC_DIR

    # -- paths, catalog, lock -------------------------------------------------

    def warc_path(self, name: str) -> Path:
        """The path of WARC file ``name``; refuses names that leave the archive."""
        if not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
            raise ArchiveCorrupt(
                f"refusing WARC file name {name!r}: not a plain file name",
                path=str(self.path),
                file=name,
            )
        return self.warc_dir / name

    def _catalog(self) -> Catalog:
        try:
            catalog = Catalog(
                self.path / CATALOG_NAME,
                durable=self.durable,
                readonly=self.readonly,
                setup=not self._schema_ready,
                lock=self._locked,
            )
        except ArchiveCorrupt as exc:
            # SQLite says "unable to open database file" where the OS would say why.
            why = unwritable(self.path, self.path / CATALOG_NAME)
            if self.readonly or not isinstance(exc.__cause__, sqlite3.Error) or why is None:
                raise
            raise write_error(self.path, why, self.path / CATALOG_NAME, "cannot write") from exc
        self._schema_ready = True
        return catalog

    def catalog(self) -> Catalog:
        """A connection to the catalog, its schema ready (use it in a ``with``)."""
        return self._catalog()

    @contextmanager
    def _locked(self) -> Iterator[None]:
        lock_path = self.path / LOCK_NAME
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise write_error(self.path, exc, lock_path, "cannot lock") from exc
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError as exc:
                raise write_error(self.path, exc, lock_path, "cannot lock") from exc
            yield
        finally:
            os.close(fd)

    def _step(self, name: str) -> None:
        if self.hook is not None:
            self.hook(name)

    # -- writing ---------------------------------------------------------------

    def append(
        self, records: Iterable[PendingRecord], *, capture: NewCapture | None = None
    ) -> tuple[CatalogEntry, ...]:
        """Append ``records`` (and register ``capture``) atomically.

        Either every record is written and catalogued, or none is: on any
        error the transaction is rolled back and the WARC file cut back to its
        committed size. An operating system error (a full disk, a size limit,
        a read-only file system) is raised as :class:`ArchiveWriteError`.
        """
        if self.readonly:
            raise ArchiveError(f"{self.path} was opened read-only", path=str(self.path))
        with self._locked(), self._catalog() as catalog:
            try:
                self._step("locked")
                current = self._writable_file(catalog)
            except (OSError, sqlite3.Error) as exc:
                if isinstance(exc, ProvenanceError):
                    raise
                failed = self.warc_dir if isinstance(exc, OSError) else self.path / CATALOG_NAME
                error = write_error(self.path, exc, failed, "cannot append to")
                error.args = (error.args[0] + "; the archive is as it was",)
                raise error from exc
            path = self.warc_path(current.name)
            start = current.size
            entries: list[CatalogEntry] = []
            try:
                with open(path, "r+b" if path.exists() else "w+b") as fh:
                    fh.seek(start)
                    fh.truncate()
                    self._step("before-write")
                    if start == 0:
                        info = self._warcinfo(current.name)
                        entries.append(self._write(fh, current.name, PendingRecord(info), None))
                    capture_id = capture.capture_id if capture is not None else None
                    for pending in records:
                        entries.append(self._write(fh, current.name, pending, capture_id))
                    fh.flush()
                    self._step("written")
                    if self.durable:
                        os.fsync(fh.fileno())
                    self._step("synced")
                    end = fh.tell()
                catalog.begin()
                catalog.add_records(entries)
                self._step("in-transaction")
                catalog.set_file_size(current.name, end)
                if end >= self.max_file_size:
                    catalog.close_file(current.name)
                if capture is not None:
                    catalog.add_capture(
                        CaptureRow(
                            capture_id=capture.capture_id,
                            requested_url=capture.requested_url,
                            url_key=url_key(capture.requested_url),
                            final_record_id=capture.final_record_id,
                            origin=capture.origin,
                            http_status=capture.http_status,
                            created=warc_date(datetime.now(timezone.utc)),
                            note=capture.note,
                        )
                    )
                self._step("before-commit")
                catalog.commit()
            except BaseException as exc:
                left = self._abandon(catalog, path)
                if isinstance(exc, OSError | sqlite3.Error) and not isinstance(
                    exc, ProvenanceError
                ):
                    failed = path if isinstance(exc, OSError) else self.path / CATALOG_NAME
                    error = write_error(self.path, exc, failed, "cannot append to")
                    error.args = (error.args[0] + (left or "; the archive is as it was"),)
                    raise error from exc
                raise
            # Outside the try: once committed, nothing may cut the file back.
            self._step("committed")
        return tuple(entries[1:] if start == 0 else entries)

    def add_existing(
        self, source: Path, name: str, entries: Iterable[CatalogEntry]
    ) -> tuple[int, int]:
        """Copy an existing WARC file in unchanged (as ``name``) and catalog its records.

        Returns (records added, records already catalogued). The copy is made
        under a temporary name and renamed, so a failed import leaves nothing.
        """
        if self.readonly:
            raise ArchiveError(f"{self.path} was opened read-only", path=str(self.path))
        target = self.warc_path(name)
        with self._locked(), self._catalog() as catalog:
            created = not target.exists()
            if created:
                partial = target.with_name("." + name + ".partial")
                try:
                    shutil.copyfile(source, partial)
                    if self.durable:
                        with open(partial, "rb") as fh:
                            os.fsync(fh.fileno())
                    os.replace(partial, target)
                except OSError as exc:
                    partial.unlink(missing_ok=True)
                    raise write_error(self.path, exc, target, f"cannot copy {source} to") from exc
            before = catalog.count()
            seen = 0
            catalog.begin()
            try:
                catalog.add_file(
                    name,
                    warc_date(datetime.now(timezone.utc)),
                    size=target.stat().st_size,
                    closed=True,
                )
                batch: list[CatalogEntry] = []
                for row in entries:  # streamed: memory does not grow with the file
                    batch.append(row)
                    seen += 1
                    if len(batch) >= 1000:
                        catalog.add_records(batch)
                        batch = []
                catalog.add_records(batch)
                if seen == 0:  # nothing sound in the file: keep nothing of it
                    catalog.rollback()
                    if created:
                        target.unlink()
                    return 0, 0
                catalog.commit()
            except BaseException as exc:
                catalog.rollback()
                if created:
                    target.unlink(missing_ok=True)
                if isinstance(exc, OSError | sqlite3.Error) and not isinstance(
                    exc, ProvenanceError
                ):
                    raise write_error(self.path, exc, target, "cannot import into") from exc
                raise
            added = catalog.count() - before
        return added, seen - added

    def original_of(self, entry: CatalogEntry) -> CatalogEntry:
        """For a ``revisit`` record, the record holding its payload; else ``entry``."""
        if entry.record_type != "revisit":
            return entry
        with self._catalog() as catalog:
            found = catalog.original_of(entry)
        if found is None:
            raise RecordNotFound(
                f"revisit {entry.record_id} refers to a record that is not in {self.path}",
                path=str(self.path),
                key=entry.record_id,
            )
        return found

    def _abandon(self, catalog: Catalog, path: Path) -> str | None:
        """After a failed append: roll back, then cut ``path`` back to its committed size.

        The size comes from the catalog after the rollback, so a failure that
        struck after the commit can never cut committed bytes. What went wrong
        on the way is returned, to be added to the error.
        """
        try:
            catalog.rollback()
            committed = next((f.size for f in catalog.files() if f.name == path.name), None)
        except sqlite3.Error as exc:  # the next append cuts the file back
            log.error("could not roll back the catalog of %s: %s", self.path, exc)
            return f"; the catalog could not be rolled back ({exc})"
        if committed is None:
            return None
        return cut_back(path, committed, lambda: self._step("cut-back"))

    def _writable_file(self, catalog: Catalog) -> FileRow:
        current = catalog.open_file()
        if current is not None:
            self._repair_tail(current)
            if current.size < self.max_file_size:
                return current
            catalog.begin()
            catalog.close_file(current.name)
            catalog.commit()
        now = datetime.now(timezone.utc)
        name = f"provenance-{now.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:12]}.warc.gz"
        catalog.begin()
        catalog.add_file(name, warc_date(now))
        catalog.commit()
        return FileRow(name=name, size=0, created=warc_date(now), closed=False)

    def _repair_tail(self, row: FileRow) -> None:
        repair_tail(self.path, self.warc_path(row.name), row.size, durable=self.durable)

    def recover(self) -> None:
        """Cut off bytes an interrupted writer left past the committed end."""
        with self._locked(), self._catalog() as catalog:
            current = catalog.open_file()
            if current is not None:
                self._repair_tail(current)

    def _warcinfo(self, filename: str) -> RecordDraft:
        fields = (
            f"software: provenance/{__version__}\r\n"
            "format: WARC File Format 1.1\r\n"
            "conformsTo: https://iipc.github.io/warc-specifications/specifications/"
            "warc-format/warc-1.1/\r\n"
            "description: captures made by provenance for citation and verification\r\n"
        ).encode()
        return RecordDraft(
            record_type="warcinfo",
            target_uri=None,
            date=datetime.now(timezone.utc),
            content_type="application/warc-fields",
            block=fields,
            payload_start=None,
            extra_headers=(("WARC-Filename", filename),),
        )

    def _write(
        self, fh: BinaryIO, file: str, pending: PendingRecord, capture_id: str | None
    ) -> CatalogEntry:
        encoded = encode_record(pending.draft)
        offset = fh.tell()
        if self.hook is None:
            fh.write(encoded.member)
        else:  # a torn member on disk, for a hook to stop or fail the writer at
            half = len(encoded.member) // 2
            fh.write(encoded.member[:half])
            fh.flush()
            self._step("mid-write")
            fh.write(encoded.member[half:])
        concurrent = refers = None
        for name, value in pending.draft.extra_headers:
            if name.lower() == "warc-concurrent-to":
                concurrent = value
            elif name.lower() == "warc-refers-to":
                refers = value
        target = encoded.target_uri
        return CatalogEntry(
            record_id=encoded.record_id,
            record_type=encoded.record_type,
            target_uri=target,
            url_key=url_key(target) if target else None,
            warc_date=encoded.date,
            file=file,
            offset=offset,
            length=len(encoded.member),
            block_digest=encoded.block_digest,
            payload_digest=encoded.payload_digest,
            record_sha256=encoded.member_sha256,
            origin=pending.facts.origin,
            content_type=pending.facts.content_type,
            http_status=pending.facts.http_status,
            capture_id=capture_id,
            concurrent_to=concurrent,
            refers_to=refers,
        )

    # -- reading ---------------------------------------------------------------

    def entry(self, record_id: str, catalog: Catalog | None = None) -> CatalogEntry:
        """The catalog row of record ``record_id`` (with or without ``<urn:uuid:...>``),
        or of the record at ``FILE:OFFSET``, or with ``sha256:HEX`` (its stored bytes);
        looked up on ``catalog``, an open connection, when given.

        Raises :class:`AmbiguousRecord`, naming each place, when several records
        share the id; give ``FILE:OFFSET`` to choose.
        """
        if catalog is None:
            with self._catalog() as own:
                return self.entry(record_id, own)
        found = self._lookup(catalog, record_id)
        if not found:
            raise RecordNotFound(
                f"no record {record_id} in {self.path}", path=str(self.path), key=record_id
            )
        if len(found) > 1:
            places = tuple(f"{e.file}:{e.offset}" for e in found)
            raise AmbiguousRecord(
                f"{len(found)} records answer {record_id} in {self.path} (files reuse "
                f"WARC-Record-IDs); name one by place: {', '.join(places)}",
                path=str(self.path),
                key=record_id,
                places=places,
            )
        return found[0]

    @staticmethod
    def _lookup(catalog: Catalog, key: str) -> tuple[CatalogEntry, ...]:
        key = key.strip()
        file, sep, offset = key.rpartition(":")
        if sep and offset.isdigit() and file and not file.startswith(("<", "urn:")):
            at = catalog.record_at(file, int(offset))
            return (at,) if at is not None else ()
        digest = key[len("sha256:") :] if key.lower().startswith("sha256:") else key
        if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest.lower()):
            return catalog.records_with_sha256(digest.lower())
        return catalog.records_with_id(_normal_record_id(key))

    def rec_of(self, entry: CatalogEntry) -> int:
        """The catalog's row number of a record, which index rows refer to."""
        with self._catalog() as catalog:
            rec = catalog.rec_of(entry)
        if rec is None:
            raise RecordNotFound(
                f"no record at {entry.file}:{entry.offset} in {self.path}",
                path=str(self.path),
                key=f"{entry.file}:{entry.offset}",
            )
        return rec

    def companion(self, entry: CatalogEntry, catalog: Catalog | None = None) -> CatalogEntry | None:
        """The ``request`` record of a response, or the ``metadata`` record of a seed copy
        (looked up on ``catalog``, an open connection, when given)."""
        if catalog is None:
            with self._catalog() as own:
                return self.companion(entry, own)
        found = catalog.companion(entry.record_id, entry.file, entry.offset)
        if found is None and entry.capture_id and entry.record_type == "resource":
            # Archives written before WARC-Refers-To was catalogued: the seed
            # copy's metadata record is the one written in the same capture.
            found = next(
                catalog.records(capture_id=entry.capture_id, types=("metadata",), limit=1),
                None,
            )
        return found

    def find(self, key: str) -> CatalogEntry:
        """The record a user means by ``key``: a record id, or a URL.

        For a URL: the final response (or seed resource) of its latest
        capture, else the latest response or resource with that target URI.
        A record id may also be a place, ``FILE:OFFSET``, or ``sha256:HEX``.
        """
        if not key.lower().startswith(("http://", "https://")):
            return self.entry(key)
        ukey = url_key(key)
        with self._catalog() as catalog:
            cap = catalog.latest_capture(ukey)
            found = catalog.record(cap.final_record_id) if cap else None
            if found is None:
                found = next(
                    catalog.records(
                        url_key=ukey, types=("response", "resource"), newest_first=True, limit=1
                    ),
                    None,
                )
        if found is None:
            raise RecordNotFound(
                f"no capture of {key} in {self.path}", path=str(self.path), key=key
            )
        return found

    def entries(
        self, *, url: str | None = None, types: tuple[str, ...] | None = None
    ) -> tuple[CatalogEntry, ...]:
        """Catalog rows in the order they were written, optionally filtered."""
        with self._catalog() as catalog:
            return tuple(catalog.records(url_key=url_key(url) if url else None, types=types))

    def latest_capture(self, url: str) -> CaptureRow | None:
        """The newest capture requested for ``url``, if any."""
        with self._catalog() as catalog:
            return catalog.latest_capture(url_key(url))

    def capture(self, capture_id: str) -> CaptureRow | None:
        with self._catalog() as catalog:
            return catalog.capture(capture_id)

    def files(self) -> tuple[FileRow, ...]:
        with self._catalog() as catalog:
            return catalog.files()

    def __len__(self) -> int:
        with self._catalog() as catalog:
            return catalog.count()

    def read_bytes(self, entry: CatalogEntry) -> bytes:
        """The record's gzip member exactly as stored, checked against the catalog."""
        path = self.warc_path(entry.file)
        try:
            with open(path, "rb") as fh:
                fh.seek(entry.offset)
                data = fh.read(entry.length)
        except OSError as exc:
            raise ArchiveCorrupt(
                f"cannot read {path}: {exc}", path=str(self.path), file=entry.file
            ) from exc
        if len(data) != entry.length or hashlib.sha256(data).hexdigest() != entry.record_sha256:
            raise ArchiveCorrupt(
                f"record {entry.record_id} at offset {entry.offset} of {entry.file} "
                "does not match the catalog (changed or truncated)",
                path=str(self.path),
                file=entry.file,
                offset=entry.offset,
            )
        return data

    def read(self, entry: CatalogEntry | str) -> StoredRecord:
        """Read a record (by catalog row or id) with one seek."""
        row = self.entry(entry) if isinstance(entry, str) else entry
        data = self.read_bytes(row)
        return read_member(data, path=str(self.warc_path(row.file)), offset=row.offset)


def _normal_record_id(record_id: str) -> str:
    rid = record_id.strip()
    if not rid.startswith("<"):
        rid = rid if rid.startswith("urn:") else f"urn:uuid:{rid}"
        rid = f"<{rid}>"
    return rid
