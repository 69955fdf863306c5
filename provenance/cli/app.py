"""The ``provenance`` command line: parse options, call the library, format results.

Exit codes (the same for every command):

    0  success
    1  not found: no such record, capture or seed copy
    2  usage error: bad option or argument, invalid URL, or an option that needs an
       extra that is not installed (--nlp without provenance[nlp])
    3  capture failed: the page could not be fetched and no seed copy exists
    4  archive error: the archive is missing, unwritable or corrupt (or another
       file the command reads or writes fails: a full disk, no permission)
    5  the record cannot be parsed (not HTML or text, undecodable payload)
    6  partial: verify found nothing false but did not prove every claim (or could
       not check the quoted words without a re-parse); archive, import or export
       with --tsa archived but got no timestamp

`provenance verify` exits 0 when every claim of the citation is proven, 6 when
nothing is refuted but some claims were not checked, and 1 when a claim is false.
`provenance corroborate` exits 0 when another archive holds the quoted words, 1 when none does.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import signal
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from .._version import __version__
from ..cite import CitationError, RenderError
from ..errors import (
    ArchiveError,
    CaptureError,
    CertificateFileError,
    FetchError,
    InvalidURL,
    NlpUnavailable,
    ParseError,
    ProvenanceError,
    RecordNotFound,
    RepresentationError,
    SeedError,
    SeedNotFound,
    SigningKeyError,
)

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_CAPTURE_FAILED = 3
EXIT_ARCHIVE = 4
EXIT_PARSE = 5
EXIT_PARTIAL = 6

DEFAULT_ARCHIVE = "archive"

F = TypeVar("F", bound=Callable[..., Any])


def exit_code_for(exc: ProvenanceError) -> int:
    """The documented exit code for a library error."""
    if isinstance(exc, InvalidURL | SigningKeyError | CertificateFileError | NlpUnavailable):
        return EXIT_USAGE
    if isinstance(exc, RecordNotFound | SeedNotFound | CitationError | RenderError):
        return EXIT_NOT_FOUND
    if isinstance(exc, CaptureError | FetchError | SeedError):
        return EXIT_CAPTURE_FAILED
    if isinstance(exc, ParseError | RepresentationError):
        return EXIT_PARSE
    if isinstance(exc, ArchiveError):
        return EXIT_ARCHIVE
    return EXIT_NOT_FOUND


def _fail(exc: ProvenanceError) -> None:
    message = " ".join(str(exc).split())
    click.echo(f"provenance: error: {message}", err=True)
    sys.exit(exit_code_for(exc))


def _os_fail(exc: OSError) -> None:
    """A file the command itself reads or writes (an output file, say) failed: one line."""
    name = errno.errorcode.get(exc.errno, "") if exc.errno is not None else ""
    reason = f"{exc.strerror} ({name})" if exc.strerror and name else str(exc)
    where = f"{exc.filename}: " if exc.filename else ""
    click.echo(f"provenance: error: {where}{' '.join(reason.split())}", err=True)
    sys.exit(EXIT_ARCHIVE)


def _handle_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ProvenanceError as exc:
            _fail(exc)
        except OSError as exc:
            _os_fail(exc)

    return wrapper  # type: ignore[return-value]


archive_option = click.option(
    "--archive",
    "archive_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=lambda: os.environ.get("PROVENANCE_ARCHIVE", DEFAULT_ARCHIVE),
    show_default="archive/ (or $PROVENANCE_ARCHIVE)",
    help="Archive directory.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
@click.option("-v", "--verbose", is_flag=True, help="Log what the library does (stderr).")
def main(verbose: bool) -> None:
    """Archive web sources, find who said what, and cite it verifiably.

    Exit codes: 0 ok, 1 not found, 2 usage, 3 capture failed, 4 archive error,
    5 cannot parse, 6 archived but not timestamped.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="provenance: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    ignore_file_size_signal()


def ignore_file_size_signal() -> None:
    """Let a write past the file size limit (``ulimit -f``) fail with EFBIG, not kill us.

    The kernel sends SIGXFSZ to a process that writes past RLIMIT_FSIZE; its
    default action ends the process. Python ignores it at start-up, and so
    does the command line explicitly, so such a write raises ``OSError``
    (EFBIG), which the archive reports as an archive error (exit code 4).
    """
    if hasattr(signal, "SIGXFSZ"):
        # Outside the main thread (ValueError) the process's disposition stays as it is.
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def run() -> None:
    """Entry point for ``python -m provenance``."""
    main(prog_name="provenance")
