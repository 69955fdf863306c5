"""Dates as pages write them, read as ISO 8601: in metadata, in text, in the address.

``normalise_date`` reads ISO dates and times, RFC 2822 and the ``toString``
forms of scripts, compact ``20240503``, epoch seconds, and dates written out
in English, German, French, Spanish, Italian, Dutch and Portuguese ("3 May
2024", "12. März 2024", "le 15 septembre 2009", "3 de mayo de 2020",
"24.07.2017", day first).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

__all__ = ["MONTHS", "WRITTEN_DATE", "normalise_date", "url_date"]

_MONTH_NAMES = (
    # One line per month: English, German, French, Spanish, Italian, Dutch, Portuguese.
    "jan january januar jänner janvier janv enero ene gennaio januari janeiro",
    "feb february februar feber février févr fév febrero febbraio februari fevereiro fev",
    "mar march märz mär mars marzo maart março",
    "apr april avril avr abril aprile",
    "may mai mayo maggio mei maio",
    "jun june juni juin junio giugno junho",
    "jul july juli juillet juil julio luglio julho",
    "aug august août agosto augustus ago",
    "sep sept september septembre septiembre setiembre settembre setembro set",
    "oct october oktober okt octobre octubre ottobre outubro out",
    "nov november novembre noviembre novembro",
    "dec december dezember dez décembre déc diciembre dic dicembre dezembro",
)
MONTHS = {name: i + 1 for i, line in enumerate(_MONTH_NAMES) for name in line.split()}
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?")
_WORDY = re.compile(
    r"(?:(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)?\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+"
    r"(?:de\s+)?(\d{4}))|"
    r"(?:([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))"
)
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
# Words before a byline's names, in the languages the lexicon covers.


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 date or date-time from the many ways pages write dates."""
    if not value:
        return None
    text = value.strip()
    m = _ISO.search(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2200):
            return None
        if m.group(4) is None:
            return f"{y:04d}-{mo:02d}-{d:02d}"
        hh, mm, ss = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
        tz = m.group(7) or ""
        if tz and tz != "Z" and ":" not in tz:
            tz = tz[:3] + ":" + tz[3:]
        return f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}{tz}"
    m = _COMPACT.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.isoformat()
    m = _WORDY.search(text)
    if m:
        if m.group(1):
            day, month, year = m.group(1), m.group(2), m.group(3)
        else:
            month, day, year = m.group(4), m.group(5), m.group(6)
        mon = MONTHS.get(month.lower())
        if mon and 1 <= int(day) <= 31 and 1900 <= int(year) <= 2200:
            return f"{int(year):04d}-{mon:02d}-{int(day):02d}"
    m = _NUMERIC.search(text)  # 24.07.2017, day first as in most of Europe
    if m:
        day, mon, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mon <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200:
            return f"{year:04d}-{mon:02d}-{day:02d}"
    if text.isdigit() and len(text) in (10, 13):
        stamp = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(stamp, tz=timezone.utc).isoformat()
    return None


# A date written out: "25. September 2018", "November 14, 2019", "3 de mayo de 2020",
# "24.07.2017".
WRITTEN_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?,?\s+(?:de\s+)?\d{4}\b|\b(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b",
    re.IGNORECASE,
)


_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]([01]?\d|[a-z]{3})[/-]([0-3]?\d)(?:/|$|[-_])", re.IGNORECASE
)


def url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    month = m.group(2)
    mon = int(month) if month.isdigit() else MONTHS.get(month.lower(), 0)
    if not 1 <= mon <= 12 or not 1 <= int(m.group(3)) <= 31:
        return None
    return f"{m.group(1)}-{mon:02d}-{int(m.group(3)):02d}"
