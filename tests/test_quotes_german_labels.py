"""German: the one spoken to after a bare name, a topic after "über", an impersonal "es",
an interview's answer under its speaker's name. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import GERMAN_LEAD, mention, quotes


def test_der_after_a_bare_name_is_the_one_spoken_to() -> None:
    text = GERMAN_LEAD + (
        "„Die Liste der Unterstützer wird immer länger“, sagte Allendorf der Abendzeitung."
    )
    q = next(q for q in quotes(text) if "Liste" in q.text)
    assert mention(q) == "Allendorf"


def test_der_after_a_noun_for_a_speaker_is_a_genitive() -> None:
    text = GERMAN_LEAD + "„Das ist gut“, sagte ein Sprecher der Polizei."
    q = next(q for q in quotes(text) if "gut" in q.text)
    assert mention(q) == "ein Sprecher der Polizei"


def test_a_topic_after_ueber_is_no_content() -> None:
    text = GERMAN_LEAD + (
        "Über das brisante Schreiben, das in der Branche hohe Wellen schlägt, hatte gerade "
        "die Zeitung berichtet."
    )
    assert [q.text for q in quotes(text) if q.kind == "indirect"] == []


def test_an_impersonal_es_names_no_one() -> None:
    text = GERMAN_LEAD + (
        "Zusätzlich empfiehlt es sich, regelmäßig im ersten Drittel Messungen durchzuführen."
    )
    assert [q.text for q in quotes(text) if q.kind == "indirect"] == []


def test_an_interview_answer_is_its_speaker_s() -> None:
    text = GERMAN_LEAD + (
        "Frage 1: Wie wichtig werden Gesten und Sprache?\n\n"
        "Jonas Feldmann: Gesten sind nur der nächste Schritt. Die Geräte sind dann "
        "„von der Hand befreit und überall im Alltag zu gebrauchen“, was vielen hilft."
    )
    q = next(q for q in quotes(text) if "Hand befreit" in q.text)
    assert q.speaker_name == "Jonas Feldmann"


def test_a_capitalised_adjective_after_an_article_is_a_name() -> None:
    text = GERMAN_LEAD + (
        "Die Meinungsfreiheit wird durch die Rechte der Nutzer begrenzt, so urteilte der "
        "Europäische Gerichtshof."
    )
    q = next(q for q in quotes(text) if q.kind == "indirect")
    assert q.speaker_name == "Europäische Gerichtshof"


def test_a_sentence_ends_before_a_quote_opened_with_guillemets() -> None:
    text = GERMAN_LEAD + (
        "»Ich freue mich sehr auf den Chor und die Aufgaben in Leipzig«, so Emanuel Kober. "
        "»An dieser Stelle die Bedingungen mitzugestalten, ist eine tolle Aufgabe.«"
    )
    found = [(q.kind, q.speaker_name) for q in quotes(text)]
    assert found == [("direct", "Emanuel Kober"), ("direct", "Emanuel Kober")]


def test_german_relative_clauses_and_idioms_report_nothing() -> None:
    text = GERMAN_LEAD + (
        "Mark Holm hat seine Doktorarbeit über die Rituale der Heilung geschrieben, bei denen "
        "es enge Zusammenhänge zum Schamanismus gibt.\n\n"
        "Zur Eröffnung der Demonstration sprechen Susanne Weber (Piraten), Katja Kern (Linke) "
        "und Ralph Bode.\n\n"
        "Die einfachste Art, uns zu unterstützen und Danke zu sagen, ist, wenn ihr bei uns "
        "einkauft.\n\n"
        "Anders gesagt: Bei uns steht immer der Mensch im Mittelpunkt.\n\n"
        "Leandra Lou schreibt über all die Themen, die echte Fans bewegen."
    )
    assert [q.text for q in quotes(text) if q.kind == "indirect"] == []


def test_a_report_before_its_frame_and_a_relative_clause_after_the_name() -> None:
    text = GERMAN_LEAD + (
        "Dass einige Künstler in der Mitteilung fehlen, habe organisatorische Gründe, sagte "
        "Gaby Allendorf, die als Sprecherin der Initiative fungiert.\n\n"
        "Der Minister sagte, die neue Regierung habe versagt."
    )
    found = [(q.text[:20], q.speaker_name) for q in quotes(text) if q.kind == "indirect"]
    assert found == [
        ("Dass einige Künstler", "Gaby Allendorf"),
        ("die neue Regierung h", "Der Minister"),
    ]


def test_german_reports_and_quantified_sources_name_no_one() -> None:
    text = GERMAN_LEAD + (
        "Laut Herstellerangaben lässt sich der Grill auch für Fisch nutzen.\n\n"
        "Manchen Quellen zufolge war er auch Priester.\n\n"
        "Laut Polizeisprecher Klaus Berg wurde niemand verletzt."
    )
    found = [q.speaker_name for q in quotes(text) if q.kind == "indirect"]
    assert found == [None, None, "Klaus Berg"]
