"""Catalog schema 2: an archive of release 0.1 upgraded in place; records that share a
WARC-Record-ID are all kept, found by place, quoted, cited and verified."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance import Archive
from provenance.cite import cite_quote, render_draft, verify
from provenance.cli import main
from provenance.errors import AmbiguousRecord, ArchiveError
from provenance.index import index_state, quotes_in, update_index
from provenance.store import import_warc
from provenance.store.catalog import SCHEMA_VERSION
from tests.conftest import ROOT, WARCS_DIR
from tests.index_pages import page_record

RELEASE_01 = Path(__file__).parent / "data" / "release-0.1"
WGET = WARCS_DIR / "pywb" / "example-wget-1-14.warc.gz"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def schema_of(path: Path) -> tuple[int, list[tuple[object, ...]]]:
    db = sqlite3.connect(path / "catalog.sqlite")
    version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    rows = db.execute(
        "SELECT rowid, record_id, file, offset FROM records ORDER BY rowid"
    ).fetchall()
    db.close()
    return int(version[0]), rows


def test_an_archive_of_release_01_is_upgraded_in_place(tmp_path: Path) -> None:
    arch = tmp_path / "archive"
    shutil.copytree(RELEASE_01 / "archive", arch)
    version, before = schema_of(arch)
    assert version == 1
    # read-only, it is read as it is, and says it has no index
    old = Archive(arch, readonly=True)
    assert len(old.entries()) == len(before)
    with pytest.raises(ArchiveError, match="no quote index"):
        index_state(old)
    assert schema_of(arch)[0] == 1
    # opened writable: upgraded, every record kept with its row number
    code, out, err = run("index", "--archive", str(arch), "--json")
    assert code == 0, err
    version, after = schema_of(arch)
    assert version == SCHEMA_VERSION == 2 and after == before
    assert json.loads(out)["pages"] == 1
    # the first-schema citations its users hold are added, and render resolves them
    files = sorted((RELEASE_01 / "citations").glob("*.json"))
    code, out, _ = run(
        "cite", "--archive", str(arch), *[a for f in files for a in ("--add", str(f))]
    )
    assert code == 0 and out.count(" added ") == len(files) == 7
    assert run("cite", "--archive", str(arch), "--add", str(files[0]))[1].count("already kept") == 1
    ids = [json.loads(f.read_text())["citation_id"] for f in files]
    chosen = [
        cid
        for cid, f in zip(ids, files, strict=True)
        if json.loads(f.read_text())["quote"]["kind"] == "direct"
    ]
    draft = tmp_path / "draft.md"
    draft.write_text("".join(f"Said. [[{cid}]]\n\n" for cid in chosen))
    code, out, err = run("render", "--archive", str(arch), str(draft))
    assert code == 0, err
    assert all(cid in out for cid in chosen) and "## Sources" in out
    # and new captures go on in the upgraded archive
    Archive(arch).append([page_record(1)])
    assert index_state(Archive(arch)).unindexed == 1


_OPEN = "import sys; from provenance import Archive; Archive(sys.argv[1]); print('open')"


def test_the_upgrade_waits_for_the_writer_lock(tmp_path: Path) -> None:
    arch = tmp_path / "archive"
    shutil.copytree(RELEASE_01 / "archive", arch)
    fd = os.open(arch / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # an append in progress
        with subprocess.Popen(
            [sys.executable, "-c", _OPEN, str(arch)], stdout=subprocess.PIPE, text=True, cwd=ROOT
        ) as proc:
            time.sleep(1.0)
            assert proc.poll() is None and schema_of(arch)[0] == 1
            fcntl.flock(fd, fcntl.LOCK_UN)
            out, _ = proc.communicate(timeout=30)
            assert proc.returncode == 0 and out == "open\n"
    finally:
        os.close(fd)
    assert schema_of(arch)[0] == 2


def test_wget_records_that_share_an_id_are_all_kept(tmp_path: Path) -> None:
    if not WGET.is_file():
        pytest.skip("shared corpus not present")
    arch = str(tmp_path / "a")
    code, out, err = run("import", "--archive", arch, str(WGET))
    assert code == 0 and "2 sharing a record id" in out
    code, out, _ = run("list", "--archive", arch, "--json")
    records = json.loads(out)
    shared = [r for r in records if r["record_id"].startswith("<urn:uuid:305cda53")]
    assert len(shared) == 2 and len({(r["file"], r["offset"]) for r in shared}) == 2
    code, _, err = run("show", "--archive", arch, shared[0]["record_id"])
    assert code == 1 and "2 records answer" in err and f":{shared[1]['offset']}" in err
    archive = Archive(arch, create=False)
    cited = 0
    for r in shared:
        place = f"{r['file']}:{r['offset']}"
        assert run("show", "--archive", arch, place)[0] == 0
        entry, quotes = quotes_in(archive, place, all_kinds=True)
        assert (entry.file, entry.offset) == (r["file"], r["offset"])
        for q in quotes:
            c = cite_quote(archive, q.quote_id, place)
            assert (c.capture.warc_file, c.capture.offset) == (r["file"], r["offset"])
            assert verify(c, archive.path).verified
            cited += 1
    assert cited >= 2


def _warc_with(tmp_path: Path, name: str, n: int, record_id: str) -> Path:
    """A WARC file (of our own pages) whose page record has ``record_id``."""
    source = Archive(tmp_path / name, durable=False)
    source.append([page_record(n, record_id=record_id)])
    (warc,) = source.warc_dir.glob("*.warc.gz")
    return warc


def test_two_imported_files_that_share_ids_are_both_quoted_cited_and_verified(
    tmp_path: Path,
) -> None:
    shared = "<urn:uuid:00000000-0000-4000-8000-000000000001>"
    first, second = _warc_with(tmp_path, "x", 1, shared), _warc_with(tmp_path, "y", 2, shared)
    archive = Archive(tmp_path / "a", durable=False)
    assert import_warc(archive, first).shared_ids == ()
    report = import_warc(archive, second)
    assert report.records == 2 and len(report.shared_ids) == 1
    assert import_warc(archive, second).already_indexed == 2  # the same file again: nothing new
    update_index(archive)
    with pytest.raises(AmbiguousRecord) as caught:
        archive.entry(shared)
    assert len(caught.value.places) == 2
    texts = set()
    for place in caught.value.places:
        _, quotes = quotes_in(archive, place)
        assert len(quotes) == 2
        for q in quotes:
            c = cite_quote(archive, q.quote_id, place)
            assert verify(c, archive.path).verified
            texts.add(c.quote.text)
        draft = f"[[{c.citation_id}]]\n"
        assert place.split(":")[0] in render_draft(draft, archive)
    assert any("bridge number 1 " in t for t in texts) and any(
        "bridge number 2 " in t for t in texts
    )
