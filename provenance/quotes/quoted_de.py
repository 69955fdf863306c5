"""German quoted fragments: a quote that names something (a source after ``laut``, a
term after an article, a name after a noun) rather than reports speech, and the clause
before a fragment whose cue's subject speaks."""

from __future__ import annotations

import re
from functools import lru_cache

from .frames import Attribution
from .frames_de import subject_de
from .lexicon import Lexicon
from .marks import QuoteSpan
from .np_around import np_after

_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|''.*?''|\u00ab[^\u00bb]*\u00bb")
# German: what comes right before a quote that names something rather than reports speech.
_GERMAN_MARK = r"(?:[\u201e\u00bb\u00ab\"]|'')$"
_GERMAN_SOURCE_NAME = re.compile(r"\b(?:[Ll]aut|gem\u00e4\u00df)\s+" + _GERMAN_MARK)
# Nouns for words and sayings: the quote after them is what was said ("die Bezeichnung „…“").
_GERMAN_WORD_NOUNS = frozenset(
    """
    Bezeichnung Begriff Ausdruck Wort Worte Worten Parole Parolen Ruf Rufe Spruch Sprüche
    Forderung Vorwurf Satz Aussage Warnung
    """.split()  # noqa: SIM905
)
_GERMAN_OF = re.compile(r"\b(?:von|vom)\s+" + _GERMAN_MARK)  # "sprach von „…“" has a speaker
_GERMAN_TERM = re.compile(r"\b(?:der|die|das|des|dem|den|im|am|beim|zum|zur|vom)\s+" + _GERMAN_MARK)
_GERMAN_NAMED = re.compile(
    r"\b(?:der|die|das|des|dem|den|im|am|beim|zum|zur|vom|ins)\s+"
    r"(?:[a-z\u00e4\u00f6\u00fc\u00df\-]+e[nrsm]?\s+)?" + _GERMAN_MARK
)


def german_name(
    lex: Lexicon, text: str, qs: QuoteSpan, s_start: int, words: int, attributed: bool
) -> bool:
    """A German quote that names something: a source after ``laut`` or ``von``
    (``laut „Reuters“``), a term after a definite article (``der „Sammelstelle“``),
    a name after a noun (``Der Sender „Kanal 5“``); with no attribution also after an
    article and adjective (``der „Union für Europa“``)."""
    before = text[max(s_start, qs.start - 40) : qs.pieces[0][0]]
    inner = text[qs.pieces[0][0] : qs.pieces[0][1]]
    if _GERMAN_SOURCE_NAME.search(before) or (words <= 2 and _GERMAN_TERM.search(before)):
        return True
    if not attributed and (_GERMAN_NAMED.search(before) or _GERMAN_OF.search(before)):
        return True
    noun = re.search(r"(?<=\w)\s*([A-Z\u00c4\u00d6\u00dc][\w\-]*)\s+\W{1,2}$", before)
    return (
        noun is not None
        and inner[:1].isupper()
        and (words <= 3 or not attributed)
        and noun.group(1).lower() not in lex.determiners
        and noun.group(1) not in _GERMAN_WORD_NOUNS
    )


@lru_cache(maxsize=4)
def _title_noun(work_nouns: frozenset[str]) -> re.Pattern[str]:
    """A noun naming a work (or a compound ending in one, in the genitive too) right before
    an opening mark."""
    nouns = "|".join(sorted(map(re.escape, work_nouns)))
    return re.compile(r"(?:" + nouns + r")(?:e?s)?\s+" + _GERMAN_MARK, re.IGNORECASE)


def german_title(lex: Lexicon, text: str, qs: QuoteSpan) -> bool:
    """The quote is the name of a work, a vessel, a firm or a motto, whoever is the subject:
    the word before it is such a noun (``Sarrazins Buch „…“``, ``unter dem Motto „…“``, ``die
    Walfangstation „…“``)."""
    if not lex.work_nouns:
        return False
    found = _title_noun(lex.work_nouns).search(text, max(0, qs.start - 40), qs.pieces[0][0])
    return found is not None


def german_clause(lex: Lexicon, text: str, s_start: int, qs: QuoteSpan) -> Attribution | None:
    """A German clause before a quoted fragment with a cue in it: its subject
    speaks ("Nach dem Besuch sprach der Präsident von der „…“", "„…“, stellte
    Celebi fest, seien „…“")."""
    quoted = list(_QUOTED.finditer(text, s_start, qs.start))
    cues = [
        c
        for c in lex.cue.finditer(text, s_start, qs.start)
        if not any(q.start() <= c.start() < q.end() for q in quoted)
    ]
    if not cues:
        return None
    cue = cues[-1]
    start = max([s_start] + [q.end() for q in quoted if q.end() <= cue.start()])
    np = subject_de(lex, text, start, qs.start)
    if np is None:
        np = np_after(lex, text, cue.end(), qs.start)  # "stellte Celebi fest"
    return Attribution(np, (cue.start(), cue.end())) if np is not None else None
