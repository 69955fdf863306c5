"""A name of a thing (a law, a plan, a system) is no body a description of a body can
stand for: "the agency" after "the Space Launch System" is not the rocket. Short passages
of our own."""

from __future__ import annotations

from tests.quote_helpers import names_no_one, quote_of

LEAD = "Rocket Plans Slip\n\n"


def test_a_system_is_no_agency() -> None:
    text = (
        LEAD + "The Orbital Lift System has been a key part of the plans since 2010.\n\n"
        "The agency has maintained that the rocket will be essential for crewed flights.\n"
    )
    q = quote_of(text, "the rocket will")
    assert q.speaker_name != "Orbital Lift System"
    assert names_no_one(q)


def test_a_body_after_a_system_is_still_found() -> None:
    text = (
        LEAD + "The Orbital Lift System is a key part of the plans of the Nordic Space "
        "Agency. The Nordic Space Agency met on Monday.\n\n"
        "The agency has maintained that the rocket will be essential for crewed flights.\n"
    )
    assert quote_of(text, "the rocket will").speaker_name == "Nordic Space Agency"


def test_a_union_is_no_company_the_text_named() -> None:
    text = (
        LEAD + "Nordvik Boats Ltd. builds ferries in Oslo.\n\n"
        "The union said the pay offer was an insult to its members.\n"
    )
    q = quote_of(text, "the pay offer")
    assert q.speaker_name != "Nordvik Boats Ltd"
    assert names_no_one(q)


def test_a_union_named_before_is_found() -> None:
    text = (
        LEAD + "Nordvik Boats Ltd. and the Ferry Workers Union met on Monday.\n\n"
        "The union said the pay offer was an insult to its members.\n"
    )
    assert quote_of(text, "the pay offer").speaker_name == "Ferry Workers Union"
