"""Reading one record's bytes: a gzip member, a WARC or ARC record, a WACZ file."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

__all__ = ["MAX_RECORD", "gunzip", "is_zip", "split_arc", "split_warc"]

MAX_RECORD = 512 * 1024 * 1024


def is_zip(path: Path) -> bool:
    """A WACZ (a zip file) rather than a WARC file, by its first bytes."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04" and zipfile.is_zipfile(path)
    except OSError:
        return False


def split_warc(record: bytes) -> tuple[dict[str, str], bytes] | None:
    end = record.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = record[:end].decode("utf-8", errors="replace").split("\r\n")
    if not head or not head[0].startswith("WARC/"):
        return None
    headers: dict[str, str] = {}
    for line in head[1:]:
        key, sep, value = line.partition(":")
        if sep:
            headers.setdefault(key.strip().lower(), value.strip())
    try:
        length = int(headers.get("content-length", "-1"))
    except ValueError:
        return None
    block = record[end + 4 :]
    if length < 0 or len(block) < length:
        return None
    return headers, block[:length]


def split_arc(record: bytes) -> tuple[str, str, bytes] | None:
    newline = record.find(b"\n")
    fields = record[:newline].decode("utf-8", errors="replace").split()
    if newline < 0 or len(fields) < 5 or not fields[-1].isdigit():
        return None
    length = int(fields[-1])
    block = record[newline + 1 : newline + 1 + length]
    if len(block) < length:
        return None
    return " ".join(fields[:-4]), fields[-2], block


def gunzip(member: bytes) -> bytes | None:
    if member[:2] != b"\x1f\x8b":
        return member  # an uncompressed WARC
    try:
        dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        out = dec.decompress(member, MAX_RECORD)
        if dec.unconsumed_tail or not dec.eof:
            return None
        return out
    except zlib.error:
        return None
