"""Speakers of quoted material behind a leading phrase (a place, a time) and after
verbs that report speech only beside a quote. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, quote_of

LEAD = "The council met on Monday.\n\n"


def test_a_state_after_a_town_belongs_to_the_leading_phrase() -> None:
    text = (
        LEAD + "At a rally in Dover, Del., on Monday, Senator Jane Roe of Ohio backed the plan, "
        'saying that it would "help every family."'
    )
    assert mention(quote_of(text, "it would")) == "Senator Jane Roe"


def test_a_single_word_state_and_a_day_are_skipped_too() -> None:
    text = (
        LEAD + "At a town hall in Salem, Oregon, on Friday, Mr. Smith tried to clarify his "
        'view, saying the state should "lead the way."'
    )
    assert mention(quote_of(text, "the state")) == "Mr. Smith"


def test_back_in_a_year_is_no_speaker() -> None:
    text = LEAD + 'Back in 2001, Mr. Smith praised the mayor, telling a host: "I wish I could."'
    assert mention(quote_of(text, "I wish")) == "Mr. Smith"


def test_a_time_phrase_before_an_apposition_is_no_speaker() -> None:
    text = LEAD + 'Just last month, Ann Lee, a writer at a daily paper, wrote, "Think again."'
    assert mention(quote_of(text, "Think again")) == "Ann Lee"


def test_a_name_before_an_apposition_after_a_place_stays_the_speaker() -> None:
    text = LEAD + 'At the meeting, Tom Hill, the mayor, said "no way" to the plan.'
    assert mention(quote_of(text, '"no way"')) == "Tom Hill"


def test_verbs_of_manner_report_beside_a_quote() -> None:
    text = (
        LEAD + '"Those boys act like children," scoffed Ann Lee, who runs the club.\n\n'
        '"Sit down," Tom Hill barked.\n\n'
        'During the debate, Mary Fox cracked, "I am the one who gets things done."\n\n'
        '"They would act if they meant it," Jo Park fumed.'
    )
    assert mention(quote_of(text, "Those boys")) == "Ann Lee"
    assert mention(quote_of(text, "Sit down")) == "Tom Hill"
    assert mention(quote_of(text, "I am the one")) == "Mary Fox"
    assert mention(quote_of(text, "They would act")) == "Jo Park"


def test_a_leading_time_phrase_is_no_name() -> None:
    text = (
        LEAD + 'Hours later, she sent a note saying, "We are done."\n\n'
        'Eight years ago, he backed the mayor and said, "She did nothing for us."'
    )
    for start in ("We are done", "She did nothing"):
        q = quote_of(text, start)
        assert mention(q) in ("she", "he")
        assert q.speaker_name not in ("Hours", "Eight")


def test_a_participle_before_a_title_is_part_of_the_speaker() -> None:
    text = LEAD + '"I disagree," said retired Gen. Ann Lee, who served abroad.'
    assert mention(quote_of(text, "I disagree")) == "retired Gen. Ann Lee"


def test_a_surname_that_is_also_a_modal_stays_in_the_name() -> None:
    text = LEAD + '"We go now," said Prime Minister Theresa May.'
    assert mention(quote_of(text, "We go now")) == "Prime Minister Theresa May"


def test_the_one_spoken_of_before_a_colon_is_no_speaker() -> None:
    text = LEAD + 'Ann Lee, a former aide to the mayor, said of Mr. Hill: "He is one of us."'
    q = quote_of(text, "He is one")
    assert mention(q) == "Ann Lee"
    assert q.speaker_name == "Ann Lee"


def test_a_leading_phrase_with_until_is_no_speaker_before_an_apposition() -> None:
    text = (
        LEAD + "With ten days until the vote, Ann Lee, an adviser to the campaign, called "
        'Mr. Hill\'s remarks "a wake-up call" to voters.'
    )
    assert mention(quote_of(text, "Mr. Hill")) == "Ann Lee"
