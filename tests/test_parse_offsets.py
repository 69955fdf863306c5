"""Every extracted character maps to the exact bytes it came from."""

from __future__ import annotations

import html
import re

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.parse import Article, parse_document

# Characters each charset can encode (plus ASCII), to build documents from.
ALPHABETS = {
    "utf-8": "abc xyz\u00e9\u00fc\u2019\u201c\u201d\u2014\u041c\u043e\u0441\u4e2d\U0001f4f0",
    "windows-1251": "abc xyz\u041c\u043e\u0441\u043a\u0432\u0430\u00ab\u00bb\u2014\u2116",
    "windows-1252": "abc xyz\u00e9\u00fc\u2019\u201c\u201d\u2014\u20ac\u00a3",
    "shift_jis": "abc xyz\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u3002\u300c\u300d",
}
ENTITIES = ["&amp;", "&rsquo;", "&#8217;", "&#x201C;", "&lt;", "&quot;", "&nbsp;", "&eacute;"]
INLINE = ["a", "em", "strong", "span", "b", "i"]


def check_every_character(article: Article, data: bytes, codec: str) -> int:
    """Assert the property; return how many characters were checked."""
    checked = 0
    for cp, b0, b1, kind in article.offsets.iter_chars(article.text):
        ch = article.text[cp]
        if kind == "synthetic":
            assert ch in "\n"
            continue
        raw = data[b0:b1].decode(codec, "replace")
        if kind == "literal":
            assert raw == ch, (cp, ch, raw)
        elif ch == " ":
            assert raw.strip(" \t\r\n\f\xa0") == "" or html.unescape(raw).isspace(), raw
        else:
            assert ch in html.unescape(raw), (cp, ch, raw)
        checked += 1
    return checked


@attrs.frozen
class Doc:
    data: bytes
    charset: str
    # per <p>: its visible text and how many of those characters are inside links
    paragraphs: tuple[tuple[str, int], ...]
    # a paragraph of plain prose (a sentence of a dozen words or more), if there is one
    prose: str | None


@st.composite
def documents(draw: st.DrawFn) -> Doc:
    charset = draw(st.sampled_from(sorted(ALPHABETS)))
    alphabet = ALPHABETS[charset]
    words = st.text(alphabet=alphabet, min_size=1, max_size=12)
    paragraphs = []
    shown: list[tuple[str, int]] = []
    for _ in range(draw(st.integers(1, 4))):
        pieces = []
        visible = ""
        in_links = 0
        for _ in range(draw(st.integers(2, 12))):
            choice = draw(st.integers(0, 3))
            if choice == 0:
                entity = draw(st.sampled_from(ENTITIES))
                pieces.append(entity)
                visible += html.unescape(entity)
            elif choice == 1:
                outer, inner = draw(st.sampled_from(INLINE)), draw(st.sampled_from(INLINE))
                word = draw(words)
                pieces.append(
                    f"<{outer} class='x'><{inner}>{html.escape(word, quote=False)}"
                    f"</{inner}></{outer}>"
                )
                visible += word
                if "a" in (outer, inner):
                    in_links += len(word)
            elif choice == 2:
                space = draw(st.sampled_from([" ", "\n  ", "<br>", "\t"]))
                pieces.append(space)
                visible += " " if space == "<br>" else space
            else:
                word = draw(words)
                pieces.append(html.escape(word, quote=False))
                visible += word
        paragraphs.append("<p>" + "".join(pieces) + "</p>")
        shown.append((visible, in_links))
    prose = None
    if draw(st.integers(0, 3)):  # most documents also hold a paragraph of plain prose
        letters = "".join(c for c in alphabet if c.isalpha())
        sentence = draw(st.lists(st.text(letters, min_size=3, max_size=9), min_size=12,
                                 max_size=30))  # fmt: skip
        prose = " ".join(sentence) + "."
        at = draw(st.integers(0, len(paragraphs)))
        paragraphs.insert(at, f"<p>{prose}</p>")
        shown.insert(at, (prose, 0))
    body = (
        "<html><head><title>T</title><style>p{}</style></head><body><article>"
        + "\n".join(paragraphs)
        + "<script>var x = '<p>not text</p>';</script><!-- <p>comment</p> -->"
        + "</article></body></html>"
    )
    return Doc(body.encode(charset), charset, tuple(shown), prose)


_TAG = re.compile(r"<[^>]*>")


def source_words(source: str) -> list[str]:
    """The words of an HTML fragment as a reader sees them: inline tags join, <br> breaks."""
    return html.unescape(_TAG.sub("", source.replace("<br>", " "))).split()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_character_decodes_to_itself(doc: Doc) -> None:
    article = parse_document(doc.data, media_type="text/html", charset=doc.charset)
    codec = article.offsets.encode_codec
    checked = check_every_character(article, doc.data, codec)
    assert "not text" not in article.text and "comment" not in article.text
    # A document with a paragraph of prose gives text, which holds that paragraph,
    # and whose characters were all checked above. (Fragments alone, a few words or
    # mostly links, may be dropped as page furniture: that is the extractor's call.)
    if doc.prose is not None:
        assert doc.prose in " ".join(article.text.split()) and checked >= len(doc.prose)
    # Every paragraph's bytes hold exactly its words: the source with its tags
    # removed and its entities decoded reads the same, word for word.
    for para in article.paragraphs:
        b0, b1 = article.byte_span(para.start, para.end)
        assert b0 <= b1
        source = doc.data[b0:b1].decode(codec)
        assert source_words(source) == article.text[para.start : para.end].split(), source


def test_entities_inline_tags_and_breaks_map_exactly() -> None:
    page = (
        b"<html><body><article><p>Fish &amp; chips, don&rsquo;t &#8220;panic&#x201D; "
        b"<a href='/x'>linked <em>deep</em></a>\n   text&nbsp;here<br>next line &notit;</p>"
        b"</article></body></html>"
    )
    article = parse_document(page, media_type="text/html", charset="utf-8")
    assert article.text == (
        "Fish & chips, don\u2019t \u201cpanic\u201d linked deep text here\nnext line \u00acit;"
    )
    check_every_character(article, page, "utf-8")
    i = article.text.index("\u2019")
    assert page[slice(*article.char_span(i))] == b"&rsquo;"
    i = article.text.index("\u00ac")
    assert page[slice(*article.char_span(i))] == b"&not"
    start = article.text.index("panic")
    assert page[slice(*article.byte_span(start, start + 5))] == b"panic"
    quote = article.text.index("\u201c")
    b0, b1 = article.byte_span(quote, quote + 7)
    assert page[b0:b1] == b"&#8220;panic&#x201D;"


def test_never_text() -> None:
    page = (
        b"<html><head><script>alert(1)</script><style>.a{}</style></head><body><article>"
        b"<p>Visible one, with enough words to be a paragraph of the body here.</p>"
        b"<noscript>no script</noscript><template><p>templated</p></template>"
        b"<!-- hidden comment --><script type='text/x'>document.write('<p>x</p>')</script>"
        b"<p>Visible two, also long enough to count as article text, really.</p>"
        b"</article></body></html>"
    )
    article = parse_document(page, media_type="text/html")
    for gone in ("alert", ".a{}", "no script", "templated", "hidden comment", "document"):
        assert gone not in article.text
    assert article.paragraph_texts() == (
        "Visible one, with enough words to be a paragraph of the body here.",
        "Visible two, also long enough to count as article text, really.",
    )


def test_multibyte_offsets_count_bytes_not_characters() -> None:
    text = "\u201cMoscow \u041c\u043e\u0441\u043a\u0432\u0430 \U0001f4f0 said,\u201d he added."
    page = f"<html><body><article><p>{text}</p></article></body></html>".encode()
    article = parse_document(page, media_type="text/html", charset="utf-8")
    assert article.text == text
    emoji = article.text.index("\U0001f4f0")
    b0, b1 = article.char_span(emoji)
    assert b1 - b0 == 4 and page[b0:b1].decode() == "\U0001f4f0"
    said = article.text.index("said")
    assert page[slice(*article.byte_span(said, said + 4))] == b"said"
    assert article.byte_span(said, said + 4)[0] > said  # bytes, not code points
