"""Mining quotes from a synthetic WARC of real news pages, beside the floors of the same run.

Reports for a WARC of ``--size-mb`` MB (1 GB by default) built from the
corpus pages, each measured in its own process, started from a small
launcher so that the memory figure is the tool's own (``_launch.py`` says
why), as the median of ``--rounds`` runs (at least 3):

- the floor of just iterating the records with FastWARC;
- the cost of our parse alone (parse_record on every page, summed);
- ``provenance mine`` with 1 and with 2 worker processes: records/s, MB/s
  and the peak resident memory of its largest process (the main one or a
  worker), also on a quarter-size file to show that memory does not grow
  with file size.

Targets: (iteration + parse) / mining >= 0.8; 2 workers >= 1.7x one (on a
machine with at least 2 idle cores); peak memory on the full file within
1.25x of the quarter-size file.

Usage: python benchmarks/mine.py [--size-mb 1024] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._measure import mb, median_run, rounds_option, run_child, target  # noqa: E402
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    rounds_option(parser)
    args = parser.parse_args()
    if not AEB.is_dir():
        print(f"skipped: corpus not found at {AEB}")
        return 0
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.warc.gz", Path(tmp) / "small.warc.gz"
        records = synthetic(big, args.size_mb, AEB)
        synthetic(small, max(1, args.size_mb // 4), AEB)
        size = big.stat().st_size / 1e6
        out = str(Path(tmp) / "q.jsonl")
        iterate = median_run([py, "-c", ITERATE, str(big)], args.rounds, cwd=ROOT)
        parse_runs = [run_child([py, "-c", PARSE, str(big)], cwd=ROOT) for _ in range(args.rounds)]
        t_parse = statistics.median(float(r.stdout.split()[0]) for r in parse_runs)
        one = median_run([py, "-c", MINE, str(big), out, "1"], args.rounds, cwd=ROOT)
        two = median_run([py, "-c", MINE, str(big), out, "2"], args.rounds, cwd=ROOT)
        quarter = median_run([py, "-c", MINE, str(small), out, "2"], args.rounds, cwd=ROOT)
    pages, quotes = (int(x) for x in one.stdout.split())
    print(
        f"Synthetic WARC: {size:.0f} MB, {records} records ({iterate.stdout.strip()} read by "
        f"FastWARC), {quotes} quotes mined from {pages} pages; medians of {args.rounds} runs\n"
    )
    rows = [
        ("FastWARC iteration (floor)", iterate.seconds, iterate.peak_kib),
        ("our parse alone (sum over pages)", t_parse, None),
        ("provenance mine, 1 worker", one.seconds, one.peak_kib),
        ("provenance mine, 2 workers", two.seconds, two.peak_kib),
    ]
    print(f"{'':<36}{'seconds':>9}{'records/s':>11}{'MB/s':>8}{'peak RSS':>11}")
    for name, t, rss in rows:
        print(f"{name:<36}{t:>9.1f}{records / t:>11.0f}{size / t:>8.1f}"
              f"{mb(rss) if rss else '':>11}")  # fmt: skip
    print(f"provenance mine, 2 workers, quarter-size file: peak RSS {mb(quarter.peak_kib)}")
    floor = max(iterate.launcher_kib, one.launcher_kib, two.launcher_kib, quarter.launcher_kib)
    print(f"(peak RSS: the largest single process of each run, over a launcher floor of "
          f"{mb(floor)})")  # fmt: skip
    print("\nTargets")
    share = (iterate.seconds + t_parse) / one.seconds
    print(target("(iteration + parse) / mining, 1 worker >= 0.8", f"{share:.2f}", share >= 0.8))
    speedup = one.seconds / two.seconds
    cores = os.cpu_count() or 1
    print(target("2 workers / 1 worker >= 1.7x", f"{speedup:.2f}x ({cores} cores, load "
                 f"{os.getloadavg()[0]:.1f})", speedup >= 1.7))  # fmt: skip
    growth = two.peak_kib / quarter.peak_kib
    sizes = f"{mb(two.peak_kib)} / {mb(quarter.peak_kib)} = {growth:.2f}x"
    print(target("peak RSS, full file / quarter-size file <= 1.25x", sizes, growth <= 1.25))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
