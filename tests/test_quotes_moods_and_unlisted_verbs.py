"""A name with an adjective of mood as the speaker ('"...," an angry Vell retorted'), and a
past verb of no list that ends a quote's frame ('"...," Hale surmised.'). Short passages
of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, quote_of

LEAD = "Harbour Vote\n\n"


def test_a_name_in_a_mood_after_a_quote_is_the_speaker() -> None:
    text = LEAD + (
        "Tom Hale said the harbour had lost its way: ''The harbour is no longer the "
        "harbour,'' he claimed.\n\n''The harbour will always be the harbour,'' an angry Vell "
        "retorted. ''It never gives up.''\n"
    )
    q = quote_of(text, "The harbour will always be the harbour")
    assert q.kind == "direct"
    assert mention(q) == "an angry Vell"
    assert q.speaker_name == "Vell"
    chain_ok(q)


def test_an_unlisted_past_verb_after_a_quote_frames_it() -> None:
    for verb in ("retaliated", "surmised", "elaborated"):
        text = LEAD + (
            "Ann Moss, 39, worried that voters read too little news.\n\n''People are afraid "
            f"of wasting their votes,'' she {verb}. ''I see it every day.''\n"
        )
        q = quote_of(text, "People are afraid of wasting their votes")
        assert q.kind == "direct"
        assert q.speaker_name == "Ann Moss"
        chain_ok(q)


def test_a_mood_adjective_after_a_verb_is_no_part_of_the_speaker() -> None:
    # "It's a dynamic Hale said could ...": "a dynamic" is the object of "It's".
    text = LEAD + (
        "Stan Hale runs the poll.\n\nIt's a dynamic Hale said could drive those voters "
        "toward the harbour party this fall.\n"
    )
    q = quote_of(text, "could drive those voters")
    assert mention(q) == "Hale"
