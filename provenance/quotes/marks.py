"""Finding quoted spans: the quotation marks outlets really use.

Handled: straight and curly double quotes, ``« »`` and ``» «``, ``„ “``,
``‚ ‘``, ``「 」`` and ``『 』``, curly single quotes (British style, and
nested inside double quotes), straight single quotes in headlines; quotes
that run over several paragraphs (the opening mark repeated at the start of
each paragraph, the closing mark only at the end); nested quotes. A mark
that is never closed is dropped; it never aborts the article.

Positions are code points of ``Article.text``.
"""

from __future__ import annotations

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


def _paragraph_quotes(text: str, start: int, end: int, headline: bool) -> list[list[int | str]]:
    """Pairs (open index, close index or -1, mark) within one paragraph."""
    found: list[list[int | str]] = []
    stack: list[tuple[int, str]] = []  # (open index, expected closer)
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            if stack and stack[-1][1] == '"':
                o, _ = stack.pop()
                found.append([o, i, '"'])
            elif _is_open_context(text, i) or i == start:
                stack.append((i, '"'))
            continue
        if stack and ch == stack[-1][1] and ch not in _PAIRS:
            if ch == "\u2019" and not _is_close_context(text, i):
                continue  # an apostrophe inside a single-quoted span
            o, _ = stack.pop()
            found.append([o, i, text[o]])
            continue
        if ch in _PAIRS:
            if ch == "\u201c" and stack and stack[-1][1] == "\u201c":  # „ ... “
                o, _ = stack.pop()
                found.append([o, i, text[o]])
                continue
            stack.append((i, _PAIRS[ch]))
            continue
        if ch in _REVERSED and _is_open_context(text, i):
            stack.append((i, _REVERSED[ch]))
            continue
        if ch in _CLOSERS and stack:
            # A closer of another kind: close the innermost matching opener.
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][1] == ch:
                    o, _ = stack[k]
                    del stack[k:]
                    found.append([o, i, text[o]])
                    break
            continue
        inside_double = any(exp in ('"', "\u201d", "\u00bb", "\u201c") for _, exp in stack)
        if ch in _SINGLE_PAIRS and _is_open_context(text, i):
            stack.append((i, _SINGLE_PAIRS[ch]))
            continue
        if ch == "'" and (headline or inside_double):
            if stack and stack[-1][1] == "'" and _is_close_context(text, i):
                o, _ = stack.pop()
                found.append([o, i, "'"])
            elif _is_open_context(text, i):
                stack.append((i, "'"))
            continue
    for o, expected in stack:
        if expected in ("'", "\u2019", "\u2018"):
            continue  # an apostrophe, not a quote
        found.append([o, -1, text[o]])
    return found


def find_quotes(
    text: str, paragraphs: list[tuple[int, int]], headline_paragraphs: frozenset[int] = frozenset()
) -> list[QuoteSpan]:
    """All quotations in ``text``, paragraph by paragraph, outermost first."""
    results: list[QuoteSpan] = []
    carry: tuple[int, str, list[tuple[int, int]]] | None = None  # open quote continuing
    for index, (pstart, pend) in enumerate(paragraphs):
        pairs = _paragraph_quotes(text, pstart, pend, index in headline_paragraphs)
        pairs.sort(key=lambda p: int(p[0]))
        if carry is not None:
            cstart, cmark, cpieces = carry
            first = pairs[0] if pairs else None
            if first is not None and first[0] == pstart and first[2] == cmark:
                # The opening mark is repeated: the quote goes on in this paragraph.
                close = int(first[1])
                if close == -1:
                    cpieces.append((pstart + 1, pend))
                    carry = (cstart, cmark, cpieces)
                    continue
                cpieces.append((pstart + 1, close))
                results.append(QuoteSpan(cstart, close + 1, tuple(cpieces), cmark))
                carry = None
                pairs = pairs[1:]
            else:
                carry = None
        for o, c, mark in pairs:
            o, c = int(o), int(c)
            if c == -1:
                if o == pstart or (o > pstart and text[o - 1].isspace()):
                    carry = (o, str(mark), [(o + 1, pend)])
                continue
            if c > o + 1:
                results.append(QuoteSpan(o, c + 1, ((o + 1, c),), str(mark)))
    results.sort(key=lambda q: (q.start, -q.end))
    nested: list[QuoteSpan] = []
    for q in results:
        depth = sum(1 for other in results if other.start < q.start and q.end <= other.end)
        nested.append(attrs.evolve(q, depth=depth))
    return nested
