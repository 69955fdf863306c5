"""Rendering drafts into reports: golden output for the seed article, refusals, escaping."""

from __future__ import annotations

import os
import re
from pathlib import Path

import attrs
import pytest

from provenance import Archive, capture
from provenance.cite.citation import Citation
from provenance.cite.report import RenderError, collect_citations, render_draft
from tests.conftest import SEED_URL

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("PROVENANCE_UPDATE_GOLDEN") == "1"


def normalise(text: str) -> str:
    text = re.sub(r"<urn:uuid:[0-9a-f-]{36}>|&lt;urn:uuid:[0-9a-f-]{36}&gt;", "<ID>", text)
    text = re.sub(r"provenance-\d{14}-[0-9a-f]{12}\.warc\.gz", "<FILE>", text)
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", "<DATE>", text)
    text = re.sub(r"cit-[0-9a-f]{24}", "<CIT>", text)
    text = re.sub(r"sha256 [0-9a-f]{64}", "sha256 <SHA>", text)
    return re.sub(r"at offset \d+", "at offset <N>", text)


@pytest.fixture
def seeded(archive: Archive) -> tuple[Archive, dict[str, Citation]]:
    capture(SEED_URL, archive, offline=True)
    return archive, collect_citations(archive)


def by_text(citations: dict[str, Citation], start: str) -> Citation:
    return next(c for c in citations.values() if c.quote.text.startswith(start))


def draft(citations: dict[str, Citation]) -> str:
    marzuk = by_text(citations, "Trufanov will definitely")
    gesture = by_text(citations, "That is our answering gesture")
    return (
        "# Moscow and the hostages\n\n"
        f"Russia's contacts with Hamas paid off, Hamas said. [[{marzuk.citation_id}]]\n\n"
        f'A Hamas official called it "our answering gesture to Russia\'s position" '
        f'[[{gesture.citation_id}]], and the promise was repeated: "Trufanov will definitely '
        f'be released in the near future." [[{marzuk.citation_id}]]\n'
    )


@pytest.mark.parametrize("style", ["apa", "chicago", "bluebook"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_golden_reports_for_the_seed_article(
    seeded: tuple[Archive, dict[str, Citation]], style: str, fmt: str
) -> None:
    archive, citations = seeded
    out = normalise(render_draft(draft(citations), archive, style=style, fmt=fmt))
    golden = GOLDEN / f"seed-{style}.{fmt}"
    if UPDATE:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_misquotation_is_refused(seeded: tuple[Archive, dict[str, Citation]]) -> None:
    archive, citations = seeded
    marzuk = by_text(citations, "Trufanov will definitely")
    bad = f'He said "Trufanov will surely be released." [[{marzuk.citation_id}]]'
    with pytest.raises(RenderError, match="differ from the words the source quoted"):
        render_draft(bad, archive, citations=citations)
    with pytest.raises(RenderError, match="is not a citation"):
        render_draft("[[cit-000000000000000000000000]]", archive, citations=citations)


def test_a_quote_that_no_longer_verifies_is_refused(
    seeded: tuple[Archive, dict[str, Citation]],
) -> None:
    archive, citations = seeded
    marzuk = by_text(citations, "Trufanov will definitely")
    warc = archive.warc_dir / marzuk.capture.warc_file
    data = bytearray(warc.read_bytes())
    data[marzuk.capture.offset + 300] ^= 1
    warc.write_bytes(bytes(data))
    with pytest.raises(RenderError, match="no longer verifies"):
        render_draft(f"[[{marzuk.citation_id}]]", archive, citations=citations)


def test_hostile_strings_are_escaped_in_html(tmp_path: Path) -> None:
    """A page whose title and text carry markup: the HTML report shows it as text."""
    import hashlib
    import json

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    data = (
        b"# <script>alert(1)</script> Mayor <b onmouseover=x>wins</b>\n\nBy <i>Staff</i>\n\n"
        b'"We <img src=x onerror=alert(2)> will win," Mayor Ana Lopez said.\n'
    )
    (seeds / "h.md").write_bytes(data)
    (seeds / "manifest.json").write_text(json.dumps({"seeds": [{
        "url": "https://h.test/a", "file": "h.md", "sha256": hashlib.sha256(data).hexdigest(),
        "media_type": "text/markdown; charset=utf-8"}]}))  # fmt: skip
    archive = Archive(tmp_path / "a")
    capture("https://h.test/a", archive, offline=True, seed_dir=seeds)
    citations = collect_citations(archive)
    (c,) = [x for x in citations.values() if x.quote.kind == "direct"]
    draft_text = f"<script>alert(3)</script> [[{c.citation_id}]]"
    for style in ("apa", "chicago", "bluebook"):
        out = render_draft(draft_text, archive, style=style, fmt="html", citations=citations)
        body = out.split("<body>", 1)[1]
        assert "<script" not in body and "<img" not in body and "<b " not in body, style
        assert "&lt;script&gt;" in body and "&lt;img" in body


def test_forged_metadata_does_not_render(seeded: tuple[Archive, dict[str, Citation]]) -> None:
    archive, citations = seeded
    marzuk = by_text(citations, "Trufanov will definitely")
    evil = attrs.evolve(marzuk, source=attrs.evolve(marzuk.source, title="A different title"))
    with pytest.raises(RenderError, match=r"no longer verifies .*title"):
        render_draft(f"[[{marzuk.citation_id}]]", archive, citations={marzuk.citation_id: evil})


def test_render_command(seeded: tuple[Archive, dict[str, Citation]], tmp_path: Path) -> None:
    from click.testing import CliRunner

    from provenance.cli import main

    archive, citations = seeded
    path = tmp_path / "draft.md"
    path.write_text(draft(citations), encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(path), "--archive", str(archive.path),
                                       "--style", "chicago"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "## Sources" in result.stdout
    path.write_text('"invented words" [[' + next(iter(citations)) + "]]", encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(path), "--archive", str(archive.path)])
    assert result.exit_code == 1 and result.stderr.startswith(
        "provenance: error: the draft's words"
    )
