"""Importing existing WARCs, beside cdxj-indexer on the same files in the same run.

Files: the 2014 iana.org crawl from the corpus (``pywb/iana.warc.gz``) and a
synthetic WARC of about ``--size-mb`` MB (1 GB by default) built from the
corpus news pages. Each tool runs in its own process; the script reports the
median time, MB/s of file, the ratio (target: ours <= 1.5x cdxj-indexer) and
the peak resident memory of each process (target: ours does not grow with
the file size).

Usage: python benchmarks/import_speed.py [--size-mb 1024] [--rounds 3]
Needs the bench extra (cdxj-indexer) and the shared corpus.
"""

from __future__ import annotations

import argparse
import os
import statistics
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
IANA = SHARED / "corpus" / "warcs" / "pywb" / "iana.warc.gz"
BIN = Path(sys.executable).parent

OURS = """
import sys
from provenance import Archive
from provenance.store.importer import import_warc
report = import_warc(Archive(sys.argv[1], durable=False), sys.argv[2])
assert not report.problems, report.problems[:3]
"""


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(
            f"{cmd[0]} failed: {proc.stderr.read().decode()[:500] if proc.stderr else ''}"
        )
    return elapsed, int(usage.ru_maxrss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    indexer = BIN / "cdxj-indexer"
    if not IANA.is_file() or not AEB.is_dir() or not indexer.exists():
        print("skipped: needs the shared corpus and cdxj-indexer (bench extra)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "synthetic.warc.gz"
        t = time.perf_counter()
        records = synthetic(big, args.size_mb, AEB)
        print(f"built {big.stat().st_size / 1e6:.0f} MB synthetic WARC ({records} records) "
              f"in {time.perf_counter() - t:.0f} s\n")  # fmt: skip
        print(f"{'file':<22}{'tool':<16}{'median s':>10}{'MB/s':>9}{'peak RSS':>11}{'ratio':>8}")
        for label, path in (("iana.warc.gz", IANA), ("synthetic", big)):
            mb = path.stat().st_size / 1e6
            theirs: list[float] = []
            ours: list[float] = []
            rss = {"cdxj-indexer": 0, "provenance": 0}
            for r in range(args.rounds):
                t1, m1 = run([str(indexer), "-o", os.devnull, str(path)])
                archive = Path(tmp) / f"a-{label}-{r}"
                t2, m2 = run([sys.executable, "-c", OURS, str(archive), str(path)])
                theirs.append(t1)
                ours.append(t2)
                rss["cdxj-indexer"] = max(rss["cdxj-indexer"], m1)
                rss["provenance"] = max(rss["provenance"], m2)
                for f in archive.glob("warcs/*"):
                    f.unlink()
            mt, mo = statistics.median(theirs), statistics.median(ours)
            print(
                f"{label:<22}{'cdxj-indexer':<16}{mt:>10.2f}{mb / mt:>9.1f}"
                f"{rss['cdxj-indexer'] / 1024:>8.0f} MB{'':>8}"
            )
            print(f"{'':<22}{'provenance':<16}{mo:>10.2f}{mb / mo:>9.1f}"
                  f"{rss['provenance'] / 1024:>8.0f} MB{mo / mt:>7.2f}x")  # fmt: skip
    print("\nTarget: provenance import <= 1.5x cdxj-indexer; its peak RSS flat between files.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
