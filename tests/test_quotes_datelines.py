"""A dateline that opens a story's first paragraph is the writer's: no quote's words,
no speaker. Short passages of our own."""

from __future__ import annotations

import pytest

from provenance.quotes.datelines import dateline_end
from tests.quote_helpers import mention, names_no_one, quote_of

_OPENINGS = [
    "OSLO \u2014 ",
    "SANTA FE, N.M. -- ",
    "LOS ANGELES, Sept. 28 (UPI) \u2014 ",
    "MARSEILLE (Reuters) - ",
    "Tallinn (AP) \u2014 ",
]


@pytest.mark.parametrize("dateline", _OPENINGS)
def test_dateline_is_no_part_of_the_quote(dateline: str) -> None:
    text = f"Intro line.\n\n{dateline}The harbour plan is \u201cdead in the water,\u201d said one pilot.\n"
    q = quote_of(text, "The harbour plan")
    assert q.text == "The harbour plan is \u201cdead in the water,\u201d"
    assert mention(q) == "one pilot"


def test_dateline_is_no_speaker() -> None:
    text = "Intro line.\n\nOSLO \u2014 The port authority said the plan was \u201cfinal.\u201d\n"
    q = quote_of(text, "the plan")
    assert mention(q) == "The port authority"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jo Roe - a painter - said it was a joke.",
        "Sen. Al Poe (D-Va.) \u2014 who chairs the panel \u2014 said no.",
        "OSLO is cold in May.",
        "The plan \u2014 a bold one \u2014 failed.",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert dateline_end(paragraph, 0, len(paragraph)) == 0


@pytest.mark.parametrize("dateline", _OPENINGS)
def test_the_dateline_s_place_is_no_body_a_description_names(dateline: str) -> None:
    text = f"Intro line.\n\n{dateline}Lending rose sharply last year, the bank said.\n"
    q = quote_of(text, "Lending rose")
    assert mention(q) == "the bank"
    assert names_no_one(q)
