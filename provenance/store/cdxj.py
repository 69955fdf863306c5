"""CDXJ index lines, as web archive replay tools (pywb, cdxj-indexer) write them.

A line is ``urlkey timestamp {json}`` with the fields url, mime, status,
digest, length, offset and filename; lines are sorted. The urlkey is the
SURT form of the URL: host labels reversed, ``www`` dropped, lowercase,
query arguments sorted, default port and fragment removed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from .archive import Archive
from .catalog import CatalogEntry
from .records import StoredRecord

__all__ = ["cdxj_index", "cdxj_line", "surt"]

_WWW = re.compile(r"^www\d*\.")
_UNRESERVED = re.compile(r"%([0-9A-Fa-f]{2})")
_INDEXED = frozenset({"response", "revisit", "resource"})


def _unescape_unreserved(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch.isalnum() or ch in "-._~" else m.group(0).lower()

    return _UNRESERVED.sub(fix, text)


def surt(url: str) -> str:
    """The SURT urlkey of ``url``.

    >>> surt("http://www.Example.com:80/A/b/?z=1&a=2#frag")
    'com,example)/a/b?a=2&z=1'
    >>> surt("http://127.0.0.1:8080/utf8")
    '1,0,0,127:8080)/utf8'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = _WWW.sub("", (parts.hostname or "").lower().strip("."))
    try:
        port = parts.port
    except ValueError:
        port = None
    key = ",".join(reversed(host.split("."))) if host else ""
    if port is not None and port != {"http": 80, "https": 443}.get(scheme):
        key += f":{port}"
    path = _unescape_unreserved(parts.path or "/").lower()
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    key += ")" + path
    if parts.query:
        args = sorted(a for a in parts.query.lower().split("&") if a)
        if args:
            key += "?" + "&".join(args)
    return key


def _timestamp(warc_date: str) -> str:
    return re.sub(r"\D", "", warc_date)[:14].ljust(14, "0")


def _sha1_base32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def cdxj_line(entry: CatalogEntry, record: StoredRecord | None = None) -> str | None:
    """The CDXJ line of a record (None for records replay does not index).

    ``record`` is needed only when the catalog has no payload digest for
    it: the digest is then the sha1 of the payload, as cdxj-indexer does.
    """
    if entry.record_type not in _INDEXED or not entry.target_uri:
        return None
    fields: dict[str, str] = {"url": entry.target_uri}
    if entry.record_type == "revisit":
        fields["mime"] = "warc/revisit"
    elif entry.content_type:
        fields["mime"] = entry.content_type.split(";")[0].strip().lower()
    if entry.http_status is not None:
        fields["status"] = str(entry.http_status)
    digest = entry.payload_digest
    if digest is None and record is not None:
        payload = record.block
        if entry.record_type == "response":
            end = payload.find(b"\r\n\r\n")
            payload = payload[end + 4 :] if end >= 0 else payload
        digest = _sha1_base32(payload)
    if digest is not None:
        fields["digest"] = digest
    fields["length"] = str(entry.length)
    fields["offset"] = str(entry.offset)
    fields["filename"] = entry.file
    return f"{surt(entry.target_uri)} {_timestamp(entry.warc_date)} {json.dumps(fields)}"


def cdxj_index(archive: Archive, record_ids: Sequence[str] | None = None) -> list[str]:
    """The sorted CDXJ lines of the given records (default: every record)."""
    entries = [archive.entry(r) for r in record_ids] if record_ids else list(archive.entries())
    lines = []
    for entry in entries:
        record = archive.read(entry) if entry.payload_digest is None else None
        line = cdxj_line(entry, record)
        if line:
            lines.append(line)
    return sorted(lines)
