"""Signing and stamping what was just archived, and finding the proofs of a record.

:func:`attest` runs after an append has committed: the records are already
archived, so a time-stamping authority that is down, refuses, or answers
garbage can never lose a capture. It only means the proof record holds no
timestamp (or, with no key either, that no proof record is written), and
the result says why in ``timestamp_error``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone

import attrs
import requests

from ..errors import ArchiveCorrupt, ProofError, TimestampError
from ..store.archive import Archive, PendingRecord, RecordFacts
from ..store.catalog import Catalog, CatalogEntry
from ..store.records import warc_date
from ..urls import url_key
from .keys import SigningKey
from .manifest import DigestManifest
from .proofs import PROOF_MEDIA_TYPE, Proof, SignatureProof, proof_draft, proof_from_record
from .timestamps import TimestampToken, request_timestamp

__all__ = ["AttestResult", "attest", "find_proofs", "make_proof"]

log = logging.getLogger(__name__)


@attrs.frozen
class AttestResult:
    """What :func:`attest` wrote: the proof and its record, or why there is no timestamp."""

    proof: Proof | None
    record: CatalogEntry | None
    timestamp_error: str | None = None

    @property
    def signed(self) -> bool:
        return self.proof is not None and self.proof.signature is not None

    @property
    def stamped(self) -> bool:
        return self.proof is not None and self.proof.timestamp is not None


def make_proof(
    manifest: DigestManifest,
    *,
    key: SigningKey | None = None,
    tsa: str | None = None,
    session: requests.Session | None = None,
) -> tuple[Proof, str | None]:
    """Sign and/or stamp ``manifest``; returns the proof and the timestamp error, if any."""
    message = manifest.message()
    signature = SignatureProof.sign(key, message) if key is not None else None
    token: TimestampToken | None = None
    error = None
    if tsa:
        try:
            token = request_timestamp(tsa, message, session=session)
        except TimestampError as exc:
            error = str(exc)
            log.info("no timestamp: %s", exc)
    created = warc_date(datetime.now(timezone.utc))
    return Proof(manifest, signature, token, created=created), error


def attest(
    archive: Archive,
    entries: Sequence[CatalogEntry],
    *,
    key: SigningKey | None = None,
    tsa: str | None = None,
    main: CatalogEntry | None = None,
    session: requests.Session | None = None,
) -> AttestResult:
    """Sign (with ``key``) and stamp (by the authority at ``tsa``) the records ``entries``.

    Appends one proof record after them (see :mod:`provenance.trust.proofs`)
    unless neither a signature nor a timestamp was obtained. ``main`` is the
    capture's main record (final response or seed resource): the proof record
    takes its target URI and names every record covered in
    ``WARC-Concurrent-To``, that one first. Without it (an import), the proof
    record has neither: its block lists the records.
    """
    if not entries or (key is None and not tsa):
        return AttestResult(None, None)
    manifest = DigestManifest.of((e.record_id, e.record_sha256) for e in entries)
    proof, error = make_proof(manifest, key=key, tsa=tsa, session=session)
    if proof.signature is None and proof.timestamp is None:
        return AttestResult(None, None, error)
    linked: tuple[str, ...] = ()
    if main is not None:
        linked = (main.record_id, *(e.record_id for e in entries if e != main))
    draft = proof_draft(
        proof, target_uri=main.target_uri if main is not None else None, concurrent=linked
    )
    (written,) = archive.append(
        [PendingRecord(draft, RecordFacts(origin="proof", content_type=PROOF_MEDIA_TYPE))]
    )
    return AttestResult(proof, written, error)


def _proof_rows(
    archive: Archive, entry: CatalogEntry, catalog: Catalog | None
) -> Iterable[CatalogEntry]:
    """Proof records that may cover ``entry``: a capture's carry its URL (one indexed
    query); an import's carry none, and are looked at only for imported records."""

    def metadata(url: str | None) -> tuple[CatalogEntry, ...]:
        if catalog is None:
            return archive.entries(url=url, types=("metadata",))
        key = url_key(url) if url else None
        return tuple(catalog.records(url_key=key, types=("metadata",)))

    if entry.target_uri:
        yield from (e for e in metadata(entry.target_uri) if e.content_type == PROOF_MEDIA_TYPE)
    if entry.origin == "imported" or not entry.target_uri:
        yield from (
            e for e in metadata(None) if e.content_type == PROOF_MEDIA_TYPE and not e.target_uri
        )


@functools.lru_cache(maxsize=256)
def _read_proof(archive_path: str, row: CatalogEntry) -> Proof:
    # Keyed by the row, which names the record's bytes by sha256: a cached proof is
    # the proof those very bytes hold.
    return proof_from_record(Archive(archive_path, create=False).read(row))


def find_proofs(
    archive: Archive, entry: CatalogEntry, catalog: Catalog | None = None
) -> tuple[tuple[CatalogEntry, Proof], ...]:
    """Every proof in ``archive`` that lists ``entry``'s record, oldest first (looked up on
    ``catalog``, an open connection, when given).

    A proof record that cannot be read or parsed is skipped with a warning:
    it proves nothing, and the claims it would support stay unproven.
    """
    found: list[tuple[CatalogEntry, Proof]] = []
    for row in _proof_rows(archive, entry, catalog):
        try:
            proof = _read_proof(str(archive.path.resolve()), row)
        except (ProofError, ArchiveCorrupt) as exc:
            log.warning("skipping proof record %s: %s", row.record_id, exc)
            continue
        if proof.manifest.digest_of(entry.record_id) is not None:
            found.append((row, proof))
    return tuple(found)
