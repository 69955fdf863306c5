"""``provenance quotes`` and ``mine``."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs
import click

from ..index import index_files, index_state, mine, quotes_of
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
from .index_cmds import say_failures


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
@click.option("--limit", type=click.IntRange(1), default=1000, show_default=True,
              help="At most this many quotes with --speaker.")  # fmt: skip
@click.option("--verbose", is_flag=True, help="List pages that could not be parsed.")
@json_option
@_handle_errors
def quotes_cmd(
    key: str | None,
    archive_dir: Path,
    speaker: str | None,
    all_kinds: bool,
    limit: int,
    verbose: bool,
    as_json: bool,
) -> None:
    """List who said what in an archived page, with cue, kind and byte span.

    KEY is a record id, a URL or FILE:OFFSET. With --speaker and no KEY, the
    quote index of the whole archive is searched (any part of the name, case
    and accents folded). Pages that could not be parsed are counted on stderr.

    Example: provenance quotes https://example.com/news/story --speaker Marzuk
    """
    if key is None and speaker is None:
        raise click.UsageError("give a RECORD_ID or URL, or --speaker NAME")
    results: list[dict[str, Any]] = []
    lines: list[str] = []
    store = Archive(archive_dir, create=False)
    for found in quotes_of(store, key, speaker=speaker, all_kinds=all_kinds, limit=limit):
        entry = found.entry
        results.extend(_quote_dict(q, entry.record_id, entry.target_uri) for q in found.quotes)
        lines.append(f"{entry.record_id}  {entry.target_uri}")
        lines.extend(_quote_line(q) for q in found.quotes)
    state = index_state(store, full=False) if key is None else None
    if state is not None:
        say_failures(state, verbose)
    if as_json:
        unparsed = [attrs.asdict(f) for f in state.failures] if state is not None else []
        out = {
            "quotes": results,
            "unparsed": {"count": state.failed if state else 0, "records": unparsed},
            "unindexed": state.unindexed if state else 0,
        }
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    if not results:
        click.echo("no quotes found")
        sys.exit(EXIT_NOT_FOUND if speaker else EXIT_OK)
    click.echo("\n".join(lines))


@main.command("mine")
@click.argument("files", nargs=-1, required=True)
@click.option("--out", type=click.File("w", encoding="utf-8"), default=None,
              help="Quotes as JSON lines ('-': stdout).")  # fmt: skip
@click.option("--index", "index_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Also keep the crawl's quote index in this archive.")  # fmt: skip
@click.option("--jobs", type=click.IntRange(1, 256), default=os.cpu_count() or 1,
              show_default="all cores", help="Local worker processes.")  # fmt: skip
@click.option("--dask", "dask_address", default=None,
              help="A Dask scheduler address to run on (the [dask] extra).")  # fmt: skip
@click.option("--chunk-mb", type=click.IntRange(1, 4096), default=64, show_default=True,
              help="Split gzip WARC files into chunks of about this size.")  # fmt: skip
@_handle_errors
def mine_cmd(
    files: Sequence[str],
    out: TextIO | None,
    index_dir: Path | None,
    jobs: int,
    dask_address: str | None,
    chunk_mb: int,
) -> None:
    """Stream the quotes of every page in WARC files (ours or others') as JSON lines.

    Each line carries the quote, its speaker, cue and kind, its byte spans in
    the record's representation, and the file, offset and record id. With
    --index ARCHIVE, the (local) files are imported into ARCHIVE, unchanged,
    and their pages indexed there, so `search`, `cite` and `render` work on
    the crawl.

    Example: provenance mine crawl/*.warc.gz --out quotes.jsonl --jobs 8
    """
    if out is None and index_dir is None:
        raise click.UsageError("give --out FILE, --index ARCHIVE, or both")

    def progress(done: int, total: int) -> None:
        click.echo(f"mine: {done}/{total} chunks", err=True)

    if out is not None:
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
    if index_dir is not None:
        imports, indexed = index_files(Archive(index_dir), files, jobs=jobs)
        click.echo(
            f"indexed {indexed.quotes} quotes from {indexed.quoted} pages of "
            f"{sum(r.records for r in imports)} records in {index_dir}"
            + (f" ({indexed.failed} pages could not be parsed)" if indexed.failed else ""),
            err=True,
        )
