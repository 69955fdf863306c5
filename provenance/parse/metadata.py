"""Article metadata from what the page declares, then from what it shows.

Sources, in order of trust:

1. the page's own declarations: JSON-LD objects of an article type (with
   ``publisher.name`` for the outlet), OpenGraph and ``article:*``
   properties, ``meta`` tags (author, dates, Dublin Core, citation tags,
   Parse.ly, Sailthru), ``<html lang>``, ``<link rel=canonical>``;
2. what the page shows: the ``<title>`` (an outlet named there too), the
   ``<h1>``, ``<time>`` and ``itemprop`` dates, bylines ("By Jane Roe",
   "Von Max Muster", "Gespeichert von jane am 24. Juli 2017"), date lines;
3. the page's address: a date in the URL path, the host as a last resort.

The outlet is the outlet's own name (``og:site_name``, the publisher, the
name the ``<title>`` gives) rather than the host, and a name is preferred
when another source or the host agrees with it. Every value is text the
page states, so that :mod:`.statements` can find the bytes behind it.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import attrs

from .htmltree import Document, Element, Text

__all__ = [
    "WRITTEN_DATE",
    "Metadata",
    "normalise_date",
    "normalise_language",
    "page_metadata",
    "url_date",
]

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "report",
    "scholarlyarticle",
    "techarticle",
    "socialmediaposting",
    "discussionforumposting",
    "webpage",
}
_OUTLET_TYPES = {"organization", "newsmediaorganization", "corporation", "website"}
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
_MONTHS = {name: i + 1 for i, line in enumerate(_MONTH_NAMES) for name in line.split()}
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


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PARTICLES = _wordset("von van de der den da di du le la del dos das bin al el zu ten ter af av")
# Words that lead a byline or join names, never a name on their own.
_NOT_NAMES = _wordset(
    "by von par por di da door av af od and und et author authors autor autoren autorin "
    "autorinnen auteur auteurs redaktion admin administrator posted written text texte "
    "текст автор"
)
_NAMED_BYLINE = re.compile(r"byline|author|submitted|username|posted-?by|autor|auteur", re.I)
_NAMED_DATE = re.compile(r"publish|posted|date|time|byline|meta|submitted|datum", re.I)
# Attribute words that may mark a byline or a date (matched in lower case).
_INTERESTING = re.compile(
    r"author|byline|submitted|username|posted|publish|date|time|meta|datum|autor|auteur"
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
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?")


@attrs.frozen
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    published: str | None = None
    modified: str | None = None
    canonical_url: str | None = None
    language: str | None = None


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
        mon = _MONTHS.get(month.lower())
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


def normalise_language(value: str | None) -> str | None:
    """A language tag as BCP 47 writes it (``en-GB``, ``de``), from the first one given."""
    if not value:
        return None
    m = _LANGUAGE.match(value.strip())
    if m is None:
        return None
    lang, region = m.group(1).lower(), m.group(2)
    if region is None:
        return lang
    return f"{lang}-{region.upper() if len(region) == 2 else region}"


def _walk_jsonld(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if graph is not None:
                stack.append(graph)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {str(x).lower() for x in t}
    return set()


def _names(value: Any, people_only: bool = False) -> list[str]:
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            if people_only and _types(item) & _OUTLET_TYPES:
                continue
            name = item.get("name")
            if isinstance(name, str):
                out.append(name)
            elif isinstance(name, list):
                out.extend(str(n) for n in name if isinstance(n, str))
    return [_clean(n) for n in out if _clean(n)]


def _clean(text: str | None) -> str:
    if not text:
        return ""
    return " ".join(html.unescape(text).split())


def _key(text: str | None) -> str:
    """A name reduced to its letters and digits, to compare outlets and people."""
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


def _jsonld_objects(doc: Document) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for raw in doc.jsonld:
        text = raw.strip()
        text = re.sub(r"^\s*(?://)?\s*<!\[CDATA\[|(?://)?\s*\]\]>\s*$", "", text)
        try:
            data = json.loads(text)
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", text))
            except ValueError:
                continue
        found.extend(_walk_jsonld(data))
    return found


def _meta_map(doc: Document) -> dict[str, list[str]]:
    metas: dict[str, list[str]] = {}
    for attrs_ in doc.metas:
        value = attrs_.get("content")
        keys = [attrs_.get("property", ""), attrs_.get("name", "")]
        keys.extend(attrs_.get("itemprop", "").split())
        for key in keys:
            if key and value:
                key = key.strip().lower()
                if key.startswith(("dc:", "dcterms:")):
                    key = key.replace(":", ".", 1)
                metas.setdefault(key, []).append(_clean(value))
        http_equiv = attrs_.get("http-equiv", "").lower()
        if http_equiv == "content-language" and value:
            metas.setdefault("content-language", []).append(value)
    return metas


def _first(metas: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            if value:
                return value
    return None


def _text_of(el: Element, source: str, limit: int = 0) -> str:
    """The text below ``el``; with a ``limit``, "" when it holds more characters."""
    parts: list[str] = []
    size = 0
    stack: list[Element | Text] = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            parts.append(source[node.start : node.end])
            size += node.end - node.start
            if limit and size > limit * 4 and len(" ".join(" ".join(parts).split())) > limit:
                return ""
        elif node.tag not in ("script", "style", "noscript", "template"):
            stack.extend(reversed(node.children))
    return " ".join(parts)


@attrs.define
class _Marks:
    """What one walk over the page finds: the h1, bylines, dated elements."""

    h1: Element | None = None
    bylines: list[Element] = attrs.Factory(list)
    published_prop: Element | None = None
    times: list[Element] = attrs.Factory(list)
    dated: list[Element] = attrs.Factory(list)


def _scan(doc: Document) -> _Marks:
    marks = _Marks()
    for el in doc.root.iter():
        tag = el.tag
        if tag == "h1" and marks.h1 is None:
            marks.h1 = el
        if tag == "time":
            marks.times.append(el)
        raw = el.raw_attrs
        if not raw or tag in ("script", "style", "meta", "link"):
            continue
        if not _INTERESTING.search(raw.lower()):
            continue
        names = f"{el.get('class')} {el.get('id')} {el.get('rel')} {el.get('itemprop')}"
        if _NAMED_BYLINE.search(names) and len(marks.bylines) < 40:
            marks.bylines.append(el)
        if "datepublished" in el.get("itemprop").lower().split() and marks.published_prop is None:
            marks.published_prop = el
        low = names.lower()
        if (
            _NAMED_DATE.search(names)
            and "modif" not in low
            and "updat" not in low
            and tag not in ("body", "html")
            and len(marks.dated) < 40
        ):
            marks.dated.append(el)
    return marks


def _people(text: str, outlet_keys: set[str]) -> list[str]:
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
    named_outlet = any(_outlet_like(p, outlet_keys) for p in parts)
    names = []
    for part in parts:
        if _outlet_like(part, outlet_keys):
            continue
        words = part.split()
        while len(words) > 2 and _key(words[-1]) in _CALENDAR:
            words.pop()  # "Jeff Foust Monday"
        for k in (3, 2, 1):
            if len(words) >= k + 2 and _key(" ".join(words[-k:])) in known:
                del words[-k:]  # "Tom Davies Associated Press", "Kevin McCoy USA TODAY"
                break
        name = " ".join(words).strip(" .,")
        if _name_like(name) and not _outlet_like(name, outlet_keys):
            names.append(name)
    if named_outlet or any(len(n.split()) > 1 for n in names):
        # "Hamburg", "Germany" beside the outlet or beside a person's full name
        names = [n for n in names if len(n.split()) > 1 or _key(n) in _AGENCIES]
    return names


def _outlet_like(part: str, outlet_keys: set[str]) -> bool:
    """Whether a byline part is the outlet: "Cleveland.com" for cleveland, "Detroit News"."""
    key = _key(part)
    return any(
        len(o) >= 4 and len(key) >= 4 and (o in key or key in o) and abs(len(key) - len(o)) <= 4
        for o in outlet_keys
    )


_AGENCIES = _wordset(
    "ap associatedpress reuters afp agencefrancepresse dpa epa ansa efe apa sda kyodo xinhua "
    "tass upi bloomberg staff wires wireservices"
)
_CALENDAR = frozenset(_MONTHS) | _wordset(
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


def _title_affix(title_el: str, headline: str, h1: str, host_key: str) -> str | None:
    """The outlet's name in ``<title>`` beside the headline: "Headline | Outlet".

    The part the host names is the outlet; else the part beside what the page
    calls its headline (``og:title``, the ``<h1>``); else a short last part.
    """
    known = {_key(headline), _key(h1)} - {""}
    guess = None
    for sep, parts in _title_splits(title_el):
        if len(parts) < 2:
            continue
        first, last = parts[0], parts[-1]
        head, tail = sep.join(parts[:-1]), sep.join(parts[1:])
        if _host_names(host_key, _key(last)):
            return last if len(last) <= 60 else None
        if _host_names(host_key, _key(first)):
            return first if len(first) <= 60 else None
        if _key(head) in known:
            guess = guess or last
        elif _key(tail) in known:
            guess = guess or first
        elif not known and len(last) < len(head):
            guess = guess or last
    return guess if guess and 1 < len(guess) <= 60 else None


def _strip_outlet(title: str, outlet: str | None, h1: str, guess: bool) -> str:
    """The headline without the outlet's name the page adds to it.

    ``guess``: for the ``<title>``, a short last part is taken for a site name
    even when no outlet is known.
    """
    okey = _key(outlet)
    for sep, parts in _title_splits(title):
        if okey and len(parts) > 1:
            if okey in _key(parts[-1]):
                return sep.join(parts[:-1]).strip()
            if okey in _key(parts[0]):
                return sep.join(parts[1:]).strip()
    for _sep, parts in _title_splits(title):
        for part in parts:
            if h1 and _key(part) == _key(h1):
                return part
    for sep, parts in _title_splits(title):
        if guess and len(parts[-1]) < 30 and len(sep.join(parts[:-1])) > 20:
            return sep.join(parts[:-1]).strip()
        break
    return title


def _host_key(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.removeprefix("www.").split(".")
    return _key(labels[-2] if len(labels) >= 2 else labels[0])


def _host_names(host_key: str, key: str) -> bool:
    """Whether the host spells the name: reuters.com for "Reuters", not for "U.S."."""
    if len(host_key) < 4 or len(key) < 3:
        return False
    return host_key in key or (key in host_key and len(key) * 5 >= len(host_key) * 3)


def _one_name(name: str, host_key: str) -> str:
    """Of "NDR.de - Nachrichten - NDR Info", the part the host names, else the first."""
    for _sep, parts in _title_splits(name):
        return next((p for p in parts if _host_names(host_key, _key(p))), parts[0])
    return name


def _outlet(candidates: list[str | None], host_key: str) -> str | None:
    """The first name another source or the host agrees with, else the first name.

    Of names that agree, one written as a name ("The Detroit News") is taken over
    one written as a handle ("detroitnews").
    """
    names = [_one_name(c.strip().removeprefix("@").strip(), host_key) for c in candidates if c]
    names = [n for n in names if n]
    keys = [_key(n) for n in names]
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


def _linked_data(doc: Document) -> tuple[dict[str, Any], list[str], list[str]]:
    """The article object, the publisher's names and other organisations' names."""
    article: dict[str, Any] = {}
    organisations: list[str] = []
    for obj in _jsonld_objects(doc):
        types = _types(obj)
        if types & _ARTICLE_TYPES and (not article or "webpage" in _types(article)):
            if "webpage" in types and article:
                continue
            article = obj
        if types & _OUTLET_TYPES:
            organisations.extend(_names(obj)[:1])
    publisher = _names(article.get("publisher")) if article else []
    return article, publisher, organisations


def page_metadata(doc: Document, url: str | None = None) -> Metadata:
    """Everything the page says about itself."""
    source = doc.source
    article, publisher, organisations = _linked_data(doc)
    metas = _meta_map(doc)
    marks = _scan(doc)
    h1 = _clean(_text_of(marks.h1, source)) if marks.h1 is not None else ""
    title_el = _clean(source[doc.title.start : doc.title.end]) if doc.title is not None else ""
    ld_title = _clean(str(article.get("headline") or "")) if article else ""
    headline = (
        _first(metas, "og:title")
        or ld_title
        or _first(metas, "twitter:title", "dc.title", "headline", "citation_title")
        or ""
    )
    handle = _first(metas, "twitter:site")
    host_key = _host_key(url)
    outlet = _outlet(
        [
            _first(metas, "og:site_name"),
            *publisher[:1],
            _title_affix(title_el, headline, h1, host_key) if title_el else None,
            _first(metas, "application-name", "citation_journal_title", "dc.publisher"),
            *organisations[:1],
            handle.removeprefix("@") if handle else None,
        ],
        host_key,
    )
    title = headline or title_el or h1
    if title:
        title = _strip_outlet(title, outlet, h1, guess=not headline and title == title_el)
    outlet_keys = {_key(outlet), *(_key(p) for p in publisher)} - {""}
    authors = []
    for name in _names(article.get("author"), people_only=True) if article else []:
        authors.extend(_people(name, outlet_keys))
    # An organisation named as the author counts only when no person is named anywhere.
    organisation_authors = _names(article.get("author")) if article else []
    if not authors:
        for key in (
            "author",
            "article:author",
            "dc.creator",
            "citation_author",
            "parsely-author",
            "sailthru.author",
        ):
            for value in metas.get(key, ()):
                if value and not value.startswith("http"):
                    authors.extend(_people(value, outlet_keys) or [])
            if authors:
                break
    if not authors:
        for el in marks.bylines:
            authors = _people(_text_of(el, source, 200), outlet_keys)
            if authors:
                break
    if not authors and not organisation_authors:
        # A byline that names only the outlet ("By Example News"): the outlet wrote it.
        for el in marks.bylines:
            organisation_authors = _people(_text_of(el, source, 200), set())
            if organisation_authors:
                break
    authors = authors or organisation_authors
    published = normalise_date(str(article.get("datePublished") or "")) if article else None
    published = published or normalise_date(
        _first(
            metas,
            "article:published_time",
            "article:published",
            "og:article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "dcterms.issued",
            "citation_publication_date",
            "citation_date",
            "citation_online_date",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "cxenseparse:recs:publishtime",
        )
    )
    published = published or normalise_date(_shown_date(marks, source))
    canonical_for_date = next(
        (lk.get("href") for lk in doc.links if "canonical" in lk.get("rel", "").lower()), None
    )
    published = published or _dated_element(marks, source) or _date_near_title(doc, marks)
    published = published or url_date(url) or url_date(canonical_for_date)
    modified = normalise_date(str(article.get("dateModified") or "")) if article else None
    modified = modified or normalise_date(
        _first(
            metas,
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "dc.date.modified",
            "dcterms.modified",
        )
    )
    canonical = None
    for link in doc.links:
        if "canonical" in link.get("rel", "").lower().split() and link.get("href"):
            canonical = link["href"].strip()
            break
    canonical = canonical or _first(metas, "og:url")
    language = (
        normalise_language(doc.lang)
        or normalise_language(_first(metas, "og:locale", "content-language", "dc.language"))
        or (normalise_language(str(article.get("inLanguage") or "")) if article else None)
    )
    if not outlet and url:
        host = urlsplit(url).hostname or ""
        outlet = host.removeprefix("www.") or None
    unique: list[str] = []
    for name in authors:
        if name.lower() not in {u.lower() for u in unique}:
            unique.append(name)
    return Metadata(
        title=title or None,
        authors=tuple(unique),
        outlet=outlet,
        published=published,
        modified=modified,
        canonical_url=canonical,
        language=language,
    )


def _shown_date(marks: _Marks, source: str) -> str | None:
    """A date from ``itemprop=datePublished`` or a ``<time datetime>`` in the page."""
    el = marks.published_prop
    if el is not None:
        value = el.get("datetime") or el.get("content") or el.get("value")
        value = value or _clean(_text_of(el, source, 200))
        if normalise_date(value):
            return value
    for el in marks.times:
        value = el.get("datetime")
        if value:
            pub = f"{el.get('itemprop')} {el.get('class')}".lower()
            if ("modif" in pub or "updat" in pub) and "publish" not in pub:
                continue
            return value
    return None


def _dated_element(marks: _Marks, source: str) -> str | None:
    """A short element named like a date (class/id) whose text or value is one."""
    for el in marks.dated:
        value = el.get("datetime") or el.get("content") or el.get("value")
        if not value:
            value = _clean(_text_of(el, source, 80))
            if not value or len(value) > 80:
                continue
        found = normalise_date(value)
        if found:
            return found
    return None


# A date written out: "25. September 2018", "November 14, 2019", "3 de mayo de 2020",
# "24.07.2017".
WRITTEN_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?,?\s+(?:de\s+)?\d{4}\b|\b(?:"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b",
    re.IGNORECASE,
)


def _date_near_title(doc: Document, marks: _Marks) -> str | None:
    """A date written in the short lines just before or after the ``<h1>``."""
    h1 = marks.h1
    if h1 is None:
        return None
    source = doc.source
    elements = doc.root.iter()
    at = elements.index(h1)
    lines: list[str] = []
    for el in elements[max(0, at - 15) : at + 40]:
        if el.tag in ("script", "style", "noscript", "template"):
            continue
        for child in el.children:
            if isinstance(child, Text) and not child.rcdata:
                text = source[child.start : child.end].strip()
                if 6 <= len(text) <= 160:
                    lines.append(text)
    for text in lines:
        m = WRITTEN_DATE.search(html.unescape(text))
        if m:
            found = normalise_date(m.group(0))
            if found:
                return found
    return None


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
    mon = int(month) if month.isdigit() else _MONTHS.get(month.lower(), 0)
    if not 1 <= mon <= 12 or not 1 <= int(m.group(3)) <= 31:
        return None
    return f"{m.group(1)}-{mon:02d}-{int(m.group(3)):02d}"
