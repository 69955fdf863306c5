"""A news story's dateline: the place (in capitals, or any place before a wire
service's name in parentheses), perhaps a date, and a dash that open its first
paragraph ("PARIS —", "LOS ANGELES, Sept. 28 (UPI) --", "Kyiv (AP) —"). It is the
writer's, so no quote's words and no speaker."""

from __future__ import annotations

import re

__all__ = ["dateline_end"]

_DASHES = ("\u2014", "\u2013", "--", " - ")
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019\-]+(?:[ \t][A-Z][A-Z.'\u2019\-]*)*"  # PARIS, NEW YORK, ST. PAUL
    r"(?:,[ \t][A-Z][\w.]*(?:[ \t][\w.]+){0,2})?"  # , Calif. / , Sept. 28
    r"(?:[ \t]*\([A-Z][\w&' ]{0,30}\))?"  # (UPI)
    r"|[A-Z][\w.'\u2019\-]*(?:[ \t][A-Z][\w.'\u2019\-]*){0,2}"  # Kyiv, Buenos Aires
    r"(?:,[ \t][A-Z][\w.]*(?:[ \t][\w.]+){0,2})?"
    r"[ \t]*\([A-Z][\w&' ]{0,30}\))"  # ... but then only with (AP)
    r"[ \t]*(?:\u2014|\u2013|--|-)[ \t]*(?=\S)"
)


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the words of the paragraph ``text[start:end]`` start after a dateline
    that opens it (``start`` when it has none)."""
    head = text[start : min(end, start + 60)]
    if not head[:1].isupper() or not any(d in head for d in _DASHES):
        return start  # the common case, told by a look at the first characters
    found = _DATELINE.match(text, start, end)
    if found is None or found.end() >= end:
        return start
    return found.end()
