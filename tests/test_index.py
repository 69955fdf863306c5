"""The quote index in the catalog: filled by archive, import and `provenance index`; killed
and resumed; written by several processes at once; searched; kept across extractor upgrades."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

from provenance import Archive, capture
from provenance.cite import Citation, cite_quote, render_draft, stored_citation, verify
from provenance.cli import main
from provenance.index import (
    Extractor,
    find_quote,
    index_state,
    quotes_in,
    search_quotes,
    stored_quote,
    update_index,
)
from provenance.parse import Article
from provenance.quotes import Quote, TextSpan, extract_quotes, quote_id_for
from tests.conftest import ROOT, SEED_URL
from tests.index_pages import fill, page_record


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def check_consistent(path: Path) -> dict[str, int]:
    """The index's invariants, read straight from SQLite."""
    db = sqlite3.connect(path / "catalog.sqlite")
    db.execute("INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')")
    pages = dict(db.execute("SELECT rec, quotes FROM pages WHERE status = 'quoted'").fetchall())
    current = dict(
        db.execute("SELECT rec, COUNT(*) FROM quotes WHERE current = 1 GROUP BY rec").fetchall()
    )
    assert {r: n for r, n in pages.items() if n} == current  # every page's rows, all of them
    dupes = db.execute(
        "SELECT COUNT(*) FROM (SELECT rec, quote_id FROM quotes WHERE current = 1 "
        "GROUP BY rec, quote_id HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    assert dupes == 0
    mark = int(db.execute("SELECT value FROM meta WHERE key = 'index_through'").fetchone()[0])
    unindexed_below_mark = db.execute(
        "SELECT COUNT(*) FROM records r WHERE r.rowid <= ? AND r.record_type = 'resource' "
        "AND NOT EXISTS (SELECT 1 FROM pages p WHERE p.rec = r.rowid)",
        (mark,),
    ).fetchone()[0]
    assert unindexed_below_mark == 0
    fts = db.execute("SELECT COUNT(*) FROM quote_fts").fetchone()[0]
    db.close()
    return {"pages": len(pages), "quotes": sum(current.values()), "mark": mark, "fts": fts}


def extracted(archive: Archive) -> int:
    """How many quotes this extractor finds in the archive's pages, found without the index."""
    from provenance.parse import parse_record
    from provenance.quotes import extract_quotes

    return sum(
        len(extract_quotes(parse_record(archive.read(e))))
        for e in archive.entries(types=("response", "resource"))
    )


# -- filled by archive, import and `provenance index` ------------------------------------------


def test_archive_and_import_fill_the_index_and_search_finds_speakers(tmp_path: Path) -> None:
    arch = str(tmp_path / "a")
    assert run("archive", "--offline", "--archive", arch, SEED_URL)[0] == 0
    state = index_state(Archive(arch, create=False))
    assert (state.quoted, state.unindexed, state.failed) == (1, 0, 0)
    assert state.quotes == extracted(Archive(arch, create=False)) >= 7
    # as people type names: any part, case and accents folded; then by sound
    for typed in ("marzuk", "MARZ", "musa abu", "Abu Marzuk"):
        code, out, _ = run("search", "--archive", arch, "--speaker", typed, "--json")
        data = json.loads(out)
        assert code == 0 and data["matched_by"] == "name", typed
        assert {h["speaker_name"] for h in data["hits"]} == {"Musa Abu Marzuk"}
    code, out, _ = run("search", "--archive", arch, "--speaker", "Abu Marzouk", "--json")
    assert code == 0 and json.loads(out)["matched_by"] == "sound"
    code, out, _ = run("search", "--archive", arch, "answering gesture", "--json")
    hits = json.loads(out)["hits"]
    assert code == 0 and [h["text"] for h in hits] == [
        next(h["text"] for h in hits if "answering gesture" in h["text"])
    ]
    assert run("search", "--archive", arch, "--speaker", "Nobody Atall")[0] == 1
    code, out, _ = run("search", "--archive", arch, "--url", SEED_URL, "--until", "2025-02-03")
    assert code == 1  # published 2025-02-04
    code, out, _ = run("search", "--archive", arch, "--site", "https://www.themoscowtimes.com/")
    assert code == 0 and "q-" in out
    # import indexes too: a page of other tools' files
    imp = str(tmp_path / "b")
    wget = ROOT.parent / "shared" / "corpus" / "warcs" / "pywb" / "example-wget-1-14.warc.gz"
    if not wget.is_file():
        pytest.skip("shared corpus not present")
    assert run("import", "--archive", imp, str(wget))[0] == 0
    state = index_state(Archive(imp, create=False))
    assert state.unindexed == 0 and state.quoted == 4


def test_library_captures_are_indexed_by_the_index_command_and_on_read(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path / "a", durable=False)
    capture(SEED_URL, archive, offline=True)
    fill(archive, 0, 5)
    state = index_state(archive)
    assert state.unindexed == 6 and state.quoted == 0
    code, out, _ = run("index", "--archive", str(archive.path), "--json")
    report = json.loads(out)
    assert code == 0 and report["pages"] == 6
    assert report["new"] == report["quotes"] == extracted(archive) >= 17
    assert run("index", "--archive", str(archive.path), "--json")[1].count('"pages": 0') == 1
    fill(archive, 5, 2)  # read commands take in what was archived since
    assert len(search_quotes(archive, words="bridge number 6").hits) == 1
    assert index_state(archive).unindexed == 0


def test_pages_that_cannot_be_parsed_are_counted_and_listed(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a", durable=False)
    fill(archive, 0, 2)
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
    bad = attrs.evolve(
        page_record(99).draft,
        record_type="response",
        block=head + b"this is not gzip",
        payload_start=len(head),
        content_type="application/http; msgtype=response",
    )
    archive.append([attrs.evolve(page_record(99), draft=bad)])
    binary = attrs.evolve(
        page_record(98).draft, block=b"%PDF-1.4 ...", content_type="application/pdf"
    )
    archive.append([attrs.evolve(page_record(98), draft=binary)])
    update_index(archive)
    state = index_state(archive)
    assert (state.quoted, state.not_pages, state.failed) == (2, 1, 1)
    code, out, err = run("quotes", "--archive", str(archive.path), "--speaker", "lopez")
    assert code == 0 and "López" in out
    assert "1 archived page(s) could not be parsed" in err and "--verbose" in err
    code, out, _ = run("quotes", "--archive", str(archive.path), "--speaker", "lopez", "--json")
    data = json.loads(out)
    assert data["unparsed"]["count"] == 1 and len(data["unparsed"]["records"]) == 1
    assert data["quotes"] and all("López" in q["speaker_name"] for q in data["quotes"])
    code, out, err = run("search", "--archive", str(archive.path), "bridge", "--json", "--verbose")
    (failure,) = json.loads(out)["unparsed"]["records"]
    assert json.loads(out)["unparsed"]["count"] == 1 and failure["record"] in err
    assert "gzip" in failure["error"].lower() or "decod" in failure["error"].lower()
    code, out, err = run("quotes", "--archive", str(archive.path), failure["record"])
    assert code == 5


# -- citing from the index -------------------------------------------------------------------------


def test_cite_from_the_index_equals_a_fresh_parse_byte_for_byte(archive: Archive) -> None:
    capture(SEED_URL, archive, offline=True)
    fill(archive, 0, 3)
    update_index(archive)
    seen = 0
    for entry in archive.entries(types=("resource",)):
        _, quotes = quotes_in(archive, f"{entry.file}:{entry.offset}", all_kinds=True)
        for q in quotes:
            fresh_q, article, fresh_entry = find_quote(archive, q.quote_id, entry.record_id)
            fresh = Citation.from_quote(fresh_q, article, fresh_entry, archive.companion(entry))
            stored = cite_quote(archive, q.quote_id, entry.record_id)
            assert stored.to_json() == fresh.to_json()
            assert stored_citation(archive, stored.citation_id).to_json() == fresh.to_json()
            seen += 1
    assert seen == extracted(archive) >= 13


# -- killed, resumed; several processes ------------------------------------------------------------

_SLOW_INDEXER = """
import sys, time
from provenance import Archive
from provenance.index import Extractor, update_index
from provenance.quotes import extract_quotes

def slow(article):
    time.sleep(0.004)
    return extract_quotes(article)

update_index(Archive(sys.argv[1]), extractor=Extractor(extract=slow),
             progress=lambda n: print(n, flush=True))
print("finished", flush=True)
"""


def test_an_indexer_killed_mid_run_leaves_a_consistent_index_that_resumes(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path / "a", durable=False)
    fill(archive, 0, 400, per_append=100)
    with subprocess.Popen(
        [sys.executable, "-c", _SLOW_INDEXER, str(archive.path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        assert first.isdigit(), first  # one batch committed, more under way
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    partial = check_consistent(archive.path)
    assert 0 < partial["pages"] < 400 and partial["mark"] > 0
    report = update_index(archive)
    assert report.pages == 400 - partial["pages"]
    done = check_consistent(archive.path)
    assert done["pages"] == 400 and done["quotes"] == 800 == done["fts"]


def _captures(path: str, start: int) -> None:
    archive = Archive(path, durable=False)
    for n in range(start, start + 40):
        archive.append([page_record(n)])


def _indexer(path: str, stop_at: int) -> None:
    archive = Archive(path, durable=False)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        update_index(archive)
        if index_state(archive).quoted == stop_at:
            return
        time.sleep(0.01)


def test_concurrent_captures_and_indexers(tmp_path: Path) -> None:
    path = str(tmp_path / "a")
    Archive(path)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_captures, args=(path, s)) for s in (0, 1000, 2000)]
    procs += [ctx.Process(target=_indexer, args=(path, 120)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(90)
        assert p.exitcode == 0
    result = check_consistent(Path(path))
    assert result["pages"] == 120 and result["quotes"] == 240
    assert index_state(Archive(path)).unindexed == 0


# -- an extractor upgrade: ids keep resolving --------------------------------------------------

UPGRADE = "provenance-quotes/test-upgrade"


def _upgraded(article: Article) -> tuple[Quote, ...]:
    """The current extractor, except: the first quote is no longer found, the second gets
    another confidence, and a new quote is found (the last one less its last word)."""
    found = extract_quotes(article)
    out = [attrs.evolve(q, extractor=UPGRADE) for q in found[1:]]
    out[0] = attrs.evolve(out[0], confidence=0.11)
    last = found[-1].content[-1]
    cut = last.text.rstrip().rfind(" ")
    piece = TextSpan(
        last.start,
        last.start + cut,
        last.byte_start,
        last.byte_start + len(last.text[:cut].encode()),
        last.text[:cut],
    )
    qid = quote_id_for(article.representation_sha256, ((piece.byte_start, piece.byte_end),), ())
    extra = attrs.evolve(
        found[-1], quote_id=qid, text=piece.text, content=(piece,), quoted=(), marks=()
    )
    return (*out, attrs.evolve(extra, extractor=UPGRADE, kind="indirect"))


def test_after_an_extractor_upgrade_old_ids_resolve_and_verify(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a", durable=False)
    capture(SEED_URL, archive, offline=True)
    update_index(archive)
    _, quotes = quotes_in(archive, SEED_URL, all_kinds=True)
    gone, changed = quotes[0], quotes[1]
    before = {q.quote_id: cite_quote(archive, q.quote_id) for q in (gone, changed)}
    draft = f"It was said. [[{before[gone.quote_id].citation_id}]]\n\n" + (
        f"And this. [[{before[changed.quote_id].citation_id}]]\n"
    )
    report_before = render_draft(draft, archive)

    report = update_index(archive, rebuild=True, extractor=Extractor(UPGRADE, _upgraded))
    assert (report.kept, report.changed, report.retired, report.new) == (
        len(quotes) - 2,
        1,
        1,
        1,
    )
    (change,) = report.changes
    assert change.retired == (gone.quote_id,) and change.changed == (changed.quote_id,)
    # the retired quote still resolves to its record and bytes, from its stored row
    found = stored_quote(archive, gone.quote_id)
    assert not found.current and found.quote == gone
    again = cite_quote(archive, gone.quote_id, keep=False)
    assert again.to_json() == before[gone.quote_id].to_json()
    # the changed one is found as the new version says; its citation made before is kept
    assert stored_quote(archive, changed.quote_id).quote.confidence == 0.11
    for c in before.values():
        kept = stored_citation(archive, c.citation_id)
        assert kept.to_json() == c.to_json()
        report_v = verify(kept, archive.path)
        assert report_v.quote_verified and not any(k.status == "failed" for k in report_v.checks)
    # search shows what the current rows say; retired rows are out of it
    hits = search_quotes(archive, words=gone.text.split()[0], all_kinds=True).hits
    assert gone.quote_id not in {h.quote.quote_id for h in hits}
    # a draft whose citations predate the re-index renders the same
    assert render_draft(draft, archive) == report_before
    code, out, _ = run("index", "--archive", str(archive.path), "--rebuild", "--json")
    back = json.loads(out)  # the real extractor again: the retired quote is current again
    assert code == 0 and back["new"] == 1 and back["retired"] == 1 and back["changed"] == 1
    assert stored_quote(archive, gone.quote_id).current


def test_mine_keeps_the_same_index_for_a_crawl(tmp_path: Path) -> None:
    crawl = Archive(tmp_path / "crawl", durable=False)
    fill(crawl, 0, 12)
    (warc,) = crawl.warc_dir.glob("*.warc.gz")
    out = tmp_path / "q.jsonl"
    idx = tmp_path / "idx"
    code, _, err = run("mine", str(warc), "--out", str(out), "--index", str(idx), "--jobs", "2")
    assert code == 0 and "indexed 24 quotes from 12 pages" in err
    mined = {json.loads(line)["quote_id"] for line in out.read_text().splitlines()}
    result = search_quotes(Archive(idx), site="https://news.example/", limit=1000)
    assert {h.quote.quote_id for h in result.hits} == mined and len(mined) == 24
    assert run("mine", str(warc))[0] == 2
