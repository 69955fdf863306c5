"""Plain-text and Markdown copies (like the seed copies): metadata and body.

Recognised, and kept out of the body: the ``# title``; the ``By ...``
byline; a line that is only a date; the ``Original url:`` line and the URL
after it; photo captions (a short line before the body ending in a bold
credit); ``Related article`` lines; images. Inline syntax (``**bold**``,
``*em*``, ``[text](url)``, backslash escapes) is not part of the text, but
every character that is keeps its exact byte range.
"""

from __future__ import annotations

import re

import attrs

from .metadata import Metadata, normalise_date
from .textmap import TextBuilder

__all__ = ["markdown_body", "plain_body"]

_BLOCK_SPLIT = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")
_INLINE = re.compile(r"\\[\\`*_{}\[\]()#+\-.!]|\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
_INLINE_TOKEN = re.compile(r"\\[\\`*_{}\[\]()#+\-.!]|\*\*|__|[*_]|[ \t\r\n\xa0]+")
_SPACE = re.compile(r"[ \t\r\n\xa0]+")
_URL_LINE = re.compile(r"^<?(https?://\S+?)>?$")


def _strip_inline(text: str) -> str:
    text = _LINK.sub(lambda m: m.group(1), text)
    return " ".join(
        _INLINE.sub(lambda m: m.group(0)[1:] if m.group(0)[0] == "\\" else "", text).split()
    )


def _emit(builder: TextBuilder, source: str, start: int, end: int) -> None:
    """Write block ``[start, end)`` without its inline syntax."""
    pos = start
    for link in _LINK.finditer(source, start, end):
        _emit_inline(builder, source, pos, link.start())
        if not link.group(0).startswith("!"):
            _emit_inline(builder, source, link.start(1), link.end(1))
        pos = link.end()
    _emit_inline(builder, source, pos, end)


def _emit_inline(builder: TextBuilder, source: str, start: int, end: int) -> None:
    pos = start
    for m in _INLINE_TOKEN.finditer(source, start, end):
        s, e = m.span()
        token = m.group(0)
        if token[0] in " \t\r\n\xa0":
            if s > pos:
                builder.literal(pos, s)
            builder.space(s, e)
            pos = e
            continue
        if token[0] == "\\":
            if s > pos:
                builder.literal(pos, s)
            builder.replaced(token[1], s, e)
            pos = e
            continue
        if token in ("**", "__") or _is_emphasis(source, s, e):
            if s > pos:
                builder.literal(pos, s)
            pos = e
    if end > pos:
        builder.literal(pos, end)


def _is_emphasis(source: str, s: int, e: int) -> bool:
    before = source[s - 1] if s > 0 else " "
    after = source[e] if e < len(source) else " "
    opening = not before.isalnum() and not after.isspace()
    closing = not before.isspace() and not after.isalnum()
    return opening or closing


def _blocks(source: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BLOCK_SPLIT.finditer(source):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(source)))
    result = []
    for s, e in out:
        while s < e and source[s] in " \t\r\n":
            s += 1
        while e > s and source[e - 1] in " \t\r\n":
            e -= 1
        if e > s:
            result.append((s, e))
    return result


def _is_caption(plain: str, raw: str) -> bool:
    words = plain.split()
    return (
        0 < len(words) <= 20
        and raw.rstrip().endswith("**")
        and not plain.rstrip().endswith((".", "?", "!", '"', "\u201d"))
    )


def plain_body(source: str, builder: TextBuilder) -> Metadata:
    """Plain text: blank-line separated paragraphs, all text; a short first
    line without a full stop is the title (kept in the text as a heading)."""
    title = None
    blocks: list[tuple[int, int]] = []
    for start, end in _blocks(source):
        lines = source[start:end].split("\n")
        if len(lines) > 1 and max(len(line) for line in lines) > 100:
            # Long lines: not hard-wrapped text, so each line is a paragraph.
            pos = start
            for line in lines:
                if line.strip():
                    lead = len(line) - len(line.lstrip())
                    blocks.append((pos + lead, pos + len(line.rstrip())))
                pos += len(line) + 1
        else:
            blocks.append((start, end))
    for index, (start, end) in enumerate(blocks):
        raw = source[start:end]
        kind = "body"
        bare = raw.rstrip("\"'\u201d\u2019\u00bb) ")
        if (
            index == 0
            and len(raw) < 200
            and "\n" not in raw
            and not bare.endswith((".", "!", "?", ","))
        ):
            kind, title = "title", " ".join(raw.split())
        builder.open_paragraph(kind)
        _emit_plain(builder, source, start, end)
        builder.close_paragraph()
    return Metadata(title=title)


def _emit_plain(builder: TextBuilder, source: str, start: int, end: int) -> None:
    pos = start
    for m in _SPACE.finditer(source, start, end):
        if m.group(0) == " ":
            continue
        if m.start() > pos:
            builder.literal(pos, m.start())
        builder.space(m.start(), m.end())
        pos = m.end()
    if end > pos:
        builder.literal(pos, end)


def markdown_body(source: str, builder: TextBuilder) -> Metadata:
    """Write the body paragraphs into ``builder``; return the metadata found."""
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    canonical: str | None = None
    expect_url = False
    body_started = False
    for start, end in _blocks(source):
        raw = source[start:end]
        plain = _strip_inline(raw)
        lowered = plain.lower()
        if expect_url:
            m = _URL_LINE.match(plain)
            if m:
                canonical = m.group(1)
                expect_url = False
                continue
            expect_url = False
        if raw.startswith("#"):
            level = len(raw) - len(raw.lstrip("#"))
            heading = plain.lstrip("#").strip()
            if level == 1 and title is None:
                title = heading
                continue
            builder.open_paragraph("heading")
            hstart = start + level
            _emit(builder, source, hstart, end)
            builder.close_paragraph()
            continue
        if lowered.startswith("original url:"):
            rest = plain.split(":", 1)[1].strip()
            m = _URL_LINE.match(rest)
            if m:
                canonical = m.group(1)
            else:
                expect_url = True
            continue
        if not body_started and re.match(r"^by\s+\S", lowered) and len(plain) < 150:
            names = re.split(r",\s*|\s+and\s+", plain[3:].strip())
            authors = tuple(n.strip() for n in names if n.strip())
            continue
        date_only = len(plain) < 60 and not re.search(r"[.!?]\s", plain)
        if published is None and date_only and normalise_date(plain) is not None:
            published = normalise_date(plain)
            continue
        if lowered.startswith(("related article", "related:", "read more", "see also")):
            continue
        if raw.startswith("!["):
            continue
        if not body_started and _is_caption(plain, raw):
            continue
        body_started = True
        builder.open_paragraph("body")
        _emit(builder, source, start, end)
        builder.close_paragraph()
    return attrs.evolve(
        Metadata(), title=title, authors=authors, published=published, canonical_url=canonical
    )
