"""Indexing other tools' WARC and ARC files into an archive, without rewriting them.

The file is copied in byte for byte; every sound record gets a catalog row
(digests in any style found in the wild are accepted and kept, labels
normalised), so `text`, `quotes`, `cite` and `verify` work on it as on our own
captures. A broken record (truncated or clipped gzip member, wrong length, a
digest that does not match, a bad ARC header, a file gzipped as one stream)
is reported with the file, offset and reason; the sound ones are indexed.
A sound record whose HTTP head does not parse (so its status and content
type cannot be catalogued) is indexed and reported as a note.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import attrs

from ..errors import ArchiveError
from ..urls import url_key
from .archive import Archive
from .catalog import CatalogEntry
from .digests import normalise_digest
from .records import StoredRecord
from .representation import RepresentationError, parse_http_head
from .warcscan import ScannedRecord, scan_warc

__all__ = ["ImportProblem", "ImportReport", "import_warc"]

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@attrs.frozen
class ImportProblem:
    file: str
    offset: int
    message: str
    record_id: str | None = None


@attrs.frozen
class ImportReport:
    """What one import did. ``problems`` are records that could not be indexed;
    ``notes`` are records indexed without some catalog facts (an HTTP head
    that does not parse leaves the status and content type unknown)."""

    source: str
    stored_as: str
    records: int
    already_indexed: int
    problems: tuple[ImportProblem, ...]
    notes: tuple[ImportProblem, ...] = ()
    #: Records indexed although another record has their WARC-Record-ID (wget
    #: reuses ids; two files may share them): each is found by its place.
    shared_ids: tuple[ImportProblem, ...] = ()


def _arc_date(value: str) -> str:
    digits = re.sub(r"\D", "", value)[:14].ljust(14, "0")
    return (
        f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}T{digits[8:10]}:{digits[10:12]}:{digits[12:14]}Z"
    )


def _http_facts(rec: StoredRecord, target: str | None) -> tuple[int | None, str | None, str | None]:
    """(status, content type, why not) from the HTTP head of a response or revisit."""
    if rec.record_type not in ("response", "revisit"):
        return None, None, None
    http = (target or "").lower().startswith(("http://", "https://"))
    declared = (rec.header("Content-Type") or "").lower().startswith("application/http")
    if not (http or declared) or (rec.record_type == "revisit" and not rec.block):
        return None, None, None  # not an HTTP exchange (dns:, ...), or a bare revisit
    if rec.block[:5].upper() != b"HTTP/":
        return None, None, "the block does not start with an HTTP status line"
    try:
        head = parse_http_head(rec.block)
    except RepresentationError as exc:
        return None, None, str(exc)
    if head.status is None:
        return None, head.get("Content-Type"), f"no status code in {head.start_line[:60]!r}"
    return head.status, head.get("Content-Type"), None


def _entry(rec: StoredRecord, scanned: ScannedRecord, file: str) -> tuple[CatalogEntry, str | None]:
    header = rec.header
    record_id = header("WARC-Record-ID")
    if not record_id:  # an ARC record has none: derive one from its bytes
        record_id = f"<urn:provenance:arc:{scanned.member_sha256 or ''}>"
    date = rec.date or header("WARC-Date") or ""
    if date and "T" not in date:
        date = _arc_date(date)
    target = rec.target_uri or header("WARC-Target-URI")
    content_type = header("Content-Type")
    status, http_type, unparsed = _http_facts(rec, target)
    note = None
    if status is not None or unparsed is not None:
        content_type = http_type  # the page's type, not the WARC record's
    if unparsed is not None:
        unknown = "status" if content_type else "status and content type"
        note = f"HTTP head does not parse ({unparsed}): {unknown} not catalogued"
    block_digest = header("WARC-Block-Digest")
    payload_digest = header("WARC-Payload-Digest")
    entry = CatalogEntry(
        record_id=record_id,
        record_type=rec.record_type,
        target_uri=target,
        url_key=url_key(target) if target else None,
        warc_date=date,
        file=file,
        offset=scanned.offset,
        length=scanned.length,
        block_digest=normalise_digest(block_digest) if block_digest else None,
        payload_digest=normalise_digest(payload_digest) if payload_digest else None,
        record_sha256=scanned.member_sha256 or "",
        origin="imported",
        content_type=content_type,
        http_status=status,
        capture_id=None,
        concurrent_to=header("WARC-Concurrent-To"),
        refers_to=header("WARC-Refers-To"),
    )
    return entry, note


def _stored_name(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return f"import-{digest.hexdigest()[:12]}-{_SAFE.sub('_', path.name)}"


def import_warc(archive: Archive, path: str | Path) -> ImportReport:
    """Index the records of the WARC/ARC file ``path`` into ``archive``."""
    source = Path(path)
    if not source.is_file():
        raise ArchiveError(f"no WARC file at {source}", path=str(source))
    try:
        name = _stored_name(source)
    except OSError as exc:
        raise ArchiveError(
            f"cannot read {source}: {exc.strerror or exc}", path=str(source)
        ) from exc
    problems: list[ImportProblem] = []
    notes: list[ImportProblem] = []

    def sound() -> Iterator[CatalogEntry]:
        for scanned in scan_warc(str(source)):
            if scanned.record is None:
                reason = scanned.error or "unreadable"
                problems.append(ImportProblem(source.name, scanned.offset, reason))
            else:
                entry, note = _entry(scanned.record, scanned, name)
                if note is not None:
                    notes.append(ImportProblem(source.name, entry.offset, note, entry.record_id))
                yield entry

    added, existing = archive.add_existing(source, name, sound())
    shared: list[ImportProblem] = []
    if added + existing:
        with archive.catalog() as catalog:
            for entry in catalog.shared_ids(name):
                others = [
                    f"{o.file}:{o.offset}"
                    for o in catalog.records_with_id(entry.record_id)
                    if (o.file, o.offset) != (entry.file, entry.offset)
                ]
                shared.append(
                    ImportProblem(
                        source.name,
                        entry.offset,
                        f"WARC-Record-ID also held by the record at {', '.join(others)}; "
                        f"both are indexed (name this one as {name}:{entry.offset})",
                        entry.record_id,
                    )
                )
    return ImportReport(
        source=str(source),
        stored_as=name if added + existing else "",
        records=added,
        already_indexed=existing,
        problems=tuple(problems),
        notes=tuple(notes),
        shared_ids=tuple(shared),
    )
