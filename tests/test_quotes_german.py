"""German: „…“ and »…« marks, German cue verbs and frames, Konjunktiv I
reported speech, the lexicon chosen by the article's language. Short
passages of our own."""

from __future__ import annotations

import pytest

from provenance.parse import parse_document
from provenance.quotes import Quote, extract_quotes
from provenance.quotes.marks import find_quotes


def quotes(text: str) -> list[Quote]:
    art = parse_document(text.encode(), media_type="text/plain", charset="utf-8")
    return list(extract_quotes(art))


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
