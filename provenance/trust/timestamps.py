"""RFC 3161 trusted timestamps: asking an authority, keeping its reply, checking it.

A timestamp token is a statement signed by a time-stamping authority (TSA):
"the sha256 digest D existed at time T". It proves that the data hashed to
D existed by T. It says nothing about who made the data, nor that T is when
it was made.

Requests and replies are built and checked by ``rfc3161-client`` (sha256
message imprint, a random nonce, the authority's certificate requested in the
reply). The only network access is one HTTP POST of the request
(``Content-Type: application/timestamp-query``). The whole reply
(``TimeStampResp`` DER) is kept: it holds the status, the token and the
authority's certificate.

Checking a token (:func:`check_token`) means: the status is granted, the
signature chains to one of the given root certificates (valid at the
token's time), the signing certificate carries the critical timeStamping
extended key usage, and the message imprint is the sha256 of the message.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import attrs
import requests
from cryptography import x509
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from ..errors import CertificateFileError, TsaBadAnswer, TsaRefused, TsaUnavailable
from . import http

__all__ = [
    "TimestampToken",
    "TokenCheck",
    "check_token",
    "load_roots",
    "request_timestamp",
]

log = logging.getLogger(__name__)

QUERY_TYPE = "application/timestamp-query"
TSA_LIMITS = http.HttpLimits(connect_timeout=5.0, read_timeout=15.0, total_timeout=30.0)
_SHA256_OID = x509.ObjectIdentifier("2.16.840.1.101.3.4.2.1")


@attrs.frozen
class TimestampToken:
    """A time-stamping authority's reply, kept whole (DER ``TimeStampResp``)."""

    reply_der: bytes = attrs.field(repr=False)
    authority: str | None = None

    def _decoded(self) -> TimeStampResponse:
        return decode_timestamp_response(self.reply_der)

    @classmethod
    def parse(cls, reply_der: bytes, authority: str | None = None) -> TimestampToken:
        """Keep ``reply_der`` after checking that it parses; ValueError if it does not."""
        decode_timestamp_response(reply_der)
        return cls(reply_der, authority)

    @property
    def time(self) -> datetime:
        """The time the authority put in the token (``genTime``, UTC)."""
        return self._decoded().tst_info.gen_time

    @property
    def imprint_sha256(self) -> str | None:
        """The hex message imprint if its algorithm is sha256, else None."""
        imprint = self._decoded().tst_info.message_imprint
        return imprint.message.hex() if imprint.hash_algorithm == _SHA256_OID else None

    @property
    def base64(self) -> str:
        return base64.b64encode(self.reply_der).decode("ascii")

    @classmethod
    def from_base64(cls, text: str, authority: str | None = None) -> TimestampToken:
        return cls.parse(base64.b64decode(text, validate=True), authority)


def request_timestamp(
    url: str,
    message: bytes,
    *,
    limits: http.HttpLimits = TSA_LIMITS,
    session: requests.Session | None = None,
) -> TimestampToken:
    """Ask the authority at ``url`` to stamp the sha256 of ``message``.

    Raises :class:`TsaUnavailable` (no answer, HTTP error), :class:`TsaRefused`
    (a status other than granted) or :class:`TsaBadAnswer` (not a reply, or a
    reply for another request: wrong nonce or imprint).
    """
    request = (
        TimestampRequestBuilder()
        .data(message)
        .hash_algorithm(HashAlgorithm.SHA256)
        .nonce(nonce=True)
        .cert_request(cert_request=True)
        .build()
    )
    answer = http.post(
        url,
        request.as_bytes(),
        QUERY_TYPE,
        fail=lambda msg: TsaUnavailable(f"time-stamping authority unavailable: {msg}", url=url),
        limits=limits,
        session=session,
    )
    if answer.status != 200:
        raise TsaUnavailable(
            f"time-stamping authority {url} answered HTTP {answer.status}", url=url
        )
    try:
        reply = decode_timestamp_response(answer.body)
    except ValueError as exc:
        raise TsaBadAnswer(
            f"time-stamping authority {url} answered something that is not a "
            f"timestamp reply ({len(answer.body)} bytes)",
            url=url,
        ) from exc
    if reply.status != PKIStatus.GRANTED:
        text = "; ".join(reply.status_string) or "no reason given"
        try:
            status = PKIStatus(reply.status).name.lower().replace("_", " ")
        except ValueError:
            status = f"status {reply.status}"
        raise TsaRefused(f"time-stamping authority {url} refused: {status} ({text})", url=url)
    info = reply.tst_info
    if info.nonce != request.nonce:
        raise TsaBadAnswer(
            f"time-stamping authority {url} answered another request (nonce)", url=url
        )
    if info.message_imprint.message != hashlib.sha256(message).digest():
        raise TsaBadAnswer(f"time-stamping authority {url} stamped other data", url=url)
    log.info("timestamp from %s: %s", url, info.gen_time.isoformat())
    return TimestampToken(reply.as_bytes(), url)


def load_roots(path: str | Path) -> tuple[x509.Certificate, ...]:
    """The certificates in a PEM file (roots, and intermediates if any)."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise CertificateFileError(
            f"cannot read certificates from {source}: {exc}", path=str(source)
        ) from exc
    try:
        certs = tuple(x509.load_pem_x509_certificates(data))
    except ValueError as exc:
        raise CertificateFileError(f"{source} holds no PEM certificate", path=str(source)) from exc
    return certs


@attrs.frozen
class TokenCheck:
    """Whether a token is valid for a message under some roots, and why not."""

    valid: bool
    reason: str
    time: datetime | None = None


def _is_self_signed(cert: x509.Certificate) -> bool:
    return cert.issuer == cert.subject


def check_token(
    token: TimestampToken, message: bytes, roots: Sequence[x509.Certificate]
) -> TokenCheck:
    """Check ``token`` against ``message`` and trusted ``roots``; never raises on bad input."""
    try:
        reply = token._decoded()
    except ValueError as exc:
        return TokenCheck(False, f"not a timestamp reply: {exc}")
    when = reply.tst_info.gen_time
    if not roots:
        return TokenCheck(False, "no trusted authority roots given", when)
    builder = VerifierBuilder()
    for cert in roots:
        if _is_self_signed(cert):
            builder = builder.add_root_certificate(cert)
        else:
            builder = builder.add_intermediate_certificate(cert)
    try:
        verifier = builder.build()
    except ValueError as exc:  # no self-signed certificate among the roots
        return TokenCheck(False, f"unusable roots: {exc}", when)
    imprint = reply.tst_info.message_imprint
    if imprint.hash_algorithm != _SHA256_OID:
        return TokenCheck(False, "token imprint is not sha256", when)
    if imprint.message != hashlib.sha256(message).digest():
        return TokenCheck(False, "token covers other data (message imprint differs)", when)
    try:
        verifier.verify(reply, hashlib.sha256(message).digest())
    except VerificationError as exc:
        return TokenCheck(False, f"token not valid under the given roots: {exc}", when)
    return TokenCheck(True, "valid", when)
