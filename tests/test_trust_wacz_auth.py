"""datapackage-digest.json signedData, checked the way the wacz-auth spec and ReplayWeb.page do."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from provenance.trust import (
    check_package_signature,
    check_package_timestamp,
    generate_key,
    load_roots,
    package_digest,
)
from tests.tsa_server import TsaServer

PACKAGE = json.dumps({"profile": "data-package", "created": "2026-01-02T03:04:05Z"}).encode()
CREATED = "2026-01-02T03:04:05Z"


def webcrypto_verify(signed: dict[str, str]) -> None:
    """What ReplayWeb.page does: importKey('spki', P-384), verify ECDSA/SHA-256 over the hash text.

    WebCrypto takes the signature as raw r||s; ``cryptography`` wants DER, so
    the 96 bytes are split into r and s (48 each) first. Raises if invalid.
    """
    key = serialization.load_der_public_key(base64.b64decode(signed["publicKey"]))
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp384r1"
    raw = base64.b64decode(signed["signature"])
    assert len(raw) == 96
    r, s = int.from_bytes(raw[:48], "big"), int.from_bytes(raw[48:], "big")
    key.verify(
        encode_dss_signature(r, s), signed["hash"].encode("ascii"), ec.ECDSA(hashes.SHA256())
    )


def test_signed_data_is_the_anonymous_form_and_verifies(tmp_path: Path) -> None:
    key = generate_key(tmp_path / "k.pem")
    doc, error = package_digest(PACKAGE, created=CREATED, software="provenance 9", key=key)
    assert error is None
    expected_hash = "sha256:" + hashlib.sha256(PACKAGE).hexdigest()
    assert doc["hash"] == expected_hash and doc["path"] == "datapackage.json"
    signed = doc["signedData"]
    assert list(signed) == ["hash", "created", "software", "version", "signature", "publicKey"]
    assert signed["hash"] == expected_hash and signed["created"] == CREATED
    assert signed["version"] == "0.1.0"
    webcrypto_verify(signed)
    claim = check_package_signature(doc, PACKAGE, signer=key.fingerprint)
    assert claim.passed is True and key.fingerprint in claim.detail


def test_a_tampered_datapackage_or_signature_does_not_verify(tmp_path: Path) -> None:
    key = generate_key(tmp_path / "k.pem")
    doc, _ = package_digest(PACKAGE, created=CREATED, software="provenance 9", key=key)
    tampered = PACKAGE.replace(b"2026", b"2027")
    assert check_package_signature(doc, tampered).passed is False
    # even with the digest's hash recomputed, the signature is over the old hash
    forged = {**doc, "hash": "sha256:" + hashlib.sha256(tampered).hexdigest()}
    forged["signedData"] = {**doc["signedData"], "hash": forged["hash"]}
    assert check_package_signature(forged, tampered).passed is False
    with pytest.raises(InvalidSignature):
        webcrypto_verify(forged["signedData"])
    other = generate_key(tmp_path / "o.pem")
    wrong = check_package_signature(doc, PACKAGE, signer=other.fingerprint)
    assert wrong.passed is False and "not by" in wrong.detail
    unsigned, _ = package_digest(PACKAGE, created=CREATED, software="x")
    assert "signedData" not in unsigned
    assert check_package_signature(unsigned, PACKAGE).passed is None
    assert check_package_signature(unsigned, PACKAGE, signer=key.fingerprint).passed is False


def test_a_timestamp_stamps_the_signature(tmp_path: Path, tsa: TsaServer) -> None:
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    key = generate_key(tmp_path / "k.pem")
    doc, error = package_digest(PACKAGE, created=now, software="p", key=key, tsa=tsa.url())
    assert error is None and doc["timestamp"]["over"] == "signedData.signature"
    assert list(doc["signedData"]) == [
        "hash",
        "created",
        "software",
        "version",
        "signature",
        "publicKey",
    ]
    roots = load_roots(tsa.root_pem)
    assert check_package_timestamp(doc, roots=roots).passed is True
    assert check_package_timestamp(doc, roots=load_roots(tsa.other_root_pem)).passed is False
    assert check_package_timestamp(doc).passed is None
    moved = {
        **doc,
        "signedData": {**doc["signedData"], "signature": base64.b64encode(b"x" * 96).decode()},
    }
    assert check_package_timestamp(moved, roots=roots).passed is False
    late, _ = package_digest(
        PACKAGE, created="2001-01-01T00:00:00Z", software="p", key=key, tsa=tsa.url()
    )
    assert check_package_timestamp(late, roots=roots).passed is False
    unsigned, _ = package_digest(PACKAGE, created=now, software="p", tsa=tsa.url())
    assert unsigned["timestamp"]["over"] == "hash"
    assert check_package_timestamp(unsigned, roots=roots).passed is True
    down, error = package_digest(PACKAGE, created=now, software="p", key=key, tsa=tsa.down_url)
    assert error and "timestamp" not in down and "signedData" in down
