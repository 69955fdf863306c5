"""robots.txt as RFC 9309 reads it, for batch capture.

- A 2xx answer: its rules apply (the first 500 KiB are read, as the RFC's
  minimum parsing limit).
- A 4xx answer ("unavailable"), or more than five redirects: no rules;
  everything may be fetched.
- A 5xx answer, or no answer at all (connection refused, reset, timeout):
  "unreachable", which means complete disallow for that host until robots.txt
  can be read. These are retried with backoff first; 429 (too many requests)
  is treated like a 5xx, since it says "not now" rather than "not there".

A rules or no-rules answer is kept for 24 hours (the RFC's longest cache);
an unreachable one only for ``recheck`` seconds, after which the next URL of
that host asks again.
"""

from __future__ import annotations

import logging
import threading
import urllib.robotparser
from collections.abc import Callable
from contextlib import AbstractContextManager
from urllib.parse import urlsplit

import attrs
import requests

from .fetch import FetchOptions

__all__ = ["RobotsAnswer", "fetch_robots", "robots_url"]

log = logging.getLogger(__name__)

MAX_BYTES = 500 * 1024
MAX_REDIRECTS = 5
KEEP_SECONDS = 24 * 3600.0
_RETRY_STATUS = 429


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


@attrs.frozen
class RobotsAnswer:
    """What a host's robots.txt said, or why it could not be read."""

    url: str
    kind: str  # "rules", "none" (4xx: everything allowed) or "unreachable"
    reason: str  # "HTTP 200", "HTTP 404", "HTTP 503", "no answer: ..."
    attempts: int
    fetched_at: float  # time.monotonic() of the last attempt
    parser: urllib.robotparser.RobotFileParser | None = attrs.field(
        default=None, eq=False, repr=False
    )

    @property
    def unreachable(self) -> bool:
        return self.kind == "unreachable"

    def allows(self, user_agent: str, url: str) -> bool:
        """Whether ``url`` may be fetched; never for an unreachable robots.txt."""
        if self.kind == "unreachable":
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(user_agent, url)

    def fresh(self, now: float, recheck: float) -> bool:
        """Whether the answer may still be used at ``now``."""
        keep = recheck if self.unreachable else KEEP_SECONDS
        return now - self.fetched_at < keep

    def explain(self) -> str:
        """One line for a URL this answer keeps from being fetched."""
        if self.unreachable:
            tries = f" after {self.attempts} attempts" if self.attempts > 1 else ""
            return (
                f"{self.url} is unreachable ({self.reason}{tries}): nothing is fetched from "
                "this host until it can be read (RFC 9309)"
            )
        return "disallowed by robots.txt"


def _one_attempt(
    session: requests.Session, url: str, options: FetchOptions
) -> tuple[str, str, bytes]:
    """(kind, reason, body) of one request for robots.txt."""
    try:
        resp = session.get(
            url,
            timeout=(options.connect_timeout, options.read_timeout),
            headers={"User-Agent": options.user_agent},
            stream=True,
        )
    except requests.TooManyRedirects:
        return "none", f"more than {MAX_REDIRECTS} redirects", b""
    except requests.RequestException as exc:
        return "unreachable", f"no answer: {_short(exc)}", b""
    try:
        status = resp.status_code
        reason = f"HTTP {status}"
        if 200 <= status < 300:
            try:
                body = resp.raw.read(MAX_BYTES, decode_content=True) or b""
            except (requests.RequestException, OSError, ValueError) as exc:
                return "unreachable", f"{reason}, body cut: {_short(exc)}", b""
            return "rules", reason, body
        if status == _RETRY_STATUS or status >= 500:
            return "unreachable", reason, b""
        return "none", reason, b""  # 4xx, or a redirect left unfollowed
    finally:
        resp.close()


def fetch_robots(
    url: str,
    options: FetchOptions,
    *,
    retries: int,
    backoff: float,
    clock: Callable[[], float],
    stop: threading.Event | None = None,
    politely: Callable[[], AbstractContextManager[object]] | None = None,
) -> RobotsAnswer:
    """Read the robots.txt of ``url``'s host, retrying an unreachable one.

    ``politely()`` wraps each request (the batch's per-host cap and delay);
    ``stop`` ends the retries early.
    """
    target = robots_url(url)
    halt = stop or threading.Event()
    attempts = 0
    with requests.Session() as session:
        session.max_redirects = MAX_REDIRECTS
        while True:
            if attempts:
                halt.wait(backoff * 2 ** (attempts - 1))
            attempts += 1
            if politely is None:
                kind, reason, body = _one_attempt(session, target, options)
            else:
                with politely():
                    kind, reason, body = _one_attempt(session, target, options)
            if kind != "unreachable" or attempts > retries or halt.is_set():
                break
            log.info("robots.txt at %s: %s; retrying", target, reason)
    parser = None
    if kind == "rules":
        parser = urllib.robotparser.RobotFileParser(target)
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
    elif kind == "unreachable":
        log.info("robots.txt at %s is unreachable (%s): host treated as disallowed", target, reason)
    return RobotsAnswer(target, kind, reason, attempts, clock(), parser)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    for marker in ("Connection refused", "timed out", "Connection reset", "Name or service"):
        if marker in text:
            return marker.lower()
    return text[:120]
