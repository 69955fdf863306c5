"""What the archive's writer does when a write fails, or was cut short by a crash.

- ``write_error``: an ``OSError`` (a full disk, a file size limit, a read-only
  file system, a permission, an I/O error) or a SQLite error, met while
  writing, as one line of :class:`ArchiveWriteError` with the file and errno;
- ``cut_back``: after a failed append, cut the WARC file back to its committed
  size (and say so when that fails too);
- ``unwritable``: why a path cannot be written (a read-only file system, no
  permission), for errors that SQLite reports only vaguely;
- ``repair_tail``: before an append, remove what an interrupted writer left
  past the committed size, or refuse to append, naming the file, when it
  cannot be removed.

``APPEND_STEPS`` names the steps of an append at which ``Archive`` calls its
hook, the seam the crash tests use to fail or stop a writer anywhere.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..errors import ArchiveCorrupt, ArchiveWriteError

__all__ = ["APPEND_STEPS", "AppendHook", "cut_back", "repair_tail", "unwritable", "write_error"]

log = logging.getLogger(__name__)

#: The steps of an append, in order, as passed to an ``Archive``'s hook.
APPEND_STEPS = (
    "locked",  # the lock is held; the open file's tail not yet checked
    "before-write",  # tail repaired, file positioned at its committed end, nothing written
    "mid-write",  # half of a record's gzip member written and flushed to the OS
    "written",  # every member written and flushed; not yet fsynced
    "synced",  # fsynced; the catalog transaction is not begun
    "in-transaction",  # the records' rows inserted; the transaction is open
    "before-commit",  # the file's new size (and the capture) in too; COMMIT is next
    "committed",  # committed: the append is complete
    "cut-back",  # after a failure only: the file is about to be cut back
)

AppendHook = Callable[[str], None]


def write_error(
    archive: Path, exc: OSError | sqlite3.Error, file: Path, doing: str
) -> ArchiveWriteError:
    """One line for an operating system (or SQLite) error met while writing ``file``."""
    if isinstance(exc, OSError):
        if isinstance(exc.filename, str):
            file = Path(exc.filename)
        code = exc.errno
        name = errno.errorcode.get(code, "") if code is not None else ""
        reason = f"{exc.strerror or exc} ({name})" if name else str(exc.strerror or exc)
    else:
        code = None
        reason = f"SQLite: {exc}"
    return ArchiveWriteError(
        f"{doing} {file}: {reason}", path=str(archive), file=file.name, errno=code
    )


def unwritable(*paths: Path) -> OSError | None:
    """Why one of ``paths`` cannot be written, if it cannot (EROFS or EACCES)."""
    for path in paths:
        try:
            if not path.exists():
                continue
            if os.statvfs(path).f_flag & os.ST_RDONLY:
                return OSError(errno.EROFS, os.strerror(errno.EROFS))
        except OSError as exc:
            return exc
        if not os.access(path, os.W_OK):
            return OSError(errno.EACCES, os.strerror(errno.EACCES))
    return None


def cut_back(path: Path, committed: int, before: Callable[[], None]) -> str | None:
    """Cut ``path`` back to ``committed`` bytes after a failed append.

    ``before()`` runs just before the cut (the hook's "cut-back" step). When
    the cut fails, the bytes stay past the committed end, the next append
    refuses until they can be removed (``repair_tail``), and the returned text
    says so, for the error of the failed append.
    """
    try:
        if path.stat().st_size <= committed:
            return None  # nothing was written (the file could not even be opened)
    except (FileNotFoundError, NotADirectoryError):
        return None  # no file: nothing to cut
    except OSError as exc:
        log.error("could not check %s after a failed append: %s", path, exc)
        return f"; and {path} could not be checked ({exc.strerror or exc})"
    try:
        before()
        with open(path, "r+b") as fh:
            fh.truncate(committed)
    except OSError as exc:
        log.error(
            "could not cut %s back to its committed %d bytes (%s); appends are refused "
            "until the bytes past it can be removed",
            path,
            committed,
            exc,
        )
        return (
            f"; and it could not be cut back to its committed {committed} bytes "
            f"({exc.strerror or exc}): appends are refused until it can be"
        )
    return None


def repair_tail(archive: Path, path: Path, committed: int, *, durable: bool) -> None:
    """Cut off what an interrupted writer left past ``committed``, or refuse to append."""
    try:
        actual = path.stat().st_size
    except FileNotFoundError:
        actual = 0
        if committed == 0:
            return
    except OSError as exc:
        raise write_error(archive, exc, path, "cannot check") from exc
    if actual < committed:
        raise ArchiveCorrupt(
            f"{path} is shorter ({actual} bytes) than the catalog says ({committed})",
            path=str(archive),
            file=path.name,
            offset=actual,
        )
    if actual == committed:
        return
    try:
        with open(path, "r+b") as fh:
            fh.truncate(committed)
            if durable:
                os.fsync(fh.fileno())
            left = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise _unrepaired(archive, path, committed, actual, why, exc.errno) from exc
    if left != committed:
        raise _unrepaired(archive, path, committed, left, "the cut did not hold", None)
    log.warning(
        "removed %d uncommitted bytes from the end of %s (an interrupted write)",
        actual - committed,
        path,
    )


def _unrepaired(
    archive: Path, path: Path, committed: int, actual: int, why: str, code: int | None
) -> ArchiveWriteError:
    return ArchiveWriteError(
        f"refusing to append to {path}: it has {actual - committed} bytes past its "
        f"committed end ({committed}) left by an interrupted write, and they cannot be "
        f"removed ({why}); once the cause is gone the next append removes them, or cut "
        f"the file back yourself (truncate -s {committed} {path})",
        path=str(archive),
        file=path.name,
        errno=code,
    )
