"""Words that look like a speaker's name but are not one: a title-case headline's phrase
before a capitalised preposition, a plural common noun opening a sentence; and two
speakers, one of them a pronoun, kept together."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of, quotes


def test_title_case_preposition_ends_a_headline_phrase() -> None:
    text = (
        "The Long Summer Of Dana Whitfield\n\n"
        "Whitfield said the summer had been “long and lonely.”\n"
    )
    q = quote_of(text, "the summer")
    assert mention(q) == "Whitfield"
    assert q.speaker_name == "Dana Whitfield"


def test_title_case_of_keeps_a_body_name() -> None:
    text = (
        "Budget Cuts Hit The Department Of Energy\n\n"
        "The Department Of Energy said the cuts were “deep but fair.”\n"
    )
    q = quote_of(text, "the cuts")
    assert q.speaker_name is not None and q.speaker_name.endswith("Department Of Energy")


def test_plural_of_a_lower_case_noun_opening_a_sentence_is_no_name() -> None:
    text = (
        "Intro line.\n\n"
        "The theatre is small, and the audience sits close to the stage.\n\n"
        "Audiences told the cast the play was “a little too long.”\n"
    )
    q = quote_of(text, "the cast")
    assert mention(q) == "Audiences"
    assert names_no_one(q)


def test_surname_that_is_also_a_plural_stays_a_name() -> None:
    text = (
        "Intro line.\n\n"
        "Tom Banks runs the only bank on Main Street.\n\n"
        "Banks said the merger was “a mistake.”\n"
    )
    q = quote_of(text, "the merger")
    assert q.speaker_name == "Tom Banks"


def test_pronoun_and_name_are_two_speakers() -> None:
    text = (
        "Intro line.\n\n"
        "Jane Roe met Tom Poe on Monday.\n\n"
        "“We will keep going,” she and Poe said together.\n"
    )
    q = quote_of(text, "We will keep")
    assert q.text == "We will keep going,"
    assert mention(q) == "she and Poe"
    assert names_no_one(q)  # not "Tom Poe" alone


def test_heading_words_written_in_lower_case_are_no_antecedent() -> None:
    text = (
        "Intro line.\n\n"
        "The vote comes next week, and what comes next is unclear.\n\n"
        "What Comes Next\n\n"
        "He added: \u201cIt will not stand.\u201d\n"
    )
    q = quote_of(text, "It will not")
    assert names_no_one(q)  # not "Comes Next"


def test_adverb_opening_a_sentence_is_no_name() -> None:
    text = "Intro line.\n\nQuietly told the board the merger was \u201cdead.\u201d\n"
    q = quote_of(text, "the board")
    assert mention(q) == "Quietly"
    assert names_no_one(q)


def test_surname_ending_like_an_adverb_stays_a_name() -> None:
    text = (
        "Intro line.\n\n"
        "Gerry Connolly met the press on Friday.\n\n"
        "Connolly said the vote was \u201crigged.\u201d\n"
    )
    q = quote_of(text, "the vote")
    assert q.speaker_name == "Gerry Connolly"


def test_weekday_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Intro line.\n\n"
        "\u201cWe will build it,\u201d said Dana Whitfield Wednesday at a rally.\n\n"
        "The mayor met Jo Roe Friday. Roe said the deal was \u201cgood.\u201d\n"
    )
    assert quote_of(text, "We will").speaker_name == "Dana Whitfield"
    assert quote_of(text, "the deal").speaker_name == "Jo Roe"


def test_quantifier_and_a_plural_group_is_no_name() -> None:
    text = "Intro line.\n\nMany Canadians called the tax \u201coverdue.\u201d\n"
    q = quote_of(text, "the tax")
    assert mention(q) == "Many Canadians"
    assert names_no_one(q)


def test_a_title_case_lines_verb_of_saying_ends_a_name() -> None:
    text = (
        "Lee Says Talks Unlikely To Resume With Ana Ruiz\n\n"
        "Dana Lee said talks were unlikely to resume with Ana Ruiz.\n\n"
        '"It will not happen," Lee said.'
    )
    assert {q.speaker_name for q in quotes(text) if q.speaker is not None} == {"Dana Lee"}
