"""Folding a page and a quote to comparable text, for finding quoted words in other archives.

Another archive's copy of a page is not byte-identical to ours (its own
crawl, its own headers, markup that changed around the text), so the check
is on words, folded the same way on both sides:

1. Decode: the charset from the Content-Type header, else a byte order
   mark, else ``<meta charset>`` / ``http-equiv`` in the first 4 KiB, else
   UTF-8 if the bytes are valid UTF-8, else windows-1252 (labels follow the
   WHATWG rule that ``iso-8859-1`` and ``ascii`` mean windows-1252).
2. HTML only: comments and the contents of ``script``, ``style`` and
   ``template`` are dropped, every tag is removed, then character
   references are decoded.
3. Unicode NFKC; typographic single quotes and primes become ``'``, double
   quotes, guillemets and double primes ``"``, hyphens, dashes and minus
   signs ``-``; soft hyphens and zero-width characters are removed.
4. Case is folded (``str.casefold``) and every white space character is
   removed, so line breaks, tags between words and non-breaking spaces do
   not matter.

The quoted words hold when each piece of the quote, folded by steps 3-4,
is a substring of the folded page. This is a comparison of words, not of
bytes: it can say that another archive shows the same words, never that
its copy is the same file.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

__all__ = ["decode_page", "fold", "page_text", "quote_pieces", "words_in"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_DROP = re.compile(
    r"<!--.*?-->|<(script|style|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[A-Za-z!/?][^>]*>", re.DOTALL)
_WS = re.compile(r"\s+")
_TABLE = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′‵`´", "'"),
        **dict.fromkeys("“”„‟«»″‶", '"'),
        **dict.fromkeys("‐‑‒–—―−⁃", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
    }
)
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    name = label.strip().lower()
    if name in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(body: bytes, content_type: str | None) -> str:
    """The text of ``body`` decoded as step 1 of the module docstring says."""
    header = _HEADER_CHARSET.search(content_type or "")
    codec = _codec(header.group(1)) if header else None
    if codec is None:
        if body.startswith(codecs.BOM_UTF8):
            return body[3:].decode("utf-8", errors="replace")
        if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return body.decode("utf-16", errors="replace")
        meta = _CHARSET.search(body[:4096])
        codec = _codec(meta.group(1).decode("ascii", errors="replace")) if meta else None
    if codec is None:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            codec = "cp1252"
    return body.decode(codec, errors="replace")


def page_text(body: bytes, content_type: str | None) -> str:
    """Steps 1-2: the page as text (markup removed for HTML)."""
    text = decode_page(body, content_type)
    media = (content_type or "").split(";")[0].strip().lower()
    looks_html = media in ("text/html", "application/xhtml+xml") or (
        not media and re.match(r"\s*<", text) is not None
    )
    if looks_html:
        text = html.unescape(_TAG.sub("", _DROP.sub(" ", text)))
    return text


def fold(text: str) -> str:
    """Steps 3-4: NFKC, typographic marks made plain, case folded, white space removed.

    >>> fold("“Don’t —  Stop”")
    '"don\\'t-stop"'
    """
    normal = unicodedata.normalize("NFKC", text).translate(_TABLE)
    return _WS.sub("", normal.casefold())


def words_in(pieces: tuple[str, ...], folded_page: str) -> bool:
    """Whether every non-empty piece, folded, occurs in ``folded_page``."""
    folded = [fold(p) for p in pieces]
    return any(folded) and all(f in folded_page for f in folded if f)


def quote_pieces(text: str, exact: str) -> tuple[str, ...]:
    """Split a quote's words into the runs that are contiguous in ``exact``.

    A split quote (``"A," said X. "B."``) is cited as the words ``A, B.``
    with the stretch ``A," said X. "B.`` around them; its pieces are looked
    for separately.

    >>> quote_pieces("We will, and we can.", 'We will," she said, "and we can.')
    ('We will,', 'and we can.')
    """
    folded_exact = fold(exact)
    pieces: list[str] = []
    current: list[str] = []
    pos = 0
    for word in text.split():
        trial = fold(" ".join([*current, word]))
        if not current or folded_exact.find(trial, pos) >= 0:
            current.append(word)
            continue
        done = " ".join(current)
        found = folded_exact.find(fold(done), pos)
        if found >= 0:
            pos = found + len(fold(done))
        pieces.append(done)
        current = [word]
    if current:
        pieces.append(" ".join(current))
    return tuple(pieces)
