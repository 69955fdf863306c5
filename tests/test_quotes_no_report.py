"""Cue words that report nothing in their sentence: refusals, places after the verb, nouns
and adjectives, suppositions, negated knowing, evidence shown, verbs with a bare object.
Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention, quote_of, quotes

NOT_REPORTS = [
    "Both companies declined to comment on the report.",
    "The index declined 0.3% on Tuesday while bonds rose.",
    "The director testified before the Senate Judiciary Committee on Monday.",
    "Employees waited for weeks after the company abandoned plans for a public offering.",
    "The court will rule on his alleged role in the leak of the files.",
    "Others might argue that any review should include the rocket itself.",
    "If they really believed that the mayor was weak, they would have waited.",
    "Most people don't know where to start when they open a shop.",
    "Video footage shows police using tear gas to clear the square.",
    "Members of the council questioned the agency's use of the funds.",
    "The council concluded its third public hearing on the budget.",
    "After an episode, patients may feel a strong sense of guilt.",
    "In recent weeks, several local businesses have called off projects with him because of his remarks.",
    "The coach went on to win two more titles with the club before he retired.",
    "The mayor defended himself against charges of favouritism at a rally.",
    "A newcomer (think Bill Carter in Iowa in 1976) can still surge in the spring.",
    "The governor now holds a clear majority of pledged delegates in the state.",
    "With the storm season near, a local radio host stoking fears of a flood, the town acted.",
    "The new contract, reached on Friday, would run for three years and must be approved by "
    "the members.",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_no_attribution(text: str) -> None:
    assert [(q.kind, q.text) for q in quotes(text) if q.kind == "indirect"] == []


REPORTS = [
    ("The spokesman declined to comment, but said that the talks had failed.", "the talks"),
    ("The director testified that the prison was understaffed.", "the prison"),
    ("The company said its plans for a public offering were on hold.", "its plans"),
    ("Others argue that any review should include the rocket itself.", "any review"),
    ("Police said the footage shows officers using tear gas.", "the footage"),
    ("Members of the council questioned whether the funds were spent well.", "whether"),
    ("The coach went on to say that the club would sign two more players.", "the club"),
    ("The contract has been criticized by the union as a poor deal for nurses.", "The contract"),
]


@pytest.mark.parametrize(("text", "start"), REPORTS)
def test_the_same_words_still_report(text: str, start: str) -> None:
    q = quote_of(text, start)
    assert mention(q) is not None


def test_a_negated_verb_a_refused_thing_and_a_plan_as_a_noun_report_nothing() -> None:
    text = (
        "Taxes came up again on Monday.\n\n"
        "While denouncing tax avoidance to crowds, she has not outlined a plan to overhaul "
        "corporate taxes and may not do so this year.\n\n"
        "Earlier on Sunday, Gore declined an interview request from the paper.\n\n"
        "He helped conceive a plan that would allow the two firms to merge this year.\n"
    )
    assert quotes(text) == []


def test_an_announced_plan_and_a_plain_report_stay() -> None:
    text = (
        "Solar costs are falling.\n\n"
        "The trade ministry has unveiled a plan to help the industry cut the costs of solar "
        "modules.\n\n"
        "Lee said she would not run again next year.\n"
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        "to help the industry cut the costs of solar modules",
        "she would not run again next year",
    ]
