"""Record values: a record to write, a record read back, and their small helpers.

No WARC library is used here, so every stage may read these values; writing
and reading WARC bytes is :mod:`provenance.store.warc`'s job.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timezone

import attrs

from .headers import first_header

__all__ = [
    "WARC_VERSION",
    "EncodedRecord",
    "RecordDraft",
    "StoredRecord",
    "new_record_id",
    "sha256_label",
    "warc_date",
]

WARC_VERSION = "WARC/1.1"


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def sha256_label(data: bytes) -> str:
    """``sha256:`` followed by the lowercase hex digest of ``data``."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def warc_date(moment: datetime) -> str:
    """A WARC 1.1 date: UTC, ISO 8601, microseconds."""
    utc = moment.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond:06d}Z"


@attrs.frozen
class RecordDraft:
    """A record to write. ``block`` is the whole record block.

    ``payload_start`` is where the payload begins inside the block (after an
    HTTP head), or None for a record type that has no payload digest.
    """

    record_type: str
    target_uri: str | None
    date: datetime
    content_type: str
    block: bytes = attrs.field(repr=False)
    payload_start: int | None = 0
    record_id: str = attrs.field(factory=new_record_id)
    extra_headers: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class EncodedRecord:
    """A record serialised as one gzip member, with the facts the catalog keeps."""

    record_id: str
    record_type: str
    target_uri: str | None
    date: str
    content_type: str
    block_digest: str
    payload_digest: str | None
    member: bytes = attrs.field(repr=False)

    @property
    def member_sha256(self) -> str:
        return hashlib.sha256(self.member).hexdigest()


@attrs.frozen
class StoredRecord:
    """A record read back from a WARC file."""

    record_id: str
    record_type: str
    target_uri: str | None
    date: str
    headers: tuple[tuple[str, str], ...] = attrs.field(repr=False)
    block: bytes = attrs.field(repr=False)
    offset: int
    length: int

    def header(self, name: str) -> str | None:
        return first_header(self.headers, name)
