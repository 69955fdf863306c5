"""The ``provenance`` command line: parse options, call the library, format results.

Exit codes (the same for every command):

    0  success
    1  not found: no such record, capture or seed copy
    2  usage error: bad option or argument, invalid URL
    3  capture failed: the page could not be fetched and no seed copy exists
    4  archive error: the archive is missing, unwritable or corrupt
    5  the record cannot be parsed (not HTML or text, undecodable payload)

`provenance verify` exits 0 when the citation is verified and 1 when it is not.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TextIO, TypeVar

import attrs
import click

from ._version import __version__
from .archive import Archive
from .batch import BatchOptions, Progress, archive_many
from .capture import CaptureResult, capture
from .catalog import CatalogEntry
from .cdxj import cdxj_line
from .citation import Citation, CitationError
from .errors import (
    ArchiveError,
    CaptureError,
    FetchError,
    InvalidURL,
    ProvenanceError,
    RecordNotFound,
    SeedError,
    SeedNotFound,
)
from .fetch import FetchOptions
from .formats import FORMATS, render
from .importer import import_warc
from .mine import mine
from .parse import Article, ParseError, parse_record
from .quotes import Quote, extract_quotes
from .report import STYLES, RenderError, render_draft
from .representation import RepresentationError
from .serve import make_server
from .verify import verify
from .wacz import export_wacz

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_CAPTURE_FAILED = 3
EXIT_ARCHIVE = 4
EXIT_PARSE = 5

DEFAULT_ARCHIVE = "archive"

F = TypeVar("F", bound=Callable[..., Any])


def exit_code_for(exc: ProvenanceError) -> int:
    """The documented exit code for a library error."""
    if isinstance(exc, InvalidURL):
        return EXIT_USAGE
    if isinstance(exc, RecordNotFound | SeedNotFound | CitationError | RenderError):
        return EXIT_NOT_FOUND
    if isinstance(exc, CaptureError | FetchError | SeedError):
        return EXIT_CAPTURE_FAILED
    if isinstance(exc, ParseError | RepresentationError):
        return EXIT_PARSE
    if isinstance(exc, ArchiveError):
        return EXIT_ARCHIVE
    return EXIT_NOT_FOUND


def _fail(exc: ProvenanceError) -> None:
    message = " ".join(str(exc).split())
    click.echo(f"provenance: error: {message}", err=True)
    sys.exit(exit_code_for(exc))


def _handle_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ProvenanceError as exc:
            _fail(exc)

    return wrapper  # type: ignore[return-value]


archive_option = click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=lambda: os.environ.get("PROVENANCE_ARCHIVE", DEFAULT_ARCHIVE),
    show_default="archive/ (or $PROVENANCE_ARCHIVE)",
    help="Archive directory.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
@click.option("-v", "--verbose", is_flag=True, help="Log what the library does (stderr).")
def main(verbose: bool) -> None:
    """Archive web sources, find who said what, and cite it verifiably.

    Exit codes: 0 ok, 1 not found, 2 usage, 3 capture failed, 4 archive error,
    5 cannot parse.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="provenance: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


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

    Example: provenance archive https://example.com/news/story
    """
    store = Archive(archive_dir)
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
        _archive_batch([*urls, *url_file], store, batch, as_json)
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
        results.append(_capture_json(result))
        if not as_json:
            click.echo(_capture_text(result))
    if as_json:
        click.echo(json.dumps(results, indent=2))
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


def _archive_batch(urls: list[str], store: Archive, batch: BatchOptions, as_json: bool) -> None:
    interrupted = False
    stop = threading.Event()
    try:
        outcomes = archive_many(urls, store, batch, progress=_ProgressLine(), stop=stop)
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
    sys.exit(EXIT_CAPTURE_FAILED if failed else EXIT_OK)


# -- list / show --------------------------------------------------------------------


def _entry_line(entry: CatalogEntry) -> str:
    status = str(entry.http_status) if entry.http_status is not None else "-"
    origin = entry.origin or "-"
    return (
        f"{entry.warc_date[:19]}  {origin:<4}  {status:>3}  {entry.record_type:<8}  "
        f"{entry.record_id}  {entry.target_uri or ''}"
    )


@main.command("list")
@archive_option
@click.option("--all", "show_all", is_flag=True, help="Also list request, metadata, warcinfo.")
@click.option("--url", default=None, help="Only records of this URL.")
@json_option
@_handle_errors
def list_cmd(archive_dir: Path, show_all: bool, url: str | None, as_json: bool) -> None:
    """List archived records, oldest first.

    Example: provenance list --json
    """
    store = Archive(archive_dir, create=False)
    types = None if show_all else ("response", "resource")
    entries = store.entries(url=url, types=types)
    if as_json:
        click.echo(json.dumps([e.to_dict() for e in entries], indent=2))
        return
    if not entries:
        click.echo("no records")
        return
    for entry in entries:
        click.echo(_entry_line(entry))


@main.command("show")
@click.argument("key")
@archive_option
@json_option
@_handle_errors
def show_cmd(key: str, archive_dir: Path, as_json: bool) -> None:
    """Show one record: by record id, or the latest capture of a URL.

    Example: provenance show https://example.com/news/story
    """
    store = Archive(archive_dir, create=False)
    entry = store.find(key)
    record = store.read(entry)
    if as_json:
        out = entry.to_dict()
        out["warc_headers"] = [list(h) for h in record.headers]
        out["block_length"] = len(record.block)
        click.echo(json.dumps(out, indent=2))
        return
    for name in (
        "record_id",
        "record_type",
        "target_uri",
        "warc_date",
        "origin",
        "http_status",
        "content_type",
        "file",
        "offset",
        "length",
        "block_digest",
        "payload_digest",
        "record_sha256",
        "capture_id",
    ):
        value = getattr(entry, name)
        if value is not None:
            click.echo(f"{name + ':':<16}{value}")
    click.echo("")
    for hname, hvalue in record.headers:
        click.echo(f"{hname}: {hvalue}")
    if entry.record_type in ("response", "request"):
        head, _, body = record.block.partition(b"\r\n\r\n")
        click.echo("")
        click.echo(head.decode("latin-1"))
        click.echo(f"\n[{len(body)} body bytes]")
    else:
        click.echo(f"\n[{len(record.block)} block bytes]")


def _article_text(article: Article) -> str:
    lines = []
    for label, value in (
        ("title", article.title),
        ("authors", ", ".join(article.authors) or None),
        ("outlet", article.outlet),
        ("published", article.published),
        ("modified", article.modified),
        ("canonical", article.canonical_url),
        ("language", article.language),
        ("charset", f"{article.charset} (from {article.charset_source})"),
        ("decoding", " -> ".join(article.recipe)),
        ("sha256", article.representation_sha256),
    ):
        if value:
            lines.append(f"{label + ':':<11}{value}")
    for warning in article.warnings:
        lines.append(f"warning:   {warning}")
    lines.append("")
    lines.append(article.text)
    return "\n".join(lines)


@main.command("text")
@click.argument("key")
@archive_option
@json_option
@_handle_errors
def text_cmd(key: str, archive_dir: Path, as_json: bool) -> None:
    """Print the article metadata and body text of an archived page.

    KEY is a record id or a URL (its latest capture). With --json, every
    paragraph comes with its code point and byte span in the representation.

    Example: provenance text https://example.com/news/story --json
    """
    store = Archive(archive_dir, create=False)
    entry = store.original_of(store.find(key))
    article = parse_record(store.read(entry))
    if as_json:
        out = {"record_id": entry.record_id, **article.to_dict()}
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    click.echo(f"{'record:':<11}{entry.record_id}")
    click.echo(_article_text(article))


@main.command("import")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True, path_type=Path)
)
@archive_option
@json_option
@_handle_errors
def import_cmd(files: Sequence[Path], archive_dir: Path, as_json: bool) -> None:
    """Index existing WARC/ARC files (plain or gzip) into the archive, unchanged.

    Broken records are reported with their file and offset (exit 4); every
    sound record is still indexed.

    Example: provenance import crawl-00001.warc.gz
    """
    store = Archive(archive_dir)
    reports = [import_warc(store, f) for f in files]
    broken = any(r.problems for r in reports)
    if as_json:
        click.echo(json.dumps([attrs.asdict(r) for r in reports], indent=2))
    else:
        for r in reports:
            click.echo(
                f"{r.source}: {r.records} records indexed"
                + (f", {r.already_indexed} already in the catalog" if r.already_indexed else "")
                + (f", {len(r.problems)} broken" if r.problems else "")
            )
    for r in reports:
        for p in r.problems:
            click.echo(f"provenance: error: {p.file}: offset {p.offset}: {p.message}", err=True)
    sys.exit(EXIT_ARCHIVE if broken else EXIT_OK)


_OUT_FILE = click.Path(dir_okay=False, path_type=Path)


@main.command("export")
@click.argument("record_ids", nargs=-1)
@archive_option
@click.option(
    "--wacz",
    "wacz_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a WACZ package.",
)
@click.option(
    "--cdxj",
    "cdxj_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a CDXJ index ('-': stdout).",
)
@click.option(
    "--all", "export_all", is_flag=True, help="Export every record (the default with no ids)."
)
@_handle_errors
def export_cmd(
    record_ids: Sequence[str],
    archive_dir: Path,
    wacz_out: Path | None,
    cdxj_out: Path | None,
    export_all: bool,
) -> None:
    """Export the archive as a WACZ package or a CDXJ index, for replay tools.

    Example: provenance export --wacz sources.wacz --all
    """
    if (wacz_out is None) == (cdxj_out is None):
        raise click.UsageError("give exactly one of --wacz OUT.wacz or --cdxj OUT")
    if export_all and record_ids:
        raise click.UsageError("give record ids or --all, not both")
    store = Archive(archive_dir, create=False)
    if wacz_out is not None:
        report = export_wacz(store, wacz_out, list(record_ids) or None)
        click.echo(
            f"wrote {report.path}: {report.records} indexed records, {report.pages} pages, "
            f"{len(report.warc_files)} WARC file(s)"
        )
        return
    entries = [store.entry(r) for r in record_ids] if record_ids else list(store.entries())
    lines = []
    for entry in entries:
        record = store.read(entry) if entry.payload_digest is None else None
        line = cdxj_line(entry, record)
        if line:
            lines.append(line)
    text = "".join(line + "\n" for line in sorted(lines))
    if str(cdxj_out) == "-":
        click.echo(text, nl=False)
    else:
        assert cdxj_out is not None
        cdxj_out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {cdxj_out}: {len(lines)} lines")


@main.command("mine")
@click.argument("files", nargs=-1, required=True)
@click.option("--out", type=click.File("w", encoding="utf-8"), required=True,
              help="Quotes as JSON lines ('-': stdout).")  # fmt: skip
@click.option("--jobs", type=click.IntRange(1, 256), default=os.cpu_count() or 1,
              show_default="all cores", help="Local worker processes.")  # fmt: skip
@click.option("--dask", "dask_address", default=None,
              help="A Dask scheduler address to run on (the [dask] extra).")  # fmt: skip
@click.option("--chunk-mb", type=click.IntRange(1, 4096), default=64, show_default=True,
              help="Split gzip WARC files into chunks of about this size.")  # fmt: skip
@_handle_errors
def mine_cmd(
    files: Sequence[str], out: TextIO, jobs: int, dask_address: str | None, chunk_mb: int
) -> None:
    """Stream the quotes of every page in WARC files (ours or others') as JSON lines.

    Each line carries the quote, its speaker, cue and kind, its byte spans in
    the record's representation, and the file, offset and record id.

    Example: provenance mine crawl/*.warc.gz --out quotes.jsonl --jobs 8
    """

    def progress(done: int, total: int) -> None:
        click.echo(f"mine: {done}/{total} chunks", err=True)

    report = mine(
        files,
        out,
        jobs=jobs,
        dask_address=dask_address,
        chunk_bytes=chunk_mb * 1024 * 1024,
        progress=progress,
    )
    click.echo(
        f"mined {report.quotes} quotes from {report.records} pages in {report.files} file(s)",
        err=True,
    )


@main.command("render")
@click.argument("draft", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@archive_option
@click.option("--style", type=click.Choice(sorted(STYLES)), default="apa", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@_handle_errors
def render_cmd(draft: Path, archive_dir: Path, style: str, fmt: str, out: Path | None) -> None:
    """Render a Markdown draft into a report whose every quotation is verified.

    In the draft, [[cit-…]] inserts a cited quote with its speaker and a
    citation; "quoted words" [[cit-…]] keeps the draft's words, which must
    appear exactly in the archived quote. Citation ids come from
    `provenance cite`. A "Sources" appendix lists every source with its
    capture and verification. Exit 1 when a quote no longer verifies or a
    quotation differs from the archive.

    Example: provenance render report.md --style chicago --format html --out report.html
    """
    text = render_draft(
        draft.read_text(encoding="utf-8"), Archive(archive_dir, create=False), style=style, fmt=fmt
    )
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)


@main.command("serve")
@archive_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@_handle_errors
def serve_cmd(archive_dir: Path, host: str, port: int) -> None:
    """Browse the archive in a local web page: sources, quotes, search, verification.

    Example: provenance serve --archive archive  (then open http://127.0.0.1:8765/)
    """
    server = make_server(Archive(archive_dir, create=False), host, port)
    click.echo(f"serving {archive_dir} on http://{host}:{server.server_address[1]}/", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _quote_dict(quote: Quote, record_id: str, url: str | None) -> dict[str, Any]:
    def span(s: Any) -> dict[str, Any] | None:
        if s is None:
            return None
        return {
            "text": s.text,
            "start": s.start,
            "end": s.end,
            "byte_start": s.byte_start,
            "byte_end": s.byte_end,
        }

    return {
        "quote_id": quote.quote_id,
        "record_id": record_id,
        "url": url,
        "kind": quote.kind,
        "text": quote.text,
        "content": [span(c) for c in quote.content],
        "cue": span(quote.cue),
        "speaker": span(quote.speaker),
        "speaker_name": quote.speaker_name,
        "confidence": quote.confidence,
        "resolution": quote.resolution,
        "parent_id": quote.parent_id,
        "note": quote.note,
    }


def _quote_line(quote: Quote) -> str:
    who = quote.speaker_name or "(no speaker named)"
    if quote.speaker is not None and quote.speaker.text != quote.speaker_name:
        who += f' ["{quote.speaker.text}"]'
    cue = f" {quote.cue.text}" if quote.cue is not None else ""
    first, last = quote.content[0], quote.content[-1]
    text = quote.text if len(quote.text) <= 160 else quote.text[:157] + "..."
    return (
        f"{quote.quote_id}  {quote.kind:<8} {who}{cue} (confidence {quote.confidence:.2f})\n"
        f"    bytes {first.byte_start}-{last.byte_end}: \u201c{text}\u201d"
    )


def _speaker_matches(quote: Quote, name: str) -> bool:
    wanted = name.lower()
    names = [quote.speaker_name or "", quote.speaker.text if quote.speaker else ""]
    return any(wanted in n.lower() for n in names if n)


@main.command("quotes")
@click.argument("key", required=False)
@archive_option
@click.option(
    "--speaker", default=None, help="Only quotes by this speaker (searches every record)."
)
@click.option("--all-kinds", is_flag=True, help="Also list scare quotes and nested quotes.")
@json_option
@_handle_errors
def quotes_cmd(
    key: str | None, archive_dir: Path, speaker: str | None, all_kinds: bool, as_json: bool
) -> None:
    """List who said what in an archived page, with cue, kind and byte span.

    KEY is a record id or a URL. With --speaker and no KEY, every archived
    page in the catalog is searched.

    Example: provenance quotes https://example.com/news/story --speaker Marzuk
    """
    if key is None and speaker is None:
        raise click.UsageError("give a RECORD_ID or URL, or --speaker NAME")
    store = Archive(archive_dir, create=False)
    results: list[dict[str, Any]] = []
    lines: list[str] = []
    for entry, article in _articles(store, key):
        found = [
            q
            for q in extract_quotes(article)
            if (all_kinds or q.kind not in ("scare", "nested"))
            and (speaker is None or _speaker_matches(q, speaker))
        ]
        if not found:
            continue
        results.extend(_quote_dict(q, entry.record_id, entry.target_uri) for q in found)
        lines.append(f"{entry.record_id}  {entry.target_uri}")
        lines.extend(_quote_line(q) for q in found)
    if as_json:
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
        return
    if not results:
        click.echo("no quotes found")
        sys.exit(EXIT_NOT_FOUND if speaker else EXIT_OK)
    click.echo("\n".join(lines))


def _articles(store: Archive, key: str | None) -> Iterator[tuple[CatalogEntry, Article]]:
    """The article of one record (``key``), or of every archived 2xx page or seed copy."""
    if key is not None:
        entry = store.original_of(store.find(key))
        yield entry, parse_record(store.read(entry))
        return
    for entry in store.entries(types=("response", "resource")):
        if (entry.http_status or 200) >= 300:
            continue
        try:
            yield entry, parse_record(store.read(entry))
        except (ParseError, RepresentationError):
            continue  # not a page (an image, a PDF): nothing to quote


def _find_quote(
    store: Archive, quote_id: str, key: str | None
) -> tuple[Quote, Article, CatalogEntry]:
    for entry, article in _articles(store, key):
        for quote in extract_quotes(article):
            if quote.quote_id == quote_id:
                return quote, article, entry
    raise RecordNotFound(
        f"no quote {quote_id} in {store.path}" + (f" (record {key})" if key else ""),
        path=str(store.path),
        key=quote_id,
    )


@main.command("cite")
@click.argument("quote_id")
@archive_option
@click.option("--record", "record_key", default=None, help="Record id or URL holding the quote.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="json",
    show_default=True,
    help="Citation format.",
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file.")
@_handle_errors
def cite_cmd(
    quote_id: str, archive_dir: Path, record_key: str | None, fmt: str, out: Path | None
) -> None:
    """Cite a quote (its id from `provenance quotes`) in a format for reports.

    The json format is the canonical citation that `provenance verify` checks.

    Example: provenance cite q-6a3ffd75c2719cf1 --format markdown
    """
    store = Archive(archive_dir, create=False)
    quote, article, entry = _find_quote(store, quote_id, record_key)
    text = render(Citation.from_quote(quote, article, entry), fmt)
    if not text.endswith("\n"):
        text += "\n"
    if out is not None:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(text, nl=False)


@main.command("verify")
@click.argument("citation_file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@archive_option
@click.option(
    "--warc",
    "warc_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Verify against this WARC file alone (no catalog needed).",
)
@click.option("--fast", is_flag=True, help="Skip the full re-parse of the page.")
@json_option
@_handle_errors
def verify_cmd(
    citation_file: Path, archive_dir: Path, warc_file: Path | None, fast: bool, as_json: bool
) -> None:
    """Check a citation against the archived bytes: exit 0 if verified, 1 if not.

    Example: provenance verify citation.json --warc archive/warcs/provenance-....warc.gz
    """
    raw = citation_file.read_bytes()
    citation = Citation.from_json(raw)
    claimed = None
    try:
        claimed = json.loads(raw).get("citation_id")
    except (ValueError, AttributeError):
        claimed = None
    location = warc_file if warc_file is not None else archive_dir
    report = verify(citation, location, deep=not fast, claimed_id=claimed)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif report.verified:
        click.echo(
            f"verified {report.citation_id}: {len([c for c in report.checks if c.passed])} "
            "checks passed"
        )
    if not report.verified:
        failed = report.first_failure
        reason = f"{failed.name}: {failed.detail}" if failed else "nothing could be checked"
        click.echo(f"provenance: NOT verified: {reason}", err=True)
        sys.exit(EXIT_NOT_FOUND)


def run() -> None:
    """Entry point for ``python -m provenance``."""
    main(prog_name="provenance")
