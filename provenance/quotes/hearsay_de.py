"""German hearsay: ``sollen`` with a perfect infinitive reports what others say.

``Im Hafen sollen drei Hallen abgebrannt sein`` means "three halls are said to
have burnt down": reported speech whose source the text does not name. The mark
is the present of ``sollen`` in the clause with a participle and ``haben`` or
``sein`` at its end (``soll ... verletzt worden sein``, ``sollen ... kassiert
haben``); the past ``sollte`` (an intention or a condition) is no mark.

Positions are code points of ``Article.text``.
"""

from __future__ import annotations

import re

__all__ = ["hearsay_de"]

Span = tuple[int, int]

_MODAL = re.compile(r"\b(?:soll|sollen)\b")
# A participle (or an adjective of place, "entfernt") then haben or sein at the clause end.
_PERFECT = re.compile(
    r"\b[a-zäöüß]+(?:t|en)\s+(?:worden\s+)?(?:haben|sein)\s*(?=[,.;:!?)\u2013]|$)"
)
# A deadline makes it a plan: "Die Arbeiten sollen bis 2010 abgeschlossen sein".
_PLAN = re.compile(r"\b(?:bis\s+(?:zum|zur|Ende|sp\u00e4testens|\d)|k\u00fcnftig|demn\u00e4chst)")
_QUOTE_MARKS = '\u201e\u201c\u201d\u00bb\u00ab"'


def hearsay_de(text: str, start: int, end: int) -> Span | None:
    """The ``soll``/``sollen`` of hearsay in the sentence ``[start, end)``, or None."""
    chunk = text[start:end]
    if any(c in chunk for c in _QUOTE_MARKS):
        return None  # quoted words have their own frame
    for m in _MODAL.finditer(text, start, end):
        clause_end = re.search(r"[,.;:!?]|$", text[m.end() : end])
        assert clause_end is not None
        stop = m.end() + clause_end.end()
        if _PERFECT.search(text, m.end(), stop) and not _PLAN.search(text, start, stop):
            return m.span()
    return None
