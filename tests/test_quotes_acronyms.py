"""An acronym the story spells out ("the HPA" after "the Harbour Pilots Association")
names that body in full, by a chain a verifier accepts; one it never spells out, or
that two names fit, stays as written. Short passages of our own."""

from __future__ import annotations

from provenance.quotes.evidence import chain_problem, stands_for
from tests.quote_helpers import chain_ok, quote_of

LEAD = "Harbour Vote\n\n"


def test_an_acronym_spelled_out_before() -> None:
    text = LEAD + (
        "The Harbour Pilots Association met on Monday.\n\n"
        '"The channel is too shallow," the HPA said.\n'
    )
    q = quote_of(text, "The channel is too shallow")
    assert q.speaker_name == "Harbour Pilots Association"
    chain_ok(q)
    text = LEAD + (
        "Live Nation bought the hall on Monday.\n\n"
        'LN said the sale "will close in the spring of next year."\n'
    )
    q = quote_of(text, "the sale")
    assert q.speaker_name == "Live Nation"
    chain_ok(q)


def test_an_acronym_never_spelled_out_stays() -> None:
    text = LEAD + '"The channel is too shallow," the HPA said.\n'
    assert quote_of(text, "The channel is too shallow").speaker_name in ("HPA", "the HPA")


def test_two_names_that_fit_leave_it_as_written() -> None:
    text = LEAD + (
        "The Harbour Pilots Association and the Hale Port Authority met on Monday.\n\n"
        '"The channel is too shallow," the HPA said.\n'
    )
    assert quote_of(text, "The channel is too shallow").speaker_name in ("HPA", "the HPA")


def test_the_verifier_rule() -> None:
    assert stands_for("the IMF", "International Monetary Fund")
    assert stands_for("CBP", "U.S. Customs and Border Protection")
    assert not stands_for("the IMF", "International Fund")
    assert not stands_for("Imf", "International Monetary Fund")
    mention = ("HPA", 100, 103)
    link = ("Harbour Pilots Association", 10, 36)
    assert chain_problem(mention, (link,), "Harbour Pilots Association") is None
    other = ("Hale Port Board", 10, 25)
    assert chain_problem(mention, (other,), "Hale Port Board") is not None
