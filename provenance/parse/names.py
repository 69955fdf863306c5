"""Who wrote a page and who published it: people in bylines, the outlet's own name.

A byline gives people ("By Jane Roe and Sam Poe", "Von Max Muster, Berlin",
"Analysis by Jane Roe, Example News editor-at-large"): the lead words, the
outlet, news agencies, job titles, places and dates around the names are left
out. The outlet's name is chosen among what the page calls itself (site name,
publisher, the name the ``<title>`` adds to the headline, the handle) by which
one the host or another source agrees with.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from .dates import MONTHS

__all__ = [
    "host_name_key",
    "name_key",
    "outlet_like",
    "outlet_name",
    "people",
    "strip_outlet",
    "title_affix",
]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _clean(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(html.unescape(text).split())


_BYLINE_LEAD = re.compile(
    r"^\W*(?:[^\W\d_]+\s+by|by|von|par|por|di|da|door|av|af|od|"
    r"(?:geschrieben|verfasst|gespeichert|eingestellt|erstellt|veröffentlicht)\s+von|"
    r"ein\s+(?:beitrag|artikel|kommentar)\s+von|(?:publié|écrit|rédigé)\s+par|"
    r"(?:publicado|escrito)\s+por|(?:pubblicato|scritto)\s+da|"
    r"(?:geschreven|gepost)\s+door|autor(?:in|en)?|authors?|auteurs?|autore|redaktion|"
    r"текст|автор)"
    r"\s*:?\s+",
    re.IGNORECASE,
)
# Where a byline's names end: a date or time, "on"/"am"/"le" before one, a separator.
_BYLINE_END = re.compile(
    r"\s(?:on|am|le|el|il|op|em|um|at|à)\s+\d|\s+\d{1,4}[./:-]\d|\s[|\u2022\u00b7]\s|"
    r"\s[-\u2013\u2014]\s|\s(?:updated|published|aktualisiert|veröffentlicht|mis à jour)\b",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*[,;/]\s*|\s+(?:and|und|et|y|e|en|og|och|i|&)\s+", re.IGNORECASE)

_PARTICLES = _wordset("von van de der den da di du le la del dos das bin al el zu ten ter af av")
# Words that lead a byline or join names, never a name on their own.
_NOT_NAMES = _wordset(
    "by von par por di da door av af od and und et author authors autor autoren autorin "
    "autorinnen auteur auteurs redaktion admin administrator posted written text texte "
    "текст автор"
)
_TITLE_SEPARATORS = (
    " | ",
    " - ",
    " \u2013 ",
    " \u2014 ",
    " :: ",
    " \u00b7 ",
    " \u00bb ",
    " \u203a ",
    " / ",
)


def name_key(text: str | None) -> str:
    """A name reduced to its letters and digits, to compare outlets and people."""
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


def people(text: str, outlet_keys: set[str]) -> list[str]:
    """Names in a byline: "By Jane Roe and Sam Poe | 3 May", "Von Max Muster".

    The outlet, news agencies and job titles are not names: "Jane Roe, USA TODAY"
    gives Jane Roe, and so does "Jane Roe Associated Press". An address given
    with the outlet ("Example News, Hamburg, Germany") gives no one.
    """
    text = _clean(text)
    if not text or len(text) > 160 or _ORGANISATION.search(text):
        return []
    m = _BYLINE_LEAD.match(text)
    if m:
        text = text[m.end() :]
    end = _BYLINE_END.search(text)
    if end:
        text = text[: end.start()]
    known = outlet_keys | _AGENCIES
    parts = [p.strip(" .,:;()[]\"'\u201c\u201d") for p in _NAME_SPLIT.split(text)]
    parts = [p for p in parts if p and not _JOB.search(p)]
    named_outlet = any(outlet_like(p, outlet_keys) for p in parts)
    names = []
    for part in parts:
        if outlet_like(part, outlet_keys):
            continue
        words = part.split()
        while len(words) > 2 and name_key(words[-1]) in _CALENDAR:
            words.pop()  # "Jeff Foust Monday"
        for k in (3, 2, 1):
            if len(words) >= k + 2 and name_key(" ".join(words[-k:])) in known:
                del words[-k:]  # "Tom Davies Associated Press", "Kevin McCoy USA TODAY"
                break
        name = " ".join(words).strip(" .,")
        if _name_like(name) and not outlet_like(name, outlet_keys):
            names.append(name)
    if named_outlet or any(len(n.split()) > 1 for n in names):
        # "Hamburg", "Germany" beside the outlet or beside a person's full name
        names = [n for n in names if len(n.split()) > 1 or name_key(n) in _AGENCIES]
    return names


def outlet_like(part: str, outlet_keys: set[str]) -> bool:
    """Whether a byline part is the outlet: "Cleveland.com" for cleveland, "Detroit News"."""
    key = name_key(part)
    return any(
        len(o) >= 4 and len(key) >= 4 and (o in key or key in o) and abs(len(key) - len(o)) <= 4
        for o in outlet_keys
    )


_AGENCIES = _wordset(
    "ap associatedpress reuters afp agencefrancepresse dpa epa ansa efe apa sda kyodo xinhua "
    "tass upi bloomberg staff wires wireservices"
)
_CALENDAR = frozenset(MONTHS) | _wordset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche"
)
_JOB = re.compile(
    r"\b(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journalistin|rédacteur|rédactrice|"
    r"redactor|redactora|corresponsal|at-large|staff|contributing|senior|chief)\b",
    re.IGNORECASE,
)
_ORGANISATION = re.compile(r"\b(?:GmbH|Inc\.?|Ltd\.?|LLC|AG|S\.A\.|e\.V\.|Corp\.?)(?:\W|$)")


def _name_like(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in name) or "@" in name:
        return False
    if name.lower() in _NOT_NAMES:
        return False
    if "http" in name.lower() or "www." in name.lower():
        return False
    if len(words) == 1:
        return 2 <= len(name) <= 40  # a handle such as "rasos" is a name on a blog
    capital = sum(1 for w in words if w[:1].isupper() or w.lower() in _PARTICLES)
    return capital == len(words)


def _title_splits(title: str) -> Iterator[tuple[str, list[str]]]:
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            yield sep, [p.strip() for p in title.split(sep)]


def title_affix(title_el: str, headline: str, h1: str, host_key: str) -> str | None:
    """The outlet's name in ``<title>`` beside the headline: "Headline | Outlet".

    The part the host names is the outlet; else the part beside what the page
    calls its headline (``og:title``, the ``<h1>``); else a short last part.
    """
    known = {name_key(headline), name_key(h1)} - {""}
    guess = None
    for sep, parts in _title_splits(title_el):
        if len(parts) < 2:
            continue
        first, last = parts[0], parts[-1]
        head, tail = sep.join(parts[:-1]), sep.join(parts[1:])
        if _host_names(host_key, name_key(last)):
            return last if len(last) <= 60 else None
        if _host_names(host_key, name_key(first)):
            return first if len(first) <= 60 else None
        if name_key(head) in known:
            guess = guess or last
        elif name_key(tail) in known:
            guess = guess or first
        elif not known and len(last) < len(head):
            guess = guess or last
    return guess if guess and 1 < len(guess) <= 60 else None


def strip_outlet(title: str, outlet: str | None, h1: str, guess: bool) -> str:
    """The headline without the outlet's name the page adds to it.

    ``guess``: for the ``<title>``, a short last part is taken for a site name
    even when no outlet is known.
    """
    okey = name_key(outlet)
    for sep, parts in _title_splits(title):
        if okey and len(parts) > 1:
            if okey in name_key(parts[-1]):
                return sep.join(parts[:-1]).strip()
            if okey in name_key(parts[0]):
                return sep.join(parts[1:]).strip()
    for _sep, parts in _title_splits(title):
        for part in parts:
            if h1 and name_key(part) == name_key(h1):
                return part
    for sep, parts in _title_splits(title):
        if guess and len(parts[-1]) < 30 and len(sep.join(parts[:-1])) > 20:
            return sep.join(parts[:-1]).strip()
        break
    return title


def host_name_key(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.removeprefix("www.").split(".")
    return name_key(labels[-2] if len(labels) >= 2 else labels[0])


def _host_names(host_key: str, key: str) -> bool:
    """Whether the host spells the name: reuters.com for "Reuters", not for "U.S."."""
    if len(host_key) < 4 or len(key) < 3:
        return False
    return host_key in key or (key in host_key and len(key) * 5 >= len(host_key) * 3)


def _one_name(name: str, host_key: str) -> str:
    """Of "NDR.de - Nachrichten - NDR Info", the part the host names, else the first."""
    for _sep, parts in _title_splits(name):
        return next((p for p in parts if _host_names(host_key, name_key(p))), parts[0])
    return name


def outlet_name(candidates: list[str | None], host_key: str) -> str | None:
    """The first name another source or the host agrees with, else the first name.

    Of names that agree, one written as a name ("The Detroit News") is taken over
    one written as a handle ("detroitnews").
    """
    names = [_one_name(c.strip().removeprefix("@").strip(), host_key) for c in candidates if c]
    names = [n for n in names if n]
    keys = [name_key(n) for n in names]
    agreed = []
    for i, (name, key) in enumerate(zip(names, keys, strict=True)):
        if len(key) < 3:
            continue
        if _host_names(host_key, key) or any(k == key for j, k in enumerate(keys) if j != i):
            agreed.append(name)
    for name in agreed:
        if " " in name or not name.islower():
            return name
    if agreed:
        return agreed[0]
    return names[0] if names else None
