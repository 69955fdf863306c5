"""URL checks and the lookup key used to match URLs.

Two URLs name the same source for lookup purposes when they differ only in
the case of the scheme or host, a default port, a trailing slash or a
fragment. The key keeps the path and query otherwise exactly as written.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from .errors import InvalidURL

__all__ = ["check_http_url", "url_key"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


def check_http_url(url: str) -> str:
    """Return ``url`` with its fragment removed, or raise :class:`InvalidURL`.

    Only absolute ``http`` and ``https`` URLs with a host are accepted, and
    no whitespace or control characters (they would make invalid WARC headers).
    """
    if not url or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        raise InvalidURL(f"not a valid URL (empty, or contains whitespace): {url!r}", url=url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"not a valid URL: {url!r} ({exc})", url=url) from exc
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        raise InvalidURL(f"only http and https URLs can be captured: {url!r}", url=url)
    if not parts.hostname:
        raise InvalidURL(f"URL has no host: {url!r}", url=url)
    del port
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def url_key(url: str) -> str:
    """Return the key under which ``url`` is matched (catalog and seed lookup).

    >>> url_key("HTTPS://Example.COM:443/a/b/#frag")
    'https://example.com/a/b'
    >>> url_key("https://example.com")
    'https://example.com/'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"[{host}]" if ":" in host else host
    if parts.username or parts.password:
        userinfo = parts.username or ""
        if parts.password:
            userinfo += ":" + parts.password
        netloc = userinfo + "@" + netloc
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    path = parts.path
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    if not path:
        path = "/"
    return urlunsplit((scheme, netloc, path, parts.query, ""))
