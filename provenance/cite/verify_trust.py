"""The ``signature`` and ``timestamp`` claims of a citation (see :mod:`provenance.trust`)."""

from __future__ import annotations

import hashlib
import zipfile

from ..errors import ProvenanceError
from ..store.wacz import find_member_by_sha256, read_wacz_member
from ..trust import Proof, check_signature, check_timestamp, find_proofs
from ..trust.proofs import PROOF_MEDIA_TYPE, proof_from_block
from .claims import FAILED, NOT_CHECKED
from .locate import Run
from .members import gunzip, split_warc
from .trusted import CitedProof

__all__ = ["check_trust"]


def check_trust(run: Run) -> None:
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


def _held_proof(run: Run) -> str | None:
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


def _proof_record(run: Run, cited: CitedProof) -> Proof | str:
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
    parsed = split_warc(gunzip(member) or b"")
    if parsed is None or parsed[0].get("content-type", "").split(";")[0] != PROOF_MEDIA_TYPE:
        return "it is not a proof record"
    if parsed[0].get("warc-record-id") != cited.record_id:
        return "the proof record's id is not the cited one"
    try:
        return proof_from_block(parsed[1])
    except ProvenanceError as exc:
        return str(exc)
