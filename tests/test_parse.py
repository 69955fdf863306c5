"""Parsing pages and seed copies: charsets, boilerplate, metadata, bad input."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from provenance import Archive, FetchOptions, capture
from provenance.parse import EmptyDocument, UnsupportedMediaType, parse_document, parse_record
from tests.conftest import AEB_DIR, SEED_URL
from tests.pages_server import CP1251_PAGE, CP1251_TEXT, PagesServer
from tests.test_parse_offsets import check_every_character

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_f9f9b3f117937358.txt"
FAST = FetchOptions(connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0)

NEWS_PAGE = """<!doctype html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Ministry keeps its word | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Ministry keeps its word">
<meta property="article:published_time" content="2025-02-04T10:15:00+03:00">
<meta name="author" content="Meta Author">
<link rel="canonical" href="https://news.example/2025/02/04/ministry">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Example site"},
  {"@type": "NewsArticle", "headline": "Ministry keeps its word",
   "datePublished": "2025-02-04T10:15:00+03:00", "dateModified": "2025-02-05T08:00:00Z",
   "author": [{"@type": "Person", "name": "Anna Ivanova"}, {"@type": "Person", "name": "Ben Ode"}],
   "publisher": {"@type": "Organization", "name": "The Daily Example"}}]}
</script>
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World news section</a></nav></header>
<div id="cookie-banner">We use cookies to improve your experience on this website, accept?</div>
<main>
<article class="story">
<h1>Ministry keeps its word</h1>
<div class="byline">By Anna Ivanova and Ben Ode</div>
<figure><img src="a.jpg"><figcaption>A photo caption that is not body text at all.</figcaption></figure>
<div class="share-bar"><a href="#">Share on social networks today</a></div>
<div class="article-body">
<p>The ministry said on Monday that it would keep its promises, and that talks would go on.</p>
<p>&ldquo;We will do what we said,&rdquo; the minister told reporters in the capital, adding more.</p>
<p>Officials expect a second round of talks next week, according to a statement.</p>
</div>
<aside class="related"><h3>Related</h3><ul><li><a href="/1">Another story entirely</a></li></ul></aside>
</article>
</main>
<section id="comments"><p>Reader comment: this is outrageous, long enough for a paragraph!</p>
</section>
<footer><p>Copyright The Daily Example, all rights reserved, since forever.</p></footer>
</body></html>
"""


def test_news_page_body_and_metadata() -> None:
    data = NEWS_PAGE.encode()
    article = parse_document(data, media_type="text/html", url="https://news.example/x")
    assert article.paragraph_texts() == (
        "The ministry said on Monday that it would keep its promises, and that talks would go on.",
        "\u201cWe will do what we said,\u201d the minister told reporters in the capital, "
        "adding more.",
        "Officials expect a second round of talks next week, according to a statement.",
    )
    assert article.title == "Ministry keeps its word"
    assert article.authors == ("Anna Ivanova", "Ben Ode")
    assert article.outlet == "The Daily Example"
    assert article.published == "2025-02-04T10:15:00+03:00"
    assert article.modified == "2025-02-05T08:00:00Z"
    assert article.canonical_url == "https://news.example/2025/02/04/ministry"
    assert article.language == "en-GB"
    assert article.charset == "utf-8" and article.charset_source == "meta"
    check_every_character(article, data, "utf-8")


def test_metadata_fallbacks_without_jsonld() -> None:
    page = (
        b"<html><head><meta property='og:title' content='OG title here'>"
        b"<meta name='author' content='Jane Roe'></head><body><article>"
        b"<time datetime='2024-03-05T06:07:08Z'>5 March</time>"
        b"<p>Some body text that is long enough to be picked as the article body text.</p>"
        b"</article></body></html>"
    )
    article = parse_document(page, media_type="text/html", url="https://www.site.example/a")
    assert article.title == "OG title here"
    assert article.authors == ("Jane Roe",)
    assert article.published == "2024-03-05T06:07:08Z"
    assert article.outlet == "site.example"


def test_visible_byline() -> None:
    page = (
        b"<html><head><title>T</title></head><body><article><p class='byline'>By Sam Poe, "
        b"Reuters</p><p>Body text that is long enough to be chosen as the body of the "
        b"article, with commas, and more.</p></article></body></html>"
    )
    assert parse_document(page, media_type="text/html").authors == ("Sam Poe", "Reuters")


@pytest.mark.parametrize(
    ("charset_header", "meta"),
    [("windows-1251", ""), (None, "<meta charset='windows-1251'>"), (None, "")],
)
def test_windows_1251(charset_header: str | None, meta: str) -> None:
    page = CP1251_TEXT.replace("<head>", f"<head>{meta}")
    page = page.replace("</p>", " \u0411\u043e\u043b\u044c\u0448\u0435 \u0442\u0435\u043a"
                        "\u0441\u0442\u0430 \u0437\u0434\u0435\u0441\u044c, \u0447\u0442\u043e"
                        "\u0431\u044b \u0431\u044b\u043b\u043e \u0434\u043b\u0438\u043d\u043d"
                        "\u0435\u0435.</p>")  # fmt: skip
    data = page.encode("windows-1251")
    article = parse_document(data, media_type="text/html", charset=charset_header)
    assert "\u00ab\u041c\u044b \u0432\u044b\u043f\u043e\u043b\u043d\u0438\u043c" in article.text
    assert article.offsets.encode_codec == "cp1251"
    check_every_character(article, data, "cp1251")


def test_iso_8859_1_means_windows_1252() -> None:
    text = "Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve text, long enough for a paragraph."
    data = f"<html><body><article><p>{text}</p></article></body></html>".encode("cp1252")
    article = parse_document(data, media_type="text/html", charset="ISO-8859-1")
    assert article.text == text
    assert article.charset == "ISO-8859-1" and article.offsets.encode_codec == "cp1252"
    check_every_character(article, data, "cp1252")


def test_shift_jis() -> None:
    text = "\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b\u3067\u3059\u3002\u300c\u7d04\u675f\u3092"
    text += "\u5b88\u308b\u300d\u3068\u5927\u81e3\u306f\u8a00\u3063\u305f\u3002" * 3
    page = f"<html><head><meta charset='Shift_JIS'></head><body><p>{text}</p></body></html>"
    data = page.encode("cp932")
    article = parse_document(data, media_type="text/html")
    assert article.text == text
    assert article.charset_source == "meta"
    check_every_character(article, data, "cp932")
    i = article.text.index("\u300c")
    assert data[slice(*article.char_span(i))] == "\u300c".encode("cp932")


def test_utf8_bom() -> None:
    data = (
        b"\xef\xbb\xbf<html><body><p>Text after a byte order mark, plenty long.</p></body></html>"
    )
    article = parse_document(data, media_type="text/html")
    assert article.charset_source == "bom"
    start = article.text.index("Text")
    assert data[slice(*article.byte_span(start, start + 4))] == b"Text"


def test_seed_copy_markdown() -> None:
    data = SEED.read_bytes()
    article = parse_document(data, media_type="text/markdown", charset="utf-8", url=SEED_URL)
    assert article.title == "Russia Tells Hamas to 'Keep Promises' on Hostage Release"
    assert article.authors == ("AFP",)
    assert article.published == "2025-02-04"
    assert article.canonical_url == SEED_URL
    assert article.source_format == "markdown"
    paras = article.paragraph_texts()
    assert paras[0].startswith("A deputy Russian foreign minister met Monday")
    assert paras[-1].endswith('suffering Palestinian population."')
    assert len(paras) == 12
    for gone in ("Alexander Shcherbak", "Related article", "Original url", "**", "(#)"):
        assert gone not in article.text
    check_every_character(article, data, "utf-8")
    quote = "Trufanov will definitely be released in the near future."
    start = article.text.index(quote)
    b0, b1 = article.byte_span(start, start + len(quote))
    assert data[b0:b1].decode() == quote


def test_markdown_inline_syntax_is_not_text() -> None:
    data = (
        b"# Title\n\nBy [Jane](#) and Joe\n\nSome **bold** and *em* and [a link](http://x.y)"
        b" and an escaped \\* star.\n\n![img](a.png)\n"
    )
    article = parse_document(data, media_type="text/markdown")
    assert article.text == "Some bold and em and a link and an escaped * star."
    assert article.authors == ("Jane", "Joe")
    check_every_character(article, data, "utf-8")


@pytest.mark.parametrize("data", [b"", b"   \n\t "])
def test_empty_payload(data: bytes) -> None:
    with pytest.raises(EmptyDocument):
        parse_document(data, media_type="text/html")


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (b"%PDF-1.7\n%...binary...", "application/pdf"),
        (b"%PDF-1.4 served as html", "text/html"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"anything", "application/octet-stream\x00"),
    ],
)
def test_binary_payloads_are_refused(data: bytes, media_type: str | None) -> None:
    with pytest.raises(UnsupportedMediaType):
        parse_document(data, media_type=media_type)


def test_invalid_bytes_for_the_declared_charset() -> None:
    data = b"<html><body><p>Valid start \xff\xfe then more valid text for a paragraph.</p></body>"
    article = parse_document(data, media_type="text/html", charset="utf-8")
    assert "\ufffd\ufffd" in article.text
    assert any("invalid" in w for w in article.warnings)
    i = article.text.index("\ufffd")
    assert data[slice(*article.char_span(i))] == b"\xff"
    check_every_character(article, data, "utf-8")


def test_deep_nesting_and_unclosed_tags() -> None:
    deep = (
        "<div>" * 10_000
        + "<p>Deep text that is long enough to be a paragraph here."
        + "</div>" * 10
    )
    start = time.perf_counter()
    article = parse_document(deep.encode(), media_type="text/html")
    assert "Deep text" in article.text
    unclosed = (
        "<html><body><article><p>One paragraph, long enough to count here.<p>Two <b>bold <i>x"
    )
    article = parse_document(unclosed.encode(), media_type="text/html")
    assert article.paragraph_texts()[0] == "One paragraph, long enough to count here."
    assert "Two bold x" in article.text
    assert time.perf_counter() - start < 30  # a guard against hangs, not a speed test


def test_large_page() -> None:
    para = "<p>" + "A sentence of a long article, with commas, repeated. " * 20 + "</p>\n"
    data = ("<html><body><article>" + para * 50_000 + "</article></body></html>").encode()
    assert len(data) > 50_000_000
    article = parse_document(data, media_type="text/html")
    assert len(article.paragraphs) == 50_000
    last = article.paragraphs[-1]
    b0, b1 = article.byte_span(last.start, last.end)
    assert data[b0:b1].decode().startswith("A sentence")


def test_archived_records_parse_with_their_recipe(server: PagesServer, archive: Archive) -> None:
    for path in ("/gzip", "/br", "/deflate", "/chunked-gzip", "/cp1251"):
        result = capture(server.url(path), archive, options=FAST)
        article = parse_record(archive.read(result.final))
        assert article.text, path
    gz = parse_record(archive.read(archive.find(server.url("/gzip"))))
    assert gz.recipe == ("http-entity", "content-decoding:gzip")
    cp = parse_record(archive.read(archive.find(server.url("/cp1251"))))
    assert cp.charset == "windows-1251" and cp.charset_source == "header"
    check_every_character(cp, CP1251_PAGE, "cp1251")


def test_seed_record_parses(archive: Archive) -> None:
    result = capture(SEED_URL, archive, offline=True)
    article = parse_record(archive.read(result.final))
    assert article.recipe == ("block",)
    assert article.title is not None and article.title.startswith("Russia Tells Hamas")


def test_real_pages_round_trip(aeb_names: list[str]) -> None:
    truth = json.loads((AEB_DIR.parent / "ground-truth.json").read_text())
    for name in aeb_names[:25]:
        data = gzip.decompress((AEB_DIR / f"{name}.html.gz").read_bytes())
        article = parse_document(data, media_type="text/html", url=truth[name]["url"])
        assert article.text
        check_every_character(article, data, article.offsets.encode_codec)
