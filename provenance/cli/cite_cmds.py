"""``provenance cite``, ``verify``, ``render`` and ``serve``."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

import click

from ..cite import FORMATS, STYLES, Citation, cite_quote, render, render_draft, verify_json
from ..serve import make_server
from ..store import Archive
from ..trust import DEFAULT_TOLERANCE, TrustPolicy, load_roots
from .app import (
    EXIT_NOT_FOUND,
    EXIT_PARTIAL,
    _handle_errors,
    archive_option,
    json_option,
    main,
)


@main.command("cite")
@click.argument("quote_id", metavar="QUOTE_ID|CITATION.json")
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
    Given a citation file instead of a quote id, it renders that citation (with
    a corroboration attached by `provenance corroborate --attach`, the HTML
    snippet links the other archive's copy as its Robust Links data-versionurl).

    Example: provenance cite q-6a3ffd75c2719cf1 --format markdown
    """
    if quote_id.endswith(".json") and Path(quote_id).is_file():
        citation = Citation.from_json(Path(quote_id).read_bytes())
    else:
        citation = cite_quote(Archive(archive_dir, create=False), quote_id, record_key)
    text = render(citation, fmt)
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
@click.option(
    "--signer",
    default=None,
    metavar="FINGERPRINT",
    help="Demand a signature by this key (its fingerprint from `provenance key show`).",
)
@click.option(
    "--tsa-roots",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="PEM file of the time-stamping authorities' root certificates you trust.",
)
@click.option(
    "--timestamp-tolerance",
    type=click.FloatRange(min=0),
    default=DEFAULT_TOLERANCE.total_seconds(),
    show_default=True,
    help="Seconds a timestamp's time may be from the record's WARC-Date.",
)
@click.option("--require-timestamp", is_flag=True, help="An unstamped citation fails.")
@json_option
@_handle_errors
def verify_cmd(
    citation_file: Path,
    archive_dir: Path,
    warc_file: Path | None,
    fast: bool,
    signer: str | None,
    tsa_roots: Path | None,
    timestamp_tolerance: float,
    require_timestamp: bool,
    as_json: bool,
) -> None:
    """Check every claim of a citation against the archived bytes.

    Exit 0: verified (every claim proven). Exit 6: the quote is verified but some
    claims were not checked (--fast checks no re-derivation; an older citation may
    lack evidence; a timestamp needs --tsa-roots); each is listed. Exit 1: NOT
    verified, naming the first false claim.

    A signed or stamped capture adds the `signature` and `timestamp` claims;
    --signer and --require-timestamp make an unsigned or unstamped citation fail.

    Example: provenance verify citation.json --signer 3f1c... --tsa-roots tsa-roots.pem
    """
    location = warc_file if warc_file is not None else archive_dir
    policy = TrustPolicy(
        signer=signer,
        roots=load_roots(tsa_roots) if tsa_roots is not None else (),
        tolerance=timedelta(seconds=timestamp_tolerance),
        require_timestamp=require_timestamp,
    )
    report = verify_json(citation_file.read_bytes(), location, deep=not fast, policy=policy)
    refuted = report.verdict == "NOT verified"
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif not refuted:
        click.echo(f"{report.summary()} ({report.citation_id})")
        for check in report.not_checked:
            click.echo(f"  not checked: {check.name}: {check.detail}")
    if refuted:
        click.echo(f"provenance: {report.summary()}", err=True)
        sys.exit(EXIT_NOT_FOUND)
    if not report.verified:
        sys.exit(EXIT_PARTIAL)


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
