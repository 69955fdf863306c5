"""Who captured it, and when: signatures, trusted timestamps, and other archives.

Three proofs, each with a limit stated where it is made:

- a **signature** (:mod:`.keys`, :mod:`.proofs`): the holder of key F vouched
  for exactly these record digests. It names a key, not a person.
- a **trusted timestamp** (:mod:`.timestamps`): an RFC 3161 authority saw
  these record digests at time T, so the records existed by T. It does not
  say who made them, nor that T is when the page was fetched (the check
  compares T with ``WARC-Date`` within a tolerance).
- **corroboration** (:mod:`.corroborate`): web archives we do not control
  hold the same quoted words for the URL near the capture time. It is only
  as independent as those archives.

Signatures and timestamps cover a :class:`DigestManifest` (record ids with
the sha256 of their stored bytes) and are kept in the WARC as a proof record
(:mod:`.proofs`) written by :func:`attest` after the records it covers.
"""

from .attest import AttestResult, attest, find_proofs, make_proof
from .claims import (
    DEFAULT_TOLERANCE,
    ClaimResult,
    TrustPolicy,
    check_signature,
    check_timestamp,
)
from .corroborate import ArchiveOutcome, Corroboration, MementoCheck, corroborate, save_page_now
from .keys import PublicKey, SigningKey, generate_key, load_key, normalise_fingerprint
from .manifest import DigestManifest, RecordDigest
from .memento import DEFAULT_SOURCES, Memento, MementoSource, parse_timemap, source_for_prefix
from .proofs import PROOF_MEDIA_TYPE, Proof, SignatureProof, proof_from_record
from .timestamps import TimestampToken, check_token, load_roots, request_timestamp
from .wacz_auth import check_package_signature, check_package_timestamp, package_digest

__all__ = [
    "DEFAULT_SOURCES",
    "DEFAULT_TOLERANCE",
    "PROOF_MEDIA_TYPE",
    "ArchiveOutcome",
    "AttestResult",
    "ClaimResult",
    "Corroboration",
    "DigestManifest",
    "Memento",
    "MementoCheck",
    "MementoSource",
    "Proof",
    "PublicKey",
    "RecordDigest",
    "SignatureProof",
    "SigningKey",
    "TimestampToken",
    "TrustPolicy",
    "attest",
    "check_package_signature",
    "check_package_timestamp",
    "check_signature",
    "check_timestamp",
    "check_token",
    "corroborate",
    "find_proofs",
    "generate_key",
    "load_key",
    "load_roots",
    "make_proof",
    "normalise_fingerprint",
    "package_digest",
    "parse_timemap",
    "proof_from_record",
    "request_timestamp",
    "save_page_now",
    "source_for_prefix",
]
