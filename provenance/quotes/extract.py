"""Who said what: attributed quotes with speakers, cues and exact spans.

The model is the one of attribution corpora (PARC, PolNeAR): an attribution
is a *source* (the speaker mention as written), a *cue* (said, told,
according to, ...) and a *content*. Only the outermost attribution is
reported as such (in ``Bogdanov "...," the ministry said`` the source is
"the ministry"); quotes nested in another quote are kept, linked to it.

Kinds of quote:

``direct``    the content is wholly inside quotation marks
``mixed``     a quoted fragment inside a paraphrase (urged Hamas to keep "promises")
``indirect``  a paraphrase with no quotation marks (X said that ...)
``headline``  a quote in a heading
``scare``     a short quoted term with no one said to say it
``nested``    a quote inside another quote

Everything is deterministic and rule based: no model is downloaded.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import attrs

from ..parse import Article
from .evidence import EXTRACTOR_VERSION
from .lexicon import (
    ABBREVIATIONS,
    CUE,
    DETERMINERS,
    GERUNDS,
    INDIRECT_CUE,
    PRONOUNS,
    SPEAKER_NOUNS,
)
from .marks import QuoteSpan, find_quotes
from .resolve import Resolution, Resolver

__all__ = ["EXTRACTOR_VERSION", "Quote", "TextSpan", "extract_quotes", "quote_id_for"]

_TOKEN = re.compile(r"\w+(?:[\u2019'.\-]\w+)*\.?|[^\w\s]")
_NP_STOP = frozenset(
    [
        "and",
        "but",
        "or",
        "so",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "while",
        "because",
        "as",
        "if",
        "than",
        "then",
        "also",
        "not",
        "never",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "about",
        "into",
        "over",
        "after",
        "before",
    ]
)
_LEAD_DROP = frozenset(
    [
        "and",
        "but",
        "so",
        "also",
        "then",
        "yet",
        "however",
        "now",
        "still",
        "later",
        "earlier",
        "meanwhile",
        "instead",
        "moreover",
        "indeed",
        "further",
        "furthermore",
        "though",
        "although",
        "while",
        "as",
    ]
)
_TRAIL_DROP = frozenset(
    [
        "also",
        "then",
        "later",
        "again",
        "once",
        "previously",
        "recently",
        "earlier",
        "today",
        "yesterday",
        "tonight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "repeatedly",
        "simply",
        "further",
        "publicly",
        "privately",
        "separately",
        "flatly",
        "bluntly",
    ]
)
_QUOTE_OR_SPACE = re.compile("[\\s\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]")
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|''.*?''|\u00ab[^\u00bb]*\u00bb")
_QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u2018\u2019'"


@attrs.frozen
class TextSpan:
    """A stretch of ``Article.text`` and the representation bytes it came from."""

    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "byte_start": self.byte_start,
            "byte_end": self.byte_end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextSpan:
        return cls(
            int(data["start"]),
            int(data["end"]),
            int(data["byte_start"]),
            int(data["byte_end"]),
            str(data["text"]),
        )


def _span_dict(span: TextSpan | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


def _spans(data: Any) -> tuple[TextSpan, ...]:
    return tuple(TextSpan.from_dict(d) for d in data or ())


@attrs.frozen
class Quote:
    """One attributed (or unattributed) quote, with the evidence for each interpretation.

    ``content`` is what is reported (for a mixed quote, the reported clause);
    ``quoted`` the stretches the source put inside quotation marks and
    ``marks`` those marks (empty for indirect speech); ``speaker`` the mention
    as written and ``antecedents`` the earlier mentions it was resolved
    through, the last holding the words of ``speaker_name``
    (:mod:`provenance.quotes.evidence`); ``extractor`` the version that made it.
    ``quote_id`` names the record and the bytes quoted, not how they were found.
    """

    quote_id: str
    kind: str
    text: str
    content: tuple[TextSpan, ...]
    cue: TextSpan | None
    speaker: TextSpan | None
    speaker_name: str | None
    confidence: float
    resolution: str
    parent_id: str | None = None
    note: str | None = None
    quoted: tuple[TextSpan, ...] = ()
    marks: tuple[TextSpan, ...] = ()
    antecedents: tuple[TextSpan, ...] = ()
    extractor: str = EXTRACTOR_VERSION

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view; :meth:`from_dict` rebuilds an equal quote."""
        return {
            "quote_id": self.quote_id,
            "kind": self.kind,
            "text": self.text,
            "content": [c.to_dict() for c in self.content],
            "quoted": [c.to_dict() for c in self.quoted],
            "marks": [c.to_dict() for c in self.marks],
            "cue": _span_dict(self.cue),
            "speaker": _span_dict(self.speaker),
            "speaker_name": self.speaker_name,
            "antecedents": [c.to_dict() for c in self.antecedents],
            "confidence": self.confidence,
            "resolution": self.resolution,
            "parent_id": self.parent_id,
            "note": self.note,
            "extractor": self.extractor,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            quote_id=str(data["quote_id"]),
            kind=str(data["kind"]),
            text=str(data["text"]),
            content=_spans(data["content"]),
            cue=TextSpan.from_dict(data["cue"]) if data.get("cue") else None,
            speaker=TextSpan.from_dict(data["speaker"]) if data.get("speaker") else None,
            speaker_name=data.get("speaker_name"),
            confidence=float(data["confidence"]),
            resolution=str(data["resolution"]),
            parent_id=data.get("parent_id"),
            note=data.get("note"),
            quoted=_spans(data.get("quoted")),
            marks=_spans(data.get("marks")),
            antecedents=_spans(data.get("antecedents")),
            extractor=str(data.get("extractor", EXTRACTOR_VERSION)),
        )


@attrs.define
class _Attribution:
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    resolution_hint: str = ""


def _span(article: Article, start: int, end: int) -> TextSpan:
    b0, b1 = article.byte_span(start, end)
    return TextSpan(start, end, b0, b1, article.text[start:end])


def quote_id_for(
    representation_sha256: str,
    content: tuple[tuple[int, int], ...],
    quoted: tuple[tuple[int, int], ...],
) -> str:
    """The id of a quote: what it cites, i.e. the archived content (the sha256 of the
    record's representation) and the byte spans of its content and quoted stretches.
    Two captures of identical bytes share their quote ids."""
    spans = ";".join(f"{s}-{e}" for s, e in content) + "|" + ";".join(f"{s}-{e}" for s, e in quoted)
    return "q-" + hashlib.sha256(f"{representation_sha256}|{spans}".encode()).hexdigest()[:16]


def _quote_id(article: Article, content: tuple[TextSpan, ...], quoted: tuple[TextSpan, ...]) -> str:
    return quote_id_for(
        article.representation_sha256,
        tuple((c.byte_start, c.byte_end) for c in content),
        tuple((q.byte_start, q.byte_end) for q in quoted),
    )


# -- sentences ---------------------------------------------------------------------


_SENTENCE_END = re.compile(
    r"[.!?]+[\"\u201d\u2019')\]]*"
    r"(?=\s+[\"\u201c\u2018\u201e\u00ab'(\[]*[A-Z0-9\u00c0-\u024f\u0400-\u04ff])"
)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph (abbreviations and initials respected)."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text[start:end]):
        cut = start + m.end()
        word = re.search(r"([\w.]+)[.!?]+[\"\u201d\u2019')\]]*$", text[pos:cut])
        if word:
            w = word.group(1).lower().rstrip(".")
            if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        out.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        out.append((pos, end))
    return out


# -- noun phrases ------------------------------------------------------------------


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group(0)
        s, e = m.span()
        sentence_period = (
            len(word) > 1
            and word.endswith(".")
            and word[:-1].lower() not in ABBREVIATIONS
            and not re.fullmatch(r"(?:\w\.)+", word)  # keep initials such as U.S.
        )
        if sentence_period:
            out.append((s, e - 1, word[:-1]))
            out.append((e - 1, e, "."))
            continue
        out.append((s, e, word))
    return out


def _valid_speaker(words: list[str]) -> bool:
    if not words or len(words) > 10:
        return False
    low = [w.lower() for w in words]
    if all(w in DETERMINERS for w in low):
        return False
    if len(words) == 1 and low[0] in PRONOUNS:
        return low[0] not in ("it", "you", "him", "them", "us")
    if any(w in _NP_STOP for w in low[1:]) and "of" not in low:
        return False
    if words[0][0].isupper() or low[0] in DETERMINERS:
        return True
    return any(w in SPEAKER_NOUNS for w in low)


def _trim(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while tokens and tokens[0][2].lower() in _LEAD_DROP:
        tokens = tokens[1:]
    while tokens and tokens[-1][2].lower().rstrip(".") in _TRAIL_DROP:
        tokens = tokens[:-1]
    return tokens


_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "also",
        "later",
        "previously",
        "repeatedly",
        "often",
        "once",
        "again",
        "then",
        "has've",
    ]
)


def _np_before(text: str, limit: int, cue_start: int) -> tuple[int, int] | None:
    """The speaker noun phrase that ends right before a cue (auxiliaries skipped:
    "Russia has called"; an appositive skipped: "Huma Abedin, an aide, wrote")."""
    toks = _tokens(text, limit, cue_start)
    while toks and toks[-1][2].lower() in _AUX:
        toks = toks[:-1]
    if toks and toks[-1][2] == ",":
        commas = [i for i, t in enumerate(toks[:-1]) if t[2] == ","]
        if commas and len(toks) - commas[-1] <= 32:
            head = _np_before(text, limit, toks[commas[-1]][0])
            if head is not None:
                return head
        return None
    picked: list[tuple[int, int, str]] = []
    depth = 0
    for tok in reversed(toks):
        word = tok[2]
        if word == ")":
            depth += 1
            picked.insert(0, tok)
            continue
        if depth:
            picked.insert(0, tok)
            if word == "(":
                depth -= 1
            continue
        if not word[0].isalnum():
            if word in ("'", "\u2019", "-", ".") and picked:
                picked.insert(0, tok)
                continue
            break
        low = word.lower()
        if low in _NP_STOP and low != "of":
            break
        picked.insert(0, tok)
        if len(picked) >= 8:
            break
    # "of" may only sit inside the phrase (a spokesman of the ministry)
    while picked and picked[0][2].lower() == "of":
        picked = picked[1:]
    picked = _trim(picked)
    if not picked or not _valid_speaker([t[2] for t in picked if t[2][0].isalnum()]):
        return None
    return picked[0][0], picked[-1][1]


def _np_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The speaker noun phrase that starts right after a cue (said Caddell)."""
    toks = _tokens(text, start, limit)
    picked: list[tuple[int, int, str]] = []
    depth = 0
    for tok in toks:
        word = tok[2]
        if word == "(" and picked:
            depth += 1
        if depth:
            picked.append(tok)
            if word == ")":
                depth -= 1
            continue
        if not word[0].isalnum():
            if word in ("'", "\u2019", "-") and picked:
                picked.append(tok)
                continue
            break
        if word.lower() in _NP_STOP and word.lower() != "of":
            break
        picked.append(tok)
        if len(picked) >= 8:
            break
    while picked and picked[-1][2].lower() == "of":
        picked = picked[:-1]
    picked = _trim(picked)
    if not picked or not _valid_speaker([t[2] for t in picked if t[2][0].isalnum()]):
        return None
    return picked[0][0], picked[-1][1]


# -- attribution frames -------------------------------------------------------------


def _frame_after(text: str, start: int, end: int) -> tuple[_Attribution, int] | None:
    """``," the ministry said`` / ``," said Caddell`` / ``, according to X``."""
    dash = re.match(r"[\s\xa0]*([\u2015\u2014\u2013]|--)[\s\xa0]*", text[start:end])
    if dash:
        np = _np_after(text, start + dash.end(), end)
        line_end = text.find("\n", start + dash.end(), end)
        if np is not None and (line_end == -1 or np[1] <= line_end):
            rest = text[np[1] : line_end if line_end != -1 else end]
            if re.match(r"[\s\xa0.,;]*(?:$|[\"\u201c\u201d\u00ab])", rest):
                dash_cue = (start + dash.start(1), start + dash.end(1))
                return _Attribution(np, dash_cue), np[1]
    m = re.match(r"[\s,.:;!?\u2014\u2013-]*", text[start:end])
    pos = start + (m.end() if m else 0)
    if pos >= end:
        return None
    window_end = min(end, pos + 120)
    cue = CUE.search(text, pos, window_end)
    if cue is None:
        return None
    if cue.start() == pos or text[pos : cue.start()].strip() == "":
        np = _np_after(text, cue.end(), end)
        if np is None:
            return None
        return _Attribution(np, (cue.start(), cue.end())), np[1]
    np = _np_before(text, pos, cue.start())
    if np is None or np[0] != _first_word(text, pos):
        return None
    return _Attribution(np, (cue.start(), cue.end())), cue.end()


def _first_word(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isalnum():
        pos += 1
    return pos


_OPENERS = frozenset(
    [
        "at",
        "in",
        "on",
        "during",
        "after",
        "before",
        "while",
        "when",
        "following",
        "amid",
        "with",
        "for",
        "from",
        "by",
        "as",
        "since",
        "earlier",
        "later",
        "last",
        "this",
        "friday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "saturday",
        "sunday",
        "speaking",
        "asked",
    ]
)


def _subject(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The subject of the clause starting at ``start``: the words before its
    first verb-like word (a leading "At the meeting," phrase is skipped)."""
    toks = _tokens(text, start, limit)
    first = toks[0][2].lower() if toks else ""
    if first in _OPENERS or first.endswith(("ing", "ly")) or first in _LEAD_DROP:
        # "At the meeting," / "Smiling broadly," / "Likewise," come before the subject.
        comma = next((i for i, t in enumerate(toks[:16]) if t[2] == ","), None)
        if comma is not None:
            toks = toks[comma + 1 :]
    picked: list[tuple[int, int, str]] = []
    for tok in toks:
        word = tok[2]
        low = word.lower()
        if not word[0].isalnum():
            if word in ("'", "\u2019", "-") and picked:
                picked.append(tok)
                continue
            break
        verbish = word[0].islower() and (
            low.endswith("ed") or low in _AUX or low in _NP_STOP or CUE.is_cue_word(low)
        )
        if verbish and picked:
            break
        picked.append(tok)
        if len(picked) > 8:
            return None
    picked = _trim(picked)
    if not picked or not _valid_speaker([t[2] for t in picked if t[2][0].isalnum()]):
        return None
    return picked[0][0], picked[-1][1]


def _colon_speaker(text: str, start: int, colon: int) -> tuple[int, int] | None:
    """Who speaks after a colon with no reporting verb: a name right before the
    colon ("... doesn't surprise pollster Daron Shaw:"), else the clause subject
    ("She then addressed the supporters again:")."""
    np = _np_before(text, start, colon)
    if np is not None:
        words = text[np[0] : np[1]].split()
        named = any(w[:1].isupper() for w in words[1:]) or (
            np[0] > start and words[0][:1].isupper()
        )
        if named:
            return np
    return _subject(text, start, colon)


def _frame_before(text: str, start: int, end: int) -> tuple[_Attribution, int] | None:
    """``Marzuk told RIA Novosti that "`` / ``Caddell continued: "`` / ``According to X, "``
    / ``Kasich: "`` / ``..., saying: "``."""
    segment = text[start:end]
    colon = re.fullmatch(r"\s*([^:\n]{1,60}?)\s*:\s*", segment)
    if colon and not CUE.search(text, start + colon.start(1), start + colon.end(1)):
        np = _np_after(text, start + colon.start(1), start + colon.end(1))
        if np is not None and np[1] == start + colon.end(1):
            c = start + segment.rindex(":")
            return _Attribution(np, (c, c + 1)), np[0]
    best = None
    for cue in CUE.finditer(text, start, end):
        between = text[cue.end() : end]
        if len(between) > 120 or re.search(r"[.!?;]\s|[\"\u201c\u201d\u201e\u00ab\u00bb]", between):
            continue
        best = cue
    if best is None:
        return None
    cue_start, cue_end = best.start(), best.end()
    if best.group(0).lower() == "according to":
        np = _np_after(text, cue_end, end)
        return (_Attribution(np, (cue_start, cue_end)), start) if np else None
    np = None if best.group(0).lower() in GERUNDS else _np_before(text, start, cue_start)
    if np is None:
        np = _np_after(text, cue_end, end) if best.group(0).lower() not in GERUNDS else None
        if np is None:
            np = _subject(text, start, cue_start)
            if np is None:
                return None
    return _Attribution(np, (cue_start, cue_end)), min(np[0], cue_start)


# -- the pass over an article -------------------------------------------------------


class _Finder:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.paragraphs = [(p.start, p.end) for p in article.paragraphs]
        self.kinds = [p.kind for p in article.paragraphs]
        self.sentences: list[tuple[int, int, int]] = []  # (start, end, paragraph index)
        for i, (ps, pe) in enumerate(self.paragraphs):
            self.sentences.extend((s, e, i) for s, e in _sentences(self.text, ps, pe))
        self.resolver = Resolver(self.text)
        self.quotes: list[Quote] = []
        self.last_attribution: _Attribution | None = None
        self.last_para = -1

    def sentence_at(self, pos: int) -> tuple[int, int, int]:
        for s, e, i in self.sentences:
            if s <= pos < e:
                return s, e, i
        return pos, pos, -1

    def run(self) -> list[Quote]:
        headline = frozenset(i for i, k in enumerate(self.kinds) if k in ("heading", "title"))
        spans = find_quotes(self.text, self.paragraphs, headline)
        covered: list[tuple[int, int]] = []
        outer: list[tuple[QuoteSpan, Quote]] = []
        for qs in spans:
            if qs.depth > 0:
                continue
            quote = self.direct_or_mixed(qs, headline)
            if quote is not None:
                outer.append((qs, quote))
                s, _, _ = self.sentence_at(qs.start)
                _, e, _ = self.sentence_at(qs.end - 1)
                covered.append((s, max(e, qs.end)))
        for qs in spans:
            if qs.depth == 0:
                continue
            parent = next((q for o, q in outer if o.start < qs.start and qs.end <= o.end), None)
            self.add_plain(qs, "nested", parent.quote_id if parent else None)
        self.indirect(covered)
        self.quotes.sort(key=lambda q: (q.start, q.end))
        return self.merge_split_quotes(self.quotes)

    def paragraph_of(self, pos: int) -> int:
        for i, (ps, pe) in enumerate(self.paragraphs):
            if ps <= pos < pe:
                return i
        return -1

    def merge_split_quotes(self, quotes: list[Quote]) -> list[Quote]:
        """One attribution, several quoted pieces: ``"A," said X. "B."`` and
        ``"A." "B," X said.`` are one quote with two content pieces."""
        out: list[Quote] = []
        for q in quotes:
            prev = out[-1] if out else None
            if (
                prev is not None
                and q.kind == "direct"
                and prev.kind == "scare"
                and prev.parent_id is None
                and self.paragraph_of(prev.end) == self.paragraph_of(q.start)
                and not re.sub(_QUOTE_OR_SPACE, "", self.text[prev.end : q.start])
            ):
                # "One." "Two," Lee said. -- the first piece is no scare quote.
                out[-1] = attrs.evolve(self.merged(q, prev, q), note=None)
                continue
            if (
                prev is not None
                and q.kind == "direct"
                and prev.kind == "direct"
                and self.paragraph_of(prev.end) == self.paragraph_of(q.start)
                and self._same_attribution(prev, q)
            ):
                out[-1] = self.merged(prev if prev.speaker is not None else q, prev, q)
                continue
            out.append(q)
        return out

    def merged(self, base: Quote, first: Quote, second: Quote) -> Quote:
        """``base`` with the pieces of ``first`` and ``second`` as one quote."""
        content = first.content + second.content
        quoted = first.quoted + second.quoted
        return attrs.evolve(
            base,
            quote_id=_quote_id(self.article, content, quoted),
            content=content,
            quoted=quoted,
            marks=first.marks + second.marks,
            text=first.text + " " + second.text,
        )

    def _same_attribution(self, prev: Quote, q: Quote) -> bool:
        between = self.text[prev.end : q.start]
        if q.resolution.endswith("carried from the previous quote"):
            return True
        if prev.cue is not None and q.cue is not None and prev.cue.start == q.cue.start:
            return True
        return prev.speaker is None and not re.search(r"\w", between)

    def add_plain(
        self, qs: QuoteSpan, kind: str, parent: str | None, note: str | None = None
    ) -> Quote:
        """A quote with no attribution (scare, nested)."""
        quote = self.make(qs, kind, None, "none")
        quote = attrs.evolve(quote, parent_id=parent, note=note)
        self.quotes[-1] = quote
        return quote

    def mark_spans(self, pieces: tuple[tuple[int, int], ...]) -> tuple[TextSpan, ...]:
        """The quotation marks right around each quoted piece (doubled apostrophes
        count as one mark; a piece that runs on to the next paragraph has no closer)."""
        text = self.text
        out: list[TextSpan] = []
        for s, e in pieces:
            o = s - 2 if s >= 2 and text[s - 2 : s] in ("''", "``") else s - 1
            if o >= 0 and text[s - 1] in _QUOTE_CHARS:
                out.append(_span(self.article, o, s))
            c = e + 2 if text[e : e + 2] == "''" else e + 1
            if e < len(text) and text[e] in _QUOTE_CHARS:
                out.append(_span(self.article, e, c))
        return tuple(out)

    def make(
        self,
        qs: QuoteSpan,
        kind: str,
        attribution: _Attribution | None,
        how: str,
        clause: tuple[int, int] | None = None,
    ) -> Quote:
        """A quote of ``qs``; ``clause`` is the reported clause of a mixed quote."""
        quoted_pieces = () if kind == "indirect" else qs.pieces
        quoted = tuple(_span(self.article, s, e) for s, e in quoted_pieces)
        if clause is not None:
            content: tuple[TextSpan, ...] = (_span(self.article, *clause),)
        else:
            content = tuple(_span(self.article, s, e) for s, e in qs.pieces)
        speaker = cue = None
        name, confidence, resolution, note = None, 0.0, "none", None
        antecedents: tuple[TextSpan, ...] = ()
        if attribution is not None and attribution.speaker is not None:
            s0, s1 = attribution.speaker
            speaker = _span(self.article, s0, s1)
            found: Resolution = self.resolver.resolve(speaker.text, s0)
            name, confidence, resolution = found.name, found.confidence, found.how
            antecedents = tuple(_span(self.article, a, b) for a, b in found.chain)
            if how == "previous":
                confidence = min(confidence, 0.6)
                resolution = f"{resolution}, carried from the previous quote"
            if attribution.cue is not None:
                cue = _span(self.article, *attribution.cue)
            self.resolver.note_speaker((s0, s1), found)
        else:
            note = "the text names no speaker for this quote"
        quote = Quote(
            quote_id=_quote_id(self.article, content, quoted),
            kind=kind,
            text=" ".join(c.text for c in content),
            content=content,
            cue=cue,
            speaker=speaker,
            speaker_name=name,
            confidence=round(confidence, 2),
            resolution=resolution,
            note=note,
            quoted=quoted,
            marks=self.mark_spans(quoted_pieces),
            antecedents=antecedents,
        )
        self.quotes.append(quote)
        return quote

    def direct_or_mixed(self, qs: QuoteSpan, headline: frozenset[int]) -> Quote | None:
        text = self.text
        s_start, _, para = self.sentence_at(qs.start)
        _, s_end, _ = self.sentence_at(qs.end - 1)
        s_end = max(s_end, qs.end)
        if para in headline:
            attribution = None
            found = _frame_after(text, qs.end, s_end) or _frame_before(text, s_start, qs.start)
            if found:
                attribution = found[0]
            return self.make(qs, "headline", attribution, "sentence")
        words = len(re.findall(r"\w+", " ".join(text[s:e] for s, e in qs.pieces)))
        after_end = s_end
        if not text[qs.end : s_end].strip():
            # "...!" US Senator Jeff Sessions said. -- the frame is cut off as a sentence.
            nxt = [x for x in self.sentences if x[0] >= s_end and x[2] == para]
            if nxt:
                after_end = nxt[0][1]
        after = _frame_after(text, qs.end, after_end)
        if after is not None and after_end != s_end:
            s_end = after_end
        before = _frame_before(text, s_start, qs.start)
        if before is None and text[s_start : qs.start].rstrip().endswith(":"):
            colon = s_start + text[s_start : qs.start].rstrip().rindex(":")
            subject = _colon_speaker(text, s_start, colon)
            if subject is not None:
                before = _Attribution(subject, (colon, colon + 1)), subject[0]
        before_text = text[s_start : qs.start]
        lead = before_text if before is None else text[s_start : before[1]]
        lead_words = re.findall(r"\w+", lead)
        after_rest = text[after[1] if after else qs.end : s_end]
        tail_is_frame = not re.search(r"\w", after_rest) or after_rest.lstrip().startswith(
            (",", ";", "\u2014", "(")
        )
        introduced = before is None or re.search(
            r"(?:^|:|\bthat|,)\s*$", text[before[0].cue[1] if before[0].cue else s_start : qs.start]
        )
        starts_clause = not lead_words and introduced is not None
        if starts_clause and (after is not None or tail_is_frame or not after_rest.strip()):
            attribution = (after or before or (None, 0))[0]
            how = "sentence"
            if attribution is None:
                attribution, how = self.context_attribution(s_start, para)
            if attribution is None and words <= 4:
                return self.add_plain(qs, "scare", None, "a quoted term; no one is said to say it")
            quote = self.make(qs, "direct", attribution, how)
            self.last_attribution = attribution
            self.last_para = self.paragraph_of(qs.end - 1)
            return quote
        # A fragment inside a sentence: the outermost attribution is at the sentence end,
        # else the reporting clause before the fragment.
        attribution = None
        tail = re.search(r",\s*([^,]{1,80})$", text[qs.end : s_end].rstrip(' .!?\u201d"'))
        if tail:
            found = _frame_after(text, qs.end + tail.start(), s_end)
            if found:
                attribution = found[0]
        if attribution is None:
            head = _frame_after(text, s_start, qs.start)
            if head is None and before is not None:
                attribution = before[0]
            elif head is not None:
                attribution = head[0]
        if attribution is None:
            outside = [
                c
                for c in CUE.finditer(text, s_start, s_end)
                if not (qs.start <= c.start() < qs.end)
            ]
            outside.sort(key=lambda c: (c.start() < qs.start, -c.start()))
            for cue in outside:
                np = _np_before(text, s_start, cue.start())
                if np is not None:
                    attribution = _Attribution(np, (cue.start(), cue.end()))
                    break
        if attribution is None:
            if words <= 4:
                return self.add_plain(qs, "scare", None, "a quoted term; no one is said to say it")
            return self.make(qs, "mixed", None, "none", self.clause(qs, None, s_start, s_end))
        return self.make(
            qs, "mixed", attribution, "sentence", self.clause(qs, attribution, s_start, s_end)
        )

    def clause(
        self, qs: QuoteSpan, attribution: _Attribution | None, s_start: int, s_end: int
    ) -> tuple[int, int]:
        """The reported clause around a quoted fragment: its sentence without the
        attribution frame (``X said (that)`` before it, ``, X said`` after it)."""
        text = self.text
        start, end = s_start, s_end
        frame = [x for x in (attribution.speaker, attribution.cue) if x] if attribution else []
        if frame:
            f0, f1 = min(a for a, _ in frame), max(b for _, b in frame)
            if f1 <= qs.start:
                obj = re.match(
                    r"\s+(?:that\b|(?:[\w\u2019'.-]+\s+){0,6}?that\b|:)", text[f1 : qs.start]
                )
                start = f1 + (obj.end() if obj else 0)
            elif f0 >= qs.end:
                end = f0
        while start < qs.start and (text[start].isspace() or text[start] in ",;:\u2014\u2013-"):
            start += 1
        while end > qs.end and (text[end - 1].isspace() or text[end - 1] in ",;:.!?\u2014\u2013-"):
            end -= 1
        return min(start, qs.start), max(end, qs.end)

    def context_attribution(self, s_start: int, para: int) -> tuple[_Attribution | None, str]:
        """A quote that is a whole sentence: the sentence before may introduce it
        (``Caddell continued:``), else it goes on from the previous quote's speaker."""
        prev = [s for s in self.sentences if s[1] <= s_start]
        if prev:
            ps, pe, _ = prev[-1]
            stripped = self.text[ps:pe].rstrip()
            if stripped.endswith(":"):
                found = _frame_before(self.text, ps, pe)
                if found:
                    return found[0], "colon"
                colon = ps + len(stripped) - 1
                subject = _colon_speaker(self.text, ps, colon)
                if subject is not None:
                    return _Attribution(subject, (colon, colon + 1)), "colon"
            if prev[-1][2] == para:
                # The sentence before, in the same paragraph, reports someone saying
                # something: "...," Mr. Burman said of the plan. "Next sentence."
                reported = self._reporting_clause(ps, pe)
                if reported is not None:
                    return reported, "previous"
        if self.last_attribution is not None and para >= 0 and self.last_para >= para - 1:
            return self.last_attribution, "previous"
        return None, "none"

    def _reporting_clause(self, start: int, end: int) -> _Attribution | None:
        text = self.text
        for cue in reversed(CUE.finditer(text, start, end)):
            if any(q.start() <= cue.start() < q.end() for q in _QUOTED.finditer(text, start, end)):
                continue
            np = _np_before(text, start, cue.start()) or _np_after(text, cue.end(), end)
            if np is not None:
                return _Attribution(np, (cue.start(), cue.end()))
        return None

    def indirect(self, covered: list[tuple[int, int]]) -> None:
        text = self.text
        for s, e, para in self.sentences:
            if self.kinds[para] in ("heading", "title"):
                continue
            if any(cs <= s < ce or cs < e <= ce for cs, ce in covered):
                continue
            found = self.indirect_in(s, e)
            if found is None:
                continue
            attribution, c0, c1 = found
            while c1 > c0 and text[c1 - 1] in " .,;:!?":
                c1 -= 1
            while c0 < c1 and text[c0] in " ,;:":
                c0 += 1
            if c1 - c0 < 12:
                continue
            qs = QuoteSpan(c0, c1, ((c0, c1),), "")
            self.make(qs, "indirect", attribution, "sentence")

    def indirect_in(self, s: int, e: int) -> tuple[_Attribution, int, int] | None:
        text = self.text
        # CONTENT, SPEAKER said.   /   CONTENT, according to SPEAKER.
        comma = text.rfind(",", s, e)
        if comma != -1 and e - comma <= 92:
            found = _frame_after(text, comma, e)
            if found is not None and not re.search(r"\w", text[found[1] : e]):
                return found[0], s, comma
        # According to SPEAKER, CONTENT.
        m = re.match(r"\s*according to\b", text[s:e], re.IGNORECASE)
        if m:
            np = _np_after(text, s + m.end(), e)
            if np is not None:
                comma = text.find(",", np[1], e)
                if comma != -1:
                    return _Attribution(np, (s + m.start(), s + m.end())), comma + 1, e
        # SPEAKER said (that) CONTENT.
        for cue in INDIRECT_CUE.finditer(text, s, e):
            np = _np_before(text, s, cue.start())
            if np is None or np[0] - s > 40:
                continue
            rest = cue.end()
            obj = re.match(r"\s+(?:that\b|(?:[\w\u2019'.-]+\s+){0,6}?that\b|:)", text[rest:e])
            start = rest + (obj.end() if obj else 0)
            return _Attribution(np, (cue.start(), cue.end())), start, e
        return None


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quote of ``article``, in text order. Pure and deterministic."""
    return tuple(_Finder(article).run())
