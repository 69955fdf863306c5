"""Importing existing WARCs, beside cdxj-indexer on the same files in the same run.

Files: the 2014 iana.org crawl from the corpus (``pywb/iana.warc.gz``) and a
synthetic WARC of about ``--size-mb`` MB (1 GB by default) built from the
corpus news pages. Each tool runs in its own process, started from a small
launcher so that its peak memory is its own (``_launch.py`` says why); rounds
alternate between the tools. Reported: the median time of ``--rounds`` runs
(at least 3), MB/s of file, and each tool's peak resident memory.

Targets: our import <= 1.5x cdxj-indexer's time on each file; our peak
memory on the synthetic file within 1.25x of our peak on the small iana file
(memory does not grow with the file).

Usage: python benchmarks/import_speed.py [--size-mb 1024] [--rounds 3]
Needs the bench extra (cdxj-indexer) and the shared corpus.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._measure import ChildRun, mb, rounds_option, run_child, target  # noqa: E402
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    rounds_option(parser)
    args = parser.parse_args()
    indexer = BIN / "cdxj-indexer"
    if not IANA.is_file() or not AEB.is_dir() or not indexer.exists():
        print("skipped: needs the shared corpus and cdxj-indexer (bench extra)")
        return 0
    results: dict[tuple[str, str], tuple[float, int]] = {}
    floor = 0
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "synthetic.warc.gz"
        t = time.perf_counter()
        records = synthetic(big, args.size_mb, AEB)
        print(f"built {big.stat().st_size / 1e6:.0f} MB synthetic WARC ({records} records) "
              f"in {time.perf_counter() - t:.0f} s\n")  # fmt: skip
        print(f"{'file':<22}{'tool':<16}{'median s':>10}{'MB/s':>9}{'peak RSS':>11}{'ratio':>8}")
        for label, path in (("iana.warc.gz", IANA), ("synthetic", big)):
            size = path.stat().st_size / 1e6
            runs: dict[str, list[ChildRun]] = {"cdxj-indexer": [], "provenance": []}
            for r in range(args.rounds):
                runs["cdxj-indexer"].append(run_child([str(indexer), "-o", os.devnull, str(path)]))
                archive = Path(tmp) / f"a-{label}-{r}"
                runs["provenance"].append(
                    run_child([sys.executable, "-c", OURS, str(archive), str(path)], cwd=ROOT)
                )
                for f in archive.glob("warcs/*"):
                    f.unlink()
            for tool, done in runs.items():
                seconds = statistics.median(x.seconds for x in done)
                peak = max(x.peak_kib for x in done)
                floor = max([floor, *(x.launcher_kib for x in done)])
                results[(label, tool)] = (seconds, peak)
            theirs, ours = results[(label, "cdxj-indexer")], results[(label, "provenance")]
            print(f"{label:<22}{'cdxj-indexer':<16}{theirs[0]:>10.2f}{size / theirs[0]:>9.1f}"
                  f"{mb(theirs[1]):>11}")  # fmt: skip
            print(f"{'':<22}{'provenance':<16}{ours[0]:>10.2f}{size / ours[0]:>9.1f}"
                  f"{mb(ours[1]):>11}{ours[0] / theirs[0]:>7.2f}x")  # fmt: skip
    print(f"\n(median of {args.rounds} runs; peak RSS of each tool's process alone, over a "
          f"launcher floor of {mb(floor)})")  # fmt: skip
    print("\nTargets")
    for label in ("iana.warc.gz", "synthetic"):
        ratio = results[(label, "provenance")][0] / results[(label, "cdxj-indexer")][0]
        print(target(f"import / cdxj-indexer on {label} <= 1.5x", f"{ratio:.2f}x", ratio <= 1.5))
    small, large = (
        results[("iana.warc.gz", "provenance")][1],
        results[("synthetic", "provenance")][1],
    )
    growth = f"{mb(large)} / {mb(small)} = {large / small:.2f}x"
    print(target("peak RSS, synthetic / iana.warc.gz <= 1.25x", growth, large <= 1.25 * small))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
