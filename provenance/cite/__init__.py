"""Cite stage: citations (``citation.py``), the formats they are rendered in
(``formats.py``), offline verification (``verify.py``) and reports that cite
(``report.py``). It reads the store, parse and quotes; nothing below imports it.
"""

from .citation import Citation, CitationError
from .formats import FORMATS, render, text_fragment_url
from .report import STYLES, RenderError, render_draft
from .verify import Check, VerificationReport, verify

__all__ = [
    "FORMATS",
    "STYLES",
    "Check",
    "Citation",
    "CitationError",
    "RenderError",
    "VerificationReport",
    "render",
    "render_draft",
    "text_fragment_url",
    "verify",
]
