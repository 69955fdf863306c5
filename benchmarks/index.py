"""The quote index at 1,000 and 100,000 pages, beside `verify` and `mine` in the same run.

How the archives are built: small synthetic pages (about 1 KB of HTML each), each
a title and three paragraphs drawn (seeded) from the corpus news pages'
paragraphs that hold a quotation mark, so the extractor finds real quotes and
real speaker names. Ten pages of each archive, spread evenly, also carry a
planted quote of our own, by a speaker named nowhere else ("Wendell
Abernathy-Koomen") with a word used nowhere else ("floodgates"), so the speaker
and word searches return the same ten quotes at either size. Pages are written
straight into the archive as live captures (a response and its request record,
500 pages per append, no fsync), then
indexed with ``update_index(jobs=2)``.

Measured in each archive, as the CLI command a user runs (a new process each
time; median of ``--runs``) and as library calls (median of 5 * ``--runs``):

- speaker search (``search --speaker abernathy``), word search
  (``search floodgates``), ``cite QUOTE_ID``, ``render`` of a 20-citation draft
  (every citation verified deep, as render always does);
- the baseline: ``verify`` (deep) of one citation.

Targets: each at most 1.5x slower at 100,000 pages than at 1,000, and each
within 3x of verifying one citation. Also: index build rate against
``mine``'s on the same 1,000 pages (target >= 80%, 1 and 2 workers), and the
index's size per page.

Usage: python benchmarks/index.py [--small 1000] [--large 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance import Archive, PendingRecord, RecordDraft, RecordFacts  # noqa: E402
from provenance.cite import cite_quote, render_draft, verify  # noqa: E402
from provenance.index import search_quotes, update_index  # noqa: E402
from provenance.index.mine import mine  # noqa: E402
from provenance.parse import parse_document  # noqa: E402

SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
AEB = SHARED / "corpus" / "articles" / "aeb" / "html"
PLANTED = 10
SPEAKER = "Wendell Abernathy-Koomen"


def paragraph_pool() -> list[str]:
    pool = []
    for path in sorted(AEB.glob("*.html.gz")):
        article = parse_document(gzip.decompress(path.read_bytes()), media_type="text/html")
        for text in article.paragraph_texts():
            if 80 <= len(text) <= 360 and any(m in text for m in ('"', "\u201c")):
                pool.append(text)
    return pool


def page(n: int, pool: list[str], planted: bool) -> bytes:
    rng = random.Random(n)
    paras = [html.escape(p) for p in rng.sample(pool, 3)]
    if planted:
        paras.insert(
            1,
            f"\u201cThe floodgates at pier {n} stay open until the inquiry ends,\u201d said "
            f"{SPEAKER}, the port director.",
        )
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Report {n}</title></head>"
        f"<body><article><h1>Report {n}</h1>{body}</article></body></html>"
    ).encode()


def build(path: Path, pages: int, pool: list[str]) -> float:
    """An archive of ``pages`` synthetic pages; seconds taken."""
    start = time.perf_counter()
    archive = Archive(path, durable=False)
    every = pages // PLANTED
    base = datetime(2024, 1, 1, tzinfo=timezone.utc)
    batch: list[PendingRecord] = []
    for n in range(pages):
        url = f"https://news.example/{n // 1000}/report-{n}"
        body = page(n, pool, n % every == every // 2)
        head = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
        )
        request = f"GET /{n // 1000}/report-{n} HTTP/1.1\r\nHost: news.example\r\n\r\n".encode()
        when = base + timedelta(minutes=n)
        response = RecordDraft(
            "response", url, when, "application/http; msgtype=response", head + body, len(head)
        )
        facts = RecordFacts(origin="live", content_type="text/html", http_status=200)
        batch.append(PendingRecord(response, facts))
        batch.append(
            PendingRecord(
                RecordDraft(
                    "request", url, when, "application/http; msgtype=request", request,
                    len(request), extra_headers=(("WARC-Concurrent-To", response.record_id),),
                ),
                RecordFacts(origin="live"),
            )
        )  # fmt: skip
        if len(batch) >= 1000:
            archive.append(batch)
            batch = []
    if batch:
        archive.append(batch)
    return time.perf_counter() - start


def cli(*args: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "provenance", *args], cwd=ROOT, capture_output=True, text=True
    )
    if proc.returncode not in (0, 6):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr}")


Op = tuple[Callable[[], object], Callable[[], object]]  # (CLI run, library call)


def operations(path: Path, tmp: Path) -> dict[str, Op]:
    """The operations to time in one archive, as (CLI, library) callables."""
    archive = Archive(path)
    planted = search_quotes(archive, speaker="abernathy", limit=100).hits
    assert len(planted) >= PLANTED, len(planted)  # and the quotes it was resolved for
    others = search_quotes(archive, words="said", limit=200).hits
    chosen = [*planted[:PLANTED], *others[:: max(1, len(others) // 10)][:10]]
    cites = [
        cite_quote(archive, h.quote.quote_id, f"{h.entry.file}:{h.entry.offset}") for h in chosen
    ]
    assert len(cites) == 20
    draft = "".join(f"Report. [[{c.citation_id}]]\n\n" for c in cites)
    draft_file = tmp / f"draft-{path.name}.md"
    draft_file.write_text(draft)
    cfile = tmp / f"c-{path.name}.json"
    cfile.write_text(cites[0].to_json())
    qid = planted[0].quote.quote_id
    a = str(path)
    return {
        "verify one citation (baseline)": (
            lambda: cli("verify", "--archive", a, str(cfile)),
            lambda: verify(cites[0], path),
        ),
        "speaker search": (
            lambda: cli("search", "--archive", a, "--speaker", "abernathy"),
            lambda: search_quotes(archive, speaker="abernathy"),
        ),
        "word search": (
            lambda: cli("search", "--archive", a, "floodgates"),
            lambda: search_quotes(archive, words="floodgates"),
        ),
        "cite by quote id": (
            lambda: cli("cite", "--archive", a, qid),
            lambda: cite_quote(archive, qid, keep=False),
        ),
        "render a 20-citation draft": (
            lambda: cli("render", "--archive", a, str(draft_file)),
            lambda: render_draft(draft, archive),
        ),
    }


def measure(ops: dict[int, dict[str, Op]], runs: int) -> dict[int, dict[str, tuple[float, float]]]:
    """Medians per archive size of (CLI seconds, library seconds); the runs alternate
    between the archives, so load on the machine weighs on both alike."""
    times: dict[int, dict[str, tuple[list[float], list[float]]]] = {
        n: {name: ([], []) for name in table} for n, table in ops.items()
    }
    for name in next(iter(ops.values())):
        for how in (0, 1):
            repeat = runs if how == 0 else (5 * runs if not name.startswith("render") else runs)
            for _ in range(repeat):
                for n, table in ops.items():
                    t = time.perf_counter()
                    table[name][how]()
                    times[n][name][how].append(time.perf_counter() - t)
    return {
        n: {name: (statistics.median(c), statistics.median(lib)) for name, (c, lib) in t.items()}
        for n, t in times.items()
    }


def build_rates(pristine: Path, tmp: Path, runs: int) -> dict[int, tuple[float, float, int]]:
    """{jobs: (index pages/s, mine pages/s, pages)} on the same pages, medians."""
    warcs = [str(p) for p in sorted((pristine / "warcs").glob("*.warc.gz"))]
    out = {}
    for jobs in (1, 2):
        index_times, mine_times = [], []
        pages = 0
        for r in range(runs):
            copy = tmp / f"rate-{jobs}-{r}"
            shutil.copytree(pristine, copy)
            t = time.perf_counter()
            report = update_index(Archive(copy, durable=False), jobs=jobs)
            index_times.append(time.perf_counter() - t)
            pages = report.pages
            shutil.rmtree(copy)
            t = time.perf_counter()
            mined = mine(warcs, io.StringIO(), jobs=jobs)
            mine_times.append(time.perf_counter() - t)
            assert mined.records == pages, (mined.records, pages)
        out[jobs] = (
            pages / statistics.median(index_times),
            pages / statistics.median(mine_times),
            pages,
        )
    return out


def index_bytes(path: Path) -> tuple[int, int]:
    """(bytes of the index tables, bytes of the whole catalog), by SQLite's dbstat."""
    db = sqlite3.connect(path / "catalog.sqlite")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        rows = db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:  # dbstat not compiled in
        rows = []
    db.close()
    total = (path / "catalog.sqlite").stat().st_size
    ours = sum(
        n
        for name, n in rows
        if name.startswith(("pages", "quotes", "quote_fts", "citations"))
        or name == "sqlite_autoindex_citations_1"
    )
    return ours, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not AEB.is_dir():
        print(f"skipped: corpus not found at {AEB}")
        return 0
    pool = paragraph_pool()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rates: dict[int, tuple[float, float, int]] = {}
        sizes: dict[int, tuple[int, int, int]] = {}
        ops: dict[int, dict[str, Op]] = {}
        for pages in (args.small, args.large):
            path = tmp / f"archive-{pages}"
            built = build(path, pages, pool)
            warc_bytes = sum(p.stat().st_size for p in (path / "warcs").glob("*"))
            if pages == args.small:
                pristine = tmp / "pristine"
                shutil.copytree(path, pristine)
                rates = build_rates(pristine, tmp, args.runs)
                shutil.rmtree(pristine)
            t = time.perf_counter()
            report = update_index(Archive(path, durable=False), jobs=2)
            took = time.perf_counter() - t
            ops[pages] = operations(path, tmp)
            ours, total = index_bytes(path)
            sizes[pages] = (ours, total, warc_bytes)
            print(
                f"{pages} pages: built in {built:.0f}s ({warc_bytes / 1e6:.0f} MB of WARC), "
                f"indexed in {took:.0f}s with 2 workers ({report.quotes} quotes, "
                f"{report.failed} unparsed)",
                flush=True,
            )
        results = measure(ops, args.runs)
    small, large = results[args.small], results[args.large]
    base_cli = {n: results[n]["verify one citation (baseline)"][0] for n in results}
    base_lib = {n: results[n]["verify one citation (baseline)"][1] for n in results}
    print(f"\n{'operation':<30}{'how':<9}{args.small:>10}{args.large:>10}{'ratio':>8}"
          f"{'x verify':>10}  targets: ratio <= 1.5, x verify <= 3")  # fmt: skip
    failed = 0
    for name in small:
        for i, how in enumerate(("CLI", "library")):
            a, b = small[name][i], large[name][i]
            base = (base_cli if i == 0 else base_lib)[args.large]
            ratio = b / a
            vs = b / base
            ok = ratio <= 1.5 and (vs <= 3 or name.startswith("verify"))
            failed += not ok
            unit = "s" if i == 0 else "ms"
            scale = 1 if i == 0 else 1000
            print(
                f"{name:<30}{how:<9}{a * scale:>9.3f}{unit[0]}{b * scale:>9.3f}{unit[0]}"
                f"{ratio:>8.2f}{vs:>10.2f}  {'PASS' if ok else 'FAIL'}"
            )
    print("\nIndex build rate beside `mine` on the same pages (target >= 0.80)")
    for jobs, (ri, rm, n) in rates.items():
        ok = ri / rm >= 0.8
        failed += not ok
        print(
            f"  {jobs} worker(s), {n} pages: index {ri:.0f} pages/s, mine {rm:.0f} pages/s, "
            f"ratio {ri / rm:.2f}  {'PASS' if ok else 'FAIL'}"
        )
    print("\nIndex size")
    for pages, (ours, total, warc) in sizes.items():
        print(
            f"  {pages} pages: index tables {ours / pages / 1024:.2f} KiB/page, whole catalog "
            f"{total / pages / 1024:.2f} KiB/page; WARC {warc / pages / 1024:.2f} KiB/page"
        )
    print(f"\n{'all targets PASS' if not failed else f'{failed} target(s) FAIL'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
