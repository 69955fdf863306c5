"""German: who is quoted when a paper quotes someone, a name in the genitive opening the
speaker's phrase, and quoted titles and names after the noun that says what they name.
Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import GERMAN_LEAD, names_no_one, quotes


@pytest.mark.parametrize("adverb", ["", "dazu ", "auch "])
def test_the_one_a_paper_quotes_is_the_speaker(adverb: str) -> None:
    passage = (
        f"Die Agentur Nordpress zitiert {adverb}Jana Berg mit folgenden Worten: "
        "\u201eDie Brücke bleibt bis zum Sommer gesperrt.\u201c"
    )
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.text == "Jana Berg"


def test_a_name_in_the_genitive_opens_the_speakers_phrase() -> None:
    passage = (
        "Kielers oberster Bürgermeister Jan Holm spricht von einer "
        "\u201eüberwältigenden Hilfe\u201c der Nachbarn."
    )
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "mixed"]
    assert q.speaker is not None and q.speaker.text == "Kielers oberster Bürgermeister Jan Holm"
    assert q.speaker_name == "Jan Holm"


@pytest.mark.parametrize(
    ("passage", "inner"),
    [
        ("Die Malerin Eva Lind will Exemplare des Buches \u201eDer lange Weg nach Hause\u201c "
         "sammeln.", "Der lange Weg"),
        ("Unter dem Motto \u201eWir bleiben hier und feiern\u201c zogen die Gäste durch "
         "die Stadt.", "Wir bleiben"),
        ("Der Minister wies Berichte der Wochenzeitung \u201eDer Nordbote\u201c zurück.",
         "Der Nordbote"),
        ("Die Fähre sei bereit, sagte Lind. Auch die Walfangstation \u201eNordhafen\u201c "
         "sei fast fertig.", "Nordhafen"),
        ("Die Redaktion hat mit Jan Berg ein Interview zum Thema \u201eneue Fähren und alte "
         "Häfen an der Küste\u201c geführt.", "neue Fähren"),
        ("Programm:\n\n10 Uhr Begrüßung\n\nKeynote \u201eWohin fährt die Fähre? Was wird aus "
         "dem Hafen, wie geht die Stadt damit um? Da geht mehr!\u201c", "Wohin fährt"),
    ],
)  # fmt: skip
def test_a_title_or_a_name_after_its_noun_is_no_quote(passage: str, inner: str) -> None:
    found = [q for q in quotes(GERMAN_LEAD + passage) if inner in q.text]
    assert [q.kind for q in found] == ["scare"]


def test_a_fragment_after_another_noun_stays_the_speakers() -> None:
    passage = "Die Ministerin nannte den Plan \u201eeinen großen Wurf für alle\u201c."
    found = [q for q in quotes(GERMAN_LEAD + passage) if "Wurf" in q.text]
    assert [q.kind for q in found] == ["mixed"]
    assert found[0].speaker is not None and found[0].speaker.text == "Die Ministerin"


@pytest.mark.parametrize("opener", ["Nach Angaben von", "Laut Angaben von", "Laut Aussage von"])
def test_the_source_after_a_word_for_information_is_the_person(opener: str) -> None:
    passage = f"{opener} Jan Berg wurde eine neue Besatzung zusammengestellt."
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert q.speaker is not None and q.speaker.text == "Jan Berg"
    assert q.speaker_name == "Jan Berg"


def test_a_particle_inside_a_name_stays_in_it() -> None:
    passage = "Otto von Bismarck sagte, die Grenze bleibe offen."
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert q.speaker_name == "Otto von Bismarck"


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        ("Die Polizei konnte weder bestätigen noch ausschließen, dass der Fahrer betrunken "
         "war.", "Die Polizei"),
        ("Die Regierung hat außerdem angekündigt, dass die Grenze offen bleibe.",
         "Die Regierung"),
        ("Bereits vor zwei Wochen hatte die Gewerkschaft erklärt, dass die Lotsen streiken "
         "würden.", "die Gewerkschaft"),
        ("Zunächst sollen zehn Fahrzeuge fahren, wie Firmenchef Jan Holm am Dienstag "
         "mitteilte.", "Firmenchef Jan Holm"),
        ("Dabei sagte Jan Holm, dass die Fahrzeuge sicher seien.", "Jan Holm"),
    ],
)  # fmt: skip
def test_a_german_reporting_clause_names_its_subject_not_the_words_before_the_verb(
    passage: str, speaker: str
) -> None:
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_german_passive_has_no_speaker() -> None:
    passage = "Die Zahlen wurden später präzisiert, es seien 22 Tote."
    found = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert all(q.speaker is None for q in found)


def test_er_is_no_run_of_nouns() -> None:
    passage = (
        "Jan Holm, der Sekretär des Verbandes der Fischer, sprach am Montag in Kiel. "
        "„Wir haben keinen Raum mehr“, sagte er."
    )
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "direct"]
    assert q.speaker_name == "Jan Holm"


@pytest.mark.parametrize(
    "passage",
    [
        "Zuerst sagte sie, dass alles in Ordnung sei.",
        "Soweit der Kläger behauptet, die Daten seien gelöscht, ist das falsch.",
        "Diese Abteilung erklärte, die Zahlen seien korrekt.",
    ],
)
def test_a_german_phrase_that_is_no_name_is_not_given_as_one(passage: str) -> None:
    found = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert found
    assert all(names_no_one(q) for q in found)


def test_an_article_and_an_acronym_is_a_name() -> None:
    passage = "Die FAZ berichtete, die Zahlen seien korrekt."
    (q,) = [q for q in quotes(GERMAN_LEAD + passage) if q.kind == "indirect"]
    assert q.speaker_name == "Die FAZ" and "unresolved" not in q.resolution
