"""Parse stage: archived bytes in, an :class:`Article` with a byte map out (no I/O)."""

from .article import (
    PARSER_VERSION,
    Article,
    EmptyDocument,
    Paragraph,
    ParseError,
    Reading,
    UnsupportedMediaType,
    choose_reading,
    parse_document,
    parse_record,
    parse_representation,
)

__all__ = [
    "PARSER_VERSION",
    "Article",
    "EmptyDocument",
    "Paragraph",
    "ParseError",
    "Reading",
    "UnsupportedMediaType",
    "choose_reading",
    "parse_document",
    "parse_record",
    "parse_representation",
]
