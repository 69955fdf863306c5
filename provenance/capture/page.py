"""Capturing a URL: a live fetch (or the seed copy) turned into archived records.

This is the small function that composes :mod:`provenance.fetch` (or
:mod:`provenance.seeds`) with :meth:`provenance.archive.Archive.append`.

Live captures become, for every hop of the redirect chain, a ``response``
record and a ``request`` record (linked by ``WARC-Concurrent-To``). The
response keeps the status line, the headers and the body as served, with
one change that keeps the stored message self-consistent: a body that came
chunked is stored de-chunked, its ``Transfer-Encoding`` header renamed to
``X-Provenance-Orig-Transfer-Encoding`` and a ``Content-Length`` added.
Content codings (gzip, deflate, br) are kept as served.

Seed copies become a ``resource`` record for the original URL and a
``metadata`` record saying where the bytes came from.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

import attrs
import requests

from .._version import __version__
from ..errors import (
    CaptureError,
    FetchConnectionError,
    FetchError,
    FetchTimeout,
    IncompleteResponse,
    SeedNotFound,
)
from ..store.archive import Archive, NewCapture, PendingRecord, RecordFacts
from ..store.catalog import CatalogEntry
from ..store.records import RecordDraft, new_record_id, warc_date
from ..urls import check_http_url
from .fetch import Fetched, FetchOptions, HttpExchange, fetch
from .seeds import SeedCopy, find_seed

__all__ = ["CaptureResult", "capture", "stored_response_head"]

log = logging.getLogger(__name__)

ORIG_HEADER_PREFIX = "X-Provenance-Orig-"
_NETWORK_FAILURES = (FetchConnectionError, FetchTimeout, IncompleteResponse)


@attrs.frozen
class CaptureResult:
    """What one capture wrote and how it went."""

    requested_url: str
    capture_id: str
    origin: str
    final: CatalogEntry
    records: tuple[CatalogEntry, ...]
    http_status: int | None
    hops: tuple[tuple[str, int], ...]
    fallback_reason: str | None = None

    @property
    def ok(self) -> bool:
        """True when the final answer is a 2xx response or a seed copy."""
        return self.http_status is None or 200 <= self.http_status < 300


def capture(
    url: str,
    archive: Archive,
    *,
    offline: bool = False,
    seed_dir: Path | None = None,
    options: FetchOptions | None = None,
    session: requests.Session | None = None,
) -> CaptureResult:
    """Capture ``url`` into ``archive``.

    With ``offline=True`` only the seed copy is used. Otherwise the URL is
    fetched live; when the network fails (cannot connect, timeout, body cut)
    and a seed copy exists, the seed is archived instead and the result's
    ``fallback_reason`` (and the metadata record) say why. Without a seed
    the fetch error is raised as :class:`CaptureError`; nothing is written.
    """
    target = check_http_url(url)
    if offline:
        seed = _seed_or_fail(target, seed_dir, "offline mode")
        return _archive_seed(target, seed, archive, reason=None)
    try:
        fetched = fetch(target, options, session=session)
    except _NETWORK_FAILURES as exc:
        seed = _seed_or_fail(target, seed_dir, str(exc), cause=exc)
        log.info("live fetch of %s failed (%s); archiving the seed copy instead", target, exc)
        return _archive_seed(target, seed, archive, reason=str(exc))
    except FetchError as exc:
        raise CaptureError(f"cannot capture {target}: {exc}", url=target) from exc
    return _archive_live(target, fetched, archive)


def _seed_or_fail(
    url: str, seed_dir: Path | None, why: str, cause: BaseException | None = None
) -> SeedCopy:
    try:
        return find_seed(url, seed_dir)
    except SeedNotFound as exc:
        raise CaptureError(
            f"cannot capture {url}: {why}, and there is no seed copy for it", url=url
        ) from (cause or exc)


def stored_response_head(exchange: HttpExchange) -> bytes:
    """The HTTP head stored for ``exchange``: as received, made to agree with the body."""
    headers = list(exchange.headers)
    if any(k.lower() == "transfer-encoding" for k, _ in headers):
        kept: list[tuple[str, str]] = []
        for key, value in headers:
            if key.lower() in ("transfer-encoding", "content-length"):
                kept.append((ORIG_HEADER_PREFIX + key, value))
            else:
                kept.append((key, value))
        kept.append(("Content-Length", str(len(exchange.body))))
        headers = kept
    lines = [f"{exchange.http_version} {exchange.status} {exchange.reason}".rstrip()]
    lines.extend(f"{k}: {v}" for k, v in headers)
    text = "\r\n".join(lines) + "\r\n\r\n"
    return text.encode("latin-1", errors="replace")


def _archive_live(url: str, fetched: Fetched, archive: Archive) -> CaptureResult:
    pending: list[PendingRecord] = []
    final_id = ""
    for hop in fetched.hops:
        response_id = new_record_id()
        head = stored_response_head(hop)
        extra: tuple[tuple[str, str], ...] = ()
        if hop.peer_ip:
            extra = (("WARC-IP-Address", hop.peer_ip),)
        pending.append(
            PendingRecord(
                RecordDraft(
                    record_type="response",
                    target_uri=hop.url,
                    date=hop.started,
                    content_type="application/http; msgtype=response",
                    block=head + hop.body,
                    payload_start=len(head),
                    record_id=response_id,
                    extra_headers=extra,
                ),
                RecordFacts(
                    origin="live",
                    content_type=hop.header("Content-Type"),
                    http_status=hop.status,
                ),
            )
        )
        pending.append(
            PendingRecord(
                RecordDraft(
                    record_type="request",
                    target_uri=hop.url,
                    date=hop.started,
                    content_type="application/http; msgtype=request",
                    block=hop.request_head,
                    payload_start=len(hop.request_head),
                    extra_headers=(("WARC-Concurrent-To", response_id),),
                ),
                RecordFacts(origin="live"),
            )
        )
        final_id = response_id
    final = fetched.final
    cap = NewCapture(
        requested_url=url, final_record_id=final_id, origin="live", http_status=final.status
    )
    entries = archive.append(pending, capture=cap)
    final_entry = next(e for e in entries if e.record_id == final_id)
    return CaptureResult(
        requested_url=url,
        capture_id=cap.capture_id,
        origin="live",
        final=final_entry,
        records=entries,
        http_status=final.status,
        hops=tuple((h.url, h.status) for h in fetched.hops),
    )


def _archive_seed(
    url: str, seed: SeedCopy, archive: Archive, *, reason: str | None
) -> CaptureResult:
    now = datetime.now(timezone.utc)
    resource_id = new_record_id()
    fields = [
        ("origin", "seed copy bundled with provenance; not fetched live"),
        ("seed-file", seed.path.name),
        ("seed-sha256", seed.sha256),
        ("seed-original-url", seed.url),
        ("requested-url", url),
        ("captured", warc_date(now)),
        ("software", f"provenance/{__version__}"),
    ]
    if reason is not None:
        fields.append(("live-fetch-error", " ".join(reason.split())))
    block = "".join(f"{k}: {v}\r\n" for k, v in fields).encode("utf-8")
    pending = [
        PendingRecord(
            RecordDraft(
                record_type="resource",
                target_uri=seed.url,
                date=now,
                content_type=seed.media_type,
                block=seed.data,
                record_id=resource_id,
            ),
            RecordFacts(origin="seed", content_type=seed.media_type),
        ),
        PendingRecord(
            RecordDraft(
                record_type="metadata",
                target_uri=seed.url,
                date=now,
                content_type="application/warc-fields",
                block=block,
                extra_headers=(("WARC-Refers-To", resource_id),),
            ),
            RecordFacts(origin="seed", content_type="application/warc-fields"),
        ),
    ]
    note = f"seed copy used: live fetch failed: {reason}" if reason else "seed copy (offline)"
    cap = NewCapture(requested_url=url, final_record_id=resource_id, origin="seed", note=note)
    entries = archive.append(pending, capture=cap)
    return CaptureResult(
        requested_url=url,
        capture_id=cap.capture_id,
        origin="seed",
        final=entries[0],
        records=entries,
        http_status=None,
        hops=(),
        fallback_reason=reason,
    )
