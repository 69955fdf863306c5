"""German preposition frames before a source: ``Nach Angaben von X``, ``Nach einem
Bericht der Zeitung X``: the rest of the sentence is X's report. Short passages of
our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import GERMAN_LEAD, quotes


@pytest.mark.parametrize(
    ("passage", "content", "source"),
    [
        (
            "Nach Angaben von Radio Nord sind die Straßen wieder frei.",
            "sind die Straßen wieder frei",
            "Radio Nord",
        ),
        (
            "Nach einem Bericht der Zeitung Nordblatt wurden drei Brücken gesperrt.",
            "wurden drei Brücken gesperrt",
            "der Zeitung Nordblatt",
        ),
        (
            "Nach Meldungen der Agentur Nordpress richtete sich die Einheit in einer Schule ein.",
            "richtete sich die Einheit in einer Schule ein",
            "der Agentur Nordpress",
        ),
    ],
)
def test_nach_a_report_of_x(passage: str, content: str, source: str) -> None:
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == source


def test_nach_a_time_is_no_source() -> None:
    found = quotes(GERMAN_LEAD + "Nach dem Spiel fuhren die Fans mit dem Zug nach Hause.")
    assert [q for q in found if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("passage", "content", "source", "cue"),
    [
        (
            "Am Abend gab er jedoch bekannt, er wolle am Freitag zurücktreten.",
            "er wolle am Freitag zurücktreten",
            "er",
            "gab er jedoch bekannt",
        ),
        (
            "Die Ärzte wiesen darauf hin, dass die Kliniken voll seien.",
            "die Kliniken voll seien",
            "Die Ärzte",
            "wiesen darauf hin",
        ),
    ],
)
def test_separable_verbs_plural_and_inverted(
    passage: str, content: str, source: str, cue: str
) -> None:
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == source
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize(
    ("passage", "source"),
    [
        ("Die Firma wartet laut Kristina Berg nur noch auf eine Genehmigung.", "Kristina Berg"),
        ("Rund 800 Menschen wurden nach Angaben des Roten Kreuzes obdachlos.", "des Roten Kreuzes"),
    ],
)
def test_a_source_inside_the_sentence_reports_all_of_it(passage: str, source: str) -> None:
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert q.text == passage.rstrip(".")
    assert q.speaker is not None and q.speaker.text == source


@pytest.mark.parametrize(
    "passage",
    [
        "Die Musik war laut und die Nachbarn riefen die Polizei.",
        "Sie sang laut Lieder aus ihrer Heimat vor dem Rathaus.",
    ],
)
def test_the_adverb_laut_names_no_source(passage: str) -> None:
    assert [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"] == []
