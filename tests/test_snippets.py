"""Golden snippets, in every format, for a direct, a mixed and an indirect quote of the seed.

Quotation marks appear only around words the source put in quotation marks: a direct
quote is shown quoted, a mixed quote keeps the source's own marks around the words it
quoted and no others, and indirect speech is shown as paraphrase with its cue.

The goldens are cut from a copy of the archive made by release 0.1.0 (fixed record ids
and dates). When the extractor changes on purpose, regenerate them with
``PROVENANCE_UPDATE_GOLDEN=1 python -m pytest tests/test_snippets.py`` and read the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from provenance import Archive
from provenance.cite import FORMATS, Citation, cite_quote, render
from provenance.index import quotes_of
from tests.conftest import SEED_URL

GOLDEN = Path(__file__).parent / "golden" / "snippets"
RELEASE_01 = Path(__file__).parent / "data" / "release-0.1" / "archive"
EXTENSION = {
    "json": "json",
    "annotation": "jsonld",
    "markdown": "md",
    "html": "html",
    "text": "txt",
    "bibtex": "bib",
    "csl-json": "csl.json",
    "text-fragment": "url",
}
CHOSEN = {"direct": "Marzuk", "mixed": "he", "indirect": "Russia"}
MARKS = '\u201c\u201d"\u00ab\u00bb'


@pytest.fixture(scope="module")
def citations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Citation]:
    path = tmp_path_factory.mktemp("r01") / "archive"
    shutil.copytree(RELEASE_01, path)
    archive = Archive(path)
    out: dict[str, Citation] = {}
    for found in quotes_of(archive, SEED_URL):
        for q in found.quotes:
            mention = q.speaker.text if q.speaker else None
            if CHOSEN.get(q.kind) == mention and q.kind not in out:
                out[q.kind] = cite_quote(archive, q.quote_id, found.entry.record_id)
    assert set(out) == set(CHOSEN)
    return out


@pytest.mark.parametrize("kind", sorted(CHOSEN))
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden_snippet(citations: dict[str, Citation], kind: str, fmt: str) -> None:
    text = render(citations[kind], fmt)
    golden = GOLDEN / f"{kind}.{EXTENSION[fmt]}"
    if os.environ.get("PROVENANCE_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_quotation_marks_only_around_quoted_words(citations: dict[str, Citation]) -> None:
    direct, mixed, indirect = citations["direct"], citations["mixed"], citations["indirect"]
    md = render(direct, "markdown")
    assert f"\u201c{direct.quote.text}\u201d" in md
    # Indirect speech: paraphrase, no quotation marks at all, the cue kept.
    for fmt in ("markdown", "text", "html"):
        out = render(indirect, fmt)
        if fmt == "html":
            said = out.split('<p class="paraphrase">')[1].split("</p>")[0]
        else:
            said = out.split("Source:")[0]
        assert not any(m in said for m in MARKS), (fmt, said)
        assert f"{indirect.quote.speaker_name} {indirect.quote.cue}" in said
        assert "paraphrase" in said
    # Mixed: the source's marks around the words it quoted, and no marks of ours.
    quoted = [s.text for s in mixed.evidence.quoted]
    for fmt in ("markdown", "text"):
        said = render(mixed, fmt).split("Source:")[0]
        marks_in_source = sum(mixed.quote.text.count(m) for m in MARKS)
        assert sum(said.count(m) for m in MARKS) == marks_in_source
        for words in quoted:
            assert words in said
        assert not said.startswith(("\u201c", ">"))
