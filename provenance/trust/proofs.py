"""Proofs about a set of records: a signature, a timestamp, or both, kept in the WARC.

A :class:`Proof` covers a :class:`~provenance.trust.manifest.DigestManifest`
(record ids with the sha256 of their stored bytes). Its signature is the
signer's ECDSA P-384 / SHA-256 signature of the manifest message; its
timestamp is an RFC 3161 token whose message imprint is the sha256 of the
same message. Either may be absent.

In the archive a proof is one WARC ``metadata`` record written right after
the records it covers:

``WARC-Type: metadata``
``WARC-Target-URI``       the capture's main record's URL (absent for an import)
``WARC-Concurrent-To``    for a capture, once per record covered, the main record
                          (final response or seed resource) first: the proof is
                          part of the same capture event. An import's proof has
                          no such header (it was made later); its block lists
                          the records.
``Content-Type``          ``application/vnd.provenance.proof+json``

Its block is JSON (UTF-8)::

    {"type": "provenance-proof/1",
     "created": "<local time the proof was made>", "software": "provenance/x.y",
     "records": [["<urn:uuid:...>", "<sha256 hex>"], ...],
     "message_sha256": "<sha256 of the manifest message>",
     "signature": {"algorithm": "ecdsa-p384-sha256", "publicKey": "<base64 SPKI DER>",
                   "fingerprint": "<sha256 hex of the SPKI DER>",
                   "value": "<base64 raw r||s>"},
     "timestamp": {"authority": "<URL asked>", "time": "<genTime>",
                   "token": "<base64 DER TimeStampResp>"}}

``message_sha256``, ``fingerprint`` and ``time`` are conveniences for
readers; checks recompute them from the records, the key and the token.
The proof record travels with its WARC file, and with every export.
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime, timezone
from typing import Any

import attrs

from .._version import __version__
from ..errors import ProofError, SigningKeyError
from ..store.records import RecordDraft, StoredRecord
from .keys import SIGNATURE_ALGORITHM, PublicKey, SigningKey
from .manifest import DigestManifest
from .timestamps import TimestampToken

__all__ = [
    "PROOF_MEDIA_TYPE",
    "PROOF_TYPE",
    "Proof",
    "SignatureProof",
    "is_proof_record",
    "proof_draft",
    "proof_from_block",
    "proof_from_record",
]

PROOF_MEDIA_TYPE = "application/vnd.provenance.proof+json"
PROOF_TYPE = "provenance-proof/1"


@attrs.frozen
class SignatureProof:
    """A signature (raw r||s) of a manifest message by a P-384 public key."""

    public_key: PublicKey
    value: bytes = attrs.field(repr=False)
    algorithm: str = SIGNATURE_ALGORITHM

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    def holds_for(self, message: bytes) -> bool:
        return self.algorithm == SIGNATURE_ALGORITHM and self.public_key.verify(self.value, message)

    @classmethod
    def sign(cls, key: SigningKey, message: bytes) -> SignatureProof:
        return cls(key.public_key, key.sign(message))

    def to_json(self) -> dict[str, str]:
        return {
            "algorithm": self.algorithm,
            "publicKey": self.public_key.base64,
            "fingerprint": self.fingerprint,
            "value": base64.b64encode(self.value).decode("ascii"),
        }

    @classmethod
    def from_json(cls, data: object) -> SignatureProof:
        if not isinstance(data, dict):
            raise ProofError("signature must be an object")
        try:
            key = PublicKey.from_base64(str(data["publicKey"]))
            value = base64.b64decode(str(data["value"]), validate=True)
        except (KeyError, binascii.Error, SigningKeyError) as exc:
            raise ProofError(f"malformed signature: {exc}") from exc
        return cls(key, value, str(data.get("algorithm", "")))


@attrs.frozen
class Proof:
    """What is known about a set of records: their digests, a signature, a timestamp."""

    manifest: DigestManifest
    signature: SignatureProof | None = None
    timestamp: TimestampToken | None = None
    created: str = ""
    software: str = f"provenance/{__version__}"

    @property
    def message(self) -> bytes:
        return self.manifest.message()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": PROOF_TYPE,
            "created": self.created,
            "software": self.software,
            "records": self.manifest.to_json(),
            "message_sha256": self.manifest.sha256,
        }
        if self.signature is not None:
            out["signature"] = self.signature.to_json()
        if self.timestamp is not None:
            out["timestamp"] = {
                "authority": self.timestamp.authority,
                "time": _iso(self.timestamp.time),
                "token": self.timestamp.base64,
            }
        return out

    @classmethod
    def from_json(cls, data: object) -> Proof:
        """Parse :meth:`to_json` output; raises :class:`ProofError` on anything else."""
        if not isinstance(data, dict) or data.get("type") != PROOF_TYPE:
            raise ProofError(f"not a {PROOF_TYPE} object")
        try:
            manifest = DigestManifest.from_json(data.get("records"))
        except ValueError as exc:
            raise ProofError(f"malformed record digests: {exc}") from exc
        signature = None
        if data.get("signature") is not None:
            signature = SignatureProof.from_json(data["signature"])
        token = None
        stamp = data.get("timestamp")
        if stamp is not None:
            if not isinstance(stamp, dict) or not isinstance(stamp.get("token"), str):
                raise ProofError("timestamp must be an object with a token")
            authority = stamp.get("authority")
            try:
                token = TimestampToken.from_base64(
                    stamp["token"], authority if isinstance(authority, str) else None
                )
            except (ValueError, binascii.Error) as exc:
                raise ProofError(f"malformed timestamp token: {exc}") from exc
        return cls(
            manifest,
            signature,
            token,
            created=str(data.get("created", "")),
            software=str(data.get("software", "")),
        )


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def proof_draft(
    proof: Proof, *, target_uri: str | None, concurrent: tuple[str, ...] = ()
) -> RecordDraft:
    """The WARC ``metadata`` record that stores ``proof``, linked to the ``concurrent``
    records (a capture's, main record first)."""
    block = json.dumps(proof.to_json(), indent=1, ensure_ascii=False).encode("utf-8") + b"\n"
    return RecordDraft(
        record_type="metadata",
        target_uri=target_uri,
        date=datetime.now(timezone.utc),
        content_type=PROOF_MEDIA_TYPE,
        block=block,
        payload_start=None,
        extra_headers=tuple(("WARC-Concurrent-To", rid) for rid in concurrent),
    )


def is_proof_record(record: StoredRecord) -> bool:
    content_type = (record.header("Content-Type") or "").split(";")[0].strip().lower()
    return record.record_type == "metadata" and content_type == PROOF_MEDIA_TYPE


def proof_from_record(record: StoredRecord) -> Proof:
    """The proof a WARC record holds; raises :class:`ProofError` if it holds none."""
    if not is_proof_record(record):
        raise ProofError(f"record {record.record_id} is not a proof record")
    return proof_from_block(record.block)


def proof_from_block(block: bytes) -> Proof:
    """The proof in a proof record's block; raises :class:`ProofError` if it is not one."""
    try:
        data = json.loads(block.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProofError(f"a proof record's block is not JSON: {exc}") from exc
    return Proof.from_json(data)
