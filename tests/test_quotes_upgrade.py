"""Citations made by earlier extractor versions keep resolving and verifying after this
version changes quotes: archives and citations written by `provenance-quotes/4` and
`provenance-quotes/5`, `provenance-quotes/6`, `provenance-quotes/7` and `provenance-quotes/8`
(tests/data/quotes-4 to tests/data/quotes-9), opened, verified and re-indexed by this version."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provenance import Archive
from provenance.cite import Citation, cite_quote, render_draft, stored_citation, verify_json
from provenance.index import stored_quote, update_index
from provenance.quotes import EXTRACTOR_VERSION

DATA = Path(__file__).parent / "data"
EARLIER = pytest.mark.parametrize(
    "version", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]
)
# One citation per quote each version found on the seed copy.
CITED = {
    4: 8,
    5: 8,
    6: 8,
    7: 7,
    8: 7,
    9: 7,
    10: 7,
    11: 7,
    12: 7,
    13: 7,
    14: 7,
    15: 7,
    16: 7,
    17: 7,
    18: 7,
    19: 7,
    20: 7,
    21: 7,
    22: 7,
    23: 7,
    24: 7,
}


def _previous(tmp_path: Path, version: int) -> tuple[Archive, list[Citation]]:
    made = DATA / f"quotes-{version}"
    shutil.copytree(made / "archive", tmp_path / "archive")
    files = sorted((made / "citations").glob("*.json"))
    citations = [Citation.from_dict(json.loads(p.read_text())) for p in files]
    assert len(citations) == CITED[version]
    assert {c.quote.extractor for c in citations} == {f"provenance-quotes/{version}"}
    assert f"provenance-quotes/{version}" != EXTRACTOR_VERSION
    return Archive(tmp_path / "archive"), citations


@EARLIER
def test_citations_of_an_earlier_version_verify_and_say_what_is_not_rederived(
    tmp_path: Path, version: int
) -> None:
    archive, citations = _previous(tmp_path, version)
    for c in citations:
        report = verify_json(c.to_json().encode(), archive.path)
        assert report.quote_verified, report.summary()
        assert not any(k.status == "failed" for k in report.checks), report.summary()
        # this version does not claim to re-derive what another version made
        assert report.verdict == "quote verified, claims not checked"
        rederived = next(k for k in report.checks if k.name == "speaker re-derived")
        assert rederived.status == "not checked"
        assert f"provenance-quotes/{version}" in rederived.detail


@EARLIER
def test_after_reindexing_with_this_version_old_ids_still_resolve(
    tmp_path: Path, version: int
) -> None:
    archive, citations = _previous(tmp_path, version)
    report = update_index(archive, rebuild=True)
    assert report.kept + report.changed + report.retired >= len(citations)
    for c in citations:
        # the citation kept by id is the one made before, byte for byte
        assert stored_citation(archive, c.citation_id).to_json() == c.to_json()
        # its quote id resolves to the same record and bytes, current or retired
        found = stored_quote(archive, c.quote.quote_id)
        assert found.quote.quote_id == c.quote.quote_id
        pieces = tuple((s.byte_start, s.byte_end) for s in found.quote.content)
        assert pieces == c.anchor.pieces
        again = cite_quote(archive, c.quote.quote_id, keep=False)
        assert again.quote.text == c.quote.text
        assert again.anchor.pieces == c.anchor.pieces
    draft = "".join(f"Said. [[{c.citation_id}]]\n\n" for c in citations)
    rendered = render_draft(draft, archive)
    assert all(c.quote.text.split()[0] in rendered for c in citations if c.quote.kind == "direct")
