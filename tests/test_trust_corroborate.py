"""Corroboration against a real pywb serving independent collections on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from provenance import Archive, PendingRecord, RecordDraft, RecordFacts
from provenance.trust import MementoSource, corroborate, source_for_prefix
from tests.pywb_server import serve_pywb

URL = "http://news.example/2025/05/harbour-council"
NEVER = "http://news.example/2025/05/never-archived"
CAPTURED = datetime(2025, 5, 1, 10, 3, tzinfo=timezone.utc)
QUOTE = "We will rebuild the old pier before winter, whatever Пётр says 📰"

PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Harbour council</title>"
    "<script>var quote = 'nothing to see';</script></head><body>"
    "<p>The council met on Tuesday.</p>\n<p>&ldquo;We will rebuild the <em>old</em>\n pier "
    "before winter, whatever Пётр says 📰,” the mayor said.</p></body></html>"
)
CHANGED = PAGE.replace("rebuild", "sell")
OLDER = "<html><body><p>Nothing was said about the pier yet.</p></body></html>"


def _warc(directory: Path, pages: list[tuple[datetime, str, str]]) -> Path:
    archive = Archive(directory)
    pending = []
    for when, url, html in pages:
        body = html.encode("utf-8")
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        draft = RecordDraft(
            "response",
            url,
            when,
            "application/http; msgtype=response",
            head + body,
            payload_start=len(head),
        )
        pending.append(PendingRecord(draft, RecordFacts(origin="live")))
    archive.append(pending)
    (warc,) = archive.warc_dir.iterdir()
    return warc


@pytest.fixture(scope="module")
def pywb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = tmp_path_factory.mktemp("pywb")
    alpha = _warc(
        base / "a",
        [
            (datetime(2023, 1, 1, tzinfo=timezone.utc), URL, OLDER),
            (datetime(2025, 5, 1, 10, 0, tzinfo=timezone.utc), URL, PAGE),
        ],
    )
    beta = _warc(base / "b", [(datetime(2025, 5, 1, 11, 0, tzinfo=timezone.utc), URL, CHANGED)])
    with serve_pywb(base / "root", {"alpha": [alpha], "beta": [beta]}) as url:
        yield url


def _sources(pywb: str) -> list[MementoSource]:
    return [
        source_for_prefix(f"{pywb}/alpha/timemap/link/"),
        source_for_prefix(f"{pywb}/beta/timemap/link/"),
    ]


def test_one_archive_corroborates_another_differs(pywb: str) -> None:
    result = corroborate(URL, [QUOTE], CAPTURED, sources=_sources(pywb))
    alpha, beta = result.archives
    assert alpha.archive.endswith("/alpha") and beta.archive.endswith("/beta")
    assert alpha.outcome == "corroborated" and alpha.mementos_listed == 2
    (check,) = alpha.checked  # the nearest memento held the words: no further fetch
    assert check.holds and check.raw
    assert check.fetched_url == f"{pywb}/alpha/20250501100000id_/{URL}"
    assert check.memento_url == f"{pywb}/alpha/20250501100000mp_/{URL}"
    assert check.datetime.startswith("2025-05-01T10:00:00")
    assert beta.outcome == "differs" and beta.checked[0].holds is False
    assert result.corroborated
    assert result.version_url == check.memento_url
    data = result.to_json()
    assert data["corroborated"] is True and data["archives"][1]["outcome"] == "differs"


def test_nearest_first_then_further_mementos(pywb: str) -> None:
    # Captured in 2023: the older memento is nearest and lacks the words; the next one has them.
    early = datetime(2023, 1, 2, tzinfo=timezone.utc)
    (alpha,) = corroborate(URL, [QUOTE], early, sources=_sources(pywb)[:1]).archives
    assert [c.holds for c in alpha.checked] == [False, True]
    assert alpha.outcome == "corroborated"
    (only,) = corroborate(URL, [QUOTE], early, sources=_sources(pywb)[:1], per_archive=1).archives
    assert only.outcome == "differs"


def test_split_quotes_need_every_piece(pywb: str) -> None:
    pieces = ["We will rebuild the old pier", "whatever Пётр says"]
    assert corroborate(URL, pieces, CAPTURED, sources=_sources(pywb)[:1]).corroborated
    wrong = ["We will rebuild the old pier", "whatever Ivan says"]
    result = corroborate(URL, wrong, CAPTURED, sources=_sources(pywb)[:1])
    assert not result.corroborated and result.archives[0].outcome == "differs"
    # words inside a script are never page text
    assert not corroborate(
        URL, ["nothing to see"], CAPTURED, sources=_sources(pywb)[:1]
    ).corroborated


def test_not_archived_unavailable_and_inconclusive(pywb: str, closed_port: str) -> None:
    never = corroborate(NEVER, [QUOTE], CAPTURED, sources=_sources(pywb))
    assert [a.outcome for a in never.archives] == ["not-archived", "not-archived"]
    assert not never.corroborated and never.version_url is None
    down = MementoSource("down", f"{closed_port}/timemap/link/")
    framed = MementoSource("framed", f"{pywb}/beta/timemap/link/", raw=False)
    result = corroborate(URL, [QUOTE], CAPTURED, sources=[down, framed])
    assert [a.outcome for a in result.archives] == ["unavailable", "inconclusive"]
    assert result.archives[1].checked[0].fetched_url.endswith(f"mp_/{URL}")


@pytest.fixture
def closed_port() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"
