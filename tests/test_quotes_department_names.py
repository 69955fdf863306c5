"""A government body's whole name: the portfolio word before "Department" or "Ministry"
is its name, not a minister's title ("the State Department", not "Department"); "on"
inside a commission's name ("Commission on Fair Elections"); a body named with "the"
before it ("The Ministry of Health issued ...") is the one "the ministry" points back to;
"and" inside a body's name after "the" ("the Food and Drug Administration"), not between
two bodies. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import quote_of

LEAD = "Records Request\n\n"


def test_the_department_keeps_its_portfolio_word() -> None:
    text = LEAD + (
        "The Justice Department said on Monday that it would appeal the ruling.\n\n"
        '"We disagree with the court on every point," the department said.\n'
    )
    assert quote_of(text, "We disagree").speaker_name == "Justice Department"


def test_state_is_part_of_the_state_department() -> None:
    text = LEAD + (
        "The State Department released another batch of the mayor's letters on Friday.\n\n"
        '"We have worked as fast as the law allows," the agency said in a statement.\n'
    )
    assert quote_of(text, "We have worked").speaker_name == "State Department"


def test_the_short_name_is_the_whole_body() -> None:
    text = LEAD + (
        "The State Department missed its deadline by a week.\n\n"
        'State later said it had released "every page it could find."\n'
    )
    assert quote_of(text, "it had released").speaker_name == "State Department"


def test_a_ministry_named_before_its_country() -> None:
    text = LEAD + (
        "The Interior Ministry of Freedonia issued new rules for border posts.\n\n"
        '"They apply from midnight," the ministry said.\n'
    )
    assert quote_of(text, "They apply").speaker_name == "Interior Ministry of Freedonia"


def test_the_ministry_of_health_with_the_before_it() -> None:
    text = LEAD + (
        "The Ministry of Health closed two clinics on Tuesday.\n\n"
        '"Both failed their inspections," the ministry said.\n'
    )
    assert quote_of(text, "Both failed").speaker_name == "Ministry of Health"


def test_a_commission_on_something_is_one_name() -> None:
    text = LEAD + (
        "The independent Commission on Fair Elections reviewed the count.\n\n"
        'The commission said the tally was "accurate in every ward."\n'
    )
    assert quote_of(text, "the tally was").speaker_name == "Commission on Fair Elections"


def test_a_commission_on_a_weekday_is_no_name() -> None:
    text = LEAD + (
        "The Harbour Commission on Monday reviewed the count.\n\n"
        'The commission said the tally was "accurate in every ward."\n'
    )
    assert quote_of(text, "the tally was").speaker_name == "Harbour Commission"


def test_a_minister_keeps_the_title_outside_a_body_name() -> None:
    text = LEAD + (
        "Interior Minister Jo Hale visited the border post with the Interior Ministry's "
        'staff.\n\n"We will not wait," Hale said.\n'
    )
    assert quote_of(text, "We will not wait").speaker_name == "Jo Hale"


def test_and_inside_a_body_s_name() -> None:
    text = LEAD + (
        "The Food and Drug Administration approved the drug on Friday.\n\n"
        '"It is safe for adults," the agency said.\n'
    )
    assert quote_of(text, "It is safe").speaker_name == "Food and Drug Administration"


def test_and_between_two_bodies_joins_nothing() -> None:
    text = LEAD + (
        "The FBI and Justice Department declined to comment on Friday.\n\n"
        '"We will not discuss it," the department said.\n'
    )
    assert quote_of(text, "We will not").speaker_name == "Justice Department"
