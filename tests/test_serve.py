"""The local viewer: pages, search, highlighting, escaping; and a real browser test."""

from __future__ import annotations

import os
import shutil
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from provenance import Archive, FetchOptions, capture
from provenance.serve import ArchiveViewer, make_server
from provenance.store import PendingRecord, RecordDraft, RecordFacts
from tests.conftest import SEED_URL
from tests.index_pages import fill
from tests.pages_server import PagesServer

FAST = FetchOptions(connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# In CI (CI=true, as .ci/run sets it) the browser test must run: a missing browser fails it.
IN_CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def skip_or_fail(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason}, and CI must run the browser test")
    pytest.skip(reason)


@pytest.fixture
def viewer(server: PagesServer, tmp_path: Path) -> Iterator[str]:
    archive = Archive(tmp_path / "a")
    capture(SEED_URL, archive, offline=True)
    capture(server.url("/hostile"), archive, options=FAST)
    httpd = make_server(archive, "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def get(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode()


def test_pages_search_and_highlight(viewer: str) -> None:
    status, headers, index = get(viewer + "/")
    assert status == 200 and "script-src" not in headers["Content-Security-Policy"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "Russia Tells Hamas to &#x27;Keep Promises&#x27; on Hostage Release" in index
    status, _, found = get(viewer + "/search?q=marzuk")
    assert status == 200 and "Trufanov will definitely be released" in found
    link = found.split('class="quote-link" href="', 1)[1].split('"', 1)[0]
    status, _, page = get(viewer + link.replace("&amp;", "&"))
    assert status == 200
    assert '<p id="verdict" class="ok">Verified: every claim proven from the bytes</p>' in page
    assert '<mark class="quote">Trufanov will definitely be released in the near future.' in page
    assert get(viewer + "/quote/nope/q-0")[0] == 404
    assert get(viewer + "/nothing")[0] == 404


def test_archived_markup_is_shown_as_text_never_run(viewer: str) -> None:
    _, _, index = get(viewer + "/")
    href = index.split('href="/source/', 2)[2].split('"', 1)[0]
    _, _, page = get(viewer + "/source/" + href)
    assert "<script" not in page and "onerror" not in page and "<img" not in page
    assert "Hostile" in page  # the title, as text


def test_search_input_is_escaped(viewer: str) -> None:
    term = '<script>alert(1)</script>"'
    _, _, page = get(viewer + "/search?q=" + urllib.parse.quote(term))
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_in_a_real_browser(viewer: str, tmp_path: Path) -> None:
    if CHROMIUM is None:
        skip_or_fail("chromium is not installed")
    try:
        from playwright import sync_api
    except ImportError:
        skip_or_fail("playwright is not installed")
    shots = tmp_path / "screenshots"  # never in the work tree
    shots.mkdir()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        try:
            page = browser.new_page()
            page.goto(viewer + "/")
            page.screenshot(path=str(shots / "1-sources.png"), full_page=True)
            page.fill("input[name=q]", "Marzuk")
            page.click("button")
            page.wait_for_url("**/search?q=Marzuk")
            page.screenshot(path=str(shots / "2-search.png"), full_page=True)
            page.click("a.quote-link >> nth=0")
            page.wait_for_url("**/quote/**")  # clicks do not wait for the next page
            mark = page.locator("mark.quote").first
            mark.wait_for(state="visible")
            assert "Trufanov will definitely be released" in mark.inner_text()
            assert (
                page.locator("#verdict").inner_text()
                == "Verified: every claim proven from the bytes"
            )
            page.screenshot(path=str(shots / "3-quote.png"), full_page=True)
            # An archived page that carries scripts: none of them runs in the viewer.
            page.goto(viewer + "/")
            page.click("text=Hostile")
            page.wait_for_url("**/source/**")
            assert page.title().startswith("Hostile")  # the script that would rename it: text
            assert page.locator("h1").inner_text().startswith("Hostile")
            assert page.evaluate("document.body.innerHTML") != "PWNED"
            assert page.evaluate("document.scripts.length") == 0
            assert page.locator("text=We fixed the bridge at last").count() >= 1
            page.screenshot(path=str(shots / "4-hostile.png"), full_page=True)
        finally:
            browser.close()
    assert sorted(p.name for p in shots.iterdir()) == [
        "1-sources.png", "2-search.png", "3-quote.png", "4-hostile.png",
    ]  # fmt: skip


def test_the_viewer_reads_the_index_and_keeps_few_pages(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a", durable=False)
    fill(archive, 0, 30)
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
    broken = RecordDraft(
        "response", "https://news.example/broken", datetime.now(timezone.utc),
        "application/http; msgtype=response", head + b"not gzip", len(head),
    )  # fmt: skip
    archive.append([PendingRecord(broken, RecordFacts(origin="live", http_status=200))])
    viewer = ArchiveViewer(archive, cached=4)
    index = viewer.index()
    assert index.count('href="/source/') == 30 and "1 archived page(s) could not be parsed" in index
    assert "https://news.example/broken" in viewer.unparsed()
    for entry in archive.entries(types=("resource",)):
        page = viewer.source(f"{entry.file}:{entry.offset}")
        assert page is not None and "We will rebuild bridge number" in page
    assert len(viewer._articles) <= 4  # bounded, whatever the archive's size
    found = viewer.search("lopez")
    assert found.count('class="quote-link"') == 8  # Ana López: pages 0, 4, ... 28
    link = found.split('class="quote-link" href="', 1)[1].split('"', 1)[0]
    key, _, quote_id = urllib.parse.unquote(link[len("/quote/") :]).rpartition("/")
    page = viewer.quote_view(key, quote_id) or ""
    assert '<mark class="quote">We will rebuild bridge number' in page and 'id="verdict"' in page
