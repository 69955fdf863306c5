"""Signing keys: ECDSA P-384, the key type WACZ players verify.

One key type for everything provenance signs (captures, imports, WACZ
packages): ECDSA on the NIST P-384 curve with SHA-256, because that is what
ReplayWeb.page checks a WACZ ``signedData`` with (WebCrypto, SPKI public key,
raw ``r || s`` signature). Signatures are therefore stored raw: 96 bytes,
``r`` then ``s``, each 48 bytes big-endian; never DER.

A key's *fingerprint* is the lowercase hex sha256 of its public key in
SubjectPublicKeyInfo DER form. It names a key, not a person: whoever holds
the private key file can sign.

The private key file is PEM (PKCS#8, unencrypted) with file mode 0600.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

import attrs
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from ..errors import SigningKeyError

__all__ = [
    "SIGNATURE_ALGORITHM",
    "PublicKey",
    "SigningKey",
    "fingerprint_of",
    "generate_key",
    "load_key",
    "normalise_fingerprint",
]

SIGNATURE_ALGORITHM = "ecdsa-p384-sha256"
_COORD = 48  # bytes of r and of s on P-384


def fingerprint_of(spki_der: bytes) -> str:
    """The fingerprint of a public key given as SPKI DER: lowercase hex sha256."""
    return hashlib.sha256(spki_der).hexdigest()


def normalise_fingerprint(value: str) -> str:
    """A fingerprint as given by a user (``sha256:`` prefix, colons, any case) made plain.

    >>> normalise_fingerprint("SHA256:AB:cd")
    'abcd'
    """
    text = value.strip().lower()
    if text.startswith("sha256:"):
        text = text[len("sha256:") :]
    return text.replace(":", "").replace(" ", "")


@attrs.frozen
class PublicKey:
    """A P-384 public key, kept as its SPKI DER bytes."""

    spki_der: bytes = attrs.field(repr=False)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.spki_der)

    @property
    def base64(self) -> str:
        """Base64 of the SPKI DER: the WACZ ``publicKey`` form."""
        return base64.b64encode(self.spki_der).decode("ascii")

    @classmethod
    def from_base64(cls, text: str) -> PublicKey:
        """Parse a base64 SPKI DER key; raises :class:`SigningKeyError` if it is not P-384."""
        try:
            der = base64.b64decode(text, validate=True)
        except (ValueError, TypeError) as exc:
            raise SigningKeyError("public key is not base64", path="") from exc
        cls._load(der)
        return cls(der)

    @staticmethod
    def _load(der: bytes) -> ec.EllipticCurvePublicKey:
        try:
            key = serialization.load_der_public_key(der)
        except (ValueError, TypeError) as exc:
            raise SigningKeyError(f"not a public key: {exc}", path="") from exc
        if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp384r1":
            raise SigningKeyError("public key is not an ECDSA P-384 key", path="")
        return key

    def verify(self, signature: bytes, message: bytes) -> bool:
        """Whether ``signature`` (raw r||s) is this key's ECDSA/SHA-256 signature of ``message``."""
        if len(signature) != 2 * _COORD:
            return False
        r = int.from_bytes(signature[:_COORD], "big")
        s = int.from_bytes(signature[_COORD:], "big")
        try:
            key = self._load(self.spki_der)
            key.verify(encode_dss_signature(r, s), message, ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, SigningKeyError, ValueError):
            return False
        return True


class SigningKey:
    """A private P-384 key that signs (ECDSA with SHA-256, raw r||s)."""

    def __init__(self, private: ec.EllipticCurvePrivateKey, *, path: str = "") -> None:
        if private.curve.name != "secp384r1":
            raise SigningKeyError("signing key is not an ECDSA P-384 key", path=path)
        self._private = private
        self.path = path
        spki = private.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self.public_key = PublicKey(spki)

    def __repr__(self) -> str:
        return f"SigningKey(fingerprint={self.fingerprint!r})"

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(ec.generate_private_key(ec.SECP384R1()))

    def sign(self, message: bytes) -> bytes:
        """The raw (r||s, 96 bytes) ECDSA/SHA-256 signature of ``message``."""
        der = self._private.sign(message, ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        return r.to_bytes(_COORD, "big") + s.to_bytes(_COORD, "big")

    def private_pem(self) -> bytes:
        return self._private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def generate_key(path: str | os.PathLike[str]) -> SigningKey:
    """Write a new private key to ``path`` (PEM, mode 0600); never overwrites a file."""
    target = Path(path)
    private = ec.generate_private_key(ec.SECP384R1())
    key = SigningKey(private, path=str(target))
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise SigningKeyError(f"{target} exists; not overwriting a key", path=str(target)) from exc
    except OSError as exc:
        raise SigningKeyError(f"cannot write {target}: {exc}", path=str(target)) from exc
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.private_pem())
    return key


def load_key(path: str | os.PathLike[str]) -> SigningKey:
    """Read a private key written by :func:`generate_key` (or any P-384 PEM/PKCS#8 key)."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise SigningKeyError(f"cannot read key {source}: {exc}", path=str(source)) from exc
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise SigningKeyError(
            f"{source} is not an unencrypted PEM private key", path=str(source)
        ) from exc
    if not isinstance(private, ec.EllipticCurvePrivateKey):
        raise SigningKeyError(f"{source} is not an ECDSA key", path=str(source))
    return SigningKey(private, path=str(source))
