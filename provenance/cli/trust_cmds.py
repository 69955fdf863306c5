"""``provenance key`` and ``corroborate``; --key and --tsa for archive, import and export."""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from ..cite.citation import load_citation
from ..cite.trusted import CitedCorroboration
from ..errors import CitationError
from ..store import Archive, CatalogEntry
from ..trust import (
    AttestResult,
    Corroboration,
    SigningKey,
    attest,
    corroborate,
    generate_key,
    load_key,
    save_page_now,
    source_for_prefix,
)
from ..trust.claims import parse_warc_date
from ..trust.memento import DEFAULT_SOURCES
from ..trust.textfold import quote_pieces
from .app import EXIT_NOT_FOUND, EXIT_OK, _handle_errors, json_option, main

F = TypeVar("F", bound=Callable[..., Any])


def key_option(func: F) -> F:
    return click.option(
        "--key",
        "key_file",
        type=click.Path(dir_okay=False, path_type=Path),
        default=lambda: os.environ.get("PROVENANCE_KEY") or None,
        show_default="$PROVENANCE_KEY",
        help="Sign with this ECDSA P-384 private key (from `provenance key generate`).",
    )(func)


def tsa_option(func: F) -> F:
    return click.option(
        "--tsa",
        "tsa_url",
        default=lambda: os.environ.get("PROVENANCE_TSA") or None,
        show_default="$PROVENANCE_TSA",
        help="URL of an RFC 3161 time-stamping authority to stamp what is written.",
    )(func)


class Attestor:
    """Signs and stamps captures for a command; remembers which got no timestamp."""

    def __init__(self, store: Archive, key_file: Path | None, tsa_url: str | None) -> None:
        self.store = store
        self.key: SigningKey | None = load_key(key_file) if key_file else None
        self.tsa = tsa_url or None
        self.unstamped: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    @property
    def active(self) -> bool:
        return self.key is not None or bool(self.tsa)

    def __call__(
        self, label: str, entries: Sequence[CatalogEntry], main_entry: CatalogEntry | None
    ) -> AttestResult:
        done = attest(self.store, entries, key=self.key, tsa=self.tsa, main=main_entry)
        if done.timestamp_error:
            with self._lock:
                self.unstamped.append((label, done.timestamp_error))
            click.echo(
                f"provenance: WARNING: {label} is archived but NOT timestamped: "
                f"{done.timestamp_error}",
                err=True,
            )
        return done


def attest_json(done: AttestResult | None) -> dict[str, Any] | None:
    if done is None or done.proof is None:
        return None if done is None else {"timestamp_error": done.timestamp_error}
    proof = done.proof
    return {
        "record_id": done.record.record_id if done.record else None,
        "records": len(proof.manifest.records),
        "signed_by": proof.signature.fingerprint if proof.signature else None,
        "timestamp": proof.timestamp.time.isoformat() if proof.timestamp else None,
        "authority": proof.timestamp.authority if proof.timestamp else None,
        "timestamp_error": done.timestamp_error,
    }


def attest_lines(done: AttestResult | None) -> list[str]:
    if done is None:
        return []
    lines = []
    proof = done.proof
    if proof is not None and proof.signature is not None:
        lines.append(f"  signed:  key {proof.signature.fingerprint}")
    if proof is not None and proof.timestamp is not None:
        stamp = proof.timestamp
        lines.append(f"  stamped: {stamp.time.isoformat()} by {stamp.authority}")
    elif done.timestamp_error:
        lines.append(f"  NOT timestamped: {done.timestamp_error}")
    if done.record is not None:
        lines.append(f"  proof:   {done.record.record_id}")
    return lines


# -- key -----------------------------------------------------------------------------


@main.group("key")
def key_group() -> None:
    """Signing keys (ECDSA P-384): make one, or show its public half and fingerprint."""


@key_group.command("generate")
@click.argument("key_file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@_handle_errors
def key_generate_cmd(key_file: Path, as_json: bool) -> None:
    """Write a new private key to KEY_FILE (PEM, mode 0600) and print its fingerprint.

    The fingerprint (sha256 of the public key) names the key in signatures;
    give it to readers so that `provenance verify --signer FINGERPRINT` can
    demand it. Keep the file secret: whoever holds it signs as this key.

    Example: provenance key generate ~/.provenance/signing.pem
    """
    key = generate_key(key_file)
    _print_key(key, as_json)


@key_group.command("show")
@click.argument("key_file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@json_option
@_handle_errors
def key_show_cmd(key_file: Path, as_json: bool) -> None:
    """Print the fingerprint and public key (base64 SPKI) of KEY_FILE.

    Example: provenance key show ~/.provenance/signing.pem
    """
    _print_key(load_key(key_file), as_json)


def _print_key(key: SigningKey, as_json: bool) -> None:
    if as_json:
        out = {
            "path": key.path,
            "fingerprint": key.fingerprint,
            "public_key": key.public_key.base64,
        }
        click.echo(json.dumps(out, indent=2))
        return
    click.echo(f"key:         {key.path} (ECDSA P-384)")
    click.echo(f"fingerprint: {key.fingerprint}")
    click.echo(f"public key:  {key.public_key.base64}")


# -- corroborate ---------------------------------------------------------------------


def _corroboration_text(result: Corroboration) -> list[str]:
    lines = [f"{result.url} as captured {result.captured}:"]
    for a in result.archives:
        lines.append(f"  {a.archive}: {a.outcome.upper()} ({a.mementos_listed} mementos listed)")
        if a.detail:
            lines.append(f"    {a.detail}")
        for c in a.checked:
            lines.append(f"    {c.datetime}  {c.fetched_url}: {c.detail}")
    verdict = (
        f"corroborated by another archive: {result.version_url}"
        if result.corroborated
        else "NOT corroborated: no other archive holds the quoted words"
    )
    lines.append(verdict)
    return lines


@main.command("corroborate")
@click.argument("citation_file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option(
    "--memento",
    "prefixes",
    multiple=True,
    help="A TimeMap prefix to which the URL is appended (repeatable); replaces the defaults "
    "(Internet Archive, archive.today, perma.cc).",
)
@click.option(
    "--per-archive",
    type=click.IntRange(1, 20),
    default=3,
    show_default=True,
    help="Mementos read per archive, nearest the capture time first.",
)
@click.option(
    "--save",
    is_flag=True,
    help="First ask the Internet Archive to capture the URL now (Save Page Now; "
    "$PROVENANCE_IA_KEYS=ACCESS:SECRET for the authenticated API).",
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the JSON.")
@click.option(
    "--attach",
    is_flag=True,
    help="Write the result into CITATION.json (its id does not change); `provenance cite "
    "CITATION.json --format html` then links the other archive's copy.",
)
@json_option
@_handle_errors
def corroborate_cmd(
    citation_file: Path,
    prefixes: Sequence[str],
    per_archive: int,
    save: bool,
    out: Path | None,
    attach: bool,
    as_json: bool,
) -> None:
    """Look the cited URL up in independent web archives: do they hold the quoted words?

    Each archive's Memento TimeMap is read, the mementos nearest the capture
    time are fetched raw where the archive allows it, and each archive is
    reported as corroborated, differs, inconclusive, not-archived or
    unavailable. Exit 0 when at least one archive holds the quoted words, 1
    when none does.

    Example: provenance corroborate citation.json --memento https://web.archive.org/web/timemap/link/
    """
    citation, claimed = load_citation(citation_file.read_bytes())
    if attach and claimed not in (None, citation.citation_id):
        raise CitationError(f"{citation_file} claims id {claimed}, not its content's")
    captured = parse_warc_date(citation.capture.warc_date)
    if captured is None:
        raise click.UsageError(f"the citation's WARC-Date {citation.capture.warc_date!r} is bad")
    url = citation.source.url
    if save:
        answer = save_page_now(url, keys=os.environ.get("PROVENANCE_IA_KEYS") or None)
        click.echo(f"asked the Internet Archive to capture {url}: {answer[:200]}", err=True)
    sources = [source_for_prefix(p) for p in prefixes] if prefixes else list(DEFAULT_SOURCES)
    pieces = quote_pieces(citation.quote.text, citation.anchor.exact)
    result = corroborate(url, pieces, captured, sources=sources, per_archive=per_archive)
    data = result.to_json()
    if out is not None:
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if attach:
        attached = citation.with_corroboration(CitedCorroboration.of(result))
        citation_file.write_text(attached.to_json() + "\n", encoding="utf-8")
        click.echo(f"attached to {citation_file}", err=True)
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for line in _corroboration_text(result):
            click.echo(line)
    sys.exit(EXIT_OK if result.corroborated else EXIT_NOT_FOUND)
