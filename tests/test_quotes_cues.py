"""What counts as a cue of speech: ordinary words, nouns outside attribution
frames, imperatives, passives, titles and headings. Short passages of our own."""

from __future__ import annotations

import pytest

from provenance.parse import parse_document
from provenance.quotes import Quote, extract_quotes
from tests.quote_helpers import quotes


def attributed(text: str) -> list[Quote]:
    """Quotes with quotation marks that name a speaker."""
    return [q for q in quotes(text) if q.kind in ("direct", "mixed") and q.speaker is not None]


@pytest.mark.parametrize(
    "passage",
    [
        'Police found "a large quantity" of cash in the boot of the car.',
        'The bill, called "the Freedom of Roads Act" by its authors, passed easily.',
        'The rain continued well into "the small hours" of the night.',
        'His blog comments are "mostly jokes" about the weather.',
        'The shot "came out of nowhere" and hit the post.',
        'The promises in the brochure of "a new dawn" came to nothing.',
        'The insurer\'s claim form asks about "prior damage" to the roof.',
    ],
)
def test_ordinary_words_are_not_cues(passage: str) -> None:
    assert attributed("Intro line.\n\n" + passage) == []


def test_noun_cue_in_an_attribution_frame() -> None:
    found = attributed(
        'Intro line.\n\nSmith\'s comments that the vote was "rigged from the start" '
        "drew criticism from both parties."
    )
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.text == "Smith"
    assert found[0].cue is not None and found[0].cue.text == "comments"


def test_imperative_is_never_a_speaker() -> None:
    found = quotes('Intro line.\n\nDon\'t worry: "the best is yet to come."')
    assert all(q.speaker is None or "Don" not in q.speaker.text for q in found)
    found = attributed(
        'Intro line.\n\nDon\'t worry, "the best is yet to come," the coach told fans.'
    )
    assert [q.speaker.text for q in found if q.speaker] == ["the coach"]


def test_passive_frames_do_not_take_the_topic_as_source() -> None:
    for passage in (
        'The suspect is believed to have "fled the country by boat."',
        'The deal was reported to be "very close to done."',
    ):
        found = quotes("Intro line.\n\n" + passage)
        assert all(q.speaker is None for q in found), [(q.text, q.speaker) for q in found]


def test_passive_with_an_agent_takes_the_agent() -> None:
    found = attributed('Intro line.\n\nThe deal was described by Reuters as "very close to done."')
    assert [q.speaker.text for q in found if q.speaker] == ["Reuters"]


def test_intention_and_perception_frames() -> None:
    found = attributed('Intro line.\n\nThe mayor plans to "fix every road in the city."')
    assert [q.speaker.text for q in found if q.speaker] == ["The mayor"]
    found = attributed('Intro line.\n\nThe mayor will "fix every road in the city."')
    assert found == []


@pytest.mark.parametrize(
    "passage",
    [
        'Her memoir, "Becoming Someone Else," was published in 2018, Lee said.',
        'In his book "The Long Road Home," Smith writes about the war.',
        'The band played "Fast Car Tonight" twice, fans said.',
    ],
)
def test_titles_are_not_quotes(passage: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind in ("direct", "mixed")]
    assert found == [], [(q.kind, q.text) for q in found]


def test_headings_are_never_sources() -> None:
    page = (
        b"<html><body><article><h1>Big night</h1><p>Intro text of the story here.</p>"
        b"<h2>Keep Calm and Carry On</h2>"
        b'<p>"We will rebuild," the mayor said on Tuesday.</p></article></body></html>'
    )
    art = parse_document(page, media_type="text/html")
    found = [q for q in extract_quotes(art) if q.kind == "direct"]
    assert [q.speaker.text for q in found if q.speaker] == ["the mayor"]
