"""Crash safety of an append, by fault injection at every step.

The archive calls its hook at each named step of an append
(``APPEND_STEPS``). Here the hook either raises (an exception, or an
``OSError`` such as a full disk) or stops a child process at that step, which
the test then kills with SIGKILL. After every fault the archive must reopen
consistent, and the next append must work.
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest

from provenance import Archive, ArchiveWriteError, NewCapture, PendingRecord, RecordDraft
from provenance.store.archive import APPEND_STEPS
from tests.test_capture import assert_consistent

ROOT = Path(__file__).resolve().parents[1]
# Steps every append passes; "cut-back" is reached only after a failure.
STEPS = tuple(s for s in APPEND_STEPS if s != "cut-back")
# From these steps on, the new bytes are in the file but not committed.
WRITING = ("mid-write", "written", "synced", "in-transaction", "before-commit")


def resource(payload: bytes, uri: str) -> PendingRecord:
    return PendingRecord(
        RecordDraft(
            record_type="resource",
            target_uri=uri,
            date=datetime.now(timezone.utc),
            content_type="application/octet-stream",
            block=payload,
        )
    )


def two_records(tag: str) -> tuple[list[PendingRecord], NewCapture]:
    """A capture of two records, the first one large enough to take several writes."""
    uri = f"https://example.com/{tag}"
    first = resource(os.urandom(300_000), uri)
    second = resource(f"second record of {tag}".encode(), uri + "/meta")
    cap = NewCapture(requested_url=uri, final_record_id=first.draft.record_id, origin="live")
    return [first, second], cap


def check_archive(path: Path) -> None:
    """Reopened, the archive is consistent: every row reads back and hashes right,
    rows tile each file from 0 to its committed size, and every capture is whole."""
    archive = Archive(path, create=False)
    sizes = {f.name: f.size for f in archive.files()}
    entries = archive.entries()
    ends: dict[str, int] = {}
    for entry in entries:
        archive.read(entry)  # length and sha256 of the stored member checked
        assert entry.offset == ends.get(entry.file, 0), "a gap or an overlap between rows"
        ends[entry.file] = entry.offset + entry.length
        if entry.capture_id is not None:
            cap = archive.capture(entry.capture_id)
            assert cap is not None, f"record {entry.record_id} of a capture that is not there"
            archive.entry(cap.final_record_id)
    for name, size in sizes.items():
        assert ends.get(name, 0) == size, (name, ends.get(name), size)
        assert (archive.warc_dir / name).stat().st_size >= size


def state(path: Path) -> tuple[list[object], dict[str, int]]:
    archive = Archive(path, create=False)
    return list(archive.entries()), {f.name: f.size for f in archive.files()}


def on_disk(path: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in (path / "warcs").iterdir()}


def failing_at(step: str, error: BaseException) -> Callable[[str], None]:
    reached: list[str] = []

    def hook(name: str) -> None:
        reached.append(name)
        if name == step and reached.count(step) == 1:
            raise error

    hook.reached = reached  # type: ignore[attr-defined]
    return hook


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = tmp_path / "archive"
    records, cap = two_records("first")
    Archive(path).append(records, capture=cap)
    return path


ERRORS = {
    "exception": lambda: RuntimeError("injected"),
    "oserror": lambda: OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)),
    "sqlite": lambda: sqlite3.OperationalError("database or disk is full"),
}


@pytest.mark.parametrize("kind", sorted(ERRORS))
@pytest.mark.parametrize("step", STEPS)
def test_a_failure_at_each_step(seeded: Path, step: str, kind: str) -> None:
    before, committed = state(seeded)
    error = ERRORS[kind]()
    hook = failing_at(step, error)
    records, cap = two_records("failing")
    expected: type[BaseException] = type(error)
    if kind != "exception" and step != "committed":
        expected = ArchiveWriteError  # an OS or SQLite error in an append is an archive error
    with pytest.raises(expected) as caught:
        Archive(seeded, hook=hook).append(records, capture=cap)
    assert step in hook.reached  # type: ignore[attr-defined]
    if expected is ArchiveWriteError:
        message = str(caught.value)
        assert "\n" not in message and message.endswith("the archive is as it was")
        if kind == "oserror":
            assert "No space left on device (ENOSPC)" in message
            assert caught.value.errno == errno.ENOSPC  # type: ignore[attr-defined]
        else:
            assert "catalog.sqlite: SQLite: database or disk is full" in message
    after, sizes = state(seeded)
    if step == "committed":  # the append was complete before the hook failed
        assert len(after) == len(before) + 2
        assert Archive(seeded).find("https://example.com/failing").capture_id == cap.capture_id
    else:
        assert after == before and sizes == committed
        assert on_disk(seeded) == committed  # cut back at once, not left for the next writer
    check_archive(seeded)
    records, cap = two_records("next")
    Archive(seeded).append(records, capture=cap)
    check_archive(seeded)
    assert Archive(seeded).find("https://example.com/next").capture_id == cap.capture_id


def test_a_failed_cut_back_is_said_and_repaired_by_the_next_append(seeded: Path) -> None:
    before, committed = state(seeded)
    steps: list[str] = []

    def hook(name: str) -> None:
        steps.append(name)
        if name == "written":
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        if name == "cut-back":
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    records, cap = two_records("failing")
    with pytest.raises(ArchiveWriteError) as caught:
        Archive(seeded, hook=hook).append(records, capture=cap)
    message = str(caught.value)
    assert "Input/output error (EIO)" in message
    assert "could not be cut back" in message and "appends are refused" in message
    assert steps[-1] == "cut-back"
    (name,) = committed
    assert on_disk(seeded)[name] > committed[name]  # the torn bytes are still there
    assert state(seeded) == (before, committed)
    check_archive(seeded)  # readers follow committed rows only
    # The cause is gone: the next append removes the bytes, then appends.
    records, cap = two_records("next")
    Archive(seeded).append(records, capture=cap)
    check_archive(seeded)
    assert on_disk(seeded) == state(seeded)[1]


_CHILD = textwrap.dedent(
    """
    import errno, os, sys
    from datetime import datetime, timezone
    from provenance import Archive, NewCapture, PendingRecord, RecordDraft

    path, stop_at, fail_at = sys.argv[1], sys.argv[2], sys.argv[3]

    def hook(name):
        if name == fail_at:
            raise OSError(errno.ENOSPC, "injected")
        if name == stop_at:
            print("AT " + name, flush=True)
            sys.stdin.readline()  # stopped here until killed

    uri = "https://example.com/killed"
    big = PendingRecord(RecordDraft("resource", uri, datetime.now(timezone.utc),
                                    "application/octet-stream", os.urandom(300_000)))
    small = PendingRecord(RecordDraft("resource", uri + "/meta", datetime.now(timezone.utc),
                                      "text/plain", b"meta"))
    cap = NewCapture(requested_url=uri, final_record_id=big.draft.record_id, origin="live")
    try:
        Archive(path, hook=hook).append([big, small], capture=cap)
    except Exception as exc:
        print("FAILED", type(exc).__name__, flush=True)
    print("DONE", flush=True)
    """
)


@pytest.mark.parametrize(
    ("stop_at", "fail_at"), [(s, "-") for s in STEPS] + [("cut-back", "written")]
)
def test_sigkill_at_each_step(seeded: Path, stop_at: str, fail_at: str) -> None:
    before, committed = state(seeded)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(seeded), stop_at, fail_at],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        assert child.stdout.readline().strip() == f"AT {stop_at}"
        # Stopped at the step: bytes past the committed end exactly while writing.
        torn = sum(on_disk(seeded).values()) - sum(committed.values())
        if stop_at in (*WRITING, "cut-back"):
            assert torn > 0
        elif stop_at in ("locked", "before-write"):
            assert torn == 0
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()
        child.stdin.close()
    assert child.returncode == -signal.SIGKILL
    after, sizes = state(seeded)
    if stop_at == "committed":
        assert len(after) == len(before) + 2
    else:
        assert (after, sizes) == (before, committed)
    check_archive(seeded)
    records, cap = two_records("next")
    Archive(seeded).append(records, capture=cap)
    check_archive(seeded)
    assert on_disk(seeded) == state(seeded)[1]  # the torn tail is gone
    assert_consistent(Archive(seeded))  # warcio and FastWARC agree
