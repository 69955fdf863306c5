"""Verifying a citation against an archive, a bare WARC file or a WACZ, offline.

Every claim a citation makes is a named check that passes, fails, is not
checked (and says why) or does not apply. The verdict is *verified* only
when every claim is proven; *quote verified, claims not checked* when
nothing is refuted but some claims were not checked (``--fast`` checks no
re-derivation); *NOT verified* when any claim is false. The citation is
untrusted input: its WARC file name must be a plain name inside the
archive, reads are bounded, and malformed data gives a failed check.

Claims, in order (facts first, then interpretations):

``citation id``        the id the citation file carries is that of its content
``file name``          the cited WARC file is a plain file inside the archive
``record located``     the catalog (archive), the offset (WARC) or the index (WACZ)
                       finds the record
``record sha256``      the stored gzip member hashes to the cited sha256
``record identity``    WARC-Record-ID, WARC-Type, WARC-Target-URI and WARC-Date are the
                       cited ones
``warc digests``       the record's own block digest holds
``signature``          (a signed capture) the proof's digests list this record with its
                       sha256, the ECDSA P-384 signature over them holds for the public key
                       carried, whose fingerprint is the one demanded (``signer``); an
                       unsigned citation makes no such claim unless a signer is demanded
``timestamp``          (a stamped capture) the RFC 3161 token covers those digests, chains
                       to the trusted roots given, and its time is within the tolerance of
                       ``WARC-Date``; not checked without roots; an unstamped citation makes
                       no such claim unless a timestamp is demanded
``origin``             live: an HTTP response with the request record sent for it;
                       seed: a resource with the metadata record naming the seed copy
                       and its sha256; imported: the archive's catalog says so
``representation``     the record calls for the cited decoding recipe, which gives bytes
                       with the cited sha256 and length
``reading``            the parser's rules read those bytes with the cited charset, codec
                       and format
``quote text``         the bytes of every piece hold the quote's words, exactly (after
                       the documented folding of :mod:`provenance.parse.fold`); the
                       exact text and the quote's sha256 agree
``quote id``           the quote id is derived from the cited bytes
``text selectors``     the prefix and suffix are the words around those bytes
``quotation marks``    the quoted stretches and their marks are at their bytes
``kind``               the marks agree with the kind
``cue``, ``speaker mention``, ``antecedents``  the words at their bytes
``speaker chain``      the resolution chain is consistent
``title``, ``outlet``, ``authors``, ``published``  stated by the page's bytes (or URL)
``text position``      (deep) a re-parse puts exact, prefix and suffix at the cited code
                       points, which map to the cited bytes
``speaker re-derived`` (deep) the same extractor version finds the same quote with the
                       same kind, mention, cue, name, chain, confidence and resolution
"""

from __future__ import annotations

import hashlib
import threading
import zipfile
import zlib
from pathlib import Path

import attrs

from ..errors import ArchiveError, ProvenanceError
from ..parse import PARSER_VERSION, Article, choose_reading, parse_representation
from ..parse.fold import fold_text
from ..parse.statements import find_statement
from ..quotes import EXTRACTOR_VERSION, Quote, TextSpan, extract_quotes
from ..store.archive import Archive
from ..store.catalog import CATALOG_NAME as _CATALOG
from ..store.catalog import Catalog, CatalogEntry
from ..store.digests import check_digest
from ..store.representation import Representation, representation_of
from ..store.wacz import find_in_wacz, find_member_by_sha256, read_wacz_member
from ..trust import Proof, TrustPolicy, check_signature, check_timestamp, find_proofs
from ..trust.proofs import PROOF_MEDIA_TYPE, proof_from_block
from .citation import Citation, Companion, Span, load_citation
from .claims import (
    FAILED,
    NOT_APPLICABLE,
    NOT_CHECKED,
    PASSED,
    Check,
    Words,
    kind_checks,
    mention_checks,
    metadata_checks,
    quote_checks,
    selector_check,
)
from .trusted import CitedProof

__all__ = ["VERDICTS", "Check", "VerificationReport", "verify", "verify_json"]

MAX_RECORD = 512 * 1024 * 1024
VERIFIED = "verified"
PARTIAL = "quote verified, claims not checked"
UNCHECKED = "quote not checked"
REFUTED = "NOT verified"
VERDICTS = (VERIFIED, PARTIAL, UNCHECKED, REFUTED)
#: Claims that must hold for the quote itself to count as verified.
QUOTE_FACTS = ("record sha256", "record identity", "representation", "quote text")


@attrs.frozen
class VerificationReport:
    citation: Citation = attrs.field(repr=False)
    checks: tuple[Check, ...]
    deep: bool = True

    @property
    def citation_id(self) -> str:
        """The id of the citation verified (derived from its content when asked)."""
        return self.citation.citation_id

    @property
    def first_failure(self) -> Check | None:
        return next((c for c in self.checks if c.status == FAILED), None)

    @property
    def not_checked(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == NOT_CHECKED)

    @property
    def verdict(self) -> str:
        """``verified``; ``quote verified, claims not checked``; ``quote not checked``
        (nothing refuted, but the quoted words themselves could not be checked here:
        markup inside their bytes needs a re-parse); or ``NOT verified``."""
        if self.first_failure is not None:
            return REFUTED
        status = {c.name: c.status for c in self.checks}
        if all(status.get(name) == PASSED for name in QUOTE_FACTS):
            return PARTIAL if self.not_checked else VERIFIED
        if all(status.get(name) in (PASSED, NOT_CHECKED) for name in QUOTE_FACTS):
            return UNCHECKED
        return REFUTED

    @property
    def verified(self) -> bool:
        """True only when every claim the citation makes is proven."""
        return self.verdict == VERIFIED

    @property
    def quote_verified(self) -> bool:
        """True when the quoted words are proven at the cited bytes, nothing refuted."""
        return self.verdict in (VERIFIED, PARTIAL)

    def status_of(self, name: str) -> str:
        found = next((c for c in self.checks if c.name == name), None)
        return found.status if found else NOT_CHECKED

    def summary(self) -> str:
        """One line: the verdict and what it rests on."""
        if self.verdict == REFUTED:
            failed = self.first_failure
            if failed is not None:
                return f"NOT verified: {failed.name}: {failed.detail}"
            missing = [n for n in QUOTE_FACTS if self.status_of(n) != PASSED]
            return "NOT verified: not proven: " + ", ".join(missing)
        names = ", ".join(c.name for c in self.not_checked)
        if self.verdict == PARTIAL:
            return f"quote verified, claims not checked: {names}"
        if self.verdict == UNCHECKED:
            return f"quote not checked (verify without --fast): claims not checked: {names}"
        proven = len([c for c in self.checks if c.status == PASSED])
        return f"verified: all {proven} claims proven"

    def to_dict(self) -> dict[str, object]:
        return {
            "citation_id": self.citation_id,
            "verdict": self.verdict,
            "verified": self.verified,
            "quote_verified": self.quote_verified,
            "mode": "deep" if self.deep else "fast",
            "not_checked": [c.name for c in self.not_checked],
            "checks": [
                {"name": c.name, "status": c.status, "passed": c.passed, "detail": c.detail}
                for c in self.checks
            ],
        }


def _is_zip(path: Path) -> bool:
    """A WACZ (a zip file) rather than a WARC file, by its first bytes."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04" and zipfile.is_zipfile(path)
    except OSError:
        return False


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


def _split_arc(record: bytes) -> tuple[str, str, bytes] | None:
    newline = record.find(b"\n")
    fields = record[:newline].decode("utf-8", errors="replace").split()
    if newline < 0 or len(fields) < 5 or not fields[-1].isdigit():
        return None
    length = int(fields[-1])
    block = record[newline + 1 : newline + 1 + length]
    if len(block) < length:
        return None
    return " ".join(fields[:-4]), fields[-2], block


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
                archive, self.catalog = _open_catalog(location)
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
        parsed = _split_warc(_gunzip(member) or b"")
        return parsed if parsed is not None else "the companion is not a complete WARC record"


def verify(
    citation: Citation,
    location: str | Path,
    *,
    deep: bool = True,
    claimed_id: str | None = None,
    require_id: bool = False,
    policy: TrustPolicy | None = None,
) -> VerificationReport:
    """Check every claim of ``citation`` against an archive directory, a WARC file or a
    WACZ file. ``deep`` (the default) re-parses the page and re-derives the quote;
    ``claimed_id`` is the id a citation file carries (``require_id``: it must carry one);
    ``policy`` says which signer, authority roots and timestamp tolerance to hold the
    ``signature`` and ``timestamp`` claims to."""
    run = _Run(citation)
    run.policy = policy or TrustPolicy()
    c = citation
    if claimed_id is not None:
        same = claimed_id == c.citation_id
        run.add("citation id", same, "matches its content" if same else f"{claimed_id} differs")
    elif require_id:
        run.add("citation id", False, "the citation carries no citation_id")
    where = Path(location)
    if where.is_file() and _is_zip(where):
        member = run.from_wacz(where)
    else:
        found = run.locate(where)
        member = run.read(*found) if found else None
    if member is not None:
        _check_record(run, member, deep)
    return VerificationReport(c, tuple(run.checks), deep)


#: Read-only catalog connections kept open between verifications (render, serve and
#: batches verify many citations of one archive): a few per thread, by catalog file.
_OPEN = threading.local()
_KEPT = 4


def _open_catalog(location: Path) -> tuple[Archive, Catalog]:
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


def verify_json(
    text: str | bytes,
    location: str | Path,
    *,
    deep: bool = True,
    policy: TrustPolicy | None = None,
) -> VerificationReport:
    """Verify a citation file's JSON: its content, and the citation id it carries."""
    citation, claimed = load_citation(text)
    return verify(citation, location, deep=deep, claimed_id=claimed, require_id=True, policy=policy)


def _check_record(run: _Run, member: bytes, deep: bool) -> None:
    c = run.c
    digest = hashlib.sha256(member).hexdigest()
    if not run.add("record sha256", digest == c.integrity.record_sha256, f"sha256 {digest}"):
        return
    record = _gunzip(member)
    headers: dict[str, str] = {}
    if record is not None and not record.startswith(b"WARC/"):
        arc = _split_arc(record)
        if arc is None:
            run.add("record identity", False, "not a complete WARC or ARC record")
            return
        url, _content_type, block = arc
        same = url == c.source.url and c.capture.record_type in ("", "response")
        if not run.add("record identity", same, "ARC record for " + url):
            return
        run.add("warc digests", NOT_APPLICABLE, "an ARC record carries no digest")
        record_type = "response"
        headers = {"content-type": "application/http; msgtype=response"}
    else:
        parsed = _split_warc(record) if record is not None else None
        if parsed is None:
            run.add("record identity", False, "not a complete WARC record")
            return
        headers, block = parsed
        record_type = headers.get("warc-type", "")
        wanted = {
            "warc-record-id": c.capture.record_id,
            "warc-target-uri": c.source.url,
            "warc-date": c.capture.warc_date,
        }
        if not c.legacy:
            wanted["warc-type"] = c.capture.record_type
        wrong = [k for k, v in wanted.items() if headers.get(k) != v]
        detail = "differs: " + ", ".join(wrong) if wrong else ", ".join(sorted(wanted))
        if not run.add("record identity", not wrong, detail):
            return
        label = headers.get("warc-block-digest")
        ok = check_digest(label, block) if label else None
        status = PASSED if ok else (FAILED if ok is False else NOT_CHECKED)
        run.add("warc digests", status, label or "the record carries no block digest")
    _check_trust(run)
    if c.corroboration is not None:
        n = len(c.corroboration.archives)
        run.add(
            "corroboration",
            NOT_CHECKED,
            f"what {n} other archive(s) answered on {c.corroboration.checked}; verification "
            "is offline: `provenance corroborate` asks them again",
        )
    _check_origin(run, record_type, block)
    try:
        # The record's own headers say how to decode it; the cited recipe must be that.
        derived = representation_of(
            block, record_type=record_type, content_type=headers.get("content-type")
        )
        rep = derived.data
    except ProvenanceError as exc:
        run.add("representation", False, str(exc))
        return
    rep_sha = hashlib.sha256(rep).hexdigest()
    good = (
        rep_sha == c.integrity.representation_sha256
        and len(rep) == c.integrity.representation_length
        and derived.recipe == c.integrity.recipe
    )
    recipe = " -> ".join(c.integrity.recipe)
    detail = f"{recipe}: sha256 {rep_sha}"
    if derived.recipe != c.integrity.recipe:
        detail = f"the record calls for {' -> '.join(derived.recipe)}, not {recipe}"
    if not run.add("representation", good, detail):
        return
    _check_text(run, derived, deep)


def _check_origin(run: _Run, record_type: str, block: bytes) -> None:
    c = run.c
    origin, comp = c.capture.origin, c.capture.companion
    if origin == "imported":
        if run.archive is None:
            run.add("origin", NOT_CHECKED, "only an archive's catalog says a record was imported")
            return
        entry = run.entry
        assert entry is not None
        ok = entry.origin == "imported"
        run.add("origin", ok, f"the catalog says {entry.origin}")
        return
    if origin not in ("live", "seed"):
        run.add("origin", False, f"unknown origin {origin!r}")
        return
    want_type, comp_type = ("response", "request") if origin == "live" else ("resource", "metadata")
    if record_type != want_type:
        run.add("origin", False, f"a {origin} capture is a {want_type} record, not {record_type}")
        return
    if origin == "live" and not block.startswith(b"HTTP/"):
        run.add("origin", False, "the response record holds no HTTP response")
        return
    if comp is None and c.legacy and run.archive is not None:
        # A first-schema citation names no companion: the archive's catalog does.
        entry = run.entry
        assert entry is not None
        found_entry = run.archive.companion(entry, run.catalog)
        if found_entry is not None and found_entry.file == entry.file:
            comp = Companion(
                found_entry.record_id,
                found_entry.record_type,
                found_entry.offset,
                found_entry.length,
                found_entry.record_sha256,
            )
    if comp is None:
        if c.legacy:
            run.add("origin", NOT_CHECKED, "a first-schema citation names no companion record")
        else:
            run.add("origin", False, f"a {origin} capture with no {comp_type} record named")
        return
    found = run.companion(comp)
    if isinstance(found, str):
        run.add("origin", NOT_CHECKED, f"the {comp_type} record: {found}")
        return
    headers, comp_block = found
    link = "warc-concurrent-to" if origin == "live" else "warc-refers-to"
    problems = []
    if headers.get("warc-type") != comp_type or comp.record_type != comp_type:
        problems.append(f"the companion is not a {comp_type} record")
    if headers.get("warc-record-id") != comp.record_id:
        problems.append("the companion's id differs")
    if headers.get(link) != c.capture.record_id:
        problems.append(f"the {comp_type} record does not point to the cited record")
    if headers.get("warc-target-uri") != c.source.url:
        problems.append(f"the {comp_type} record is for another URL")
    if origin == "seed":
        fields = dict(
            line.split(": ", 1)
            for line in comp_block.decode("utf-8", "replace").split("\r\n")
            if ": " in line
        )
        if "seed copy" not in fields.get("origin", ""):
            problems.append("the metadata record does not name a seed copy")
        if fields.get("seed-sha256") != hashlib.sha256(block).hexdigest():
            problems.append("the seed copy's sha256 in the metadata record differs")
    if problems:
        run.add("origin", False, "; ".join(problems))
        return
    if run.archive is not None:
        entry_origin = run.entry.origin if run.entry is not None else None
        if (entry_origin == "seed") != (origin == "seed"):
            run.add("origin", False, f"the catalog says {entry_origin}")
            return
    how = (
        "the request record sent for it" if origin == "live" else "the seed copy's metadata record"
    )
    run.add("origin", True, f"{want_type} record with {how} ({comp.record_id})")


def _check_trust(run: _Run) -> None:
    """The ``signature`` and ``timestamp`` claims (see :mod:`provenance.trust.claims`).

    The cited proof must be the one its proof record holds, at the place the citation
    names; a citation that carries no proof of a record the archive holds a proof of
    says so.
    """
    c, policy = run.c, run.policy
    rid, sha, date = c.capture.record_id, c.integrity.record_sha256, c.capture.warc_date
    cited = c.proof
    proof = None
    mislabelled = False
    if cited is None:
        held = _held_proof(run)
        if held is not None:
            for name in ("signature", "timestamp"):
                run.add(name, NOT_CHECKED, held)
            return
    else:
        stored = _proof_record(run, cited)
        if isinstance(stored, str):
            for name in ("signature", "timestamp"):
                run.add(name, NOT_CHECKED, f"the proof record: {stored}")
            return
        try:
            proof = cited.to_proof(stored.manifest if cited.records is None else None)
        except ProvenanceError as exc:
            for name in ("signature", "timestamp"):
                run.add(name, FAILED, f"malformed proof: {exc}")
            return
        differs = _differs(proof, stored)
        if differs == "record digests":
            for name in ("signature", "timestamp"):
                run.add(name, FAILED, "the proof record holds another proof (record digests)")
            return
        if differs:
            # Only that part is refused; the other is checked as usual.
            run.add(differs, FAILED, f"the proof record holds another {differs}")
            if differs == "signature":
                mislabelled = True
        elif (
            cited.signature is not None
            and proof.signature is not None
            and cited.signature.fingerprint != proof.signature.fingerprint
        ):
            run.add("signature", FAILED, "the cited fingerprint is not the public key's")
            mislabelled = True
    if not mislabelled:
        result = check_signature(proof, rid, sha, signer=policy.signer)
        run.add(result.name, result.status, result.detail)
    if any(ch.name == "timestamp" for ch in run.checks):
        return
    result = check_timestamp(
        proof,
        rid,
        sha,
        date,
        roots=policy.roots,
        tolerance=policy.tolerance,
        require=policy.require_timestamp,
    )
    run.add(result.name, result.status, result.detail)


def _differs(cited: Proof, stored: Proof) -> str:
    """What differs between the proof a citation carries and its proof record's."""
    if cited.manifest.to_json() != stored.manifest.to_json():
        return "record digests"
    mine = cited.signature.to_json() if cited.signature else None
    theirs = stored.signature.to_json() if stored.signature else None
    if mine != theirs:
        return "signature"
    mine_token = cited.timestamp.reply_der if cited.timestamp else None
    their_token = stored.timestamp.reply_der if stored.timestamp else None
    if mine_token != their_token:
        return "timestamp"
    return ""


def _held_proof(run: _Run) -> str | None:
    """Why an unsigned citation is incomplete, when the archive holds a proof of its record."""
    if run.archive is None or run.entry is None:
        return None
    found = find_proofs(run.archive, run.entry, run.catalog)
    if not found:
        return None
    row, proof = found[0]
    what = "signature" if proof.signature is not None else "timestamp"
    return (
        f"the archive holds a {what} of this record (proof record {row.record_id}) that the "
        "citation does not carry; cite the quote again to carry it"
    )


def _proof_record(run: _Run, cited: CitedProof) -> Proof | str:
    """The proof held by the proof record a citation points to, or why it cannot be read."""
    member: bytes | str | None
    if run.wacz is not None:
        wacz, _ = run.wacz
        try:
            with zipfile.ZipFile(wacz) as zf:
                member = read_wacz_member(zf, cited.warc_file, cited.offset, cited.length)
                if member is None or hashlib.sha256(member).hexdigest() != cited.record_sha256:
                    member = find_member_by_sha256(zf, cited.warc_file, cited.record_sha256)
        except (OSError, zipfile.BadZipFile) as exc:
            return f"cannot read {wacz.name}: {exc}"
        if member is None:
            return f"it is not in {wacz.name}"
    elif run.archive is not None:
        try:
            path = run.archive.warc_path(cited.warc_file)
        except ProvenanceError as exc:
            return str(exc)
        member = run._read_at(path, cited.offset, cited.length)
    elif run.warc is not None and run.warc.name == cited.warc_file:
        member = run._read_at(run.warc, cited.offset, cited.length)
    else:
        return f"it is in {cited.warc_file}, which was not given"
    if isinstance(member, str):
        return member
    if hashlib.sha256(member).hexdigest() != cited.record_sha256:
        return "the bytes at its offset are not the cited proof record"
    parsed = _split_warc(_gunzip(member) or b"")
    if parsed is None or parsed[0].get("content-type", "").split(";")[0] != PROOF_MEDIA_TYPE:
        return "it is not a proof record"
    if parsed[0].get("warc-record-id") != cited.record_id:
        return "the proof record's id is not the cited one"
    try:
        return proof_from_block(parsed[1])
    except ProvenanceError as exc:
        return str(exc)


def _check_text(run: _Run, rep: Representation, deep: bool) -> None:
    c = run.c
    integ = c.integrity
    reading = choose_reading(rep.data, rep.media_type, rep.charset)
    found = (reading.label, reading.codec, reading.source_format)
    cited = (integ.charset, integ.codec, integ.source_format)
    if not run.add(
        "reading",
        found == cited,
        f"charset {reading.label} ({reading.source}), codec {reading.codec}, "
        f"{reading.source_format}" + ("" if found == cited else f"; cited {', '.join(cited)}"),
    ):
        return
    words = Words(rep.data, integ.codec, integ.source_format)
    claims = quote_checks(c, words)
    claims.append(selector_check(c, words))
    claims.extend(kind_checks(c, words))
    claims.extend(mention_checks(c, words))
    metadata = metadata_checks(c, words)
    claims.extend(metadata.values())
    if deep:
        claims.extend(_rederive(c, rep, claims))
    else:
        claims.append(Check("text position", NOT_CHECKED, "needs a re-parse (deep verification)"))
        claims.append(
            Check("speaker re-derived", NOT_CHECKED, "needs a re-derivation (deep verification)")
        )
    run.checks.extend(_settle(claims))


def _settle(claims: list[Check]) -> list[Check]:
    """Each claim once: a later check by re-derivation settles an earlier open one."""
    by_name: dict[str, Check] = {}
    for check in claims:
        earlier = by_name.get(check.name)
        if earlier is None or (earlier.status in (NOT_CHECKED,) and check.status != NOT_CHECKED):
            by_name[check.name] = check
    return list(by_name.values())


_METADATA = ("title", "outlet", "authors", "published")


def _rederive(c: Citation, rep: Representation, claims: list[Check]) -> list[Check]:
    """Deep checks: re-parse and re-extract with this version, and settle open claims.

    A citation naming a parser or extractor version other than this one is not
    re-derived (its claim to have been made by that version cannot be checked here).
    A first-schema citation names no version: where this version re-derives exactly
    what it claims, the claim is proven; where it differs, it is not checked.
    """
    out: list[Check] = []
    try:
        article = parse_representation(rep, url=c.source.url)
    except ProvenanceError as exc:
        return [Check("text position", FAILED, f"re-parse failed: {exc}")]
    same_parser = c.integrity.parser == PARSER_VERSION == article.parser
    out.extend(_text_position(c, article, claims, same_parser))
    out.extend(_metadata_again(c, rep, article, claims, same_parser))
    out.extend(_rederive_quote(c, article, claims, same_parser))
    return out


def _text_position(c: Citation, article: Article, claims: list[Check], same: bool) -> list[Check]:
    name = "text position"
    if not same and not c.legacy:
        made = c.integrity.parser
        return [Check(name, NOT_CHECKED, f"made by {made}, not re-derived by {PARSER_VERSION}")]
    a, text = c.anchor, article.text
    problem = None
    if text[a.text_start : a.text_end] != a.exact:
        problem = "the exact text is not at the cited code points"
    elif text[max(0, a.text_start - len(a.prefix)) : a.text_start] != a.prefix:
        problem = "the prefix differs"
    elif text[a.text_end : a.text_end + len(a.suffix)] != a.suffix:
        problem = "the suffix differs"
    elif article.byte_span(a.text_start, a.text_end) != (a.byte_start, a.byte_end):
        problem = "the code points map to other bytes"
    if problem and c.legacy:
        why = f"made by an earlier release; {PARSER_VERSION} differs ({problem})"
        return [Check(name, NOT_CHECKED, why)]
    out = [
        Check(
            name,
            FAILED if problem else PASSED,
            problem or f"re-parsed by {PARSER_VERSION}: code points {a.text_start}-{a.text_end}",
        )
    ]
    if problem is None:
        # The parser's own reading of the bytes settles spans markup left open.
        for check in claims:
            if check.name in ("quote text", "text selectors") and check.status == NOT_CHECKED:
                out.append(Check(check.name, PASSED, "re-parsed: " + check.detail))
    return out


def _metadata_again(
    c: Citation, rep: Representation, article: Article, claims: list[Check], same: bool
) -> list[Check]:
    """Open metadata claims: a value the page states anywhere is proven by those bytes;
    otherwise (or for a value claimed absent) the same parser's re-parse decides."""
    out: list[Check] = []
    source: str | None = None
    for check in claims:
        if check.name not in _METADATA or check.status != NOT_CHECKED:
            continue
        field = check.name
        value = getattr(c.source, field)
        values = tuple(value) if isinstance(value, tuple) else ((value,) if value else ())
        if values:
            if source is None:
                source = rep.data.decode(c.integrity.codec, "replace")
            spans = [find_statement(source, field, v) for v in values]
            if all(sp is not None for sp in spans):
                out.append(Check(field, PASSED, "stated in the page (found when verifying)"))
                continue
        if same:
            mine = getattr(article, field)
            ok = value == mine
            detail = f"re-parsed: {mine!r}" + ("" if ok else f", not {value!r}")
            out.append(Check(field, PASSED if ok else FAILED, detail))
    return out


def _rederive_quote(c: Citation, article: Article, claims: list[Check], same: bool) -> list[Check]:
    name = "speaker re-derived"
    if not c.legacy and (not same or c.quote.extractor != EXTRACTOR_VERSION):
        made = c.quote.extractor
        return [Check(name, NOT_CHECKED, f"made by {made}, not re-derived by {EXTRACTOR_VERSION}")]
    pieces = tuple(c.anchor.pieces)
    quoted = tuple((s.byte_start, s.byte_end) for s in c.evidence.quoted)
    match: Quote | None = None
    for q in extract_quotes(article):
        spans = tuple((x.byte_start, x.byte_end) for x in q.content)
        same_quoted = c.legacy or tuple((x.byte_start, x.byte_end) for x in q.quoted) == quoted
        if spans == pieces and same_quoted:
            match = q
            break
    earlier = f"made by an earlier release; {EXTRACTOR_VERSION}"
    if match is None:
        if c.legacy:
            return [Check(name, NOT_CHECKED, f"{earlier} finds no quote at these bytes")]
        return [Check(name, FAILED, f"{EXTRACTOR_VERSION} finds no quote at these bytes")]
    ev = c.evidence
    found: dict[str, tuple[object, object]] = {
        "kind": (match.kind, c.quote.kind),
        "speaker mention": (_key(match.speaker), _key(ev.speaker)),
        "speaker name": (match.speaker_name, c.quote.speaker_name),
        "confidence": (match.confidence, c.quote.confidence),
    }
    if c.legacy:
        found["cue"] = (match.cue.text if match.cue else None, c.quote.cue)
    else:
        found.update(
            {
                "cue": (_key(match.cue), _key(ev.cue)),
                "antecedents": (
                    tuple(_key(x) for x in match.antecedents),
                    tuple(_key(x) for x in ev.antecedents),
                ),
                "resolution": (match.resolution, c.quote.resolution),
                "marks": (tuple(_key(x) for x in match.marks), tuple(_key(x) for x in ev.marks)),
                "quoted": (
                    tuple(_key(x) for x in match.quoted),
                    tuple(_key(x) for x in ev.quoted),
                ),
            }
        )
    wrong = [k for k, (mine, cited) in found.items() if mine != cited]
    if wrong:
        k = wrong[0]
        mine, cited = found[k]
        if c.legacy:
            return [Check(name, NOT_CHECKED, f"{earlier} finds {k} {mine!r}, not {cited!r}")]
        return [Check(name, FAILED, f"{EXTRACTOR_VERSION} finds {k} {mine!r}, not {cited!r}")]
    who = c.quote.speaker_name or "no one"
    out = [Check(name, PASSED, f"{EXTRACTOR_VERSION} finds the same quote, by {who}")]
    # The extractor's own reading of those bytes settles what the spans left open
    # (and, for a first-schema citation, the claims it carries no evidence for).
    settled = ["quotation marks", "cue", "speaker mention", "antecedents"]
    if c.legacy:
        settled += ["kind", "speaker chain"]
    for check in claims:
        if check.name in settled and check.status == NOT_CHECKED:
            out.append(Check(check.name, PASSED, f"re-derived by {EXTRACTOR_VERSION}"))
    return out


def _key(span: TextSpan | Span | None) -> tuple[int, int, str] | None:
    """A span as bytes and folded words, to compare a re-derived span with a cited one."""
    if span is None:
        return None
    return (span.byte_start, span.byte_end, fold_text(span.text))
