"""The ``provenance`` command line: parse options, call the library, format results.

Exit codes (the same for every command):

    0  success
    1  not found: no such record, capture or seed copy
    2  usage error: bad option or argument, invalid URL
    3  capture failed: the page could not be fetched and no seed copy exists
    4  archive error: the archive is missing, unwritable or corrupt
    5  the record cannot be parsed (not HTML or text, undecodable payload)
    6  partial: verify proved the quote but not every claim; archive, import or
       export with --tsa archived but got no timestamp

`provenance verify` exits 0 when every claim of the citation is proven, 6 when
the quote is verified but some claims were not checked, and 1 when it is not
verified.
`provenance corroborate` exits 0 when another archive holds the quoted words, 1 when none does.
"""

from __future__ import annotations

from . import capture_cmds, cite_cmds, quote_cmds, store_cmds, trust_cmds
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
    "main",
    "quote_cmds",
    "run",
    "store_cmds",
    "trust_cmds",
]
