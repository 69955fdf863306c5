"""An authored document as a source: "A study by Jo Roe found ...", "a 2018 survey by
the Oslo institute concluded ...". The phrase right before the verb is the author, after
"by"; the source is the whole phrase from the document's first word, so that the author
resolves as the name inside it (and the document is not dropped as a preposition's
object)."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .phrase_tokens import tokens

__all__ = ["authored_start", "document_phrase", "with_author"]

# The words of a document's phrase before its head: "A March 2019 study", "the new report".
_DOCUMENT_LEAD = re.compile(
    r"(?:the|a|an|this|that|its|their|his|her|new|latest|recent|annual|joint|internal|"
    r"federal|independent|[A-Z][\w\u2019'.&-]*|\d{4})$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
# Heads that name no finding of an author's ("data by", "footage by").
_NOT_AUTHORED = frozenset(["data", "footage", "video", "index", "figures", "statistics"])


def authored_start(lex: Lexicon, text: str, s: int, np: tuple[int, int]) -> int | None:
    """Where the phrase of the document that ``np`` (right after its "by") wrote starts,
    when that phrase opens the clause at ``s``; None otherwise."""
    if not _BY_BEFORE.search(text, max(s, np[0] - 4), np[0]):
        return None  # (most phrases: no "by" right before, no tokens needed)
    ahead = tokens(lex, text, s, np[0])
    if len(ahead) < 2 or len(ahead) > 6 or ahead[-1][2].lower() != "by":
        return None
    head = ahead[-2][2].lower()
    if head not in lex.document_nouns or head in _NOT_AUTHORED:
        return None
    if not all(_DOCUMENT_LEAD.match(t[2]) for t in ahead[:-2]):
        return None
    return ahead[0][0]


_HEAD_END = re.compile(r"\s+(?:by|from|of|on|in|released|published|issued)\b|,", re.IGNORECASE)


def document_phrase(lex: Lexicon, phrase: str) -> bool:
    """``phrase`` names a study, report or survey ("The 2019 report by the Budget
    Office", "a new study"): its findings, quoted, are its own words."""
    cut = _HEAD_END.search(phrase)
    words = re.findall(r"[a-z]+", (phrase[: cut.start()] if cut else phrase).lower())
    return bool(words) and words[-1] in lex.document_nouns and words[-1] not in _NOT_AUTHORED


# "by" and its author's name after a document's phrase, up to an apposition's comma or the
# verb: "by the Centre for Fiscal Research", "by Jo Roe of Oslo".
_BY_AUTHOR = re.compile(
    r"\s+by\s+(?:the\s+)?[A-Z][\w\u2019'.&-]*(?:\s+(?:[A-Z][\w\u2019'.&-]*|of|for|and|on|the))*"
    r"(?<=[\w.])(?=\s*,)"
)


def with_author(lex: Lexicon, text: str, np: tuple[int, int], end: int) -> tuple[int, int]:
    """``np`` with the author's "by" phrase after it when ``np`` names a document and its
    author follows, set off before an apposition ("A 2019 study by the Centre for
    Fiscal Research, a think tank, concluded"); ``np`` itself otherwise."""
    by = _BY_AUTHOR.match(text, np[1], end)
    if by is None or not document_phrase(lex, text[np[0] : np[1]]):
        return np
    return np[0], by.end()
