"""A synthetic WARC of real news pages, for the benchmarks (not a test fixture)."""

from __future__ import annotations

import gzip
import zlib
from datetime import datetime, timezone
from pathlib import Path

from provenance.store.records import RecordDraft
from provenance.store.warc import encode_record


def synthetic(path: Path, size_mb: int, pages_dir: Path) -> int:
    """Response records from the corpus pages until the file reaches ``size_mb``."""
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(pages_dir.glob("*.html.gz"))]
    now = datetime.now(timezone.utc)
    target = size_mb * 1024 * 1024
    n = 0
    with open(path, "wb") as fh:
        while fh.tell() < target:
            body = pages[n % len(pages)] + f"<!-- copy {n} -->".encode()
            head = (
                f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode()
            draft = RecordDraft(
                "response",
                f"https://news.example/{n}",
                now,
                "application/http; msgtype=response",
                head + body,
                payload_start=len(head),
            )
            member = encode_record(draft).member
            if n % 4:  # most records: level 1, to build the file quickly
                raw = zlib.decompress(member, zlib.MAX_WBITS | 16)
                comp = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS | 16)
                member = comp.compress(raw) + comp.flush()
            fh.write(member)
            n += 1
    return n
