"""Signing keys: P-384 files, raw r||s signatures, fingerprints; the digest manifest."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from provenance.errors import SigningKeyError
from provenance.trust import DigestManifest, PublicKey, generate_key, load_key
from provenance.trust.keys import normalise_fingerprint


def test_generate_writes_a_private_pem_readable_only_by_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "signing.pem"
    key = generate_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    again = load_key(path)
    assert again.fingerprint == key.fingerprint
    assert len(key.fingerprint) == 64
    spki = key.public_key.spki_der
    assert key.fingerprint == hashlib.sha256(spki).hexdigest()
    with pytest.raises(SigningKeyError, match="not overwriting"):
        generate_key(path)


def test_signatures_are_raw_r_s_and_verify_with_plain_cryptography(tmp_path: Path) -> None:
    key = generate_key(tmp_path / "k.pem")
    message = "Заявление «как есть» — 📰".encode()
    raw = key.sign(message)
    assert len(raw) == 96
    public = serialization.load_der_public_key(key.public_key.spki_der)
    assert isinstance(public, ec.EllipticCurvePublicKey) and public.curve.name == "secp384r1"
    der = encode_dss_signature(int.from_bytes(raw[:48], "big"), int.from_bytes(raw[48:], "big"))
    public.verify(der, message, ec.ECDSA(hashes.SHA256()))  # raises if wrong
    assert key.public_key.verify(raw, message)
    assert not key.public_key.verify(raw, message + b"!")
    other = generate_key(tmp_path / "other.pem")
    assert not other.public_key.verify(raw, message)
    assert not key.public_key.verify(der, message)  # DER is not the stored form


def test_only_p384_keys_are_accepted(tmp_path: Path) -> None:
    p256 = ec.generate_private_key(ec.SECP256R1())
    path = tmp_path / "p256.pem"
    path.write_bytes(
        p256.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(SigningKeyError, match="P-384"):
        load_key(path)
    (tmp_path / "junk.pem").write_text("not a key")
    with pytest.raises(SigningKeyError, match="not an unencrypted PEM"):
        load_key(tmp_path / "junk.pem")
    with pytest.raises(SigningKeyError, match="cannot read"):
        load_key(tmp_path / "missing.pem")
    spki = p256.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    import base64

    with pytest.raises(SigningKeyError):
        PublicKey.from_base64(base64.b64encode(spki).decode())


def test_fingerprints_are_compared_plain() -> None:
    assert normalise_fingerprint(" SHA256:AB:CD ") == "abcd"


def test_manifest_message_is_exact_and_round_trips() -> None:
    a, b = "a" * 64, "b" * 64
    manifest = DigestManifest.of([("<urn:uuid:1>", a), ("<urn:uuid:2>", b.upper())])
    assert (
        manifest.message()
        == (
            f"provenance-record-digests/1\n<urn:uuid:1>\tsha256:{a}\n<urn:uuid:2>\tsha256:{b}\n"
        ).encode()
    )
    assert manifest.sha256 == hashlib.sha256(manifest.message()).hexdigest()
    assert DigestManifest.from_json(manifest.to_json()) == manifest
    assert manifest.covers("<urn:uuid:2>", b) and not manifest.covers("<urn:uuid:2>", a)
    assert manifest.digest_of("<urn:uuid:3>") is None
    for bad in ([], [["<urn:uuid:1>"]], [["id with space", a]], [["<x>", "xyz"]], "nope"):
        with pytest.raises(ValueError):
            DigestManifest.from_json(bad)
