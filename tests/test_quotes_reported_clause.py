"""Reported speech found where the grammar makes it certain: the reported clause after
a verb of saying, whatever its last words. Short passages of our own."""

from __future__ import annotations

import pytest

from provenance.quotes import Quote
from tests.quote_helpers import quotes


def indirect(text: str) -> list[Quote]:
    return [q for q in quotes("Intro line.\n\n" + text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("passage", "content", "speaker"),
    [
        (
            "Analysts said the new tariffs could change that.",
            "the new tariffs could change that",
            "Analysts",
        ),
        (
            "The mayor said the repairs would not do that for years.",
            "the repairs would not do that for years",
            "The mayor",
        ),
        # the conjunction after an adjunct still opens the clause
        (
            "The mayor said this week that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "The mayor",
        ),
    ],
)
def test_that_after_a_modal_is_the_clause_object(passage: str, content: str, speaker: str) -> None:
    (q,) = indirect(passage)
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    ("passage", "first", "second", "speaker"),
    [
        (
            '"It will take time," Lee said on Friday, adding that the board would meet in May.',
            "It will take time,",
            "the board would meet in May",
            "Lee",
        ),
        (
            "The plant will close in June, the manager said, adding that most staff would move.",
            "The plant will close in June",
            "most staff would move",
            "the manager",
        ),
        (
            '"We lost," Lee said, adding he would run again next year.',
            "We lost,",
            "he would run again next year",
            "Lee",
        ),
    ],
)
def test_participle_after_the_frame_is_a_second_report(
    passage: str, first: str, second: str, speaker: str
) -> None:
    found = quotes("Intro line.\n\n" + passage)
    assert [q.text for q in found] == [first, second]
    assert found[1].kind == "indirect"
    assert found[1].cue is not None and found[1].cue.text == "adding"
    assert [q.speaker.text if q.speaker else None for q in found] == [speaker, speaker]


@pytest.mark.parametrize(
    "passage",
    [
        '"We lost," Lee said, adding a joke about the weather.',  # an object, no clause
        '"We lost," Lee said, adding that "the count was wrong."',  # quoted: a mixed quote
    ],
)
def test_participle_without_its_own_plain_clause_adds_no_report(passage: str) -> None:
    assert indirect(passage) == []


@pytest.mark.parametrize(
    ("passage", "content", "speaker"),
    [
        (
            "In addition, according to the ministry, about two million more homes will get power.",
            "about two million more homes will get power",
            "the ministry",
        ),
        (
            "But according to the survey, a third of the farms remain unsold.",
            "a third of the farms remain unsold",
            "the survey",
        ),
        (
            "The firm is hiring lawyers, according to an aide who was not allowed to speak.",
            "The firm is hiring lawyers",
            "an aide who was not allowed to speak",
        ),
    ],
)
def test_according_to_after_an_opener_or_with_a_relative_clause(
    passage: str, content: str, speaker: str
) -> None:
    (q,) = indirect(passage)
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == speaker


def test_according_to_after_a_clause_keeps_the_clause_before() -> None:
    (q,) = indirect("Prices of grain rose sharply, according to the agency, in May and June.")
    assert q.text.startswith("Prices of grain rose sharply")


def test_a_person_finding_something_is_no_document_frame() -> None:
    assert indirect("The team played well in the second half, the coach found.") == []


@pytest.mark.parametrize(
    "passage",
    [
        "The two taped an hourlong show that aired on Friday night.",
        "The strain began to show when the team lost its third game in a row.",
        "They show the way to the river every single day.",
    ],
)
def test_show_as_a_noun_or_without_a_finding_is_no_report(passage: str) -> None:
    assert indirect(passage) == []


@pytest.mark.parametrize(
    ("passage", "content", "speaker"),
    [
        (
            "He gave money to a fund that prosecutors said was a front for the gang.",
            "that prosecutors said was a front for the gang",
            "prosecutors",
        ),
        (
            "The new fees, which officials said will start in June, are not popular.",
            "which officials said will start in June",
            "officials",
        ),
    ],
)
def test_a_relative_clause_whose_gap_is_the_reported_subject(
    passage: str, content: str, speaker: str
) -> None:
    (q,) = indirect(passage)
    assert q.text == content
    assert q.speaker is not None and q.speaker.text == speaker


def test_that_as_a_conjunction_before_a_report_is_no_relative_frame() -> None:
    (q,) = indirect("The mayor noted that experts say the bridge is safe.")
    assert q.speaker is not None and q.speaker.text == "The mayor"


def test_a_second_report_after_a_mixed_quote_is_its_own() -> None:
    found = quotes(
        'Intro line.\n\nThe senator said it was "a mistake" to use the account, but Jo Lee '
        "denied that she mishandled secret files."
    )
    assert [(q.kind, q.text) for q in found] == [
        ("mixed", 'it was "a mistake" to use the account'),
        ("indirect", "she mishandled secret files"),
    ]
    assert found[1].speaker is not None and found[1].speaker.text == "Jo Lee"
    assert found[1].cue is not None and found[1].cue.text == "denied"


def test_the_same_subjects_second_verb_after_a_mixed_quote() -> None:
    found = quotes(
        'Intro line.\n\nChina said it was "firmly opposed" to the test and warned that '
        "further moves would hurt the region."
    )
    assert [(q.kind, q.text) for q in found] == [
        ("mixed", 'it was "firmly opposed" to the test'),
        ("indirect", "further moves would hurt the region"),
    ]
    assert [q.speaker.text if q.speaker else None for q in found] == ["China", "China"]


def test_the_quotes_own_frame_after_it_is_no_second_report() -> None:
    found = quotes('Intro line.\n\n"The rules are just so unfair" to us, he said in an interview.')
    assert [q.kind for q in found] == ["mixed"]


def test_a_participle_between_two_pieces_of_one_quote_keeps_the_quote_joined() -> None:
    found = quotes(
        'Intro line.\n\n"We lost," Lee said, adding that the count was wrong. "We will be back."'
    )
    assert [(q.kind, q.text) for q in found] == [("direct", "We lost, We will be back.")]


def test_a_month_before_that_is_no_modal() -> None:
    (q,) = indirect("The agency projected in May that the new tariffs would cut growth.")
    assert q.text == "the new tariffs would cut growth"


@pytest.mark.parametrize(
    ("passage", "content"),
    [
        ("However, the plan will fail, she said.", "the plan will fail"),
        ("But the vote was close, Lee said.", "the vote was close"),
        ("Still, the deal is good, Lee said.", "the deal is good"),
        ("Still waters run deep, Lee said.", "Still waters run deep"),
    ],
)
def test_a_writers_connective_is_no_part_of_what_was_said(passage: str, content: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"]
    assert [q.text for q in found] == [content]
