"""Exporting a WACZ whose proofs travel with it: the proof records of the records
exported, and the package signed and stamped (wacz-auth, anonymous form)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .._version import __version__
from ..store import Archive, WaczReport, export_wacz
from .attest import find_proofs
from .keys import SigningKey
from .wacz_auth import package_digest

__all__ = ["SignedExport", "export_wacz_with_proofs", "with_proof_records"]


@attrs.frozen
class SignedExport:
    report: WaczReport
    signed: bool
    timestamp_error: str | None  # why the package got no timestamp, when one was asked


def with_proof_records(archive: Archive, record_ids: Sequence[str]) -> list[str]:
    """``record_ids`` and the proof records that cover them, so proofs travel with them."""
    out = list(record_ids)
    for rid in record_ids:
        for row, _ in find_proofs(archive, archive.entry(rid)):
            if row.record_id not in out:
                out.append(row.record_id)
    return out


def export_wacz_with_proofs(
    archive: Archive,
    out: str | Path,
    record_ids: Sequence[str] | None = None,
    *,
    key: SigningKey | None = None,
    tsa: str | None = None,
) -> SignedExport:
    """Export ``archive`` (or ``record_ids`` with the proof records covering them) as a
    WACZ, its ``datapackage-digest.json`` signed with ``key`` and stamped by ``tsa``."""
    errors: list[str] = []
    maker: Callable[[bytes, str], dict[str, Any]] | None = None
    if key is not None or tsa:

        def maker(package: bytes, created: str) -> dict[str, Any]:
            doc, error = package_digest(
                package, created=created, software=f"provenance {__version__}", key=key, tsa=tsa
            )
            if error:
                errors.append(error)
            return doc

    ids = with_proof_records(archive, list(record_ids)) if record_ids else None
    report = export_wacz(archive, out, ids, digest_maker=maker)
    return SignedExport(report, key is not None, errors[0] if errors else None)
