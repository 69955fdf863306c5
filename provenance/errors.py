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
    ├── NlpUnavailable (ImportError)   the ``provenance[nlp]`` extra (spaCy, its model) is missing
    ├── ArchiveError                   .path
    │   ├── ArchiveNotFound (FileNotFoundError)
    │   ├── RecordNotFound (LookupError)
    │   │   └── AmbiguousRecord        .places: several records answer one id
    │   ├── ArchiveCorrupt             .file, .offset
    │   ├── ArchiveWriteError          .file, .errno: a full disk, a size limit, read-only
    │   └── InvalidRecord (ValueError)
    └── TrustError                     signatures, timestamps, other archives
        ├── SigningKeyError (ValueError)   a key that is missing, unreadable or not P-384
        ├── CertificateFileError (ValueError)  trusted roots that cannot be read
        ├── TimestampError             .url: the authority gave no usable token
        │   ├── TsaUnavailable (ConnectionError)  down, unreachable, timed out, HTTP error
        │   ├── TsaRefused             answered with a status other than "granted"
        │   └── TsaBadAnswer (ValueError)  an answer that is not a timestamp reply
        ├── ProofError (ValueError)    a signature or timestamp record that is malformed
        └── MementoError               .url: a web archive could not be asked

Third-party errors (requests, warcio, sqlite3) are translated once, where
that library is used, with ``raise ... from exc``.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousRecord",
    "ArchiveCorrupt",
    "ArchiveError",
    "ArchiveNotFound",
    "ArchiveWriteError",
    "CaptureError",
    "CertificateFileError",
    "CitationError",
    "EmptyDocument",
    "FetchConnectionError",
    "FetchError",
    "FetchTimeout",
    "IncompleteResponse",
    "InvalidRecord",
    "InvalidURL",
    "MementoError",
    "NlpUnavailable",
    "ParseError",
    "ProofError",
    "ProvenanceError",
    "RecordNotFound",
    "RepresentationError",
    "ResponseTooLarge",
    "SeedError",
    "SeedIntegrityError",
    "SeedNotFound",
    "SigningKeyError",
    "TimestampError",
    "TooManyRedirects",
    "TrustError",
    "TsaBadAnswer",
    "TsaRefused",
    "TsaUnavailable",
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


class NlpUnavailable(ProvenanceError, ImportError):
    """The optional parser (spaCy and its English model, the ``provenance[nlp]`` extra)
    is not installed; it is never downloaded at run time."""


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


class ArchiveWriteError(ArchiveError):
    """The archive cannot be written: a full disk, a file size limit, a read-only
    file system, permissions, an I/O error (``errno`` says which), or bytes an
    interrupted writer left that cannot be removed. What was committed before is
    unchanged."""

    def __init__(
        self, message: str, *, path: str, file: str | None = None, errno: int | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.file = file
        self.errno = errno


class InvalidRecord(ArchiveError, ValueError):
    """A record that cannot be written as valid WARC (bad URI, bad header value)."""


class TrustError(ProvenanceError):
    """A problem with a signature, a timestamp or another web archive."""


class SigningKeyError(TrustError, ValueError):
    """A signing key that is missing, unreadable, or not an ECDSA P-384 key."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path


class CertificateFileError(TrustError, ValueError):
    """A file of trusted certificates (authority roots) that is missing or holds none."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path


class TimestampError(TrustError):
    """A time-stamping authority gave no usable token."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class TsaUnavailable(TimestampError, ConnectionError):
    """The authority could not be reached, timed out, or answered with an HTTP error."""


class TsaRefused(TimestampError):
    """The authority answered with a status other than granted (rejection, waiting, ...)."""


class TsaBadAnswer(TimestampError, ValueError):
    """The answer is not a timestamp reply for the request that was sent."""


class ProofError(TrustError, ValueError):
    """A proof (signature or timestamp record) that is malformed."""


class MementoError(TrustError):
    """A web archive could not be asked (unreachable, HTTP error, oversized answer)."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url
