"""Indexing other tools' WARC and ARC files into an archive, without rewriting them.

The file is copied in byte for byte; every sound record gets a catalog row
(digests in any style found in the wild are accepted and kept, labels
normalised), so `text`, `quotes`, `cite` and `verify` work on it as on our own
captures. A broken record (truncated or clipped gzip member, wrong length, a
digest that does not match, a bad ARC header, a file gzipped as one stream)
is reported with the file, offset and reason; the sound ones are indexed.
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
    source: str
    stored_as: str
    records: int
    already_indexed: int
    problems: tuple[ImportProblem, ...]


def _arc_date(value: str) -> str:
    digits = re.sub(r"\D", "", value)[:14].ljust(14, "0")
    return (
        f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}T{digits[8:10]}:{digits[10:12]}:{digits[12:14]}Z"
    )


def _entry(rec: StoredRecord, scanned: ScannedRecord, file: str) -> CatalogEntry:
    header = rec.header
    record_id = header("WARC-Record-ID")
    if not record_id:  # an ARC record has none: derive one from its bytes
        record_id = f"<urn:provenance:arc:{scanned.member_sha256 or ''}>"
    date = rec.date or header("WARC-Date") or ""
    if date and "T" not in date:
        date = _arc_date(date)
    target = rec.target_uri or header("WARC-Target-URI")
    content_type = header("Content-Type")
    status = None
    if rec.record_type in ("response", "revisit") and rec.block[:5].upper() == b"HTTP/":
        try:
            head = parse_http_head(rec.block)
            status, content_type = head.status, head.get("Content-Type")
        except RepresentationError:
            pass
    block_digest = header("WARC-Block-Digest")
    payload_digest = header("WARC-Payload-Digest")
    return CatalogEntry(
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
    name = _stored_name(source)
    problems: list[ImportProblem] = []

    def sound() -> Iterator[CatalogEntry]:
        for scanned in scan_warc(str(source)):
            if scanned.record is None:
                reason = scanned.error or "unreadable"
                problems.append(ImportProblem(source.name, scanned.offset, reason))
            else:
                yield _entry(scanned.record, scanned, name)

    added, existing = archive.add_existing(source, name, sound())
    return ImportReport(
        source=str(source),
        stored_as=name if added + existing else "",
        records=added,
        already_indexed=existing,
        problems=tuple(problems),
    )
