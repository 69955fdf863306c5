"""Citing a quote of an archive by its id."""

from __future__ import annotations

from ..index import find_quote
from ..store.archive import Archive
from ..store.catalog import CatalogEntry
from ..trust import find_proofs
from .citation import Citation
from .trusted import CitedProof

__all__ = ["cite_quote", "proof_of"]


def cite_quote(archive: Archive, quote_id: str, record: str | None = None) -> Citation:
    """The citation of quote ``quote_id`` (in record ``record``, a record id or URL,
    when given), with the record that vouches for its capture and the proofs of it."""
    quote, article, entry = find_quote(archive, quote_id, record)
    return Citation.from_quote(
        quote, article, entry, archive.companion(entry), proof_of(archive, entry)
    )


def proof_of(archive: Archive, entry: CatalogEntry) -> CitedProof | None:
    """The proof of ``entry`` a citation carries: signed and stamped before signed or
    stamped alone, the earliest first among equals; None for an unsigned capture."""
    found = find_proofs(archive, entry)
    if not found:
        return None
    row, proof = max(
        enumerate(found),
        key=lambda item: (
            (item[1][1].signature is not None) + (item[1][1].timestamp is not None),
            -item[0],
        ),
    )[1]
    return CitedProof.of(row, proof)
