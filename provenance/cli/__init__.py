"""The ``provenance`` command line: one module per command group, each parsing options,
calling one library function and formatting its result. The group, the error handling and
the documented exit codes are in :mod:`provenance.cli.app`."""

from __future__ import annotations

from . import capture_cmds, cite_cmds, index_cmds, quote_cmds, store_cmds, trust_cmds
from .app import (
    EXIT_ARCHIVE,
    EXIT_CAPTURE_FAILED,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_PARSE,
    EXIT_PARTIAL,
    EXIT_USAGE,
    exit_code_for,
    main,
    run,
)

__all__ = [
    "EXIT_ARCHIVE",
    "EXIT_CAPTURE_FAILED",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_PARSE",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "capture_cmds",
    "cite_cmds",
    "exit_code_for",
    "index_cmds",
    "main",
    "quote_cmds",
    "run",
    "store_cmds",
    "trust_cmds",
]
