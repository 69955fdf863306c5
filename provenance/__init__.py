"""provenance: cite what a web source said, and let any reader prove it.

The pipeline, one module per stage (imports flow one way)::

    fetch / seeds  ->  archive (WARC + catalog)  ->  capture  ->  cli

Typical use: ``capture(url, Archive("archive"))`` returns a
:class:`CaptureResult` whose ``final`` entry locates the archived record.
"""

from ._version import __version__
from .archive import Archive, NewCapture, PendingRecord, RecordFacts
from .capture import CaptureResult, capture
from .catalog import CaptureRow, CatalogEntry, FileRow
from .errors import (
    ArchiveCorrupt,
    ArchiveError,
    ArchiveNotFound,
    CaptureError,
    FetchConnectionError,
    FetchError,
    FetchTimeout,
    IncompleteResponse,
    InvalidRecord,
    InvalidURL,
    ProvenanceError,
    RecordNotFound,
    ResponseTooLarge,
    SeedError,
    SeedIntegrityError,
    SeedNotFound,
    TooManyRedirects,
)
from .fetch import Fetched, FetchOptions, HttpExchange, fetch
from .seeds import SeedCopy, find_seed
from .urls import url_key
from .warc import RecordDraft, StoredRecord

__all__ = [
    "Archive",
    "ArchiveCorrupt",
    "ArchiveError",
    "ArchiveNotFound",
    "CaptureError",
    "CaptureResult",
    "CaptureRow",
    "CatalogEntry",
    "FetchConnectionError",
    "FetchError",
    "FetchOptions",
    "FetchTimeout",
    "Fetched",
    "FileRow",
    "HttpExchange",
    "IncompleteResponse",
    "InvalidRecord",
    "InvalidURL",
    "NewCapture",
    "PendingRecord",
    "ProvenanceError",
    "RecordDraft",
    "RecordFacts",
    "RecordNotFound",
    "ResponseTooLarge",
    "SeedCopy",
    "SeedError",
    "SeedIntegrityError",
    "SeedNotFound",
    "StoredRecord",
    "TooManyRedirects",
    "__version__",
    "capture",
    "fetch",
    "find_seed",
    "url_key",
]
