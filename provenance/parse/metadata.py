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
from typing import Any
from urllib.parse import urlsplit

import attrs

from .dates import WRITTEN_DATE, normalise_date, url_date
from .htmltree import Document, Element, Text
from .names import host_name_key, name_key, outlet_name, people, strip_outlet, title_affix

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
_NAMED_BYLINE = re.compile(r"byline|author|submitted|username|posted-?by|autor|auteur", re.I)
_NAMED_DATE = re.compile(r"publish|posted|date|time|byline|meta|submitted|datum", re.I)
# Attribute words that may mark a byline or a date (matched in lower case).
_INTERESTING = re.compile(
    r"author|byline|submitted|username|posted|publish|date|time|meta|datum|autor|auteur"
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
    host_key = host_name_key(url)
    outlet = outlet_name(
        [
            _first(metas, "og:site_name"),
            *publisher[:1],
            title_affix(title_el, headline, h1, host_key) if title_el else None,
            _first(metas, "application-name", "citation_journal_title", "dc.publisher"),
            *organisations[:1],
            handle.removeprefix("@") if handle else None,
        ],
        host_key,
    )
    title = headline or title_el or h1
    if title:
        title = strip_outlet(title, outlet, h1, guess=not headline and title == title_el)
    outlet_keys = {name_key(outlet), *(name_key(p) for p in publisher)} - {""}
    authors = []
    for name in _names(article.get("author"), people_only=True) if article else []:
        authors.extend(people(name, outlet_keys))
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
                    authors.extend(people(value, outlet_keys) or [])
            if authors:
                break
    if not authors:
        for el in marks.bylines:
            authors = people(_text_of(el, source, 200), outlet_keys)
            if authors:
                break
    if not authors and not organisation_authors:
        # A byline that names only the outlet ("By Example News"): the outlet wrote it.
        for el in marks.bylines:
            organisation_authors = people(_text_of(el, source, 200), set())
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
