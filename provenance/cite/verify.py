"""Verifying a citation against an archive or a bare WARC file, offline.

Every check is named and reported; the verdict is "verified" only when no
check failed. The citation is untrusted input: its WARC file name must be a
plain name inside the given archive, reads are bounded by the file size and
a cap, and malformed data gives a failed check, never a crash.

Checks, in order:

``file name``          the citation names a plain file inside the archive
``record located``     the catalog (archive) or the offset (WARC file) finds the record
``record sha256``      the stored gzip member hashes to the cited sha256
``record identity``    WARC-Record-ID, WARC-Target-URI and WARC-Date are the cited ones
``warc digests``       the record's own block digest holds
``representation``     the cited recipe turns the record into bytes with the cited sha256
``byte span``          those bytes, in the cited span, hold the quote
``text selectors``     prefix and suffix are around the span (``deep``: a full re-parse
                       puts exact, prefix and suffix at the cited code points)
``quote hash``         the quote text hashes to the cited sha256
``speaker span``       the speaker mention is at its cited bytes
``citation id``        the id in the citation file matches its content
"""

from __future__ import annotations

import hashlib
import html
import re
import zipfile
import zlib
from pathlib import Path

import attrs

from ..errors import ProvenanceError
from ..store.archive import Archive
from ..store.catalog import CATALOG_NAME as _CATALOG
from ..store.digests import check_digest
from ..store.representation import apply_recipe
from ..store.wacz import find_in_wacz, read_wacz_member
from .citation import Citation

__all__ = ["Check", "VerificationReport", "verify"]

MAX_RECORD = 512 * 1024 * 1024
_WS = re.compile(r"[\s\xa0\u200b]+")
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_MD = re.compile(r"\*\*|__|\\(?=[\\`*_{}\[\]()#+\-.!])|!?\[|\]\([^)]*\)")


@attrs.frozen
class Check:
    name: str
    passed: bool | None  # None: not applicable or not run
    detail: str


@attrs.frozen
class VerificationReport:
    citation_id: str
    checks: tuple[Check, ...]

    @property
    def verified(self) -> bool:
        return all(c.passed is not False for c in self.checks) and any(
            c.passed for c in self.checks
        )

    @property
    def first_failure(self) -> Check | None:
        return next((c for c in self.checks if c.passed is False), None)

    def to_dict(self) -> dict[str, object]:
        return {
            "citation_id": self.citation_id,
            "verified": self.verified,
            "checks": [attrs.asdict(c) for c in self.checks],
        }


def _plain(text: str, source_format: str) -> str:
    """Text with markup and all white space removed, for markup-blind comparison."""
    if source_format == "html":
        text = html.unescape(_TAG.sub(" ", text))
    elif source_format == "markdown":
        text = _MD.sub("", text)
    return _WS.sub("", text)


def _split_warc(record: bytes) -> tuple[dict[str, str], bytes] | None:
    end = record.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = record[:end].decode("utf-8", errors="replace").split("\r\n")
    if not head or not head[0].startswith("WARC/"):
        return None
    headers: dict[str, str] = {}
    for line in head[1:]:
        key, sep, value = line.partition(":")
        if sep:
            headers.setdefault(key.strip().lower(), value.strip())
    try:
        length = int(headers.get("content-length", "-1"))
    except ValueError:
        return None
    block = record[end + 4 :]
    if length < 0 or len(block) < length:
        return None
    return headers, block[:length]


def _split_arc(record: bytes) -> tuple[str, bytes] | None:
    newline = record.find(b"\n")
    fields = record[:newline].decode("utf-8", errors="replace").split()
    if newline < 0 or len(fields) < 5 or not fields[-1].isdigit():
        return None
    length = int(fields[-1])
    block = record[newline + 1 : newline + 1 + length]
    if len(block) < length:
        return None
    return " ".join(fields[:-4]), block


def _gunzip(member: bytes) -> bytes | None:
    if member[:2] != b"\x1f\x8b":
        return member  # an uncompressed WARC
    try:
        dec = zlib.decompressobj(zlib.MAX_WBITS | 16)
        out = dec.decompress(member, MAX_RECORD)
        if dec.unconsumed_tail or not dec.eof:
            return None
        return out
    except zlib.error:
        return None


class _Run:
    def __init__(self, citation: Citation) -> None:
        self.c = citation
        self.checks: list[Check] = []

    def add(self, name: str, passed: bool | None, detail: str) -> bool:
        self.checks.append(Check(name, passed, detail))
        return passed is not False

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
                entry = Archive(location, create=False, readonly=True).entry(cap.record_id)
            except ProvenanceError as exc:
                self.add("record located", False, str(exc))
                return None
            same = (entry.file, entry.offset, entry.length) == (name, cap.offset, cap.length)
            where = f"{entry.file} offset {entry.offset} length {entry.length}"
            if not self.add("record located", same, f"catalog: {where}"):
                return None
            return location / "warcs" / entry.file, entry.offset, entry.length
        if location.is_file():
            same_name = location.name == name
            self.add(
                "file name",
                None if not same_name else True,
                f"given {location.name}" + ("" if same_name else f", cited {name}"),
            )
            return location, cap.offset, cap.length
        self.add("record located", False, f"{location} is neither an archive nor a WARC file")
        return None

    def from_wacz(self, path: Path) -> bytes | None:
        """Find the cited record through the WACZ's index and read it from the zip."""
        cap = self.c.capture
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
        self.add(
            "record located", True, f"{path.name}: archive/{fname} offset {offset} length {length}"
        )
        return member

    def read(self, path: Path, offset: int, length: int) -> bytes | None:
        try:
            size = path.stat().st_size
            if length <= 0 or length > MAX_RECORD or offset + length > size:
                self.add(
                    "record located",
                    False,
                    f"offset {offset} + length {length} is outside {path.name} ({size} bytes)",
                )
                return None
            with open(path, "rb") as fh:
                fh.seek(offset)
                member = fh.read(length)
        except OSError as exc:
            self.add("record located", False, f"cannot read {path.name}: {exc.strerror}")
            return None
        if not any(c.name == "record located" for c in self.checks):
            self.add("record located", True, f"{path.name} offset {offset} length {length}")
        return member


def verify(
    citation: Citation,
    location: str | Path,
    *,
    deep: bool = False,
    claimed_id: str | None = None,
) -> VerificationReport:
    """Check ``citation`` against an archive directory, a WARC file or a WACZ file."""
    run = _Run(citation)
    c = citation
    if claimed_id is not None:
        run.add(
            "citation id",
            claimed_id == c.citation_id,
            "matches its content" if claimed_id == c.citation_id else f"{claimed_id} differs",
        )
    where = Path(location)
    if where.is_file() and zipfile.is_zipfile(where):
        member = run.from_wacz(where)
    else:
        found = run.locate(where)
        member = run.read(*found) if found else None
    if member is not None:
        _check_record(run, member, deep)
    return VerificationReport(c.citation_id, tuple(run.checks))


def _check_record(run: _Run, member: bytes, deep: bool) -> None:
    c = run.c
    digest = hashlib.sha256(member).hexdigest()
    if not run.add("record sha256", digest == c.integrity.record_sha256, f"sha256 {digest}"):
        return
    record = _gunzip(member)
    if record is not None and not record.startswith(b"WARC/"):
        arc = _split_arc(record)
        if arc is None:
            run.add("record identity", False, "not a complete WARC or ARC record")
            return
        url, block = arc
        same = url == c.source.url
        if not run.add("record identity", same, "ARC record for " + url):
            return
        run.add("warc digests", None, "an ARC record carries no digest")
    else:
        parsed = _split_warc(record) if record is not None else None
        if parsed is None:
            run.add("record identity", False, "not a complete WARC record")
            return
        headers, block = parsed
        wanted = {
            "warc-record-id": c.capture.record_id,
            "warc-target-uri": c.source.url,
            "warc-date": c.capture.warc_date,
        }
        wrong = [k for k, v in wanted.items() if headers.get(k) != v]
        detail = "differs: " + ", ".join(wrong) if wrong else "ok"
        if not run.add("record identity", not wrong, detail):
            return
        label = headers.get("warc-block-digest")
        ok = check_digest(label, block) if label else None
        run.add("warc digests", ok, label or "no block digest")
    try:
        rep = apply_recipe(block, c.integrity.recipe)
    except ProvenanceError as exc:
        run.add("representation", False, str(exc))
        return
    rep_sha = hashlib.sha256(rep).hexdigest()
    good = (
        rep_sha == c.integrity.representation_sha256
        and len(rep) == c.integrity.representation_length
    )
    if not run.add("representation", good, f"{' -> '.join(c.integrity.recipe)}: sha256 {rep_sha}"):
        return
    _check_text(run, rep, deep)


def _decode(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _check_text(run: _Run, rep: bytes, deep: bool) -> None:
    c = run.c
    a = c.anchor
    fmt = c.integrity.source_format
    spans = [(a.byte_start, a.byte_end), *a.pieces]
    if a.speaker_bytes:
        spans.append(a.speaker_bytes)
    if not all(0 <= s <= e <= len(rep) for s, e in spans):
        run.add("byte span", False, f"{a.byte_start}-{a.byte_end} is outside the representation")
        return
    span_text = _plain(_decode(rep[a.byte_start : a.byte_end], c.integrity.codec), fmt)
    pieces = "".join(_plain(_decode(rep[s:e], c.integrity.codec), fmt) for s, e in a.pieces)
    ok = span_text == _plain(a.exact, "text") and pieces == _plain(c.quote.text, "text")
    run.add(
        "byte span",
        ok,
        f"bytes {a.byte_start}-{a.byte_end}" + ("" if ok else " do not hold the quote"),
    )
    # Within the quote's paragraph, prefix and suffix sit right next to the span;
    # across paragraphs, dropped boilerplate may lie between, so a re-parse decides.
    prefix = a.prefix.rsplit("\n", 1)[-1]
    suffix = a.suffix.split("\n", 1)[0]
    window = 4 * len(prefix) + 256
    before = _plain(
        _decode(rep[max(0, a.byte_start - window) : a.byte_start], c.integrity.codec), fmt
    )
    after = _plain(_decode(rep[a.byte_end : a.byte_end + window], c.integrity.codec), fmt)
    near = before.endswith(_plain(prefix, "text")) and after.startswith(_plain(suffix, "text"))
    detail = "prefix and suffix around the span"
    if deep or not near:
        near, detail = _deep_check(c, rep)
    run.add("text selectors", near, detail if near else f"not found: {detail}")
    qh = hashlib.sha256(c.quote.text.encode("utf-8")).hexdigest()
    run.add("quote hash", qh == a.quote_sha256, f"sha256 {qh}")
    if a.speaker_bytes and c.quote.speaker is not None:
        s, e = a.speaker_bytes
        said = _plain(_decode(rep[s:e], c.integrity.codec), fmt) == _plain(c.quote.speaker, "text")
        run.add("speaker span", said, f"bytes {s}-{e}")
    else:
        run.add("speaker span", None, "no speaker named")


def _deep_check(c: Citation, rep: bytes) -> tuple[bool, str]:
    """Re-parse the representation: exact text at the cited code points, mapping to the bytes."""
    from ..parse import parse_document

    a = c.anchor
    media = (
        "text/html"
        if c.integrity.source_format == "html"
        else ("text/markdown" if c.integrity.source_format == "markdown" else "text/plain")
    )
    try:
        article = parse_document(
            rep, media_type=media, charset=c.integrity.charset, url=c.source.url
        )
    except ProvenanceError as exc:
        return False, f"re-parse failed: {exc}"
    text = article.text
    if text[a.text_start : a.text_end] != a.exact:
        return False, "exact text is not at the cited code points after re-parsing"
    if text[max(0, a.text_start - len(a.prefix)) : a.text_start] != a.prefix:
        return False, "prefix differs after re-parsing"
    if text[a.text_end : a.text_end + len(a.suffix)] != a.suffix:
        return False, "suffix differs after re-parsing"
    if article.byte_span(a.text_start, a.text_end) != (a.byte_start, a.byte_end):
        return False, "code points map to other bytes after re-parsing"
    src = c.source
    found = (article.title, article.outlet, article.authors, article.published)
    if (src.title, src.outlet, src.authors, src.published) != found:
        return False, "the cited title, outlet, authors or date differ from the page's"
    return True, "re-parsed: exact, prefix, suffix and source metadata hold"
