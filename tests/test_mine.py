"""Mining quotes from WARC files: local processes, chunks of one big file, and Dask."""

from __future__ import annotations

import io
import itertools
import json
import warnings
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.cli import main
from provenance.index.mine import mine, plan_chunks
from provenance.parse import parse_record
from provenance.quotes import extract_quotes
from provenance.store.records import RecordDraft
from provenance.store.representation import representation_of
from provenance.store.warc import encode_record
from provenance.store.warcscan import scan_warc
from tests.conftest import WARCS_DIR

SPEAKERS = ["Ana Lopez", "Ben Okafor", "Chen Wei", "Dana Ross"]


def build_warc(path: Path, pages: int) -> None:
    now = datetime.now(timezone.utc)
    with open(path, "wb") as fh:
        for i in range(pages):
            who = SPEAKERS[i % len(SPEAKERS)]
            body = (
                f"<html><head><title>Story {i}</title></head><body><article>"
                f"<p>\u201cWe will fix bridge number {i} this year,\u201d {who} said on Monday.</p>"
                f"<p>Officials said that the work would start soon, in spring {2020 + i % 5}.</p>"
                "</article></body></html>"
            ).encode()
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            draft = RecordDraft("response", f"https://news.example/{i}", now,
                                "application/http; msgtype=response", head + body,
                                payload_start=len(head))  # fmt: skip
            fh.write(encode_record(draft).member)


def lines(path: Path, **kwargs: object) -> list[dict[str, object]]:
    out = io.StringIO()
    mine([str(path)], out, **kwargs)  # type: ignore[arg-type]
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crawl") / "crawl.warc.gz"
    build_warc(path, 120)
    return path


def test_chunks_start_at_members_and_cover_the_file(crawl: Path) -> None:
    chunks = plan_chunks([str(crawl)], chunk_bytes=8 * 1024)
    assert len(chunks) > 4
    offsets = {s.offset for s in scan_warc(str(crawl))}
    assert all(c.start in offsets for c in chunks)
    assert chunks[0].start == 0 and chunks[-1].end == crawl.stat().st_size
    assert all(a.end == b.start for a, b in itertools.pairwise(chunks))


def said_on_page(i: int) -> list[tuple[str, str, str]]:
    """(kind, text, speaker) of the quotes page ``i`` of build_warc holds."""
    return [
        ("direct", f"We will fix bridge number {i} this year,", SPEAKERS[i % len(SPEAKERS)]),
        ("indirect", f"the work would start soon, in spring {2020 + i % 5}", "Officials"),
    ]


def assert_rows_match_records(rows: list[dict[str, object]], path: Path) -> None:
    """Each row names its record exactly, its byte spans hold its text, and it is the
    quote the library finds when it parses that record on its own."""
    scanned = {s.offset: s for s in scan_warc(str(path))}
    for r in rows:
        found = scanned[r["offset"]]  # type: ignore[index]
        rec = found.record
        assert rec is not None and r["length"] == found.length
        assert (r["record_id"], r["url"], r["warc_date"]) == (rec.record_id, rec.target_uri,
                                                               rec.date)  # fmt: skip
        rep = representation_of(rec.block, record_type=rec.record_type)
        assert r["recipe"] == list(rep.recipe)
        pieces = [rep.data[a:b].decode(rep.charset or "utf-8") for a, b in r["bytes"]]  # type: ignore[union-attr]
        assert " ".join(pieces) == r["text"]
        article = parse_record(rec)
        (quote,) = [q for q in extract_quotes(article) if q.quote_id == r["quote_id"]]
        assert (quote.kind, quote.text, quote.speaker_name) == (r["kind"], r["text"],
                                                                r["speaker_name"])  # fmt: skip
        assert quote.speaker is not None and quote.speaker.text == r["speaker"]
        assert quote.cue is not None and quote.cue.text == r["cue"]


def test_mining_finds_every_quote_with_exact_bytes(crawl: Path) -> None:
    rows = lines(crawl, jobs=1, chunk_bytes=8 * 1024)
    got = [(r["url"], r["kind"], r["text"], r["speaker_name"], r["speaker"], r["cue"])
           for r in rows]  # fmt: skip
    assert got == [
        (f"https://news.example/{i}", kind, text, who, who, "said")
        for i in range(120)
        for kind, text, who in said_on_page(i)
    ]
    assert_rows_match_records(rows, crawl)


def test_workers_and_chunking_do_not_change_the_output(crawl: Path) -> None:
    one = lines(crawl, jobs=1, chunk_bytes=1 << 30)
    two = lines(crawl, jobs=2, chunk_bytes=8 * 1024)
    assert one == two


def test_dask_gives_exactly_the_same_quotes(crawl: Path) -> None:
    distributed = pytest.importorskip("distributed")
    plain = lines(crawl, jobs=1, chunk_bytes=8 * 1024)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            on_dask = lines(crawl, dask_address=cluster.scheduler_address, chunk_bytes=8 * 1024)
    assert on_dask == plain


def _warcio_written(path: Path) -> None:
    """A response written by warcio (another tool): chunked, with a quote of our own."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = (
        "<html><head><title>Harbour works</title></head><body><article><p>\u201cThe new quay "
        "opens in May,\u201d Ines Varga said on Thursday.</p></article>"
        "</body></html>"
    ).encode()
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Transfer-Encoding", "chunked")],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record("https://port.example/quay", "response",
                                      payload=io.BytesIO(chunked), length=len(chunked),
                                      http_headers=headers)
        )  # fmt: skip


def test_other_tools_warcs_can_be_mined(tmp_path: Path) -> None:
    other = tmp_path / "other.warc.gz"
    _warcio_written(other)
    rows = lines(other, jobs=1)
    assert [(r["kind"], r["text"], r["speaker_name"], r["recipe"]) for r in rows] == [
        ("direct", "The new quay opens in May,", "Ines Varga", ["http-entity", "dechunk"])
    ]
    assert_rows_match_records(rows, other)
    if not WARCS_DIR.is_dir():
        pytest.skip("shared corpus not present")
    paths = [
        str(WARCS_DIR / n) for n in ("pywb/iana.warc.gz", "warcio/example.warc", "pywb/example.arc")
    ]
    out = io.StringIO()
    report = mine(paths, out, jobs=2)
    assert report.files == 3 and report.records > 0
    assert report.quotes == len(out.getvalue().splitlines())


def test_mine_command(crawl: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.jsonl"
    result = CliRunner().invoke(main, ["mine", str(crawl), "--out", str(out), "--jobs", "2",
                                       "--chunk-mb", "1"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "mined 240 quotes from 120 pages in 1 file(s)"
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert written == lines(crawl, jobs=1)  # the same rows as the library, in the same order
