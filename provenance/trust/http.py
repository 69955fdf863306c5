"""The trust layer's only network access: one GET and one POST, bounded.

Time-stamping authorities and web archives are asked through these two
functions, so every request has a connect and read timeout, a total time
limit and a size cap, and every failure becomes the caller's error class
(:class:`~provenance.errors.TsaUnavailable`, :class:`~provenance.errors.MementoError`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import attrs
import requests

from .._version import __version__
from ..errors import TrustError

__all__ = ["HttpAnswer", "HttpLimits", "get", "post"]

USER_AGENT = (
    f"provenance/{__version__} (web citation archiver; python-requests/{requests.__version__})"
)


@attrs.frozen
class HttpLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 60.0
    max_bytes: int = 32 * 1024 * 1024


@attrs.frozen
class HttpAnswer:
    """A complete answer: final URL (after redirects), status, headers, body."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)


Fail = Callable[[str], TrustError]
DEFAULT_LIMITS = HttpLimits()


def _reason(exc: BaseException) -> str:
    """The innermost cause's message, short: "Connection refused" rather than a pool dump."""
    inner: BaseException = exc
    while inner.__cause__ is not None or inner.__context__ is not None:
        inner = inner.__cause__ or inner.__context__  # type: ignore[assignment]
    text = str(inner).split("] ")[-1] if "] " in str(inner) else str(inner)
    return " ".join(text.split())[:200] or type(inner).__name__


def _send(
    method: str,
    url: str,
    *,
    fail: Fail,
    limits: HttpLimits,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    session: requests.Session | None = None,
) -> HttpAnswer:
    sender = session or requests.Session()
    all_headers = {"User-Agent": USER_AGENT, **(headers or {})}
    deadline = time.monotonic() + limits.total_timeout
    try:
        with sender.request(
            method,
            url,
            data=data,
            headers=all_headers,
            timeout=(limits.connect_timeout, limits.read_timeout),
            stream=True,
            allow_redirects=True,
        ) as resp:
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_content(64 * 1024):
                size += len(chunk)
                if size > limits.max_bytes:
                    raise fail(f"{url}: answer larger than {limits.max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise fail(f"{url}: no complete answer within {limits.total_timeout:g} s")
                chunks.append(chunk)
            return HttpAnswer(
                url=resp.url,
                status=resp.status_code,
                headers=tuple((str(k), str(v)) for k, v in resp.headers.items()),
                body=b"".join(chunks),
            )
    except requests.Timeout as exc:
        raise fail(f"{url}: timed out") from exc
    except requests.ConnectionError as exc:
        raise fail(f"{url}: cannot connect ({_reason(exc)})") from exc
    except requests.RequestException as exc:
        raise fail(f"{url}: {type(exc).__name__}: {_reason(exc)}") from exc
    finally:
        if session is None:
            sender.close()


def get(
    url: str,
    *,
    fail: Fail,
    limits: HttpLimits = DEFAULT_LIMITS,
    headers: dict[str, str] | None = None,
    session: requests.Session | None = None,
) -> HttpAnswer:
    """GET ``url`` (following redirects); raises ``fail(message)`` when no answer comes."""
    return _send("GET", url, fail=fail, limits=limits, headers=headers, session=session)


def post(
    url: str,
    body: bytes,
    content_type: str,
    *,
    fail: Fail,
    limits: HttpLimits = DEFAULT_LIMITS,
    headers: dict[str, str] | None = None,
    session: requests.Session | None = None,
) -> HttpAnswer:
    """POST ``body`` to ``url``; raises ``fail(message)`` when no answer comes."""
    return _send(
        "POST",
        url,
        fail=fail,
        limits=limits,
        data=body,
        headers={**(headers or {}), "Content-Type": content_type},
        session=session,
    )
