"""Article metadata from JSON-LD, OpenGraph, meta tags, ``<time>`` and bylines.

Sources, in order of trust: JSON-LD objects of a news/article type;
OpenGraph and ``article:*`` properties; ``meta name=...`` tags (author, date,
Dublin Core, Parse.ly, Sailthru); ``<time datetime>``; visible bylines.
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

__all__ = ["Metadata", "normalise_date", "page_metadata", "url_date"]

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
    "webpage",
}
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?")
_WORDY = re.compile(
    r"(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}))|"
    r"(?:([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))"
)
_BYLINE = re.compile(r"^\s*(?:by|von|par|por|di)\s+(.+)$", re.IGNORECASE | re.DOTALL)


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
        if mon and 1 <= int(day) <= 31:
            return f"{int(year):04d}-{mon:02d}-{int(day):02d}"
    if text.isdigit() and len(text) in (10, 13):
        stamp = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(stamp, tz=timezone.utc).isoformat()
    return None


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


def _names(value: Any) -> list[str]:
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
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
                metas.setdefault(key.strip().lower(), []).append(_clean(value))
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


def _split_title(title: str, outlet: str | None) -> str:
    for sep in (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "):
        if sep in title:
            parts = title.split(sep)
            if outlet and outlet.lower() in parts[-1].lower():
                return sep.join(parts[:-1]).strip()
            if outlet and outlet.lower() in parts[0].lower() and len(parts) > 1:
                return sep.join(parts[1:]).strip()
            if len(parts[-1]) < 30 and len(sep.join(parts[:-1])) > 20:
                return sep.join(parts[:-1]).strip()
    return title


def _visible_byline(doc: Document) -> list[str]:
    source = doc.source
    for el in doc.root.iter():
        if el.tag in ("script", "style"):
            continue
        names = f"{el.get('class')} {el.get('id')} {el.get('rel')} {el.get('itemprop')}".lower()
        if not ("byline" in names or "author" in names):
            continue
        text = _clean(_text_of(el, source))
        if not text or len(text) > 120:
            continue
        m = _BYLINE.match(text)
        byline = m.group(1) if m else text
        byline = re.split(r"\s[|\u2022\u00b7]\s|\s(?:updated|published)\b", byline, flags=re.I)[0]
        people = [p.strip(" ,.") for p in re.split(r",\s*|\s+and\s+|\s+&\s+", byline)]
        people = [p for p in people if p and len(p.split()) <= 5]
        if people:
            return people
    return []


def _text_of(el: Element, source: str) -> str:
    parts: list[str] = []
    stack: list[Element | Text] = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            parts.append(source[node.start : node.end])
        else:
            stack.extend(reversed(node.children))
    return " ".join(parts)


def _time_element(doc: Document) -> str | None:
    """A date from ``itemprop=datePublished`` or ``<time datetime>`` in the page."""
    fallback = None
    for el in doc.root.iter():
        props = el.get("itemprop").lower().split() if el.raw_attrs else []
        if "datepublished" in props:
            value = el.get("datetime") or el.get("content") or el.get("value")
            value = value or _clean(_text_of(el, doc.source))
            if normalise_date(value):
                return value
        if el.tag == "time" and fallback is None:
            value = el.get("datetime")
            if value:
                pub = f"{el.get('itemprop')} {el.get('class')}".lower()
                if ("modif" in pub or "updat" in pub) and "publish" not in pub:
                    continue
                fallback = value
    return fallback


_DATE_NAMES = re.compile(r"publish|posted|date|time|byline|meta", re.IGNORECASE)


def _dated_element(doc: Document) -> str | None:
    """A short element named like a date (class/id) whose text or value is one."""
    for el in doc.root.iter():
        if not el.raw_attrs or el.tag in ("script", "style", "body", "html"):
            continue
        names = f"{el.get('class')} {el.get('id')}"
        if not _DATE_NAMES.search(names) or "modif" in names.lower() or "updat" in names.lower():
            continue
        value = el.get("datetime") or el.get("content") or el.get("value")
        if not value:
            value = _clean(_text_of(el, doc.source))
            if len(value) > 80:
                continue
        found = normalise_date(value)
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


def page_metadata(doc: Document, url: str | None = None) -> Metadata:
    """Everything the page says about itself."""
    article: dict[str, Any] = {}
    publisher: str | None = None
    for obj in _jsonld_objects(doc):
        types = _types(obj)
        if types & _ARTICLE_TYPES and (not article or "webpage" in _types(article)):
            if "webpage" in types and article:
                continue
            article = obj
        if types & {"organization", "newsmediaorganization"} and not publisher:
            names = _names(obj)
            publisher = names[0] if names else None
    metas = _meta_map(doc)

    ld_title = _clean(str(article.get("headline") or "")) if article else ""
    title_el = ""
    if doc.title is not None:
        title_el = _clean(doc.source[doc.title.start : doc.title.end])
    outlet = (
        _first(metas, "og:site_name", "application-name", "twitter:site")
        or (
            _names(article.get("publisher"))[0]
            if article and _names(article.get("publisher"))
            else None
        )
        or publisher
    )
    if outlet and outlet.startswith("@"):
        outlet = outlet[1:]
    title = (
        _first(metas, "og:title")
        or ld_title
        or _first(metas, "twitter:title", "dc.title", "headline")
        or ""
    )
    if not title and title_el:
        title = _split_title(title_el, outlet)
    h1 = next((e for e in doc.root.iter() if e.tag == "h1"), None)
    if not title and h1 is not None:
        title = _clean(_text_of(h1, doc.source))
    authors = _names(article.get("author")) if article else []
    if not authors:
        for key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"):
            for value in metas.get(key, ()):
                if value and not value.startswith("http"):
                    authors.extend(a.strip() for a in re.split(r",|\band\b", value) if a.strip())
            if authors:
                break
    if not authors:
        authors = _visible_byline(doc)
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
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "cxenseparse:recs:publishtime",
        )
    )
    published = published or normalise_date(_time_element(doc))
    canonical_for_date = next(
        (lk.get("href") for lk in doc.links if "canonical" in lk.get("rel", "").lower()), None
    )
    published = published or url_date(url) or url_date(canonical_for_date)
    published = published or _dated_element(doc)
    modified = normalise_date(str(article.get("dateModified") or "")) if article else None
    modified = modified or normalise_date(
        _first(
            metas, "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified"
        )
    )
    canonical = None
    for link in doc.links:
        if "canonical" in link.get("rel", "").lower().split() and link.get("href"):
            canonical = link["href"].strip()
            break
    canonical = canonical or _first(metas, "og:url")
    language = doc.lang or _first(metas, "content-language", "og:locale", "dc.language")
    if article and not language and isinstance(article.get("inLanguage"), str):
        language = article["inLanguage"]
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
        language=language.replace("_", "-") if language else None,
    )
