"""Pull quotes: a paragraph that repeats, ahead of its place, a quotation the article
gives again later ("...," Lee said. ... three paragraphs on, the same words in their
place). Such a paragraph stands outside the flow of the text, so the people it names are
no antecedents for the pronouns after it ("he continued" goes on with the speaker
before it, not with the one it names out of turn)."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["pulled_paragraphs"]

# A quotation between double marks of any style.
_QUOTED = re.compile(
    r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb]{20,}?)[\"\u201d\u00bb]"
)
_WORD = re.compile(r"\w+")
# The words a pull quote may carry besides its quotation: a short frame ("Lee said of
# returning to the Moon").
_MAX_FRAME_WORDS = 10
_MIN_QUOTE_WORDS = 6


def _key(quoted: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(quoted))


def pulled_paragraphs(text: str, paragraphs: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Indices of the paragraphs that only hold a quotation (and a short frame) which a
    later paragraph quotes again word for word."""
    first: dict[str, int] = {}  # quotation -> the first paragraph holding it
    repeated: set[int] = set()
    for i, (ps, pe) in enumerate(paragraphs):
        for m in _QUOTED.finditer(text, ps, pe):
            key = _key(m.group(1))
            if key.count(" ") + 1 < _MIN_QUOTE_WORDS:
                continue
            at = first.setdefault(key, i)
            if at != i:
                repeated.add(at)
    return frozenset(i for i in repeated if _only_a_quote(text, *paragraphs[i]))


def _only_a_quote(text: str, ps: int, pe: int) -> bool:
    """The paragraph holds one quotation and at most a short frame."""
    found = list(_QUOTED.finditer(text, ps, pe))
    if len(found) != 1:
        return False
    inside = len(_WORD.findall(found[0].group(1)))
    return len(_WORD.findall(text, ps, pe)) - inside <= _MAX_FRAME_WORDS
