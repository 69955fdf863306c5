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


def test_mining_finds_every_quote_with_exact_bytes(crawl: Path) -> None:
    rows = lines(crawl, jobs=1, chunk_bytes=8 * 1024)
    direct = [r for r in rows if r["kind"] == "direct"]
    indirect = [r for r in rows if r["kind"] == "indirect"]
    assert len(direct) == 120 and len(indirect) == 120
    assert {r["speaker_name"] for r in direct} == set(SPEAKERS)
    by_offset = {s.offset: s.record for s in scan_warc(str(crawl))}
    for r in direct[:10]:
        rec = by_offset[r["offset"]]
        assert rec is not None and rec.record_id == r["record_id"]
        data = representation_of(rec.block, record_type="response").data
        (start, end), = r["bytes"]  # fmt: skip
        assert data[start:end].decode() == r["text"]


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


def test_other_tools_warcs_can_be_mined(tmp_path: Path) -> None:
    if not WARCS_DIR.is_dir():
        pytest.skip("shared corpus not present")
    paths = [
        str(WARCS_DIR / n) for n in ("pywb/iana.warc.gz", "warcio/example.warc", "pywb/example.arc")
    ]
    out = io.StringIO()
    report = mine(paths, out, jobs=2)
    assert report.files == 3 and report.records > 0


def test_mine_command(crawl: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.jsonl"
    result = CliRunner().invoke(main, ["mine", str(crawl), "--out", str(out), "--jobs", "2",
                                       "--chunk-mb", "1"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "mined 240 quotes from 120 pages in 1 file(s)"
    assert len(out.read_text().splitlines()) == 240
