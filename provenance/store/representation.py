"""From an archived record to its *representation*: the bytes offsets count in.

The representation is the payload after transfer decoding (de-chunking) and
content decoding (gzip, deflate, br), i.e. the document as its media type
defines it. The steps taken are kept as a recipe of short strings, so that a
verifier can repeat them exactly on the same record::

    ("http-entity", "dechunk", "content-decoding:gzip")

Recipe steps:

``http-entity``           split an HTTP message block at the end of its head
``dechunk``               remove chunked transfer coding
``content-decoding:X``    undo content coding X (gzip, x-gzip, deflate, br)
``block``                 a non-HTTP record: the block is the representation

Pure functions: bytes in, values out.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Sequence

import attrs
import brotlicffi

from ..errors import RepresentationError
from .headers import first_header

__all__ = [
    "HttpHead",
    "Representation",
    "RepresentationError",
    "apply_recipe",
    "dechunk",
    "parse_http_head",
    "representation_of",
]

MAX_DECODED = 256 * 1024 * 1024


@attrs.frozen
class HttpHead:
    """A parsed HTTP head: status line, headers in order."""

    start_line: str
    status: int | None
    headers: tuple[tuple[str, str], ...]
    length: int

    def get(self, name: str) -> str | None:
        return first_header(self.headers, name)

    def get_all(self, name: str) -> tuple[str, ...]:
        lname = name.lower()
        return tuple(v for k, v in self.headers if k.lower() == lname)


@attrs.frozen
class Representation:
    """The decoded payload, its media type and how it was obtained."""

    data: bytes = attrs.field(repr=False)
    recipe: tuple[str, ...]
    media_type: str | None
    charset: str | None
    http: HttpHead | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


_HEAD_END = re.compile(rb"\r?\n\r?\n")


def parse_http_head(block: bytes) -> HttpHead:
    """Parse the head of an HTTP message (status line and headers)."""
    match = _HEAD_END.search(block)
    if match is None:
        raise RepresentationError("HTTP message has no end of head")
    head = block[: match.start()].decode("latin-1")
    lines = head.replace("\r\n", "\n").split("\n")
    start = lines[0].strip()
    status = None
    parts = start.split(" ", 2)
    if parts[0].upper().startswith("HTTP/") and len(parts) > 1 and parts[1].isdigit():
        status = int(parts[1])
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and headers:  # obsolete line folding
            key, value = headers[-1]
            headers[-1] = (key, value + " " + line.strip())
            continue
        key, sep, value = line.partition(":")
        if sep:
            headers.append((key.strip(), value.strip()))
    return HttpHead(start_line=start, status=status, headers=tuple(headers), length=match.end())


def dechunk(data: bytes) -> bytes:
    """Remove chunked transfer coding; raise on malformed chunks."""
    out: list[bytes] = []
    pos = 0
    while True:
        eol = data.find(b"\n", pos)
        if eol < 0:
            raise RepresentationError(f"chunk size line missing at byte {pos}")
        size_text = data[pos:eol].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError as exc:
            raise RepresentationError(f"bad chunk size {size_text[:20]!r} at byte {pos}") from exc
        pos = eol + 1
        if size == 0:
            return b"".join(out)
        if pos + size > len(data):
            raise RepresentationError(f"chunk at byte {pos} runs past the end of the body")
        out.append(data[pos : pos + size])
        pos += size
        if data[pos : pos + 2] == b"\r\n":
            pos += 2
        elif data[pos : pos + 1] == b"\n":
            pos += 1
        else:
            raise RepresentationError(f"chunk at byte {pos - size} is not followed by CRLF")


def _decode_zlib(data: bytes, wbits: int) -> bytes:
    dec = zlib.decompressobj(wbits)
    out = dec.decompress(data, MAX_DECODED)
    if dec.unconsumed_tail:
        raise RepresentationError(f"decoded payload exceeds {MAX_DECODED} bytes")
    return out + dec.flush()


def _content_decode(coding: str, data: bytes) -> bytes:
    try:
        if coding in ("gzip", "x-gzip"):
            return _decode_zlib(data, zlib.MAX_WBITS | 16)
        if coding == "deflate":
            try:
                return _decode_zlib(data, zlib.MAX_WBITS)
            except zlib.error:
                return _decode_zlib(data, -zlib.MAX_WBITS)
        if coding == "br":
            out = bytes(brotlicffi.decompress(data))
            if len(out) > MAX_DECODED:
                raise RepresentationError(f"decoded payload exceeds {MAX_DECODED} bytes")
            return out
    except (zlib.error, brotlicffi.error) as exc:
        raise RepresentationError(f"payload is not valid {coding}: {exc}") from exc
    raise RepresentationError(f"unsupported content coding {coding!r}")


def apply_recipe(block: bytes, recipe: Sequence[str]) -> bytes:
    """Repeat a recipe on a record block and return the representation."""
    data = block
    for step in recipe:
        if step == "block":
            continue
        if step == "http-entity":
            data = data[parse_http_head(data).length :]
        elif step == "dechunk":
            data = dechunk(data)
        elif step.startswith("content-decoding:"):
            data = _content_decode(step.split(":", 1)[1], data)
        else:
            raise RepresentationError(f"unknown recipe step {step!r}")
    return data


def _media_type(content_type: str | None) -> tuple[str | None, str | None]:
    if not content_type:
        return None, None
    parts = [p.strip() for p in content_type.split(";")]
    media = parts[0].lower() or None
    charset = None
    for param in parts[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media, charset


def representation_of(
    block: bytes, *, record_type: str, content_type: str | None = None
) -> Representation:
    """Decode a record block (``response``/``resource``/...) to its representation.

    ``content_type`` is the WARC ``Content-Type`` for non-HTTP records.
    """
    if record_type in ("response", "revisit"):
        head = parse_http_head(block)
        recipe = ["http-entity"]
        data = block[head.length :]
        if any("chunked" in v.lower() for v in head.get_all("Transfer-Encoding")):
            recipe.append("dechunk")
            data = dechunk(data)
        codings = [
            c.strip().lower()
            for v in head.get_all("Content-Encoding")
            for c in v.split(",")
            if c.strip() and c.strip().lower() != "identity"
        ]
        for coding in reversed(codings):
            recipe.append(f"content-decoding:{coding}")
            data = _content_decode(coding, data)
        media, charset = _media_type(head.get("Content-Type"))
        return Representation(
            data=data, recipe=tuple(recipe), media_type=media, charset=charset, http=head
        )
    media, charset = _media_type(content_type)
    return Representation(data=block, recipe=("block",), media_type=media, charset=charset)
