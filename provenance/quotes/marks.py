"""Finding quoted spans: the quotation marks outlets really use.

Handled: straight and curly double quotes, ``« »`` and ``» «`` (German), ``„ “``,
``‚ ‘``, ``「 」`` and ``『 』``, curly single quotes (British style, and
nested inside double quotes), straight single quotes in headlines; quotes
that run over several paragraphs (the opening mark repeated at the start of
each paragraph, the closing mark only at the end); nested quotes. A mark
that is never closed is dropped; it never aborts the article.

Positions are code points of ``Article.text``.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["QuoteSpan", "find_quotes"]

_PAIRS = {
    "\u201c": "\u201d",  # “ ”
    "\u00ab": "\u00bb",  # « »
    "\u201e": "\u201c",  # „ “
    "\u300c": "\u300d",  # 「 」
    "\u300e": "\u300f",  # 『 』
    "\u2039": "\u203a",  # ‹ ›
}
_REVERSED = {"\u00bb": "\u00ab", "\u203a": "\u2039"}  # » « and › ‹ (German, Danish)
_SINGLE_PAIRS = {"\u2018": "\u2019", "\u201a": "\u2018"}  # ‘ ’ and ‚ ‘
_CLOSERS = frozenset("\u201d\u00bb\u300d\u300f\u203a")


@attrs.frozen
class QuoteSpan:
    """A quotation: ``[start, end)`` includes its marks; ``pieces`` are the inner runs.

    A quote over several paragraphs has one piece per paragraph.
    """

    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    mark: str
    depth: int = 0


def _is_open_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:;,") and not after.isspace()


def _is_close_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


_MARK = re.compile("[\"'\u201c\u201d\u201e\u201a\u2018\u2019\u00ab\u00bb\u2039\u203a\u300c-\u300f]")
_DOUBLE_CLOSERS = frozenset({'"', "''", "\u201d", "\u00bb", "\u201c"})


def _inside_double(stack: list[tuple[int, int, str]]) -> bool:
    return any(expected in _DOUBLE_CLOSERS for _, _, expected in stack)


def _paragraph_quotes(text: str, start: int, end: int, headline: bool) -> list[list[int]]:
    """Pairs [open index, open length, close index or -1, close length] in one paragraph.

    Two apostrophes (``''``) count as a straight double quote, as in some
    newspaper archives.
    """
    found: list[list[int]] = []
    stack: list[tuple[int, int, str]] = []  # (open index, open length, expected closer)
    i = start
    while i < end:
        m = _MARK.search(text, i, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "'" and i + 1 < end and text[i + 1] == "'":
            top = stack[-1][2] if stack else ""
            if top in ("''", "'") and _is_close_context(text, i + 1):
                o, olen, _ = stack.pop()
                found.append([o, olen, i, 2])
            elif _is_open_context(text, i) or i == start:
                stack.append((i, 2, "''"))
            i += 2
            continue
        if ch == '"':
            if stack and stack[-1][2] == "\u201d" and _is_close_context(text, i):
                o, olen, _ = stack.pop()  # “ ... " : mixed marks, as typed
                found.append([o, olen, i, 1])
            elif stack and stack[-1][2] == '"':
                o, olen, _ = stack.pop()
                found.append([o, olen, i, 1])
            elif _is_open_context(text, i) or i == start:
                stack.append((i, 1, '"'))
            i += 1
            continue
        if stack and ch == stack[-1][2] and ch not in _PAIRS:
            if ch in "\u2019'" and not _is_close_context(text, i):
                i += 1
                continue  # an apostrophe inside a single-quoted span
            o, olen, _ = stack.pop()
            found.append([o, olen, i, 1])
            i += 1
            continue
        if ch in _PAIRS:
            if stack and stack[-1][2] == ch:  # „ ... “ and » ... « close with an opener
                o, olen, _ = stack.pop()
                found.append([o, olen, i, 1])
            elif (
                ch == "\u201c"
                and stack
                and stack[-1][2] == "\u201d"
                and _is_close_context(text, i)
                and not _is_open_context(text, i)
            ):  # “ ... “ : an opening mark typed for the closing one
                o, olen, _ = stack.pop()
                found.append([o, olen, i, 1])
            else:
                stack.append((i, 1, _PAIRS[ch]))
            i += 1
            continue
        if ch in _REVERSED and _is_open_context(text, i):
            stack.append((i, 1, _REVERSED[ch]))
            i += 1
            continue
        if (
            ch == "\u201d"
            and not stack
            and (_is_open_context(text, i) or text.startswith(" \u2026", i + 1))
            and (i == start or text[i - 1].isspace())
        ):
            stack.append((i, 1, "\u201d"))  # ” ... ” : a closing mark typed for the opening one
            i += 1
            continue
        if ch in _CLOSERS and stack:
            for k in range(len(stack) - 1, -1, -1):
                expected = stack[k][2]
                if expected == ch or (
                    ch == "\u201d" and expected == '"' and _is_close_context(text, i)
                ):  # " ... ” : mixed marks, as typed
                    o, olen, _ = stack[k]
                    del stack[k:]
                    found.append([o, olen, i, 1])
                    break
            i += 1
            continue
        if ch in _SINGLE_PAIRS and _is_open_context(text, i):
            stack.append((i, 1, _SINGLE_PAIRS[ch]))
        elif ch == "'" and (headline or i == start or _inside_double(stack)):
            if stack and stack[-1][2] == "'" and _is_close_context(text, i):
                o, olen, _ = stack.pop()
                found.append([o, olen, i, 1])
            elif _is_open_context(text, i) or i == start:
                stack.append((i, 1, "'"))
        i += 1
    for o, olen, expected in stack:
        if expected in ("'", "\u2019", "\u2018"):
            continue  # an apostrophe, not a quote
        found.append([o, olen, -1, 0])
    return found


def find_quotes(
    text: str, paragraphs: list[tuple[int, int]], headline_paragraphs: frozenset[int] = frozenset()
) -> list[QuoteSpan]:
    """All quotations in ``text``, paragraph by paragraph, outermost first."""
    results: list[QuoteSpan] = []
    carry: tuple[int, str, list[tuple[int, int]]] | None = None  # open quote continuing
    for index, (pstart, pend) in enumerate(paragraphs):
        pairs = _paragraph_quotes(text, pstart, pend, index in headline_paragraphs)
        pairs.sort(key=lambda p: p[0])
        if carry is not None:
            cstart, cmark, cpieces = carry
            first = pairs[0] if pairs else None
            if (
                first is not None
                and first[0] == pstart
                and text[pstart : pstart + first[1]] == cmark
            ):
                # The opening mark is repeated: the quote goes on in this paragraph.
                _, olen, close, clen = first
                if close == -1:
                    cpieces.append((pstart + olen, pend))
                    carry = (cstart, cmark, cpieces)
                    continue
                cpieces.append((pstart + olen, close))
                results.append(QuoteSpan(cstart, close + clen, tuple(cpieces), cmark))
                carry = None
                pairs = pairs[1:]
            else:
                carry = None
        for o, olen, c, clen in pairs:
            mark = text[o : o + olen]
            if c == -1:
                if o == pstart or (o > pstart and text[o - 1].isspace()):
                    carry = (o, mark, [(o + olen, pend)])
                continue
            if c > o + olen:
                results.append(QuoteSpan(o, c + clen, ((o + olen, c),), mark))
    results.sort(key=lambda q: (q.start, -q.end))
    nested: list[QuoteSpan] = []
    for q in results:
        depth = sum(1 for other in results if other.start < q.start and q.end <= other.end)
        nested.append(attrs.evolve(q, depth=depth))
    return nested
