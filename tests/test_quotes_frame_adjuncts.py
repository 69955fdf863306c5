"""What stands between a verb of saying and what was said is no part of it: a time
("said Thursday the ferry ..."), adjuncts of place and occasion before "that"; a time and
an interview after a preposed report ("..., Hale said Wednesday in an interview with the
Herald"); and a report's source ("..., according to the Herald") is not the one who said
it. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of, quotes

LEAD = "Ferry Plan Stalls\n\nJo Hale spoke to the harbour council.\n\n"


def test_a_time_after_the_verb_is_no_part_of_the_report() -> None:
    text = LEAD + "Hale said Thursday the ferry would run again.\n"
    assert quote_of(text, "the ferry would").text == "the ferry would run again"
    text = LEAD + "Hale told reporters on Friday the fares would rise.\n"
    assert quote_of(text, "the fares would").text == "the fares would rise"


def test_adjuncts_before_that_are_no_part_of_the_report() -> None:
    text = (
        LEAD + "Hale said last week at a meeting of the harbour board that the plan was "
        '"dead in the water."\n'
    )
    q = quote_of(text, "the plan was")
    assert q.kind == "mixed"
    assert "meeting" not in q.text


def test_a_relative_that_is_not_the_report_s_that() -> None:
    text = LEAD + "Hale said the company that owns the ferry would sell it next year.\n"
    q = quote_of(text, "the company")
    assert q.text == "the company that owns the ferry would sell it next year"


def test_a_that_after_a_noun_and_its_clause_still_opens_the_report() -> None:
    text = LEAD + "Hale said the other day that the plan was dead.\n"
    assert quote_of(text, "the plan").text == "the plan was dead"


def test_an_interview_after_a_preposed_report() -> None:
    text = LEAD + "The fares will rise, Hale said Wednesday in an interview with the Herald.\n"
    q = quote_of(text, "The fares")
    assert q.text == "The fares will rise"
    assert q.speaker_name == "Jo Hale"


def test_according_to_names_who_reported_not_who_said() -> None:
    text = (
        LEAD + 'On Monday, Hale said she was "glad to see" that the vote had passed, '
        "according to the Harbour Herald.\n\n"
        'The ferry is "a relic," according to Hale.\n'
    )
    q = quote_of(text, "she was")
    assert mention(q) == "Hale" and q.speaker_name == "Jo Hale"
    assert "according" not in q.text
    assert quote_of(text, "The ferry is").speaker_name == "Jo Hale"


def test_according_to_after_a_verb_that_is_no_saying() -> None:
    text = (
        LEAD + "Shares of the ferry company fell after it cut its forecast.\n\n"
        "But its lowered forecast is no problem for the harbour, according to analysts.\n"
    )
    q = quote_of(text, "its lowered forecast")
    assert mention(q) == "analysts"


def test_she_is_not_a_country_named_beside_an_unnamed_woman() -> None:
    text = (
        LEAD + "Adoptees came from countries such as Vietnam and Iran.\n\n"
        "One woman adopted from Iran did not learn of her status until 2008, when she "
        "applied for a passport.\n\n"
        "Now 46, she is afraid of losing her job.\n\n"
        '"I am even more scared now," she said.\n'
    )
    q = quote_of(text, "I am even")
    assert names_no_one(q)  # neither Iran nor Jo Hale: a woman the text does not name


def test_she_after_a_named_woman_with_a_role_in_apposition() -> None:
    text = "Ferry Plan Stalls\n\nJo Hale, a mother of three, spoke on Monday.\n\n"
    q = quote_of(text + '"I am scared," she said.\n', "I am scared")
    assert q.speaker_name == "Jo Hale"


def test_an_honorific_s_period_ends_no_sentence() -> None:
    # "with Mr. Varga" is the object of a preposition, not a new sentence's subject: "he"
    # is the one who said it in the sentence before
    text = (
        "Boatyard Sold\n\n"
        "Peter Varga built the yard. Tom Reyes bought it on Monday.\n\n"
        "In an email, Mr. Reyes said his friendship with Mr. Varga was strictly business. "
        '"It was my duty to get along with everyone," he wrote.\n'
    )
    q = quote_of(text, "It was my duty")
    assert q.speaker_name == "Tom Reyes"


def test_no_quote_is_lost() -> None:
    text = LEAD + "Hale said Thursday the ferry would run again.\n"
    assert len(quotes(text)) == 1


def test_a_manner_and_a_clause_of_others_after_the_frame() -> None:
    text = LEAD + "The fares will rise, Hale said with a smile, and the board agreed.\n"
    q = quote_of(text, "The fares")
    assert q.text == "The fares will rise"
    assert q.speaker_name == "Jo Hale"
