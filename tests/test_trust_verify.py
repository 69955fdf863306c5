"""Citations that carry signatures and timestamps, and verify's ``signature`` and
``timestamp`` claims, against a real local RFC 3161 authority."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

from provenance import Archive, PendingRecord, RecordDraft, RecordFacts, capture
from provenance.cite import cite_quote, render_draft
from provenance.cite.citation import Citation
from provenance.cite.formats import render
from provenance.cite.verify import VerificationReport, verify
from provenance.cli import main
from provenance.parse import parse_record
from provenance.quotes import extract_quotes
from provenance.store import export_wacz
from provenance.trust import SigningKey, TrustPolicy, attest, generate_key, load_roots
from tests.conftest import SEED_URL
from tests.tsa_server import TsaServer


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> SigningKey:
    return generate_key(tmp_path_factory.mktemp("keys") / "signing.pem")


def direct_quote_id(archive: Archive, url: str) -> str:
    article = parse_record(archive.read(archive.find(url)))
    return next(q.quote_id for q in extract_quotes(article) if q.kind == "direct")


def signed_capture(archive: Archive, key: SigningKey | None, tsa: str | None) -> Citation:
    result = capture(SEED_URL, archive, offline=True)
    attest(archive, result.records, key=key, tsa=tsa, main=result.final)
    return cite_quote(archive, direct_quote_id(archive, SEED_URL), result.final.record_id)


def status(report: VerificationReport, name: str) -> str:
    return report.status_of(name)


@pytest.fixture
def stamped(
    archive: Archive, key: SigningKey, tsa: TsaServer
) -> Iterator[tuple[Archive, Citation, TrustPolicy]]:
    citation = signed_capture(archive, key, tsa.url())
    policy = TrustPolicy(signer=key.fingerprint, roots=load_roots(tsa.root_pem))
    yield archive, citation, policy


def test_a_signed_and_stamped_citation_verifies_every_claim(
    stamped: tuple[Archive, Citation, TrustPolicy], key: SigningKey, tsa: TsaServer
) -> None:
    archive, c, policy = stamped
    assert c.proof is not None and c.proof.records is not None
    assert c.proof.signature is not None and c.proof.signature.fingerprint == key.fingerprint
    assert c.proof.timestamp is not None and c.proof.timestamp.authority == tsa.url()
    assert Citation.from_json(c.to_json()) == c
    report = verify(c, archive.path, policy=policy)
    assert report.verified, report.summary()
    assert status(report, "signature") == "passed" and status(report, "timestamp") == "passed"
    # without trusted roots the token cannot be vouched for: the quote verifies, partially
    partial = verify(c, archive.path, policy=TrustPolicy())
    assert partial.verdict == "quote verified, claims not checked"
    assert [x.name for x in partial.not_checked] == ["timestamp"]
    # a WARC file alone, and a WACZ, carry everything needed
    warc = archive.warc_path(c.capture.warc_file)
    assert verify(c, warc, policy=policy).verified
    wacz = archive.path.parent / "x.wacz"
    export_wacz(archive, wacz)
    assert verify(c, wacz, policy=policy).verified
    text = render(c, "text")
    assert f"signed by key {key.fingerprint}" in text and f"by {tsa.url()}" in text


def test_each_false_proof_is_refused_by_its_named_claim(
    stamped: tuple[Archive, Citation, TrustPolicy], key: SigningKey, tsa: TsaServer, tmp_path: Path
) -> None:
    archive, c, policy = stamped
    assert c.proof is not None
    other_key = generate_key(tmp_path / "other.pem")
    report = verify(c, archive.path, policy=attrs.evolve(policy, signer=other_key.fingerprint))
    assert status(report, "signature") == "failed" and not report.quote_verified
    assert f"not by {other_key.fingerprint}" in report.first_failure.detail  # type: ignore[union-attr]

    # a second capture's proof put on this citation: over other digests
    second = signed_capture(archive, key, tsa.url())
    assert second.proof is not None
    swapped = attrs.evolve(c, proof=second.proof)
    report = verify(swapped, archive.path, policy=policy)
    assert status(report, "signature") == "failed" and status(report, "timestamp") == "failed"
    assert "other digests" in report.first_failure.detail  # type: ignore[union-attr]
    # only the token swapped: the signature holds, the timestamp is refused
    token_only = attrs.evolve(c, proof=attrs.evolve(c.proof, timestamp=second.proof.timestamp))
    report = verify(token_only, archive.path, policy=policy)
    assert status(report, "signature") == "passed" and status(report, "timestamp") == "failed"
    # a fingerprint in the citation that is not the key's
    sig = attrs.evolve(c.proof.signature, fingerprint=other_key.fingerprint)  # type: ignore[arg-type]
    relabelled = attrs.evolve(c, proof=attrs.evolve(c.proof, signature=sig))
    assert status(verify(relabelled, archive.path), "signature") == "failed"

    # a token from an authority outside the trusted roots
    foreign = signed_capture(archive, key, tsa.url("/other"))
    report = verify(foreign, archive.path, policy=policy)
    assert status(report, "signature") == "passed" and status(report, "timestamp") == "failed"
    assert "not valid under the given roots" in report.first_failure.detail  # type: ignore[union-attr]
    other_roots = attrs.evolve(policy, roots=load_roots(tsa.other_root_pem))
    assert verify(foreign, archive.path, policy=other_roots).verified


def test_a_timestamp_far_from_warc_date_is_refused(
    archive: Archive, key: SigningKey, tsa: TsaServer
) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Harbour council</title></head><body>"
        "<p>\u201cWe will rebuild the old pier before winter,\u201d the mayor, Ana Kova\u010d, "
        "said on Tuesday.</p></body></html>"
    ).encode()
    url = "https://news.example/2015/03/harbour"
    draft = RecordDraft(
        "resource",
        url,
        datetime(2015, 3, 1, 12, tzinfo=timezone.utc),
        "text/html; charset=utf-8",
        page,
    )
    (entry,) = archive.append([PendingRecord(draft, RecordFacts(origin="imported"))])
    attest(archive, [entry], key=key, tsa=tsa.url())  # stamped today, as an import would be
    c = cite_quote(archive, direct_quote_id(archive, url), entry.record_id)
    assert c.proof is not None
    policy = TrustPolicy(roots=load_roots(tsa.root_pem))
    report = verify(c, archive.path, policy=policy)
    assert status(report, "timestamp") == "failed" and "from WARC-Date" in report.summary()
    lenient = attrs.evolve(policy, tolerance=timedelta(days=365 * 40))
    assert status(verify(c, archive.path, policy=lenient), "timestamp") == "passed"


def test_unsigned_citations_say_so_and_fail_only_when_asked(archive: Archive) -> None:
    c = signed_capture(archive, None, None)
    assert c.proof is None and "proof" not in json.loads(c.to_json())
    report = verify(c, archive.path)
    assert report.verified
    assert status(report, "signature") == "not applicable"
    assert status(report, "timestamp") == "not applicable"
    asked = verify(c, archive.path, policy=TrustPolicy(signer="ab" * 32, require_timestamp=True))
    assert status(asked, "signature") == "failed" and status(asked, "timestamp") == "failed"


def test_a_proof_too_large_to_carry_is_read_from_its_record(
    stamped: tuple[Archive, Citation, TrustPolicy],
) -> None:
    archive, c, policy = stamped
    assert c.proof is not None
    pointer = attrs.evolve(c, proof=attrs.evolve(c.proof, records=None))
    assert verify(pointer, archive.path, policy=policy).verified
    assert verify(pointer, archive.warc_path(c.capture.warc_file), policy=policy).verified
    moved = attrs.evolve(pointer, proof=attrs.evolve(pointer.proof, offset=0))  # type: ignore[arg-type]
    report = verify(moved, archive.path, policy=policy)
    assert status(report, "signature") == "not checked"
    assert "not the cited proof record" in next(
        x.detail for x in report.checks if x.name == "signature"
    )


def test_verify_command_options(
    stamped: tuple[Archive, Citation, TrustPolicy], key: SigningKey, tsa: TsaServer, tmp_path: Path
) -> None:
    archive, c, _ = stamped
    path = tmp_path / "c.json"
    path.write_text(c.to_json())
    base = ("verify", str(path), "--archive", str(archive.path), "--fast")
    roots = ("--tsa-roots", str(tsa.root_pem))
    code, out, err = run(*base, "--signer", key.fingerprint, *roots)
    assert code == 6, err  # --fast leaves the re-derivations not checked
    assert "not checked: signature" not in out and "not checked: timestamp" not in out
    code, out, _ = run(*base, "--signer", key.fingerprint)
    assert code == 6 and "not checked: timestamp: stamped at " in out
    code, _, err = run(*base, "--signer", "00" * 32, *roots)
    assert code == 1 and "NOT verified: signature: signed by key" in err
    code, out, err = run("verify", str(path), "--archive", str(archive.path), "--signer",
                         key.fingerprint, *roots, "--json")  # fmt: skip
    assert code == 0, err
    checks = {x["name"]: x["status"] for x in json.loads(out)["checks"]}
    assert checks["signature"] == "passed" and checks["timestamp"] == "passed"
    code, _, err = run(*base, "--tsa-roots", str(path))
    assert code == 2 and "no PEM certificate" in err


def test_reports_cite_signed_captures(stamped: tuple[Archive, Citation, TrustPolicy]) -> None:
    archive, c, _ = stamped
    out = render_draft(f"As reported [[{c.citation_id}]].\n", archive, style="apa", fmt="md")
    assert c.quote.text.split()[0] in out
