"""Words that look like reporting cues but report nothing said: an intention, a decision
or a wish; a verb with a thing as its object; a noun of planning; a phrase or a clause of
time after the verb. Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention, quote_of, quotes

LEAD = "Intro line.\n\n"

NOT_SAID = [
    # an intention, a decision or a wish, not speech
    "The port authority plans to open a second terminal in 2027.",
    "The city council decided to wait for the next budget before hiring.",
    "Most shop owners want to keep their doors open on Sundays.",
    "Many shop owners want the council to lower the fees before winter.",
    "The coach wants the match moved to a later date.",
    "The league intends to expand to twelve teams next season.",
    # a thing as the object, with a clause of its own further on
    "The band released two albums last year in which the drummer also sang.",
    "Rescuers found a small boat with a sail that had been torn in the storm.",
    "The governor claimed victory as the votes from the northern counties arrived.",
    "The two rivals attacked each other's records on housing and transport.",
    "The mayor is demanding answers from the contractors whose pumps failed in the flood.",
    "The hikers learned the importance of staying hydrated on the first morning.",
    # a noun of planning
    "The tunnel has been part of the region's transport plans since the first survey.",
    "What follows is the exact plan I've drawn up after ten years of trading.",
    # a noun of speech with its own participle, not a verb
    "The kidnappers left a ransom note demanding two million dollars.",
    # the writer's own forecast
    "The new bridge is expected to open in the spring.",
    # verbs of writing, calling and wishing with a thing, not words
    "Lee wrote a patch that fixed the crash in the parser.",
    "The bug sits in the function it calls into when the cache is empty.",
    "The old library functionality wanted plain strings everywhere.",
    # an adjective after an article or a possessive; knowing denied by "no one"
    "The maker failed at perfecting its promising design, so it went back to the old one.",
    "Streaming changed the trade, but no one knows how far the old channels will fall.",
    # a noun of feeling before a new clause
    "Lee came up with a tune with a 6/8 feel, and they all decided to keep it.",
    # evidence shown, its noun opening the sentence
    "Images of the scene, as well as the high count of injuries, indicate that the blast was big.",
    # a phrase after a verb of thought
    "Earlier trials had hinted at a link between sleep and memory.",
    "Calling a friend when you feel like skipping a meal may help.",
    # a clause of time after a noun that looks like a verb
    "The vote is set for June, after the audit reports, before the public loses interest.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_nothing_said(text: str) -> None:
    found = [(q.kind, q.text) for q in quotes(LEAD + text) if q.kind == "indirect"]
    assert found == []


STILL_SAID = [
    ("The ministry has unveiled a plan to cut the cost of solar panels.", "to cut", "ministry"),
    ("In May, Lee announced plans to expand the fleet by a third.", "to expand", "Lee"),
    ("The agency announced Nov. 18 that it was adding five firms.", "Nov. 18", "agency"),
    ("The agency announced the target of that program had been met.", "the target", "agency"),
    ("The governor claimed the votes had been counted twice.", "the votes", "governor"),
    ("The firm said two new plants would open soon.", "two new plants", "firm"),
    ("The review found the team lost its shape after the break.", "the team lost", "review"),
    ("The survey found the night trains were often late.", "the night trains", "survey"),
    ("The rivals attacked each other as liars in the debate.", "each other", "rivals"),
    ("The researchers hinted on Monday the cells were rare.", "the cells", "researchers"),
    ("These cells, she found, release a signal after an infection.", "release", "she"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), STILL_SAID)
def test_the_same_words_still_report(text: str, start: str, speaker: str) -> None:
    q = quote_of(LEAD + text, start)
    said = mention(q)
    assert said is not None and speaker in said


def test_a_passive_of_saying_is_still_an_attribution() -> None:
    # (unlike "is expected to", which is most often the writer's own forecast)
    q = quote_of(LEAD + "The bridge is believed to be unsafe.", "The bridge")
    assert q.kind == "indirect" and q.speaker is None


def test_a_plural_noun_of_report_names_no_speaker() -> None:
    text = (
        "The watchdog last week released two highly critical reports that depicted "
        "\u201cdelays, cost increases and poor planning\u201d."
    )
    found = [q for q in quotes(LEAD + text) if "poor planning" in q.text]
    assert [mention(q) for q in found] == [None]
    said = "Two senior officials said the talks were \u201cgoing nowhere fast\u201d."
    assert [mention(q) for q in quotes(LEAD + said)] == ["Two senior officials"]
