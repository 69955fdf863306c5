"""Body-text quality, byte round-tripping, metadata and speed of the parse stage.

Over the 121 AEB news pages (ground-truth article bodies) it reports, for
our parser and, in the same run, for trafilatura (no offsets):

- token-level precision, recall and F1 of the body text (mean per page);
- the share of our extracted characters whose byte range decodes (and
  unescapes) back to them;
- title and published-date agreement with trafilatura's metadata, where it
  finds one (AEB carries no metadata ground truth);
- the multilingual ``with``/``without`` snippet check of the trafilatura
  evaluation data;
- MB/s of our full parse beside ``BeautifulSoup(html, "lxml").get_text()``.

Targets (PASS/FAIL printed): F1 gap to trafilatura <= 0.02; every extracted
character round-trips to its bytes (100%); our full parse costs <= 2x the
BeautifulSoup baseline (median of ``--rounds`` rounds, at least 3).

Usage: python benchmarks/extraction.py [--rounds 3] [--show-worst 10]
Needs the shared corpus beside the project, and the bench extra.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._measure import rounds_option, target  # noqa: E402
from provenance.parse import Article, parse_document  # noqa: E402

SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
ARTICLES = SHARED / "corpus" / "articles"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def prf(got: str, want: str) -> tuple[float, float, float]:
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(w.values()) if w else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def round_trip(article: Article, data: bytes) -> tuple[int, int]:
    """(characters checked, characters whose bytes decode back to them)."""
    codec = article.offsets.encode_codec
    ok = total = 0
    for cp, b0, b1, kind in article.offsets.iter_chars(article.text):
        if kind == "synthetic":
            continue
        total += 1
        ch = article.text[cp]
        try:
            raw = data[b0:b1].decode(codec)
        except UnicodeDecodeError:
            raw = "\ufffd" if ch == "\ufffd" else ""
        if kind == "literal":
            ok += raw == ch
        elif ch == " ":
            ok += bool(raw) and (raw.isspace() or html.unescape(raw).isspace())
        else:
            ok += ch in html.unescape(raw) or ch == "\ufffd"
    return total, ok


def _day_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 99
    try:
        da = date.fromisoformat(a[:10])
        db = date.fromisoformat(b[:10])
    except ValueError:
        return 99
    return abs((da - db).days)


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", html.unescape(text or "")).lower()
    return " ".join(_TOKEN.findall(text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    rounds_option(parser)
    parser.add_argument("--show-worst", type=int, default=0)
    args = parser.parse_args()
    aeb = ARTICLES / "aeb"
    if not aeb.is_dir():
        print(f"skipped: corpus not found at {aeb}")
        return 0
    import trafilatura
    from bs4 import BeautifulSoup

    truth = json.loads((aeb / "ground-truth.json").read_text())
    pages = {k: gzip.decompress((aeb / "html" / f"{k}.html.gz").read_bytes()) for k in truth}
    ours_s: list[tuple[float, float, float]] = []
    traf_s: list[tuple[float, float, float]] = []
    checked = good = 0
    title_ok = title_n = date_ok = date_n = title_loose = date_loose = 0
    worst: list[tuple[float, str]] = []
    for key, data in pages.items():
        want = truth[key]["articleBody"]
        art = parse_document(data, media_type="text/html", url=truth[key].get("url"))
        ours_s.append(prf(art.text, want))
        worst.append((ours_s[-1][2], key))
        t, o = round_trip(art, data)
        checked += t
        good += o
        traf = trafilatura.extract(data, favor_precision=False) or ""
        traf_s.append(prf(traf, want))
        meta = trafilatura.extract_metadata(data)
        if meta is not None and meta.title:
            title_n += 1
            mine, theirs = norm(art.title), norm(meta.title)
            title_ok += mine == theirs
            title_loose += bool(mine) and (mine in theirs or theirs in mine)
        if meta is not None and meta.date:
            date_n += 1
            date_ok += (art.published or "")[:10] == meta.date[:10]
            date_loose += _day_apart(art.published, meta.date) <= 1

    def mean(rows: list[tuple[float, float, float]], i: int) -> float:
        return statistics.fmean(r[i] for r in rows)

    print(f"Body text on {len(pages)} AEB pages (token P/R/F1, mean per page)")
    print(f"{'':<28}{'precision':>10}{'recall':>10}{'F1':>10}")
    for label, rows in (("provenance", ours_s), ("trafilatura (baseline)", traf_s)):
        print(f"{label:<28}{mean(rows, 0):>10.3f}{mean(rows, 1):>10.3f}{mean(rows, 2):>10.3f}")
    gap = mean(traf_s, 2) - mean(ours_s, 2)
    print(target("F1 gap to trafilatura <= 0.02", f"{gap:+.3f}", gap <= 0.02))
    print(target("characters round-tripping to their bytes = 100%",
                 f"{good}/{checked} = {good / checked:.4%}", good == checked))  # fmt: skip
    print(
        f"title vs trafilatura's metadata: same {title_ok / max(title_n, 1):.1%}, one contains"
        f" the other (site name added or not) {title_loose / max(title_n, 1):.1%} of {title_n}"
    )
    print(
        f"published date vs trafilatura's metadata: same day {date_ok / max(date_n, 1):.1%},"
        f" within a day (time zones) {date_loose / max(date_n, 1):.1%} of {date_n}"
    )
    if args.show_worst:
        for f, key in sorted(worst)[: args.show_worst]:
            print(f"  worst F1 {f:.3f} {key} {truth[key].get('url')}")

    # Multilingual with/without snippets.
    evald = json.loads((ARTICLES / "trafilatura-cache-evaldata.json").read_text())
    cache = ARTICLES / "trafilatura-cache"
    ok_ours = ok_traf = n = 0
    for url, entry in evald.items():
        path = cache / entry["file"]
        if not path.is_file():
            continue
        data = path.read_bytes()
        ours = " ".join(parse_document(data, media_type="text/html", url=url).text.split())
        traf = " ".join((trafilatura.extract(data) or "").split())
        for snippet in entry.get("with", []):
            n += 1
            s = " ".join(snippet.split())
            ok_ours += s in ours
            ok_traf += s in traf
        for snippet in entry.get("without", []):
            n += 1
            s = " ".join(snippet.split())
            ok_ours += s not in ours
            ok_traf += s not in traf
    print(f"\nMultilingual snippets ({len(evald)} pages, {n} with/without checks)")
    print(f"provenance: {ok_ours / n:.1%}   trafilatura (baseline): {ok_traf / n:.1%}")

    # Speed.
    total_mb = sum(len(d) for d in pages.values()) / 1e6
    t_ours: list[float] = []
    t_bs: list[float] = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for data in pages.values():
            parse_document(data, media_type="text/html")
        t_ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        for data in pages.values():
            BeautifulSoup(data, "lxml").get_text()
        t_bs.append(time.perf_counter() - start)
    mo, mb = statistics.median(t_ours), statistics.median(t_bs)
    print(f"\nSpeed over {total_mb:.1f} MB of HTML, median of {args.rounds} rounds")
    print(f"provenance full parse (text + offsets + metadata): {total_mb / mo:6.2f} MB/s")
    print(f"BeautifulSoup(html, 'lxml').get_text() (baseline): {total_mb / mb:6.2f} MB/s")
    print(target("cost ratio ours / baseline <= 2x", f"{mo / mb:.2f}x", mo / mb <= 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
