"""Where the page states its metadata: the bytes behind a title, an author, a date.

Each metadata value of an :class:`~provenance.parse.Article` is an
interpretation of the page; its evidence is the stretch of representation
bytes that states it (a ``<meta>`` attribute, a JSON-LD string, the
``<title>``, a byline, a date line), found after the value is chosen. A value
the page does not state but its address does (the outlet as the host name, a
date in the URL path) says so instead. :func:`states` is the rule a verifier
applies to the words found at those bytes.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from urllib.parse import urlsplit

import attrs

from .metadata import WRITTEN_DATE, Metadata, normalise_date, normalise_language, url_date
from .textmap import ByteIndex

__all__ = [
    "EVIDENCED",
    "FIELDS",
    "FieldEvidence",
    "find_statement",
    "from_url",
    "locate_statements",
    "states",
]

#: The metadata fields a citation carries, each backed by evidence.
FIELDS = ("title", "outlet", "authors", "published")
#: Every metadata field an :class:`~provenance.parse.Article` backs with evidence.
EVIDENCED = (*FIELDS, "modified", "canonical_url", "language")
_DATES = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?:[A-Z][a-z]{2},\s+)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s*"
    r"(?:[+-]\d{4}|[A-Z]{1,5})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\.?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\b\d{8}(?:T?\d{4,6})?\b|\b\d{13}\b|\b\d{10}\b"
    # Date.toString() of JavaScript and Java: "Tue Nov 19 2019 03:05:46 GMT+0000",
    # "Tue Jan 28 15:28:56 CET 2020"
    r"|[A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+\d{1,2}\s+(?:\d{4}\s+\d{2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:GMT|UTC)?[+-]\d{4})?|\d{2}:\d{2}(?::\d{2})?\s+[A-Z]{2,5}\s+\d{4})"
    r"|" + WRITTEN_DATE.pattern,
    re.IGNORECASE,
)
_LANGUAGE_ATTR = re.compile(
    r"""(?:\blang|\bcontent)\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)\b""",
    re.IGNORECASE,
)
_SPACE = re.compile(r"[\t\n\f\r \xa0]+")
_EPOCH = re.compile(r"\b\d{13}\b|\b\d{10}\b")


@attrs.frozen
class FieldEvidence:
    """``value`` of ``field`` is stated by representation bytes ``[byte_start, byte_end)``,
    found in ``where`` (``meta``, ``json-ld``, ``title``, ``html`` for its ``lang``,
    ``text``); or, with no bytes,
    ``where`` is ``url`` and the value comes from the page's address."""

    field: str
    value: str
    where: str
    byte_start: int | None = None
    byte_end: int | None = None


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip(" ")


def _readings(stated: str) -> list[str]:
    """The ways a stretch of page source can state a string: as HTML text or attribute,
    or as a JSON string inside a script (escapes decoded)."""
    out = [_fold(html.unescape(stated))]
    if "\\" in stated:
        with contextlib.suppress(ValueError):
            out.append(_fold(html.unescape(json.loads(f'"{stated}"'))))
    return out


def states(field: str, value: str, stated: str) -> bool:
    """Whether the decoded bytes ``stated`` state ``value`` for ``field``."""
    if field in ("published", "modified"):
        return any(normalise_date(r) == value for r in _readings(stated))
    if field == "language":
        return any(normalise_language(r) == value for r in _readings(stated))
    return any(r == value for r in _readings(stated))


def from_url(field: str, value: str, url: str | None) -> bool:
    """Whether ``value`` of ``field`` follows from the page's address alone."""
    if not url:
        return False
    if field == "outlet":
        host = urlsplit(url).hostname or ""
        return bool(host) and host.removeprefix("www.") == value
    if field == "published":
        return url_date(url) == value
    return False


def _where(source: str, start: int, fmt: str) -> str:
    if fmt != "html":
        return "text"
    lt = source.rfind("<", 0, start)
    if lt < 0:
        return "text"
    tag = source[lt + 1 : lt + 16].lower()
    if tag.startswith("meta") and source.find(">", lt, start) < 0:
        return "meta"
    if tag.startswith("script"):
        return "json-ld"
    if tag.startswith("title"):
        return "title"
    if tag.startswith("html") and source.find(">", lt, start) < 0:
        return "html"
    return "text"


def _find_text(source: str, value: str) -> tuple[int, int] | None:
    candidates = [value, html.escape(value, quote=False), html.escape(value)]
    encoded = json.dumps(value)[1:-1]
    if encoded not in candidates:
        candidates.append(encoded)
    for candidate in candidates:
        at = source.find(candidate)
        if at >= 0:
            return at, at + len(candidate)
    words = value.split()
    if not words:
        return None
    spaced = r"[\t\n\f\r \xa0]+".join(re.escape(w) for w in words)
    m = re.search(spaced, source)
    if m is None:
        # Written with character references: "&hellip;", "&#8217;", "&amp;".
        spaced = _SPACES.join("".join(_char(c) for c in w) for w in words)
        m = re.search(spaced, source)
    return m.span() if m else None


_SPACES = r"(?:[\t\n\f\r \xa0]|&nbsp;|&#160;|&#xa0;)+"


def _char(c: str) -> str:
    if c.isascii() and c.isalnum():
        return c
    return f"(?:{re.escape(c)}|&#?[0-9A-Za-z]{{2,8}};)"


def _find_date(source: str, value: str) -> tuple[int, int] | None:
    """Where the page writes the date ``value``: as given, as an ISO date with another
    time or offset, written out around its year, or as epoch seconds."""
    at = source.find(value)
    if at >= 0:
        return at, at + len(value)
    day = value[:10]
    at = source.find(day)
    while at >= 0:
        m = _DATES.match(source, at)
        if m is not None and normalise_date(m.group(0)) == value:
            return m.span()
        at = source.find(day, at + 10)
    # Every other way of writing a date that _DATES knows holds the year, except
    # epoch seconds and milliseconds: look around each place the year is written.
    year = value[:4]
    pos = source.find(year) if year.isdigit() else -1
    seen = -1
    while pos >= 0:
        if pos > seen:
            for m in _DATES.finditer(source, max(0, pos - 40, seen), pos + 44):
                whole = _DATES.match(source, m.start())
                if (
                    whole is not None
                    and whole.end() > pos
                    and normalise_date(whole.group(0)) == value
                ):
                    return whole.span()
            seen = pos + 4
        pos = source.find(year, pos + 4)
    for m in _EPOCH.finditer(source):
        if normalise_date(m.group(0)) == value:
            return m.span()
    return None


def _find_language(source: str, value: str) -> tuple[int, int] | None:
    for m in _LANGUAGE_ATTR.finditer(source):
        if normalise_language(m.group(1)) == value:
            return m.span(1)
    return None


def find_statement(source: str, field: str, value: str) -> tuple[int, int] | None:
    """Code points of ``source`` where the page states ``value`` for ``field``, if it does."""
    if field in ("published", "modified"):
        span = _find_date(source, value)
    elif field == "language":
        span = _find_language(source, value)
    else:
        span = _find_text(source, value)
    if span is not None and states(field, value, source[span[0] : span[1]]):
        return span
    return None


def locate_statements(
    source: str, index: ByteIndex, meta: Metadata, url: str | None, fmt: str
) -> tuple[FieldEvidence, ...]:
    """Evidence for every metadata value (title, outlet, authors, dates, canonical
    address, language) of a page whose decoded ``source`` maps to bytes through
    ``index``."""
    wanted: list[tuple[str, str]] = []
    for field in EVIDENCED:
        value = getattr(meta, field)
        if field == "authors":
            wanted.extend(("authors", a) for a in value)
        elif value:
            wanted.append((field, value))
    found: list[FieldEvidence] = []
    for field, value in wanted:
        span = find_statement(source, field, value)
        if span is not None:
            s, e = span
            where = _where(source, s, fmt)
            found.append(FieldEvidence(field, value, where, index.byte(s), index.byte(e)))
            continue
        if from_url(field, value, url):
            found.append(FieldEvidence(field, value, "url"))
    return tuple(found)
