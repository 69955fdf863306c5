"""Citing a quote of an archive by its id, and the citations an archive keeps.

A citation, once made, is stored in the catalog as its canonical JSON, by
id; reports and the viewer resolve ``cit-…`` ids by that lookup, so an id
keeps resolving to the same bytes whatever later extractor versions find.
"""

from __future__ import annotations

from datetime import datetime, timezone

from ..errors import CitationError, RecordNotFound
from ..index import stored_quote
from ..store.archive import Archive
from ..store.catalog import CatalogEntry
from ..store.quoterows import CitationRow, QuoteRows
from ..trust import find_proofs
from .citation import Citation, load_citation
from .trusted import CitedProof

__all__ = ["add_citation", "cite_quote", "proof_of", "store_citation", "stored_citation"]


def cite_quote(
    archive: Archive, quote_id: str, record: str | None = None, *, keep: bool = True
) -> Citation:
    """The citation of quote ``quote_id`` (in record ``record``, a record id, URL or
    ``FILE:OFFSET``, when given), built from the quote index with no parse, with the
    record that vouches for its capture and the proofs of it; stored in the archive
    unless ``keep`` is False or the archive is read-only."""
    found = stored_quote(archive, quote_id, record)
    citation = Citation.from_facts(
        found.quote,
        found.facts,
        found.context,
        found.entry,
        found.companion,
        proof_of(archive, found.entry),
    )
    if keep and not archive.readonly:
        store_citation(archive, citation)
    return citation


def store_citation(archive: Archive, citation: Citation) -> bool:
    """Keep ``citation`` by its id; False if it was kept already (it is left as it was)."""
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with archive.catalog() as catalog:
        at = catalog.record_at(citation.capture.warc_file, citation.capture.offset)
        rec = catalog.rec_of(at) if at is not None else None
        rows = QuoteRows(catalog.connection())
        rows.begin()
        try:
            added = rows.add_citation(
                CitationRow(
                    citation.citation_id,
                    citation.quote.quote_id or None,
                    rec,
                    citation.to_json(),
                    now,
                )
            )
            rows.commit()
        except BaseException:
            rows.rollback()
            raise
    return added


def add_citation(archive: Archive, text: str | bytes) -> tuple[Citation, bool]:
    """Keep a citation file's citation (either schema) so reports resolve its id;
    (the citation, whether it was new). Its claimed id must be its content's."""
    citation, claimed = load_citation(text)
    if claimed is not None and claimed != citation.citation_id:
        raise CitationError(
            f"the file says citation_id {claimed}, but its content's id is "
            f"{citation.citation_id}: it was changed"
        )
    return citation, store_citation(archive, citation)


def stored_citation(archive: Archive, citation_id: str) -> Citation:
    """The citation kept under ``citation_id``, exactly as it was made."""
    with archive.catalog() as catalog:
        row = QuoteRows(catalog.connection()).citation(citation_id)
    if row is None:
        raise RecordNotFound(
            f"{citation_id} is not a citation kept in {archive.path} (make it with "
            "`provenance cite`, or add its file with `provenance cite --add FILE`)",
            path=str(archive.path),
            key=citation_id,
        )
    return load_citation(row.json)[0]


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
