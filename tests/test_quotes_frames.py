"""Attribution frames found around a quote: signatures on the next line, appositions
without their closing comma, colons, frames that belong to the next quote, cue words
that are speech only beside a quote. Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention, quote_of, quotes


def test_review_signed_on_the_next_line() -> None:
    text = (
        "What our visitors say:\n\n"
        "\u201cThe show was great and the seats were good.\u201d\n\n"
        "\u2013 Ann K.\n\n"
        "\u201cBeautiful costumes! We recommend it.\u201d\n\n"
        "\u2013 Mel B., Leeds"
    )
    first = quote_of(text, "The show was great")
    assert first.kind == "direct"
    assert mention(first) == "Ann K"
    second = quote_of(text, "Beautiful costumes")
    assert mention(second) == "Mel B"


def test_no_signature_when_the_next_line_is_prose() -> None:
    text = 'Intro line.\n\n"We are open every day."\n\n- and the tickets are cheap, too.'
    assert quote_of(text, "We are open").speaker is None


def test_apposition_without_its_closing_comma() -> None:
    text = (
        "Intro line.\n\n"
        '"The wind has changed," Kiran Das, an analyst at the Council on Energy, '
        "Environment and Water think tank told reporters."
    )
    q = quote_of(text, "The wind has changed")
    assert mention(q) == "Kiran Das"


def test_object_of_a_preposition_before_a_colon_is_no_speaker() -> None:
    text = (
        "Intro line.\n\n"
        'Mara Lind found one drawback to working with Smith and York: "They sing too well."'
    )
    q = quote_of(text, "They sing too well")
    assert q.kind == "direct"
    assert mention(q) == "Mara Lind"


def test_a_thing_before_a_colon_is_no_speaker() -> None:
    text = 'Intro line.\n\nThat process led to a realization: "It was a love song to her city."'
    q = quote_of(text, "It was a love song")
    assert mention(q) != "That process"


def test_a_frame_that_opens_the_next_quote_is_not_the_last_ones() -> None:
    text = (
        'Intro line.\n\n"It is a different muscle," York said. "You step outside yourself." '
        'Smith agreed: "It is another job altogether."'
    )
    q = quote_of(text, "It is a different muscle")
    assert q.speaker_name == "York"
    assert len(q.content) == 2
    assert quote_of(text, "It is another job").speaker_name == "Smith"


def test_frame_after_the_quote_wins_over_a_colon_clause() -> None:
    text = (
        "Intro line.\n\n"
        "By the time Tova Berg learned who had written the song, she was only "
        'half-surprised: "It made sense to me," she said.'
    )
    q = quote_of(text, "It made sense")
    assert q.kind == "direct"
    assert mention(q) == "she"
    assert q.speaker_name == "Tova Berg"


def test_adverb_between_auxiliary_and_cue() -> None:
    text = (
        "Intro line.\n\n"
        "Prince Karl has reportedly told friends that the interview was "
        '"a great success for all of us".'
    )
    q = quote_of(text, "the interview was")
    assert mention(q) == "Prince Karl"


def test_frame_after_a_later_comma() -> None:
    text = (
        "Intro line.\n\n"
        '"The president wants a bigger deal with China" announced in October, said '
        "Derek Sims, a scholar with the institute in Washington."
    )
    q = quote_of(text, '"The president wants')
    assert q.kind == "mixed"
    assert mention(q) == "Derek Sims"


@pytest.mark.parametrize("verb", ["laughed", "sighed", "shrugged"])
def test_manner_verbs_beside_a_quote(verb: str) -> None:
    text = f'Intro line.\n\n"The accordion drives me nuts," Eli Moss {verb}.'
    assert mention(quote_of(text, "The accordion")) == "Eli Moss"


def test_manner_verbs_elsewhere_are_no_cues() -> None:
    found = quotes("Intro line.\n\nThe crowd laughed when the band came back on stage.")
    assert found == []


def test_joint_speaker_with_a_possessive() -> None:
    text = 'Intro line.\n\n"We suggest lower levels," Lucas Paganini and his team wrote.'
    q = quote_of(text, "We suggest")
    assert mention(q) == "Lucas Paganini and his team"


def test_straight_opening_mark_closed_by_a_curly_one() -> None:
    text = 'Intro line.\n\n"Open the door! We\u2019re coming in!\u201d an officer shouts.'
    q = quote_of(text, "Open the door")
    assert mention(q) == "an officer"


def test_remembering_attributes_a_fragment() -> None:
    text = (
        "Intro line.\n\n"
        'Cook remembered Jobs rehearsing there once and "going way off script in a '
        'way that only he could do."'
    )
    q = quote_of(text, "Jobs rehearsing")
    assert q.kind == "mixed"
    assert mention(q) == "Cook"


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        # initials do not end a sentence
        ('"This is a disgusting day," said Rep. G.K. Butterfield of North Carolina.',
         "Rep. G.K. Butterfield of North Carolina"),
        # a name after a common noun heads the phrase
        ('In a television interview Trump said: "We will win."', "Trump"),
        # quotation marks never open or close a speaker phrase
        ("''We will see,'' said Leonard E. Burman, a tax expert.", "Leonard E. Burman"),
    ],
)  # fmt: skip
def test_speaker_phrase_edges(passage: str, speaker: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind in ("direct", "mixed")]
    assert [mention(q) for q in found] == [speaker]
