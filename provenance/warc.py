"""WARC 1.1 records: building them and reading them back (the only module using warcio).

Records are written one gzip member each. Digests are computed here, not by
warcio: ``sha256:`` lowercase hex, the payload digest over the entity body
after transfer decoding (WARC 1.1 section 6.3), which warcio's writer gets
wrong for chunked messages. The HTTP head is written exactly as given: warcio
would otherwise re-serialise it (and percent-encode non-ASCII values).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import uuid
import zlib
from collections.abc import Generator, Iterator
from datetime import datetime, timezone
from typing import Any, BinaryIO

import attrs
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .errors import ArchiveCorrupt, InvalidRecord
from .headers import first_header

__all__ = [
    "EncodedRecord",
    "RecordDraft",
    "ScannedRecord",
    "StoredRecord",
    "check_digest",
    "encode_record",
    "iter_warc",
    "new_record_id",
    "normalise_digest",
    "read_member",
    "scan_warc",
    "sha256_label",
    "warc_date",
]

WARC_VERSION = "WARC/1.1"
# Payload digests only where the block is an HTTP message: for resource and
# metadata records the block digest already covers the payload, and FastWARC
# reports a payload digest on a non-HTTP record as failed.
_PAYLOAD_TYPES = frozenset({"response", "request"})
_GZIP_LEVEL = 6


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def sha256_label(data: bytes) -> str:
    """``sha256:`` followed by the lowercase hex digest of ``data``."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def warc_date(moment: datetime) -> str:
    """A WARC 1.1 date: UTC, ISO 8601, microseconds."""
    utc = moment.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond:06d}Z"


@attrs.frozen
class RecordDraft:
    """A record to write. ``block`` is the whole record block.

    ``payload_start`` is where the payload begins inside the block (after an
    HTTP head), or None for a record type that has no payload digest.
    """

    record_type: str
    target_uri: str | None
    date: datetime
    content_type: str
    block: bytes = attrs.field(repr=False)
    payload_start: int | None = 0
    record_id: str = attrs.field(factory=new_record_id)
    extra_headers: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class EncodedRecord:
    """A record serialised as one gzip member, with the facts the catalog keeps."""

    record_id: str
    record_type: str
    target_uri: str | None
    date: str
    content_type: str
    block_digest: str
    payload_digest: str | None
    member: bytes = attrs.field(repr=False)

    @property
    def member_sha256(self) -> str:
        return hashlib.sha256(self.member).hexdigest()


class _Writer(WARCWriter):  # type: ignore[misc]
    """warcio's writer with its own digesting turned off: ours are set already."""

    def ensure_digest(self, record: Any, block: bool = True, payload: bool = True) -> None:
        return None


def _check_header_value(name: str, value: str) -> None:
    if any(ch in value for ch in "\r\n\x00"):
        raise InvalidRecord(f"WARC header {name} contains a line break", path="")


def encode_record(draft: RecordDraft) -> EncodedRecord:
    """Serialise ``draft`` as WARC/1.1 (through warcio) in one gzip member."""
    block = draft.block
    block_digest = sha256_label(block)
    payload_digest = None
    if draft.payload_start is not None and draft.record_type in _PAYLOAD_TYPES:
        payload_digest = sha256_label(block[draft.payload_start :])
    date = warc_date(draft.date)
    headers: list[tuple[str, str]] = [
        ("WARC-Type", draft.record_type),
        ("WARC-Record-ID", draft.record_id),
        ("WARC-Date", date),
    ]
    if draft.target_uri is not None:
        headers.append(("WARC-Target-URI", draft.target_uri))
    headers.extend(draft.extra_headers)
    headers.append(("WARC-Block-Digest", block_digest))
    if payload_digest is not None:
        headers.append(("WARC-Payload-Digest", payload_digest))
    headers.append(("Content-Type", draft.content_type))
    for name, value in headers:
        _check_header_value(name, value)
    rec_headers = StatusAndHeaders("", headers, protocol=WARC_VERSION)
    record = ArcWarcRecord(
        "warc",
        draft.record_type,
        rec_headers,
        io.BytesIO(block),
        None,
        draft.content_type,
        len(block),
    )
    out = io.BytesIO()
    writer: Any = _Writer(out, gzip=False, warc_version="1.1")
    writer.write_record(record)
    raw = out.getvalue()
    compressor = zlib.compressobj(_GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    member = compressor.compress(raw) + compressor.flush()
    return EncodedRecord(
        record_id=draft.record_id,
        record_type=draft.record_type,
        target_uri=draft.target_uri,
        date=date,
        content_type=draft.content_type,
        block_digest=block_digest,
        payload_digest=payload_digest,
        member=member,
    )


@attrs.frozen
class StoredRecord:
    """A record read back from a WARC file."""

    record_id: str
    record_type: str
    target_uri: str | None
    date: str
    headers: tuple[tuple[str, str], ...] = attrs.field(repr=False)
    block: bytes = attrs.field(repr=False)
    offset: int
    length: int

    def header(self, name: str) -> str | None:
        return first_header(self.headers, name)


def _stored(rec: Any, offset: int, length: int) -> StoredRecord:
    headers = tuple((str(k), str(v)) for k, v in rec.rec_headers.headers)
    block = rec.raw_stream.read()
    return StoredRecord(
        record_id=str(rec.rec_headers.get_header("WARC-Record-ID") or ""),
        record_type=str(rec.rec_type),
        target_uri=rec.rec_headers.get_header("WARC-Target-URI"),
        date=str(rec.rec_headers.get_header("WARC-Date") or ""),
        headers=headers,
        block=block,
        offset=offset,
        length=length,
    )


def read_member(member: bytes, *, path: str = "", offset: int = 0) -> StoredRecord:
    """Parse one record from the bytes of its gzip member (or plain record)."""
    try:
        iterator: Any = ArchiveIterator(
            io.BytesIO(member), no_record_parse=True, ensure_http_headers=False
        )
        for rec in iterator:
            return _stored(rec, offset, len(member))
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        raise ArchiveCorrupt(
            f"cannot read the record at offset {offset} of {path}: {exc}",
            path=path,
            file=path,
            offset=offset,
        ) from exc
    raise ArchiveCorrupt(
        f"no record at offset {offset} of {path}", path=path, file=path, offset=offset
    )


def iter_warc(stream: BinaryIO, *, path: str = "") -> Iterator[StoredRecord]:
    """Every record of a WARC stream, with its offset and length in the file."""
    iterator: Any = ArchiveIterator(stream, no_record_parse=True, ensure_http_headers=False)
    try:
        for rec in iterator:
            stored = _stored(rec, 0, 0)
            offset = int(iterator.get_record_offset())
            iterator.read_to_end(rec)
            yield attrs.evolve(stored, offset=offset, length=int(iterator.get_record_length()))
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        raise ArchiveCorrupt(f"cannot read {path}: {exc}", path=path, file=path) from exc


# -- reading other tools' WARC and ARC files, record by record --------------------


@attrs.frozen
class ScannedRecord:
    """A record found while scanning a file: sound (``record``) or not (``error``)."""

    offset: int
    length: int
    record: StoredRecord | None
    error: str | None
    member_sha256: str | None = None


def _check_member(member: bytes, gz: bool, after: bytes = b"") -> str | None:
    """Why one record's bytes are not sound, or None.

    ``after`` is what follows the record in a plain file (its terminator).
    """
    raw = member
    if gz:
        dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            raw = dec.decompress(member)
        except zlib.error as exc:
            return f"corrupt gzip member ({exc})"
        if not dec.eof:
            return "gzip member is truncated (clipped)"
        if dec.unused_data.strip(b"\r\n\x00"):
            return "data after the end of the gzip member"
    newline = raw.find(b"\n")
    first = raw[:newline].strip()
    if not first.startswith(b"WARC/"):
        fields = first.split()
        if not fields or not fields[-1].isdigit():
            return f"ARC header line has no valid length: {first[:80].decode('latin-1')!r}"
        if len(raw) + len(after) - newline - 1 < int(fields[-1]):
            return "ARC record is shorter than its length field"
        return None
    head = re.search(rb"\r*\n\r*\n", raw)
    if head is None:
        return "WARC header block never ends"
    match = re.search(rb"(?im)^content-length:[ \t]*(\d+)[ \t\r]*$", raw[: head.start() + 1])
    if match is None:
        return "record has no Content-Length"
    declared = int(match.group(1))
    end = head.end() + declared
    if len(raw) + len(after) < end:
        return f"record is shorter than its Content-Length ({len(raw) - head.end()} < {declared})"
    if gz and raw[end:].strip(b"\r\n\x00"):
        return "record does not end where its Content-Length says (wrong length or truncated)"
    header = raw[: head.start()].decode("utf-8", errors="replace")
    block = (raw + after)[head.end() : end]
    for line in header.splitlines():
        name, _, value = line.partition(":")
        digest = value.strip()
        wanted = name.strip().lower() == "warc-block-digest" and digest
        if wanted and check_digest(digest, block) is False:
            return f"block digest does not match ({digest})"
    return None


def normalise_digest(label: str) -> str:
    """A digest label as the community writes it: ``sha1:`` base32, ``sha256:`` hex."""
    algo, _, value = label.strip().partition(":")
    algo = algo.lower().replace("-", "")
    return f"{algo}:{value.strip()}"


def check_digest(label: str, data: bytes) -> bool | None:
    """Whether ``data`` has digest ``label`` (any algorithm label style, base32 or hex);
    None for an algorithm that cannot be checked."""
    algo, _, value = normalise_digest(label).partition(":")
    if algo not in ("sha1", "sha256", "sha512", "md5"):
        return None
    raw = hashlib.new(algo, data).digest()
    if value.lower() == raw.hex():
        return True
    try:
        if base64.b32decode(value.upper() + "=" * (-len(value) % 8)) == raw:
            return True
    except ValueError:
        pass
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True) == raw
    except ValueError:
        return False


def scan_warc(path: str, *, base_offset: int = 0) -> Iterator[ScannedRecord]:
    """Every record of a WARC/ARC file (plain or gzip), sound or broken.

    Each record is checked on its own bytes (complete gzip member, correct
    Content-Length, block digest); after an unreadable stretch the scan
    resumes at the next gzip member or WARC header, so sound records after
    it are still found.
    """
    with open(path, "rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
        fh.seek(0, 2)
        size = fh.tell()
        pos: int | None = base_offset
        while pos is not None and pos < size:
            pos = yield from _scan_from(fh, pos, gz, size)


def _scan_from(
    fh: BinaryIO, pos: int, gz: bool, size: int
) -> Generator[ScannedRecord, None, int | None]:
    """Scan from ``pos``; return where to resume after a broken stretch (None: done)."""
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
                # A broken member may have swallowed the members after it.
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
            yield ScannedRecord(
                pos, size - pos, None, "file is gzipped as one stream, not one member per record"
            )
            return None
        nxt = _resync(fh, max(last_end, pos) + 1, gz, size)
        yield ScannedRecord(last_end, max(0, (nxt or size) - last_end), None, message)
        return nxt


def _resync(fh: BinaryIO, start: int, gz: bool, size: int) -> int | None:
    """The offset of the next plausible record start at or after ``start``."""
    marker = b"\x1f\x8b\x08" if gz else b"WARC/1."
    fh.seek(start)
    window = 1 << 20
    pos = start
    while pos < size:
        chunk = fh.read(window + len(marker))
        found = chunk.find(marker)
        if found >= 0:
            return pos + found
        pos += window
        fh.seek(pos)
    return None
