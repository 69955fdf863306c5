"""WARC 1.1 bytes: encoding records and reading them back (with warcscan, the only modules
using warcio).

Records are written one gzip member each. Digests are computed here, not by
warcio: ``sha256:`` lowercase hex, the payload digest over the entity body
after transfer decoding (WARC 1.1 section 6.3), which warcio's writer gets
wrong for chunked messages. The HTTP head is written exactly as given: warcio
would otherwise re-serialise it (and percent-encode non-ASCII values).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

import attrs
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..errors import ArchiveCorrupt, InvalidRecord
from .records import (
    WARC_VERSION,
    EncodedRecord,
    RecordDraft,
    StoredRecord,
    sha256_label,
    warc_date,
)

__all__ = ["encode_record", "iter_warc", "read_member"]

# Payload digests only where the block is an HTTP message: for resource and
# metadata records the block digest already covers the payload, and FastWARC
# reports a payload digest on a non-HTTP record as failed.
_PAYLOAD_TYPES = frozenset({"response", "request"})
_GZIP_LEVEL = 6


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
