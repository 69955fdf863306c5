"""Index stage: finding articles and quotes across an archive, and mining
quotes from whole crawls (``mine.py``). It runs the parser and the extractor
over stored records, so it sits above quotes; cite and the command line use it.
"""

from .mine import MineReport, mine
from .scan import ArticleQuotes, articles, find_quote, quotes_of, speaker_matches

__all__ = [
    "ArticleQuotes",
    "MineReport",
    "articles",
    "find_quote",
    "mine",
    "quotes_of",
    "speaker_matches",
]
