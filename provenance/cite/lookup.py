"""Citing a quote of an archive by its id."""

from __future__ import annotations

from ..index import find_quote
from ..store.archive import Archive
from .citation import Citation

__all__ = ["cite_quote"]


def cite_quote(archive: Archive, quote_id: str, record: str | None = None) -> Citation:
    """The citation of quote ``quote_id`` (in record ``record``, a record id or URL,
    when given), with the record that vouches for its capture."""
    quote, article, entry = find_quote(archive, quote_id, record)
    return Citation.from_quote(quote, article, entry, archive.companion(entry))
