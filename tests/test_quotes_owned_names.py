"""A person named after a body's possessive ("CNN's Jake Tapper") is that person; "as X
puts it" reports X's words; a quote standing alone after someone's quoted sentence goes
on with them. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, names_no_one, quote_of

LEAD = "Harbour Vote\n\n"


def test_a_body_s_person_is_the_person() -> None:
    text = LEAD + '"We will see," the Herald\'s Ada Kerr said on Monday.\n'
    q = quote_of(text, "We will see")
    assert q.speaker_name == "Ada Kerr"
    chain_ok(q)
    text = LEAD + 'The Herald\u2019s Ada Kerr said the mayor had "run out of road."\n'
    q = quote_of(text, "the mayor had")
    assert q.speaker_name == "Ada Kerr"
    chain_ok(q)


def test_a_person_s_body_stays_the_body() -> None:
    text = LEAD + '"It is over," Jo Hale\'s campaign said.\n'
    q = quote_of(text, "It is over")
    assert q.speaker_name != "Jo Hale"


def test_as_she_puts_it() -> None:
    text = LEAD + (
        "As the Herald's Ada Kerr puts it, the mayor is trying to make the board "
        '"an offer it cannot refuse."\n'
    )
    q = quote_of(text, "the mayor is trying")
    assert mention(q) == "the Herald's Ada Kerr"
    assert q.speaker_name == "Ada Kerr"
    text = LEAD + 'As Tom Reyes puts it in a column, "the port is dying."\n'
    assert quote_of(text, "the port is dying").speaker_name == "Tom Reyes"


def test_puts_it_at_risk_is_no_saying() -> None:
    text = LEAD + 'The tax puts it at risk of "losing every single ship in the fleet."\n'
    q = quote_of(text, "losing every single ship")
    assert names_no_one(q)


def test_a_quote_alone_goes_on_with_the_speaker_of_a_quoted_sentence() -> None:
    text = LEAD + (
        'The mayor "is tapping into something very deep in this town," Ada Kerr, a '
        "harbour pilot, told the Herald.\n\n"
        '"He has made the board the villain of the story. It is working."\n'
    )
    q = quote_of(text, "He has made the board")
    assert q.speaker_name == "Ada Kerr"
    assert "carried from the previous quote" in q.resolution


def test_a_quoted_phrase_is_no_speaker_to_go_on_with() -> None:
    text = LEAD + (
        'Ada Kerr called the plan "a folly" on Monday.\n\n'
        '"The harbour will be full of ships again by the spring."\n'
    )
    q = quote_of(text, "The harbour will be full")
    assert q.speaker_name != "Ada Kerr"
