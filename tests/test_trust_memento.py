"""TimeMap parsing, nearest mementos, raw URLs, and the text folding used to find quoted words."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from provenance.trust import parse_timemap, source_for_prefix
from provenance.trust.memento import DEFAULT_SOURCES, nearest, raw_memento_url
from provenance.trust.textfold import decode_page, fold, page_text, words_in

TIMEMAP = """<http://a.example/x?q=1,2>; rel="original",
<https://arch.example/web/timemap/link/http://a.example/x?q=1,2>; rel="self";
  type="application/link-format"; from="Tue, 01 Jan 2019 00:00:00 GMT",
<https://arch.example/web/20200101000000/http://a.example/x?q=1,2>; rel="first memento";
  datetime="Wed, 01 Jan 2020 00:00:00 GMT",
<https://arch.example/web/20190601120000/http://a.example/x?q=1,2>;rel=memento;datetime="Sat, 01 Jun 2019 12:00:00 GMT",
<https://arch.example/web/20210101000000/http://a.example/x?q=1,2>; rel="last memento";
  title="a, \\"quoted\\" title"; datetime="Fri, 01 Jan 2021 00:00:00 GMT",
<https://arch.example/web/bad/http://a.example/x>; rel="memento"; datetime="not a date"
"""


def test_timemap_mementos_in_time_order() -> None:
    mementos = parse_timemap(TIMEMAP)
    assert [m.datetime.year for m in mementos] == [2019, 2020, 2021]
    assert all(m.url.endswith("http://a.example/x?q=1,2") for m in mementos)
    assert mementos[1].rels == ("first", "memento")
    assert parse_timemap("") == () and parse_timemap("garbage, <unterminated") == ()


def test_nearest_prefers_the_closest_then_the_earlier() -> None:
    mementos = parse_timemap(TIMEMAP)
    when = datetime(2020, 1, 2, tzinfo=timezone.utc)
    assert [m.datetime.year for m in nearest(mementos, when, 2)] == [2020, 2019]
    middle = datetime(2020, 7, 2, tzinfo=timezone.utc)  # equidistant-ish: 2020 is closer
    assert nearest(mementos, middle)[0].datetime.year == 2020


def test_raw_urls_and_sources() -> None:
    assert (
        raw_memento_url("https://web.archive.org/web/20200101000000/https://a.example/")
        == "https://web.archive.org/web/20200101000000id_/https://a.example/"
    )
    assert raw_memento_url("http://h:1/c/20200101000000mp_/http://a/") == (
        "http://h:1/c/20200101000000id_/http://a/"
    )
    assert raw_memento_url("https://archive.ph/AbCdE") is None
    names = {s.name: s.raw for s in DEFAULT_SOURCES}
    assert names == {"Internet Archive": True, "archive.today": False, "perma.cc": False}
    ia = source_for_prefix("https://web.archive.org/web/timemap/link/")
    assert ia.raw and ia.name == "web.archive.org"
    assert ia.timemap_url("https://a.example/x") == (
        "https://web.archive.org/web/timemap/link/https://a.example/x"
    )
    assert not source_for_prefix("https://perma.cc/timemap/link/").raw


def test_folding_makes_markup_marks_and_case_irrelevant() -> None:
    html = (
        "<p>&ldquo;Мы <b>выполним</b>\n обещания&rdquo; &mdash; сказал\u00a0министр. 📰</p>"
        "<!-- “hidden” --><style>p{}</style>"
    ).encode("utf-8")
    text = fold(page_text(html, "text/html; charset=utf-8"))
    assert words_in(('"Мы выполним обещания" - сказал министр. 📰',), text)
    assert words_in(("МЫ ВЫПОЛНИМ",), text)
    assert not words_in(("hidden",), text) and not words_in(("p{}",), text)
    assert not words_in(("", " "), text)  # no words, nothing held


def test_charsets_from_header_meta_or_fallback() -> None:
    cp1251 = "<meta charset='windows-1251'><p>«Москва»</p>".encode("cp1251")
    assert "«Москва»" in decode_page(cp1251, "text/html")
    assert "«Москва»" in decode_page(cp1251, None)
    latin = "<p>caf\u00e9 \u2019</p>".encode("cp1252")
    assert "café ’" in decode_page(latin, "text/html; charset=iso-8859-1")
    assert "café ’" in decode_page(latin, "text/html")  # not UTF-8: windows-1252
    assert decode_page("\ufeffÿ".encode("utf-8"), None) == "ÿ"
    plain = page_text(b"a <b> c", "text/plain")
    assert plain == "a <b> c"


@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()))
def test_any_text_is_found_in_a_page_that_holds_it(words: str) -> None:
    import html

    page = f"<html><body><p>before {html.escape(words)} after</p></body></html>".encode()
    folded = fold(page_text(page, "text/html; charset=utf-8"))
    if fold(words):
        assert words_in((words,), folded)
