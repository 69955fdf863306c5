"""``provenance archive``: one URL or many."""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs
import click

from ..capture import BatchOptions, CaptureResult, FetchOptions, Progress, archive_many, capture
from ..errors import ProvenanceError
from ..store import Archive
from .app import (
    EXIT_CAPTURE_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    _handle_errors,
    archive_option,
    exit_code_for,
    json_option,
    main,
)
from .trust_cmds import Attestor, attest_json, attest_lines, key_option, tsa_option

# -- archive ----------------------------------------------------------------------


def _capture_json(result: CaptureResult) -> dict[str, Any]:
    return {
        "url": result.requested_url,
        "ok": True,
        "capture_id": result.capture_id,
        "origin": result.origin,
        "http_status": result.http_status,
        "fallback_reason": result.fallback_reason,
        "hops": [{"url": u, "status": s} for u, s in result.hops],
        "record_id": result.final.record_id,
        "records": [e.to_dict() for e in result.records],
    }


def _capture_text(result: CaptureResult) -> str:
    final = result.final
    if result.origin == "seed":
        how = "SEED COPY, not fetched live"
    else:
        how = f"live, HTTP {result.http_status}"
    lines = [f"archived {result.requested_url} ({how})"]
    if result.fallback_reason is not None:
        lines.append(f"  WARNING: live fetch failed ({result.fallback_reason})")
        lines.append("           the bundled seed copy was archived instead")
    if len(result.hops) > 1:
        chain = " -> ".join(f"{status} {url}" for url, status in result.hops)
        lines.append(f"  redirects: {chain}")
    lines.append(f"  record:  {final.record_id} ({final.record_type})")
    lines.append(f"  file:    {final.file} offset {final.offset} length {final.length}")
    if final.payload_digest or final.block_digest:
        lines.append(f"  digest:  {final.payload_digest or final.block_digest}")
    return "\n".join(lines)


@main.command("archive")
@click.argument("urls", nargs=-1)
@archive_option
@click.option(
    "--from",
    "url_file",
    type=click.File("r", encoding="utf-8"),
    default=None,
    help="Read URLs from a file (one a line; '-' for stdin) and archive them concurrently.",
)
@click.option("--jobs", type=click.IntRange(1, 64), default=4, show_default=True, help="Workers.")
@click.option("--per-host", type=click.IntRange(1, 16), default=2, show_default=True,
              help="Requests in flight per host.")  # fmt: skip
@click.option("--delay", type=float, default=1.0, show_default=True,
              help="Seconds between request starts to one host.")  # fmt: skip
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True)
@click.option("--ignore-robots", is_flag=True, help="Do not honour robots.txt.")
@click.option("--offline", is_flag=True, help="Do not fetch: archive the bundled seed copy.")
@click.option(
    "--seeds",
    "seed_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Seed directory (default: the copies shipped with provenance).",
)
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Read timeout, s.")
@click.option(
    "--max-bytes", type=int, default=50 * 1024 * 1024, show_default=True, help="Body size cap."
)
@key_option
@tsa_option
@json_option
@_handle_errors
def archive_cmd(
    urls: Sequence[str],
    archive_dir: Path,
    url_file: TextIO | None,
    jobs: int,
    per_host: int,
    delay: float,
    retries: int,
    ignore_robots: bool,
    offline: bool,
    seed_dir: Path | None,
    timeout: float,
    max_bytes: int,
    key_file: Path | None,
    tsa_url: str | None,
    as_json: bool,
) -> None:
    """Capture URLS into the archive (a WARC record set per URL).

    Each page is fetched live; if the network fails and a seed copy exists,
    the seed copy is archived instead, and that is said loudly. Non-2xx
    answers are archived and reported.

    With --from, the URLs are archived concurrently (--jobs), politely (a
    cap and a delay per host, robots.txt honoured unless --ignore-robots),
    with retries; progress goes to stderr, and running the same command
    again skips what is already archived and retries what failed.

    With --key, each capture is signed; with --tsa, each is timestamped by
    that RFC 3161 authority (both over the sha256 of every record written, in
    a proof record after them). An authority that fails leaves the capture
    archived and unstamped: a warning, and exit code 6.

    Example: provenance archive https://example.com/news/story --key signing.pem
    """
    store = Archive(archive_dir)
    attestor = Attestor(store, key_file, tsa_url)
    options = FetchOptions(read_timeout=timeout, max_bytes=max_bytes)
    if url_file is not None:
        batch = BatchOptions(
            jobs=jobs,
            per_host=per_host,
            delay=delay,
            retries=retries,
            robots=not ignore_robots,
            fetch=options,
        )
        _archive_batch([*urls, *url_file], store, batch, as_json, attestor)
        return
    if not urls:
        raise click.UsageError("give URLs, or --from FILE")
    results: list[dict[str, Any]] = []
    worst = EXIT_OK
    for url in urls:
        try:
            result = capture(url, store, offline=offline, seed_dir=seed_dir, options=options)
        except ProvenanceError as exc:
            code = exit_code_for(exc)
            worst = max(worst, code)
            message = " ".join(str(exc).split())
            results.append({"url": url, "ok": False, "error": message, "exit_code": code})
            click.echo(f"provenance: error: {message}", err=True)
            continue
        if result.fallback_reason is not None:
            click.echo(
                f"provenance: WARNING: live fetch of {url} failed ({result.fallback_reason}); "
                "archived the bundled SEED COPY instead",
                err=True,
            )
        if not result.ok:
            click.echo(
                f"provenance: warning: {url} answered HTTP {result.http_status} "
                "(archived as served)",
                err=True,
            )
        done = attestor(url, result.records, result.final) if attestor.active else None
        results.append({**_capture_json(result), "proof": attest_json(done)})
        if not as_json:
            click.echo("\n".join([_capture_text(result), *attest_lines(done)]))
    if as_json:
        click.echo(json.dumps(results, indent=2))
    if worst == EXIT_OK and attestor.unstamped:
        worst = EXIT_PARTIAL
    sys.exit(worst)


class _ProgressLine:
    """Progress on stderr: one rewritten line on a terminal, else a line every few seconds."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, p: Progress) -> None:
        now = time.monotonic()
        final = p.remaining == 0
        if not final and now - self.last < (0.2 if self.tty else 2.0):
            return
        self.last = now
        line = (
            f"archive: {p.done} done, {p.failed} failed, {p.remaining} remaining, "
            f"{p.rate:.1f} URL/s"
        )
        if self.tty:
            click.echo("\r" + line, nl=final, err=True)
        else:
            click.echo(line, err=True)


def _archive_batch(
    urls: list[str], store: Archive, batch: BatchOptions, as_json: bool, attestor: Attestor
) -> None:
    interrupted = False
    stop = threading.Event()

    def after(result: CaptureResult) -> None:
        attestor(result.requested_url, result.records, result.final)

    try:
        outcomes = archive_many(
            urls,
            store,
            batch,
            progress=_ProgressLine(),
            stop=stop,
            after=after if attestor.active else None,
        )
    except KeyboardInterrupt:
        interrupted = True
        outcomes = []
    if as_json:
        click.echo(json.dumps([attrs.asdict(o) for o in outcomes], indent=2))
    else:
        counts: dict[str, int] = {}
        for o in outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        click.echo(f"{len(outcomes)} URLs: {summary}" if outcomes else "no URLs")
        for o in outcomes:
            if o.status not in ("archived", "skipped"):
                click.echo(f"  {o.status}: {o.url}: {o.error}")
    if interrupted:
        click.echo("provenance: interrupted; what was archived is complete", err=True)
        sys.exit(130)
    failed = any(o.status not in ("archived", "skipped") for o in outcomes)
    if failed:
        sys.exit(EXIT_CAPTURE_FAILED)
    sys.exit(EXIT_PARTIAL if attestor.unstamped else EXIT_OK)
