"""Writes that fail for reasons outside the program, made for real.

- a file size limit: ``ulimit -f`` (RLIMIT_FSIZE set in the child process);
- a full disk: a small tmpfs, mounted in a private user and mount namespace
  (``unshare -rm``), so no privilege is needed and nothing outside changes;
- a read-only directory: ``chmod`` when the tests do not run as root; as root,
  permissions do not stop writes, so a read-only bind mount in such a
  namespace is used instead; and, everywhere, a file where the archive
  expects a directory (ENOTDIR).

Each must end the command with one line on stderr and exit code 4, leave
the archive as it was, and let the next append work once the cause is gone.
Tests that need a namespace skip when ``unshare`` cannot make one. As root,
the branches for other users run with ``unshare --user --map-user=1000
--map-group=1000 python -m pytest tests/test_write_errors.py`` (a user
without capabilities, to whom permissions apply).
"""

from __future__ import annotations

import functools
import json
import os
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from provenance import Archive
from tests.pages_server import PagesServer
from tests.test_append_faults import check_archive, on_disk, state

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "provenance"]


def cli(*args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def set_limit() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, preexec_fn=set_limit
    )


def one_error_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The command failed with exit code 4 and said why in exactly one line."""
    assert proc.returncode == 4, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("provenance: error: "), lines[0]
    assert "Traceback" not in proc.stderr
    return lines[0]


@functools.cache
def namespaces() -> str | None:
    """Why private mount namespaces cannot be used here, or None when they can."""
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        return f"no private mount namespace: {probe.stderr.strip()}"
    return None


def in_namespace(script: str) -> subprocess.CompletedProcess[str]:
    reason = namespaces()
    if reason is not None:
        pytest.skip(reason)
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_file_size_limit(server: PagesServer, tmp_path: Path) -> None:
    """``ulimit -f 50`` while archiving a page of 1.5 MB: EFBIG, exit 4, nothing changed."""
    path = tmp_path / "a"
    assert cli("archive", "--archive", str(path), server.url("/utf8")).returncode == 0
    before, committed = state(path)
    proc = cli("archive", "--archive", str(path), server.url("/noise"), limit=50 * 1024)
    line = one_error_line(proc)
    (name,) = committed
    assert line == (
        f"provenance: error: cannot append to {path / 'warcs' / name}: "
        "File too large (EFBIG); the archive is as it was"
    )
    assert proc.stdout == ""
    assert state(path) == (before, committed) and on_disk(path) == committed
    # With more URLs, the first archive error stops the command: the others would fail alike.
    urls = (server.url("/noise"), server.url("/cp1251"))
    proc = cli("archive", "--archive", str(path), *urls, "--json", limit=50 * 1024)
    assert one_error_line(proc) == line
    first, second = json.loads(proc.stdout)
    assert (first["exit_code"], second["exit_code"]) == (4, 4)
    assert second["error"] == "not attempted: " + line.removeprefix("provenance: error: ")
    assert state(path) == (before, committed) and on_disk(path) == committed
    check_archive(path)
    # Without the limit, the same page goes in.
    assert cli("archive", "--archive", str(path), server.url("/noise")).returncode == 0
    assert len(Archive(path)) == len(before) + 2
    check_archive(path)


_DEFAULT_SIGXFSZ = textwrap.dedent(
    """
    import resource, signal, sys
    from provenance import Archive, capture
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # a program that restores the default
    resource.setrlimit(resource.RLIMIT_FSIZE, (50 * 1024, 50 * 1024))
    capture(sys.argv[2], Archive(sys.argv[1]))
    """
)


def test_file_size_signal_at_its_default_kills_but_harms_nothing(
    server: PagesServer, tmp_path: Path
) -> None:
    """A program that restores SIGXFSZ's default action is killed by it: a crash like any
    other, which leaves the archive as it was."""
    path = tmp_path / "a"
    assert cli("archive", "--archive", str(path), server.url("/utf8")).returncode == 0
    before, committed = state(path)
    proc = subprocess.run(
        [sys.executable, "-c", _DEFAULT_SIGXFSZ, str(path), server.url("/noise")],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGXFSZ
    assert state(path) == (before, committed)
    assert sum(on_disk(path).values()) > sum(committed.values())  # a torn member is left
    check_archive(path)
    assert cli("archive", "--archive", str(path), server.url("/noise")).returncode == 0
    assert on_disk(path) == state(path)[1]
    check_archive(path)


_CHECK = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from tests.test_append_faults import check_archive, on_disk, state
    path = Path(sys.argv[1])
    check_archive(path)
    entries, committed = state(path)
    print(json.dumps({"records": len(entries), "committed": committed, "on_disk": on_disk(path)}))
    """
)


def test_full_disk(server: PagesServer, tmp_path: Path) -> None:
    """A real ENOSPC: the archive on a tmpfs of 400 KiB, then a page that does not fit."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    a = mnt / "a"
    run = " ".join(shlex.quote(c) for c in CLI)
    check = f"{shlex.quote(sys.executable)} -c {shlex.quote(_CHECK)} {a}"
    script = f"""
        mount -t tmpfs -o size=400k tmpfs {mnt} || exit 99
        {run} archive --archive {a} {server.url("/utf8")} >/dev/null || exit 98
        {check}
        {run} archive --archive {a} {server.url("/noise")} 2>{tmp_path}/err; echo "rc=$?"
        {check}
        {run} archive --archive {a} {server.url("/cp1251")} >/dev/null; echo "rc=$?"
        {check}
    """
    proc = in_namespace(script)
    out = proc.stdout.splitlines()
    assert len(out) == 5, (proc.stdout, proc.stderr)
    first, failed, second, after = (
        json.loads(out[0]),
        out[1],
        json.loads(out[2]),
        json.loads(out[4]),
    )
    err = (tmp_path / "err").read_text()
    assert failed == "rc=4", err
    assert len(err.splitlines()) == 1
    assert "No space left on device (ENOSPC); the archive is as it was" in err
    assert second == first and second["on_disk"] == second["committed"]
    assert out[3] == "rc=0"  # once the failed write is cut back there is room again
    assert after["records"] == first["records"] + 2


def test_read_only_directory(server: PagesServer, tmp_path: Path) -> None:
    """An archive in a directory that cannot be written: exit 4, one line, nothing changed.

    Not as root: chmod. As root, whom permissions do not stop: a read-only bind mount."""
    path = tmp_path / "a"
    assert cli("archive", "--archive", str(path), server.url("/utf8")).returncode == 0
    before, committed = state(path)
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in (path, path / "warcs", *path.rglob("*"))}
        try:
            for p in modes:
                p.chmod(modes[p] & ~0o222)
            proc = cli("archive", "--archive", str(path), server.url("/cp1251"))
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        line = one_error_line(proc)
        assert "Permission denied (EACCES)" in line
    else:
        run = " ".join(shlex.quote(c) for c in CLI)
        proc = in_namespace(
            f"mount --bind {path} {path} && mount -o remount,bind,ro {path} || exit 99\n"
            f"exec {run} archive --archive {path} {server.url('/cp1251')}"
        )
        line = one_error_line(proc)
        assert line == (
            f"provenance: error: cannot write {path / 'catalog.sqlite'}: Read-only file system "
            "(EROFS)"
        )
    assert state(path) == (before, committed)
    assert cli("archive", "--archive", str(path), server.url("/cp1251")).returncode == 0
    check_archive(path)


def test_read_only_warc_directory_as_root(server: PagesServer, tmp_path: Path) -> None:
    """Only the WARC directory read-only (the catalog writable): EROFS on the WARC file."""
    if os.geteuid() != 0:
        pytest.skip("covered by chmod in test_read_only_directory")
    path = tmp_path / "a"
    assert cli("archive", "--archive", str(path), server.url("/utf8")).returncode == 0
    before, committed = state(path)
    (name,) = committed
    warcs = path / "warcs"
    run = " ".join(shlex.quote(c) for c in CLI)
    proc = in_namespace(
        f"mount --bind {warcs} {warcs} && mount -o remount,bind,ro {warcs} || exit 99\n"
        f"exec {run} archive --archive {path} {server.url('/cp1251')}"
    )
    assert one_error_line(proc) == (
        f"provenance: error: cannot append to {warcs / name}: Read-only file system "
        "(EROFS); the archive is as it was"
    )
    assert state(path) == (before, committed)


def test_a_file_where_the_warc_directory_should_be(server: PagesServer, tmp_path: Path) -> None:
    """Works as any user: ``warcs`` replaced by a file gives ENOTDIR, exit 4, one line."""
    path = tmp_path / "a"
    assert cli("archive", "--archive", str(path), server.url("/utf8")).returncode == 0
    before, committed = state(path)
    warcs = path / "warcs"
    moved = tmp_path / "warcs-aside"
    warcs.rename(moved)
    warcs.write_bytes(b"not a directory")
    line = one_error_line(cli("archive", "--archive", str(path), server.url("/cp1251")))
    assert "Not a directory (ENOTDIR)" in line and str(warcs) in line
    warcs.unlink()
    moved.rename(warcs)
    assert state(path) == (before, committed)
    assert cli("archive", "--archive", str(path), server.url("/cp1251")).returncode == 0
    check_archive(path)


_KILLED_WRITER = textwrap.dedent(
    """
    import os, sys
    from datetime import datetime, timezone
    from provenance import Archive, PendingRecord, RecordDraft

    def hook(name):
        if name == "synced":
            os.kill(os.getpid(), 9)  # killed with its records written but not committed

    rec = PendingRecord(RecordDraft("resource", "https://example.com/killed",
                                    datetime.now(timezone.utc), "text/plain", os.urandom(50_000)))
    Archive(sys.argv[1], hook=hook).append([rec])
    """
)


def test_bytes_that_cannot_be_cut_back_refuse_the_append(
    server: PagesServer, tmp_path: Path
) -> None:
    """After a killed writer, the next append must remove its bytes first; when it cannot,
    it refuses and names the file, and appends work again once the cause is gone."""
    path = tmp_path / "a"
    assert cli("archive", "--archive", str(path), server.url("/utf8")).returncode == 0
    before, committed = state(path)
    (name,) = committed
    warc = path / "warcs" / name
    killed = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(path)], cwd=ROOT)
    assert killed.returncode == -signal.SIGKILL
    torn = on_disk(path)[name]
    assert torn > committed[name]
    if os.geteuid() != 0:
        mode = warc.stat().st_mode
        warc.chmod(mode & ~0o222)
        try:
            proc = cli("archive", "--archive", str(path), server.url("/cp1251"))
        finally:
            warc.chmod(mode)
        why = "Permission denied"
    else:
        warcs = path / "warcs"
        run = " ".join(shlex.quote(c) for c in CLI)
        proc = in_namespace(
            f"mount --bind {warcs} {warcs} && mount -o remount,bind,ro {warcs} || exit 99\n"
            f"exec {run} archive --archive {path} {server.url('/cp1251')}"
        )
        why = "Read-only file system"
    line = one_error_line(proc)
    assert line == (
        f"provenance: error: refusing to append to {warc}: it has {torn - committed[name]} "
        f"bytes past its committed end ({committed[name]}) left by an interrupted write, "
        f"and they cannot be removed ({why}); once the cause is gone the next append removes "
        f"them, or cut the file back yourself (truncate -s {committed[name]} {warc})"
    )
    assert on_disk(path)[name] == torn and state(path) == (before, committed)
    # The cause gone, the next append removes the bytes and appends after the committed end.
    assert cli("archive", "--archive", str(path), server.url("/cp1251")).returncode == 0
    check_archive(path)
    assert on_disk(path) == state(path)[1]


def test_an_output_file_that_cannot_be_written(server: PagesServer, tmp_path: Path) -> None:
    """Not the archive but a file the command writes: one line and exit code 4 too."""
    path = tmp_path / "a"
    assert cli("archive", "--archive", str(path), server.url("/utf8")).returncode == 0
    out = tmp_path / "missing" / "index.cdxj"
    line = one_error_line(cli("export", "--archive", str(path), "--cdxj", str(out)))
    assert line == f"provenance: error: {out}: No such file or directory (ENOENT)"
