"""Which earlier person a pronoun names: the focus of the text (the last subject of
a main clause, or the last speaker), followed through pronouns; never the one
spoken to, never someone the quote names; unresolved when the evidence is weak.
Short passages of our own."""

from __future__ import annotations

import pytest

from provenance.quotes.evidence import chain_problem
from tests.quote_helpers import quote_of, quotes


def test_focus_is_followed_through_a_subject_pronoun() -> None:
    text = (
        "Mara Lind had spent years writing songs in secret.\n\n"
        "Despite her fame, she was more nervous than Tova Berg has ever been. "
        '"It was terrifying," she said.'
    )
    q = quote_of(text, "It was terrifying")
    assert q.speaker_name == "Mara Lind"
    assert q.resolution == "pronoun"


def test_subject_of_the_sentence_before_wins_over_a_possessor() -> None:
    text = (
        'Tova Berg sang the last song. "This song was a gift to me," she said.\n\n'
        "Mara Lind called Berg's performance stunning, but seemed changed by it. "
        '"Music is in my genes," she said.'
    )
    assert quote_of(text, "This song was").speaker_name == "Tova Berg"
    assert quote_of(text, "Music is in my genes").speaker_name == "Mara Lind"


def test_a_new_subject_takes_the_focus_from_the_last_speaker() -> None:
    text = (
        '"We wrote it in a week," Mara Lind said.\n\n'
        "Tova Berg, who had not sung in years, worried about the song. "
        '"But the story moved me," she said.'
    )
    assert quote_of(text, "But the story").speaker_name == "Tova Berg"


def test_the_one_spoken_to_is_not_the_speaker() -> None:
    text = (
        "Ravi Shah interviewed Tom Ortiz on stage on Tuesday.\n\n"
        "Shah admires the company.\n\n"
        '"I run my business on my phone," he told Ortiz.\n\n'
        "Ortiz said the admiration is mutual.\n\n"
        '"I love the way you build things," he told Shah.'
    )
    assert quote_of(text, "I run my business").speaker_name == "Ravi Shah"
    assert quote_of(text, "I love the way").speaker_name == "Tom Ortiz"


def test_someone_the_quote_names_is_not_its_speaker() -> None:
    text = (
        "Dana Cole bought a house in the city.\n\n"
        '"It would have been easy for Dana Cole to coast, but she never did," she said.'
    )
    q = quote_of(text, "It would have been easy")
    assert q.speaker_name is None
    assert "unresolved" in q.resolution


def test_weak_evidence_with_a_more_recent_rival_is_unresolved() -> None:
    text = (
        'Mara Lind wrote the song. "It came in a week," she said.\n\n'
        "The film ends in a hall. The song begins with a drum, as Tova Berg "
        "walks to the front of the stage.\n\n"
        'She turns to the crowd: "I am home."'
    )
    q = quote_of(text, "I am home")
    assert q.speaker_name is None
    assert q.confidence < 0.5


def test_a_name_inside_a_description_is_the_speaker() -> None:
    text = (
        "Intro line.\n\n"
        '"Organic matter is everywhere," said planetary geologist Rosa Lima of the '
        "space agency's laboratory."
    )
    q = quote_of(text, "Organic matter")
    assert q.speaker is not None
    assert q.speaker.text.startswith("planetary geologist Rosa Lima")
    assert q.speaker_name == "Rosa Lima"
    mention = (q.speaker.text, q.speaker.start, q.speaker.end)
    chain = tuple((a.text, a.start, a.end) for a in q.antecedents)
    assert chain_problem(mention, chain, q.speaker_name) is None


def test_a_name_that_qualifies_a_noun_is_not_the_speaker() -> None:
    text = 'Intro line.\n\n"We do not comment on rumours," a Brightwell spokesperson said.'
    q = quote_of(text, "We do not comment")
    assert q.speaker_name != "Brightwell"


def test_a_short_first_name_joins_the_full_one() -> None:
    text = (
        "Joshua Apte, a professor of engineering, studies the smog.\n\n"
        "The smoke is everywhere, wrote Josh Apte on social media.\n\n"
        '"It overflows," Apte said.'
    )
    assert quote_of(text, "It overflows").speaker_name == "Joshua Apte"


def test_possessive_mention_is_no_subject() -> None:
    text = (
        '"I had faith we could do it," Tom Harper said.\n\n'
        "Universal's music division sent some demos, but none clicked. At the last "
        'minute, a sample came in. "It grabbed me by the heart," he said.'
    )
    assert quote_of(text, "It grabbed me").speaker_name == "Tom Harper"


@pytest.mark.parametrize(
    ("outer", "inner", "ok"),
    [
        (("geologist Rosa Lima of the agency", 100, 133), ("Rosa Lima", 110, 119), True),
        (("geologist Rosa Lima of the agency", 100), ("Rosa Lima", 110), True),
        # the same words elsewhere, later in the text: no evidence
        (("geologist Rosa Lima of the agency", 100, 133), ("Rosa Lima", 400, 409), False),
        (("geologist Rosa Lima of the agency", 100), ("Rosa Lima", 400), False),
        # words the description does not hold
        (("geologist Rosa Lima of the agency", 100, 133), ("Rosa Maria Lima", 110, 125), False),
        # a pronoun never points inside itself
        (("she", 100, 103), ("She", 100, 103), False),
    ],
)
def test_a_description_may_point_to_a_name_it_holds(
    outer: tuple[str, int] | tuple[str, int, int],
    inner: tuple[str, int] | tuple[str, int, int],
    ok: bool,
) -> None:
    problem = chain_problem(outer, (inner,), inner[0])
    assert (problem is None) == ok, problem


def test_a_pronoun_teaches_the_gender_of_its_person() -> None:
    text = (
        "Gwyn Shotley runs the company. Shotley said the lander could fly in 2022, but "
        "she gave no date for crews.\n\n"
        '"It has a lot of room," said Brant Sherlow, a vice president at the firm. He '
        "said the lander would be ready in the spring."
    )
    found = [q for q in quotes(text) if q.text.startswith("the lander would be ready")]
    assert [q.speaker_name for q in found] == ["Brant Sherlow"]


def test_they_after_a_plural_description_that_spoke() -> None:
    text = (
        "Intro line.\n\nThe doctors said they had raised money for the vaccines. They argued "
        "that the government should pay for the vaccines across the country."
    )
    q = quote_of(text, "the government should")
    assert q.speaker_name == "doctors"
    assert "unresolved" in q.resolution
    mention = (q.speaker.text, q.speaker.start) if q.speaker else ("", 0)
    chain = tuple((a.text, a.start) for a in q.antecedents)
    assert chain_problem(mention, chain, q.speaker_name) is None


def test_what_is_spoken_of_is_not_the_speaker() -> None:
    text = 'Intro line.\n\n"It was a wild ride," said Brad Pitt of his role in the film.'
    q = quote_of(text, "It was a wild ride")
    assert q.speaker is not None and q.speaker.text == "Brad Pitt"


def test_two_names_joined_in_a_subordinate_clause_do_not_take_the_focus() -> None:
    text = (
        'Piet Vos spoke first at the forum. "We need a new plan," Vos said.\n\n'
        "That is where the writer Averel Marchetti took the talk. Speaking at the event "
        "where Lena Hart and Piet Vos appeared on Sunday, Marchetti mocked the mayor.\n\n"
        '"I took the money but it did not change me?" he said, mocking the mayor.\n'
    )
    q = quote_of(text, "I took the money")
    assert q.speaker_name != "Piet Vos"  # the last subject is Marchetti, of no known gender


def test_the_writer_of_a_piece_that_opens_the_sentence_holds_the_focus() -> None:
    text = (
        "Ivo Tarr wrote about the race. Cole Brandt backed the mayor last week.\n\n"
        "Tarr's column also mocked Brandt for seeking a post. He calls the endorsement "
        '"the most transparent display of affection in years."\n'
    )
    q = quote_of(text, 'the endorsement "the most')
    assert q.speaker_name == "Ivo Tarr"


def test_a_surname_two_bear_goes_to_the_one_a_pronoun_after_it_agrees_with() -> None:
    text = (
        "Widow Dora Wend defended the candidate on Tuesday. Her husband, Navy diver Tomas "
        "Wend, died in 2012. Wend was honored last year.\n\n"
        "Tendai Okafor criticized the candidate at the convention. Okafor was angry.\n\n"
        "Wend continued in her talk by answering critics of the candidate.\n\n"
        '"I was disturbed that he was criticized for it," she said.\n'
    )
    q = quote_of(text, "I was disturbed")
    assert q.speaker_name == "Dora Wend"
