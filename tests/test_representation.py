"""From record blocks to representations, and recipes that repeat exactly."""

from __future__ import annotations

import gzip
import zlib

import brotlicffi
import pytest

from provenance.store.representation import (
    RepresentationError,
    apply_recipe,
    dechunk,
    parse_http_head,
    representation_of,
)

BODY = "<p>\u201cCaf\u00e9,\u201d she said.</p>".encode()


def response(headers: str, body: bytes) -> bytes:
    return f"HTTP/1.1 200 OK\r\n{headers}\r\n\r\n".encode("latin-1") + body


def chunk(data: bytes, size: int = 7) -> bytes:
    parts = [f"{len(data[i:i + size]):x}\r\n".encode() + data[i : i + size] + b"\r\n"
             for i in range(0, len(data), size)]  # fmt: skip
    return b"".join(parts) + b"0\r\n\r\n"


@pytest.mark.parametrize(
    ("headers", "body", "recipe"),
    [
        ("Content-Type: text/html; charset=utf-8", BODY, ("http-entity",)),
        ("Content-Encoding: gzip", gzip.compress(BODY), ("http-entity", "content-decoding:gzip")),
        (
            "Content-Encoding: deflate",
            zlib.compress(BODY),
            ("http-entity", "content-decoding:deflate"),
        ),
        ("Content-Encoding: br", brotlicffi.compress(BODY), ("http-entity", "content-decoding:br")),
        ("Transfer-Encoding: chunked", chunk(BODY), ("http-entity", "dechunk")),
        (
            "Transfer-Encoding: chunked\r\nContent-Encoding: gzip",
            chunk(gzip.compress(BODY)),
            ("http-entity", "dechunk", "content-decoding:gzip"),
        ),
    ],
)
def test_recipes(headers: str, body: bytes, recipe: tuple[str, ...]) -> None:
    block = response(headers, body)
    rep = representation_of(block, record_type="response")
    assert rep.data == BODY
    assert rep.recipe == recipe
    assert apply_recipe(block, rep.recipe) == BODY


def test_media_type_and_charset() -> None:
    rep = representation_of(
        response('Content-Type: Text/HTML; Charset="windows-1251"', b"x"), record_type="response"
    )
    assert rep.media_type == "text/html" and rep.charset == "windows-1251"
    res = representation_of(b"# T", record_type="resource", content_type="text/markdown")
    assert res.recipe == ("block",) and res.media_type == "text/markdown"


@pytest.mark.parametrize(
    "bad", [b"zz\r\nabc\r\n0\r\n\r\n", b"5\r\nab", b"3\r\nabcX\r\n0\r\n\r\n", b"3\r\nabc\r\n"]
)
def test_bad_chunking(bad: bytes) -> None:
    with pytest.raises(RepresentationError):
        dechunk(bad)


def test_corrupt_coding_and_unknown_steps() -> None:
    with pytest.raises(RepresentationError, match="gzip"):
        representation_of(response("Content-Encoding: gzip", b"not gzip"), record_type="response")
    with pytest.raises(RepresentationError, match="unsupported"):
        representation_of(response("Content-Encoding: zstd-x", b"a"), record_type="response")
    with pytest.raises(RepresentationError, match="unknown recipe step"):
        apply_recipe(b"x", ("rot13",))


def test_decompression_bomb_is_refused() -> None:
    bomb = gzip.compress(b"\0" * (300 * 1024 * 1024))
    with pytest.raises(RepresentationError, match="exceeds"):
        representation_of(response("Content-Encoding: gzip", bomb), record_type="response")


def test_http_head_parsing() -> None:
    head = parse_http_head(b"HTTP/1.0 404 Not Found\nX-A: 1\n folded\nX-A: 2\n\nbody")
    assert head.status == 404 and head.get_all("x-a") == ("1 folded", "2")
    with pytest.raises(RepresentationError):
        parse_http_head(b"HTTP/1.1 200 OK\r\nno end")
