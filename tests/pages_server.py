"""A real HTTP server on 127.0.0.1 for tests and benchmarks.

It serves small pages written for the tests, the awkward cases a capture
must handle (redirect chains, gzip, chunked bodies, stalls, cut
connections, oversized bodies) and, when given a directory, real pages.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import brotlicffi

UTF8_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Caf\u00e9 talks</title></head>"
    "<body><p>\u201cWe will keep our promises,\u201d the minister said. \u2014 \u041c\u043e\u0441"
    "\u043a\u0432\u0430 \U0001f4f0</p></body></html>"
).encode()
CP1251_TEXT = (
    "<html><head><title>\u041d\u043e\u0432\u043e\u0441\u0442\u0438</title></head><body>"
    "<p>\u00ab\u041c\u044b \u0432\u044b\u043f\u043e\u043b\u043d\u0438\u043c \u043e\u0431\u0435"
    "\u0449\u0430\u043d\u0438\u044f\u00bb, \u2014 \u0437\u0430\u044f\u0432\u0438\u043b "
    "\u043c\u0438\u043d\u0438\u0441\u0442\u0440.</p></body></html>"
)
CP1251_PAGE = CP1251_TEXT.encode("windows-1251")
CHUNKED_PARTS = (b"<html><body><p>first part, ", b"second part, ", b"third part.</p></body></html>")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: PagesServer

    def log_message(self, format: str, *args: object) -> None:
        return None

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        extra: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        body = f"<a href='{location}'>moved</a>".encode()
        self._send(status, body, extra=(("Location", location),))

    def _chunked(self, parts: tuple[bytes, ...], *, cut: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for part in parts:
            self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            self.wfile.flush()
        if cut:
            self.wfile.write(b"400\r\nonly a little")
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(b"0\r\n\r\n")

    def do_GET(self) -> None:
        self.server.enter()
        try:
            self._get()
        finally:
            self.server.leave()

    def _get(self) -> None:
        self.server.count(self.path)
        path = self.path.split("?", 1)[0]
        if path == "/slow":
            time.sleep(0.05)
            self._send(200, f"<html><body><p>page {self.path}</p></body></html>".encode())
        elif path == "/flaky":
            if self.server.hits.get(self.path, 0) <= 2:
                self._send(503, b"busy, try later")
            else:
                self._send(200, b"<html><body><p>finally</p></body></html>")
        elif path == "/dead":
            self._send(503, b"always busy")
        elif path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private\n", "text/plain")
        elif path == "/private":
            self._send(200, b"<html><body>private</body></html>")
        elif path == "/hostile":
            body = (
                "<html><head><title>Hostile <script>document.title='PWNED'</script></title>"
                "</head><body><article><p>\u201cWe fixed the bridge at last,\u201d Mayor Ana "
                "Lopez said, <b>proudly</b>.<script>document.body.innerHTML='PWNED'</script>"
                "<img src=x onerror=\"document.title='PWNED'\"></p></article></body></html>"
            ).encode()
            self._send(200, body)
        elif path == "/utf8":
            self._send(200, UTF8_PAGE)
        elif path == "/cp1251":
            self._send(200, CP1251_PAGE, "text/html; charset=windows-1251")
        elif path == "/r301":
            self._redirect(301, "/r302")
        elif path == "/r302":
            self._redirect(302, f"http://127.0.0.1:{self.server.server_port}/utf8")
        elif path == "/loop":
            self._redirect(302, "/loop")
        elif path == "/gzip":
            self._send(200, gzip.compress(UTF8_PAGE), extra=(("Content-Encoding", "gzip"),))
        elif path == "/deflate":
            self._send(200, zlib.compress(UTF8_PAGE), extra=(("Content-Encoding", "deflate"),))
        elif path == "/br":
            self._send(200, brotlicffi.compress(UTF8_PAGE), extra=(("Content-Encoding", "br"),))
        elif path == "/chunked":
            self._chunked(CHUNKED_PARTS)
        elif path == "/chunked-gzip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            data = gzip.compress(UTF8_PAGE)
            for i in range(0, len(data), 50):
                part = data[i : i + 50]
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/404":
            self._send(404, b"<html><body>no such page</body></html>")
        elif path == "/500":
            self._send(500, b"<html><body>server error</body></html>")
        elif path == "/stall":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"<html><body>slow")
            self.wfile.flush()
            self.server.stop_event.wait(5.0)
            self.close_connection = True
        elif path == "/stall-headers":
            self.server.stop_event.wait(5.0)
            self._send(200, b"late")
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(100):
                if self.server.stop_event.wait(0.1):
                    break
                self.wfile.write(b"x" * 10)
                self.wfile.flush()
            self.close_connection = True
        elif path == "/big":
            self._send(200, b"x" * (3 * 1024 * 1024))
        elif path == "/big-chunked":
            self._chunked(tuple(b"y" * 65536 for _ in range(48)))
        elif path == "/cut":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"<html><body>only part of it")
            self.wfile.flush()
            self.close_connection = True
        elif path == "/cut-chunked":
            self._chunked(CHUNKED_PARTS[:1], cut=True)
        elif path == "/changing":
            n = self.server.hits.get(self.path, 0)
            body = (
                "<html><head><title>Changing story</title></head><body><article><p>"
                f"\u201cVersion {n} of what I said,\u201d the mayor said on day {n}.</p>"
                "</article></body></html>"
            ).encode()
            self._send(200, body)
        elif path == "/hidden-word":
            body = (
                "<html><head><title>Talks</title></head><body><article><p>\u201cWe will "
                "<span style='display:none'>never</span> keep every promise we made,\u201d "
                "the minister said on Monday.</p></article></body></html>"
            ).encode()
            self._send(200, body)
        elif path == "/latin1-header":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", "2")
            self.send_header("X-Place", "Z\u00fcrich")
            self.send_header("Set-Cookie", "a=1")
            self.send_header("Set-Cookie", "b=2")
            self.end_headers()
            self.wfile.write(b"ok")
        elif path.startswith("/corpus/") and self.server.corpus_dir is not None:
            self._corpus(path[len("/corpus/") :])
        else:
            self._send(404, b"not found")

    def _corpus(self, name: str) -> None:
        directory = self.server.corpus_dir
        assert directory is not None
        if "/" in name or name.startswith("."):
            self._send(404, b"not found")
            return
        source = directory / f"{name}.html.gz"
        if not source.is_file():
            self._send(404, b"not found")
            return
        self._send(200, gzip.decompress(source.read_bytes()), "text/html")


class PagesServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, corpus_dir: Path | None = None, host: str = "127.0.0.1") -> None:
        super().__init__((host, 0), _Handler)
        self.host = host
        self.corpus_dir = corpus_dir
        self.stop_event = threading.Event()
        self._lock = threading.Lock()
        self.hits: dict[str, int] = {}
        self.inflight = 0
        self.max_inflight = 0

    def count(self, path: str) -> None:
        with self._lock:
            self.hits[path] = self.hits.get(path, 0) + 1

    def enter(self) -> None:
        with self._lock:
            self.inflight += 1
            self.max_inflight = max(self.max_inflight, self.inflight)

    def leave(self) -> None:
        with self._lock:
            self.inflight -= 1

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.server_port}"

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def serve(corpus_dir: Path | None = None, host: str = "127.0.0.1") -> Iterator[PagesServer]:
    server = PagesServer(corpus_dir, host)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server
    finally:
        server.stop_event.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
