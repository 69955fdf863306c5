""" "her campaign", "his office": the body of the person the pronoun stands for, named as
theirs ("Ana Ruiz's campaign"), when that person is the one the story is about or the
text names the body after them elsewhere; an adviser quoted last is not whose campaign
it is. The verifier accepts such a name. Short passages of our own."""

from __future__ import annotations

from provenance.quotes.evidence import chain_problem
from tests.quote_helpers import chain_ok, names_no_one, quote_of

LEAD = "Race Tightens\n\n"


def test_her_campaign_is_the_candidate_s() -> None:
    text = LEAD + (
        "Ana Ruiz spoke in Ohio on Monday. Ruiz told voters she would fight for jobs.\n\n"
        '"She will win this state," her campaign said.\n'
    )
    q = quote_of(text, "She will win")
    assert q.speaker_name == "Ana Ruiz's campaign"
    assert q.resolution == "description, whose it is"
    chain_ok(q)


def test_the_body_named_after_the_person_elsewhere() -> None:
    text = LEAD + (
        "The Ruiz campaign bought new ads. Jo Hale, a pollster, said the race was close. "
        "Ruiz spoke in Ohio, and Hale spoke in Iowa. Ruiz and Hale met on Friday.\n\n"
        'Ruiz later said she was "not worried." Her campaign said it had "money to '
        'spare."\n'
    )
    assert quote_of(text, "it had").speaker_name == "Ruiz's campaign"


def test_an_adviser_quoted_last_is_not_whose_campaign() -> None:
    text = LEAD + (
        "Ben Carter ran for governor. Carter spoke in Ohio. Carter spoke in Iowa.\n\n"
        '"He has to win the cities," said Tom Reyes, an adviser to the rival.\n\n'
        "But his campaign showed no sign of giving up.\n\n"
        'His campaign said it would "fight on."\n'
    )
    q = quote_of(text, "it would")
    assert q.speaker_name != "Tom Reyes's campaign"


def test_no_one_before_her() -> None:
    text = LEAD + '"We will win," her campaign said.\n'
    assert names_no_one(quote_of(text, "We will win"))


def test_the_verifier_accepts_only_the_pronoun_s_person() -> None:
    mention = ("her campaign", 60)
    chain = (("Ana Ruiz", 0),)
    assert chain_problem(mention, chain, "Ana Ruiz's campaign") is None
    assert chain_problem(mention, chain, "Jo Hale's campaign") is not None
    assert chain_problem(("her lawyer", 60), chain, "Ana Ruiz's lawyer") is not None
