"""Signed and stamped captures: proof records in the WARC, and the named claims over them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest

from provenance import Archive, PendingRecord, RecordDraft, RecordFacts, capture
from provenance.trust import (
    PROOF_MEDIA_TYPE,
    DigestManifest,
    Proof,
    SigningKey,
    attest,
    check_signature,
    check_timestamp,
    find_proofs,
    generate_key,
    load_roots,
    make_proof,
    proof_from_record,
)
from tests.conftest import SEED_URL
from tests.tsa_server import TsaServer
from tests.warc_checks import check_archive_files


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> SigningKey:
    return generate_key(tmp_path_factory.mktemp("keys") / "signing.pem")


def test_a_signed_and_stamped_capture_proves_both_claims(
    archive: Archive, key: SigningKey, tsa: TsaServer
) -> None:
    result = capture(SEED_URL, archive, offline=True)
    done = attest(archive, result.records, key=key, tsa=tsa.url(), main=result.final)
    assert done.signed and done.stamped and done.timestamp_error is None
    assert done.record is not None and done.record.content_type == PROOF_MEDIA_TYPE
    assert done.record.target_uri == result.final.target_uri
    stored = archive.read(done.record)
    linked = [v for k, v in stored.headers if k == "WARC-Concurrent-To"]
    assert linked[0] == result.final.record_id
    assert sorted(linked) == sorted(e.record_id for e in result.records)
    assert stored.header("WARC-Refers-To") is None
    assert archive.companion(result.final) != done.record
    assert proof_from_record(stored) == done.proof
    ((row, proof),) = find_proofs(archive, result.final)
    assert row == done.record
    assert [r.record_id for r in proof.manifest.records] == [e.record_id for e in result.records]

    entry = result.final
    sig = check_signature(proof, entry.record_id, entry.record_sha256, signer=key.fingerprint)
    assert sig.passed is True and key.fingerprint in sig.detail
    roots = load_roots(tsa.root_pem)
    ts = check_timestamp(proof, entry.record_id, entry.record_sha256, entry.warc_date, roots=roots)
    assert ts.passed is True, ts.detail
    # without trusted roots the token is read but its authority not vouched for
    unchecked = check_timestamp(proof, entry.record_id, entry.record_sha256, entry.warc_date)
    assert unchecked.passed is None and "no roots" in unchecked.detail

    expected = [(e.file, e.record_id, e.record_type, e.offset) for e in archive.entries()]
    check_archive_files(archive.path, expected)


def test_each_false_proof_is_refused_by_its_named_check(
    archive: Archive, key: SigningKey, tsa: TsaServer, tmp_path: Path
) -> None:
    first = capture(SEED_URL, archive, offline=True)
    second = capture(SEED_URL, archive, offline=True)
    a = attest(archive, first.records, key=key, tsa=tsa.url(), main=first.final).proof
    b = attest(archive, second.records, key=key, tsa=tsa.url(), main=second.final).proof
    assert a is not None and b is not None
    entry = first.final
    rid, sha, date = entry.record_id, entry.record_sha256, entry.warc_date
    roots = load_roots(tsa.root_pem)

    # a signature by another key than the one demanded
    other = generate_key(tmp_path / "other.pem")
    wrong = check_signature(a, rid, sha, signer=other.fingerprint)
    assert wrong.passed is False and f"not by {other.fingerprint}" in wrong.detail
    # a signature over other digests: another capture's proof, or a record changed since
    assert check_signature(b, rid, sha).passed is False
    assert "other digests" in check_signature(b, rid, sha).detail
    changed = check_signature(a, rid, "0" * 64)
    assert changed.passed is False and "other digests" in changed.detail
    # ... and a manifest edited to match a changed record: the signature no longer holds
    edited = DigestManifest.of(
        (r.record_id, "0" * 64 if r.record_id == rid else r.sha256) for r in a.manifest.records
    )
    forged = attrs.evolve(a, manifest=edited)
    bad = check_signature(forged, rid, "0" * 64)
    assert bad.passed is False and "does not hold" in bad.detail

    # a token from an authority outside the trusted roots
    foreign, error = make_proof(a.manifest, tsa=tsa.url("/other"))
    assert error is None
    outside = check_timestamp(foreign, rid, sha, date, roots=roots)
    assert outside.passed is False and "not valid under the given roots" in outside.detail
    # a token for other digests (the second capture's token put on the first's manifest)
    swapped = attrs.evolve(a, timestamp=b.timestamp)
    other_digests = check_timestamp(swapped, rid, sha, date, roots=roots)
    assert other_digests.passed is False and "other digests" in other_digests.detail
    # a record changed after stamping
    assert check_timestamp(a, rid, "0" * 64, date, roots=roots).passed is False


def test_a_timestamp_far_from_warc_date_is_refused(
    archive: Archive, key: SigningKey, tsa: TsaServer
) -> None:
    old = datetime(2015, 3, 1, 12, 0, tzinfo=timezone.utc)
    draft = RecordDraft(
        record_type="resource",
        target_uri="https://news.example/2015/story",
        date=old,
        content_type="text/plain; charset=utf-8",
        block="“Old words,” she said.".encode(),
    )
    (entry,) = archive.append([PendingRecord(draft, RecordFacts(origin="imported"))])
    proof = attest(archive, [entry], key=key, tsa=tsa.url()).proof
    assert proof is not None and proof.timestamp is not None
    roots = load_roots(tsa.root_pem)
    far = check_timestamp(proof, entry.record_id, entry.record_sha256, entry.warc_date, roots=roots)
    assert far.passed is False and "from WARC-Date" in far.detail
    years = timedelta(days=366 * 40)
    near = check_timestamp(
        proof, entry.record_id, entry.record_sha256, entry.warc_date, roots=roots, tolerance=years
    )
    assert near.passed is True
    # the signature does not speak of time: it still holds
    assert check_signature(proof, entry.record_id, entry.record_sha256).passed is True
    # an import's proof has no target URI and is still found for the record
    assert [p for _, p in find_proofs(archive, entry)] == [proof]


@pytest.mark.parametrize("path", ["down", "/garbage", "/refuse", "/error"])
def test_an_authority_that_fails_leaves_the_capture_archived(
    archive: Archive, key: SigningKey, tsa: TsaServer, path: str
) -> None:
    url = tsa.down_url if path == "down" else tsa.url(path)
    result = capture(SEED_URL, archive, offline=True)
    count = len(archive)
    signed = attest(archive, result.records, key=key, tsa=url, main=result.final)
    assert signed.signed and not signed.stamped
    assert signed.timestamp_error and url in signed.timestamp_error
    assert len(archive) == count + 1  # the signature's record, nothing lost
    bare = attest(archive, result.records, tsa=url, main=result.final)
    assert bare.proof is None and bare.record is None and bare.timestamp_error
    assert len(archive) == count + 1
    assert archive.find(SEED_URL).record_id == result.final.record_id
    ((_, proof),) = find_proofs(archive, result.final)
    entry = result.final
    unstamped = check_timestamp(proof, entry.record_id, entry.record_sha256, entry.warc_date)
    assert unstamped.passed is None and "unstamped" in unstamped.detail
    demanded = check_timestamp(
        proof, entry.record_id, entry.record_sha256, entry.warc_date, require=True
    )
    assert demanded.passed is False


def test_unsigned_and_unstamped_say_so(archive: Archive) -> None:
    result = capture(SEED_URL, archive, offline=True)
    assert attest(archive, result.records).proof is None
    assert find_proofs(archive, result.final) == ()
    e = result.final
    assert check_signature(None, e.record_id, e.record_sha256).passed is None
    assert check_signature(None, e.record_id, e.record_sha256, signer="ab").passed is False
    assert check_timestamp(None, e.record_id, e.record_sha256, e.warc_date).passed is None


def test_proof_json_refuses_malformed_input() -> None:
    from provenance.errors import ProofError

    good = Proof(DigestManifest.of([("<urn:uuid:1>", "a" * 64)])).to_json()
    assert Proof.from_json(good).manifest.records[0].sha256 == "a" * 64
    for bad in (
        {},
        {**good, "type": "other"},
        {**good, "records": []},
        {**good, "signature": {"publicKey": "!!", "value": ""}},
        {**good, "timestamp": {"token": "bm90IGEgdG9rZW4="}},
        {**good, "timestamp": "x"},
    ):
        with pytest.raises(ProofError):
            Proof.from_json(bad)
