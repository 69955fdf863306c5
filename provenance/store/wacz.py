"""WACZ 1.1.1 packages: WARC files, a CDXJ index, pages and a signed-off datapackage.

Layout written::

    archive/*.warc.gz          the WARC files, stored (not recompressed) so a
                               record can be read by seeking inside the zip
    indexes/index.cdxj         CDXJ index of the records
    pages/pages.jsonl          one line per captured page
    datapackage.json           every file above with its sha256 and size
    datapackage-digest.json    the sha256 of datapackage.json (and, given a
                               ``digest_maker``, a signature: see export_wacz)

With no record ids, the archive's WARC files go in unchanged (offsets stay
valid). With record ids, their gzip members are copied, byte for byte, into
one new WARC file; citations still verify, since verification finds a
record through the index and checks the hash of its member.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import attrs

from .._version import __version__
from ..errors import ArchiveError
from .archive import Archive
from .catalog import CatalogEntry
from .cdxj import cdxj_line

__all__ = [
    "WaczReport",
    "export_wacz",
    "find_in_wacz",
    "find_member_by_sha256",
    "read_wacz_member",
]

WACZ_VERSION = "1.1.1"


@attrs.frozen
class WaczReport:
    path: str
    warc_files: tuple[str, ...]
    records: int
    pages: int


def _pages(archive: Archive, entries: list[CatalogEntry]) -> Iterator[dict[str, str]]:
    for e in entries:
        if (
            e.record_type in ("response", "resource")
            and e.target_uri
            and (e.http_status or 200) < 300
        ):
            if e.content_type and not e.content_type.lower().startswith(
                ("text/", "application/xhtml")
            ):
                continue
            yield {"id": e.record_id, "url": e.target_uri, "ts": e.warc_date}


DigestMaker = Callable[[bytes, str], Mapping[str, Any]]


def export_wacz(
    archive: Archive,
    out: str | Path,
    record_ids: Iterable[str] | None = None,
    *,
    digest_maker: DigestMaker | None = None,
) -> WaczReport:
    """Write ``archive`` (or just ``record_ids``) as a WACZ file at ``out``.

    ``digest_maker(datapackage_bytes, created)``, when given, makes the
    ``datapackage-digest.json`` object (a signed one, for instance:
    :func:`provenance.trust.package_digest`); by default it holds the path
    and the sha256 of ``datapackage.json``.
    """
    target = Path(out)
    all_entries = list(archive.entries())
    if record_ids is None:
        entries = all_entries
        files = sorted({e.file for e in entries})
    else:
        wanted = [archive.entry(rid) for rid in record_ids]
        if not wanted:
            raise ArchiveError("no records to export", path=str(archive.path))
        # Each record travels with the record that vouches for its capture (the
        # request of a response, the metadata record of a seed copy).
        chosen = {e.record_id for e in wanted}
        for e in list(wanted):
            companion = archive.companion(e)
            if companion is not None and companion.record_id not in chosen:
                chosen.add(companion.record_id)
                wanted.append(companion)
        name = f"provenance-export-{datetime.now(timezone.utc):%Y%m%d%H%M%S}.warc.gz"
        blob = io.BytesIO()
        entries = []
        for e in wanted:
            member = archive.read_bytes(e)
            entries.append(attrs.evolve(e, file=name, offset=blob.tell(), length=len(member)))
            blob.write(member)
        files = [name]
    originals = {e.record_id: e for e in all_entries}
    lines = []
    for e in entries:
        # Without a payload digest, the index line needs the record to compute one.
        record = archive.read(originals[e.record_id]) if e.payload_digest is None else None
        line = cdxj_line(e, record)
        if line:
            lines.append(line)
    cdxj = ("\n".join(sorted(lines)) + "\n").encode("utf-8")
    header = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
    page_rows = list(_pages(archive, entries))
    pages = "\n".join(json.dumps(r) for r in [header, *page_rows]) + "\n"
    resources: list[dict[str, object]] = []
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
            for fname in files:
                arcname = f"archive/{fname}"
                digest = hashlib.sha256()
                size = 0
                with zf.open(zipfile.ZipInfo(arcname, _now_tuple()), "w", force_zip64=True) as dst:
                    for chunk in _warc_chunks(
                        archive, fname, blob if record_ids is not None else None
                    ):
                        dst.write(chunk)
                        digest.update(chunk)
                        size += len(chunk)
                resources.append(_resource(fname, arcname, digest.hexdigest(), size))
            for arcname, data in (
                ("indexes/index.cdxj", cdxj),
                ("pages/pages.jsonl", pages.encode()),
            ):
                zf.writestr(zipfile.ZipInfo(arcname, _now_tuple()), data)
                resources.append(
                    _resource(
                        arcname.split("/")[-1], arcname, hashlib.sha256(data).hexdigest(), len(data)
                    )
                )
            package = {
                "profile": "data-package",
                "resources": resources,
                "wacz_version": WACZ_VERSION,
                "software": f"provenance {__version__}",
                "created": created,
                "title": "provenance archive export",
            }
            package_bytes = json.dumps(package, indent=2).encode()
            zf.writestr(zipfile.ZipInfo("datapackage.json", _now_tuple()), package_bytes)
            digest_doc: Mapping[str, Any] = {
                "path": "datapackage.json",
                "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest(),
            }
            if digest_maker is not None:
                digest_doc = digest_maker(package_bytes, created)
            zf.writestr(
                zipfile.ZipInfo("datapackage-digest.json", _now_tuple()),
                json.dumps(digest_doc, indent=2).encode(),
            )
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveError(f"cannot write {target}: {exc}", path=str(target)) from exc
    return WaczReport(str(target), tuple(files), len(lines), len(page_rows))


def _now_tuple() -> tuple[int, int, int, int, int, int]:
    now = datetime.now(timezone.utc)
    return (now.year, now.month, now.day, now.hour, now.minute, now.second)


def _resource(name: str, path: str, sha: str, size: int) -> dict[str, object]:
    return {"name": name, "path": path, "hash": f"sha256:{sha}", "bytes": size}


def _warc_chunks(archive: Archive, name: str, blob: io.BytesIO | None) -> Iterator[bytes]:
    if blob is not None:
        yield blob.getvalue()
        return
    with open(archive.warc_path(name), "rb") as fh:
        yield from iter(lambda: fh.read(1 << 20), b"")


# -- reading records back out of a WACZ --------------------------------------------


def find_in_wacz(path: Path, url: str, record_id: str) -> tuple[str, int, int] | None:
    """(WARC file, offset, length) of ``record_id`` through the WACZ's CDXJ index."""
    from .cdxj import surt

    key = surt(url)
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.startswith("indexes/") and n.endswith(".cdxj")]
        candidates = []
        for name in names:
            with zf.open(name) as fh:
                for raw in fh:
                    line = raw.decode("utf-8", errors="replace")
                    if not line.startswith(key + " "):
                        continue
                    fields = json.loads(line.split(" ", 2)[2])
                    candidates.append(
                        (str(fields["filename"]), int(fields["offset"]), int(fields["length"]))
                    )
        for fname, offset, length in candidates:
            member = read_wacz_member(zf, fname, offset, length)
            if member is not None and record_id.encode() in _head(member):
                return fname, offset, length
    return None


def _head(member: bytes) -> bytes:
    import zlib

    if member[:2] == b"\x1f\x8b":
        dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            return dec.decompress(member, 4096)
        except zlib.error:
            return b""
    return member[:4096]


def read_wacz_member(zf: zipfile.ZipFile, fname: str, offset: int, length: int) -> bytes | None:
    """The bytes of one record inside a WARC stored in the WACZ, or None."""
    if "/" in fname or "\\" in fname or fname in ("", ".", ".."):
        return None
    try:
        info = zf.getinfo(f"archive/{fname}")
    except KeyError:
        return None
    if offset < 0 or length <= 0 or offset + length > info.file_size:
        return None
    with zf.open(info) as fh:
        fh.seek(offset)
        return fh.read(length)


def find_member_by_sha256(
    zf: zipfile.ZipFile, fname: str, sha256: str, limit: int = 256 * 1024 * 1024
) -> bytes | None:
    """The gzip member of ``archive/fname`` whose bytes hash to ``sha256`` (a scan,
    for packages that repacked records at new offsets), or None."""
    import zlib

    try:
        info = zf.getinfo(f"archive/{fname}")
    except KeyError:
        return None
    if info.file_size > limit:
        return None
    data = zf.read(info)
    pos = 0
    while pos < len(data):
        if data[pos : pos + 2] != b"\x1f\x8b":
            return None
        dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            dec.decompress(data[pos:])
        except zlib.error:
            return None
        end = len(data) - len(dec.unused_data)
        member = data[pos:end]
        if hashlib.sha256(member).hexdigest() == sha256:
            return member
        pos = end
    return None
