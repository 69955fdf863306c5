"""The trust commands and options: key, archive/import/export --key/--tsa, corroborate."""

from __future__ import annotations

import json
import stat
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance import Archive, PendingRecord, RecordDraft, RecordFacts
from provenance.cli import main
from provenance.trust import check_package_signature, check_package_timestamp, load_roots
from provenance.trust.proofs import PROOF_MEDIA_TYPE
from tests.conftest import SEED_URL
from tests.pages_server import UTF8_PAGE, PagesServer
from tests.pywb_server import serve_pywb, tool
from tests.test_trust_wacz_auth import webcrypto_verify
from tests.tsa_server import TsaServer


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def key_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("key") / "signing.pem"
    code, _out, err = run("key", "generate", str(path))
    assert code == 0, err
    return path


def fingerprint(path: Path) -> str:
    code, out, _ = run("key", "show", str(path), "--json")
    assert code == 0
    return str(json.loads(out)["fingerprint"])


def test_key_generate_and_show(tmp_path: Path) -> None:
    path = tmp_path / "k.pem"
    code, out, err = run("key", "generate", str(path))
    assert code == 0 and err == ""
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lines = out.splitlines()
    assert lines[0] == f"key:         {path} (ECDSA P-384)"
    fp = lines[1].removeprefix("fingerprint: ")
    assert len(fp) == 64 and fingerprint(path) == fp
    code, _, err = run("key", "generate", str(path))
    assert code == 2 and "not overwriting" in err
    (tmp_path / "bad.pem").write_text("no key here")
    code, _, err = run("archive", "--offline", "--archive", str(tmp_path / "a"),
                       "--key", str(tmp_path / "bad.pem"), SEED_URL)  # fmt: skip
    assert code == 2 and "not an unencrypted PEM" in err
    assert not (tmp_path / "a" / "warcs").exists() or not any((tmp_path / "a" / "warcs").iterdir())


def test_archive_signed_and_stamped(tmp_path: Path, key_file: Path, tsa: TsaServer) -> None:
    arch = str(tmp_path / "a")
    code, out, err = run(
        "archive", "--offline", "--archive", arch, "--key", str(key_file), "--tsa", tsa.url(),
        SEED_URL,
    )  # fmt: skip
    assert code == 0 and err == ""
    assert f"  signed:  key {fingerprint(key_file)}\n" in out
    assert f" by {tsa.url()}\n" in out and "  stamped: " in out and "  proof:   <urn:uuid:" in out
    code, out, _ = run("list", "--all", "--json", "--archive", arch)
    rows = json.loads(out)
    proofs = [r for r in rows if r["content_type"] == PROOF_MEDIA_TYPE]
    assert len(proofs) == 1 and proofs[0]["record_type"] == "metadata"


def test_an_authority_that_is_down_exits_6_with_the_capture_kept(
    tmp_path: Path, key_file: Path, tsa: TsaServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    arch = str(tmp_path / "a")
    down = tsa.down_url
    monkeypatch.setenv("PROVENANCE_TSA", down)
    code, out, err = run("archive", "--offline", "--archive", arch, "--json", SEED_URL)
    assert code == 6
    assert err == (
        f"provenance: WARNING: {SEED_URL} is archived but NOT timestamped: "
        f"time-stamping authority unavailable: {down}: cannot connect (Connection refused)\n"
    )
    (result,) = json.loads(out)
    assert result["ok"] and result["proof"] == {
        "timestamp_error": result["proof"]["timestamp_error"]
    }
    code, out, _ = run("list", "--json", "--archive", arch)
    assert [r["record_id"] for r in json.loads(out)] == [result["record_id"]]
    code, out, err = run(
        "archive", "--offline", "--archive", arch, "--key", str(key_file), "--tsa", tsa.url("/garbage"),
        SEED_URL,
    )  # fmt: skip
    assert code == 6 and "not a timestamp reply" in err
    assert "  signed:  key " in out and "  NOT timestamped: " in out


def test_batch_archive_signs_every_capture(
    server: PagesServer, tmp_path: Path, key_file: Path, tsa: TsaServer
) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(server.url(p) for p in ("/utf8", "/gzip", "/cp1251")) + "\n")
    arch = tmp_path / "a"
    code, _out, err = run(
        "archive", "--archive", str(arch), "--from", str(urls), "--delay", "0",
        "--key", str(key_file), "--tsa", tsa.url(),
    )  # fmt: skip
    assert code == 0, err
    proofs = [e for e in Archive(arch).entries() if e.content_type == PROOF_MEDIA_TYPE]
    assert len(proofs) == 3


def test_import_stamps_the_records_of_each_file(
    tmp_path: Path, key_file: Path, tsa: TsaServer
) -> None:
    source = tmp_path / "src"
    run("archive", "--offline", "--archive", str(source), SEED_URL)
    (warc,) = (source / "warcs").iterdir()
    arch = str(tmp_path / "a")
    code, out, err = run(
        "import", "--archive", arch, "--key", str(key_file), "--tsa", tsa.url(), "--json",
        str(warc),
    )  # fmt: skip
    assert code == 0, err
    (report,) = json.loads(out)
    assert report["proof"]["records"] == 3  # warcinfo, resource, metadata
    assert report["proof"]["signed_by"] == fingerprint(key_file)
    assert report["proof"]["authority"] == tsa.url()


def _zip_json(path: Path, name: str) -> tuple[dict[str, object], bytes]:
    with zipfile.ZipFile(path) as zf:
        raw = zf.read(name)
    return json.loads(raw), raw


def test_signed_wacz_verifies_and_validates(tmp_path: Path, key_file: Path, tsa: TsaServer) -> None:
    arch = str(tmp_path / "a")
    code, out, _ = run(
        "archive", "--offline", "--archive", arch, "--key", str(key_file), "--tsa", tsa.url(),
        "--json", SEED_URL,
    )  # fmt: skip
    record_id = json.loads(out)[0]["record_id"]
    whole = tmp_path / "all.wacz"
    code, out, err = run(
        "export",
        "--archive",
        arch,
        "--wacz",
        str(whole),
        "--key",
        str(key_file),
        "--tsa",
        tsa.url(),
    )
    assert code == 0, err
    assert out.rstrip().endswith(", signed, timestamped")
    digest, _ = _zip_json(whole, "datapackage-digest.json")
    package, package_bytes = _zip_json(whole, "datapackage.json")
    signed = digest["signedData"]
    assert isinstance(signed, dict)
    assert sorted(signed) == sorted(
        ["hash", "created", "software", "version", "signature", "publicKey"]
    )
    assert signed["created"] == package["created"]
    webcrypto_verify(signed)
    claim = check_package_signature(digest, package_bytes, signer=fingerprint(key_file))
    assert claim.passed is True
    assert check_package_timestamp(digest, roots=load_roots(tsa.root_pem)).passed is True
    proc = subprocess.run(
        [tool("wacz"), "validate", "-f", str(whole)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and "Validation succeeded" in proc.stdout, proc.stdout
    # one record by id: its proof record comes along
    some = tmp_path / "some.wacz"
    code, _, err = run(
        "export", "--archive", arch, "--wacz", str(some), "--key", str(key_file), record_id
    )
    assert code == 0, err
    with zipfile.ZipFile(some) as zf:
        (warc_name,) = [n for n in zf.namelist() if n.startswith("archive/")]
        warc_bytes = zf.read(warc_name)
    import gzip

    text = gzip.decompress(warc_bytes).decode("utf-8", errors="replace")
    assert (
        f"Content-Type: {PROOF_MEDIA_TYPE}" in text and f"WARC-Concurrent-To: {record_id}" in text
    )
    # a tampered datapackage.json no longer matches its signed hash
    tampered = package_bytes.replace(b"provenance archive export", b"provenance archive exporT")
    assert check_package_signature(digest, tampered).passed is False
    code, _, err = run("export", "--archive", arch, "--cdxj", "-", "--key", str(key_file))
    assert code == 2


def test_export_with_a_failing_authority_is_signed_but_exits_6(
    tmp_path: Path, key_file: Path, tsa: TsaServer
) -> None:
    arch = str(tmp_path / "a")
    run("archive", "--offline", "--archive", arch, SEED_URL)
    out_file = tmp_path / "x.wacz"
    code, _out, err = run(
        "export", "--archive", arch, "--wacz", str(out_file), "--key", str(key_file),
        "--tsa", tsa.url("/refuse"),
    )  # fmt: skip
    assert code == 6 and "NOT timestamped" in err and "refused" in err
    digest, _ = _zip_json(out_file, "datapackage-digest.json")
    assert "signedData" in digest and "timestamp" not in digest


# -- corroborate against a real pywb ------------------------------------------------------


@pytest.fixture(scope="module")
def cited(
    server: PagesServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, Path, str]]:
    """A citation of the /utf8 page's quote, and pywb collections: one copy, one changed copy."""
    base = tmp_path_factory.mktemp("corroborate")
    arch = base / "archive"
    url = server.url("/utf8")
    code, _, err = run("archive", "--archive", str(arch), url)
    assert code == 0, err
    code, out, _ = run("quotes", "--archive", str(arch), url, "--json")
    quotes = json.loads(out)["quotes"]
    quote = next(q for q in quotes if q["kind"] == "direct")
    citation = base / "citation.json"
    code, _, err = run("cite", "--archive", str(arch), quote["quote_id"], "--out", str(citation))
    assert code == 0, err
    changed = Archive(base / "changed")
    body = UTF8_PAGE.replace(b"keep our promises", b"break every promise")
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    draft = RecordDraft("response", url, datetime.now(timezone.utc), "application/http; msgtype=response",
                        head + body, payload_start=len(head))  # fmt: skip
    changed.append([PendingRecord(draft, RecordFacts(origin="live"))])
    ours = list((arch / "warcs").iterdir())
    theirs = list(changed.warc_dir.iterdir())
    with serve_pywb(base / "pywb", {"same": ours, "changed": theirs}) as pywb:
        yield citation, base, pywb


def test_corroborate_command(cited: tuple[Path, Path, str]) -> None:
    citation, base, pywb = cited
    same, changed = f"{pywb}/same/timemap/link/", f"{pywb}/changed/timemap/link/"
    code, out, err = run("corroborate", str(citation), "--memento", same, "--memento", changed)
    assert code == 0, err
    assert "/same: CORROBORATED (1 mementos listed)" in out
    assert "/changed: DIFFERS (1 mementos listed)" in out
    assert (
        out.rstrip().splitlines()[-1].startswith(f"corroborated by another archive: {pywb}/same/")
    )
    out_file = base / "corroboration.json"
    code, out, _ = run(
        "corroborate", str(citation), "--memento", changed, "--json", "--out", str(out_file)
    )
    assert code == 1
    data = json.loads(out)
    assert data == json.loads(out_file.read_text())
    assert data["corroborated"] is False and data["archives"][0]["outcome"] == "differs"


def test_corroborate_a_url_no_archive_has(cited: tuple[Path, Path, str]) -> None:
    citation, base, pywb = cited
    data = json.loads(citation.read_text())
    data["source"]["url"] = "http://never.example/seen"
    other = base / "other.json"
    other.write_text(json.dumps(data))
    code, out, _ = run("corroborate", str(other), "--memento", f"{pywb}/same/timemap/link/")
    assert code == 1 and "/same: NOT-ARCHIVED" in out and "NOT corroborated" in out


def test_corroboration_attached_to_a_citation(cited: tuple[Path, Path, str]) -> None:
    citation, base, pywb = cited
    copy = base / "attached.json"
    copy.write_text(citation.read_text())
    before = json.loads(copy.read_text())["citation_id"]
    same = f"{pywb}/same/timemap/link/"
    code, _, err = run("corroborate", str(copy), "--memento", same, "--attach")
    assert code == 0 and f"attached to {copy}" in err
    data = json.loads(copy.read_text())
    assert data["citation_id"] == before
    corr = data["corroboration"]
    assert corr["version_url"].startswith(f"{pywb}/same/") and corr["version_url"].endswith("/utf8")
    assert corr["archives"][0]["outcome"] == "corroborated"
    code, out, _ = run("cite", str(copy), "--format", "html")
    assert code == 0 and f'data-versionurl="{corr["version_url"]}"' in out
    code, out, _ = run("cite", str(copy), "--format", "markdown")
    assert "also held by 127.0.0.1:" in out and corr["version_url"] in out
    code, out, err = run("verify", str(copy), "--archive", str(base / "archive"))
    # The attachment changes no other claim; what other archives said cannot be checked
    # offline, and the verdict says so.
    assert code == 6 and out.startswith("quote verified, claims not checked: corroboration"), err
    forged = json.loads(copy.read_text())
    forged["citation_id"] = "cit-000000000000000000000000"
    copy.write_text(json.dumps(forged))
    code, _, err = run("corroborate", str(copy), "--memento", same, "--attach")
    assert code == 1 and "claims id" in err
