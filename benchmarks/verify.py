"""Cost of verifying one citation, beside floors measured in the same run.

Builds two archives holding the same cited page (a real news page from the
corpus when present, else a synthetic one), captured live (a response and
its request record), among 10 and among 10,000 records, then reports
medians of:

- fast verification (``deep=False``: every claim checked from the bytes, the
  re-derivations listed as not checked) in each archive (target: 10,000 / 10
  <= 1.5) and against the WARC file alone;
- deep verification (re-parses the page and re-derives the quote);
- the floor: open the WARC file, seek to the record, read its gzip member,
  decompress it and sha256 it (the least work that checks one record's
  integrity); target: fast verification / floor <= 3;
- for reference, reading and hashing the gzip member alone.

Usage: python benchmarks/verify.py [--samples 300]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance import Archive, PendingRecord, RecordDraft, RecordFacts  # noqa: E402
from provenance.cite.citation import Citation  # noqa: E402
from provenance.cite.verify import verify  # noqa: E402
from provenance.parse import parse_record  # noqa: E402
from provenance.quotes import extract_quotes  # noqa: E402
from provenance.store.catalog import CatalogEntry  # noqa: E402

SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
AEB = SHARED / "corpus" / "articles" / "aeb" / "html"


def target_page() -> tuple[bytes, str]:
    if AEB.is_dir():
        pages = sorted(AEB.glob("*.html.gz"), key=lambda p: p.stat().st_size)
        for path in pages[len(pages) // 2 :]:
            data = gzip.decompress(path.read_bytes())
            if b"said" in data and (b"\xe2\x80\x9c" in data or b'"' in data):
                return data, f"corpus page {path.name[:12]} ({len(data) // 1024} KiB)"
    para = "<p>\u201cWe will keep our promises,\u201d the minister said, adding more text.</p>"
    body = f"<html><body><article>{para * 400}</article></body></html>".encode()
    return body, f"synthetic page ({len(body) // 1024} KiB)"


def build(path: Path, n: int, page: bytes) -> CatalogEntry:
    archive = Archive(path, durable=False)
    now = datetime.now(timezone.utc)
    filler = [
        PendingRecord(
            RecordDraft("resource", f"https://example.com/f/{i}", now, "text/html",
                        (f"<p>filler {i}</p>" * 50).encode())
        )
        for i in range(n - 1)
    ]  # fmt: skip
    half = len(filler) // 2
    for start in range(0, half, 200):
        archive.append(filler[start : min(half, start + 200)])
    url = "https://news.example/story"
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Length: " + str(len(page)).encode() + b"\r\n\r\n"
    )
    request = b"GET /story HTTP/1.1\r\nHost: news.example\r\n\r\n"
    response = RecordDraft(
        "response", url, now, "application/http; msgtype=response", head + page, len(head)
    )
    entry, _ = archive.append(
        [
            PendingRecord(
                response, RecordFacts(origin="live", content_type="text/html", http_status=200)
            ),
            PendingRecord(
                RecordDraft(
                    "request", url, now, "application/http; msgtype=request", request,
                    len(request), extra_headers=(("WARC-Concurrent-To", response.record_id),),
                ),
                RecordFacts(origin="live"),
            ),
        ]
    )  # fmt: skip
    for start in range(half, len(filler), 200):
        archive.append(filler[start : min(len(filler), start + 200)])
    return entry


def median_ms(fn: Callable[[], object], samples: int) -> float:
    for _ in range(20):
        fn()
    times = []
    for _ in range(samples):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    page, label = target_page()
    with tempfile.TemporaryDirectory() as tmp:
        small_entry = build(Path(tmp) / "small", 10, page)
        large_entry = build(Path(tmp) / "large", 10_000, page)
        small, large = Archive(Path(tmp) / "small"), Archive(Path(tmp) / "large")
        citations = {}
        for name, archive, entry in (("small", small, small_entry), ("large", large, large_entry)):
            article = parse_record(archive.read(entry))
            quote = next(q for q in extract_quotes(article) if q.kind in ("direct", "mixed"))
            citations[name] = Citation.from_quote(quote, article, entry, archive.companion(entry))
            report = verify(citations[name], archive.path)
            assert report.verified, report.summary()

        warc = large.warc_dir / large_entry.file

        def floor() -> None:
            with open(warc, "rb") as fh:
                fh.seek(large_entry.offset)
                member = fh.read(large_entry.length)
            hashlib.sha256(zlib.decompress(member, zlib.MAX_WBITS | 16)).digest()

        def read_hash() -> None:
            with open(warc, "rb") as fh:
                fh.seek(large_entry.offset)
                hashlib.sha256(fh.read(large_entry.length)).digest()

        c_small, c_large = citations["small"], citations["large"]
        t_small = median_ms(lambda: verify(c_small, small.path, deep=False), args.samples)
        t_large = median_ms(lambda: verify(c_large, large.path, deep=False), args.samples)
        t_warc = median_ms(lambda: verify(c_large, warc, deep=False), args.samples)
        t_floor = median_ms(floor, args.samples)
        t_read = median_ms(read_hash, args.samples)
        t_deep = median_ms(lambda: verify(c_large, large.path, deep=True), 30)
    print(f"Verifying one citation of a {label}; medians of {args.samples} runs")
    rows = [
        ("fast verify, 10-record archive", t_small),
        ("fast verify, 10,000-record archive", t_large),
        ("fast verify, the WARC file alone", t_warc),
        ("floor: read + gunzip + sha256 the record", t_floor),
        ("read + sha256 the gzip member only", t_read),
        ("deep verify (re-parses the page)", t_deep),
    ]
    for name, ms in rows:
        print(f"{name:<44}{ms:9.3f} ms")
    scale, ratio = t_large / t_small, t_large / t_floor
    print("\nTargets")
    print(f"10,000-record / 10-record archive <= 1.5x: {scale:.2f}x", _verdict(scale <= 1.5))
    print(
        f"fast verify / floor <= 3x: {ratio:.2f}x (WARC file alone: {t_warc / t_floor:.2f}x)",
        _verdict(ratio <= 3),
    )
    print(f"deep verify / floor: {t_deep / t_floor:.1f}x (no target; it re-parses the page)")
    return 0


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


if __name__ == "__main__":
    raise SystemExit(main())
