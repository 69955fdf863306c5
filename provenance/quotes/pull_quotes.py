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
    seen: dict[str, int] = {}  # quotation -> the first paragraph holding it
    short: set[int] = set()
    pulled: set[int] = set()
    for i, (ps, pe) in enumerate(paragraphs):
        found = list(_QUOTED.finditer(text, ps, pe))
        if not found:
            continue
        outside = len(_WORD.findall(text, ps, pe)) - sum(
            len(_WORD.findall(m.group(1))) for m in found
        )
        if len(found) == 1 and outside <= _MAX_FRAME_WORDS:
            short.add(i)
        for m in found:
            key = _key(m.group(1))
            if len(key.split()) < _MIN_QUOTE_WORDS:
                continue
            first = seen.setdefault(key, i)
            if first != i and first in short:
                pulled.add(first)
    return frozenset(pulled)
