"""Capturing from a real HTTP server on 127.0.0.1 into a real archive."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pytest

from provenance import (
    Archive,
    CaptureError,
    FetchOptions,
    InvalidURL,
    capture,
)
from provenance.capture.page import ORIG_HEADER_PREFIX
from tests.conftest import SEED_URL
from tests.pages_server import CHUNKED_PARTS, CP1251_PAGE, UTF8_PAGE, PagesServer
from tests.warc_checks import check_archive_files

FAST = FetchOptions(connect_timeout=2.0, read_timeout=0.5, total_timeout=5.0, max_bytes=1024 * 1024)


def split_http(block: bytes) -> tuple[str, dict[str, list[str]], bytes]:
    head, _, body = block.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, list[str]] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return lines[0], headers, body


def assert_consistent(archive: Archive) -> None:
    """Both independent readers accept every file and agree with the catalog."""
    expected = [(e.file, e.record_id, e.record_type, e.offset) for e in archive.entries()]
    check_archive_files(archive.path, expected)


def assert_untouched(archive: Archive, before: list[object], sizes: dict[str, int]) -> None:
    assert list(archive.entries()) == before
    for f in archive.files():
        assert (archive.warc_dir / f.name).stat().st_size == sizes.get(f.name, 0)


def snapshot(archive: Archive) -> tuple[list[object], dict[str, int]]:
    sizes = {
        f.name: (archive.warc_dir / f.name).stat().st_size
        for f in archive.files()
        if (archive.warc_dir / f.name).exists()
    }
    return list(archive.entries()), sizes


def test_utf8_page_is_archived_as_request_and_response(
    server: PagesServer, archive: Archive
) -> None:
    result = capture(server.url("/utf8"), archive, options=FAST)
    assert result.origin == "live" and result.http_status == 200 and result.ok
    types = [e.record_type for e in result.records]
    assert types == ["response", "request"]
    response, request = result.records
    stored = archive.read(response)
    status, headers, body = split_http(stored.block)
    assert status == "HTTP/1.1 200 OK"
    assert body == UTF8_PAGE
    assert headers["content-length"] == [str(len(UTF8_PAGE))]
    assert response.payload_digest == "sha256:" + hashlib.sha256(UTF8_PAGE).hexdigest()
    assert response.block_digest == "sha256:" + hashlib.sha256(stored.block).hexdigest()
    assert stored.header("WARC-IP-Address") == "127.0.0.1"
    req = archive.read(request)
    assert req.header("WARC-Concurrent-To") == response.record_id
    assert req.block.startswith(b"GET /utf8 HTTP/1.1\r\n")
    assert b"User-Agent: provenance/" in req.block
    assert b"Accept-Encoding: identity" in req.block
    assert response.content_type == "text/html; charset=utf-8"
    assert response.origin == "live"
    assert_consistent(archive)


def test_windows_1251_bytes_are_kept_exactly(server: PagesServer, archive: Archive) -> None:
    result = capture(server.url("/cp1251"), archive, options=FAST)
    _, headers, body = split_http(archive.read(result.final).block)
    assert body == CP1251_PAGE
    assert headers["content-type"] == ["text/html; charset=windows-1251"]
    assert result.final.content_type == "text/html; charset=windows-1251"
    assert_consistent(archive)


def test_redirect_chain_archives_every_hop(server: PagesServer, archive: Archive) -> None:
    result = capture(server.url("/r301"), archive, options=FAST)
    assert [s for _, s in result.hops] == [301, 302, 200]
    assert result.hops[-1][0] == server.url("/utf8")
    responses = [e for e in result.records if e.record_type == "response"]
    assert [e.http_status for e in responses] == [301, 302, 200]
    assert [e.target_uri for e in responses] == [
        server.url("/r301"),
        server.url("/r302"),
        server.url("/utf8"),
    ]
    assert result.final.record_id == responses[-1].record_id
    _, headers, _ = split_http(archive.read(responses[0]).block)
    assert headers["location"] == ["/r302"]
    # Looking the requested URL up finds the final page of that capture.
    assert archive.find(server.url("/r301")).record_id == responses[-1].record_id
    assert_consistent(archive)


def test_redirect_loop_is_refused_and_nothing_written(
    server: PagesServer, archive: Archive
) -> None:
    before = snapshot(archive)
    with pytest.raises(CaptureError, match="redirects"):
        capture(server.url("/loop"), archive, options=FAST)
    assert_untouched(archive, *before)


@pytest.mark.parametrize(
    ("path", "coding", "decode"),
    [
        ("/gzip", "gzip", gzip.decompress),
        ("/deflate", "deflate", __import__("zlib").decompress),
        ("/br", "br", __import__("brotlicffi").decompress),
    ],
)
def test_content_coding_is_stored_as_served(
    server: PagesServer, archive: Archive, path: str, coding: str, decode: object
) -> None:
    result = capture(server.url(path), archive, options=FAST)
    _, headers, body = split_http(archive.read(result.final).block)
    assert headers["content-encoding"] == [coding]
    assert headers["content-length"] == [str(len(body))]
    assert callable(decode) and decode(body) == UTF8_PAGE
    # The payload digest covers the entity body as transferred (still encoded).
    assert result.final.payload_digest == "sha256:" + hashlib.sha256(body).hexdigest()
    assert_consistent(archive)


def test_chunked_body_is_stored_dechunked_with_agreeing_headers(
    server: PagesServer, archive: Archive
) -> None:
    result = capture(server.url("/chunked"), archive, options=FAST)
    _, headers, body = split_http(archive.read(result.final).block)
    entity = b"".join(CHUNKED_PARTS)
    assert body == entity
    assert "transfer-encoding" not in headers
    assert headers[(ORIG_HEADER_PREFIX + "Transfer-Encoding").lower()] == ["chunked"]
    assert headers["content-length"] == [str(len(entity))]
    # WARC 1.1: the payload digest is over the de-chunked entity body.
    assert result.final.payload_digest == "sha256:" + hashlib.sha256(entity).hexdigest()
    assert_consistent(archive)


def test_chunked_gzip_body(server: PagesServer, archive: Archive) -> None:
    result = capture(server.url("/chunked-gzip"), archive, options=FAST)
    _, headers, body = split_http(archive.read(result.final).block)
    assert gzip.decompress(body) == UTF8_PAGE
    assert headers["content-encoding"] == ["gzip"]
    assert result.final.payload_digest == "sha256:" + hashlib.sha256(body).hexdigest()
    assert_consistent(archive)


@pytest.mark.parametrize("status", [404, 500])
def test_error_statuses_are_archived_and_reported(
    server: PagesServer, archive: Archive, status: int
) -> None:
    result = capture(server.url(f"/{status}"), archive, options=FAST)
    assert result.http_status == status and not result.ok
    assert result.final.http_status == status
    status_line, _, _ = split_http(archive.read(result.final).block)
    assert status_line.startswith(f"HTTP/1.1 {status} ")
    assert_consistent(archive)


@pytest.mark.parametrize(
    ("path", "match"),
    [
        ("/stall", "stalled|timeout|timed out"),
        ("/stall-headers", "timeout|timed out"),
        ("/trickle", "took longer"),
        ("/big", "cap"),
        ("/big-chunked", "cap"),
        ("/cut", "ended before"),
        ("/cut-chunked", "ended before"),
    ],
)
def test_failed_fetches_leave_the_archive_as_it_was(
    server: PagesServer, archive: Archive, path: str, match: str
) -> None:
    capture(server.url("/utf8"), archive, options=FAST)
    before = snapshot(archive)
    options = FetchOptions(
        connect_timeout=2.0, read_timeout=0.5, total_timeout=1.5, max_bytes=1024 * 1024
    )
    with pytest.raises(CaptureError, match=match):
        capture(server.url(path), archive, options=options)
    assert_untouched(archive, *before)
    assert_consistent(archive)


def test_unreachable_host_without_seed_is_a_clear_error(archive: Archive) -> None:
    before = snapshot(archive)
    with pytest.raises(CaptureError, match="no seed copy"):
        capture("http://127.0.0.1:9/nothing-listens-here", archive, options=FAST)
    assert_untouched(archive, *before)


def test_network_failure_falls_back_to_the_seed_and_says_so(
    tmp_path: Path, archive: Archive
) -> None:
    # A seed directory whose manifest maps an unreachable URL to a local file.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    data = b"# A title\n\nBody text.\n\nOriginal url:\n\n<http://127.0.0.1:9/story>"
    (seeds / "s.txt").write_bytes(data)
    (seeds / "manifest.json").write_text(
        '{"version": 1, "seeds": [{"url": "http://127.0.0.1:9/story", "file": "s.txt", '
        f'"sha256": "{hashlib.sha256(data).hexdigest()}", "media_type": "text/plain"}}]}}'
    )
    result = capture("http://127.0.0.1:9/story#top", archive, seed_dir=seeds, options=FAST)
    assert result.origin == "seed"
    assert result.fallback_reason is not None and "connect" in result.fallback_reason
    assert archive.read(result.final).block == data
    meta = next(e for e in result.records if e.record_type == "metadata")
    fields = archive.read(meta).block.decode()
    assert "live-fetch-error: " in fields and "not fetched live" in fields
    assert f"seed-sha256: {hashlib.sha256(data).hexdigest()}" in fields
    assert_consistent(archive)


def test_offline_capture_of_the_bundled_seed(archive: Archive) -> None:
    seed_file = Path(__file__).resolve().parents[1] / "seeds" / "000_f9f9b3f117937358.txt"
    result = capture(SEED_URL + "/", archive, offline=True)
    assert result.origin == "seed" and result.fallback_reason is None
    resource, meta = result.records
    assert resource.record_type == "resource" and resource.target_uri == SEED_URL
    stored = archive.read(resource)
    assert stored.block == seed_file.read_bytes()
    assert resource.block_digest == "sha256:" + hashlib.sha256(stored.block).hexdigest()
    assert resource.content_type == "text/markdown; charset=utf-8"
    fields = archive.read(meta).block.decode()
    assert "seed-file: 000_f9f9b3f117937358.txt" in fields
    assert "live-fetch-error" not in fields
    assert archive.read(meta).header("WARC-Refers-To") == resource.record_id
    assert_consistent(archive)


def test_offline_without_seed_writes_nothing(archive: Archive) -> None:
    before = snapshot(archive)
    with pytest.raises(CaptureError, match="offline"):
        capture("https://example.org/never-seen", archive, offline=True)
    assert_untouched(archive, *before)


@pytest.mark.parametrize(
    "url", ["ftp://example.com/x", "not a url", "https://", "http://exa mple.com/", ""]
)
def test_invalid_urls_are_refused(archive: Archive, url: str) -> None:
    with pytest.raises(InvalidURL):
        capture(url, archive, options=FAST)


def test_header_bytes_and_duplicates_are_kept(server: PagesServer, archive: Archive) -> None:
    result = capture(server.url("/latin1-header"), archive, options=FAST)
    block = archive.read(result.final).block
    assert "X-Place: Z\u00fcrich".encode("latin-1") in block
    assert block.count(b"Set-Cookie: ") == 2
    assert_consistent(archive)


def test_many_captures_share_one_file_with_one_warcinfo(
    server: PagesServer, archive: Archive
) -> None:
    for path in ("/utf8", "/cp1251", "/404"):
        capture(server.url(path), archive, options=FAST)
    files = archive.files()
    assert len(files) == 1
    infos = archive.entries(types=("warcinfo",))
    assert len(infos) == 1 and infos[0].offset == 0
    assert_consistent(archive)


def test_files_rotate_at_the_size_limit(server: PagesServer, tmp_path: Path) -> None:
    small = Archive(tmp_path / "a", max_file_size=2000)
    for _ in range(3):
        capture(server.url("/utf8"), small, options=FAST)
    files = small.files()
    assert len(files) >= 2
    assert all(f.closed for f in files[:-1])
    infos = small.entries(types=("warcinfo",))
    assert len(infos) == len(files)
    assert_consistent(small)


def test_corpus_pages_round_trip(
    server: PagesServer, archive: Archive, aeb_names: list[str]
) -> None:
    from tests.conftest import AEB_DIR

    for name in aeb_names[:15]:
        result = capture(server.url(f"/corpus/{name}"), archive, options=FAST)
        _, _, body = split_http(archive.read(result.final).block)
        assert body == gzip.decompress((AEB_DIR / f"{name}.html.gz").read_bytes())
    assert_consistent(archive)
