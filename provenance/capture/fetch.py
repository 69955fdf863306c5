"""Live HTTP fetching with ``requests``: every hop of a redirect chain, as received.

This is the only module that touches ``requests``/``urllib3``. It returns
what the server sent: the status line, the headers in order (duplicates
kept), and the entity body after transfer decoding (de-chunked) but with any
content coding (gzip, deflate, br) left in place, so the archive stores the
representation exactly as it was served.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
import requests
import urllib3.exceptions

from .._version import __version__
from ..errors import (
    FetchConnectionError,
    FetchError,
    FetchTimeout,
    IncompleteResponse,
    InvalidURL,
    ResponseTooLarge,
    TooManyRedirects,
)
from ..store.headers import first_header
from ..urls import check_http_url

__all__ = ["FetchOptions", "Fetched", "HttpExchange", "fetch"]

log = logging.getLogger(__name__)

USER_AGENT = (
    f"provenance/{__version__} (web citation archiver; python-requests/{requests.__version__})"
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_READ_SIZE = 64 * 1024


@attrs.frozen
class FetchOptions:
    """Limits and identity for a live fetch."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    max_bytes: int = 50 * 1024 * 1024
    max_redirects: int = 10


@attrs.frozen
class HttpExchange:
    """One request and the response it got, as received on the wire."""

    url: str
    started: datetime
    request_head: bytes = attrs.field(repr=False)
    http_version: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)
    peer_ip: str | None

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        return first_header(self.headers, name)

    @property
    def is_redirect(self) -> bool:
        return self.status in _REDIRECTS and self.header("Location") is not None


@attrs.frozen
class Fetched:
    """Every hop of a fetch, the last one being the final response."""

    requested_url: str
    hops: tuple[HttpExchange, ...]

    @property
    def final(self) -> HttpExchange:
        return self.hops[-1]


def fetch(
    url: str, options: FetchOptions | None = None, *, session: requests.Session | None = None
) -> Fetched:
    """Fetch ``url``, following redirects by hand so that every hop is kept.

    ``session`` is a seam for callers that want their own connection pool
    or transport adapters; by default a fresh session is used and closed.
    """
    opts = options or FetchOptions()
    current = check_http_url(url)
    own = session is None
    sess = session if session is not None else requests.Session()
    hops: list[HttpExchange] = []
    deadline = time.monotonic() + opts.total_timeout
    try:
        seen: set[str] = set()
        while True:
            exchange = _fetch_one(sess, current, opts, deadline)
            hops.append(exchange)
            if not exchange.is_redirect:
                break
            location = exchange.header("Location") or ""
            try:
                nxt = check_http_url(urljoin(current, location))
            except InvalidURL:
                log.warning("not following redirect from %s to %r", current, location)
                break
            if len(hops) > opts.max_redirects or nxt in seen:
                raise TooManyRedirects(
                    f"more than {opts.max_redirects} redirects, or a loop, from {url}", url=url
                )
            seen.add(current)
            current = nxt
    finally:
        if own:
            sess.close()
    return Fetched(requested_url=url, hops=tuple(hops))


def _request_head(prepared: requests.PreparedRequest) -> bytes:
    parts = urlsplit(prepared.url or "")
    lines = [f"{prepared.method} {prepared.path_url} HTTP/1.1", f"Host: {parts.netloc}"]
    lines.extend(f"{name}: {value}" for name, value in prepared.headers.items())
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", errors="replace")


def _peer_ip(raw: Any) -> str | None:
    conn = getattr(raw, "connection", None)
    sock = getattr(conn, "sock", None)
    if sock is None:
        return None
    try:
        peer = sock.getpeername()
    except OSError:
        return None
    return str(peer[0]) if isinstance(peer, tuple) and peer else None


def _fetch_one(
    sess: requests.Session, url: str, opts: FetchOptions, deadline: float
) -> HttpExchange:
    headers = {
        "User-Agent": opts.user_agent,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8",
        "Accept-Encoding": "identity",
    }
    started = datetime.now(timezone.utc)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchTimeout(f"timed out before fetching {url}", url=url)
    try:
        resp = sess.get(
            url,
            headers=headers,
            allow_redirects=False,
            stream=True,
            timeout=(min(opts.connect_timeout, remaining), opts.read_timeout),
        )
    except requests.exceptions.ConnectTimeout as exc:
        raise FetchTimeout(f"connecting to {url} timed out", url=url) from exc
    except requests.exceptions.ReadTimeout as exc:
        raise FetchTimeout(f"no response from {url} within the read timeout", url=url) from exc
    except requests.exceptions.ConnectionError as exc:
        raise FetchConnectionError(f"cannot connect to {url}: {_reason(exc)}", url=url) from exc
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"request to {url} failed: {_reason(exc)}", url=url) from exc
    try:
        raw = resp.raw
        peer = _peer_ip(raw)
        announced = resp.headers.get("Content-Length")
        if announced is not None and announced.isdigit() and int(announced) > opts.max_bytes:
            raise ResponseTooLarge(
                f"{url} announces {announced} bytes, over the {opts.max_bytes}-byte cap",
                url=url,
                limit=opts.max_bytes,
            )
        body = _read_body(raw, url, opts, deadline)
        version = {9: "HTTP/0.9", 10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(
            int(getattr(raw, "version", 11) or 11), "HTTP/1.1"
        )
        pairs = tuple((str(k), str(v)) for k, v in raw.headers.iteritems())
        return HttpExchange(
            url=url,
            started=started,
            request_head=_request_head(resp.request),
            http_version=version,
            status=int(resp.status_code),
            reason=str(resp.reason or ""),
            headers=pairs,
            body=body,
            peer_ip=peer,
        )
    finally:
        resp.close()


def _read_body(raw: Any, url: str, opts: FetchOptions, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise FetchTimeout(
                    f"reading {url} took longer than {opts.total_timeout:g} s", url=url
                )
            chunk = raw.read(_READ_SIZE, decode_content=False)
            if not chunk:
                break
            size += len(chunk)
            if size > opts.max_bytes:
                raise ResponseTooLarge(
                    f"{url} sent more than the {opts.max_bytes}-byte cap",
                    url=url,
                    limit=opts.max_bytes,
                )
            chunks.append(chunk)
    except urllib3.exceptions.ReadTimeoutError as exc:
        raise FetchTimeout(
            f"reading the body of {url} stalled past the read timeout", url=url
        ) from exc
    except (urllib3.exceptions.ProtocolError, urllib3.exceptions.IncompleteRead) as exc:
        raise IncompleteResponse(
            f"connection to {url} ended before the whole body was read ({size} bytes received)",
            url=url,
        ) from exc
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"reading the body of {url} failed: {exc}", url=url) from exc
    except OSError as exc:
        raise FetchConnectionError(f"reading the body of {url} failed: {exc}", url=url) from exc
    return b"".join(chunks)


def _reason(exc: BaseException) -> str:
    """A short reason from a requests/urllib3 error chain (no object reprs)."""
    inner: BaseException = exc
    while inner.__context__ is not None and inner.args and not isinstance(inner.args[0], str):
        inner = inner.__context__
    text = str(inner.args[0]) if inner.args else str(inner)
    if "Name or service not known" in text or "nodename nor servname" in text:
        return "host name not found"
    if "Connection refused" in text:
        return "connection refused"
    return text.split(": ", 1)[-1][:200]
