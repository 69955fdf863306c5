"""Archiving many URLs at once, against several real hosts on the loopback network."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance import Archive, FetchOptions
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


def test_retries_then_reports(hosts: list[PagesServer], tmp_path: Path) -> None:
    reset(hosts)
    urls = [hosts[0].url("/flaky?id=1"), hosts[1].url("/dead"), "http://127.0.0.1:9/refused"]
    opts = BatchOptions(jobs=3, delay=0.0, retries=3, backoff=0.01, fetch=FAST)
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
    import json

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
