"""Who said what: one short passage per rule, and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.parse import Article, parse_document
from provenance.quotes import Quote, extract_quotes

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_f9f9b3f117937358.txt"


def article(text: str, media_type: str = "text/plain") -> Article:
    return parse_document(text.encode(), media_type=media_type, charset="utf-8")


def quotes(text: str, media_type: str = "text/plain") -> list[Quote]:
    return list(extract_quotes(article(text, media_type)))


def one(text: str, kind: str | None = None) -> Quote:
    found = [q for q in quotes(text) if kind is None or q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    return found[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.text if q.speaker else None


@pytest.mark.parametrize(
    ("passage", "content", "mention", "cue"),
    [
        ('"We will win," Smith said.', "We will win,", "Smith", "said"),
        ("\u201cWe will win,\u201d said Jane Smith.", "We will win,", "Jane Smith", "said"),
        ('Smith told reporters: "We will win."', "We will win.", "Smith", "told reporters"),
        ('Smith said that "we will win the vote."', "we will win the vote.", "Smith", "said"),
        ('"It is over," the ministry said in a statement.', "It is over,", "the ministry",
         "said in a statement"),
        ('"It is over," Marzuk was quoted as saying.', "It is over,", "Marzuk",
         "was quoted as saying"),
        ('"It is over," he added.', "It is over,", "he", "added"),
        ('According to the mayor, "the bridge is closed."', "the bridge is closed.", "the mayor",
         "According to"),
        ('"Vote," Senator Ann Lee (D-Ore.) urged.', "Vote,", "Senator Ann Lee", "urged"),
        ("\u00abNous gagnerons\u00bb, a dit le ministre Paul Roux.", "Nous gagnerons", None, None),
        ("\u201eWir werden gewinnen\u201c, sagte Schmidt.", "Wir werden gewinnen", "Schmidt",
         "sagte"),
        ("\u300c\u52dd\u3064\u300d", "\u52dd\u3064", None, None),
        ("\u201cIt is over,\u201d \u2015 Ann Lee", "It is over,", "Ann Lee", "\u2015"),
    ],
)  # fmt: skip
def test_direct_quote_forms(
    passage: str, content: str, mention: str | None, cue: str | None
) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind in ("direct", "scare")]
    assert len(found) == 1
    q = found[0]
    assert q.text == content
    if mention is not None:
        assert q.kind == "direct"
        assert speaker(q) == mention
        assert q.cue is not None and q.cue.text == cue


def test_split_quote_is_one_attribution_with_two_pieces() -> None:
    q = one('"One," said Lee. "Two and three."', "direct")
    assert [c.text for c in q.content] == ["One,", "Two and three."]
    assert speaker(q) == "Lee"
    q = one('"One." "Two," Lee said.', "direct")
    assert [c.text for c in q.content] == ["One.", "Two,"]


def test_quote_over_several_paragraphs() -> None:
    text = (
        'Lee said:\n\n"The first part of what I said goes on\n\n'
        '"and the second part ends here."\n\nAfter that, nothing.'
    )
    q = one(text, "direct")
    assert [c.text for c in q.content] == [
        "The first part of what I said goes on",
        "and the second part ends here.",
    ]
    assert speaker(q) == "Lee"


def test_nested_quote_is_linked_to_its_parent() -> None:
    found = quotes("\u201cHe told me \u2018never again\u2019 that day,\u201d Lee said.")
    outer = next(q for q in found if q.kind == "direct")
    inner = next(q for q in found if q.kind == "nested")
    assert inner.text == "never again" and inner.parent_id == outer.quote_id
    assert speaker(outer) == "Lee"


@pytest.mark.parametrize("word", ["doesn't", "hasn't", "we're"])
def test_straight_nested_quote_goes_past_an_apostrophe(word: str) -> None:
    found = quotes(f"\"He said, 'It {word} work for us,' then left,\" Lee recalled.")
    outer = next(q for q in found if q.kind == "direct")
    inner = next(q for q in found if q.kind == "nested")
    assert inner.text == f"It {word} work for us," and inner.parent_id == outer.quote_id
    assert [x.text for x in outer.quoted] == [f"He said, 'It {word} work for us,' then left,"]
    assert speaker(outer) == "Lee"


def test_mixed_quote_and_outermost_attribution() -> None:
    text = (
        'A deputy minister met Monday with an official and urged Hamas to keep "promises" '
        "to release a hostage, the ministry said.\n\n"
        'At their talks, Bogdanov "again placed particular stress on the promises," '
        "the ministry said."
    )
    found = quotes(text)
    assert [(q.kind, [x.text for x in q.quoted], speaker(q)) for q in found] == [
        ("mixed", ["promises"], "the ministry"),
        ("mixed", ["again placed particular stress on the promises,"], "the ministry"),
    ]
    # The content of a mixed quote is the reported clause, the quoted words inside it.
    assert found[0].text == (
        'A deputy minister met Monday with an official and urged Hamas to keep "promises" '
        "to release a hostage"
    )
    assert [m.text for m in found[1].marks] == ['"', '"']
    assert found[1].antecedents[0].text == "the ministry"
    assert found[1].antecedents[0].end <= found[1].speaker.start


def test_scare_quotes_and_headlines_are_typed() -> None:
    found = quotes(
        "Russia Tells Hamas to 'Keep Promises' on Release\n\nThe so-called \"deal\" is off."
    )
    kinds = {q.text: q.kind for q in found}
    assert kinds == {"Keep Promises": "headline", "deal": "scare"}
    scare = next(q for q in found if q.kind == "scare")
    assert scare.speaker is None and scare.note is not None


def test_indirect_attributions() -> None:
    found = quotes(
        "Intro line.\n\nThe minister said that the talks would resume next week. "
        "Prices will rise sharply next year, analysts warned. "
        "According to the police, the road was closed for hours."
    )
    got = [(q.kind, q.text, speaker(q)) for q in found]
    assert got == [
        ("indirect", "the talks would resume next week", "The minister"),
        ("indirect", "Prices will rise sharply next year", "analysts"),
        ("indirect", "the road was closed for hours", "the police"),
    ]


def test_unbalanced_marks_never_abort() -> None:
    text = 'He said "this never closes.\n\nA new paragraph, "a real quote," Lee said.'
    found = quotes(text)
    assert any(
        [x.text for x in q.quoted] == ["a real quote,"] and speaker(q) == "Lee" for q in found
    )
    assert quotes('""""" "\u201c\u201d\u00ab\u300c') is not None


def test_quote_with_no_speaker_says_so() -> None:
    q = one('Intro line.\n\n"Nobody is named as saying this whole sentence here."')
    assert q.speaker is None and q.speaker_name is None
    assert q.note == "the text names no speaker for this quote"


def test_resolution_of_surnames_pronouns_and_descriptions() -> None:
    text = (
        "Mikhail Bogdanov met with Musa Abu Marzuk, a senior Hamas official.\n\n"
        '"We agree," Marzuk said.\n\n'
        '"We will act soon," he added.\n\n'
        'Russia\'s Foreign Ministry issued a statement. "Talks went well," the ministry said.'
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    got = [(speaker(q), q.speaker_name, q.resolution) for q in found]
    assert got == [
        ("Marzuk", "Musa Abu Marzuk", "surname"),
        ("he", "Musa Abu Marzuk", "pronoun"),
        ("the ministry", "Russia's Foreign Ministry", "description"),
    ]
    assert found[0].confidence > found[1].confidence


def test_paragraph_quote_carries_the_previous_speaker() -> None:
    text = '"First thing," Lee said.\n\n"A second paragraph of the same speech, with more."'
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [speaker(q) for q in found] == ["Lee", "Lee"]
    assert "carried" in found[1].resolution and found[1].confidence <= 0.6


def test_spans_are_exact_bytes_in_html() -> None:
    page = (
        b"<html><body><article><p>&ldquo;Caf&eacute; prices will rise,&rdquo; said "
        b"<a href='/p'>Ana S&oslash;rensen</a>, an economist.</p></article></body></html>"
    )
    art = parse_document(page, media_type="text/html")
    (q,) = extract_quotes(art)
    assert q.text == "Caf\u00e9 prices will rise,"
    c = q.content[0]
    assert page[c.byte_start : c.byte_end] == b"Caf&eacute; prices will rise,"
    assert q.speaker is not None
    assert page[q.speaker.byte_start : q.speaker.byte_end] == b"Ana S&oslash;rensen"
    assert q.cue is not None and page[q.cue.byte_start : q.cue.byte_end] == b"said"


def test_seed_article() -> None:
    data = SEED.read_bytes()
    art = parse_document(data, media_type="text/markdown", charset="utf-8")
    found = extract_quotes(art)
    assert found == extract_quotes(art)  # deterministic
    by_text = {(q.quoted[0] if q.quoted else q.content[0]).text[:30]: q for q in found}
    marzuk = by_text["Trufanov will definitely be re"]
    assert marzuk.kind == "direct"
    assert speaker(marzuk) == "Marzuk" and marzuk.speaker_name == "Musa Abu Marzuk"
    assert marzuk.cue is not None and marzuk.cue.text == "told"
    gesture = by_text["That is our answering gesture "]
    assert gesture.cue is not None and gesture.cue.text == "was quoted as saying"
    assert gesture.speaker_name == "Musa Abu Marzuk"
    stage = by_text["second stage,"]
    assert stage.kind == "mixed" and speaker(stage) == "he"
    assert stage.speaker_name == "Musa Abu Marzuk"
    stress = by_text["again placed particular stress"]
    assert stress.kind == "mixed" and speaker(stress) == "the ministry"
    assert by_text["promises"].kind == "mixed"
    assert stage.antecedents[-1].text == "Musa Abu Marzuk"
    assert stage.antecedents[0].end <= stage.speaker.start
    for q in found:
        for c in (*q.content, *q.quoted, *q.marks, *q.antecedents):
            assert data[c.byte_start : c.byte_end].decode() == c.text


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("\u201dWe will not give up on the town.\u201d \u2015 Ana Cruz", "We will not give up"),
        ("Lee wrote this:\n\n\u201cWe will not give up on the town.\u201c", "We will not give up"),
        ("\u201d \u2026 we will not give up on the town,\u201d Lee wrote.", "we will not give up"),
    ],
)
def test_a_quote_typed_with_the_other_curly_mark_is_found(text: str, inner: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + text) if q.kind == "direct" and inner in q.text]
    assert len(found) == 1
    assert speaker(found[0]) in ("Ana Cruz", "Lee")
