"""Scanning WARC and ARC files written by any tool, record by record, sound or broken.

Each record is checked on its own bytes: a complete gzip member, a
Content-Length that matches, a block digest that holds, a valid ARC header.
After a broken stretch the scan resumes at the next gzip member or WARC
header, so the sound records after it are still found. Gzipped WARC files
are read member by member with zlib directly (one decompression per record,
exact member boundaries); ARC files and uncompressed WARC files go through
warcio.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Generator, Iterator
from typing import Any, BinaryIO

import attrs
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .digests import check_digest
from .records import StoredRecord
from .warc import _stored

__all__ = ["ScannedRecord", "is_member_warc", "next_member", "open_source", "scan_warc"]

_READ = 1 << 20
_HEAD_END = re.compile(rb"\r*\n\r*\n")
_ONE_STREAM = "file is gzipped as one stream, not one member per record"
_WRONG_END = "record does not end where its Content-Length says (wrong length or truncated)"


@attrs.frozen
class ScannedRecord:
    """A record found while scanning a file: sound (``record``) or not (``error``)."""

    offset: int
    length: int
    record: StoredRecord | None
    error: str | None
    member_sha256: str | None = None


def _parse_warc(raw: bytes) -> tuple[StoredRecord | None, str | None, int]:
    """(record, problem, end of the record in ``raw``) for an uncompressed WARC record."""
    head = _HEAD_END.search(raw)
    if head is None:
        return None, "WARC header block never ends", len(raw)
    lines = raw[: head.start()].decode("utf-8", errors="replace").replace("\r", "").split("\n")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, value + " " + line.strip())
            continue
        name, sep, value = line.partition(":")
        if sep:
            headers.append((name.strip(), value.strip()))
    values = {k.lower(): v for k, v in reversed(headers)}
    length = values.get("content-length", "")
    if not length.isdigit():
        return None, "record has no valid Content-Length", len(raw)
    end = head.end() + int(length)
    if len(raw) < end:
        return (
            None,
            f"record is shorter than its Content-Length ({len(raw) - head.end()} < {length})",
            len(raw),
        )
    block = raw[head.end() : end]
    digest = values.get("warc-block-digest")
    if digest and check_digest(digest, block) is False:
        return None, f"block digest does not match ({digest})", end
    record = StoredRecord(
        record_id=values.get("warc-record-id", ""),
        record_type=values.get("warc-type", ""),
        target_uri=values.get("warc-target-uri"),
        date=values.get("warc-date", ""),
        headers=tuple(headers),
        block=block,
        offset=0,
        length=0,
    )
    return record, None, end


def open_source(path: str) -> BinaryIO:
    """A local file, or (with fsspec installed) any URL fsspec opens: s3://, gs://, https://."""
    if "://" in path and not path.startswith("file://"):
        import fsspec  # the optional [dask] extra brings it

        opened: BinaryIO = fsspec.open(path, "rb").open()
        return opened
    return open(path.removeprefix("file://"), "rb")


def is_member_warc(path: str) -> bool:
    """True for a WARC file with one gzip member per record (it can be split at members)."""
    with open_source(path) as fh:
        return fh.read(2) == b"\x1f\x8b" and _first_member_is_warc(fh)


def next_member(path: str, start: int) -> int | None:
    """The offset of the first gzip member holding a WARC record at or after ``start``."""
    with open_source(path) as fh:
        fh.seek(0, 2)
        size = fh.tell()
        pos = start
        while True:
            found = _resync(fh, pos, True, size)
            if found is None:
                return None
            fh.seek(found)
            dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
            try:
                if dec.decompress(fh.read(4096), 16).startswith(b"WARC/"):
                    return found
            except zlib.error:
                pass
            pos = found + 1


def scan_warc(path: str, start: int = 0, end: int | None = None) -> Iterator[ScannedRecord]:
    """Every record of a WARC/ARC file (plain or gzip), sound or broken, in file order.

    ``start``/``end`` (gzip WARC files only) scan just the records that begin
    in that byte range; ``start`` must be the start of a member.
    """
    with open_source(path) as fh:
        magic = fh.read(2)
        fh.seek(0, 2)
        size = fh.tell()
        if magic == b"\x1f\x8b" and _first_member_is_warc(fh):
            yield from _scan_gzip_warc(fh, size, start, size if end is None else end)
            return
        gz = magic == b"\x1f\x8b"
        pos: int | None = 0
        while pos is not None and pos < size:
            pos = yield from _scan_with_warcio(fh, pos, gz, size)


def _first_member_is_warc(fh: BinaryIO) -> bool:
    fh.seek(0)
    dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        head = dec.decompress(fh.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _scan_gzip_warc(fh: BinaryIO, size: int, start: int, stop: int) -> Iterator[ScannedRecord]:
    """Member by member: one zlib pass per record, exact member boundaries."""
    pos = start
    fh.seek(start)
    pending = b""
    while pos < min(size, stop):
        dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        parts: list[bytes] = []
        fed: list[bytes] = []
        data = pending or fh.read(_READ)
        pending = b""
        problem = None
        while True:
            if not data:
                problem = "gzip member is truncated (clipped)"
                break
            fed.append(data)
            try:
                parts.append(dec.decompress(data))
            except zlib.error as exc:
                problem = f"corrupt gzip member ({exc})"
                break
            if dec.eof:
                pending = dec.unused_data
                break
            data = fh.read(_READ)
        consumed = sum(len(f) for f in fed) - len(pending)
        if problem is not None:
            nxt = _resync(fh, pos + 1, True, size)
            yield ScannedRecord(pos, (nxt or size) - pos, None, problem)
            if nxt is None:
                return
            pos, pending = nxt, b""
            fh.seek(pos)
            continue
        member = b"".join(fed)[:consumed]
        raw = b"".join(parts)
        record, problem, end = (
            _parse_warc(raw)
            if raw.startswith(b"WARC/")
            else (
                None,
                "gzip member does not hold a WARC record",
                len(raw),
            )
        )
        if problem is None and raw[end:].lstrip(b"\r\n").startswith(b"WARC/"):
            yield ScannedRecord(pos, size - pos, None, _ONE_STREAM)
            return
        if problem is None and raw[end:].strip(b"\r\n\x00"):
            problem = (
                "record does not end where its Content-Length says (wrong length or truncated)"
            )
        digest = hashlib.sha256(member).hexdigest()
        if record is None or problem is not None:
            yield ScannedRecord(pos, consumed, None, problem, digest)
        else:
            stored = attrs.evolve(record, offset=pos, length=consumed)
            yield ScannedRecord(pos, consumed, stored, None, digest)
        pos += consumed
        if not pending:
            fh.seek(pos)


def _check_member(member: bytes, gz: bool, after: bytes) -> str | None:
    """Why one record's bytes (read by warcio) are not sound, or None."""
    raw = member
    if gz:
        dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            raw = dec.decompress(member)
        except zlib.error as exc:
            return f"corrupt gzip member ({exc})"
        if not dec.eof:
            return "gzip member is truncated (clipped)"
    newline = raw.find(b"\n")
    first = raw[:newline].strip()
    if not first.startswith(b"WARC/"):
        fields = first.split()
        if not fields or not fields[-1].isdigit():
            return f"ARC header line has no valid length: {first[:80].decode('latin-1')!r}"
        if len(raw) + len(after) - newline - 1 < int(fields[-1]):
            return "ARC record is shorter than its length field"
        return None
    _, problem, _ = _parse_warc(raw + after)
    return problem


def _scan_with_warcio(
    fh: BinaryIO, pos: int, gz: bool, size: int
) -> Generator[ScannedRecord, None, int | None]:
    """Scan from ``pos`` with warcio; return where to resume after a broken stretch."""
    fh.seek(pos)
    iterator: Any = ArchiveIterator(fh, no_record_parse=True, ensure_http_headers=False)
    last_end = pos
    try:
        for rec in iterator:
            stored = _stored(rec, 0, 0)
            iterator.read_to_end(rec)
            offset = int(iterator.get_record_offset())  # absolute: warcio starts at tell()
            length = int(iterator.get_record_length())
            last_end = offset + length
            here = fh.tell()
            fh.seek(offset)
            member = fh.read(length)
            after = b"" if gz else fh.read(4)
            fh.seek(here)
            problem = _check_member(member, gz, after)
            if problem is not None and gz:
                nxt = _resync(fh, offset + 1, gz, size)
                if nxt is not None and nxt < offset + length:
                    yield ScannedRecord(offset, nxt - offset, None, problem)
                    return nxt
            digest = hashlib.sha256(member).hexdigest()
            if problem is not None:
                yield ScannedRecord(offset, length, None, problem, digest)
            else:
                found = attrs.evolve(stored, offset=offset, length=length)
                yield ScannedRecord(offset, length, found, None, digest)
        return None
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        message = " ".join(str(exc).split())
        if "non-chunked gzip" in message or last_end < pos:
            yield ScannedRecord(pos, size - pos, None, _ONE_STREAM)
            return None
        nxt = _resync(fh, max(last_end, pos) + 1, gz, size)
        yield ScannedRecord(last_end, max(0, (nxt or size) - last_end), None, message)
        return nxt


def _resync(fh: BinaryIO, start: int, gz: bool, size: int) -> int | None:
    """The offset of the next plausible record start at or after ``start``."""
    marker = b"\x1f\x8b\x08" if gz else b"WARC/1."
    pos = start
    while pos < size:
        fh.seek(pos)
        chunk = fh.read(_READ + len(marker))
        found = chunk.find(marker)
        if found >= 0:
            return pos + found
        pos += _READ
    return None
