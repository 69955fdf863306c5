"""The claims a citation makes about the words of a representation, and their checks.

Each function here takes a :class:`Citation` and the representation bytes it
cites (already proven to be the cited ones by their sha256) and returns
named :class:`Check` values. Words are compared with the documented folding
of :mod:`provenance.parse.fold`: exactly, white space included.

A check *passes*, *fails*, is *not checked* (it could not be decided here:
the evidence is missing, or markup inside a span may hide text the parser
drops, which only a re-parse decides) or is *not applicable* (the citation
makes no such claim).
"""

from __future__ import annotations

import hashlib

import attrs

from ..parse.fold import Folded, fold_span, fold_text
from ..parse.statements import from_url, states
from ..quotes import quote_id_for
from ..quotes.evidence import QUOTATION_MARKS, chain_problem
from .citation import Citation, Span

__all__ = [
    "FAILED",
    "NOT_APPLICABLE",
    "NOT_CHECKED",
    "PASSED",
    "Check",
    "Words",
    "kind_checks",
    "mention_checks",
    "metadata_checks",
    "quote_checks",
    "selector_check",
]

PASSED = "passed"
FAILED = "failed"
NOT_CHECKED = "not checked"
NOT_APPLICABLE = "not applicable"


@attrs.frozen
class Check:
    """One claim of a citation and what verification found."""

    name: str
    status: str
    detail: str

    @property
    def passed(self) -> bool | None:
        """True if proven, False if refuted, None if not checked or not applicable."""
        return True if self.status == PASSED else (False if self.status == FAILED else None)


def _check(name: str, ok: bool, detail: str) -> Check:
    return Check(name, PASSED if ok else FAILED, detail)


class Words:
    """The representation as a verifier reads it: the words at any byte span."""

    def __init__(self, data: bytes, codec: str, source_format: str) -> None:
        self.data = data
        self.codec = codec
        self.format = source_format

    def inside(self, start: int, end: int) -> bool:
        return 0 <= start <= end <= len(self.data)

    def at(self, start: int, end: int) -> Folded:
        return fold_span(self.data, start, end, self.codec, self.format)

    def raw(self, start: int, end: int) -> str:
        return self.data[start:end].decode(self.codec, "replace")

    def tight(self, start: int, end: int) -> bool:
        """The span starts and ends with a character of text: no white space (which the
        folding would hide) and no tag at either edge."""
        raw = self.raw(start, end)
        if not raw or raw[0].isspace() or raw[-1].isspace() or "\x00" in (raw[0], raw[-1]):
            return False
        return self.format != "html" or (raw[0] != "<" and raw[-1] != ">")

    def holds(self, start: int, end: int, claimed: str) -> str:
        """PASSED, FAILED, or NOT_CHECKED when markup inside the span that may hide text
        from the parser leaves it open (whether the words match or not)."""
        if not self.inside(start, end) or not self.tight(start, end):
            return FAILED
        found = self.at(start, end)
        if found.markup:
            return NOT_CHECKED
        return PASSED if found.text == fold_text(claimed) else FAILED

    def between_is_empty(self, start: int, end: int) -> bool:
        """Nothing but markup or white space lies in bytes ``[start, end)``."""
        return start <= end and self.inside(start, end) and self.at(start, end).text == ""


def _span_status(words: Words, spans: list[tuple[str, Span]]) -> tuple[str, str]:
    """One status for several spans: the first failure, else the first open one."""
    open_ = None
    for label, span in spans:
        status = words.holds(span.byte_start, span.byte_end, span.text)
        if status == FAILED:
            return (
                FAILED,
                f"{label} bytes {span.byte_start}-{span.byte_end} do not hold {span.text!r}",
            )
        if status == NOT_CHECKED and open_ is None:
            open_ = (
                f"markup inside {label} bytes {span.byte_start}-{span.byte_end}; a re-parse decides"
            )
    if open_ is not None:
        return NOT_CHECKED, open_
    return PASSED, ", ".join(f"{label} {s.byte_start}-{s.byte_end}" for label, s in spans)


def quote_checks(c: Citation, words: Words) -> list[Check]:
    """``quote text`` (each piece's bytes hold its words; the quote and its sha256 agree
    with them) and ``quote id`` (derived from the bytes cited)."""
    a = c.anchor
    checks: list[Check] = []
    pieces = list(a.pieces)
    if not pieces or (a.byte_start, a.byte_end) != (pieces[0][0], pieces[-1][1]):
        return [_check("quote text", False, "the byte span is not that of its pieces")]
    if not all(words.inside(s, e) and s < e for s, e in pieces):
        return [_check("quote text", False, f"bytes {a.byte_start}-{a.byte_end} are outside")]
    if not all(words.tight(s, e) for s, e in pieces):
        return [_check("quote text", False, "a piece's bytes begin or end with no text")]
    folded = [words.at(s, e) for s, e in pieces]
    joined = " ".join(f.text for f in folded)
    qh = hashlib.sha256(c.quote.text.encode("utf-8")).hexdigest()
    if qh != a.quote_sha256:
        checks.append(_check("quote text", False, f"the quote hashes to sha256 {qh}"))
    elif any(f.markup for f in folded):
        checks.append(
            Check("quote text", NOT_CHECKED, "markup inside the quote's bytes may hide text "
                  "the parser drops; a re-parse decides")
        )  # fmt: skip
    elif joined == fold_text(c.quote.text):
        where = ", ".join(f"{s}-{e}" for s, e in pieces)
        checks.append(_check("quote text", True, f"bytes {where} hold the quote, exactly"))
    else:
        checks.append(
            _check("quote text", False, f"bytes {a.byte_start}-{a.byte_end} do not hold the quote")
        )
    if c.legacy:
        checks.append(
            Check("quote id", NOT_APPLICABLE, "a first-schema citation names no quote id")
        )
    else:
        quoted = tuple((s.byte_start, s.byte_end) for s in c.evidence.quoted)
        derived = quote_id_for(c.integrity.representation_sha256, tuple(pieces), quoted)
        checks.append(
            _check("quote id", derived == c.quote.quote_id, f"derived from the bytes: {derived}")
        )
    return checks


def selector_check(c: Citation, words: Words) -> Check:
    """``text selectors`` (the W3C TextQuoteSelector): the exact text is at the quote's
    bytes, and the prefix and suffix are the words around them.

    Within the quote's paragraph they must be right next to its bytes; past a
    paragraph break the parser may have dropped a block (a caption, a "related"
    line), so the words there must follow in order, further on.
    """
    a = c.anchor
    pieces = list(a.pieces)
    if len(pieces) == 1:
        exact = PASSED if a.exact == c.quote.text else FAILED
    else:
        exact = words.holds(a.byte_start, a.byte_end, a.exact)
    if exact == FAILED:
        return _check("text selectors", False, "the exact text is not the quote's")
    window = 4 * max(len(a.prefix), len(a.suffix)) + 512
    before = _raw_fold(words, max(0, a.byte_start - window), a.byte_start)
    after = _raw_fold(words, a.byte_end, min(len(words.data), a.byte_end + window))
    near = a.prefix.split("\n\n")[::-1]
    far = a.suffix.split("\n\n")
    ok_before = _in_order(before.text[::-1], [_fold_keep(p)[::-1] for p in near])
    ok_after = _in_order(after.text, [_fold_keep(p) for p in far])
    if ok_before and ok_after and exact == PASSED:
        return _check("text selectors", True, "exact, prefix and suffix are at the quote's bytes")
    if exact == NOT_CHECKED or before.markup or after.markup:
        return Check(
            "text selectors",
            NOT_CHECKED,
            "markup near the quote may hide text the parser drops; a re-parse decides",
        )
    side = "prefix" if not ok_before else "suffix"
    return _check("text selectors", False, f"the {side} is not around the quote's bytes")


def _in_order(text: str, parts: list[str]) -> bool:
    """The first part starts ``text``; each later part (after a paragraph break) comes
    later, with anything between."""
    if not parts:
        return True
    first = parts[0]
    if not text.startswith(first):
        return False
    pos = len(first)
    for part in parts[1:]:
        core = part.strip(" ")
        found = text.find(core, pos)
        if found < 0:
            return False
        pos = found + len(core)
    return True


def _fold_keep(text: str) -> str:
    """White space runs as one space, ends kept (a prefix may end in a space)."""
    return fold_text("\x00" + text + "\x00")[1:-1]


def _raw_fold(words: Words, start: int, end: int) -> Folded:
    """The words of a window, white space at its ends kept (as one space)."""
    # Folding with sentinels at both ends keeps a boundary space from being trimmed.
    sentinel = "\x00".encode(words.codec)
    joined = sentinel + words.data[start:end] + sentinel
    found = fold_span(joined, 0, len(joined), words.codec, words.format)
    return Folded(found.text.strip("\x00"), found.markup)


def _is_mark(words: Words, span: Span) -> bool:
    return words.at(span.byte_start, span.byte_end).text in QUOTATION_MARKS and (
        fold_text(span.text) in QUOTATION_MARKS
    )


def _enclosed(words: Words, start: int, end: int, marks: tuple[Span, ...], last: bool) -> bool:
    """A quotation mark ends right before ``start`` and (unless the stretch runs on into
    the next paragraph) another starts right after ``end``; only markup between."""
    opens = any(words.between_is_empty(m.byte_end, start) for m in marks if m.byte_end <= start)
    closes = any(words.between_is_empty(end, m.byte_start) for m in marks if m.byte_start >= end)
    return opens and (closes or not last)


def _edge_marks(words: Words, start: int, end: int) -> tuple[bool, bool]:
    """Whether a quotation mark sits right before ``start`` and right after ``end``
    (markup between is nothing; white space is something)."""
    before = _raw_fold(words, max(0, start - 16), start).text
    after = _raw_fold(words, end, min(len(words.data), end + 16)).text
    return (
        any(before.endswith(m) for m in QUOTATION_MARKS),
        any(after.startswith(m) for m in QUOTATION_MARKS),
    )


def kind_checks(c: Citation, words: Words) -> list[Check]:
    """``quotation marks`` (the quoted stretches and marks are at their bytes) and ``kind``
    (the marks agree with it: direct quotes are enclosed, a mixed quote's quoted words sit
    inside a wider reported clause, indirect speech has no marks at its edges)."""
    ev, kind = c.evidence, c.quote.kind
    pieces = list(c.anchor.pieces)
    if c.legacy:
        edges = [_edge_marks(words, s, e) for s, e in pieces]
        enclosed = all(o and (c_ or i < len(edges) - 1) for i, (o, c_) in enumerate(edges))
        detail = "a first-schema citation carries no mark evidence; "
        if kind == "indirect" and any(all(e) for e in edges):
            return [_check("kind", False, detail + "quotation marks enclose the content")]
        if kind != "indirect" and not enclosed:
            return [_check("kind", False, detail + "no quotation marks at the content's edges")]
        return [Check("kind", NOT_CHECKED, detail + "direct and mixed cannot be told apart")]
    status, detail = _span_status(
        words, [("quoted", s) for s in ev.quoted] + [("mark", m) for m in ev.marks]
    )
    bad_mark = next((m for m in ev.marks if not _is_mark(words, m)), None)
    if bad_mark is not None and status != FAILED:
        status = FAILED
        detail = f"bytes {bad_mark.byte_start}-{bad_mark.byte_end} are not a quotation mark"
    checks = [Check("quotation marks", status, detail)]
    quoted = [(s.byte_start, s.byte_end) for s in ev.quoted]
    n = len(ev.quoted)
    every_enclosed = all(
        _enclosed(words, s.byte_start, s.byte_end, ev.marks, i == n - 1)
        for i, s in enumerate(ev.quoted)
    )
    if kind in ("direct", "headline", "scare", "nested"):
        ok = bool(quoted) and quoted == pieces and every_enclosed
        why = "the content is the quoted stretches, each inside quotation marks"
    elif kind == "mixed":
        start, end = pieces[0][0], pieces[-1][1]
        inside = all(start <= s and e <= end for s, e in quoted)
        ok = bool(quoted) and inside and quoted != pieces and every_enclosed
        why = "quoted words inside quotation marks, within a wider reported clause"
    elif kind == "indirect":
        ok = (
            not quoted
            and not ev.marks
            and not any(all(_edge_marks(words, s, e)) for s, e in pieces)
        )
        why = "no quotation marks around the reported content"
    else:
        ok, why = False, f"unknown kind {kind!r}"
    checks.append(_check("kind", ok, (why if ok else f"not {kind}: expected {why}")))
    return checks


def mention_checks(c: Citation, words: Words) -> list[Check]:
    """``cue``, ``speaker mention``, ``antecedents`` (words at their bytes) and
    ``speaker chain`` (the resolution chain is consistent; see quotes.evidence)."""
    q, ev = c.quote, c.evidence
    checks: list[Check] = []
    legacy = "a first-schema citation carries no span for it"
    if q.cue is None and ev.cue is None:
        checks.append(Check("cue", NOT_APPLICABLE, "no cue claimed"))
    elif ev.cue is None:
        status = NOT_CHECKED if c.legacy else FAILED
        checks.append(Check("cue", status, legacy if c.legacy else "a cue with no span"))
    elif q.cue is None or fold_text(ev.cue.text) != fold_text(q.cue):
        checks.append(_check("cue", False, "the cue differs from its span's words"))
    else:
        status, detail = _span_status(words, [("cue", ev.cue)])
        checks.append(Check("cue", status, detail))
    if q.speaker is None and ev.speaker is None:
        checks.append(Check("speaker mention", NOT_APPLICABLE, "no speaker mention claimed"))
    elif ev.speaker is None:
        checks.append(_check("speaker mention", False, "a speaker mention with no span"))
    elif q.speaker is None or fold_text(ev.speaker.text) != fold_text(q.speaker):
        checks.append(_check("speaker mention", False, "the mention differs from its span"))
    else:
        status, detail = _span_status(words, [("speaker", ev.speaker)])
        checks.append(Check("speaker mention", status, detail))
    if ev.antecedents:
        status, detail = _span_status(words, [("antecedent", s) for s in ev.antecedents])
        checks.append(Check("antecedents", status, detail))
    else:
        checks.append(Check("antecedents", NOT_APPLICABLE, "no earlier mention claimed"))
    checks.append(_chain_check(c))
    return checks


def _chain_check(c: Citation) -> Check:
    q, ev = c.quote, c.evidence
    if q.speaker_name is None:
        if ev.antecedents:
            return _check("speaker chain", False, "antecedents with no resolved name")
        return Check("speaker chain", NOT_APPLICABLE, "no speaker named")
    if ev.speaker is None:
        return _check("speaker chain", False, f"{q.speaker_name!r} is named with no mention")
    if c.legacy:
        return Check("speaker chain", NOT_CHECKED, "a first-schema citation carries no chain")
    problem = chain_problem(
        (ev.speaker.text, ev.speaker.byte_start, ev.speaker.byte_end),
        tuple((a.text, a.byte_start, a.byte_end) for a in ev.antecedents),
        q.speaker_name,
    )
    if problem:
        return _check("speaker chain", False, problem)
    via = " -> ".join(repr(a.text) for a in (ev.speaker, *ev.antecedents))
    return _check("speaker chain", True, f"{via}: consistent")


def metadata_checks(c: Citation, words: Words) -> dict[str, Check]:
    """``title``, ``outlet``, ``authors``, ``published``: stated by the cited bytes (or,
    for the outlet and date, by the URL); a claim without evidence is not checked here."""
    out: dict[str, Check] = {}
    statements = c.evidence.metadata
    fields = ("title", "outlet", "authors", "published")
    unknown = [m.field for m in statements if m.field not in fields]
    for field in fields:
        if unknown:
            out[field] = _check(field, False, f"evidence for an unknown field {unknown[0]!r}")
            continue
        value = getattr(c.source, field)
        values = tuple(value) if isinstance(value, tuple) else ((value,) if value else ())
        mine = [m for m in statements if m.field == field]
        stray = [m for m in mine if m.value not in values]
        if stray:
            out[field] = _check(field, False, f"evidence for {stray[0].value!r}, not claimed")
            continue
        proven: list[str] = []
        for v in values:
            found = [m for m in mine if m.value == v]
            if not found:
                continue
            m = found[0]
            if m.byte_start is None or m.byte_end is None:
                ok = from_url(field, v, c.source.url)
                where = "the URL"
            else:
                ok = (
                    words.inside(m.byte_start, m.byte_end)
                    and words.tight(m.byte_start, m.byte_end)
                    and states(field, v, words.raw(m.byte_start, m.byte_end))
                )
                where = f"bytes {m.byte_start}-{m.byte_end}"
            if not ok:
                out[field] = _check(field, False, f"{where} do not state {v!r}")
                break
            proven.append(where)
        if field in out:
            continue
        if values and len(proven) == len(values):
            out[field] = _check(field, True, "stated by " + ", ".join(proven))
        else:
            why = "the page's statement of it was not found" if values else "claimed absent"
            out[field] = Check(field, NOT_CHECKED, f"{why}; a re-parse decides")
    return out
