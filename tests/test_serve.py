"""The local viewer: pages, search, highlighting, escaping; and a real browser test."""

from __future__ import annotations

import shutil
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance import Archive, FetchOptions, capture
from provenance.serve import make_server
from tests.conftest import SEED_URL
from tests.pages_server import PagesServer

FAST = FetchOptions(connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


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


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_in_a_real_browser(viewer: str, tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    shots = Path(__file__).resolve().parents[1] / "test-screenshots"
    shots.mkdir(exist_ok=True)
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
            mark = page.locator("mark.quote").first
            assert mark.is_visible()
            assert "Trufanov will definitely be released" in mark.inner_text()
            assert page.locator("#verdict").inner_text() == "Verified against the archived bytes"
            page.screenshot(path=str(shots / "3-quote.png"), full_page=True)
            # An archived page that carries scripts: none of them runs in the viewer.
            page.goto(viewer + "/")
            page.click("text=Hostile")
            assert page.title().startswith("Hostile")  # the script that would rename it: text
            assert page.locator("h1").inner_text().startswith("Hostile")
            assert page.evaluate("document.body.innerHTML") != "PWNED"
            assert page.evaluate("document.scripts.length") == 0
            assert page.locator("text=We fixed the bridge at last").count() >= 1
            page.screenshot(path=str(shots / "4-hostile.png"), full_page=True)
        finally:
            browser.close()
