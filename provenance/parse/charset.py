"""Choosing the character encoding of a document, and saying how it was chosen.

Order (as browsers do): a byte order mark; the HTTP ``charset`` parameter;
``<meta charset>`` / ``http-equiv`` (found with beautifulsoup4's detector);
then, with nothing declared, UTF-8 if the bytes are valid UTF-8, else
detection with charset-normalizer. Labels map to Python codecs the way the
WHATWG Encoding standard maps them (``iso-8859-1`` means windows-1252,
``shift_jis`` means windows-31j, ``gb2312`` means GB18030).
"""

from __future__ import annotations

import codecs

import attrs
from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

__all__ = ["CharsetChoice", "choose_charset", "codec_for_label"]

_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "cp819": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "csshiftjis": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-user-defined": "cp1252",
}
_UTF16 = {"utf-16", "utf-16le", "utf-16be", "utf16"}


@attrs.frozen
class CharsetChoice:
    """The codec used to decode a document and where the choice came from."""

    codec: str
    label: str
    source: str  # "bom", "header" (HTTP or WARC Content-Type), "meta", "detected", "default"


def codec_for_label(label: str | None) -> str | None:
    """The Python codec for an encoding label, or None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    name = _ALIASES.get(key, key)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if info.name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return info.name


def choose_charset(data: bytes, http_charset: str | None = None) -> CharsetChoice:
    """Pick the codec for ``data``; ``http_charset`` is the HTTP header's parameter."""
    if data.startswith(codecs.BOM_UTF8):
        return CharsetChoice("utf-8-sig", "utf-8", "bom")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return CharsetChoice("utf-16", "utf-16", "bom")
    codec = codec_for_label(http_charset)
    if codec is not None:
        return CharsetChoice(codec, http_charset or codec, "header")
    declared = EncodingDetector.find_declared_encoding(
        data[:16384], is_html=True, search_entire_document=True
    )
    if declared:
        if declared.lower() in _UTF16:  # a meta tag cannot really declare UTF-16
            return CharsetChoice("utf-8", declared, "meta")
        codec = codec_for_label(declared)
        if codec is not None:
            return CharsetChoice(codec, declared, "meta")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return CharsetChoice("utf-8", "utf-8", "default")
    best = from_bytes(data[:200_000]).best()
    if best is not None:
        codec = codec_for_label(best.encoding)
        if codec is not None:
            return CharsetChoice(codec, best.encoding, "detected")
    return CharsetChoice("cp1252", "windows-1252", "default")
