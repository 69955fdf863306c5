"""A sentence's first word followed by a role set off by commas is a name ("Hale, the
team's coach,"), that "the coach" later points back to; a place named so is no one
("Paris, the capital,"); a "Chicago-based" company is no body of its own, nor a place
that another body's description must name. Short passages of our own."""

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
