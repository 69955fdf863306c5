"""Capture stage: fetch a page live (``fetch.py``) or take its bundled seed copy
(``seeds.py``), and append what was captured to an archive (``page.py``);
``batch.py`` archives many URLs politely. Capture writes through the store and
is imported by nothing below it.
"""

from .batch import BatchOptions, Outcome, Progress, archive_many
from .fetch import Fetched, FetchOptions, HttpExchange, fetch
from .page import CaptureResult, capture, stored_response_head
from .seeds import SeedCopy, find_seed

__all__ = [
    "BatchOptions",
    "CaptureResult",
    "FetchOptions",
    "Fetched",
    "HttpExchange",
    "Outcome",
    "Progress",
    "SeedCopy",
    "archive_many",
    "capture",
    "fetch",
    "find_seed",
    "stored_response_head",
]
