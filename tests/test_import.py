"""Importing other tools' WARC and ARC files: every real file of the shared corpus."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fastwarc.warc import ArchiveIterator as FastIterator
from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance import Archive, Citation, extract_quotes, parse_record, verify
from provenance.store.importer import import_warc
from tests.conftest import WARCS_DIR

# Files with records that are really broken, and the reason each one gives.
BROKEN = {
    "pywb/bad.arc": "ARC header line has no valid length",
    "warcio/bad.arc": "ARC header line has no valid length",
    "pywb/example-bad.warc.gz.bad": "gzipped as one stream",
    "warcio/example-bad.warc.gz.bad": "gzipped as one stream",
    "warcio/example-bad-non-chunked.warc.gz": "gzipped as one stream",
    "resiliparse/clipped.warc.gz": "gzip member is truncated (clipped)",
    "warcio/example-wrong-chunks.warc.gz": "shorter than its Content-Length",
    "warcio/example-trunc.warc": "block digest does not match",
    # Its second ARC record declares 1591 bytes; the file ends after 1579.
    "warcio/example-space-in-url.arc": "ARC record is shorter than its length field",
}


def corpus_files() -> list[str]:
    if not WARCS_DIR.is_dir():
        return []
    return sorted(
        str(p.relative_to(WARCS_DIR))
        for p in WARCS_DIR.rglob("*")
        if p.is_file() and "cdxj" not in p.parts and p.suffix != ".lz4"
    )


def warcio_count(path: Path) -> int:
    with open(path, "rb") as fh:
        it = WarcioIterator(fh)
        n = 0
        for rec in it:
            rec.raw_stream.read()
            n += 1
        return n


def fastwarc_count(path: Path) -> int | None:
    if path.suffix in (".arc",) or path.name.endswith(".arc.gz"):
        return None  # FastWARC reads WARC only
    try:
        with open(path, "rb") as fh:
            return sum(1 for _ in FastIterator(fh, parse_http=False))
    except OSError:  # FastWARC refuses some files warcio reads (pywb/example.warc)
        return None


@pytest.mark.parametrize("name", corpus_files() or ["(corpus absent)"])
def test_every_corpus_file(name: str, tmp_path: Path) -> None:
    if name == "(corpus absent)":
        pytest.skip("shared corpus not present")
    path = WARCS_DIR / name
    archive = Archive(tmp_path / "a")
    report = import_warc(archive, path)
    if name in BROKEN:
        assert report.problems, name
        assert any(BROKEN[name] in p.message for p in report.problems), report.problems
        for p in report.problems:
            assert p.file == path.name and p.offset >= 0
        # Every record that was indexed reads back and matches its stored hash.
        for entry in archive.entries():
            archive.read(entry)
        return
    assert not report.problems, report.problems
    count = warcio_count(path)
    assert report.records + report.already_indexed == count
    fast = fastwarc_count(path)
    if fast is not None:
        assert fast == count
    stored = archive.warc_dir / report.stored_as
    assert stored.read_bytes() == path.read_bytes()  # never rewritten
    for entry in archive.entries():
        assert archive.read(entry).record_type == entry.record_type


def test_sound_records_after_a_broken_one_are_kept(tmp_path: Path) -> None:
    if not WARCS_DIR.is_dir():
        pytest.skip("shared corpus not present")
    good = (WARCS_DIR / "warcio" / "example.warc.gz").read_bytes()
    clipped = (WARCS_DIR / "resiliparse" / "clipped.warc.gz").read_bytes()
    mixed = tmp_path / "mixed.warc.gz"
    mixed.write_bytes(clipped[: len(clipped) // 2] + good)
    report = import_warc(Archive(tmp_path / "a"), mixed)
    assert report.records == 6
    assert [p.offset for p in report.problems] == [0]


def test_digest_styles_are_accepted_and_normalised(tmp_path: Path) -> None:
    if not WARCS_DIR.is_dir():
        pytest.skip("shared corpus not present")
    archive = Archive(tmp_path / "a")
    for name in ("warcio/example-digest.warc", "warcio/example.warc.gz", "jwarc/cc.warc.gz"):
        report = import_warc(archive, WARCS_DIR / name)
        assert not report.problems
    labels = {(e.block_digest or "").split(":")[0] for e in archive.entries()}
    assert labels <= {"sha1", "sha256", "md5", ""}


def test_revisits_follow_their_original(tmp_path: Path) -> None:
    if not WARCS_DIR.is_dir():
        pytest.skip("shared corpus not present")
    archive = Archive(tmp_path / "a")
    import_warc(archive, WARCS_DIR / "pywb" / "example-url-agnostic-orig.warc.gz")
    import_warc(archive, WARCS_DIR / "pywb" / "example-url-agnostic-revisit.warc.gz")
    revisit = next(e for e in archive.entries() if e.record_type == "revisit")
    original = archive.original_of(revisit)
    assert original.record_type == "response" and original.payload_digest == revisit.payload_digest
    assert "Example Domain" in (parse_record(archive.read(original)).title or "")


def _third_party_warc(path: Path) -> None:
    """A WARC written by warcio itself: chunked response, sha1 base32 digests."""
    body = (
        b"<html><head><title>Council vote</title></head><body><article>"
        b"<p>\xe2\x80\x9cThe budget is balanced at last,\xe2\x80\x9d Mayor Ana Lopez said on "
        b"Tuesday, after a long night of talks.</p></article></body></html>"
    )
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")],
            protocol="HTTP/1.1",
        )
        rec = writer.create_warc_record(
            "https://city.example/news/vote",
            "response",
            payload=io.BytesIO(chunked),
            length=len(chunked),
            http_headers=headers,
            warc_headers_dict={
                "WARC-Date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            },
        )
        writer.write_record(rec)


def test_imported_records_are_quoted_cited_and_verified(tmp_path: Path) -> None:
    warc = tmp_path / "other-tool.warc.gz"
    _third_party_warc(warc)
    archive = Archive(tmp_path / "a")
    report = import_warc(archive, warc)
    assert report.records == 1 and not report.problems
    entry = archive.find("https://city.example/news/vote")
    assert entry.origin == "imported" and entry.block_digest.startswith("sha1:")
    article = parse_record(archive.read(entry))
    assert article.recipe == ("http-entity", "dechunk")
    (quote,) = [q for q in extract_quotes(article) if q.kind == "direct"]
    assert quote.speaker_name == "Mayor Ana Lopez"
    citation = Citation.from_quote(quote, article, entry, archive.companion(entry))
    assert citation.capture.origin == "imported"  # no request record in that file
    assert verify(citation, archive.path, deep=True).verified
    # A bare WARC file cannot say that a record was imported: only the catalog can.
    report = verify(citation, archive.warc_dir / entry.file)
    assert report.quote_verified and [c.name for c in report.not_checked] == ["origin"]
    report = verify(citation, warc)  # the original file, outside the archive, another name
    assert report.quote_verified
    assert [c.name for c in report.not_checked] == ["file name", "origin"]


def test_import_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from provenance.cli import main

    warc = tmp_path / "other.warc.gz"
    _third_party_warc(warc)
    result = CliRunner().invoke(main, ["import", "--archive", str(tmp_path / "a"), str(warc)])
    assert result.exit_code == 0 and result.stdout == f"{warc}: 1 records indexed\n"
    if WARCS_DIR.is_dir():
        clipped = WARCS_DIR / "resiliparse" / "clipped.warc.gz"
        result = CliRunner().invoke(
            main, ["import", "--archive", str(tmp_path / "a"), str(clipped), "--json"]
        )
        assert result.exit_code == 4
        assert result.stderr == (
            "provenance: error: clipped.warc.gz: offset 0: gzip member is truncated (clipped)\n"
        )
        assert json.loads(result.stdout)[0]["records"] == 0
