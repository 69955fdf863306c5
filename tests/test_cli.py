"""The command line: golden text, JSON, one-line errors and exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from provenance.cli import main
from tests.conftest import SEED_URL
from tests.pages_server import PagesServer

ROOT = Path(__file__).resolve().parents[1]


def normalise(text: str) -> str:
    text = re.sub(r"<urn:uuid:[0-9a-f-]{36}>", "<ID>", text)
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+Z)?", "<DATE>", text)
    text = re.sub(r"provenance-\d{14}-[0-9a-f]{12}\.warc\.gz", "<FILE>", text)
    text = re.sub(r"cap-[0-9a-f]{32}", "<CAPTURE>", text)
    text = re.sub(r"offset \d+ length \d+", "offset <N> length <N>", text)
    text = re.sub(r"sha256:[0-9a-f]{64}", lambda m: m.group(0)[:15], text)
    return re.sub(r"127\.0\.0\.1:\d+", "<HOST>", text)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_archive_offline_seed_golden(tmp_path: Path) -> None:
    code, out, err = run("archive", "--offline", "--archive", str(tmp_path / "a"), SEED_URL)
    assert code == 0, err
    assert err == ""
    assert normalise(out) == (
        f"archived {SEED_URL} (SEED COPY, not fetched live)\n"
        "  record:  <ID> (resource)\n"
        "  file:    <FILE> offset <N> length <N>\n"
        "  digest:  sha256:31370cf3\n"
    )
    assert "sha256:31370cf35229a3fa22dbf9ca10cf5293f9fa4a3b617892250d12977dbb0ece6e" in out


def test_archive_live_then_list_and_show(server: PagesServer, tmp_path: Path) -> None:
    arch = str(tmp_path / "a")
    code, out, err = run("archive", "--archive", arch, server.url("/r301"))
    assert code == 0, err
    assert normalise(out) == (
        "archived http://<HOST>/r301 (live, HTTP 200)\n"
        "  redirects: 301 http://<HOST>/r301 -> 302 http://<HOST>/r302 -> 200 http://<HOST>/utf8\n"
        "  record:  <ID> (response)\n"
        "  file:    <FILE> offset <N> length <N>\n"
        "  digest:  sha256:1cb0e041\n"
    )
    code, out, _ = run("list", "--archive", arch)
    assert code == 0
    assert normalise(out) == (
        "<DATE>  live  301  response  <ID>  http://<HOST>/r301\n"
        "<DATE>  live  302  response  <ID>  http://<HOST>/r302\n"
        "<DATE>  live  200  response  <ID>  http://<HOST>/utf8\n"
    )
    code, out, _ = run("list", "--archive", arch, "--all", "--json")
    rows = json.loads(out)
    assert [r["record_type"] for r in rows] == ["warcinfo"] + ["response", "request"] * 3
    final = rows[-2]
    code, out, _ = run("show", "--archive", arch, final["record_id"])
    assert code == 0
    assert f"record_id:      {final['record_id']}" in out
    assert "HTTP/1.1 200 OK" in out and "WARC-Type: response" in out
    code, out, _ = run("show", "--archive", arch, server.url("/r301"), "--json")
    assert json.loads(out)["record_id"] == final["record_id"]


def test_error_status_is_archived_with_a_warning(server: PagesServer, tmp_path: Path) -> None:
    code, out, err = run("archive", "--archive", str(tmp_path / "a"), server.url("/404"))
    assert code == 0
    assert "(live, HTTP 404)" in out
    assert normalise(err) == (
        "provenance: warning: http://<HOST>/404 answered HTTP 404 (archived as served)\n"
    )


def test_capture_failure_is_one_line_and_exit_3(tmp_path: Path) -> None:
    code, out, err = run(
        "archive", "--archive", str(tmp_path / "a"), "http://127.0.0.1:9/no-server"
    )
    assert code == 3
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("provenance: error: cannot capture")


def test_json_reports_each_url(server: PagesServer, tmp_path: Path) -> None:
    code, out, _ = run(
        "archive",
        "--json",
        "--archive",
        str(tmp_path / "a"),
        server.url("/utf8"),
        "http://127.0.0.1:9/x",
    )
    assert code == 3
    first, second = json.loads(out)
    assert first["ok"] and first["http_status"] == 200 and first["origin"] == "live"
    assert not second["ok"] and second["exit_code"] == 3


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    code, _, err = run("archive", "--archive", str(tmp_path / "a"), "ftp://example.com/")
    assert code == 2 and "only http and https" in err
    code, _, _ = run("archive", "--no-such-option")
    assert code == 2


def test_not_found_exit_1_and_missing_archive_exit_4(tmp_path: Path) -> None:
    arch = str(tmp_path / "a")
    run("archive", "--offline", "--archive", arch, SEED_URL)
    code, _, err = run("show", "--archive", arch, "https://example.com/none")
    assert code == 1 and err.startswith("provenance: error: no capture of")
    code, _, err = run("list", "--archive", str(tmp_path / "missing"))
    assert code == 4 and "no archive" in err
    assert not (tmp_path / "missing").exists()


def test_entry_points(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "provenance", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and proc.stdout.startswith("provenance, version ")
    proc = subprocess.run(
        [sys.executable, "-m", "provenance", "archive", "--offline", SEED_URL],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    # The command line's default archive is ./archive.
    assert (tmp_path / "archive" / "catalog.sqlite").is_file()


def test_text_command(tmp_path: Path) -> None:
    arch = str(tmp_path / "a")
    run("archive", "--offline", "--archive", arch, SEED_URL)
    code, out, err = run("text", "--archive", arch, SEED_URL)
    assert code == 0, err
    head, _, body = out.partition("\n\n")
    assert normalise(head) == (
        "record:    <ID>\n"
        "title:     Russia Tells Hamas to 'Keep Promises' on Hostage Release\n"
        "authors:   AFP\n"
        "outlet:    themoscowtimes.com\n"
        "published: 2025-02-04\n"
        f"canonical: {SEED_URL}\n"
        "charset:   utf-8 (from header)\n"
        "decoding:  block\n"
        "sha256:    31370cf35229a3fa22dbf9ca10cf5293f9fa4a3b617892250d12977dbb0ece6e"
    )
    assert body.startswith("A deputy Russian foreign minister met Monday")
    code, out, _ = run("text", "--archive", arch, SEED_URL, "--json")
    data = json.loads(out)
    seed = (ROOT / "seeds" / "000_f9f9b3f117937358.txt").read_bytes()
    for para in data["paragraphs"]:
        raw = seed[para["byte_start"] : para["byte_end"]].decode()
        assert raw.replace("**", "") == para["text"] or para["text"] in raw


def test_text_of_a_non_article_record_exits_5(tmp_path: Path) -> None:
    arch = str(tmp_path / "a")
    code, out, _ = run("archive", "--offline", "--archive", arch, SEED_URL, "--json")
    meta = next(r for r in json.loads(out)[0]["records"] if r["record_type"] == "metadata")
    code, _, err = run("text", "--archive", arch, meta["record_id"])
    assert code == 5 and err.startswith("provenance: error: a metadata record holds no article")


def test_quotes_command(tmp_path: Path) -> None:
    arch = str(tmp_path / "a")
    run("archive", "--offline", "--archive", arch, SEED_URL)
    code, out, err = run("quotes", "--archive", arch, SEED_URL)
    assert code == 0, err
    lines = out.splitlines()
    assert normalise(lines[0]) == f"<ID>  {SEED_URL}"
    assert any(
        'direct   Musa Abu Marzuk ["Marzuk"] was quoted as saying (confidence 0.90)' in line
        for line in lines
    )
    code, out, _ = run("quotes", "--archive", arch, SEED_URL, "--json")
    data = json.loads(out)
    assert data["unparsed"] == {"count": 0, "records": []}
    seed = (ROOT / "seeds" / "000_f9f9b3f117937358.txt").read_bytes()
    for q in data["quotes"]:
        for piece in q["content"]:
            assert seed[piece["byte_start"] : piece["byte_end"]].decode() == piece["text"]
    code, out, _ = run("quotes", "--archive", arch, "--speaker", "marzuk", "--json")
    found = json.loads(out)["quotes"]
    assert code == 0 and {q["speaker_name"] for q in found} == {"Musa Abu Marzuk"}
    code, out, _ = run("quotes", "--archive", arch, "--speaker", "Nobody Atall")
    assert code == 1 and out == "no quotes found\n"
    code, _, _ = run("quotes", "--archive", arch)
    assert code == 2


def test_cite_and_verify_commands(tmp_path: Path) -> None:
    arch = str(tmp_path / "a")
    run("archive", "--offline", "--archive", arch, SEED_URL)
    code, out, _ = run("quotes", "--archive", arch, SEED_URL, "--json")
    quote_id = next(q["quote_id"] for q in json.loads(out)["quotes"] if q["kind"] == "direct")
    for fmt in ("json", "markdown", "html", "text", "bibtex", "csl-json", "annotation"):
        code, out, err = run("cite", "--archive", arch, quote_id, "--format", fmt)
        assert code == 0 and out.strip(), (fmt, err)
    cfile = tmp_path / "c.json"
    code, _, _ = run("cite", "--archive", arch, quote_id, "--out", str(cfile))
    assert code == 0
    code, out, err = run("verify", "--archive", arch, str(cfile))
    assert code == 0 and out.startswith("verified: all ") and err == ""
    warc = next((tmp_path / "a" / "warcs").glob("*.warc.gz"))
    code, out, _ = run("verify", "--warc", str(warc), str(cfile), "--json")
    assert code == 0 and json.loads(out)["verified"] is True
    data = json.loads(cfile.read_text())
    data["quote"]["text"] = data["quote"]["text"].replace("definitely", "probably")
    cfile.write_text(json.dumps(data))
    code, out, err = run("verify", "--archive", arch, str(cfile))
    assert code == 1 and out == ""
    assert err == "provenance: NOT verified: citation id: " + data["citation_id"] + " differs\n"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    code, _, err = run("verify", "--archive", arch, str(bad))
    assert code == 1 and err.startswith("provenance: error: citation is not valid JSON")
    code, _, err = run("cite", "--archive", arch, "q-0000000000000000")
    assert code == 1 and "no quote q-0000000000000000" in err
