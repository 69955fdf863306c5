"""Store stage: WARC files, the SQLite catalog, and reading records back.

``Archive`` (``archive.py``) is the one writer: appends under a lock, crash
recovery and the catalog's transactions live there and in ``catalog.py``.
WARC bytes are encoded and read in ``warc.py`` and scanned in ``warcscan.py``
(the only modules that use warcio); ``records.py`` holds the record values
every stage may read; ``representation.py`` decodes a payload (de-chunking,
content codings) with a recipe that can be replayed; ``importer.py``,
``wacz.py`` and ``cdxj.py`` bring other tools' files in and write packages
and indexes out. The store never imports capture, parse, quotes or cite.
"""

from .archive import Archive, NewCapture, PendingRecord, RecordFacts
from .catalog import CATALOG_NAME, CaptureRow, CatalogEntry, FileRow
from .importer import ImportProblem, ImportReport, import_warc
from .records import RecordDraft, StoredRecord
from .representation import Representation, apply_recipe, representation_of
from .wacz import WaczReport, export_wacz

__all__ = [
    "CATALOG_NAME",
    "Archive",
    "CaptureRow",
    "CatalogEntry",
    "FileRow",
    "ImportProblem",
    "ImportReport",
    "NewCapture",
    "PendingRecord",
    "RecordDraft",
    "RecordFacts",
    "Representation",
    "StoredRecord",
    "WaczReport",
    "apply_recipe",
    "export_wacz",
    "import_warc",
    "representation_of",
]
