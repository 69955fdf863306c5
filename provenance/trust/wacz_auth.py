"""Signed WACZ packages: ``datapackage-digest.json`` in the anonymous form of wacz-auth 0.1.0.

``datapackage-digest.json`` holds ``path``, ``hash`` (``sha256:<hex>`` of
``datapackage.json``) and, when a key is given, ``signedData`` with exactly
the six fields of the anonymous form::

    hash        the same "sha256:<hex>" string
    created     the package's "created" (py-wacz requires the two to be equal)
    software    "provenance <version>"
    version     "0.1.0", the signing format's version
    signature   base64 of the raw r||s ECDSA P-384 signature, SHA-256, of the
                ASCII bytes of ``hash``
    publicKey   base64 of the SubjectPublicKeyInfo DER of the P-384 key

which is what ReplayWeb.page checks with WebCrypto (``importKey("spki",
..., {name: "ECDSA", namedCurve: "P-384"})``, ``verify({name: "ECDSA", hash:
"SHA-256"}, ...)``, which takes raw r||s, never DER).

With a time-stamping authority, a sibling object ``timestamp`` is added
(outside ``signedData``, which keeps the anonymous form exact)::

    "timestamp": {"over": "signedData.signature" | "hash",
                  "authority": "<URL>", "time": "<genTime>",
                  "token": "<base64 DER TimeStampResp>"}

The token's message is the ASCII string named by ``over``: the base64
signature when the package is signed (as the domain form's
``timeSignature`` stamps the signature), else the ``hash`` string.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import requests
from cryptography import x509

from ..errors import SigningKeyError, TimestampError, TsaBadAnswer
from .claims import (
    DEFAULT_TOLERANCE,
    FAILED,
    NOT_APPLICABLE,
    NOT_CHECKED,
    PASSED,
    ClaimResult,
    parse_warc_date,
)
from .keys import PublicKey, SigningKey, normalise_fingerprint
from .timestamps import TimestampToken, check_token, request_timestamp

__all__ = [
    "SIGNED_DATA_FIELDS",
    "WACZ_AUTH_VERSION",
    "check_package_signature",
    "check_package_timestamp",
    "package_digest",
]

WACZ_AUTH_VERSION = "0.1.0"
SIGNED_DATA_FIELDS = ("hash", "created", "software", "version", "signature", "publicKey")


def package_digest(
    package_bytes: bytes,
    *,
    created: str,
    software: str,
    key: SigningKey | None = None,
    tsa: str | None = None,
    session: requests.Session | None = None,
) -> tuple[dict[str, Any], str | None]:
    """The ``datapackage-digest.json`` object for ``package_bytes``, and the timestamp error.

    A time-stamping authority that fails leaves the package unstamped: the
    error is returned, not raised.
    """
    hash_string = "sha256:" + hashlib.sha256(package_bytes).hexdigest()
    doc: dict[str, Any] = {"path": "datapackage.json", "hash": hash_string}
    stamped_text = hash_string
    over = "hash"
    if key is not None:
        signature = base64.b64encode(key.sign(hash_string.encode("ascii"))).decode("ascii")
        doc["signedData"] = {
            "hash": hash_string,
            "created": created,
            "software": software,
            "version": WACZ_AUTH_VERSION,
            "signature": signature,
            "publicKey": key.public_key.base64,
        }
        stamped_text, over = signature, "signedData.signature"
    error = None
    if tsa:
        try:
            token = request_timestamp(tsa, stamped_text.encode("ascii"), session=session)
        except TimestampError as exc:
            error = str(exc)
        else:
            doc["timestamp"] = {
                "over": over,
                "authority": tsa,
                "time": token.time.isoformat(),
                "token": token.base64,
            }
    return doc, error


def check_package_signature(
    doc: object, package_bytes: bytes, *, signer: str | None = None
) -> ClaimResult:
    """The ``signature`` claim of a WACZ: ``signedData`` verified as ReplayWeb.page does."""
    name = "signature"
    wanted = normalise_fingerprint(signer) if signer else None
    if not isinstance(doc, dict):
        return ClaimResult(name, FAILED, "datapackage-digest.json is not an object")
    actual = "sha256:" + hashlib.sha256(package_bytes).hexdigest()
    if doc.get("hash") != actual:
        return ClaimResult(name, FAILED, "datapackage.json does not match the digest's hash")
    signed = doc.get("signedData")
    if signed is None:
        if wanted:
            return ClaimResult(name, FAILED, f"unsigned, but a signature by {wanted} was demanded")
        return ClaimResult(name, NOT_APPLICABLE, "unsigned package")
    if not isinstance(signed, dict) or not all(
        isinstance(signed.get(f), str) for f in SIGNED_DATA_FIELDS
    ):
        return ClaimResult(name, FAILED, "signedData lacks fields of the anonymous form")
    if signed["hash"] != actual:
        return ClaimResult(name, FAILED, "signedData signs another datapackage.json")
    try:
        key = PublicKey.from_base64(signed["publicKey"])
        raw = base64.b64decode(signed["signature"], validate=True)
    except (SigningKeyError, binascii.Error) as exc:
        return ClaimResult(name, FAILED, f"malformed signedData: {exc}")
    if not key.verify(raw, signed["hash"].encode("ascii")):
        return ClaimResult(name, FAILED, f"the signature does not hold for key {key.fingerprint}")
    if wanted and key.fingerprint != wanted:
        return ClaimResult(name, FAILED, f"signed by key {key.fingerprint}, not by {wanted}")
    return ClaimResult(name, PASSED, f"valid, by key {key.fingerprint}, over {actual}")


def check_package_timestamp(
    doc: object,
    *,
    roots: Sequence[x509.Certificate] = (),
    tolerance: timedelta = DEFAULT_TOLERANCE,
) -> ClaimResult:
    """The ``timestamp`` claim of a WACZ: the token covers what ``over`` names, near ``created``."""
    name = "timestamp"
    if not isinstance(doc, dict) or doc.get("timestamp") is None:
        return ClaimResult(name, NOT_APPLICABLE, "unstamped package")
    stamp = doc["timestamp"]
    signed = doc.get("signedData") if isinstance(doc.get("signedData"), dict) else None
    if not isinstance(stamp, dict) or not isinstance(stamp.get("token"), str):
        return ClaimResult(name, FAILED, "timestamp lacks a token")
    over = stamp.get("over")
    if over == "signedData.signature" and signed is not None:
        text = signed.get("signature")
    elif over == "hash":
        text = doc.get("hash")
    else:
        return ClaimResult(name, FAILED, f"timestamp over {over!r}: nothing to check it against")
    if not isinstance(text, str):
        return ClaimResult(name, FAILED, f"{over} is missing")
    try:
        token = TimestampToken.from_base64(stamp["token"], stamp.get("authority"))
    except (ValueError, TsaBadAnswer) as exc:
        return ClaimResult(name, FAILED, f"malformed token: {exc}")
    if token.imprint_sha256 != hashlib.sha256(text.encode("ascii")).hexdigest():
        return ClaimResult(name, FAILED, f"the token is for other data than {over}")
    when: datetime = token.time
    created = signed.get("created") if signed is not None else None
    if isinstance(created, str):
        stated = parse_warc_date(created)
        if stated is None or abs((when - stated).total_seconds()) > tolerance.total_seconds():
            return ClaimResult(
                name, FAILED, f"the token's time {when.isoformat()} is far from created {created}"
            )
    if not roots:
        return ClaimResult(
            name, NOT_CHECKED, f"stamped at {when.isoformat()}; not checked: no trusted roots given"
        )
    result = check_token(token, text.encode("ascii"), roots)
    if not result.valid:
        return ClaimResult(name, FAILED, result.reason)
    return ClaimResult(name, PASSED, f"valid token: {over} existed by {when.isoformat()}")
