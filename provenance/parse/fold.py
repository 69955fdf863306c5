"""The documented folding: how archived bytes read as text, for checking claims.

The parser turns a representation into ``Article.text``; a verifier holding
only the bytes and a byte span must be able to say which words those bytes
hold. :func:`fold_span` reads a span the way the parser reads it, and
:func:`fold_text` puts a claimed string in the same form, so that the two
compare exactly:

- the bytes are decoded with the cited codec (a byte invalid in it reads as
  U+FFFD, as in the parser);
- HTML: comments, and ``script``/``style``/``noscript``/``template``
  elements with their content, are removed; ``<br>`` and block-level tags
  read as a space, every other tag as nothing; character references are
  decoded (``&nbsp;`` as a space);
- Markdown: link syntax reads as the link's text, images as nothing,
  backslash escapes as the escaped character, emphasis markers as nothing
  (by the parser's own rules);
- then every run of white space (tab, line feed, form feed, carriage return,
  space, no-break space) is one space, and the ends are trimmed.

White space is compared, not ignored: "in then ear future" is not
"in the near future". When an HTML span holds a tag that may hide text from
the parser (anything but plain inline formatting and links, or any tag with
a class, id, style, role or hiding attribute), text the parser drops (a
hidden element, an inline advertisement) may sit inside it; the result says
so (``markup``), and only a re-parse can then decide.
"""

from __future__ import annotations

import html
import re

import attrs

from .markdown import _INLINE_TOKEN, _LINK, _is_emphasis

__all__ = ["Folded", "fold_span", "fold_text"]

_SPACE = re.compile(r"[\t\n\f\r \xa0]+")
_SKIPPED = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|$)",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>|<!\w[^>]*>|<\?[^>]*>")
_SPACING = (
    "address article aside blockquote body br center dd details div dl dt fieldset figcaption "
    "figure footer h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul"
)
_SPACING_TAGS = frozenset(_SPACING.split())
# Tags the parser reads through, whatever the page: plain inline formatting and links.
_INLINE = (
    "a abbr b bdi bdo br cite code dfn em font i kbd mark q s samp small span strong sub sup "
    "time tt u var wbr"
)
_TRANSPARENT = frozenset(_INLINE.split())
_HIDING_ATTRIBUTE = re.compile(
    r"\s(?:class|id|style|role|hidden|aria-hidden|itemprop)\b", re.IGNORECASE
)


@attrs.frozen
class Folded:
    """The words a span holds, and whether markup inside it could hide dropped text."""

    text: str
    markup: bool


def fold_text(text: str) -> str:
    """A claimed string in folded form: white space runs as one space, ends trimmed."""
    return _SPACE.sub(" ", text).strip(" ")


def _decode(data: bytes, codec: str) -> str:
    text = data.decode(codec, "surrogateescape")
    return re.sub(r"[\udc80-\udcff]", "\ufffd", text)


def _html(text: str) -> Folded:
    markup = False

    def tag(m: re.Match[str]) -> str:
        nonlocal markup
        name = (m.group(1) or "").lower()
        if name not in _TRANSPARENT or _HIDING_ATTRIBUTE.search(m.group(0)):
            markup = True
        return " " if name in _SPACING_TAGS else ""

    without = _SKIPPED.sub(lambda m: tag(m) or "", text)
    plain = _TAG.sub(tag, without)
    # Character references; a no-break space reads as a space, as in the parser.
    plain = html.unescape(plain).replace("\xa0", " ")
    return Folded(fold_text(plain), markup)


def _markdown(text: str, before: str, after: str) -> str:
    source = before + text + after
    start, end = len(before), len(before) + len(text)
    out: list[str] = []
    pos = start
    for link in _LINK.finditer(source, start, end):
        out.append(_inline(source, pos, link.start()))
        if not link.group(0).startswith("!"):
            out.append(_inline(source, link.start(1), link.end(1)))
        pos = link.end()
    out.append(_inline(source, pos, end))
    return fold_text("".join(out))


def _inline(source: str, start: int, end: int) -> str:
    out: list[str] = []
    pos = start
    for m in _INLINE_TOKEN.finditer(source, start, end):
        s, e = m.span()
        token = m.group(0)
        if token[0] in " \t\r\n\xa0":
            continue
        if token[0] == "\\":
            out.append(source[pos:s] + token[1])
            pos = e
        elif token in ("**", "__") or _is_emphasis(source, s, e):
            out.append(source[pos:s])
            pos = e
    out.append(source[pos:end])
    return "".join(out)


def fold_span(data: bytes, start: int, end: int, codec: str, source_format: str) -> Folded:
    """The words bytes ``[start, end)`` of a representation hold (see the module)."""
    text = _decode(data[start:end], codec)
    if source_format == "html":
        return _html(text)
    if source_format == "markdown":
        before = _decode(data[max(0, start - 4) : start], codec)[-1:]
        after = _decode(data[end : end + 4], codec)[:1]
        return Folded(_markdown(text, before, after), False)
    return Folded(fold_text(text), False)
