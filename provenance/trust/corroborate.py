"""Corroboration: do web archives we do not control hold the quoted words?

For each archive (:class:`~provenance.trust.memento.MementoSource`) the
URL's TimeMap is fetched, its mementos ranked by distance from the capture
time, and up to ``per_archive`` of the nearest are fetched (raw, ``id_``,
where the archive has that form) until one holds the quoted words
(:mod:`provenance.trust.textfold`). Each archive gets one outcome:

``corroborated``  a memento holds the quoted words
``differs``       raw mementos were read and none holds them
``inconclusive``  mementos were read but the archive serves no raw copy
                  (a frame or its own snapshot), so absence proves nothing
``not-archived``  the archive has no memento of the URL
``unavailable``   the archive could not be asked (down, HTTP error, oversized)

Corroboration is only as independent as the archive: it shows that a
third party fetched the same words from the URL, near that time, by its own
account; it cannot show more about the archive than the archive itself.
"""

from __future__ import annotations

import contextlib
import logging
import urllib.parse
from collections.abc import Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import attrs
import requests

from ..errors import MementoError
from . import http
from .memento import (
    DEFAULT_SOURCES,
    Memento,
    MementoSource,
    nearest,
    parse_timemap,
    raw_memento_url,
)
from .textfold import fold, page_text, words_in

__all__ = [
    "ArchiveOutcome",
    "Corroboration",
    "MementoCheck",
    "corroborate",
    "save_page_now",
]

log = logging.getLogger(__name__)

TIMEMAP_LIMITS = http.HttpLimits(connect_timeout=10.0, read_timeout=30.0, total_timeout=90.0)
MEMENTO_LIMITS = http.HttpLimits(connect_timeout=10.0, read_timeout=30.0, total_timeout=90.0)


@attrs.frozen
class MementoCheck:
    """One memento read: where, when, and whether it holds the quoted words."""

    memento_url: str
    fetched_url: str
    datetime: str
    raw: bool
    holds: bool | None  # None: could not be read
    detail: str


@attrs.frozen
class ArchiveOutcome:
    archive: str
    timemap_url: str
    outcome: str
    mementos_listed: int
    checked: tuple[MementoCheck, ...]
    detail: str = ""

    @property
    def holding(self) -> MementoCheck | None:
        return next((c for c in self.checked if c.holds), None)


@attrs.frozen
class Corroboration:
    """What other archives say about the quoted words of one URL at one time."""

    url: str
    pieces: tuple[str, ...]
    captured: str
    archives: tuple[ArchiveOutcome, ...]

    @property
    def corroborated(self) -> bool:
        return any(a.outcome == "corroborated" for a in self.archives)

    @property
    def version_url(self) -> str | None:
        """The holding memento nearest the capture: a Robust Links ``data-versionurl``."""
        holding = [c for a in self.archives if (c := a.holding) is not None]
        if not holding:
            return None
        when = _utc(self.captured)
        return min(
            holding, key=lambda c: abs((_utc(c.datetime) - when).total_seconds())
        ).memento_url

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "captured": self.captured,
            "corroborated": self.corroborated,
            "version_url": self.version_url,
            "archives": [attrs.asdict(a) for a in self.archives],
        }


def _utc(iso: str) -> datetime:
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _check(
    source: MementoSource,
    memento: Memento,
    pieces: tuple[str, ...],
    session: requests.Session | None,
) -> MementoCheck:
    raw_url = raw_memento_url(memento.url) if source.raw else None
    fetch_url = raw_url or memento.url
    when = memento.datetime.isoformat()
    try:
        answer = http.get(
            fetch_url,
            fail=lambda msg: MementoError(msg, url=fetch_url),
            limits=MEMENTO_LIMITS,
            session=session,
        )
    except MementoError as exc:
        return MementoCheck(memento.url, fetch_url, when, raw_url is not None, None, str(exc))
    if answer.status != 200:
        return MementoCheck(
            memento.url, answer.url, when, raw_url is not None, None, f"HTTP {answer.status}"
        )
    stated = answer.header("Memento-Datetime")
    if stated:
        with contextlib.suppress(TypeError, ValueError):
            when = parsedate_to_datetime(stated).astimezone(timezone.utc).isoformat()
    text = fold(page_text(answer.body, answer.header("Content-Type")))
    holds = words_in(pieces, text)
    detail = "the quoted words are in it" if holds else "the quoted words are not in it"
    return MementoCheck(memento.url, answer.url, when, raw_url is not None, holds, detail)


def _ask(
    source: MementoSource,
    url: str,
    when: datetime,
    pieces: tuple[str, ...],
    per_archive: int,
    session: requests.Session | None,
) -> ArchiveOutcome:
    timemap_url = source.timemap_url(url)
    try:
        answer = http.get(
            timemap_url,
            fail=lambda msg: MementoError(msg, url=timemap_url),
            limits=TIMEMAP_LIMITS,
            headers={"Accept": "application/link-format"},
            session=session,
        )
    except MementoError as exc:
        return ArchiveOutcome(source.name, timemap_url, "unavailable", 0, (), str(exc))
    if answer.status == 404:
        return ArchiveOutcome(source.name, timemap_url, "not-archived", 0, (), "no TimeMap")
    if answer.status != 200:
        return ArchiveOutcome(
            source.name, timemap_url, "unavailable", 0, (), f"TimeMap: HTTP {answer.status}"
        )
    mementos = parse_timemap(answer.body.decode("utf-8", errors="replace"))
    if not mementos:
        return ArchiveOutcome(source.name, timemap_url, "not-archived", 0, (), "no memento")
    checked: list[MementoCheck] = []
    for memento in nearest(mementos, when, per_archive):
        check = _check(source, memento, pieces, session)
        checked.append(check)
        log.info("%s %s: %s", source.name, check.fetched_url, check.detail)
        if check.holds:
            break
    if any(c.holds for c in checked):
        outcome = "corroborated"
    elif any(c.holds is False and c.raw for c in checked):
        outcome = "differs"
    elif any(c.holds is False for c in checked):
        outcome = "inconclusive"
    else:
        outcome = "unavailable"
    return ArchiveOutcome(source.name, timemap_url, outcome, len(mementos), tuple(checked))


def corroborate(
    url: str,
    pieces: Sequence[str],
    captured: datetime,
    *,
    sources: Sequence[MementoSource] = DEFAULT_SOURCES,
    per_archive: int = 3,
    session: requests.Session | None = None,
) -> Corroboration:
    """Ask each archive in ``sources`` whether it holds ``pieces`` of ``url`` near ``captured``."""
    words = tuple(p for p in pieces if p.strip())
    if not words:
        raise ValueError("no quoted words to look for")
    when = captured if captured.tzinfo else captured.replace(tzinfo=timezone.utc)
    outcomes = tuple(_ask(s, url, when, words, max(1, per_archive), session) for s in sources)
    return Corroboration(url, words, when.astimezone(timezone.utc).isoformat(), outcomes)


SAVE_ENDPOINT = "https://web.archive.org/save"


def save_page_now(
    url: str,
    *,
    keys: str | None = None,
    endpoint: str = SAVE_ENDPOINT,
    session: requests.Session | None = None,
) -> str:
    """Ask the Internet Archive's Save Page Now to capture ``url``; returns what it answered.

    With ``keys`` (``ACCESS:SECRET`` of an archive.org account) the
    authenticated API is used (``Authorization: LOW ACCESS:SECRET``),
    otherwise the anonymous form ``endpoint/URL``. The capture happens
    later, on the archive's side; corroborate again once it has.
    """

    def fail(msg: str) -> MementoError:
        return MementoError(f"Save Page Now: {msg}", url=url)

    if keys:
        answer = http.post(
            endpoint,
            f"url={urllib.parse.quote(url, safe='')}".encode("ascii"),
            "application/x-www-form-urlencoded",
            fail=fail,
            headers={"Accept": "application/json", "Authorization": f"LOW {keys}"},
            session=session,
        )
    else:
        answer = http.get(f"{endpoint}/{url}", fail=fail, session=session)
    if answer.status >= 400:
        raise fail(f"HTTP {answer.status}")
    return answer.body[:2000].decode("utf-8", errors="replace")
