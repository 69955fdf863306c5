"""Body-text quality, byte round-tripping, metadata and speed of the parse stage.

Everything is measured beside trafilatura (default settings, no offsets) in
the same run:

- body text on the AEB news pages (ground-truth article bodies): token-level
  precision, recall and F1, mean per page;
- the share of our extracted characters whose byte range decodes (and
  unescapes) back to them;
- the with/without snippet checks of trafilatura's evaluation pages
  (multilingual blogs, shops, forums, news): a "with" snippet must be in the
  text, a "without" snippet must not; overall, per language and per kind of
  page. The language is the page's ``<html lang>``, else a guess from common
  words of its snippets; the kind of page is a guess from its URL and its
  declarations (JSON-LD and OpenGraph types, generator). Texts are compared
  with white space folded and invisible soft hyphens (U+00AD) removed;
- metadata: title and published date beside trafilatura's metadata on the
  AEB pages, and title, author, date and site name beside the evaluation
  pages' own metadata where they give it; the share of our values backed by
  evidence (the bytes that state them, or the page's address);
- speed: our full parse (text, offsets, metadata) beside
  ``trafilatura.extract`` over the AEB pages: CPU time of this process, rounds
  of each interleaved, the median of the per-round ratios (``--rounds``, 5).

PASS/FAIL lines close the report: snippet accuracy at least trafilatura's,
news body F1 at least 0.954, full parse at most 0.8x trafilatura's time,
every character round-tripping to its bytes.

Usage: python benchmarks/extraction.py [--rounds 5] [--show-worst 10] [--show-failures]
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
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks._measure import rounds_option  # noqa: E402
from provenance.parse import Article, parse_document  # noqa: E402
from provenance.parse.statements import EVIDENCED  # noqa: E402

SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
ARTICLES = SHARED / "corpus" / "articles"
F1_TARGET = 0.954
SPEED_TARGET = 0.8
_TOKEN = re.compile(r"\w+", re.UNICODE)
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
COMMON_WORDS = {
    "de": "der die das und ist nicht mit sich auf den dem für eine ein auch wir ich",
    "en": "the and of to is in that for with was are this you it on have",
    "fr": "le la les et des est une pour dans que qui pas sur au du avec",
    "es": "el la los las y que es en por con una para del se como más",
    "it": "il la che di e per una sono con del della non gli anche",
    "nl": "de het een en van is dat op te zijn met voor niet ook",
    "pt": "o a os as e que de do da em para com uma não por",
}


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


def flat(text: str) -> str:
    return " ".join(text.replace("\xad", "").split())


def language(data: bytes, snippets: list[str]) -> str:
    m = _HTML_LANG.search(data[:50_000])
    if m:
        return m.group(1).decode().lower()
    words = tokens(" ".join(snippets))
    best = max(COMMON_WORDS, key=lambda k: sum(words[w] for w in COMMON_WORDS[k].split()))
    return best if any(words[w] for w in COMMON_WORDS[best].split()) else "?"


def page_kind(url: str, data: bytes) -> str:
    head = data[:200_000].decode("utf-8", "replace").lower()
    path = url.lower()
    if "discussionforumposting" in head or re.search(
        r"(?<![a-z])(?:forum|thread|viewtopic|showthread|board)s?(?![a-z])", path
    ):
        return "forum"
    if re.search(r'"@type"\s*:\s*"product"|og:type"\s+content="product', head) or re.search(
        r"(?<![a-z])(?:shop|store|product)s?(?![a-z])|/p/", path
    ):
        return "shop"
    if (
        re.search(r"blog|wordpress|blogspot", path)
        or "blogposting" in head
        or re.search(r'name="generator"\s+content="(wordpress|blogger)', head)
    ):
        return "blog"
    if "newsarticle" in head or re.search(r'og:type"\s+content="article', head):
        return "news/article"
    return "other"


def news_pages(args: argparse.Namespace, rows: dict[str, Any]) -> dict[str, bytes]:
    import trafilatura

    aeb = ARTICLES / "aeb"
    truth = json.loads((aeb / "ground-truth.json").read_text())
    pages = {k: gzip.decompress((aeb / "html" / f"{k}.html.gz").read_bytes()) for k in truth}
    ours_s: list[tuple[float, float, float]] = []
    traf_s: list[tuple[float, float, float]] = []
    checked = good = 0
    meta_counts: Counter[str] = Counter()
    worst: list[tuple[float, str]] = []
    for key, data in pages.items():
        want = truth[key]["articleBody"]
        art = parse_document(data, media_type="text/html", url=truth[key].get("url"))
        ours_s.append(prf(art.text, want))
        worst.append((ours_s[-1][2], key))
        t, o = round_trip(art, data)
        checked += t
        good += o
        traf_s.append(prf(trafilatura.extract(data) or "", want))
        meta = trafilatura.extract_metadata(data)
        if meta is not None and meta.title:
            meta_counts["title_n"] += 1
            mine, theirs = norm(art.title), norm(meta.title)
            meta_counts["title_ok"] += mine == theirs
            meta_counts["title_loose"] += bool(mine) and (mine in theirs or theirs in mine)
        if meta is not None and meta.date:
            meta_counts["date_n"] += 1
            meta_counts["date_ok"] += (art.published or "")[:10] == meta.date[:10]
            meta_counts["date_loose"] += _day_apart(art.published, meta.date) <= 1

    def mean(rows: list[tuple[float, float, float]], i: int) -> float:
        return statistics.fmean(r[i] for r in rows)

    print(f"Body text on {len(pages)} AEB news pages (token P/R/F1, mean per page)")
    print(f"{'':<28}{'precision':>10}{'recall':>10}{'F1':>10}")
    for label, s in (("provenance", ours_s), ("trafilatura (baseline)", traf_s)):
        print(f"{label:<28}{mean(s, 0):>10.3f}{mean(s, 1):>10.3f}{mean(s, 2):>10.3f}")
    rows["f1"] = mean(ours_s, 2)
    rows["f1_traf"] = mean(traf_s, 2)
    rows["round_trip"] = good / max(checked, 1)
    print(f"characters round-tripping to their bytes: {good}/{checked} = {good / checked:.4%}")
    c = meta_counts
    print(
        f"title vs trafilatura's metadata: same {c['title_ok'] / max(c['title_n'], 1):.1%}, one"
        f" contains the other {c['title_loose'] / max(c['title_n'], 1):.1%} of {c['title_n']}"
    )
    print(
        f"published date vs trafilatura's: same day {c['date_ok'] / max(c['date_n'], 1):.1%},"
        f" within a day {c['date_loose'] / max(c['date_n'], 1):.1%} of {c['date_n']}"
    )
    for f, key in sorted(worst)[: args.show_worst]:
        print(f"  worst F1 {f:.3f} {key} {truth[key].get('url')}")
    return pages


_JOINERS = frozenset(["and", "und", "et", "y", "e", "by", "von", "par", "por"])


def _agree(field: str, mine: str | None, want: str) -> bool:
    if field == "date":
        return (mine or "")[:10] == want[:10]
    a, b = norm(mine), norm(want)
    if field == "author":  # the same people, however joined ("A; B" or "A und B")
        return bool(a) and set(a.split()) - _JOINERS == set(b.split()) - _JOINERS
    return a == b


def snippet_pages(args: argparse.Namespace, rows: dict[str, Any]) -> None:
    import trafilatura

    evald = json.loads((ARTICLES / "trafilatura-cache-evaldata.json").read_text())
    cache = ARTICLES / "trafilatura-cache"
    by: dict[str, defaultdict[str, list[int]]] = {
        "language": defaultdict(lambda: [0, 0, 0]),
        "kind of page": defaultdict(lambda: [0, 0, 0]),
    }
    total = [0, 0, 0]
    meta_ok: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    evidenced = [0, 0]
    pages = 0
    for url, entry in evald.items():
        path = cache / entry["file"]
        if not path.is_file():
            continue
        pages += 1
        data = path.read_bytes()
        art = parse_document(data, media_type="text/html", url=url)
        ours = flat(art.text)
        traf = flat(trafilatura.extract(data) or "")
        have = {(e.field, e.value) for e in art.evidence}
        for field in EVIDENCED:
            value = getattr(art, field)
            for v in value if isinstance(value, tuple) else ((value,) if value else ()):
                evidenced[1] += 1
                evidenced[0] += (field, v) in have
        lang = language(data, entry.get("with", []))
        kind = page_kind(url, data)
        failures = []
        for want, snippets in ((True, entry.get("with", [])), (False, entry.get("without", []))):
            for snippet in snippets:
                s = flat(snippet)
                a, b = (s in ours) == want, (s in traf) == want
                for counts in (total, by["language"][lang], by["kind of page"][kind]):
                    counts[0] += 1
                    counts[1] += a
                    counts[2] += b
                if not a:
                    failures.append(f"    {'missing' if want else 'kept   '} {s[:100]}")
        if args.show_failures and failures:
            print(f"  {entry['file']} ({lang}, {kind})", *failures, sep="\n")
        if any(entry.get(f) for f in ("title", "author", "date", "sitename")):
            meta = trafilatura.extract_metadata(data)
            theirs = {
                "title": meta.title if meta else None,
                "author": meta.author if meta else None,
                "date": meta.date if meta else None,
                "sitename": meta.sitename if meta else None,
            }
            mine = {
                "title": art.title,
                "author": "; ".join(art.authors) or None,
                "date": art.published,
                "sitename": art.outlet,
            }
            for field in theirs:
                if entry.get(field):
                    meta_ok[field][0] += 1
                    meta_ok[field][1] += _agree(field, mine[field], entry[field])
                    meta_ok[field][2] += _agree(field, theirs[field], entry[field])
    print(f"\nSnippet checks on {pages} evaluation pages ({total[0]} with/without checks)")
    print(f"{'':<24}{'checks':>8}{'provenance':>12}{'trafilatura':>13}")
    print(f"{'all':<24}{total[0]:>8}{total[1] / total[0]:>12.1%}{total[2] / total[0]:>13.1%}")
    for name, groups in by.items():
        print(f"by {name}:")
        for key, (n, a, b) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
            print(f"  {key:<22}{n:>8}{a / n:>12.1%}{b / n:>13.1%}")
    rows["snippets"] = total[1] / total[0]
    rows["snippets_traf"] = total[2] / total[0]
    print("metadata beside the evaluation pages' own (pages that give it):")
    for field, (n, a, b) in meta_ok.items():
        print(f"  {field:<22}{n:>8}{a / n:>12.1%}{b / n:>13.1%}")
    print(
        f"our metadata values with evidence (bytes that state them, or the address): "
        f"{evidenced[0]}/{evidenced[1]} = {evidenced[0] / max(evidenced[1], 1):.1%}"
    )


def timed(pages: dict[str, bytes], fn: Callable[[bytes], object]) -> float:
    """CPU seconds of this process to run ``fn`` over every page (others' load aside)."""
    start = time.process_time()
    for data in pages.values():
        fn(data)
    return time.process_time() - start


def speed(args: argparse.Namespace, pages: dict[str, bytes], rows: dict[str, Any]) -> None:
    import trafilatura

    total_mb = sum(len(d) for d in pages.values()) / 1e6
    ours: list[float] = []
    traf: list[float] = []
    for _ in range(args.rounds):  # interleaved, so a busy spell hits both
        ours.append(timed(pages, lambda d: parse_document(d, media_type="text/html")))
        traf.append(timed(pages, trafilatura.extract))
    mo, mt = statistics.median(ours), statistics.median(traf)
    ratio = statistics.median(o / t for o, t in zip(ours, traf, strict=True))
    print(f"\nSpeed over {total_mb:.1f} MB of HTML ({len(pages)} pages), CPU time,")
    print(f"median of {args.rounds} interleaved rounds")
    print(f"provenance full parse (text + offsets + metadata): {total_mb / mo:6.2f} MB/s")
    print(f"trafilatura.extract (baseline):                    {total_mb / mt:6.2f} MB/s")
    print(f"time ratio ours / trafilatura: {ratio:.2f}x (median of per-round ratios)")
    rows["speed"] = ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    rounds_option(parser, default=5)
    parser.add_argument("--show-worst", type=int, default=0)
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    if not (ARTICLES / "aeb").is_dir():
        print(f"skipped: corpus not found at {ARTICLES}")
        return 0
    rows: dict[str, Any] = {}
    pages = news_pages(args, rows)
    snippet_pages(args, rows)
    speed(args, pages, rows)
    verdicts = [
        (
            "snippet accuracy >= trafilatura's",
            rows["snippets"] >= rows["snippets_traf"],
            f"{rows['snippets']:.1%} vs {rows['snippets_traf']:.1%}",
        ),
        (
            f"news body F1 >= {F1_TARGET}",
            rows["f1"] >= F1_TARGET,
            f"{rows['f1']:.3f} (trafilatura {rows['f1_traf']:.3f})",
        ),
        (
            f"full parse <= {SPEED_TARGET}x trafilatura's time",
            rows["speed"] <= SPEED_TARGET,
            f"{rows['speed']:.2f}x",
        ),
        ("every character maps to its bytes", rows["round_trip"] == 1.0, ""),
    ]
    print()
    for label, ok, detail in verdicts:
        print(f"{'PASS' if ok else 'FAIL'}  {label}  {detail}".rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
