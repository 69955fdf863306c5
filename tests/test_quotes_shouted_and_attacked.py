"""A quote with its own frame of shouting ("..., she yells") is that frame's, never the
last speaker's; "X attacked "..."" reports X's words, a storm's attack none. Short
passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of

LEAD = "Harbour Vote\n\n"


def test_a_yelled_quote_is_not_carried_from_the_last_speaker() -> None:
    text = LEAD + (
        '"We are closing the gate," Tom Reyes said.\n\n'
        '"Did you shut it? It better not be locked," she yells while running down the quay.\n'
    )
    q = quote_of(text, "Did you shut it")
    assert mention(q) == "she"
    assert q.speaker_name != "Tom Reyes"


def test_attacked_a_quoted_phrase() -> None:
    text = LEAD + (
        'In an August speech, Tom Reyes attacked "the hateful ideology of the harbour '
        'board and its friends."\n'
    )
    assert quote_of(text, '"the hateful ideology').speaker_name == "Tom Reyes"


def test_a_storm_attacks_no_words() -> None:
    text = LEAD + 'The storm attacked "the weakest parts of the old sea wall" first.\n'
    assert names_no_one(quote_of(text, "The storm attacked"))
