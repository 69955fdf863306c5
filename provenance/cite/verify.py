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
from pathlib import Path

import attrs

from ..errors import ProvenanceError
from ..parse import choose_reading
from ..store.digests import check_digest
from ..store.representation import Representation, representation_of
from ..trust import TrustPolicy
from .citation import Citation, Companion, load_citation
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
from .locate import Run
from .members import gunzip, is_zip, split_arc, split_warc
from .rederive import rederive
from .verify_trust import check_trust

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
    run = Run(citation)
    run.policy = policy or TrustPolicy()
    c = citation
    if claimed_id is not None:
        same = claimed_id == c.citation_id
        run.add("citation id", same, "matches its content" if same else f"{claimed_id} differs")
    elif require_id:
        run.add("citation id", False, "the citation carries no citation_id")
    where = Path(location)
    if where.is_file() and is_zip(where):
        member = run.from_wacz(where)
    else:
        found = run.locate(where)
        member = run.read(*found) if found else None
    if member is not None:
        _check_record(run, member, deep)
    return VerificationReport(c, tuple(run.checks), deep)


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


def _check_record(run: Run, member: bytes, deep: bool) -> None:
    c = run.c
    digest = hashlib.sha256(member).hexdigest()
    if not run.add("record sha256", digest == c.integrity.record_sha256, f"sha256 {digest}"):
        return
    record = gunzip(member)
    headers: dict[str, str] = {}
    if record is not None and not record.startswith(b"WARC/"):
        arc = split_arc(record)
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
        parsed = split_warc(record) if record is not None else None
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
    check_trust(run)
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


def _check_origin(run: Run, record_type: str, block: bytes) -> None:
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


def _check_text(run: Run, rep: Representation, deep: bool) -> None:
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
        claims.extend(rederive(c, rep, claims))
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
