"""Archiving many URLs at once: concurrency, politeness per host, retries, resume.

``archive_many(urls, archive, ...)`` captures URLs with a pool of worker
threads into one archive. Per host it keeps a cap on requests in flight and
a delay between request starts, and honours robots.txt unless told not to.
Connection errors, timeouts and 429/5xx answers are retried with
exponential backoff; a 5xx answer that persists is archived as served and
reported as a failure. URLs already archived (a 2xx capture, or a seed copy)
are skipped, so running the same list again resumes where it stopped.
Every append is atomic, so an interrupted run leaves nothing half-written.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, as_completed, wait
from urllib.parse import urlsplit

import attrs
import requests

from ..errors import CaptureError, InvalidURL, ProvenanceError
from ..store.archive import Archive
from ..urls import check_http_url, url_key
from .fetch import FetchOptions
from .page import CaptureResult, capture

__all__ = ["BatchOptions", "Outcome", "Progress", "archive_many"]

log = logging.getLogger(__name__)

_TRANSIENT_STATUS = frozenset({429, 500, 502, 503, 504})


@attrs.frozen
class BatchOptions:
    jobs: int = 4
    per_host: int = 2
    delay: float = 1.0
    retries: int = 3
    backoff: float = 0.5
    robots: bool = True
    fetch: FetchOptions = attrs.field(factory=FetchOptions)


@attrs.frozen
class Outcome:
    """What happened to one URL."""

    url: str
    status: str  # archived, skipped, failed, blocked, invalid
    http_status: int | None = None
    record_id: str | None = None
    attempts: int = 0
    error: str | None = None


@attrs.frozen
class Progress:
    done: int
    failed: int
    remaining: int
    elapsed: float

    @property
    def rate(self) -> float:
        return (self.done + self.failed) / self.elapsed if self.elapsed > 0 else 0.0


class _Host:
    """Politeness for one host: a cap on requests in flight and a delay between starts."""

    def __init__(self, per_host: int, delay: float) -> None:
        self.slots = threading.Semaphore(per_host)
        self.delay = delay
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.robots: urllib.robotparser.RobotFileParser | None = None
        self.robots_loaded = False

    def __enter__(self) -> _Host:
        self.slots.acquire()
        with self.lock:
            now = time.monotonic()
            wait_for = self.next_start - now
            self.next_start = max(now, self.next_start) + self.delay
        if wait_for > 0:
            time.sleep(wait_for)
        return self

    def __exit__(self, *exc: object) -> None:
        self.slots.release()


class _Run:
    def __init__(
        self,
        archive: Archive,
        options: BatchOptions,
        progress: Callable[[Progress], None] | None,
        stop: threading.Event,
        after: Callable[[CaptureResult], None] | None = None,
    ) -> None:
        self.archive = archive
        self.options = options
        self.progress = progress
        self.stop = stop
        self.after = after
        self.hosts: dict[str, _Host] = {}
        self.hosts_lock = threading.Lock()
        self.session = requests.Session()
        self.start = time.monotonic()
        self.done = self.failed = 0
        self.total = 0
        self.count_lock = threading.Lock()

    def host(self, url: str) -> _Host:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        with self.hosts_lock:
            if key not in self.hosts:
                self.hosts[key] = _Host(self.options.per_host, self.options.delay)
            return self.hosts[key]

    def allowed(self, url: str, gate: _Host) -> bool:
        if not self.options.robots:
            return True
        with gate.lock:
            if not gate.robots_loaded:
                gate.robots_loaded = True
                gate.robots = self._load_robots(url)
        return gate.robots is None or gate.robots.can_fetch(self.options.fetch.user_agent, url)

    def _load_robots(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            resp = self.session.get(
                robots_url,
                timeout=(self.options.fetch.connect_timeout, self.options.fetch.read_timeout),
                headers={"User-Agent": self.options.fetch.user_agent},
            )
        except requests.RequestException:
            return None  # no robots.txt to be had: nothing forbids
        if resp.status_code >= 400:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(resp.text.splitlines())
        return parser

    def one(self, url: str) -> Outcome:
        try:
            target = check_http_url(url)
        except InvalidURL as exc:
            return Outcome(url, "invalid", error=str(exc))
        gate = self.host(target)
        if not self.allowed(target, gate):
            return Outcome(url, "blocked", error="disallowed by robots.txt")
        attempts = 0
        last_error = None
        result: CaptureResult | None = None
        while attempts <= self.options.retries and not self.stop.is_set():
            if attempts:
                time.sleep(self.options.backoff * 2 ** (attempts - 1))
            attempts += 1
            with gate:
                try:
                    result = capture(
                        target,
                        self.archive,
                        options=self.options.fetch,
                        session=self.session,
                        seed_dir=None,
                    )
                except CaptureError as exc:
                    last_error = " ".join(str(exc).split())
                    result = None
                    continue
                except ProvenanceError as exc:
                    return Outcome(url, "failed", attempts=attempts, error=str(exc))
            status = result.http_status
            if status in _TRANSIENT_STATUS and attempts <= self.options.retries:
                last_error = f"HTTP {status}"
                continue
            break
        if result is None:
            return Outcome(url, "failed", attempts=attempts, error=last_error or "stopped")
        if self.after is not None:
            self.after(result)
        outcome = "archived" if result.ok else "failed"
        error = None if result.ok else f"HTTP {result.http_status} (archived as served)"
        return Outcome(
            url,
            outcome,
            http_status=result.http_status,
            record_id=result.final.record_id,
            attempts=attempts,
            error=error,
        )

    def report(self, outcome: Outcome) -> None:
        with self.count_lock:
            if outcome.status in ("archived", "skipped"):
                self.done += 1
            else:
                self.failed += 1
            snapshot = Progress(
                self.done, self.failed, self.total - self.done - self.failed,
                time.monotonic() - self.start,
            )  # fmt: skip
        if self.progress is not None:
            self.progress(snapshot)


def already_archived(archive: Archive, url: str) -> str | None:
    """The record id of a good earlier capture of ``url`` (2xx or seed), if any."""
    capture_row = archive.latest_capture(url)
    if capture_row is None:
        return None
    if capture_row.origin == "seed" or (capture_row.http_status or 0) // 100 == 2:
        return capture_row.final_record_id
    return None


def archive_many(
    urls: Iterable[str],
    archive: Archive,
    options: BatchOptions | None = None,
    *,
    progress: Callable[[Progress], None] | None = None,
    stop: threading.Event | None = None,
    after: Callable[[CaptureResult], None] | None = None,
) -> list[Outcome]:
    """Capture every URL (duplicates once), politely and concurrently; one outcome per URL.

    Setting ``stop`` (or Ctrl-C in the caller) lets requests in flight finish
    and skips the rest; what was appended is complete. ``after(result)`` runs
    in the worker after each capture is appended (to sign or stamp it, say).
    """
    opts = options or BatchOptions()
    halt = stop or threading.Event()
    run = _Run(archive, opts, progress, halt, after)
    unique: list[str] = []
    seen: set[str] = set()
    for raw in urls:
        url = raw.strip()
        if url and not url.startswith("#") and url_key(url) not in seen:
            seen.add(url_key(url))
            unique.append(url)
    run.total = len(unique)
    outcomes: dict[str, Outcome] = {}
    todo: list[str] = []
    for url in unique:
        rid = already_archived(archive, url)
        if rid is not None:
            outcomes[url] = Outcome(url, "skipped", record_id=rid, error=None)
            run.report(outcomes[url])
        else:
            todo.append(url)

    def collect(fut: Future[Outcome]) -> None:
        outcome = fut.result()
        outcomes[outcome.url] = outcome
        run.report(outcome)

    pool = ThreadPoolExecutor(max_workers=max(1, opts.jobs))
    pending: set[Future[Outcome]] = set()
    try:
        for url in todo:
            if halt.is_set():
                break
            pending.add(pool.submit(run.one, url))
            if len(pending) >= opts.jobs * 4:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    collect(fut)
        for fut in as_completed(pending):
            collect(fut)
    except KeyboardInterrupt:
        halt.set()  # requests in flight finish (each append is atomic); the rest is dropped
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True)
        run.session.close()
    return [outcomes.get(u, Outcome(u, "failed", error="not attempted (stopped)")) for u in unique]
