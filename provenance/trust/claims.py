"""The ``signature`` and ``timestamp`` claims: checked, each with what it proves.

Each check returns a :class:`ClaimResult` whose status is ``passed``,
``failed`` (the detail says why), ``not applicable`` (unsigned, unstamped:
the citation makes no such claim) or ``not checked`` (a token present but no
trusted roots given to check it against), the vocabulary of
:mod:`provenance.cite.claims`. A missing proof fails only when it was
demanded (``signer=...`` for a signature, ``require=True`` for a timestamp).

``signature``  the proof's manifest lists this record with exactly this
               sha256, the signature of the manifest holds under the proof's
               public key, and that key's fingerprint is the demanded one.
``timestamp``  the manifest lists this record with exactly this sha256, the
               token's imprint is the sha256 of the manifest message, the
               token is valid and chains to one of the trusted roots, and
               its time is within ``tolerance`` of the record's ``WARC-Date``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

import attrs
from cryptography import x509

from .keys import normalise_fingerprint
from .proofs import Proof
from .timestamps import check_token

__all__ = [
    "DEFAULT_TOLERANCE",
    "FAILED",
    "NOT_APPLICABLE",
    "NOT_CHECKED",
    "PASSED",
    "ClaimResult",
    "TrustPolicy",
    "check_signature",
    "check_timestamp",
    "parse_warc_date",
]

DEFAULT_TOLERANCE = timedelta(minutes=10)
PASSED = "passed"
FAILED = "failed"
NOT_CHECKED = "not checked"
NOT_APPLICABLE = "not applicable"


@attrs.frozen
class ClaimResult:
    name: str
    status: str
    detail: str

    @property
    def passed(self) -> bool | None:
        """True if proven, False if refuted, None if not checked or not applicable."""
        return True if self.status == PASSED else (False if self.status == FAILED else None)


@attrs.frozen
class TrustPolicy:
    """What a verifier demands: a signer's fingerprint, trusted authority roots, a
    tolerance between a token's time and ``WARC-Date``, and whether a timestamp must exist."""

    signer: str | None = None
    roots: tuple[x509.Certificate, ...] = ()
    tolerance: timedelta = DEFAULT_TOLERANCE
    require_timestamp: bool = False


def parse_warc_date(value: str) -> datetime | None:
    """A WARC-Date as an aware UTC datetime, or None if it is not one.

    >>> parse_warc_date("2025-02-04T10:00:00.5Z").isoformat()
    '2025-02-04T10:00:00.500000+00:00'
    """
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _coverage(proof: Proof, record_id: str, record_sha256: str) -> str | None:
    listed = proof.manifest.digest_of(record_id)
    if listed is None:
        return f"it covers {len(proof.manifest.records)} other record(s), not {record_id}"
    if listed != record_sha256.lower():
        return f"it covers {record_id} with sha256 {listed}, not the record's {record_sha256}"
    return None


def check_signature(
    proof: Proof | None,
    record_id: str,
    record_sha256: str,
    *,
    signer: str | None = None,
) -> ClaimResult:
    """The ``signature`` claim for record ``record_id``, whose bytes hash to ``record_sha256``."""
    name = "signature"
    wanted = normalise_fingerprint(signer) if signer else None
    if proof is None or proof.signature is None:
        if wanted:
            return ClaimResult(name, FAILED, f"unsigned, but a signature by {wanted} was demanded")
        return ClaimResult(name, NOT_APPLICABLE, "unsigned: no signature covers this record")
    sig = proof.signature
    problem = _coverage(proof, record_id, record_sha256)
    if problem:
        return ClaimResult(name, FAILED, f"the signature is over other digests: {problem}")
    if not sig.holds_for(proof.message):
        return ClaimResult(
            name, FAILED, f"the signature does not hold for key {sig.fingerprint} over its digests"
        )
    if wanted and sig.fingerprint != wanted:
        return ClaimResult(name, FAILED, f"signed by key {sig.fingerprint}, not by {wanted}")
    return ClaimResult(
        name,
        PASSED,
        f"valid, by key {sig.fingerprint}, over {len(proof.manifest.records)} record digest(s) "
        f"including this record's sha256 {record_sha256}",
    )


def check_timestamp(
    proof: Proof | None,
    record_id: str,
    record_sha256: str,
    warc_date: str,
    *,
    roots: Sequence[x509.Certificate] = (),
    tolerance: timedelta = DEFAULT_TOLERANCE,
    require: bool = False,
) -> ClaimResult:
    """The ``timestamp`` claim for a record, its sha256 and its ``WARC-Date``."""
    name = "timestamp"
    if proof is None or proof.timestamp is None:
        if require:
            return ClaimResult(name, FAILED, "unstamped, but a timestamp was demanded")
        return ClaimResult(name, NOT_APPLICABLE, "unstamped: no timestamp covers this record")
    token = proof.timestamp
    problem = _coverage(proof, record_id, record_sha256)
    if problem:
        return ClaimResult(name, FAILED, f"the token is for other digests: {problem}")
    imprint = token.imprint_sha256
    if imprint != proof.manifest.sha256:
        return ClaimResult(
            name, FAILED, "the token is for other digests: its imprint is not the manifest's sha256"
        )
    when = token.time
    stated = parse_warc_date(warc_date)
    if stated is None:
        return ClaimResult(name, FAILED, f"WARC-Date {warc_date!r} is not a date")
    skew = abs((when - stated).total_seconds())
    if skew > tolerance.total_seconds():
        return ClaimResult(
            name,
            FAILED,
            f"the token's time {when.isoformat()} is {skew:.0f} s from WARC-Date {warc_date} "
            f"(tolerance {tolerance.total_seconds():.0f} s)",
        )
    if not roots:
        return ClaimResult(
            name,
            NOT_CHECKED,
            f"stamped at {when.isoformat()} by {token.authority or 'an authority'}, covering "
            "this record; not checked against a trusted authority (no roots given)",
        )
    result = check_token(token, proof.message, roots)
    if not result.valid:
        return ClaimResult(name, FAILED, result.reason)
    return ClaimResult(
        name,
        PASSED,
        f"valid token from {token.authority or 'the authority'}, chaining to a trusted root: "
        f"these record digests existed by {when.isoformat()}, {skew:.0f} s from WARC-Date "
        f"(tolerance {tolerance.total_seconds():.0f} s)",
    )
