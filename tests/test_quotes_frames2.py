"""Reported speech in a verb and a preposition ("called for", "pointed to ... as"),
"according to" with any source phrase, and two reporting verbs of one subject; and the
look-alikes that report nothing. Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention, quotes

REPORTS = [
    (
        "The union leader called for more school funding in a statement on Thursday.",
        "The union leader",
        "more school funding",
    ),
    (
        "Ortega called on the council to drop the fee and apologize to residents.",
        "Ortega",
        "the council to drop the fee",
    ),
    (
        "The governor called Friday for releasing the inspection reports in full.",
        "The governor",
        "releasing the inspection reports",
    ),
    (
        "She pointed to the rising cost of housing as the main reason for the move.",
        "She",
        "the rising cost of housing",
    ),
    (
        "Farmers are talking about a new levy on imported grain this season.",
        "Farmers",
        "a new levy",
    ),
    (
        "He railed against the influence of private donors on local races.",
        "He",
        "the influence of private donors",
    ),
    (
        "The senator raised questions about the integrity of the count in two towns.",
        "The senator",
        "the integrity of the count",
    ),
    (
        "About 4,000 families in the valley rent their homes, according to county records.",
        "county records",
        "About 4,000 families",
    ),
    (
        "According to a new survey by the chamber, most shops plan to hire in spring.",
        "a new survey by the chamber",
        "most shops plan to hire",
    ),
    (
        "Fares would rise by as much as 9 percent, according to the transit board, more than "
        "any other city.",
        "the transit board",
        "Fares would rise",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), REPORTS)
def test_reported(text: str, speaker: str, content: str) -> None:
    found = [q for q in quotes(text) if q.kind == "indirect" and content in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(text)]
    assert mention(found[0]) == speaker
    assert not found[0].text.startswith(("for ", "on ", "to ", "about ", "against "))


NOT_REPORTS = [
    "The recipe calls for two eggs and a cup of flour.",
    "The situation calls for patience from everyone involved.",
    "The teacher called on a student in the back row.",
    "She pointed to the door and walked out of the room.",
    "His calls for a ban on imports were ignored by the committee.",
    "Everything went according to plan, and the rocket reached orbit on time.",
    "The boxes were sorted according to size, then loaded onto the trucks.",
    "If they pushed for a vote, the bill would fail in the house.",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_no_attribution(text: str) -> None:
    assert [(q.kind, q.text) for q in quotes(text) if q.kind == "indirect"] == []


def test_two_reporting_verbs_of_one_subject() -> None:
    text = "The ministry condemned the missile test and said it would seek new sanctions."
    found = [(mention(q), q.text) for q in quotes(text) if q.kind == "indirect"]
    assert found == [
        ("The ministry", "the missile test"),
        ("The ministry", "it would seek new sanctions"),
    ]
    # the cue of the second is its own verb
    second = next(q for q in quotes(text) if q.text.startswith("it would"))
    assert second.cue is not None and second.cue.text == "said"


def test_but_said_splits_after_a_that_clause() -> None:
    text = "Carson admitted that the course name was wrong, but said his aides had found the page."
    found = [q.text for q in quotes(text) if q.kind == "indirect"]
    assert found == ["the course name was wrong", "his aides had found the page"]


@pytest.mark.parametrize(
    "text",
    [
        # the join is inside the reported clause: one attribution
        "He said that the mayor resigned and said nothing about the budget at all.",
        "She bought a house in the suburbs and said she loved the quiet streets there.",
        "Officials said the storm, which flooded roads and said to be the worst in years, passed.",
    ],
)
def test_no_split(text: str) -> None:
    assert len([q for q in quotes(text) if q.kind == "indirect"]) <= 1


def test_a_name_with_an_apposition_is_the_subject_not_the_phrase_after_said() -> None:
    text = (
        "But Lena Moss, head of outreach at the Harbor Fund, said parents still want small schools."
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(mention(q), q.text) for q in found] == [
        ("Lena Moss", "parents still want small schools")
    ]


def test_a_participle_after_the_frame_ends_the_content() -> None:
    text = "The plant will close next year, the company said, adding that 300 jobs would go."
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert (mention(found[0]), found[0].text) == (
        "the company",
        "The plant will close next year",
    )
    # an aside in the middle of the sentence still joins its two halves
    aside = [q for q in quotes("The costs, she said, are far higher than anyone expected.")]
    assert [q.text for q in aside] == ["The costs are far higher than anyone expected"]
