"""Metadata of pages of our own: the page's declarations first, then what it shows,
the outlet's own name rather than the host, and evidence for every value."""

from __future__ import annotations

import json

import pytest

from provenance.parse import Article, parse_document
from provenance.parse.statements import EVIDENCED, states

BODY = (
    "<p>The council unveiled new plans on Monday to rebuild the station square, and "
    "residents can inspect them at the town hall until the end of the month.</p>"
    "<p>According to the planners, more trees will be planted and the cycle lanes widened, "
    "while the bus station moves to the north side of the square.</p>"
)


def page(head: str = "", body: str = "", lang: str = 'lang="en"', ld: object = None) -> bytes:
    script = ""
    if ld is not None:
        script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    return (
        f'<!doctype html><html {lang}><head><meta charset="utf-8">{head}{script}</head>'
        f"<body>{body}<article>{BODY}</article></body></html>"
    ).encode()


def parse(data: bytes, url: str = "https://www.examplenews.com/2024/05/03/square") -> Article:
    article = parse_document(data, media_type="text/html", url=url)
    assert_evidence(article, data)
    return article


def assert_evidence(article: Article, data: bytes) -> None:
    """Every metadata value the page states has bytes that state it."""
    found = {(e.field, e.value): e for e in article.evidence}
    for field in EVIDENCED:
        value = getattr(article, field)
        for v in value if isinstance(value, tuple) else ((value,) if value else ()):
            ev = found.get((field, v))
            assert ev is not None, (field, v)
            if ev.where == "url":
                continue
            assert ev.byte_start is not None and ev.byte_end is not None
            stated = data[ev.byte_start : ev.byte_end].decode("utf-8")
            assert states(field, v, stated), (field, v, stated)


def test_outlet_from_the_publisher_when_no_site_name() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Square to be rebuilt",
        "publisher": {"@type": "NewsMediaOrganization", "name": "The Example Gazette"},
    }
    article = parse(page("<title>Square to be rebuilt</title>", ld=ld))
    assert article.outlet == "The Example Gazette"
    assert article.title == "Square to be rebuilt"


def test_outlet_named_in_the_title_beside_the_headline() -> None:
    head = (
        "<title>Square to be rebuilt | Example News</title>"
        "<meta property='og:title' content='Square to be rebuilt'>"
    )
    article = parse(page(head))
    assert (article.outlet, article.title) == ("Example News", "Square to be rebuilt")


def test_a_site_name_the_host_does_not_back_loses_to_one_it_does() -> None:
    head = (
        "<meta property='og:site_name' content='U.S.'>"
        "<meta property='og:title' content='Square to be rebuilt'>"
        "<title>Square to be rebuilt | Example News</title>"
    )
    assert parse(page(head)).outlet == "Example News"


def test_a_name_is_preferred_to_a_handle() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Square to be rebuilt",
        "publisher": {"@type": "Organization", "name": "Example News"},
    }
    head = "<meta property='og:site_name' content='examplenews'>"
    assert parse(page(head, ld=ld)).outlet == "Example News"


def test_the_outlet_is_cut_from_a_declared_title() -> None:
    head = (
        "<meta property='og:site_name' content='Example News'>"
        "<meta property='og:title' content='Square to be rebuilt - Example News'>"
    )
    assert parse(page(head)).title == "Square to be rebuilt"


def test_without_any_name_the_host_is_the_outlet() -> None:
    article = parse(page("<title>Square to be rebuilt</title>"), url="https://news.example.org/a")
    assert article.outlet == "news.example.org"


def test_people_are_authors_organisations_only_when_no_one_is_named() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Square to be rebuilt",
        "author": [
            {"@type": "Organization", "name": "Example News"},
            {"@type": "Person", "name": "Jane Roe"},
        ],
        "publisher": {"@type": "Organization", "name": "Example News"},
    }
    assert parse(page(ld=ld)).authors == ("Jane Roe",)
    ld["author"] = {"@type": "Organization", "name": "Example News"}
    assert parse(page(ld=ld)).authors == ("Example News",)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Roe and Sam Poe", ("Jane Roe", "Sam Poe")),
        ("Von Max Muster und Erika Beispiel, Berlin", ("Max Muster", "Erika Beispiel")),
        ("Par Jeanne Dupont", ("Jeanne Dupont",)),
        ("Por Lucía Pérez y Ana Gómez", ("Lucía Pérez", "Ana Gómez")),
        ("Jane Roe, Example News", ("Jane Roe",)),
        ("Tom Davies Associated Press", ("Tom Davies",)),
        ("Analysis by Jane Roe, Example News editor-at-large", ("Jane Roe",)),
        ("By Jane Roe | Monday, May 3, 2024", ("Jane Roe",)),
        ("By Example News", ("Example News",)),
    ],
)
def test_visible_bylines(byline: str, authors: tuple[str, ...]) -> None:
    head = "<meta property='og:site_name' content='Example News'>"
    body = f"<div class='byline'>{byline}</div>"
    assert parse(page(head, body)).authors == authors


def test_a_submitted_line_gives_author_and_date() -> None:
    body = "<div class='submitted'>Gespeichert von <span>jane</span> am 24. Juli 2017 - 18:55</div>"
    article = parse(page(body=body, lang='lang="de"'))
    assert article.authors == ("jane",)
    assert article.published == "2017-07-24"


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        ("<meta name='DC:date' content='2009-09-15'>", "", "2009-09-15"),
        ("<meta name='citation_publication_date' content='2021/03/04'>", "", None),
        ("", "<h1>Square</h1><p class='x'>Veröffentlicht am 12. März 2024</p>", "2024-03-12"),
        ("", "<h1>Square</h1><span>Publié le 15 septembre 2009</span>", "2009-09-15"),
        ("", "<h1>Square</h1><span>Publicado el 3 de mayo de 2020</span>", "2020-05-03"),
    ],
)
def test_dates_in_several_languages(head: str, body: str, published: str | None) -> None:
    url = "https://www.examplenews.com/square"
    assert parse(page(head, body), url=url).published == published


def test_a_script_date_string_is_read_and_found() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "Square",
        "datePublished": "Tue Jan 28 15:28:56 CET 2020",
    }
    article = parse(page(ld=ld), url="https://www.examplenews.com/square")
    assert article.published is not None and article.published.startswith("2020-01-28")


@pytest.mark.parametrize(
    ("lang", "head", "language"),
    [
        ('lang="de_DE"', "", "de-DE"),
        ('lang="en-us"', "", "en-US"),
        ('lang="DE, AT, CH"', "", "de"),
        ("", "<meta property='og:locale' content='fr_FR'>", "fr-FR"),
        ("", "<meta http-equiv='content-language' content='es'>", "es"),
        ("", "", None),
    ],
)
def test_language_from_the_page(lang: str, head: str, language: str | None) -> None:
    assert parse(page(head, lang=lang)).language == language


def test_title_written_with_character_references_has_evidence() -> None:
    head = "<meta property='og:title' content='Caf&eacute; &amp; square &hellip;'>"
    article = parse(page(head))
    assert article.title == "Café & square …"
