"""The one exception tree of provenance.

Every error the library raises on purpose is a :class:`ProvenanceError`.
Where a built-in exception fits, the class inherits it too, so callers can
catch either::

    ProvenanceError
    ├── InvalidURL (ValueError)
    ├── SeedError
    │   ├── SeedNotFound (LookupError)
    │   └── SeedIntegrityError
    ├── FetchError                     .url
    │   ├── FetchConnectionError (ConnectionError)
    │   ├── FetchTimeout (TimeoutError)
    │   ├── IncompleteResponse         body cut before its announced end
    │   ├── ResponseTooLarge           body over the size cap
    │   └── TooManyRedirects
    ├── CaptureError                   live fetch failed and no seed copy exists
    ├── RepresentationError (ValueError)  payload cannot be decoded (chunking, coding)
    ├── ParseError (ValueError)
    │   ├── EmptyDocument
    │   └── UnsupportedMediaType       .media_type
    ├── CitationError (ValueError)     a malformed citation
    └── ArchiveError                   .path
        ├── ArchiveNotFound (FileNotFoundError)
        ├── RecordNotFound (LookupError)
        │   └── AmbiguousRecord        .places: several records answer one id
        ├── ArchiveCorrupt             .file, .offset
        └── InvalidRecord (ValueError)

Third-party errors (requests, warcio, sqlite3) are translated once, where
that library is used, with ``raise ... from exc``.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousRecord",
    "ArchiveCorrupt",
    "ArchiveError",
    "ArchiveNotFound",
    "CaptureError",
    "CitationError",
    "EmptyDocument",
    "FetchConnectionError",
    "FetchError",
    "FetchTimeout",
    "IncompleteResponse",
    "InvalidRecord",
    "InvalidURL",
    "ParseError",
    "ProvenanceError",
    "RecordNotFound",
    "RepresentationError",
    "ResponseTooLarge",
    "SeedError",
    "SeedIntegrityError",
    "SeedNotFound",
    "TooManyRedirects",
    "UnsupportedMediaType",
]


class ProvenanceError(Exception):
    """Root of every error raised by provenance."""


class InvalidURL(ProvenanceError, ValueError):
    """A URL that cannot be captured (wrong scheme, no host, bad characters)."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class SeedError(ProvenanceError):
    """A problem with the bundled seed copies."""


class SeedNotFound(SeedError, LookupError):
    """No seed copy is known for a URL."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class SeedIntegrityError(SeedError):
    """A seed file is missing or its bytes do not match the manifest hash."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path


class FetchError(ProvenanceError):
    """A live fetch did not produce a complete HTTP response."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class FetchConnectionError(FetchError, ConnectionError):
    """The host could not be reached (DNS, refused, reset before a response)."""


class FetchTimeout(FetchError, TimeoutError):
    """Connecting, or reading the response, took longer than allowed."""


class IncompleteResponse(FetchError):
    """The connection ended before the body announced by the server was read."""


class ResponseTooLarge(FetchError):
    """The body is larger than the size cap."""

    def __init__(self, message: str, *, url: str, limit: int) -> None:
        super().__init__(message, url=url)
        self.limit = limit


class TooManyRedirects(FetchError):
    """A redirect chain longer than allowed (or a loop)."""


class CaptureError(ProvenanceError):
    """A capture could not be made: the live fetch failed and there is no seed copy."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class RepresentationError(ProvenanceError, ValueError):
    """A record whose payload cannot be decoded (bad chunking, corrupt coding, bomb)."""


class ParseError(ProvenanceError, ValueError):
    """A payload that cannot be parsed into an article."""


class EmptyDocument(ParseError):
    """The payload is empty or holds no text."""


class UnsupportedMediaType(ParseError):
    """The payload is not HTML or text (a PDF, an image, ...)."""

    def __init__(self, message: str, *, media_type: str | None) -> None:
        super().__init__(message)
        self.media_type = media_type


class CitationError(ProvenanceError, ValueError):
    """A citation that is malformed or of an unknown schema."""


class ArchiveError(ProvenanceError):
    """A problem with an on-disk archive."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path


class ArchiveNotFound(ArchiveError, FileNotFoundError):
    """No archive exists at the given path."""


class RecordNotFound(ArchiveError, LookupError):
    """No record matches the given id or URL."""

    def __init__(self, message: str, *, path: str, key: str) -> None:
        super().__init__(message, path=path)
        self.key = key


class AmbiguousRecord(RecordNotFound):
    """Several records answer one key (two records that share a WARC-Record-ID);
    ``places`` names each as ``file:offset``, which picks one."""

    def __init__(self, message: str, *, path: str, key: str, places: tuple[str, ...]) -> None:
        super().__init__(message, path=path, key=key)
        self.places = places


class ArchiveCorrupt(ArchiveError):
    """WARC bytes or the catalog are not what they should be."""

    def __init__(
        self, message: str, *, path: str, file: str | None = None, offset: int | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.file = file
        self.offset = offset


class InvalidRecord(ArchiveError, ValueError):
    """A record that cannot be written as valid WARC (bad URI, bad header value)."""
