"""A real RFC 3161 time-stamping authority on 127.0.0.1, made with `openssl` at test time.

Two independent authorities are made in a temporary directory, each a root
CA certificate and a TSA certificate it issued (``extendedKeyUsage =
critical,timeStamping``). ``openssl ts -reply`` answers each request.
Paths of the server:

``/tsa``      the trusted authority (its root is ``root_pem``)
``/other``    a second authority, under another root (``other_root_pem``)
``/refuse``   the trusted authority configured for sha512 only: it answers
              sha256 requests with status "rejection"
``/garbage``  HTTP 200 with bytes that are no timestamp reply
``/error``    HTTP 503

``down_url`` is a port on which nothing listens.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_TSA_CONFIG = """\
[tsa]
default_tsa = tsa_config
[tsa_config]
dir = {dir}
serial = {dir}/serial
crypto_device = builtin
signer_cert = {dir}/tsa.pem
signer_key = {dir}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = {digests}
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""
# No `certs =` line: the unsorted certificate SET it adds is refused by rfc3161-client.


def require_openssl() -> str:
    """The openssl binary; a test skips without it, except in CI, where it fails."""
    import pytest

    found = shutil.which("openssl")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("openssl is required in CI")
        pytest.skip("openssl is not installed")
    return found


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, check=True, capture_output=True, timeout=60)


def make_authority(openssl: str, directory: Path, name: str) -> Path:
    """A root CA and a TSA certificate in ``directory``; returns the root PEM."""
    directory.mkdir(parents=True)
    _run(
        openssl,
        "ecparam",
        "-name",
        "prime256v1",
        "-genkey",
        "-noout",
        "-out",
        "ca.key",
        cwd=directory,
    )
    _run(
        openssl, "req", "-x509", "-new", "-key", "ca.key", "-subj", f"/CN={name} Test Root",
        "-days", "3650", "-out", "ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=directory,
    )  # fmt: skip
    _run(
        openssl,
        "ecparam",
        "-name",
        "prime256v1",
        "-genkey",
        "-noout",
        "-out",
        "tsa.key",
        cwd=directory,
    )
    _run(
        openssl,
        "req",
        "-new",
        "-key",
        "tsa.key",
        "-subj",
        f"/CN={name} Test TSA",
        "-out",
        "tsa.csr",
        cwd=directory,
    )
    (directory / "tsa.ext").write_text(
        "basicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=critical,timeStamping\n"
    )
    _run(
        openssl, "x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "3650", "-extfile", "tsa.ext", "-out", "tsa.pem",
        cwd=directory,
    )  # fmt: skip
    (directory / "serial").write_text("01\n")
    for digests, conf in (("sha256, sha384, sha512", "tsa.cnf"), ("sha512", "sha512-only.cnf")):
        (directory / conf).write_text(_TSA_CONFIG.format(dir=directory, digests=digests))
    return directory / "ca.pem"


class TsaServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, openssl: str, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.openssl = openssl
        self.root = root
        self.lock = threading.Lock()
        self.requests = 0

    def url(self, path: str = "/tsa") -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    @property
    def root_pem(self) -> Path:
        return self.root / "trusted" / "ca.pem"

    @property
    def other_root_pem(self) -> Path:
        return self.root / "other" / "ca.pem"

    @property
    def down_url(self) -> str:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        return f"http://127.0.0.1:{port}/tsa"

    def reply(self, query: bytes, authority: str, conf: str) -> bytes:
        with self.lock, tempfile.TemporaryDirectory() as tmp:
            self.requests += 1
            q, r = Path(tmp) / "q.tsq", Path(tmp) / "r.tsr"
            q.write_bytes(query)
            subprocess.run(
                [self.openssl, "ts", "-reply", "-config", str(self.root / authority / conf),
                 "-queryfile", str(q), "-out", str(r)],
                check=True, capture_output=True, timeout=60,
            )  # fmt: skip
            return r.read_bytes()


class _Handler(BaseHTTPRequestHandler):
    server: TsaServer

    def log_message(self, format: str, *args: object) -> None:
        return None

    def _answer(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        reply_type = "application/timestamp-reply"
        if self.path == "/tsa":
            self._answer(200, self.server.reply(query, "trusted", "tsa.cnf"), reply_type)
        elif self.path == "/other":
            self._answer(200, self.server.reply(query, "other", "tsa.cnf"), reply_type)
        elif self.path == "/refuse":
            self._answer(200, self.server.reply(query, "trusted", "sha512-only.cnf"), reply_type)
        elif self.path == "/garbage":
            self._answer(200, b"<html>this is not a timestamp</html>" * 3, reply_type)
        elif self.path == "/error":
            self._answer(503, b"overloaded", "text/plain")
        else:
            self._answer(404, b"no such authority", "text/plain")


@contextmanager
def serve_tsa(directory: Path, openssl: str | None = None) -> Iterator[TsaServer]:
    """Make both authorities in ``directory`` and serve them; ``openssl`` defaults to PATH's."""
    openssl = openssl or require_openssl()
    make_authority(openssl, directory / "trusted", "Trusted")
    make_authority(openssl, directory / "other", "Other")
    server = TsaServer(openssl, directory)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
