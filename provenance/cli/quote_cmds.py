"""``provenance quotes`` and ``mine``."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from ..index import mine, quotes_of
from ..quotes import Quote
from ..store import Archive
from .app import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    _handle_errors,
    archive_option,
    json_option,
    main,
)


def _quote_dict(quote: Quote, record_id: str, url: str | None) -> dict[str, Any]:
    return {"record_id": record_id, "url": url, **quote.to_dict()}


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
    results: list[dict[str, Any]] = []
    lines: list[str] = []
    store = Archive(archive_dir, create=False)
    for found in quotes_of(store, key, speaker=speaker, all_kinds=all_kinds):
        entry = found.entry
        results.extend(_quote_dict(q, entry.record_id, entry.target_uri) for q in found.quotes)
        lines.append(f"{entry.record_id}  {entry.target_uri}")
        lines.extend(_quote_line(q) for q in found.quotes)
    if as_json:
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))
        return
    if not results:
        click.echo("no quotes found")
        sys.exit(EXIT_NOT_FOUND if speaker else EXIT_OK)
    click.echo("\n".join(lines))


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
