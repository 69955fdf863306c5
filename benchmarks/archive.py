"""Capture throughput and lookup cost, each beside a baseline measured in the same run.

1. Capture 200 pages (the AEB corpus pages, served from 127.0.0.1) with
   ``provenance.capture`` into an ``Archive``, and with the baseline: plain
   ``requests.get`` plus warcio's ``WARCWriter`` (no catalog, no lock, no fsync).
   Rounds alternate between the two; medians are reported. Target: ours / baseline <= 1.3.
   In the same rounds, captures signed with a P-384 key (a proof record after each
   capture), and signed and stamped by a local RFC 3161 authority (``openssl ts -reply``
   behind HTTP on 127.0.0.1, one request per capture). Target: signing adds <= 1.3x to
   a capture; the stamped figure is reported (its cost is mostly the authority's).
2. Read one record by id from a 10,000-record archive and from a 10-record one
   (catalog lookup + one seek + gzip member read). Target: ratio <= 1.5.

Usage: python benchmarks/archive.py [--pages 200] [--rounds 5]
Needs ../shared/corpus/articles/aeb/html (skips with a message when absent).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import requests
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance import Archive, PendingRecord, RecordDraft, capture  # noqa: E402
from provenance.trust import SigningKey, attest  # noqa: E402
from tests.pages_server import serve  # noqa: E402
from tests.tsa_server import TsaServer, serve_tsa  # noqa: E402

SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
AEB = SHARED / "corpus" / "articles" / "aeb" / "html"


def baseline_round(urls: list[str], out_dir: Path) -> tuple[float, int]:
    """requests.get + warcio writing (gzip), what a minimal archiver does."""
    start = time.perf_counter()
    size = 0
    with open(out_dir / "baseline.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="1.1")
        for url in urls:
            resp = requests.get(url, timeout=30)
            body = resp.content
            size += len(body)
            headers = StatusAndHeaders(
                f"{resp.status_code} {resp.reason}", list(resp.headers.items()), protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
            writer.write_record(record)
    return time.perf_counter() - start, size


def ours_round(
    urls: list[str],
    out_dir: Path,
    durable: bool,
    key: SigningKey | None = None,
    tsa: str | None = None,
) -> tuple[float, int]:
    archive = Archive(out_dir / f"archive-{durable}", durable=durable)
    start = time.perf_counter()
    size = 0
    for url in urls:
        result = capture(url, archive)
        if key is not None or tsa:
            done = attest(archive, result.records, key=key, tsa=tsa, main=result.final)
            if tsa and not done.stamped:
                raise RuntimeError(f"no timestamp: {done.timestamp_error}")
        size += result.final.length
    return time.perf_counter() - start, size


KINDS = ("baseline", "ours", "ours-nofsync", "signed", "signed-nofsync", "stamped-nofsync")


def capture_benchmark(pages: int, rounds: int, tsa: TsaServer | None) -> dict[str, float]:
    names = sorted(p.name[: -len(".html.gz")] for p in AEB.glob("*.html.gz"))
    key = SigningKey.generate()
    kinds = KINDS if tsa is not None else KINDS[:-1]
    with serve(AEB) as server:
        urls = [server.url(f"/corpus/{names[i % len(names)]}?n={i}") for i in range(pages)]
        body_bytes = 0
        for url in urls[: len(names)]:
            body_bytes += len(requests.get(url, timeout=30).content)
        mb = body_bytes * pages / len(names[:pages]) / 1e6
        times: dict[str, list[float]] = {k: [] for k in kinds}
        for _ in range(rounds):
            for kind in kinds:
                with tempfile.TemporaryDirectory() as tmp:
                    if kind == "baseline":
                        elapsed, _ = baseline_round(urls, Path(tmp))
                    elif kind in ("ours", "ours-nofsync"):
                        elapsed, _ = ours_round(urls, Path(tmp), durable=(kind == "ours"))
                    else:
                        stamp = tsa.url() if kind == "stamped-nofsync" and tsa else None
                        durable = kind == "signed"
                        elapsed, _ = ours_round(urls, Path(tmp), durable, key=key, tsa=stamp)
                times[kind].append(elapsed)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(
        f"\nCapture of {pages} corpus pages from 127.0.0.1 ({mb:.1f} MB of HTML), "
        f"median of {rounds} rounds"
    )
    print(f"{'':<34}{'seconds':>9}{'pages/s':>10}{'MB/s':>8}{'vs baseline':>13}")
    for kind, label in (
        ("baseline", "baseline: requests.get + warcio"),
        ("ours", "provenance capture (fsync)"),
        ("ours-nofsync", "provenance capture (durable=False)"),
        ("signed", "capture + signature (fsync)"),
        ("signed-nofsync", "capture + signature (durable=False)"),
        ("stamped-nofsync", "+ signature + local TSA (no fsync)"),
    ):
        if kind not in med:
            continue
        t = med[kind]
        print(f"{label:<34}{t:>9.3f}{pages / t:>10.1f}{mb / t:>8.1f}{t / med['baseline']:>12.2f}x")
    out = {
        "ratio_durable": med["ours"] / med["baseline"],
        "ratio_nofsync": med["ours-nofsync"] / med["baseline"],
        "signing_overhead": med["signed"] / med["ours"],
        "signing_overhead_nofsync": med["signed-nofsync"] / med["ours-nofsync"],
    }
    if "stamped-nofsync" in med:
        out["stamping_overhead"] = med["stamped-nofsync"] / med["ours-nofsync"]
        out["stamp_ms"] = (med["stamped-nofsync"] - med["signed-nofsync"]) / pages * 1e3
    return out


def fill(archive: Archive, n: int) -> list[str]:
    ids: list[str] = []
    batch = 100
    now = datetime.now(timezone.utc)
    for start in range(0, n, batch):
        drafts = [
            PendingRecord(
                RecordDraft(
                    record_type="resource",
                    target_uri=f"https://example.com/page/{i}",
                    date=now,
                    content_type="text/html",
                    block=(f"<p>page {i}</p>" * 200).encode(),
                )
            )
            for i in range(start, min(n, start + batch))
        ]
        ids.extend(e.record_id for e in archive.append(drafts))
    return ids


def lookup_benchmark(samples: int) -> float:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        small = Archive(Path(tmp) / "small", durable=False)
        large = Archive(Path(tmp) / "large", durable=False)
        small_ids = fill(small, 10)
        large_ids = fill(large, 10_000)

        def one(archive: Archive, ids: list[str]) -> float:
            rid = rng.choice(ids)
            start = time.perf_counter()
            archive.read(archive.entry(rid))
            return time.perf_counter() - start

        for _ in range(50):  # warm both
            one(small, small_ids)
            one(large, large_ids)
        t_small: list[float] = []
        t_large: list[float] = []
        for _ in range(samples):
            t_small.append(one(small, small_ids))
            t_large.append(one(large, large_ids))
        ms, ml = statistics.median(t_small), statistics.median(t_large)
        ratio = ml / ms
        print(f"\nRead one record by id (catalog lookup + seek + read), median of {samples}")
        print(f"{'10-record archive':<34}{ms * 1e3:>9.3f} ms")
        print(f"{'10,000-record archive':<34}{ml * 1e3:>9.3f} ms{ratio:>12.2f}x")
        return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--samples", type=int, default=1000)
    args = parser.parse_args()
    if not AEB.is_dir():
        print(f"skipped: corpus not found at {AEB}")
        return 0
    openssl = shutil.which("openssl")
    with tempfile.TemporaryDirectory() as tsa_dir, contextlib.ExitStack() as stack:
        tsa = stack.enter_context(serve_tsa(Path(tsa_dir), openssl)) if openssl else None
        if tsa is None:
            print("openssl not found: the stamped captures are not measured")
        caps = capture_benchmark(args.pages, args.rounds, tsa)
    ratio = lookup_benchmark(args.samples)
    print("\nTargets")
    checks = [
        ("capture overhead (fsync) <= 1.3x", caps["ratio_durable"], 1.3),
        ("capture overhead (durable=False) <= 1.3x", caps["ratio_nofsync"], 1.3),
        ("signed capture vs unsigned (fsync) <= 1.3x", caps["signing_overhead"], 1.3),
        ("signed vs unsigned (durable=False) <= 1.3x", caps["signing_overhead_nofsync"], 1.3),
        ("lookup 10,000 vs 10 records <= 1.5x", ratio, 1.5),
    ]
    for label, value, target in checks:
        print(f"{label}: {value:.2f}x {'PASS' if value <= target else 'FAIL'}")
    if "stamping_overhead" in caps:
        print(
            f"signed + stamped vs unsigned (durable=False): {caps['stamping_overhead']:.2f}x "
            f"({caps['stamp_ms']:.1f} ms per timestamp from the local authority; reported)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
