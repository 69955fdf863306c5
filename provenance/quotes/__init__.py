"""Quote stage: from an :class:`~provenance.parse.Article` to who said what (no I/O)."""

from .extract import Quote, TextSpan, extract_quotes

__all__ = ["Quote", "TextSpan", "extract_quotes"]
