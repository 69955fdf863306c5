"""Archiving many URLs at once, against several real hosts on the loopback network."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance import Archive, ArchiveWriteError, FetchOptions
from provenance.capture.batch import BatchOptions, Progress, archive_many
from provenance.cli import main
from tests.pages_server import PagesServer, serve

ROOT = Path(__file__).resolve().parents[1]
FAST = FetchOptions(connect_timeout=2.0, read_timeout=5.0, total_timeout=20.0)


@pytest.fixture(scope="module")
def hosts() -> Iterator[list[PagesServer]]:
    with ExitStack() as stack:
        yield [stack.enter_context(serve(host=h)) for h in ("127.0.0.1", "127.0.0.2", "127.0.0.3")]


def reset(servers: list[PagesServer]) -> None:
    for s in servers:
        s.max_inflight = 0
        s.hits.clear()


def test_many_urls_with_a_cap_per_host(hosts: list[PagesServer], tmp_path: Path) -> None:
    reset(hosts)
    urls = [s.url(f"/slow?i={i}") for s in hosts for i in range(80)]
    seen: list[Progress] = []
    opts = BatchOptions(jobs=8, per_host=2, delay=0.0, retries=0, fetch=FAST)
    outcomes = archive_many(urls, Archive(tmp_path / "a"), opts, progress=seen.append)
    assert len(outcomes) == 240 and all(o.status == "archived" for o in outcomes)
    for s in hosts:
        assert 1 <= s.max_inflight <= 2, (s.host, s.max_inflight)
    assert max(s.max_inflight for s in hosts) == 2  # the cap is reached, not just respected
    assert seen[-1].done == 240 and seen[-1].remaining == 0 and seen[-1].rate > 0
    archive = Archive(tmp_path / "a")
    per_url = Counter(e.target_uri for e in archive.entries(types=("response",)))
    assert len(per_url) == 240 and set(per_url.values()) == {1}


def test_delay_between_requests_to_one_host(hosts: list[PagesServer], tmp_path: Path) -> None:
    urls = [hosts[0].url(f"/slow?d={i}") for i in range(5)]
    opts = BatchOptions(jobs=4, per_host=4, delay=0.3, retries=0, fetch=FAST)
    start = time.monotonic()
    archive_many(urls, Archive(tmp_path / "a"), opts)
    assert time.monotonic() - start >= 4 * 0.3


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_retries_then_reports(hosts: list[PagesServer], tmp_path: Path) -> None:
    reset(hosts)
    refused = f"http://127.0.0.1:{closed_port()}/refused"
    urls = [hosts[0].url("/flaky?id=1"), hosts[1].url("/dead"), refused]
    # Without robots.txt rules, the closed port is tried as a page (with them, see below).
    opts = BatchOptions(jobs=3, delay=0.0, retries=3, backoff=0.01, robots=False, fetch=FAST)
    flaky, dead, refused = archive_many(urls, Archive(tmp_path / "a"), opts)
    assert (flaky.status, flaky.http_status, flaky.attempts) == ("archived", 200, 3)
    assert (dead.status, dead.http_status, dead.attempts) == ("failed", 503, 4)
    assert dead.error == "HTTP 503 (archived as served)"
    assert (
        refused.status == "failed" and refused.attempts == 4 and "connect" in (refused.error or "")
    )


def test_robots_txt_is_honoured_unless_told(hosts: list[PagesServer], tmp_path: Path) -> None:
    url = hosts[2].url("/private")
    opts = BatchOptions(delay=0.0, retries=0, fetch=FAST)
    (blocked,) = archive_many([url], Archive(tmp_path / "a"), opts)
    assert blocked.status == "blocked" and blocked.error == "disallowed by robots.txt"
    (allowed,) = archive_many([url], Archive(tmp_path / "b"), BatchOptions(
        delay=0.0, retries=0, robots=False, fetch=FAST))  # fmt: skip
    assert allowed.status == "archived"


def test_rerun_skips_what_is_archived(hosts: list[PagesServer], tmp_path: Path) -> None:
    reset(hosts)
    archive = Archive(tmp_path / "a")
    urls = [hosts[0].url("/slow?r=1"), hosts[0].url("/slow?r=2"), hosts[1].url("/dead")]
    opts = BatchOptions(delay=0.0, retries=0, fetch=FAST)
    first = archive_many(urls, archive, opts)
    assert [o.status for o in first] == ["archived", "archived", "failed"]
    second = archive_many([*urls, urls[0]], archive, opts)  # duplicates are done once
    assert [o.status for o in second] == ["skipped", "skipped", "failed"]
    assert second[0].record_id == first[0].record_id
    assert hosts[0].hits[("/slow?r=1")] == 1 and hosts[1].hits["/dead"] == 2


def test_cli_batch_with_progress_summary_and_json(hosts: list[PagesServer], tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(
        "# sources\n" + "\n".join(s.url(f"/slow?c={i}") for s in hosts for i in range(3))
        + "\n" + hosts[1].url("/dead") + "\n"
    )  # fmt: skip
    args = ["archive", "--archive", str(tmp_path / "a"), "--from", str(listing), "--jobs", "4",
            "--delay", "0", "--retries", "0"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 3
    assert result.stdout.splitlines()[0] == "10 URLs: 9 archived, 1 failed"
    assert "archive: 9 done, 1 failed, 0 remaining" in result.stderr
    result = CliRunner().invoke(main, [*args, "--json"])
    statuses = Counter(o["status"] for o in json.loads(result.stdout))
    assert statuses == {"skipped": 9, "failed": 1}


_KILL_RUN = """
import sys
from provenance.cli import main
main(["archive", "--archive", sys.argv[1], "--from", sys.argv[2], "--jobs", "4",
      "--delay", "0", "--retries", "0"], prog_name="provenance")
"""


def test_killed_run_resumes_without_duplicates(hosts: list[PagesServer], tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    urls = [s.url(f"/slow?k={i}") for s in hosts for i in range(60)]
    listing.write_text("\n".join(urls) + "\n")
    archive_dir = tmp_path / "a"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILL_RUN, str(archive_dir), str(listing)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if (archive_dir / "catalog.sqlite").exists() and len(Archive(archive_dir)) > 40:
            break
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    done_before = len(Archive(archive_dir).entries(types=("response",)))
    assert 0 < done_before < len(urls)
    outcomes = archive_many(
        urls, Archive(archive_dir), BatchOptions(delay=0.0, retries=0, fetch=FAST)
    )
    assert Counter(o.status for o in outcomes)["skipped"] >= done_before
    per_url = Counter(e.target_uri for e in Archive(archive_dir).entries(types=("response",)))
    assert set(per_url) == set(urls) and set(per_url.values()) == {1}


# -- robots.txt as RFC 9309 reads it ----------------------------------------------------


@pytest.fixture
def lone() -> Iterator[PagesServer]:
    """A host of its own, whose robots.txt each test sets."""
    with serve(host="127.0.0.4") as srv:
        yield srv


def robots_hits(server: PagesServer) -> int:
    return server.hits.get("/robots.txt", 0)


def test_robots_answering_503_keeps_the_host_out(lone: PagesServer, tmp_path: Path) -> None:
    lone.robots_status = 503
    urls = [lone.url(f"/slow?u={i}") for i in range(3)]
    opts = BatchOptions(jobs=2, delay=0.0, retries=2, backoff=0.01, fetch=FAST)
    outcomes = archive_many(urls, Archive(tmp_path / "a"), opts)
    assert [o.status for o in outcomes] == ["robots-unreachable"] * 3
    assert outcomes[0].error == (
        f"{lone.base}/robots.txt is unreachable (HTTP 503 after 3 attempts): nothing is "
        "fetched from this host until it can be read (RFC 9309)"
    )
    assert robots_hits(lone) == 3  # asked once per run, with the batch's retries
    assert not any(path.startswith("/slow") for path in lone.hits)  # no page was requested
    assert len(Archive(tmp_path / "a")) == 0


def test_robots_that_answers_after_retries_is_obeyed(lone: PagesServer, tmp_path: Path) -> None:
    lone.robots_plan = [503, 502]
    urls = [lone.url("/slow?ok=1"), lone.url("/private")]
    opts = BatchOptions(delay=0.0, retries=3, backoff=0.01, fetch=FAST)
    ok, private = archive_many(urls, Archive(tmp_path / "a"), opts)
    assert (ok.status, private.status) == ("archived", "blocked")
    assert private.error == "disallowed by robots.txt"
    assert robots_hits(lone) == 3


def test_an_unreachable_robots_txt_is_asked_again_later(lone: PagesServer, tmp_path: Path) -> None:
    """Disallow lasts until robots.txt can be read: a later URL of the host asks again."""
    lone.robots_plan = [503, 500]
    urls = [lone.url(f"/slow?later={i}") for i in range(3)]
    opts = BatchOptions(jobs=1, delay=0.0, retries=0, robots_recheck=0.0, fetch=FAST)
    outcomes = archive_many(urls, Archive(tmp_path / "a"), opts)
    assert [o.status for o in outcomes] == ["robots-unreachable", "robots-unreachable", "archived"]
    assert "(HTTP 500)" in (outcomes[1].error or "")
    assert robots_hits(lone) == 3


@pytest.mark.parametrize("status", [404, 403, 401, 410])
def test_robots_txt_unavailable_4xx_allows_everything(
    lone: PagesServer, tmp_path: Path, status: int
) -> None:
    lone.robots_status = status
    opts = BatchOptions(delay=0.0, retries=3, backoff=0.01, fetch=FAST)
    (outcome,) = archive_many([lone.url("/private")], Archive(tmp_path / "a"), opts)
    assert outcome.status == "archived"
    assert robots_hits(lone) == 1  # a 4xx is an answer: not retried


@pytest.mark.parametrize(("status", "reason"), [(429, "HTTP 429"), (0, "no answer")])
def test_too_many_requests_or_no_answer_is_unreachable(
    lone: PagesServer, tmp_path: Path, status: int, reason: str
) -> None:
    lone.robots_status = status
    opts = BatchOptions(delay=0.0, retries=1, backoff=0.01, fetch=FAST)
    (outcome,) = archive_many([lone.url("/slow?x=1")], Archive(tmp_path / "a"), opts)
    assert outcome.status == "robots-unreachable"
    assert f"is unreachable ({reason}" in (outcome.error or "")
    assert robots_hits(lone) == 2


def test_closed_port_is_unreachable_and_reported(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/story"
    listing = tmp_path / "urls.txt"
    listing.write_text(url + "\n")
    args = ["archive", "--archive", str(tmp_path / "a"), "--from", str(listing), "--delay", "0",
            "--retries", "1"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 3
    assert result.stdout.splitlines() == [
        "1 URLs: 1 robots-unreachable",
        f"  robots-unreachable: {url}: {url.rsplit('/', 1)[0]}/robots.txt is unreachable (no "
        "answer: connection refused after 2 attempts): nothing is fetched from this host until "
        "it can be read (RFC 9309)",
    ]
    (row,) = json.loads(CliRunner().invoke(main, [*args, "--json"]).stdout)
    assert row["status"] == "robots-unreachable" and row["attempts"] == 0


def test_an_archive_that_cannot_be_written_stops_the_run(
    hosts: list[PagesServer], tmp_path: Path
) -> None:
    archive = Archive(tmp_path / "a")
    warcs = tmp_path / "a" / "warcs"
    warcs.rmdir()
    warcs.write_bytes(b"a file where the WARC directory should be")
    urls = [hosts[0].url(f"/slow?stop={i}") for i in range(40)]
    opts = BatchOptions(jobs=2, delay=0.0, retries=0, fetch=FAST)
    with pytest.raises(ArchiveWriteError, match="Not a directory"):
        archive_many(urls, archive, opts)
    assert sum(1 for p in hosts[0].hits if p.startswith("/slow?stop=")) < len(urls)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    result = CliRunner().invoke(main, ["archive", "--archive", str(tmp_path / "a"), "--from",
                                       str(listing), "--delay", "0", "--retries", "0"])  # fmt: skip
    assert result.exit_code == 4
    last = result.stderr.splitlines()[-1]
    assert last.startswith("provenance: error: ") and last.endswith("Not a directory (ENOTDIR)")
