"""Memento (RFC 7089): TimeMaps of other web archives, the memento nearest a time, raw bytes.

A TimeMap in link format (``application/link-format``, RFC 6690) lists the
archived copies (mementos) of one URL::

    <http://example.com/>; rel="original",
    <https://arch.example/web/20200101000000/http://example.com/>;
        rel="first memento"; datetime="Wed, 01 Jan 2020 00:00:00 GMT",
    ...

Each archive is asked at ``TIMEMAP_PREFIX + URL``. Wayback-style archives
(the Internet Archive, pywb) serve a memento's bytes as archived, without
rewriting or banner, when the timestamp in its URL carries the ``id_``
modifier: ``/web/20200101000000id_/http://example.com/``. archive.today and
perma.cc have no such form: archive.today serves its own snapshot of the
page, perma.cc a page that frames the memento. Their copies can show that
words are there, but not that they are absent (see ``raw``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import attrs

__all__ = [
    "DEFAULT_SOURCES",
    "Memento",
    "MementoSource",
    "nearest",
    "parse_timemap",
    "raw_memento_url",
    "source_for_prefix",
]


@attrs.frozen
class MementoSource:
    """A web archive asked through its TimeMaps.

    ``raw``: whether its mementos can be fetched as archived (``id_``), so
    that words missing from a memento mean the archived page lacks them.
    """

    name: str
    timemap_prefix: str
    raw: bool = True

    def timemap_url(self, url: str) -> str:
        return self.timemap_prefix + url


DEFAULT_SOURCES: tuple[MementoSource, ...] = (
    MementoSource("Internet Archive", "https://web.archive.org/web/timemap/link/", raw=True),
    MementoSource("archive.today", "https://archive.today/timemap/", raw=False),
    MementoSource("perma.cc", "https://perma.cc/timemap/link/", raw=False),
)

_NO_RAW_HOSTS = re.compile(
    r"^https?://(?:[^/]*\.)?(?:archive\.(?:today|ph|is|li|vn|fo|md)|perma\.cc)(?:[:/]|$)",
    re.IGNORECASE,
)


def source_for_prefix(prefix: str) -> MementoSource:
    """A source for a user-given TimeMap prefix, named after its host.

    >>> source_for_prefix("http://127.0.0.1:8080/coll/timemap/link/").name
    '127.0.0.1:8080/coll'
    >>> source_for_prefix("https://archive.ph/timemap/").raw
    False
    """
    match = re.match(r"^[a-z]+://([^/]+)(/[^?#]*)?", prefix, re.IGNORECASE)
    host = match.group(1) if match else prefix
    path = (match.group(2) or "") if match else ""
    first = path.strip("/").split("/")[0] if path.strip("/") else ""
    name = host if first in ("", "web", "timemap") else f"{host}/{first}"
    return MementoSource(name, prefix, raw=not _NO_RAW_HOSTS.match(prefix))


@attrs.frozen
class Memento:
    """One archived copy: its URL (as the TimeMap gives it) and its datetime (UTC)."""

    url: str
    datetime: datetime
    rels: tuple[str, ...] = ("memento",)


_PARAM = re.compile(r'\s*;\s*([A-Za-z0-9_.*-]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^;,\s]*))?')


def _links(text: str) -> Iterator[tuple[str, dict[str, str]]]:
    pos = 0
    while True:
        start = text.find("<", pos)
        if start < 0:
            return
        end = text.find(">", start + 1)
        if end < 0:
            return
        target = text[start + 1 : end].strip()
        params: dict[str, str] = {}
        pos = end + 1
        while True:
            match = _PARAM.match(text, pos)
            if not match:
                break
            value = match.group(2) or ""
            if value.startswith('"'):
                value = re.sub(r"\\(.)", r"\1", value[1:-1])
            params.setdefault(match.group(1).lower(), value)
            pos = match.end()
        yield target, params


def parse_timemap(text: str) -> tuple[Memento, ...]:
    """The mementos of a link-format TimeMap, oldest first; other links are ignored.

    Links whose ``datetime`` is missing or not an HTTP date are skipped.

    >>> tm = '<http://a/>; rel="original", <http://x/20200101000000/http://a/>; rel="memento"; '
    >>> tm += 'datetime="Wed, 01 Jan 2020 00:00:00 GMT"'
    >>> [(m.url, m.datetime.year) for m in parse_timemap(tm)]
    [('http://x/20200101000000/http://a/', 2020)]
    """
    found: list[Memento] = []
    for target, params in _links(text):
        rels = tuple(params.get("rel", "").lower().split())
        if "memento" not in rels or "datetime" not in params:
            continue
        try:
            moment = parsedate_to_datetime(params["datetime"])
        except (TypeError, ValueError):
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        found.append(Memento(target, moment.astimezone(timezone.utc), rels))
    found.sort(key=lambda m: m.datetime)
    return tuple(found)


def nearest(mementos: Sequence[Memento], when: datetime, count: int = 1) -> tuple[Memento, ...]:
    """The ``count`` mementos nearest ``when``, nearest first (the earlier one on a tie)."""
    ranked = sorted(mementos, key=lambda m: (abs((m.datetime - when).total_seconds()), m.datetime))
    return tuple(ranked[:count])


_WAYBACK = re.compile(
    r"^(?P<base>.*?/)(?P<ts>\d{4,14})(?P<mod>[a-z]{2}_)?/(?P<url>[a-z][a-z0-9+.-]*:.*)$"
)


def raw_memento_url(memento_url: str) -> str | None:
    """The ``id_`` form of a wayback-style memento URL, or None if it has no such form.

    >>> raw_memento_url("http://h/coll/20200101000000mp_/http://a/b?c=1")
    'http://h/coll/20200101000000id_/http://a/b?c=1'
    >>> raw_memento_url("https://perma.cc/ABCD-1234") is None
    True
    """
    match = _WAYBACK.match(memento_url)
    if not match:
        return None
    return f"{match['base']}{match['ts']}id_/{match['url']}"
