"""A noun for a person of a nation or a party, capitalised as it must be ("the
Dutchman", "the Maine Republican"), is no name of its own: it stands for the person in
focus, the name set off after it, or no one. Short passages of our own."""

from __future__ import annotations

import pytest

from provenance.quotes.evidence import mention_kind
from tests.quote_helpers import chain_ok, names_no_one, quote_of

LEAD = "Harbour Vote\n\n"


def test_a_place_before_the_party_noun_is_still_the_person_in_focus() -> None:
    text = LEAD + (
        'Senator Joan Pike spoke first on Monday. "We need answers," the Maine Republican said.\n'
    )
    q = quote_of(text, "We need answers")
    assert q.speaker_name == "Joan Pike"
    assert q.resolution == "description, the person in focus"
    chain_ok(q)


def test_two_people_before_the_party_noun_leave_it_unnamed() -> None:
    text = LEAD + (
        'Joan Pike and Tom Hale met on Monday. "We need answers," the Maine Republican said.\n'
    )
    q = quote_of(text, "We need answers")
    assert names_no_one(q)
    assert q.speaker_name != "Maine Republican"


def test_the_name_set_off_after_the_party_noun_is_the_speaker() -> None:
    text = LEAD + 'The Maine Republican, Joan Pike, said "we need answers."\n'
    q = quote_of(text, "we need answers")
    assert q.speaker_name == "Joan Pike"
    chain_ok(q)


def test_a_party_of_a_place_stays_a_body() -> None:
    text = LEAD + '"We need answers," said the Maine Republican Party in a statement.\n'
    assert quote_of(text, "We need answers").speaker_name == "the Maine Republican Party"


def test_a_nationality_after_a_name_with_a_particle_is_that_person() -> None:
    text = LEAD + (
        'Manchester United manager Erik ten Hag said his side had been "unlucky". The '
        'Dutchman added: "We created enough chances to win."\n'
    )
    q = quote_of(text, "We created enough")
    assert q.speaker_name == "Erik ten Hag"
    chain_ok(q)
    assert quote_of(text, "his side had been").speaker_name == "Erik ten Hag"


def test_a_nationality_with_no_one_in_focus_is_no_name() -> None:
    text = LEAD + (
        'The match ended 1-1 in Madrid on Sunday. "We deserved more," the Spaniard said.\n'
    )
    q = quote_of(text, "We deserved more")
    assert q.speaker_name is None


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("The Dutchman", "description"),
        ("The Ohio Republican", "description"),
        ("The New York Democrat", "description"),
        ("The Maine Republican Party", "name"),
        ("The New York Times", "name"),
        ("Dutchman", "name"),
    ],
)
def test_people_nouns_are_descriptions(words: str, kind: str) -> None:
    assert mention_kind(words) == kind


def test_a_body_named_by_its_own_head_word_keeps_its_name() -> None:
    text = LEAD + 'The Kremlin said on Monday it was "deeply concerned."\n'
    assert quote_of(text, "it was").speaker_name == "Kremlin"
    text = LEAD + (
        "The New York Times reported the deal first.\n\n"
        'The Times said the talks were "close to a deal."\n'
    )
    q = quote_of(text, "the talks")
    assert q.speaker_name == "New York Times"
    chain_ok(q)


def test_a_players_position_and_nationality_stand_for_the_player_in_focus() -> None:
    text = LEAD + 'Lionel Messi scored twice. "We played well," the Argentine forward said.\n'
    q = quote_of(text, "We played well")
    assert q.speaker_name == "Lionel Messi"
    chain_ok(q)
    text = LEAD + 'Jo Hale met Ana Ruiz after the match. "We lost," the striker said.\n'
    assert names_no_one(quote_of(text, "We lost"))


def test_a_party_noun_that_may_name_a_body_is_not_read_as_a_nationality() -> None:
    text = LEAD + (
        'The Republican National Committee met on Monday.\n\n"We are ready," the Republican said.\n'
    )
    q = quote_of(text, "We are ready")
    assert "nationality" not in q.resolution
