"""Every claim a citation makes is proven from the archived bytes, or it says it is not.

The forgery walk changes (or removes) every leaf field of a citation's canonical JSON,
recomputes its id, and requires that verification never answers plain "verified", in
deep and in fast mode. A field added to citations later without a check fails it.
"""

from __future__ import annotations

import copy
import functools
import gzip
import hashlib
import json
import shutil
import threading
import zlib
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import attrs
import pytest

from provenance import Archive, capture
from provenance.capture import FetchOptions
from provenance.cite import Citation, CitationError, cite_quote, verify, verify_json
from provenance.cite.citation import Span
from provenance.index import quotes_of
from tests.conftest import SEED_URL, SHARED
from tests.pages_server import PagesServer

RELEASE_01 = Path(__file__).parent / "data" / "release-0.1"
POLNEAR_DEV = SHARED / "eval" / "polnear" / "data" / "dev" / "text"


@pytest.fixture(scope="module")
def seed_archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    archive = Archive(tmp_path_factory.mktemp("seed") / "archive")
    capture(SEED_URL, archive, offline=True)
    return archive


def seed_citations(archive: Archive) -> dict[str, Citation]:
    """Every quote of the seed article, cited; keyed by kind and speaker mention."""
    out: dict[str, Citation] = {}
    for found in quotes_of(archive, SEED_URL, all_kinds=True):
        for q in found.quotes:
            c = cite_quote(archive, q.quote_id, found.entry.record_id)
            out[f"{q.kind}:{q.speaker.text if q.speaker else '-'}:{q.start}"] = c
    return out


def pick(citations: dict[str, Citation], kind: str, mention: str) -> Citation:
    return next(c for k, c in citations.items() if k.startswith(f"{kind}:{mention}:"))


# -- walking the fields ----------------------------------------------------------------


def leaves(obj: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from leaves(value, (*path, key))
    elif isinstance(obj, list) and obj:
        for i, value in enumerate(obj):
            yield from leaves(value, (*path, i))
    else:
        yield path, obj


def fields(obj: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every dict key's path, containers included (removing one is forging it)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield (*path, key)
            yield from fields(value, (*path, key))
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from fields(value, (*path, i))


def forgeries(value: Any) -> list[Any]:
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int):
        return [value + 1] + ([value - 1] if value > 0 else [])
    if isinstance(value, float):
        return [round(value + 0.05, 2)]
    if isinstance(value, str):
        if not value:
            return ["x"]
        return [value[:-1] + ("y" if value[-1] == "x" else "x")]
    if value is None:
        return ["Mikhail Bogdanov", 0]
    return []  # an empty list: its removal is walked instead


def put(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


def drop(data: dict[str, Any], path: tuple[Any, ...]) -> None:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]


def verdicts(data: dict[str, Any], location: Path) -> list[str]:
    """The verdict in deep and fast mode of ``data`` with its id recomputed."""
    data.pop("citation_id", None)
    try:
        citation = Citation.from_dict(data)
    except CitationError:
        return ["refused: malformed", "refused: malformed"]
    return [
        verify(citation, location, deep=deep, claimed_id=citation.citation_id).verdict
        for deep in (True, False)
    ]


@pytest.fixture(scope="module")
def signed_archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """The seed captured and signed (the proof record written after it)."""
    from provenance.trust import attest, generate_key

    root = tmp_path_factory.mktemp("signed")
    key = generate_key(root / "key.pem")
    archive = Archive(root / "archive")
    result = capture(SEED_URL, archive, offline=True)
    assert attest(archive, result.records, key=key, main=result.final).proof is not None
    return archive


@pytest.mark.parametrize(
    ("kind", "mention", "signed"),
    [
        ("direct", "Marzuk", False),
        ("mixed", "he", False),
        ("indirect", "Russia", False),
        ("direct", "Marzuk", True),
    ],
)
def test_every_field_forged_or_removed_is_never_plain_verified(
    seed_archive: Archive, signed_archive: Archive, kind: str, mention: str, signed: bool
) -> None:
    archive = signed_archive if signed else seed_archive
    honest = pick(seed_citations(archive), kind, mention)
    assert (honest.proof is not None) == signed
    body = honest.to_dict()
    assert verdicts(copy.deepcopy(body), archive.path)[0] == "verified"
    walked = 0
    accepted: list[str] = []
    for path, value in leaves(body):
        if path == ("citation_id",):
            continue
        for forged in forgeries(value):
            data = copy.deepcopy(body)
            put(data, path, forged)
            walked += 1
            if "verified" in verdicts(data, archive.path):
                accepted.append(f"{'.'.join(map(str, path))} = {forged!r}")
    for path in fields(body):
        if path == ("citation_id",):
            continue
        data = copy.deepcopy(body)
        drop(data, path)
        walked += 1
        if "verified" in verdicts(data, archive.path):
            accepted.append(f"{'.'.join(map(str, path))} removed")
    assert walked > 100
    assert not accepted, accepted


# -- the forgeries users tried ----------------------------------------------------------


def evolve_quote(c: Citation, **changes: Any) -> Citation:
    return attrs.evolve(c, quote=attrs.evolve(c.quote, **changes))


def verdict(c: Citation, location: Path, deep: bool = True) -> tuple[str, str | None]:
    report = verify(c, location, deep=deep, claimed_id=c.citation_id)
    failure = report.first_failure
    return report.verdict, failure.name if failure else None


def test_the_forgeries_users_tried_are_refused(seed_archive: Archive) -> None:
    cites = seed_citations(seed_archive)
    where = seed_archive.path
    marzuk = pick(cites, "direct", "Marzuk")
    assert verdict(marzuk, where) == ("verified", None)
    assert verdict(marzuk, where, deep=False)[0] == "quote verified, claims not checked"
    # A man named in the same article, as the speaker.
    bogdanov = evolve_quote(marzuk, speaker_name="Mikhail Bogdanov")
    assert verdict(bogdanov, where) == ("NOT verified", "speaker chain")
    assert verdict(bogdanov, where, deep=False) == ("NOT verified", "speaker chain")
    # The cue, the kind.
    assert verdict(evolve_quote(marzuk, cue="denied"), where) == ("NOT verified", "cue")
    assert verdict(evolve_quote(marzuk, kind="indirect"), where) == ("NOT verified", "kind")
    assert verdict(evolve_quote(marzuk, kind="mixed"), where)[1] == "kind"
    # A bundled copy passed off as fetched from the site.
    live = attrs.evolve(marzuk, capture=attrs.evolve(marzuk.capture, origin="live"))
    assert verdict(live, where) == ("NOT verified", "origin")
    assert verdict(live, where, deep=False) == ("NOT verified", "origin")
    # Source metadata, in both modes.
    for field, value in [
        ("title", "Russia Praises Hamas"),
        ("published", "2025-02-05"),
        ("authors", ("Reuters",)),
        ("outlet", "Reuters"),
    ]:
        forged = attrs.evolve(marzuk, source=attrs.evolve(marzuk.source, **{field: value}))
        for deep in (True, False):
            assert verdict(forged, where, deep) == ("NOT verified", field), (field, deep)
    # Spaces moved inside the quote: words are compared exactly.
    text = marzuk.quote.text.replace("in the near future", "in then ear future")
    assert text != marzuk.quote.text
    moved = attrs.evolve(
        evolve_quote(marzuk, text=text),
        anchor=attrs.evolve(
            marzuk.anchor,
            exact=text,
            quote_sha256=hashlib.sha256(text.encode()).hexdigest(),
        ),
    )
    for deep in (True, False):
        assert verdict(moved, where, deep) == ("NOT verified", "quote text")
    # An unknown codec name is not read as UTF-8.
    codec = attrs.evolve(marzuk, integrity=attrs.evolve(marzuk.integrity, codec="no-such"))
    assert verdict(codec, where) == ("NOT verified", "reading")


def test_evidence_spans_moved_to_other_words_are_refused(seed_archive: Archive) -> None:
    cites = seed_citations(seed_archive)
    where = seed_archive.path
    stage = pick(cites, "mixed", "he")  # "he" -> "Marzuk" -> "Musa Abu Marzuk"
    assert verdict(stage, where) == ("verified", None)
    record = seed_archive.read(stage.capture.record_id).block
    bog = record.index(b"Bogdanov")
    bogdanov = Span(bog, bog + len(b"Bogdanov"), "Bogdanov")
    # The speaker span moved to another person's name.
    moved = attrs.evolve(
        evolve_quote(stage, speaker="Bogdanov"),
        evidence=attrs.evolve(stage.evidence, speaker=bogdanov),
    )
    assert verdict(moved, where) == ("NOT verified", "speaker chain")
    # The antecedent span moved to an earlier mention of someone else.
    _first, *rest = stage.evidence.antecedents
    moved = attrs.evolve(
        stage, evidence=attrs.evolve(stage.evidence, antecedents=(bogdanov, *rest))
    )
    assert verdict(moved, where) == ("NOT verified", "speaker chain")
    # Moved with a consistent story (the name too): only re-deriving catches it.
    story = attrs.evolve(
        evolve_quote(stage, speaker_name="Bogdanov"),
        evidence=attrs.evolve(stage.evidence, antecedents=(bogdanov,)),
    )
    assert verdict(story, where) == ("NOT verified", "speaker re-derived")
    assert verdict(story, where, deep=False)[0] == "quote verified, claims not checked"
    # The cue span moved to another "said" in the article.
    said = record.index(b"said")
    assert said != stage.evidence.cue.byte_start  # type: ignore[union-attr]
    cue = Span(said, said + 4, "said")
    moved = attrs.evolve(
        evolve_quote(stage, cue="said"), evidence=attrs.evolve(stage.evidence, cue=cue)
    )
    assert verdict(moved, where) == ("NOT verified", "speaker re-derived")


def _relabel(member: bytes, old: bytes, new: bytes) -> bytes:
    """The WARC record with one header value changed and every digest recomputed."""
    record = gzip.decompress(member)
    head, _, rest = record.partition(b"\r\n\r\n")
    head = head.replace(old, new, 1)
    comp = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return comp.compress(head + b"\r\n\r\n" + rest) + comp.flush()


def test_resource_relabelled_response_is_refused(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    capture(SEED_URL, archive, offline=True)
    cites = seed_citations(archive)
    marzuk = pick(cites, "direct", "Marzuk")
    warc = archive.warc_dir / marzuk.capture.warc_file
    data = warc.read_bytes()
    cap = marzuk.capture
    member = data[cap.offset : cap.offset + cap.length]
    forged = _relabel(member, b"WARC-Type: resource", b"WARC-Type: response")
    bad = tmp_path / cap.warc_file
    bad.write_bytes(data[: cap.offset] + forged + data[cap.offset + cap.length :])
    for origin in ("live", "seed"):
        c = attrs.evolve(
            marzuk,
            capture=attrs.evolve(cap, record_type="response", length=len(forged), origin=origin),
            integrity=attrs.evolve(
                marzuk.integrity, record_sha256=hashlib.sha256(forged).hexdigest()
            ),
        )
        report = verify(c, bad)
        assert report.verdict == "NOT verified"
        assert report.first_failure is not None and report.first_failure.name == "origin"


def test_a_citation_file_without_its_id_is_not_verified(
    seed_archive: Archive, tmp_path: Path
) -> None:
    marzuk = pick(seed_citations(seed_archive), "direct", "Marzuk")
    data = marzuk.to_dict()
    assert verify_json(json.dumps(data), seed_archive.path).verdict == "verified"
    del data["citation_id"]
    report = verify_json(json.dumps(data), seed_archive.path)
    assert report.verdict == "NOT verified"
    assert report.first_failure is not None and report.first_failure.name == "citation id"


def test_library_verify_is_deep_by_default(seed_archive: Archive) -> None:
    marzuk = pick(seed_citations(seed_archive), "direct", "Marzuk")
    forged = attrs.evolve(marzuk, source=attrs.evolve(marzuk.source, title=None))
    report = verify(forged, seed_archive.path)
    assert report.deep and report.first_failure is not None
    assert report.first_failure.name == "title"


def test_fast_mode_says_when_it_cannot_check_the_quoted_words(
    server: PagesServer, tmp_path: Path
) -> None:
    """A hidden word inside the quote's bytes: only a re-parse can say the quote holds."""
    archive = Archive(tmp_path / "archive")
    result = capture(server.url("/hidden-word"), archive, options=FetchOptions(read_timeout=5))
    (found,) = quotes_of(archive, result.final.record_id)
    quote = next(q for q in found.quotes if q.kind == "direct")
    assert "never" not in quote.text
    c = cite_quote(archive, quote.quote_id, result.final.record_id)
    fast = verify(c, archive.path, deep=False, claimed_id=c.citation_id)
    assert fast.verdict == "quote not checked" and not fast.quote_verified
    assert fast.first_failure is None
    assert verify(c, archive.path, claimed_id=c.citation_id).verdict == "verified"
    # The hidden word put back into the claimed quote is refused by the re-parse.
    text = quote.text.replace("will ", "will never ")
    forged = attrs.evolve(
        evolve_quote(c, text=text),
        anchor=attrs.evolve(
            c.anchor, exact=text, quote_sha256=hashlib.sha256(text.encode()).hexdigest()
        ),
    )
    assert verify(forged, archive.path).verdict == "NOT verified"
    # Fast mode does not vouch for words that markup may hide from readers.
    assert verify(forged, archive.path, deep=False).verdict == "quote not checked"


# -- honest citations -------------------------------------------------------------------


def test_every_quote_of_the_seed_verifies_in_both_modes(seed_archive: Archive) -> None:
    cites = seed_citations(seed_archive)
    assert len(cites) >= 7
    for key, c in cites.items():
        deep = verify(c, seed_archive.path, claimed_id=c.citation_id)
        assert deep.verdict == "verified", (key, deep.summary())
        fast = verify(c, seed_archive.path, deep=False, claimed_id=c.citation_id)
        assert fast.verdict == "quote verified, claims not checked", (key, fast.summary())
        assert {x.name for x in fast.not_checked} == {"text position", "speaker re-derived"}
        assert verify(c, seed_archive.warc_dir / c.capture.warc_file).verified


@pytest.fixture(scope="module")
def polnear_server() -> Iterator[str]:
    if not POLNEAR_DEV.is_dir():
        pytest.skip("PolNeAR not present")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(POLNEAR_DEV))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def test_honest_citations_of_polnear_dev_verify(polnear_server: str, tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive", durable=False)
    names = sorted(p.name for p in POLNEAR_DEV.glob("*.txt"))
    options = FetchOptions(read_timeout=10)
    for name in names:
        capture(f"{polnear_server}/{name}", archive, options=options)
    total = 0
    rejected: list[str] = []
    for found in quotes_of(archive, all_kinds=True):
        for q in found.quotes:
            c = cite_quote(archive, q.quote_id, found.entry.record_id)
            deep = verify(c, archive.path, claimed_id=c.citation_id)
            fast = verify(c, archive.path, deep=False, claimed_id=c.citation_id)
            total += 1
            if deep.verdict != "verified" or not fast.quote_verified:
                rejected.append(f"{found.entry.target_uri} {q.quote_id}: {deep.summary()}")
    assert total > 1000
    assert not rejected, rejected[:10]


# -- citations made by the previous release -----------------------------------------------


def test_citations_of_the_previous_release_verify_for_what_they_can_prove(
    tmp_path: Path,
) -> None:
    archive_dir = tmp_path / "archive"
    shutil.copytree(RELEASE_01 / "archive", archive_dir)
    files = sorted((RELEASE_01 / "citations").glob("*.json"))
    assert len(files) == 7
    verdicts_seen = []
    for path in files:
        report = verify_json(path.read_bytes(), archive_dir)
        assert report.quote_verified, (path.name, report.summary())
        assert not any(c.status == "failed" for c in report.checks)
        verdicts_seen.append(report.verdict)
        if report.verdict != "verified":
            # What it cannot prove, it names: never a silent pass.
            assert report.not_checked
    # The direct quotes are re-derived by this version exactly: every claim is proven.
    assert verdicts_seen.count("verified") >= 2
    # A first-schema citation with its speaker's bytes removed is not verified.
    data = json.loads(files[0].read_text())
    data["anchor"]["speaker_bytes"] = None
    data.pop("citation_id")
    forged = Citation.from_dict(data)
    assert verify(forged, archive_dir, claimed_id=forged.citation_id).verdict == "NOT verified"
