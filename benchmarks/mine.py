"""Mining quotes from a synthetic WARC of real news pages, beside the floors of the same run.

Reports for a WARC of ``--size-mb`` MB (1 GB by default) built from the
corpus pages, each measured in its own process:

- the floor of just iterating the records with FastWARC;
- the cost of our parse alone (parse_record on every page, summed);
- ``provenance mine`` with 1 and with 2 worker processes: records/s, MB/s
  and peak resident memory, also on a quarter-size file to show that
  memory does not grow with file size.

Targets: (iteration + parse) / mining >= 0.8; 2 workers >= 1.7x one.

Usage: python benchmarks/mine.py [--size-mb 1024]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._synthetic import synthetic  # noqa: E402

SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
AEB = SHARED / "corpus" / "articles" / "aeb" / "html"

ITERATE = """
import sys, time
from fastwarc.warc import ArchiveIterator
n = 0
with open(sys.argv[1], "rb") as fh:
    for rec in ArchiveIterator(fh, parse_http=False):
        rec.reader.read()
        n += 1
print(n)
"""

PARSE = """
import sys, time
from provenance.parse import parse_record
from provenance.store.warcscan import scan_warc
spent = 0.0
n = 0
for scanned in scan_warc(sys.argv[1]):
    if scanned.record is not None and scanned.record.record_type == "response":
        t = time.perf_counter()
        parse_record(scanned.record)
        spent += time.perf_counter() - t
        n += 1
print(spent, n)
"""

MINE = """
import sys
from provenance.index.mine import mine
with open(sys.argv[2], "w") as out:
    report = mine([sys.argv[1]], out, jobs=int(sys.argv[3]))
print(report.records, report.quotes)
"""


def child(code: str, *args: str) -> tuple[float, int, str]:
    """Wall time, peak RSS (KiB, the process and its workers) and stdout of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, cwd=ROOT, text=True
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"benchmark child failed with status {status}")
    return time.perf_counter() - start, int(usage.ru_maxrss), out.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    args = parser.parse_args()
    if not AEB.is_dir():
        print(f"skipped: corpus not found at {AEB}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.warc.gz", Path(tmp) / "small.warc.gz"
        records = synthetic(big, args.size_mb, AEB)
        synthetic(small, max(1, args.size_mb // 4), AEB)
        mb = big.stat().st_size / 1e6
        t_iter, _, n_iter = child(ITERATE, str(big))
        _, _, parse_out = child(PARSE, str(big))
        t_parse = float(parse_out.split()[0])
        out = str(Path(tmp) / "q.jsonl")
        t1, rss1, mined = child(MINE, str(big), out, "1")
        t2, rss2, _ = child(MINE, str(big), out, "2")
        _, rss_small, _ = child(MINE, str(small), out, "2")
    pages, quotes = (int(x) for x in mined.split())
    print(f"Synthetic WARC: {mb:.0f} MB, {records} records ({n_iter} read by FastWARC), "
          f"{quotes} quotes mined from {pages} pages\n")  # fmt: skip
    rows = [
        ("FastWARC iteration (floor)", t_iter, None),
        ("our parse alone (sum over pages)", t_parse, None),
        ("provenance mine, 1 worker", t1, rss1),
        ("provenance mine, 2 workers", t2, rss2),
    ]
    print(f"{'':<36}{'seconds':>9}{'records/s':>11}{'MB/s':>8}{'peak RSS':>11}")
    for name, t, rss in rows:
        mem = f"{rss / 1024:8.0f} MB" if rss else ""
        print(f"{name:<36}{t:>9.1f}{records / t:>11.0f}{mb / t:>8.1f}{mem:>11}")
    print(f"peak RSS mining a quarter-size file with 2 workers: {rss_small / 1024:.0f} MB")
    print("\nTargets")
    print(f"(iteration + parse) / mining, 1 worker >= 0.8: {(t_iter + t_parse) / t1:.2f}")
    print(f"2 workers / 1 worker >= 1.7x: {t1 / t2:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
