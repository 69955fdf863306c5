"""WACZ and CDXJ export, checked by py-wacz, cdxj-indexer and a real pywb."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from provenance import Archive, Citation, FetchOptions, capture, extract_quotes, parse_record
from provenance.cite.verify import verify
from provenance.store.cdxj import cdxj_line
from provenance.store.importer import import_warc
from provenance.store.representation import apply_recipe, representation_of
from provenance.store.wacz import export_wacz
from tests.conftest import SEED_URL, WARCS_DIR
from tests.pages_server import PagesServer

FAST = FetchOptions(connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0)
BIN = Path(sys.executable).parent
SHARED_FIELDS = ("url", "digest", "offset", "length", "filename")


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed")
    return str(path)


@pytest.fixture
def filled(server: PagesServer, archive: Archive) -> Archive:
    capture(SEED_URL, archive, offline=True)
    for path in ("/utf8", "/r301", "/gzip", "/chunked", "/404", "/cp1251", "/changing"):
        capture(server.url(path), archive, options=FAST)
    return archive


def wacz_validate(path: Path) -> None:
    proc = subprocess.run(
        [tool("wacz"), "validate", "-f", str(path)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and "Validation succeeded" in proc.stdout, proc.stdout + proc.stderr


def keyed(lines: list[str]) -> set[tuple[str, ...]]:
    out = set()
    for line in lines:
        urlkey, ts, data = line.split(" ", 2)
        fields = json.loads(data)
        out.add((urlkey, ts, *(str(fields.get(f)) for f in SHARED_FIELDS)))
    return out


def indexer_lines(warc: Path) -> list[str]:
    proc = subprocess.run(
        [tool("cdxj-indexer"), str(warc)], capture_output=True, text=True, timeout=300, check=True
    )
    return [line for line in proc.stdout.splitlines() if line.strip()]


def test_cdxj_agrees_with_cdxj_indexer(filled: Archive, tmp_path: Path) -> None:
    for f in filled.files():
        ours = [
            line
            for e in filled.entries()
            if e.file == f.name
            and (line := cdxj_line(e, filled.read(e) if e.payload_digest is None else None))
        ]
        assert ours and keyed(ours) == keyed(indexer_lines(filled.warc_dir / f.name))


@pytest.mark.parametrize(
    "name", ["pywb/iana.warc.gz", "warcio/example.warc.gz", "jwarc/cc.warc.gz"]
)
def test_cdxj_agrees_on_other_tools_warcs(name: str, tmp_path: Path) -> None:
    if not WARCS_DIR.is_dir():
        pytest.skip("shared corpus not present")
    archive = Archive(tmp_path / "a")
    report = import_warc(archive, WARCS_DIR / name)
    ours = [
        line
        for e in archive.entries()
        if (line := cdxj_line(e, archive.read(e) if e.payload_digest is None else None))
    ]
    theirs = indexer_lines(archive.warc_dir / report.stored_as)
    assert keyed(ours) == keyed(theirs)


def test_wacz_validates_and_citations_verify_against_it(filled: Archive, tmp_path: Path) -> None:
    entry = filled.find(SEED_URL)
    article = parse_record(filled.read(entry))
    citation = Citation.from_quote(
        next(q for q in extract_quotes(article) if q.kind == "direct"),
        article,
        entry,
        filled.companion(entry),
    )
    whole = tmp_path / "all.wacz"
    report = export_wacz(filled, whole)
    assert report.pages >= 5
    wacz_validate(whole)
    assert verify(citation, whole, deep=True).verified
    some = tmp_path / "some.wacz"
    export_wacz(filled, some, [entry.record_id])
    wacz_validate(some)
    result = verify(citation, some)
    assert result.verified, result.first_failure
    missing = tmp_path / "missing.wacz"
    export_wacz(filled, missing, [filled.find(capture_url(filled, "/utf8")).record_id])
    failed = verify(citation, missing)
    assert not failed.verified and failed.first_failure is not None
    assert failed.first_failure.name == "record located"


def capture_url(archive: Archive, path: str) -> str:
    return next(e.target_uri for e in archive.entries() if (e.target_uri or "").endswith(path))


def test_export_command(filled: Archive, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from provenance.cli import main

    out = tmp_path / "x.wacz"
    result = CliRunner().invoke(main, ["export", "--archive", str(filled.path), "--wacz", str(out)])
    assert result.exit_code == 0 and result.stdout.startswith(f"wrote {out}: ")
    result = CliRunner().invoke(main, ["export", "--archive", str(filled.path), "--cdxj", "-"])
    assert result.exit_code == 0
    assert all(len(line.split(" ", 2)) == 3 for line in result.stdout.splitlines())
    result = CliRunner().invoke(main, ["export", "--archive", str(filled.path)])
    assert result.exit_code == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_pywb_replays_the_archived_bytes(filled: Archive, tmp_path: Path) -> None:
    wb_manager, wayback = tool("wb-manager"), tool("wayback")
    root = tmp_path / "pywb"
    root.mkdir()
    subprocess.run([wb_manager, "init", "sources"], cwd=root, check=True, capture_output=True)
    for f in filled.files():
        subprocess.run(
            [wb_manager, "add", "sources", str(filled.warc_dir / f.name)],
            cwd=root,
            check=True,
            capture_output=True,
        )
    port = _free_port()
    env = dict(os.environ)
    proc = subprocess.Popen(
        [wayback, "-p", str(port), "-b", "127.0.0.1", "-t", "2"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        checked = 0
        for e in filled.entries(types=("response", "resource")):
            if e.http_status not in (None, 200):
                continue
            ts = "".join(ch for ch in e.warc_date if ch.isdigit())[:14]
            url = f"http://127.0.0.1:{port}/sources/{ts}id_/{e.target_uri}"
            with urllib.request.urlopen(url, timeout=30) as resp:
                served = resp.read()
            record = filled.read(e)
            decoded = representation_of(
                record.block, record_type=e.record_type, content_type=record.header("Content-Type")
            ).data
            entity = (
                apply_recipe(record.block, ("http-entity",))
                if e.record_type == "response"
                else decoded
            )
            assert served in (decoded, entity), e.target_uri
            checked += 1
        assert checked >= 5
    finally:
        proc.terminate()
        proc.wait(timeout=30)
