"""provenance: cite what a web source said, and let any reader prove it.

The pipeline, one module per stage (imports flow one way)::

    fetch / seeds  ->  archive (WARC + catalog)  ->  capture
    representation -> parse (Article: text + byte map) -> quotes
    -> citation (+ formats) -> verify                                   ->  cli

Typical use: ``capture(url, Archive("archive"))`` returns a
:class:`CaptureResult` whose ``final`` entry locates the archived record.
"""

from ._version import __version__
from .archive import Archive, NewCapture, PendingRecord, RecordFacts
from .capture import CaptureResult, capture
from .catalog import CaptureRow, CatalogEntry, FileRow
from .citation import Citation, CitationError
from .errors import (
    ArchiveCorrupt,
    ArchiveError,
    ArchiveNotFound,
    CaptureError,
    EmptyDocument,
    FetchConnectionError,
    FetchError,
    FetchTimeout,
    IncompleteResponse,
    InvalidRecord,
    InvalidURL,
    ParseError,
    ProvenanceError,
    RecordNotFound,
    RepresentationError,
    ResponseTooLarge,
    SeedError,
    SeedIntegrityError,
    SeedNotFound,
    TooManyRedirects,
    UnsupportedMediaType,
)
from .fetch import Fetched, FetchOptions, HttpExchange, fetch
from .formats import render, text_fragment_url
from .parse import Article, Paragraph, parse_document, parse_record, parse_representation
from .quotes import Quote, TextSpan, extract_quotes
from .representation import Representation, apply_recipe, representation_of
from .seeds import SeedCopy, find_seed
from .urls import url_key
from .verify import Check, VerificationReport, verify
from .warc import RecordDraft, StoredRecord

__all__ = [
    "Archive",
    "ArchiveCorrupt",
    "ArchiveError",
    "ArchiveNotFound",
    "Article",
    "CaptureError",
    "CaptureResult",
    "CaptureRow",
    "CatalogEntry",
    "Check",
    "Citation",
    "CitationError",
    "EmptyDocument",
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
    "Paragraph",
    "ParseError",
    "PendingRecord",
    "ProvenanceError",
    "Quote",
    "RecordDraft",
    "RecordFacts",
    "RecordNotFound",
    "Representation",
    "RepresentationError",
    "ResponseTooLarge",
    "SeedCopy",
    "SeedError",
    "SeedIntegrityError",
    "SeedNotFound",
    "StoredRecord",
    "TextSpan",
    "TooManyRedirects",
    "UnsupportedMediaType",
    "VerificationReport",
    "__version__",
    "apply_recipe",
    "capture",
    "extract_quotes",
    "fetch",
    "find_seed",
    "parse_document",
    "parse_record",
    "parse_representation",
    "render",
    "representation_of",
    "text_fragment_url",
    "url_key",
    "verify",
]
