"""Deep verification: re-parse the page and re-derive the quote with this version, and
settle what checking from bytes alone left open.

A citation naming a parser or extractor version other than this one is not
re-derived (its claim to have been made by that version cannot be checked here);
a quote of this version's ``provenance[nlp]`` extractor is re-derived with it where
the extra is installed, and not checked (saying so) where it is not.
A first-schema citation names no version: where this version re-derives exactly
what it claims, the claim is proven; where it differs, it is not checked.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import NlpUnavailable, ProvenanceError
from ..parse import PARSER_VERSION, Article, parse_representation
from ..parse.fold import fold_text
from ..parse.statements import find_statement
from ..quotes import EXTRACTOR_VERSION, Quote, TextSpan, extract_quotes, nlp
from ..quotes.nlp import INSTALL as NLP_INSTALL
from ..quotes.nlp import NLP_EXTRACTOR_VERSION
from ..store.representation import Representation
from .citation import Citation, Span
from .claims import FAILED, NOT_CHECKED, PASSED, Check

__all__ = ["rederive"]

_METADATA = ("title", "outlet", "authors", "published")


def rederive(c: Citation, rep: Representation, claims: list[Check]) -> list[Check]:
    """Deep checks: re-parse and re-extract with this version, and settle open claims.

    A citation naming a parser or extractor version other than this one is not
    re-derived (its claim to have been made by that version cannot be checked here).
    A first-schema citation names no version: where this version re-derives exactly
    what it claims, the claim is proven; where it differs, it is not checked.
    """
    out: list[Check] = []
    try:
        article = parse_representation(rep, url=c.source.url)
    except ProvenanceError as exc:
        return [Check("text position", FAILED, f"re-parse failed: {exc}")]
    same_parser = c.integrity.parser == PARSER_VERSION == article.parser
    out.extend(_text_position(c, article, claims, same_parser))
    out.extend(_metadata_again(c, rep, article, claims, same_parser))
    out.extend(_rederive_quote(c, article, claims, same_parser))
    return out


def _text_position(c: Citation, article: Article, claims: list[Check], same: bool) -> list[Check]:
    name = "text position"
    if not same and not c.legacy:
        made = c.integrity.parser
        return [Check(name, NOT_CHECKED, f"made by {made}, not re-derived by {PARSER_VERSION}")]
    a, text = c.anchor, article.text
    problem = None
    if text[a.text_start : a.text_end] != a.exact:
        problem = "the exact text is not at the cited code points"
    elif text[max(0, a.text_start - len(a.prefix)) : a.text_start] != a.prefix:
        problem = "the prefix differs"
    elif text[a.text_end : a.text_end + len(a.suffix)] != a.suffix:
        problem = "the suffix differs"
    elif article.byte_span(a.text_start, a.text_end) != (a.byte_start, a.byte_end):
        problem = "the code points map to other bytes"
    if problem and c.legacy:
        why = f"made by an earlier release; {PARSER_VERSION} differs ({problem})"
        return [Check(name, NOT_CHECKED, why)]
    out = [
        Check(
            name,
            FAILED if problem else PASSED,
            problem or f"re-parsed by {PARSER_VERSION}: code points {a.text_start}-{a.text_end}",
        )
    ]
    if problem is None:
        # The parser's own reading of the bytes settles spans markup left open.
        for check in claims:
            if check.name in ("quote text", "text selectors") and check.status == NOT_CHECKED:
                out.append(Check(check.name, PASSED, "re-parsed: " + check.detail))
    return out


def _metadata_again(
    c: Citation, rep: Representation, article: Article, claims: list[Check], same: bool
) -> list[Check]:
    """Open metadata claims: a value the page states anywhere is proven by those bytes;
    otherwise (or for a value claimed absent) the same parser's re-parse decides."""
    out: list[Check] = []
    source: str | None = None
    for check in claims:
        if check.name not in _METADATA or check.status != NOT_CHECKED:
            continue
        field = check.name
        value = getattr(c.source, field)
        values = tuple(value) if isinstance(value, tuple) else ((value,) if value else ())
        if values:
            if source is None:
                source = rep.data.decode(c.integrity.codec, "replace")
            spans = [find_statement(source, field, v) for v in values]
            if all(sp is not None for sp in spans):
                out.append(Check(field, PASSED, "stated in the page (found when verifying)"))
                continue
        if same:
            mine = getattr(article, field)
            ok = value == mine
            detail = f"re-parsed: {mine!r}" + ("" if ok else f", not {value!r}")
            out.append(Check(field, PASSED if ok else FAILED, detail))
    return out


def _extractor_for(version: str) -> tuple[Callable[[Article], tuple[Quote, ...]] | None, str]:
    """The extractor that re-derives quotes claimed by ``version``, or None and why not."""
    if version == EXTRACTOR_VERSION:
        return extract_quotes, ""
    if version == NLP_EXTRACTOR_VERSION:
        try:
            return nlp.extractor(), ""
        except NlpUnavailable:
            return None, f"made by {version}; re-deriving it needs provenance[nlp] ({NLP_INSTALL})"
    return None, f"made by {version}, not re-derived by {EXTRACTOR_VERSION}"


def _rederive_quote(c: Citation, article: Article, claims: list[Check], same: bool) -> list[Check]:
    name = "speaker re-derived"
    extract: Callable[[Article], tuple[Quote, ...]] = extract_quotes
    version = EXTRACTOR_VERSION
    if not c.legacy:
        made = c.quote.extractor
        if not same:
            return [Check(name, NOT_CHECKED, f"made by {made}, not re-derived by {version}")]
        chosen, why = _extractor_for(made)
        if chosen is None:
            return [Check(name, NOT_CHECKED, why)]
        extract, version = chosen, made
    pieces = tuple(c.anchor.pieces)
    quoted = tuple((s.byte_start, s.byte_end) for s in c.evidence.quoted)
    match: Quote | None = None
    for q in extract(article):
        spans = tuple((x.byte_start, x.byte_end) for x in q.content)
        same_quoted = c.legacy or tuple((x.byte_start, x.byte_end) for x in q.quoted) == quoted
        if spans == pieces and same_quoted:
            match = q
            break
    earlier = f"made by an earlier release; {version}"
    if match is None:
        if c.legacy:
            return [Check(name, NOT_CHECKED, f"{earlier} finds no quote at these bytes")]
        return [Check(name, FAILED, f"{version} finds no quote at these bytes")]
    ev = c.evidence
    found: dict[str, tuple[object, object]] = {
        "kind": (match.kind, c.quote.kind),
        "speaker mention": (_key(match.speaker), _key(ev.speaker)),
        "speaker name": (match.speaker_name, c.quote.speaker_name),
        "confidence": (match.confidence, c.quote.confidence),
    }
    if c.legacy:
        found["cue"] = (match.cue.text if match.cue else None, c.quote.cue)
    else:
        found.update(
            {
                "cue": (_key(match.cue), _key(ev.cue)),
                "antecedents": (
                    tuple(_key(x) for x in match.antecedents),
                    tuple(_key(x) for x in ev.antecedents),
                ),
                "resolution": (match.resolution, c.quote.resolution),
                "marks": (tuple(_key(x) for x in match.marks), tuple(_key(x) for x in ev.marks)),
                "quoted": (
                    tuple(_key(x) for x in match.quoted),
                    tuple(_key(x) for x in ev.quoted),
                ),
            }
        )
    wrong = [k for k, (mine, cited) in found.items() if mine != cited]
    if wrong:
        k = wrong[0]
        mine, cited = found[k]
        if c.legacy:
            return [Check(name, NOT_CHECKED, f"{earlier} finds {k} {mine!r}, not {cited!r}")]
        return [Check(name, FAILED, f"{version} finds {k} {mine!r}, not {cited!r}")]
    who = c.quote.speaker_name or "no one"
    out = [Check(name, PASSED, f"{version} finds the same quote, by {who}")]
    # The extractor's own reading of those bytes settles what the spans left open
    # (and, for a first-schema citation, the claims it carries no evidence for).
    settled = ["quotation marks", "cue", "speaker mention", "antecedents"]
    if c.legacy:
        settled += ["kind", "speaker chain"]
    for check in claims:
        if check.name in settled and check.status == NOT_CHECKED:
            out.append(Check(check.name, PASSED, f"re-derived by {version}"))
    return out


def _key(span: TextSpan | Span | None) -> tuple[int, int, str] | None:
    """A span as bytes and folded words, to compare a re-derived span with a cited one."""
    if span is None:
        return None
    return (span.byte_start, span.byte_end, fold_text(span.text))
