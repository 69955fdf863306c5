"""Finding the cited record (and the records that vouch for it) in an archive, a WARC
file or a WACZ, with every read bounded and every miss reported as a check."""

from __future__ import annotations

import hashlib
import threading
import zipfile
from pathlib import Path

from ..errors import ArchiveError, ProvenanceError
from ..store.archive import Archive
from ..store.catalog import CATALOG_NAME as _CATALOG
from ..store.catalog import Catalog, CatalogEntry
from ..store.wacz import find_in_wacz, find_member_by_sha256, read_wacz_member
from ..trust import TrustPolicy
from .citation import Citation, Companion
from .claims import FAILED, NOT_APPLICABLE, NOT_CHECKED, PASSED, Check
from .members import MAX_RECORD, gunzip, split_warc

__all__ = ["Run", "open_catalog"]


class Run:
    """One verification: the checks so far, and how to read more records."""

    def __init__(self, citation: Citation) -> None:
        self.c = citation
        self.checks: list[Check] = []
        self.archive: Archive | None = None
        self.entry: CatalogEntry | None = None  # the cited record's catalog row
        self.catalog: Catalog | None = None  # one connection for the whole run
        self.warc: Path | None = None
        self.wacz: tuple[Path, str] | None = None  # (WACZ, WARC name inside it)
        self.policy = TrustPolicy()

    def add(self, name: str, status: str | bool, detail: str) -> bool:
        if isinstance(status, bool):
            status = PASSED if status else FAILED
        self.checks.append(Check(name, status, detail))
        return status != FAILED

    def locate(self, location: Path) -> tuple[Path, int, int] | None:
        cap = self.c.capture
        name = cap.warc_file
        if (location / _CATALOG).is_file():
            plain = bool(name) and "/" not in name and "\\" not in name and name not in (".", "..")
            plain = plain and "\x00" not in name
            if not self.add(
                "file name", plain, f"{name!r}" + ("" if plain else " leaves the archive")
            ):
                return None
            try:
                archive, self.catalog = open_catalog(location)
                # by place: records of other tools' files may share an id
                entry = archive.entry(f"{name}:{cap.offset}", self.catalog)
            except ProvenanceError as exc:
                self.add("record located", False, str(exc))
                return None
            self.archive, self.entry = archive, entry
            same = (entry.record_id, entry.length) == (cap.record_id, cap.length)
            where = f"{entry.record_id} at {entry.file} offset {entry.offset} length {entry.length}"
            if not self.add("record located", same, f"catalog: {where}"):
                return None
            self.warc = location / "warcs" / entry.file
            return self.warc, entry.offset, entry.length
        if location.is_file():
            same_name = location.name == name
            self.add(
                "file name",
                PASSED if same_name else NOT_CHECKED,
                f"given {location.name}" + ("" if same_name else f", cited {name}"),
            )
            self.warc = location
            return location, cap.offset, cap.length
        self.add("record located", False, f"{location} is neither an archive nor a WARC file")
        return None

    def from_wacz(self, path: Path) -> bytes | None:
        """Find the cited record through the WACZ's index and read it from the zip."""
        cap = self.c.capture
        self.add("file name", NOT_APPLICABLE, f"{path.name} is a WACZ; its index names the file")
        try:
            found = find_in_wacz(path, self.c.source.url, cap.record_id)
            if found is None:
                self.add("record located", False, f"{cap.record_id} is not indexed in {path.name}")
                return None
            fname, offset, length = found
            if length > MAX_RECORD:
                self.add("record located", False, f"record length {length} is over the cap")
                return None
            with zipfile.ZipFile(path) as zf:
                member = read_wacz_member(zf, fname, offset, length)
        except (OSError, zipfile.BadZipFile, ValueError, KeyError) as exc:
            self.add("record located", False, f"cannot read {path.name}: {exc}")
            return None
        if member is None:
            self.add(
                "record located", False, f"archive/{fname} offset {offset} is not in {path.name}"
            )
            return None
        self.wacz = (path, fname)
        self.add(
            "record located", True, f"{path.name}: archive/{fname} offset {offset} length {length}"
        )
        return member

    def read(self, path: Path, offset: int, length: int) -> bytes | None:
        member = self._read_at(path, offset, length)
        if isinstance(member, str):
            self.add("record located", False, member)
            return None
        if not any(c.name == "record located" for c in self.checks):
            self.add("record located", True, f"{path.name} offset {offset} length {length}")
        return member

    @staticmethod
    def _read_at(path: Path, offset: int, length: int) -> bytes | str:
        try:
            size = path.stat().st_size
            if length <= 0 or length > MAX_RECORD or offset + length > size:
                return f"offset {offset} + length {length} is outside {path.name} ({size} bytes)"
            with open(path, "rb") as fh:
                fh.seek(offset)
                return fh.read(length)
        except OSError as exc:
            return f"cannot read {path.name}: {exc.strerror}"

    def companion(self, comp: Companion) -> tuple[dict[str, str], bytes] | str:
        """The companion record's headers and block, or why it cannot be read."""
        member: bytes | str | None
        if self.wacz is not None:
            wacz, fname = self.wacz
            try:
                with zipfile.ZipFile(wacz) as zf:
                    member = read_wacz_member(zf, fname, comp.offset, comp.length)
                    if member is None or hashlib.sha256(member).hexdigest() != comp.record_sha256:
                        member = find_member_by_sha256(zf, fname, comp.record_sha256)
            except (OSError, zipfile.BadZipFile) as exc:
                return f"cannot read {wacz.name}: {exc}"
            if member is None:
                return "the companion record is not in this file"
        elif self.warc is not None:
            member = self._read_at(self.warc, comp.offset, comp.length)
            if isinstance(member, str):
                return member
        else:
            return "nothing to read it from"
        if hashlib.sha256(member).hexdigest() != comp.record_sha256:
            return "the bytes at the companion's offset are not the cited companion record"
        parsed = split_warc(gunzip(member) or b"")
        return parsed if parsed is not None else "the companion is not a complete WARC record"


#: Read-only catalog connections kept open between verifications (render, serve and
#: batches verify many citations of one archive): a few per thread, by catalog file.
_OPEN = threading.local()
_KEPT = 4


def open_catalog(location: Path) -> tuple[Archive, Catalog]:
    """The archive at ``location`` and a read-only connection to its catalog."""
    try:
        st = (location / _CATALOG).stat()
    except OSError as exc:
        raise ArchiveError(f"cannot read {location / _CATALOG}: {exc}", path=str(location)) from exc
    kept: dict[tuple[str, int, int], tuple[Archive, Catalog]] = getattr(_OPEN, "kept", {})
    _OPEN.kept = kept
    key = (str(location.resolve()), st.st_ino, st.st_dev)
    found = kept.get(key)
    if found is None:
        archive = Archive(location, create=False, readonly=True)
        found = (archive, archive.catalog())
        while len(kept) >= _KEPT:
            kept.pop(next(iter(kept)))[1].close()  # this thread's: not in use
        kept[key] = found
    return found
