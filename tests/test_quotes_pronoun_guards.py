"""A pronoun stands for a person: never a day ("Election Day") the text named; and a
speaker set off by a relative clause and a time ("Hale, who ..., on Friday described")
is the one before the clause. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of

LEAD = "Harbour Vote\n\n"


def test_she_is_no_day() -> None:
    text = LEAD + (
        "Voters went to the polls on Election Day.\n\n"
        "Now 46, she is afraid of losing her job.\n\n"
        '"I am scared," she said.\n'
    )
    q = quote_of(text, "I am scared")
    assert q.speaker_name != "Election Day"
    assert names_no_one(q)


def test_speaker_before_a_relative_clause_and_a_day() -> None:
    text = LEAD + (
        "Jo Hale spoke in the port on Monday.\n\n"
        "Hale, who has been feuding with Harbour Board leaders this week, on Friday described "
        'her plan to build "a bigger quay."\n'
    )
    q = quote_of(text, "her plan")
    assert mention(q) == "Hale"
    assert q.speaker_name == "Jo Hale"


def test_he_through_a_spokesman_is_still_the_named_man() -> None:
    text = LEAD + "Tom Reyes spoke on Monday.\n\nThrough a spokesman, he said the plan was dead.\n"
    assert quote_of(text, "the plan was dead").speaker_name == "Tom Reyes"


def test_the_subject_after_an_opening_phrase_and_an_adverb_holds_the_focus() -> None:
    text = LEAD + (
        "Tom Reyes, a harbour pilot, spoke at the rally.\n\n"
        "Growing up in Dover, Jo Lee regularly watched ships leave the port.\n\n"
        '"The docks are a disgrace. They are letting them rot," he said.\n'
    )
    assert quote_of(text, "The docks are a disgrace").speaker_name == "Jo Lee"
    text = LEAD + (
        "Jo Lee spoke to the crowd first.\n\n"
        "Tom Reyes said Ada Kerr unfairly had attacked him and asked why Jo Lee had not "
        "spoken.\n\n"
        '"I was too tired," Lee said.\n'
    )
    assert quote_of(text, "I was too tired").speaker_name == "Jo Lee"
