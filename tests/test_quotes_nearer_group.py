""" "They" and an organisation named sentences before: a nearer plural subject (a
plural noun phrase, a body of people) is more likely what "they" stands for, so no
name is given. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import names_no_one, quote_of


def test_plural_subject_between_org_and_they() -> None:
    text = (
        "Intro line.\n\n"
        "The Harbor Dredging Co. won the contract last year. Fishermen and local "
        "officials gathered at the pier on Monday. They said the work was "
        "\u201cruining the bay.\u201d\n"
    )
    q = quote_of(text, "the work")
    assert names_no_one(q)


def test_body_of_people_between_org_and_they() -> None:
    text = (
        "Intro line.\n\n"
        "The Harbor Dredging Co. won the contract last year. The review panel met on "
        "Tuesday. They called the bid \u201cfar too low.\u201d\n"
    )
    q = quote_of(text, "the bid")
    assert names_no_one(q)


def test_they_right_after_the_org_keeps_its_name() -> None:
    text = (
        "Intro line.\n\n"
        "The Harbor Dredging Co. won the contract last year. They said the bay would "
        "be \u201cdeeper and safer.\u201d\n"
    )
    q = quote_of(text, "the bay")
    assert q.speaker_name == "Harbor Dredging Co"


def test_owner_of_a_body_is_not_they() -> None:
    text = (
        "Intro line.\n\n"
        "The Harbor Dredging Co. won the contract last year. The mayor spoke on Monday. "
        "Harbor Dredging\u2019s crew is working nights, which they call "
        "\u201cthe only way to finish.\u201d\n"
    )
    q = quote_of(text, "\u201cthe only way")
    assert names_no_one(q)
