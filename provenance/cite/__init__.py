"""Cite stage: citations (``citation.py``), the formats they are rendered in
(``formats.py``), offline verification (``verify.py``) and reports that cite
(``report.py``). It reads the store, parse and quotes; nothing below imports it.
"""

from .citation import Citation, CitationError, load_citation
from .formats import FORMATS, render, text_fragment_url
from .lookup import cite_quote
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
    "cite_quote",
    "load_citation",
    "render",
    "render_draft",
    "text_fragment_url",
    "verify",
    "verify_json",
]
