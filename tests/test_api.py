"""The public API is pinned: changing it is a deliberate act."""

from __future__ import annotations

import provenance
from provenance import errors

PUBLIC = {
    "Archive", "ArchiveCorrupt", "ArchiveError", "ArchiveNotFound", "ArchiveWriteError",
    "CaptureError",
    "CaptureResult", "CaptureRow", "CatalogEntry", "FetchConnectionError", "FetchError",
    "FetchOptions", "FetchTimeout", "Fetched", "FileRow", "HttpExchange", "IncompleteResponse",
    "InvalidRecord", "InvalidURL", "NewCapture", "PendingRecord", "ProvenanceError",
    "RecordDraft", "RecordFacts", "RecordNotFound", "ResponseTooLarge", "SeedCopy", "SeedError",
    "SeedIntegrityError", "SeedNotFound", "StoredRecord", "TooManyRedirects", "__version__",
    "capture", "fetch", "find_seed", "url_key",
    "Article", "Paragraph", "parse_document", "parse_record", "parse_representation",
    "Representation", "apply_recipe", "representation_of", "EmptyDocument", "ParseError",
    "RepresentationError", "UnsupportedMediaType", "Quote", "TextSpan", "extract_quotes",
    "Citation", "CitationError", "render", "text_fragment_url", "Check", "VerificationReport",
    "verify",
}  # fmt: skip


def test_all_is_pinned() -> None:
    assert set(provenance.__all__) == PUBLIC
    for name in provenance.__all__:
        assert hasattr(provenance, name)


def test_one_exception_tree() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, provenance.ProvenanceError)
    assert issubclass(provenance.RecordNotFound, LookupError)
    assert issubclass(provenance.FetchTimeout, TimeoutError)
    assert issubclass(provenance.InvalidURL, ValueError)
