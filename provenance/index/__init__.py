"""Index stage: the quote index kept in the catalog (``build.py`` fills it,
``query.py`` reads it, ``facts.py`` holds what a citation needs of a page),
finding articles and quotes across an archive, and mining quotes from whole
crawls (``mine.py``). It runs the parser and the extractor over stored
records, so it sits above quotes; cite and the command line use it.
"""

from .build import Extractor, IndexChange, IndexReport, index_files, sound_keys, update_index
from .facts import ArticleFacts, QuoteContext
from .mine import MineReport, mine
from .query import (
    Hit,
    IndexState,
    PageFailure,
    SearchResult,
    StoredQuote,
    index_state,
    quotes_in,
    refresh,
    search_quotes,
    stored_quote,
)
from .scan import ArticleQuotes, articles, find_quote, quotes_of, speaker_matches

__all__ = [
    "ArticleFacts",
    "ArticleQuotes",
    "Extractor",
    "Hit",
    "IndexChange",
    "IndexReport",
    "IndexState",
    "MineReport",
    "PageFailure",
    "QuoteContext",
    "SearchResult",
    "StoredQuote",
    "articles",
    "find_quote",
    "index_files",
    "index_state",
    "mine",
    "quotes_in",
    "quotes_of",
    "refresh",
    "search_quotes",
    "sound_keys",
    "speaker_matches",
    "stored_quote",
    "update_index",
]
