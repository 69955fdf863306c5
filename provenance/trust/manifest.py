"""The exact set of records a proof is about: record ids with the sha256 of their bytes.

A signature and a timestamp never cover "a capture" in the abstract: they
cover the bytes of this message, which lists each record's id and the
sha256 of the record exactly as stored in its WARC file (the gzip member for
a compressed WARC, as in the catalog's ``record_sha256`` and a citation's
``record sha256``). Those bytes include the WARC headers (``WARC-Date``,
``WARC-Target-URI``, digests) as well as the block, so nothing about a
record can change without changing its digest.

The message is UTF-8 text, one line per record, in the order written::

    provenance-record-digests/1
    <urn:uuid:...>\\tsha256:<64 hex digits>
    ...

with ``\\n`` line ends and a final ``\\n``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import attrs

__all__ = ["MANIFEST_HEADER", "DigestManifest", "RecordDigest"]

MANIFEST_HEADER = "provenance-record-digests/1"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_BAD_ID = re.compile(r"[\s\x00-\x1f]")


def _check_id(_: object, __: object, value: str) -> None:
    if not value or _BAD_ID.search(value):
        raise ValueError(f"record id {value!r} is empty or holds white space")


def _check_hex(_: object, __: object, value: str) -> None:
    if not _HEX64.fullmatch(value):
        raise ValueError(f"{value!r} is not a lowercase hex sha256")


@attrs.frozen
class RecordDigest:
    """One record: its WARC-Record-ID and the sha256 (hex) of its stored bytes."""

    record_id: str = attrs.field(validator=_check_id)
    sha256: str = attrs.field(validator=_check_hex)


@attrs.frozen
class DigestManifest:
    """The records a proof covers, in order."""

    records: tuple[RecordDigest, ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> DigestManifest:
        """From (record id, sha256 hex) pairs.

        >>> DigestManifest.of([("<urn:uuid:1>", "0" * 64)]).message()[:28]
        b'provenance-record-digests/1\\n'
        """
        records = tuple(RecordDigest(rid, sha.lower()) for rid, sha in pairs)
        if not records:
            raise ValueError("a proof must cover at least one record")
        return cls(records)

    def message(self) -> bytes:
        """The exact bytes that are signed and timestamped."""
        lines = [MANIFEST_HEADER, *(f"{r.record_id}\tsha256:{r.sha256}" for r in self.records)]
        return ("\n".join(lines) + "\n").encode("utf-8")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.message()).hexdigest()

    def digest_of(self, record_id: str) -> str | None:
        """The sha256 this manifest gives for ``record_id``, or None if it is not covered."""
        for r in self.records:
            if r.record_id == record_id:
                return r.sha256
        return None

    def covers(self, record_id: str, sha256: str) -> bool:
        """Whether ``record_id`` is listed with exactly ``sha256``."""
        return self.digest_of(record_id) == sha256.lower()

    def to_json(self) -> list[list[str]]:
        return [[r.record_id, r.sha256] for r in self.records]

    @classmethod
    def from_json(cls, data: object) -> DigestManifest:
        """Parse :meth:`to_json` output; raises ValueError on anything else."""
        if not isinstance(data, list):
            raise ValueError("record digests must be a list")
        pairs: list[tuple[str, str]] = []
        for item in data:
            if (
                not isinstance(item, list)
                or len(item) != 2
                or not all(isinstance(x, str) for x in item)
            ):
                raise ValueError("each record digest must be [record id, sha256]")
            pairs.append((item[0], item[1]))
        return cls.of(pairs)
