"""``provenance list``, ``show``, ``text``, ``import`` and ``export``."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs
import click

from ..parse import Article, parse_record
from ..store import Archive, CatalogEntry, import_warc
from ..store.cdxj import cdxj_index
from ..trust import load_key
from ..trust.export import export_wacz_with_proofs
from .app import (
    EXIT_ARCHIVE,
    EXIT_OK,
    EXIT_PARTIAL,
    _handle_errors,
    archive_option,
    json_option,
    main,
)
from .trust_cmds import (
    Attestor,
    attest_json,
    attest_lines,
    key_option,
    tsa_option,
)

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
@key_option
@tsa_option
@json_option
@_handle_errors
def import_cmd(
    files: Sequence[Path],
    archive_dir: Path,
    key_file: Path | None,
    tsa_url: str | None,
    as_json: bool,
) -> None:
    """Index existing WARC/ARC files (plain or gzip) into the archive, unchanged.

    Broken records are reported with their file and offset (exit 4); every
    sound record is still indexed. With --key and/or --tsa, the records of
    each file are signed and/or timestamped (a proof record in the archive's
    own WARC file; the imported file stays unchanged): the timestamp shows
    when they were imported, not when they were captured.

    Example: provenance import crawl-00001.warc.gz --tsa https://freetsa.org/tsr
    """
    store = Archive(archive_dir)
    attestor = Attestor(store, key_file, tsa_url)
    reports = [import_warc(store, f) for f in files]
    proofs = []
    for r in reports:
        entries = [e for e in store.entries() if r.stored_as and e.file == r.stored_as]
        done = attestor(r.source, entries, None) if attestor.active and entries else None
        proofs.append(done)
    broken = any(r.problems for r in reports)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {**attrs.asdict(r), "proof": attest_json(d)}
                    for r, d in zip(reports, proofs, strict=True)
                ],
                indent=2,
            )
        )
    else:
        for r, d in zip(reports, proofs, strict=True):
            click.echo(
                f"{r.source}: {r.records} records indexed"
                + (f", {r.already_indexed} already in the catalog" if r.already_indexed else "")
                + (f", {len(r.problems)} broken" if r.problems else "")
            )
            for line in attest_lines(d):
                click.echo(line)
    for r in reports:
        for p in r.problems:
            click.echo(f"provenance: error: {p.file}: offset {p.offset}: {p.message}", err=True)
    if broken:
        sys.exit(EXIT_ARCHIVE)
    sys.exit(EXIT_PARTIAL if attestor.unstamped else EXIT_OK)


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
@key_option
@tsa_option
@_handle_errors
def export_cmd(
    record_ids: Sequence[str],
    archive_dir: Path,
    wacz_out: Path | None,
    cdxj_out: Path | None,
    export_all: bool,
    key_file: Path | None,
    tsa_url: str | None,
) -> None:
    """Export the archive as a WACZ package or a CDXJ index, for replay tools.

    With --key, the WACZ is signed (datapackage-digest.json signedData, the
    anonymous form that ReplayWeb.page verifies); with --tsa, that signature
    (or, unsigned, the package hash) is timestamped too. Records exported by
    id bring the proof records that sign or stamp them.

    Example: provenance export --wacz sources.wacz --all --key signing.pem
    """
    if (wacz_out is None) == (cdxj_out is None):
        raise click.UsageError("give exactly one of --wacz OUT.wacz or --cdxj OUT")
    if export_all and record_ids:
        raise click.UsageError("give record ids or --all, not both")
    store = Archive(archive_dir, create=False)
    if wacz_out is not None:
        done = export_wacz_with_proofs(
            store,
            wacz_out,
            list(record_ids) or None,
            key=load_key(key_file) if key_file else None,
            tsa=tsa_url,
        )
        report = done.report
        errors = [done.timestamp_error] if done.timestamp_error else []
        click.echo(
            f"wrote {report.path}: {report.records} indexed records, {report.pages} pages, "
            f"{len(report.warc_files)} WARC file(s)"
            + (", signed" if key_file else "")
            + (", timestamped" if tsa_url and not errors else "")
        )
        for error in errors:
            click.echo(f"provenance: WARNING: the package is NOT timestamped: {error}", err=True)
        if errors:
            sys.exit(EXIT_PARTIAL)
        return
    if key_file or tsa_url:
        raise click.UsageError("--key and --tsa sign a WACZ package; a CDXJ index is not signed")
    lines = cdxj_index(store, list(record_ids))
    text = "".join(line + "\n" for line in lines)
    if str(cdxj_out) == "-":
        click.echo(text, nl=False)
    else:
        assert cdxj_out is not None
        cdxj_out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {cdxj_out}: {len(lines)} lines")
