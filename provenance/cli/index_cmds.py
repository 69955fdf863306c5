"""``provenance index`` and ``search``: the quote index kept in the catalog."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import attrs
import click

from ..index import IndexState, SearchResult, index_state, search_quotes, update_index
from ..index.build import IndexReport
from ..store import Archive
from .app import EXIT_NOT_FOUND, EXIT_OK, _handle_errors, archive_option, json_option, main


def say_failures(state: IndexState, verbose: bool) -> None:
    """Tell (stderr) how many archived pages could not be parsed, and which with --verbose."""
    if state.failed:
        click.echo(
            f"provenance: note: {state.failed} archived page(s) could not be parsed and have "
            "no quotes" + ("" if verbose else " (--verbose lists them)"),
            err=True,
        )
        if verbose:
            for f in state.failures:
                click.echo(f"  {f.record}  {f.record_id}  {f.url or ''}: {f.error}", err=True)
    if state.unindexed:
        click.echo(
            f"provenance: note: {state.unindexed} archived page(s) are not indexed yet "
            "(run `provenance index` on a writable archive)",
            err=True,
        )
    if state.stale:
        click.echo(
            f"provenance: note: the index was made by {state.extractor}; "
            "`provenance index --rebuild` updates it (old ids keep resolving)",
            err=True,
        )


def index_after_capture(store: Archive) -> None:
    """Index what was just archived (after the captures committed, outside their lock);
    quiet, as read commands say what could not be parsed."""
    update_index(store)


def _report_text(report: IndexReport, verbose: bool) -> list[str]:
    lines = [
        f"indexed {report.pages} page(s) in {report.seconds:.1f}s: {report.quoted} with text, "
        f"{report.not_pages} not pages, {report.failed} could not be parsed; "
        f"{report.quotes} quotes",
        f"quote ids: {report.kept} kept, {report.new} new, {report.changed} changed, "
        f"{report.retired} retired (changed and retired ids still resolve)",
    ]
    if verbose:
        for ch in report.changes:
            lines.append(
                f"  {ch.record}  {ch.record_id}: {len(ch.kept)} kept, {len(ch.new)} new, "
                f"{len(ch.changed)} changed, {len(ch.retired)} retired"
            )
            for label, ids in (("new", ch.new), ("changed", ch.changed), ("retired", ch.retired)):
                lines.extend(f"    {label} {qid}" for qid in ids)
        for record, error in report.failures:
            lines.append(f"  could not parse {record}: {error}")
    return lines


@main.command("index")
@archive_option
@click.option("--rebuild", is_flag=True, help="Re-index pages another extractor version indexed.")
@click.option("--jobs", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes that parse pages.")  # fmt: skip
@click.option("--status", "status_only", is_flag=True, help="Only say how complete the index is.")
@click.option("--verbose", is_flag=True, help="List each record whose quote ids changed.")
@click.option("--nlp", is_flag=True,
              help="Find English speakers with a parser too (needs provenance[nlp]; exit 2 "
              "without it). Use with --rebuild to re-index pages already indexed.")  # fmt: skip
@json_option
@_handle_errors
def index_cmd(
    archive_dir: Path,
    rebuild: bool,
    jobs: int,
    status_only: bool,
    verbose: bool,
    nlp: bool,
    as_json: bool,
) -> None:
    """Fill the quote index: parse each archived page not indexed yet, keep its quotes.

    `archive` and `import` index what they add; run this for an archive made
    by an earlier release, after a library capture, or with --rebuild after
    an upgrade of the extractor. Re-indexing keeps every quote id and
    citation id resolving and reports kept / new / changed / retired ids. A
    killed run resumes where it stopped.

    Example: provenance index --rebuild --verbose
    """
    store = Archive(archive_dir, create=False)
    if status_only:
        state = index_state(store)
        if as_json:
            click.echo(json.dumps(state.to_dict(), indent=2, ensure_ascii=False))
        else:
            click.echo(
                f"{state.quoted} pages indexed with {state.quotes} quotes ({state.retired} "
                f"retired rows), {state.not_pages} not pages, {state.failed} could not be "
                f"parsed, {state.unindexed} not indexed; {state.citations} citations kept; "
                f"extractor {state.extractor}"
            )
            say_failures(state, verbose)
        return

    def progress(done: int) -> None:
        if done % 1024 == 0:
            click.echo(f"index: {done} pages", err=True)

    report = update_index(store, rebuild=rebuild, jobs=jobs, progress=progress, nlp=nlp)
    if as_json:
        out = report.to_dict()
        if not verbose:
            out["changes"] = [
                {k: v for k, v in c.items() if k in ("record", "record_id")}
                | {k: len(c[k]) for k in ("kept", "new", "changed", "retired")}
                for c in out["changes"]
            ]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(_report_text(report, verbose)))


def _hit_dict(result: SearchResult) -> list[dict[str, Any]]:
    return [
        {
            "record_id": h.entry.record_id,
            "record": f"{h.entry.file}:{h.entry.offset}",
            "url": h.entry.target_uri,
            "warc_date": h.entry.warc_date,
            **h.quote.to_dict(),
        }
        for h in result.hits
    ]


@main.command("search")
@click.argument("words", required=False)
@archive_option
@click.option("--speaker", default=None, help="Any part of the speaker's name.")
@click.option("--url", default=None, help="Only quotes of captures of this URL.")
@click.option("--site", default=None, help="Only quotes of URLs starting with this.")
@click.option("--since", default=None, help="Published (else captured) on or after YYYY-MM-DD.")
@click.option("--until", default=None, help="Published (else captured) on or before YYYY-MM-DD.")
@click.option("--all-kinds", is_flag=True, help="Also scare quotes and nested quotes.")
@click.option("--limit", type=click.IntRange(1, 100000), default=50, show_default=True)
@click.option("--verbose", is_flag=True, help="List pages that could not be parsed.")
@json_option
@_handle_errors
def search_cmd(
    words: str | None,
    archive_dir: Path,
    speaker: str | None,
    url: str | None,
    site: str | None,
    since: str | None,
    until: str | None,
    all_kinds: bool,
    limit: int,
    verbose: bool,
    as_json: bool,
) -> None:
    """Search the quotes of the whole archive: words, speaker, URL, dates.

    Words and names match whole words or their start, case and accents
    folded; a name that matches nothing is tried by how it sounds
    ("Abu Marzouk" finds "Abu Marzuk"). Exit 1 when nothing is found.

    Example: provenance search hostages --speaker marzuk --since 2025-01-01
    """
    if not any((words, speaker, url, site, since, until)):
        raise click.UsageError("give WORDS, or --speaker, --url, --site, --since or --until")
    store = Archive(archive_dir, create=False)
    result = search_quotes(
        store,
        words=words,
        speaker=speaker,
        url=url,
        site=site,
        since=since,
        until=until,
        all_kinds=all_kinds,
        limit=limit,
    )
    if as_json:
        out = {
            "hits": _hit_dict(result),
            "more": result.more,
            "matched_by": result.matched_by,
            "unparsed": {
                "count": result.state.failed,
                "records": [attrs.asdict(f) for f in result.state.failures],
            },
            "unindexed": result.state.unindexed,
        }
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        if result.matched_by == "sound" and result.hits:
            click.echo(f"no name is spelled {speaker!r}; quotes of names that sound like it:")
        for h in result.hits:
            q = h.quote
            who = q.speaker_name or (q.speaker.text if q.speaker else "(no speaker named)")
            text = q.text if len(q.text) <= 160 else q.text[:157] + "..."
            click.echo(
                f"{q.quote_id}  {q.kind:<8} {who}  {h.entry.warc_date[:10]}  "
                f"{h.entry.target_uri or ''}\n    \u201c{text}\u201d"
            )
        if result.more:
            click.echo(f"(first {limit} shown; --limit shows more)")
        if not result.hits:
            click.echo("no quotes found")
    say_failures(result.state, verbose)
    sys.exit(EXIT_OK if result.hits else EXIT_NOT_FOUND)
