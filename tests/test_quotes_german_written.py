"""German: a written source says what is quoted (``In dem Brief heißt es``, ``Darin
steht``, ``…, in denen es heißt``). Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import GERMAN_LEAD, german_quote_with, mention, quotes

LEAD = GERMAN_LEAD
quote_with = german_quote_with


@pytest.mark.parametrize(
    ("passage", "inner", "speaker"),
    [
        # "Darin steht": the document named in the sentence before
        ("Der Anwalt Jan Holm sprach von einem Skandal. Das Amt in Bonn gab am Montag eine "
         "Stellungnahme ab. Darin steht unter anderem: \u201eWir bedauern den Fehler sehr und "
         "werden alle Abl\u00e4ufe pr\u00fcfen.\u201c", "Wir bedauern", "eine Stellungnahme"),
        # "heißt es in X" after the verb
        ("Das Amt schickte der Familie einen Brief. So hei\u00dft es in dem Schreiben "
         "w\u00f6rtlich: \u201eDie Zahlung wird eingestellt, wenn keine Antwort kommt.\u201c",
         "Die Zahlung", "dem Schreiben"),
        # "In X heißt es" at the opening
        ("In der Erkl\u00e4rung des Vereins hei\u00dft es: \u201eWir lassen uns das nicht "
         "gefallen und gehen vor Gericht.\u201c", "Wir lassen", "der Erkl\u00e4rung des Vereins"),
    ],
)  # fmt: skip
def test_a_document_speaks_a_colon_quote(passage: str, inner: str, speaker: str) -> None:
    assert quote_with(passage, inner) == ("direct", speaker)


def test_a_relative_clause_names_the_document_before_it() -> None:
    passage = (
        "Der Minister griff den Ton der Zeitungen auf, in denen es hei\u00dft, die Gegner "
        "seien nur ein \u201eHaufen von Chaoten\u201c ohne Plan."
    )
    assert quote_with(passage, "Haufen") == ("mixed", "den Ton der Zeitungen")


def test_reported_speech_of_a_document_is_carried_into_a_quote() -> None:
    passage = (
        "In einem Papier des Ministeriums hei\u00dft es, die Pr\u00fcfung der Gesetze habe "
        "ergeben, dass die Regeln sich bew\u00e4hrt h\u00e4tten. Deshalb sei es "
        "\u201efolgerichtig, die Regeln beizubehalten\u201c, und man wolle nichts \u00e4ndern."
    )
    found = quotes(LEAD + passage)
    indirect = [q for q in found if q.kind == "indirect"]
    assert [(mention(q), q.text[:17]) for q in indirect] == [
        ("einem Papier des Ministeriums", "die Pr\u00fcfung der G")
    ]
    assert quote_with(passage, "folgerichtig") == ("mixed", "einem Papier des Ministeriums")


@pytest.mark.parametrize(
    "passage",
    [
        # a document that says nothing
        "In dem Papier steht allerdings nicht, welche Beh\u00f6rden die Daten bekommen sollen.",
        # "steht" inside another verb, "in" a place
        "Anders als sonst besteht in Bremen ein gro\u00dfer Unterschied, die Stadt liegt am Fluss.",
        # a place, no document
        "Das alte Haus steht in Bremen, seine Besitzer wohnen aber in Hamburg.",
    ],
)
def test_no_document_no_report(passage: str) -> None:
    assert [q for q in quotes(LEAD + passage) if q.kind == "indirect"] == []


def test_hearsay_with_sollen_is_reported_speech_of_no_one_named() -> None:
    passage = (
        "Im Hafen von Kiel sollen drei Lagerhallen abgebrannt sein. Zwei Arbeiter seien "
        "dabei verletzt worden. Die Feuerwehr war mit vielen Wagen im Einsatz."
    )
    found = [q for q in quotes(LEAD + passage) if q.kind == "indirect"]
    assert [(q.text, mention(q)) for q in found] == [
        ("Im Hafen von Kiel sollen drei Lagerhallen abgebrannt sein", None),
        ("Zwei Arbeiter seien dabei verletzt worden", None),
    ]


@pytest.mark.parametrize(
    "passage",
    [
        # a plan with a deadline
        "Die Arbeiten am neuen Bahnhof sollen bis 2030 abgeschlossen sein.",
        # an intention in the past
        "Die Ma\u00dfnahme sollte die Lage beruhigen, doch sie hatte keinen Erfolg.",
        # an obligation with an infinitive
        "Die Stadt soll mehr Geld f\u00fcr ihre Schulen bekommen.",
    ],
)
def test_sollen_without_hearsay(passage: str) -> None:
    assert [q for q in quotes(LEAD + passage) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        # a relative clause with its verb last: the phrase before its comma
        ("Der Pr\u00e4sident st\u00fctzt die Rhetorik des Verbandes der Bauern, die die Gefahr einer "
         "\u201eInvasion unseres Landes durch Fremde\u201c beschw\u00f6ren.",
         "die Rhetorik des Verbandes der Bauern"),
        # an article and its noun after the comma: the clause's own subject
        ("Der Streit geht weiter, die Polizei warnte vor einer \u201eEskalation der Gewalt in "
         "der Stadt\u201c.", "die Polizei"),
    ],
)  # fmt: skip
def test_relative_clause_speaks_for_its_antecedent(passage: str, speaker: str) -> None:
    found = [q for q in quotes(LEAD + passage) if q.kind == "mixed"]
    assert [mention(q) for q in found] == [speaker]
