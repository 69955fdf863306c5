"""German: „…“ and »…« marks, German cue verbs and frames, Konjunktiv I
reported speech, the lexicon chosen by the article's language. Short
passages of our own."""

from __future__ import annotations

import pytest

from provenance.parse import parse_document
from provenance.quotes import Quote, extract_quotes
from provenance.quotes.marks import find_quotes
from tests.quote_helpers import quotes


def page_quotes(body: str, lang: str) -> list[Quote]:
    page = f'<html lang="{lang}"><body><article>{body}</article></body></html>'
    art = parse_document(page.encode(), media_type="text/html")
    return list(extract_quotes(art))


def only(text: str, kind: str) -> Quote:
    found = [q for q in quotes("Die Lage blieb ruhig.\n\n" + text) if q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("\u201eWir bleiben hier\u201c, sagte sie.", "Wir bleiben hier"),
        ("\u00bbWir bleiben hier\u00ab, sagte sie.", "Wir bleiben hier"),
        ("\u201aWir bleiben\u2018 stand dort.", "Wir bleiben"),
        (
            "\u201eEr sagte mir: \u201aWir bleiben\u2018, und ging\u201c, sagte sie.",
            "Er sagte mir: \u201aWir bleiben\u2018, und ging",
        ),
    ],
)
def test_german_marks_pair(text: str, inner: str) -> None:
    spans = find_quotes(text, [(0, len(text))])
    outer = [s for s in spans if s.depth == 0]
    assert text[outer[0].pieces[0][0] : outer[0].pieces[0][1]] == inner


def test_german_closing_mark_is_not_an_english_opening_mark() -> None:
    text = (
        "\u201eDas ist gut\u201c, sagte Lena Vogt. \u201eDas bleibt so\u201c, f\u00fcgte sie hinzu."
    )
    spans = [s for s in find_quotes(text, [(0, len(text))]) if s.depth == 0]
    assert [text[a:b] for s in spans for a, b in s.pieces] == ["Das ist gut", "Das bleibt so"]


@pytest.mark.parametrize(
    ("passage", "speaker", "cue"),
    [
        ("\u201eDas ist ein guter Tag\u201c, sagte Lena Vogt.", "Lena Vogt", "sagte"),
        (
            "\u201eDas ist ein guter Tag\u201c, erkl\u00e4rte die Ministerin.",
            "die Ministerin",
            "erkl\u00e4rte",
        ),
        ("\u00bbDas ist ein guter Tag\u00ab, so Vogt.", "Vogt", "so"),
        ("Vogt betonte: \u201eDas ist ein guter Tag.\u201c", "Vogt", "betonte"),
        ("\u201eDas ist ein guter Tag\u201c, hie\u00df es aus dem Ministerium.", None, None),
    ],
)
def test_german_direct_frames(passage: str, speaker: str | None, cue: str | None) -> None:
    q = only(passage, "direct")
    assert (q.speaker.text if q.speaker else None) == speaker
    assert (q.cue.text if q.cue else None) == cue


@pytest.mark.parametrize(
    ("passage", "content", "speaker", "cue"),
    [
        ("Laut Polizei wurde bei dem Unfall niemand verletzt.", "wurde bei dem Unfall niemand verletzt", "Polizei", "Laut"),
        ("Dem Bericht zufolge stieg die Zahl der Unf\u00e4lle deutlich.", "stieg die Zahl der Unf\u00e4lle deutlich", "Dem Bericht", "zufolge"),
        ("Die Ministerin sagte, die Lage sei ernst.", "die Lage sei ernst", "Die Ministerin", "sagte"),
        ("Vogt erkl\u00e4rte, dass die Arbeiten im Mai beginnen.", "die Arbeiten im Mai beginnen", "Vogt", "erkl\u00e4rte"),
        ("Nach Angaben der Feuerwehr brannte das Haus v\u00f6llig aus.", "brannte das Haus v\u00f6llig aus", "der Feuerwehr", "Nach Angaben"),
    ],
)  # fmt: skip
def test_german_indirect_frames(passage: str, content: str, speaker: str, cue: str) -> None:
    q = only(passage, "indirect")
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.cue is not None and q.cue.text == cue


def test_konjunktiv_sentence_goes_on_with_the_reported_speech() -> None:
    text = (
        "Die Lage blieb ruhig.\n\nDie Ministerin Anna Roth sagte, die Lage sei ernst. "
        "Man habe keine Wahl mehr. Der Regen h\u00f6rte am Abend auf."
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["die Lage sei ernst", "Man habe keine Wahl mehr"]
    assert "Anna Roth" in (found[1].speaker_name or "")


def test_language_chooses_the_lexicon() -> None:
    # "so" is a German attribution cue; in English it is not.
    de = page_quotes("<p>Ein Satz zuerst.</p><p>\u201eWir bleiben hier\u201c, so Vogt.</p>", "de")
    assert [q.speaker.text for q in de if q.speaker] == ["Vogt"]
    en = page_quotes('<p>First line.</p><p>"We stay here," so Vogt went home.</p>', "en")
    assert [q.speaker.text for q in en if q.speaker] == []


def speaker_of(text: str, inner: str) -> str | None:
    found = [q for q in quotes("Die Lage blieb ruhig.\n\n" + text) if inner in q.text]
    assert found, [(q.kind, q.text) for q in quotes(text)]
    q = found[0]
    return q.speaker.text if q.speaker else None


@pytest.mark.parametrize(
    ("passage", "inner", "speaker"),
    [
        # verb second, participle last: the subject opens the clause
        ("Intendant Paul Brandt hat die Wahl in einer Mail bereits best\u00e4tigt: "
         "\u201eIch habe mich entschieden.\u201c", "Ich habe mich", "Intendant Paul Brandt"),
        ("Der Vorsitzende Karl Berger wird in einer Erkl\u00e4rung mit den Worten zitiert: "
         "\u201eWir brauchen mehr Personal.\u201c", "Wir brauchen", "Der Vorsitzende Karl Berger"),
        # the one quoted is the object of "zitiert"
        ("Die Zeitung zitiert einen Augenzeugen mit den Worten: \u201eDer Mann rannte weg.\u201c",
         "Der Mann rannte", "einen Augenzeugen"),
        # an opening phrase, then the finite verb, then the subject
        ("In einem Interview mit dem Sender erkl\u00e4rte er: \u201eDer Anblick ist sch\u00f6n.\u201c",
         "Der Anblick", "er"),
        ("\u00c4hnlich \u00e4u\u00dferte sich der Pr\u00e4sident Jan Holm: "
         "\u201eWir haben die Lage im Griff.\u201c", "Wir haben die Lage", "der Pr\u00e4sident Jan Holm"),
        # a dative phrase first: the subject follows the verb
        ("Der englischen Zeitung sagte Filip Karmann: \u201eIch k\u00e4mpfe weiter.\u201c",
         "Ich k\u00e4mpfe", "Filip Karmann"),
        # "so" with a verb and an object pronoun after a quote
        ("\u201eEr ist die eiserne Hand\u201c, so charakterisierte ihn der Funktion\u00e4r Bernd Auer.",
         "eiserne Hand", "der Funktion\u00e4r Bernd Auer"),
        # a fragment after a clause with a cue: its subject speaks
        ("Nach dem Besuch sprach der Pr\u00e4sident von der \u201eschlimmsten Katastrophe seit "
         "Jahren\u201c.", "schlimmsten Katastrophe", "der Pr\u00e4sident"),
        # the speaker inside a separable verb's frame
        ("Im Norden wurden etwa 500 Geb\u00e4ude besch\u00e4digt, teilte Gouverneur Jan Holm mit.",
         "500 Geb\u00e4ude", "Gouverneur Jan Holm"),
    ],
)  # fmt: skip
def test_german_word_order(passage: str, inner: str, speaker: str) -> None:
    assert speaker_of(passage, inner) == speaker


def test_konjunktiv_sentence_goes_on_after_a_quote() -> None:
    text = (
        "Die Lage blieb ruhig.\n\nDem Sender sagte Filip Karmann: \u201eIch k\u00e4mpfe "
        "weiter.\u201c Die Folgen nehme er in Kauf. Der Regen h\u00f6rte am Abend auf."
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["Die Folgen nehme er in Kauf"]
    assert found[0].speaker is not None and found[0].speaker.text == "Filip Karmann"
