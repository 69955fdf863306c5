"""Hand-judged quotes: an extractor's reported quotes drawn at random and judged by hand
(is it an attribution, and who is the speaker), scored again for any extractor.

Three gold files, all offsets and labels only: ``news_judged.json`` on AEB news pages
(development data, tuned on), ``polnear_judged.json`` on the first 200 PolNeAR train
articles and ``german_judged.json`` on the German pages of the trafilatura page cache (two
held-out checks: no rule is tuned on those pages' output).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _quote_data import parse_text
from _quote_score import name_ok

from provenance.parse import Article, parse_document

COUNTS = (
    "right", "wrong", "unresolved", "lost", "false, still reported", "false, dropped"
)  # fmt: skip


def news_articles(path: Path, pages_dir: Path) -> Iterator[tuple[dict[str, Any], Article]]:
    """Each judged AEB page (its gold entry and parsed article), checked by sha256."""
    for page in json.loads(path.read_text(encoding="utf-8"))["pages"]:
        source = pages_dir / f"{page['page']}.html.gz"
        if not source.exists():
            continue
        html = gzip.decompress(source.read_bytes())
        if hashlib.sha256(html).hexdigest() != page["sha256"]:
            raise SystemExit(f"judged quotes: page {page['page'][:12]} does not match its sha256")
        yield page, parse_document(html, media_type="text/html")


def polnear_articles(path: Path, text_dir: Path) -> Iterator[tuple[dict[str, Any], Article]]:
    """Each judged PolNeAR article (its gold entry and parsed text), checked by sha256."""
    for page in json.loads(path.read_text(encoding="utf-8"))["pages"]:
        source = text_dir / f"{page['doc']}.txt"
        if not source.exists():
            continue
        raw = source.read_bytes()
        if hashlib.sha256(raw).hexdigest() != page["sha256"]:
            raise SystemExit(f"judged quotes: {page['doc']} does not match its sha256")
        yield page, parse_text(raw.decode("utf-8"))


def web_articles(path: Path, pages_dir: Path) -> Iterator[tuple[dict[str, Any], Article]]:
    """Each judged page of the trafilatura cache (its gold entry and parsed HTML)."""
    if not path.exists():
        return
    for page in json.loads(path.read_text(encoding="utf-8"))["pages"]:
        source = pages_dir / page["page"]
        if not source.exists():
            continue
        html = source.read_bytes()
        if hashlib.sha256(html).hexdigest() != page["sha256"]:
            raise SystemExit(f"judged quotes: page {page['page']} does not match its sha256")
        yield page, parse_document(html, media_type="text/html")


def judged_section(
    title: str,
    articles: Iterator[tuple[dict[str, Any], Article]],
    syss: list[tuple[str, Any]],
) -> None:
    """Per set and extractor: attributions right, wrong, unresolved or lost; quotes judged
    not to be attributions still reported or dropped."""
    extractors = [(label, s) for label, s in syss if label.startswith("provenance")]
    sets: dict[tuple[str, str], dict[str, int]] = {}
    for page, article in articles:
        for label, extract in extractors:
            ours = [q for q in extract(article) if q.kind not in ("scare", "nested")]
            tally = sets.setdefault((page["set"], label), dict.fromkeys(COUNTS, 0))
            judge_page(page, ours, tally)
    if not sets:
        print(f"\nskipped: {title}: no judged quotes or no pages")
        return
    print(f"\n{title}")
    print("attributions: right / wrong / unresolved / lost; judged false: still reported / dropped")
    print("(right: the judged speaker's name, or no name where the article names no one)")
    for (name, label), tally in sorted(sets.items()):
        real = sum(tally[k] for k in ("right", "wrong", "unresolved", "lost"))
        print(f"  {name} {label}: {real} attributions: " + ", ".join(
            f"{k} {tally[k]}" for k in COUNTS
        ) + f"; right {tally['right'] / max(1, real):.1%}")  # fmt: skip


def judge_page(page: dict[str, Any], ours: list[Any], tally: dict[str, int]) -> None:
    """Score one page's judged quotes against ``ours`` (the quote overlapping most)."""
    for item in page["quotes"]:
        span = (item["byte_start"], item["byte_end"])
        hit = max(ours, key=lambda q: _byte_overlap(q, span), default=None)
        found = hit is not None and _byte_overlap(hit, span) > 0
        if not item["attribution"]:
            tally["false, still reported" if found else "false, dropped"] += 1
            continue
        if not found or hit is None:
            tally["lost"] += 1
            continue
        tally[_verdict(hit.speaker_name, hit.resolution, item)] += 1


def _byte_overlap(q: Any, span: tuple[int, int]) -> int:
    return sum(max(0, min(c.byte_end, span[1]) - max(c.byte_start, span[0])) for c in q.content)


def _verdict(name: str | None, how: str, item: dict[str, Any]) -> str:
    unresolved = name is None or "unresolved" in how
    gold = item.get("speaker")
    if gold is None:
        return "right" if unresolved else "wrong"
    names = [gold, *([item["alias"]] if "alias" in item else [])]
    if not unresolved and any(name_ok(name, g, "person") for g in names):
        return "right"
    return "unresolved" if unresolved else "wrong"
