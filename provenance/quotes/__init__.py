"""Quote stage: from an :class:`~provenance.parse.Article` to who said what (no I/O)."""

from .evidence import EXTRACTOR_VERSION
from .extract import Quote, TextSpan, extract_quotes, quote_id_for

__all__ = ["EXTRACTOR_VERSION", "Quote", "TextSpan", "extract_quotes", "quote_id_for"]
