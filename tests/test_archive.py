"""The archive store: lookups, atomic appends, crashes and concurrent writers."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from provenance import (
    Archive,
    ArchiveCorrupt,
    ArchiveNotFound,
    FetchOptions,
    PendingRecord,
    RecordDraft,
    RecordNotFound,
    capture,
)
from tests.pages_server import PagesServer
from tests.test_capture import assert_consistent
from tests.warc_checks import fastwarc_check, warcio_check

ROOT = Path(__file__).resolve().parents[1]
FAST = FetchOptions(connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0)


def resource(payload: bytes, uri: str = "https://example.com/r") -> PendingRecord:
    return PendingRecord(
        RecordDraft(
            record_type="resource",
            target_uri=uri,
            date=datetime.now(timezone.utc),
            content_type="application/octet-stream",
            block=payload,
        )
    )


def test_lookup_by_id_and_url(archive: Archive) -> None:
    first = archive.append([resource(b"one", "https://Example.com/a/")])
    second = archive.append([resource(b"two", "https://example.com/a")])
    rid = second[0].record_id
    assert archive.entry(rid) == second[0]
    assert archive.entry(rid.strip("<>")) == second[0]
    assert archive.entry(rid.strip("<>").removeprefix("urn:uuid:")) == second[0]
    # A URL finds the newest record for it, whatever the case or trailing slash.
    assert archive.find("HTTPS://EXAMPLE.COM/a/#x").record_id == rid
    assert archive.read(first[0]).block == b"one"
    with pytest.raises(RecordNotFound):
        archive.entry("<urn:uuid:00000000-0000-0000-0000-000000000000>")
    with pytest.raises(RecordNotFound):
        archive.find("https://example.com/never")


def test_missing_archive_is_not_created_for_reading(tmp_path: Path) -> None:
    with pytest.raises(ArchiveNotFound):
        Archive(tmp_path / "nope", create=False)
    assert not (tmp_path / "nope").exists()


def test_failed_append_cuts_the_file_back(archive: Archive) -> None:
    archive.append([resource(b"kept")])
    size_before = {f.name: f.size for f in archive.files()}

    def records():  # type: ignore[no-untyped-def]
        yield resource(b"x" * 100_000)
        raise RuntimeError("producer failed half way")

    with pytest.raises(RuntimeError):
        archive.append(records())
    for f in archive.files():
        assert (archive.warc_dir / f.name).stat().st_size == size_before[f.name]
    assert len(archive) == 2  # warcinfo + the kept record
    assert_consistent(archive)


def test_catalog_file_names_cannot_leave_the_archive(archive: Archive) -> None:
    for bad in ("../../etc/passwd", "/etc/passwd", "..", ""):
        with pytest.raises(ArchiveCorrupt):
            archive.warc_path(bad)


def test_changed_bytes_are_detected_on_read(archive: Archive) -> None:
    (entry,) = archive.append([resource(b"original bytes " * 100)])
    path = archive.warc_dir / entry.file
    data = bytearray(path.read_bytes())
    data[entry.offset + entry.length // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveCorrupt, match="does not match the catalog"):
        archive.read(entry)


def test_torn_tail_from_an_interrupted_writer_is_removed(archive: Archive) -> None:
    archive.append([resource(b"first")])
    (f,) = archive.files()
    path = archive.warc_dir / f.name
    committed = path.stat().st_size
    # What a writer killed inside write() leaves: a prefix of a gzip member.
    other = Archive(archive.path.parent / "other")
    (e,) = other.append([resource(b"z" * 5000)])
    member = (other.warc_dir / e.file).read_bytes()[e.offset : e.offset + e.length]
    with open(path, "ab") as fh:
        fh.write(member[: len(member) // 2])
    archive.append([resource(b"second")])
    assert path.stat().st_size > committed
    assert [archive.read(x).block for x in archive.entries(types=("resource",))] == [
        b"first",
        b"second",
    ]
    assert_consistent(archive)


def test_shortened_file_is_reported_not_overwritten(archive: Archive) -> None:
    archive.append([resource(b"a" * 1000)])
    (f,) = archive.files()
    path = archive.warc_dir / f.name
    with open(path, "r+b") as fh:
        fh.truncate(f.size - 10)
    with pytest.raises(ArchiveCorrupt, match="shorter"):
        archive.append([resource(b"b")])


_CHILD_SLOW_APPEND = textwrap.dedent(
    """
    import os, sys, time
    from datetime import datetime, timezone
    from provenance import Archive, PendingRecord, RecordDraft

    def rec(data):
        return PendingRecord(RecordDraft(record_type="resource", target_uri="https://x.test/",
            date=datetime.now(timezone.utc), content_type="application/octet-stream", block=data))

    def records():
        yield rec(os.urandom(2_000_000))
        print("WRITING", flush=True)
        time.sleep(60)
        yield rec(b"never")

    Archive(sys.argv[1]).append(records())
    """
)


def test_sigkill_mid_append_leaves_archive_consistent(
    server: PagesServer, archive: Archive
) -> None:
    capture(server.url("/utf8"), archive, options=FAST)
    before = list(archive.entries())
    (f,) = archive.files()
    committed = f.size
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD_SLOW_APPEND, str(archive.path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "WRITING"
        # The child holds the lock and has written ~2 MB past the committed end.
        assert (archive.warc_dir / f.name).stat().st_size > committed
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    # The catalog is exactly as before, and every record it lists reads back.
    assert list(archive.entries()) == before
    for entry in before:
        archive.read(entry)
    # The next capture works, and the file is clean for independent readers.
    capture(server.url("/cp1251"), archive, options=FAST)
    assert (archive.warc_dir / f.name).stat().st_size == archive.files()[0].size
    assert len(archive) == len(before) + 2
    assert_consistent(archive)


_CHILD_CAPTURE_LOOP = textwrap.dedent(
    """
    import sys
    from provenance import Archive, FetchOptions, capture
    archive = Archive(sys.argv[1])
    paths = sys.argv[3:]
    i = 0
    print("STARTED", flush=True)
    while True:
        capture(sys.argv[2] + paths[i % len(paths)], archive)
        i += 1
    """
)


def bytes_past_committed(archive: Archive) -> int:
    """Bytes on disk past the committed ends: what a writer killed mid-append leaves.

    The file sizes are read before the catalog, so bytes committed in between
    are never counted as torn."""
    disk = {p.name: p.stat().st_size for p in archive.warc_dir.iterdir()}
    committed = {f.name: f.size for f in archive.files()}
    return sum(size - committed.get(name, 0) for name, size in disk.items())


def stop_mid_append(child: subprocess.Popen[str], archive: Archive, timeout: float) -> bool:
    """Stop ``child`` (SIGSTOP) at a moment it has a large write under way; False if none came."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if bytes_past_committed(archive) >= 100_000:
            os.kill(child.pid, signal.SIGSTOP)
            os.waitpid(child.pid, os.WUNTRACED)  # it is stopped now
            if bytes_past_committed(archive) > 0:
                return True  # frozen with the write under way
            os.kill(child.pid, signal.SIGCONT)  # it committed just before: try again
        time.sleep(0.0005)
    return False


def test_random_sigkills_during_captures(server: PagesServer, archive: Archive) -> None:
    """Kills at random times, and (every other one) of a writer stopped mid-write.

    Before the archive is recovered, each kill is classed by what it left: bytes
    past the committed end mean it landed mid-append. A share of them must."""
    rng = random.Random(1234)
    paths = ["/utf8", "/big", "/noise", "/chunked", "/gzip", "/r301", "/404"]
    kills, landed = 8, 0
    for i in range(kills):
        targeted = i % 2 == 1
        if targeted:  # start from a clean tail, so what is found after the kill is this child's
            archive.recover()
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD_CAPTURE_LOOP, str(archive.path), server.base, *paths],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "STARTED"
        time.sleep(rng.uniform(0.05, 0.6))
        if targeted:
            assert stop_mid_append(child, archive, timeout=20)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        landed += bytes_past_committed(archive) > 0
        for entry in archive.entries():
            archive.read(entry)
        # Every capture in the catalog is complete: its final record is there.
        for entry in archive.entries(types=("response",)):
            assert entry.capture_id is not None
            cap = archive.capture(entry.capture_id)
            assert cap is not None
            archive.entry(cap.final_record_id)
    assert landed >= kills // 2, f"only {landed} of {kills} kills landed mid-append"
    capture(server.url("/utf8"), archive, options=FAST)
    assert bytes_past_committed(archive) == 0
    assert_consistent(archive)


_CHILD_WRITER = textwrap.dedent(
    """
    import sys
    from provenance import Archive, capture
    archive = Archive(sys.argv[1])
    for i in range(int(sys.argv[3])):
        capture(f"{sys.argv[2]}/utf8?w={sys.argv[4]}&i={i}", archive)
    """
)


def test_concurrent_writers_lose_nothing(server: PagesServer, archive: Archive) -> None:
    writers, each = 4, 12
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _CHILD_WRITER,
                str(archive.path),
                server.base,
                str(each),
                str(w),
            ],
            cwd=ROOT,
        )
        for w in range(writers)
    ]
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    responses = archive.entries(types=("response",))
    assert len(responses) == writers * each
    wanted = {f"{server.base}/utf8?w={w}&i={i}" for w in range(writers) for i in range(each)}
    assert {e.target_uri for e in responses} == wanted
    for url in wanted:
        assert archive.find(url).target_uri == url
    assert_consistent(archive)


def test_independent_checkers_reject_a_broken_file(tmp_path: Path, archive: Archive) -> None:
    """The checkers used above can fail: a flipped byte makes both complain."""
    (entry,) = archive.append([resource(b"payload " * 500)])
    path = archive.warc_dir / entry.file
    warcio_check(path)
    fastwarc_check(path)
    raw = bytearray(path.read_bytes())
    import gzip
    import zlib

    member = gzip.decompress(bytes(raw[entry.offset : entry.offset + entry.length]))
    tampered = member.replace(b"payload payload", b"paylaod payload", 1)
    comp = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    new = comp.compress(tampered) + comp.flush()
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(bytes(raw[: entry.offset]) + new)
    with pytest.raises(AssertionError):
        warcio_check(bad)
    with pytest.raises(AssertionError):
        fastwarc_check(bad)
