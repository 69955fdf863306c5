"""Cite stage: citations (``citation.py``), the formats they are rendered in
(``formats.py``), offline verification (``verify.py``) and reports that cite
(``report.py``). It reads the store, parse and quotes; nothing below imports it.
"""

from .citation import Citation, CitationError, load_citation
from .formats import FORMATS, render, text_fragment_url
from .lookup import add_citation, cite_quote, store_citation, stored_citation
from .report import STYLES, RenderError, render_draft
from .verify import Check, VerificationReport, verify, verify_json

__all__ = [
    "FORMATS",
    "STYLES",
    "Check",
    "Citation",
    "CitationError",
    "RenderError",
    "VerificationReport",
    "add_citation",
    "cite_quote",
    "load_citation",
    "render",
    "render_draft",
    "store_citation",
    "stored_citation",
    "text_fragment_url",
    "verify",
    "verify_json",
]
