"""A sentence's first word followed by a role set off by commas is a name ("Hale, the
team's coach,"), that "the coach" later points back to; a place named so is no one
("Paris, the capital,"); a "Chicago-based" company is no body of its own, nor a place
that another body's description must name; a name before an apposition whose closing
comma is missing ("Ann Wu, president and chief executive of the club stated") is the
speaker, and so is a signature after a dash with a role after it; a party and state in
brackets after a name ("(D-Ohio)") is no part of it. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import names_no_one, quote_of

LEAD = "Cup Final\n\n"


def test_the_coach_is_the_name_before_its_role() -> None:
    text = LEAD + ('Hale, the team\'s coach, was angry.\n\n"We were robbed," the coach said.\n')
    q = quote_of(text, "We were robbed")
    assert q.speaker_name == "Hale"
    assert q.resolution == "description"


def test_a_place_before_a_role_noun_is_no_one() -> None:
    text = LEAD + ('Paris, the capital, was quiet.\n\n"We were robbed," the mayor said.\n')
    assert names_no_one(quote_of(text, "We were robbed"))


def test_a_company_based_somewhere_is_the_company_named() -> None:
    text = LEAD + (
        "Acme said profits fell in the spring.\n\n"
        'The Chicago-based company said it expected "a better second half."\n'
    )
    assert quote_of(text, "it expected").speaker_name == "Acme"


def test_an_apposition_without_its_closing_comma() -> None:
    text = LEAD + (
        "Ann Wu, president and chief executive of the Harbour Club stated, \"It's a math "
        'problem."\n'
    )
    assert quote_of(text, "It's a math").speaker_name == "Ann Wu"


def test_a_relative_clause_without_its_closing_comma() -> None:
    text = LEAD + (
        '"We will not back down," Ann Wu, who is chairman of the Harbour Club said in a '
        "statement.\n"
    )
    assert quote_of(text, "We will not").speaker_name == "Ann Wu"


def test_people_joined_by_and_are_no_apposition() -> None:
    text = LEAD + (
        "Despite the feud over the Harbour Act, many fans and some players say it had "
        '"real successes."\n'
    )
    q = quote_of(text, "it had")
    assert q.speaker_name != "Harbour Act"


def test_a_signature_after_a_dash_with_a_role() -> None:
    text = LEAD + '"I love this city." -- Ann Wu, resident since 1970\n\nThe fair opens today.\n'
    q = quote_of(text, "I love this city")
    assert q.kind == "direct"
    assert q.speaker_name == "Ann Wu"


def test_a_party_and_state_in_brackets_is_no_part_of_the_name() -> None:
    text = LEAD + '"We will fight on," said Rep. Ann Wu (D-Ohio).\n'
    q = quote_of(text, "We will fight")
    assert q.speaker is not None and q.speaker.text == "Rep. Ann Wu"
    assert q.speaker_name == "Rep. Ann Wu"
    text = LEAD + 'Gov. Ann Wu (R) said the ruling was "a mistake."\n'
    assert quote_of(text, "the ruling").speaker_name == "Gov. Ann Wu"
