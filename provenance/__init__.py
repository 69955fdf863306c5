"""provenance: cite what a web source said, and let any reader prove it.

The pipeline, one package per stage (imports flow one way; see ARCHITECTURE.md)::

    capture  ->  store  ->  parse  ->  quotes  ->  index  ->  cite
    (fetch,      (WARC +     (text +     (who said   (finding   (citations,
     seeds,       catalog)    byte map)   what)       quotes)    verify, reports)
     batch)
                                         cli and serve on top of all of them

Typical use: ``capture(url, Archive("archive"))`` returns a
:class:`CaptureResult` whose ``final`` entry locates the archived record.
"""

from . import _compat
from ._version import __version__
from .capture.fetch import Fetched, FetchOptions, HttpExchange, fetch
from .capture.page import CaptureResult, capture
from .capture.seeds import SeedCopy, find_seed
from .cite.citation import Citation, CitationError
from .cite.formats import render, text_fragment_url
from .cite.verify import Check, VerificationReport, verify
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
from .parse import Article, Paragraph, parse_document, parse_record, parse_representation
from .quotes import Quote, TextSpan, extract_quotes
from .store.archive import Archive, NewCapture, PendingRecord, RecordFacts
from .store.catalog import CaptureRow, CatalogEntry, FileRow
from .store.records import RecordDraft, StoredRecord
from .store.representation import Representation, apply_recipe, representation_of
from .urls import url_key

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

_compat.install()
