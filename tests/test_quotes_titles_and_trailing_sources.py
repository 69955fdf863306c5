"""A show's title after a frame is no piece of the next quote; a source set after
reported speech and a second report after "before claiming that" are no part of its
content. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_a_show_s_title_after_the_frame_is_no_piece_of_the_next_quote() -> None:
    text = LEAD + (
        'Ada Quill said on Saturday that he was "the best recruiter they have."\n\n'
        '"It\'s nonsense," Mr. Vell said by telephone on HBN\'s "Meet the Harbour." "She '
        "says things about everything, whether it's trips or boats.\"\n"
    )
    found = quotes(text)
    title = [q for q in found if q.text.startswith("Meet the Harbour")]
    assert [q.kind for q in title] == ["scare"]
    q = quote_of(text, "She says things")
    assert [c.text for c in q.content] == [
        "She says things about everything, whether it's trips or boats."
    ]
    assert q.speaker_name == "Vell"


def test_a_quote_after_a_possessive_that_is_no_title_is_still_a_quote() -> None:
    text = LEAD + (
        'Tom Vell spoke at the pier. "We will be back," Vell\'s "I will not give up" '
        "speech began, and the crowd cheered.\n"
    )
    assert not [q for q in quotes(text) if q.kind == "scare" and q.text.startswith("We will")]


def test_a_source_set_after_reported_speech_is_no_part_of_it() -> None:
    text = LEAD + (
        "Ada Quill told police she was stressed out by guards chasing her from the car "
        "parks where she had been trying to sleep, a police report indicates.\n"
    )
    q = quote_of(text, "she was stressed out")
    assert q.text.endswith("where she had been trying to sleep")
    assert q.speaker_name == "Ada Quill"


def test_a_second_report_after_before_claiming_that() -> None:
    text = LEAD + (
        "Tom Vell said the deadlock kept them safe on Twitter before claiming that open "
        "borders are tearing families apart.\n"
    )
    first = quote_of(text, "the deadlock kept them safe")
    assert first.text == "the deadlock kept them safe on Twitter"
    second = quote_of(text, "open borders are tearing")
    assert (second.speaker_name or "").endswith("Tom Vell")


def test_before_a_gerund_without_that_is_no_second_report() -> None:
    text = LEAD + ("Tom Vell said the pier would close in May before leaving the meeting early.\n")
    q = quote_of(text, "the pier would close")
    assert q.text == "the pier would close in May before leaving the meeting early"


def test_a_quote_set_off_by_a_dash_is_direct() -> None:
    for dash in (" - ", " \u2014 "):
        text = LEAD + (
            f'Neither man was impressed by Ms. Quill{dash}"Born with a silver spoon in her '
            f'mouth," Mr. Hale said{dash}but they could not back Mr. Vell.\n'
        )
        q = quote_of(text, "Born with a silver spoon")
        assert q.kind == "direct"
        assert q.speaker_name == "Hale"


def test_the_dash_that_closes_an_aside_keeps_the_clause_before() -> None:
    text = LEAD + (
        "If the harbour is indeed sinking - as many engineers believe, but the board "
        'denies - "why would you not want to raise it?" asked Ada Quill, a consultant.\n'
    )
    q = quote_of(text, "If the harbour is indeed sinking")
    assert q.kind == "mixed"


def test_a_mixed_quote_ends_before_the_writer_s_account_of_what_followed() -> None:
    text = LEAD + (
        'When asked whether this was different, Tom Vell reportedly said, "You tell me," '
        "repeatedly, before he stopped responding to the reporter.\n"
    )
    q = quote_of(text, '"You tell me')
    assert q.text == '"You tell me," repeatedly'


def test_a_mixed_quote_ends_before_the_speaker_s_next_report() -> None:
    text = LEAD + (
        'Harbour Board Chairman Tom Vell said he was "outraged" to even hear about it, '
        'arguing that "closing the pier would be unfair to the fishermen."\n'
    )
    q = quote_of(text, "he was")
    assert q.text == 'he was "outraged" to even hear about it'
    second = quote_of(text, "closing the pier")
    assert (second.speaker_name or "").endswith("Tom Vell")


def test_an_activity_that_goes_on_is_no_speaker() -> None:
    text = LEAD + "But even after the growth cooled, the borrowing continued.\n"
    assert not quotes(text)
    text = LEAD + "The pier will stay open, the spokesman continued.\n"
    q = quote_of(text, "The pier will stay open")
    assert q.speaker is not None


def test_an_adjective_in_ing_after_a_verb_of_perception_is_no_clause() -> None:
    assert not quotes(LEAD + "The port showed a promising recovery in May.\n")
    q = quote_of(LEAD + "The survey showed prices rising in May.\n", "prices rising")
    assert q.kind == "indirect"
