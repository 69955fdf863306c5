"""Extracted text that knows, for every character, the bytes it came from.

Offsets here name their unit: *code points* of the extracted text, and
*bytes* of the representation (the decoded payload). The map is a list of
segments; each covers a run of text characters and a run of bytes:

- a *literal* segment: the text characters are the source characters one
  for one (so a character's bytes are found by encoding the run before it);
- a *replaced* segment: the characters stand for the whole byte run, e.g. an
  entity (``&rsquo;`` -> U+2019), folded white space (``\\n  `` -> `` ``), or a
  byte sequence invalid in the charset (-> U+FFFD);
- a *synthetic* segment: characters the extractor adds (the blank line
  between paragraphs, a line break for ``<br>``); their byte run is empty or
  the tag that caused them.
"""

from __future__ import annotations

import bisect
import codecs
from collections.abc import Iterator

import attrs

__all__ = ["ByteIndex", "OffsetMap", "Segment", "TextBuilder", "decode_exact"]

LITERAL = 0
REPLACED = 1
SYNTHETIC = 2
_KINDS = ("literal", "replaced", "synthetic")
_STEP = 256


@attrs.frozen
class Segment:
    """Text ``[text_start, text_end)`` came from bytes ``[byte_start, byte_end)``."""

    text_start: int
    text_end: int
    byte_start: int
    byte_end: int
    kind: str


class ByteIndex:
    """Code point positions of a decoded document -> byte offsets in its bytes."""

    def __init__(self, text: str, encode_codec: str, base: int, total: int, uniform: bool):
        self.text = text
        self.encode_codec = encode_codec
        self.base = base
        self.uniform = uniform
        self._marks: list[int] = []
        if not uniform:
            marks = [base]
            pos = base
            for i in range(0, len(text), _STEP):
                pos += len(text[i : i + _STEP].encode(encode_codec, "surrogateescape"))
                marks.append(pos)
            if pos != total:
                raise ValueError("re-encoding does not reproduce the byte length")
            self._marks = marks

    def byte(self, cp: int) -> int:
        """Byte offset of code point ``cp`` (``len(text)`` gives the end)."""
        if self.uniform:
            return self.base + cp
        block, rest = divmod(cp, _STEP)
        start = self._marks[block]
        if rest == 0:
            return start
        chunk = self.text[block * _STEP : cp]
        return start + len(chunk.encode(self.encode_codec, "surrogateescape"))


def _slow_index(data: bytes, codec: str) -> tuple[str, list[int]]:
    """Decode byte by byte with an incremental decoder, recording each char's start."""
    decoder = codecs.getincrementaldecoder(codec)("surrogateescape")
    chars: list[str] = []
    starts: list[int] = []
    pending_start = 0
    for i in range(len(data)):
        out = decoder.decode(data[i : i + 1])
        for ch in out:
            chars.append(ch)
            starts.append(pending_start)
        if out:
            pending_start = i + 1
    out = decoder.decode(b"", final=True)
    for ch in out:
        chars.append(ch)
        starts.append(pending_start)
    return "".join(chars), starts


class _ListIndex(ByteIndex):
    def __init__(self, text: str, starts: list[int], total: int):
        self.text = text
        self.encode_codec = "utf-8"
        self.base = 0
        self.uniform = False
        self._marks = []
        self._starts = [*starts, total]

    def byte(self, cp: int) -> int:
        return self._starts[cp]


def decode_exact(data: bytes, codec: str) -> tuple[str, ByteIndex]:
    """Decode ``data`` so that every code point maps back to its exact bytes.

    Bytes invalid in ``codec`` become lone surrogates (one per byte), which
    the text builder turns into U+FFFD with their byte span.
    """
    base = 0
    encode_codec = codec
    if codec == "utf-8-sig":
        base, encode_codec = (3, "utf-8") if data.startswith(codecs.BOM_UTF8) else (0, "utf-8")
    elif codec == "utf-16":
        if data.startswith(codecs.BOM_UTF16_LE):
            base, encode_codec = 2, "utf-16-le"
        elif data.startswith(codecs.BOM_UTF16_BE):
            base, encode_codec = 2, "utf-16-be"
        else:
            encode_codec = "utf-16-le"
        codec = encode_codec
    body = data[base:]
    text = body.decode(codec, "surrogateescape")
    if len(text) == len(body):
        return text, ByteIndex(text, encode_codec, base, len(data), uniform=True)
    try:
        return text, ByteIndex(text, encode_codec, base, len(data), uniform=False)
    except (ValueError, UnicodeEncodeError):
        slow_text, starts = _slow_index(body, codec)
        return slow_text, _ListIndex(slow_text, [s + base for s in starts], len(data))


@attrs.frozen
class OffsetMap:
    """For every character of an extracted text, the byte range it came from."""

    segments: tuple[Segment, ...]
    encode_codec: str
    uniform: bool
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(s.text_start for s in self.segments))

    def _seg_index(self, cp: int) -> int:
        return max(bisect.bisect_right(self._starts, cp) - 1, 0)

    def _byte_at(self, text: str, seg: Segment, cp: int, *, end: bool) -> int:
        if seg.kind != "literal":
            return seg.byte_end if end else seg.byte_start
        if self.uniform:
            return seg.byte_start + (cp - seg.text_start)
        run = text[seg.text_start : cp]
        return seg.byte_start + len(run.encode(self.encode_codec, "surrogateescape"))

    def char_span(self, text: str, cp: int) -> tuple[int, int]:
        """Bytes ``[start, end)`` of text character ``cp``."""
        seg = self.segments[self._seg_index(cp)]
        if seg.kind != "literal":
            return seg.byte_start, seg.byte_end
        return self._byte_at(text, seg, cp, end=False), self._byte_at(text, seg, cp + 1, end=True)

    def byte_span(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Bytes covering text ``[start, end)`` (end exclusive, code points)."""
        if end <= start:
            seg = self.segments[self._seg_index(start)] if self.segments else None
            if seg is None:
                return 0, 0
            pos = self._byte_at(text, seg, start, end=False)
            return pos, pos
        first = self.segments[self._seg_index(start)]
        last = self.segments[self._seg_index(end - 1)]
        b0 = self._byte_at(text, first, start, end=False)
        b1 = self._byte_at(text, last, end, end=True)
        return b0, b1

    def iter_chars(self, text: str) -> Iterator[tuple[int, int, int, str]]:
        """(code point, byte start, byte end, segment kind) for every character."""
        for seg in self.segments:
            if seg.kind != "literal":
                for cp in range(seg.text_start, seg.text_end):
                    yield cp, seg.byte_start, seg.byte_end, seg.kind
                continue
            pos = seg.byte_start
            for cp in range(seg.text_start, seg.text_end):
                width = 1 if self.uniform else len(text[cp].encode(self.encode_codec))
                yield cp, pos, pos + width, seg.kind
                pos += width


class TextBuilder:
    """Accumulates paragraphs of text with their source positions.

    Source positions are code points of the decoded document; ``finish``
    turns them into byte offsets with the document's :class:`ByteIndex`.
    White space is folded: runs become one space, none at paragraph edges.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        # (text_start, text_end, src_start, src_end, kind)
        self.raw: list[tuple[int, int, int, int, int]] = []
        self.paragraphs: list[tuple[int, int, str]] = []
        self._para_start: int | None = None
        self._para_kind = "body"
        self._space: tuple[int, int] | None = None
        self.invalid_bytes = 0
        self._surrogates = _has_surrogate(source)

    # -- paragraphs -------------------------------------------------------------

    def open_paragraph(self, kind: str = "body") -> None:
        if self._para_start is None:
            self._para_start = -1
            self._para_kind = kind
            self._space = None

    def close_paragraph(self) -> None:
        while self.parts and self.parts[-1] == "\n" and self.raw and self.raw[-1][4] == SYNTHETIC:
            self.parts.pop()
            self.raw.pop()
            self.length -= 1
        start = self._para_start
        self._para_start = None
        self._space = None
        if start is not None and start >= 0 and self.length > start:
            self.paragraphs.append((start, self.length, self._para_kind))

    @property
    def in_paragraph_text(self) -> bool:
        return self._para_start is not None and self._para_start >= 0

    def _begin_text(self, src_pos: int) -> None:
        if self._para_start is None:
            self.open_paragraph()
        if self._para_start == -1:
            if self.paragraphs:
                self._add("\n\n", src_pos, src_pos, SYNTHETIC)
            self._para_start = self.length
        elif self._space is not None:
            s0, s1 = self._space
            single = s1 - s0 == 1 and self.source[s0] == " "
            self._add(" ", s0, s1, LITERAL if single else REPLACED)
        self._space = None

    def _add(self, chars: str, src_start: int, src_end: int, kind: int) -> None:
        start = self.length
        self.parts.append(chars)
        self.length += len(chars)
        if self.raw:
            t0, t1, s0, s1, k = self.raw[-1]
            if kind == LITERAL and k == LITERAL and t1 == start and s1 == src_start:
                self.raw[-1] = (t0, self.length, s0, src_end, k)
                return
        self.raw.append((start, self.length, src_start, src_end, kind))

    # -- content ----------------------------------------------------------------

    def space(self, src_start: int, src_end: int) -> None:
        """White space in the source (folded; dropped at paragraph edges)."""
        if self.in_paragraph_text and self._space is None:
            last = self.parts[-1] if self.parts else ""
            if not last.endswith((" ", "\n")):
                self._space = (src_start, src_end)

    def literal(self, src_start: int, src_end: int) -> None:
        """Source characters ``[src_start, src_end)`` that appear as they are.

        A single plain space at either end is treated as folded white space.
        """
        source = self.source
        if src_end > src_start and source[src_start] == " ":
            self.space(src_start, src_start + 1)
            src_start += 1
        trailing = src_end > src_start and source[src_end - 1] == " "
        if trailing:
            src_end -= 1
        if src_end > src_start:
            self._literal(src_start, src_end)
        if trailing:
            self.space(src_end, src_end + 1)

    def _literal(self, src_start: int, src_end: int) -> None:
        chunk = self.source[src_start:src_end]
        if self._surrogates and _has_surrogate(chunk):
            pos = src_start
            for i, ch in enumerate(chunk):
                if "\udc80" <= ch <= "\udcff":
                    if src_start + i > pos:
                        self._begin_text(pos)
                        self._add(self.source[pos : src_start + i], pos, src_start + i, LITERAL)
                    self._begin_text(src_start + i)
                    self._add("\ufffd", src_start + i, src_start + i + 1, REPLACED)
                    self.invalid_bytes += 1
                    pos = src_start + i + 1
            if pos < src_end:
                self._begin_text(pos)
                self._add(self.source[pos:src_end], pos, src_end, LITERAL)
            return
        self._begin_text(src_start)
        self._add(chunk, src_start, src_end, LITERAL)

    def replaced(self, chars: str, src_start: int, src_end: int) -> None:
        """``chars`` standing for source ``[src_start, src_end)`` (an entity)."""
        if chars:
            self._begin_text(src_start)
            self._add(chars, src_start, src_end, REPLACED)

    def line_break(self, src_start: int, src_end: int) -> None:
        """A ``<br>``: a newline inside the paragraph (never at its edges)."""
        if self.in_paragraph_text and not (self.parts and self.parts[-1].endswith("\n")):
            self._space = None
            self._add("\n", src_start, src_end, SYNTHETIC)

    # -- result -----------------------------------------------------------------

    def finish(self, index: ByteIndex) -> tuple[str, OffsetMap, tuple[tuple[int, int, str], ...]]:
        self.close_paragraph()
        text = "".join(self.parts)
        segments: list[Segment] = []
        exact = isinstance(index, _ListIndex)
        for t0, t1, s0, s1, kind in self.raw:
            if exact and kind == LITERAL:
                # Re-encoding cannot be trusted for this codec: one segment per char.
                for i in range(t1 - t0):
                    b0, b1 = index.byte(s0 + i), index.byte(s0 + i + 1)
                    segments.append(Segment(t0 + i, t0 + i + 1, b0, b1, "replaced"))
                continue
            segments.append(Segment(t0, t1, index.byte(s0), index.byte(s1), _KINDS[kind]))
        codec = getattr(index, "encode_codec", "utf-8")
        omap = OffsetMap(segments=tuple(segments), encode_codec=codec, uniform=index.uniform)
        return text, omap, tuple(self.paragraphs)


def _has_surrogate(chunk: str) -> bool:
    try:
        chunk.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
