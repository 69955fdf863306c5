"""What a citation carries about who captured its record and when, and about other archives.

``proof``          the signature and/or RFC 3161 timestamp that cover the cited record
                   (see :mod:`provenance.trust.proofs`): the proof record's place in
                   the WARC (id, file, offset, length, sha256), the record digests it
                   covers (carried when there are at most ``MAX_CARRIED`` of them;
                   otherwise read from the proof record), the signature with its
                   public key and fingerprint, and the timestamp token. Part of the
                   citation's content and id.
``corroboration``  what other web archives answered when asked for the quoted words
                   (see :mod:`provenance.trust.corroborate`): when, each archive's
                   outcome and memento, and the memento a reader can open (Robust
                   Links ``data-versionurl``). An observation about third parties
                   made after the citation: attached to it, never part of its id.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import attrs

from ..errors import CitationError, ProofError
from ..store.catalog import CatalogEntry
from ..trust import Corroboration, DigestManifest, Proof

__all__ = [
    "MAX_CARRIED",
    "CitedCorroboration",
    "CitedMemento",
    "CitedProof",
    "CitedSignature",
    "CitedTimestamp",
    "corroboration_from_dict",
    "proof_from_dict",
]

MAX_CARRIED = 64


@attrs.frozen
class CitedSignature:
    algorithm: str
    public_key: str
    fingerprint: str
    value: str


@attrs.frozen
class CitedTimestamp:
    authority: str | None
    time: str
    token: str


@attrs.frozen
class CitedProof:
    """The proof record (where it is) and the proofs it holds about the cited record."""

    record_id: str
    warc_file: str
    offset: int
    length: int
    record_sha256: str
    records: tuple[tuple[str, str], ...] | None
    signature: CitedSignature | None
    timestamp: CitedTimestamp | None

    @classmethod
    def of(cls, row: CatalogEntry, proof: Proof) -> CitedProof:
        """From the proof record's catalog row and the proof it holds."""
        data = proof.to_json()
        sig = data.get("signature")
        stamp = data.get("timestamp")
        records = proof.manifest.to_json()
        return cls(
            record_id=row.record_id,
            warc_file=row.file,
            offset=row.offset,
            length=row.length,
            record_sha256=row.record_sha256,
            records=(tuple((r[0], r[1]) for r in records) if len(records) <= MAX_CARRIED else None),
            signature=(
                CitedSignature(sig["algorithm"], sig["publicKey"], sig["fingerprint"], sig["value"])
                if sig
                else None
            ),
            timestamp=(
                CitedTimestamp(stamp["authority"], stamp["time"], stamp["token"]) if stamp else None
            ),
        )

    def to_proof(self, manifest: DigestManifest | None = None) -> Proof:
        """The proof, with the carried digests (or ``manifest``, read from the proof
        record, when none are carried); raises :class:`ProofError` if malformed."""
        if self.records is not None:
            records = [list(r) for r in self.records]
        elif manifest is not None:
            records = manifest.to_json()
        else:
            raise ProofError("the citation carries no record digests; read the proof record")
        data: dict[str, Any] = {"type": "provenance-proof/1", "records": records}
        if self.signature is not None:
            s = self.signature
            data["signature"] = {
                "algorithm": s.algorithm,
                "publicKey": s.public_key,
                "fingerprint": s.fingerprint,
                "value": s.value,
            }
        if self.timestamp is not None:
            t = self.timestamp
            data["timestamp"] = {"authority": t.authority, "time": t.time, "token": t.token}
        return Proof.from_json(data)


@attrs.frozen
class CitedMemento:
    """One archive's answer: its outcome, and the memento that holds the words (or the
    nearest one read)."""

    archive: str
    outcome: str
    memento_url: str | None
    datetime: str | None


@attrs.frozen
class CitedCorroboration:
    checked: str
    version_url: str | None
    archives: tuple[CitedMemento, ...]

    @classmethod
    def of(cls, result: Corroboration, checked: datetime | None = None) -> CitedCorroboration:
        moment = (checked or datetime.now(timezone.utc)).astimezone(timezone.utc)
        answers = []
        for a in result.archives:
            shown = a.holding or (a.checked[0] if a.checked else None)
            answers.append(
                CitedMemento(
                    a.archive,
                    a.outcome,
                    shown.memento_url if shown else None,
                    shown.datetime if shown else None,
                )
            )
        return cls(moment.strftime("%Y-%m-%dT%H:%M:%SZ"), result.version_url, tuple(answers))

    @property
    def corroborated(self) -> bool:
        return any(a.outcome == "corroborated" for a in self.archives)


# -- reading untrusted data ------------------------------------------------------------


def _obj(data: Any, cls: type, nullable: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise CitationError(f"{cls.__name__} must be an object")
    names = [f.name for f in attrs.fields(cls)]
    if sorted(data) != sorted(names):
        raise CitationError(f"{cls.__name__} must have exactly {', '.join(names)}")
    for name in names:
        value = data[name]
        if value is None and name in nullable:
            continue
        if not isinstance(value, str):
            raise CitationError(f"{cls.__name__}.{name} must be a string")
    return data


def proof_from_dict(data: Any) -> CitedProof:
    """A citation's ``proof`` section; raises :class:`CitationError` if malformed."""
    if not isinstance(data, dict):
        raise CitationError("proof must be an object")
    names = [f.name for f in attrs.fields(CitedProof)]
    if sorted(data) != sorted(names):
        raise CitationError(f"proof must have exactly {', '.join(names)}")
    for name in ("offset", "length"):
        value = data[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise CitationError(f"proof.{name} must be a non-negative integer")
    for name in ("record_id", "warc_file", "record_sha256"):
        if not isinstance(data[name], str):
            raise CitationError(f"proof.{name} must be a string")
    records = data["records"]
    pairs = None
    if records is not None:
        if not isinstance(records, list) or not all(
            isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r)
            for r in records
        ):
            raise CitationError("proof.records must be [record id, sha256] pairs")
        pairs = tuple((r[0], r[1]) for r in records)
    sig = data["signature"]
    stamp = data["timestamp"]
    return CitedProof(
        record_id=data["record_id"],
        warc_file=data["warc_file"],
        offset=data["offset"],
        length=data["length"],
        record_sha256=data["record_sha256"],
        records=pairs,
        signature=None if sig is None else CitedSignature(**_obj(sig, CitedSignature)),
        timestamp=(
            None
            if stamp is None
            else CitedTimestamp(**_obj(stamp, CitedTimestamp, nullable=("authority",)))
        ),
    )


def corroboration_from_dict(data: Any) -> CitedCorroboration:
    """A citation's ``corroboration`` section; raises :class:`CitationError` if malformed."""
    if not isinstance(data, dict) or sorted(data) != ["archives", "checked", "version_url"]:
        raise CitationError("corroboration must have exactly archives, checked, version_url")
    if not isinstance(data["checked"], str) or not (
        data["version_url"] is None or isinstance(data["version_url"], str)
    ):
        raise CitationError("corroboration.checked and version_url must be strings")
    if not isinstance(data["archives"], list):
        raise CitationError("corroboration.archives must be a list")
    answers = tuple(
        CitedMemento(**_obj(a, CitedMemento, nullable=("memento_url", "datetime")))
        for a in data["archives"]
    )
    return CitedCorroboration(data["checked"], data["version_url"], answers)
