"""RFC 3161 against a real local authority (openssl ts -reply behind HTTP on 127.0.0.1)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from provenance.errors import CertificateFileError, TsaBadAnswer, TsaRefused, TsaUnavailable
from provenance.trust import TimestampToken, check_token, load_roots, request_timestamp
from tests.tsa_server import TsaServer

MESSAGE = "provenance-record-digests/1\n<urn:uuid:x>\tsha256:" + "ab" * 32 + "\n"


def test_a_granted_token_checks_against_its_root(tsa: TsaServer) -> None:
    before = datetime.now(timezone.utc) - timedelta(seconds=2)
    token = request_timestamp(tsa.url(), MESSAGE.encode())
    assert token.authority == tsa.url()
    assert before <= token.time <= datetime.now(timezone.utc) + timedelta(seconds=2)
    roots = load_roots(tsa.root_pem)
    result = check_token(token, MESSAGE.encode(), roots)
    assert result.valid, result.reason
    again = TimestampToken.from_base64(token.base64, token.authority)
    assert again == token and check_token(again, MESSAGE.encode(), roots).valid


def test_a_token_is_refused_for_other_data_or_another_root(tsa: TsaServer) -> None:
    token = request_timestamp(tsa.url(), MESSAGE.encode())
    roots = load_roots(tsa.root_pem)
    other_data = check_token(token, MESSAGE.encode() + b" ", roots)
    assert not other_data.valid and "other data" in other_data.reason
    foreign = request_timestamp(tsa.url("/other"), MESSAGE.encode())
    outside = check_token(foreign, MESSAGE.encode(), roots)
    assert not outside.valid and "not valid under the given roots" in outside.reason
    assert check_token(foreign, MESSAGE.encode(), load_roots(tsa.other_root_pem)).valid
    assert not check_token(token, MESSAGE.encode(), ()).valid


def test_an_authority_that_refuses_fails_or_is_down_raises_precisely(tsa: TsaServer) -> None:
    with pytest.raises(TsaRefused, match="refused: rejection"):
        request_timestamp(tsa.url("/refuse"), MESSAGE.encode())
    with pytest.raises(TsaBadAnswer, match="not a timestamp reply"):
        request_timestamp(tsa.url("/garbage"), MESSAGE.encode())
    with pytest.raises(TsaUnavailable, match="HTTP 503"):
        request_timestamp(tsa.url("/error"), MESSAGE.encode())
    with pytest.raises(TsaUnavailable, match="unavailable"):
        request_timestamp(tsa.down_url, MESSAGE.encode())


def test_roots_file_errors(tmp_path: Path) -> None:
    base = tmp_path
    with pytest.raises(CertificateFileError, match="cannot read"):
        load_roots(base / "missing.pem")
    (base / "x.pem").write_text("nothing here")
    with pytest.raises(CertificateFileError, match="no PEM certificate"):
        load_roots(base / "x.pem")
