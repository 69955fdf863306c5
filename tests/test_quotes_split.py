"""A quoted sentence split by its frame, the frame followed by phrases set off by
commas: one direct quote of two pieces. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, quotes

LEAD = "The river rose all week.\n\n"


def test_a_frame_with_a_place_and_a_state_abbreviation_keeps_one_quote() -> None:
    text = (
        LEAD + '"The water will fall by Friday," Ann Lee said at a meeting in Dover, Del., '
        '"but the fields will stay wet for a month."'
    )
    found = [q for q in quotes(text) if q.kind != "scare"]
    assert len(found) == 1
    q = found[0]
    assert q.kind == "direct" and mention(q) == "Ann Lee"
    assert [p.text[:9] for p in q.quoted] == ["The water", "but the f"]


def test_a_frame_with_a_participle_phrase_keeps_one_quote() -> None:
    text = (
        LEAD + '"Every time it rains," Tom Berg said, pointing at the bank, '
        '"we lose another yard of the garden."'
    )
    found = [q for q in quotes(text) if q.kind != "scare"]
    assert [(q.kind, len(q.quoted), mention(q)) for q in found] == [("direct", 2, "Tom Berg")]


def test_a_frame_followed_by_a_cue_of_its_own_stays_apart() -> None:
    text = LEAD + '"We sing," Ann Lee sang to the crowd before asking them, "do you?"'
    first = [q for q in quotes(text) if q.text.startswith("We sing")]
    assert len(first) == 1 and len(first[0].quoted) == 1


def test_a_fragment_and_the_speakers_next_sentence_in_its_paragraph_are_one_quote() -> None:
    text = (
        LEAD + 'Still, the harbour is "just scraping by," Mr. Holm said from his office. '
        '"The boats are old and the quay is falling apart."'
    )
    found = [q for q in quotes(text) if q.kind in ("direct", "mixed")]
    assert len(found) == 1
    q = found[0]
    assert q.kind == "mixed" and mention(q) == "Mr. Holm"
    assert [p.text[:9] for p in q.quoted] == ["just scra", "The boats"]


def test_a_fragment_and_a_quote_of_the_next_paragraph_stay_apart() -> None:
    text = (
        LEAD + 'Still, the harbour is "just scraping by," Mr. Holm said from his office.\n\n'
        '"The boats are old and the quay is falling apart."'
    )
    found = [q for q in quotes(text) if q.kind in ("direct", "mixed")]
    assert len(found) == 2
