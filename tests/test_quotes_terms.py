"""Quoted words that are no quotation: a label after a word that names it, a phrase set off
with no one saying it, a quote that is part of a title line. They are scare quotes, not
attributed speech. Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention, quotes

LEAD = "Intro line.\n\n"


def kinds_of(text: str, inner: str) -> list[str]:
    return [q.kind for q in quotes(LEAD + text) if inner in q.text and q.kind != "indirect"]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("The station said the air reached a rating of \u201chazardous.\u201d", "hazardous"),
        ("The mayor said the so-called \u201cgreen belt\u201d would be kept.", "green belt"),
        ("Lee argued that the area known as \u201cthe Flats\u201d should be rebuilt.", "the Flats"),
        ("Critics said the word \u201cfree\u201d was misleading in the advert.", "free"),
        ("Fans left the hall stunned by \u201cthe sheer noise of it all.\u201d", "sheer noise"),
    ],
)
def test_a_term_or_a_phrase_set_off_is_a_scare_quote(text: str, inner: str) -> None:
    assert kinds_of(text, inner) == ["scare"]


def test_a_quote_in_a_title_line_is_a_scare_quote() -> None:
    text = (
        'An officer carried the boy to the car. "We have him," the officer said.\n\n'
        "'We Got Him!' Video Shows Dramatic Rescue of Missing Boy\n\n"
        "The video was released on Monday."
    )
    assert kinds_of(text, "We Got Him") == ["scare"]
    assert kinds_of(text, "We have him") == ["direct"]


@pytest.mark.parametrize("heading", ["'Not a Single Vote Was Lost.'", '"A Long Road Back Home"'])
def test_a_heading_set_in_quotation_marks_is_nobodys_quote(heading: str) -> None:
    text = (
        '"We will rebuild the bridge," Mayor Ana Ruiz said. "It will take years."\n\n'
        f"{heading}\n\n"
        "The work began in March.\n\n"
        '"It is a start," Ruiz said.'
    )
    assert kinds_of(text, heading[1:9]) == ["scare"]
    assert kinds_of(text, "It is a start") == ["direct"]


@pytest.mark.parametrize(
    "text",
    [
        '"Never Again."\n\nThose were the first words Ruiz said to us.',
        '"We Will Win," Ruiz Said at the Rally',
        '"We will rebuild it all."',
    ],
)
def test_a_lone_quoted_sentence_is_not_taken_for_a_heading(text: str) -> None:
    found = [q for q in quotes(LEAD + text) if q.kind != "indirect"]
    assert found and "heading" not in (found[0].note or "")


@pytest.mark.parametrize(
    ("text", "inner", "speaker"),
    [
        (
            "Lee called the plan \u201ca disgrace to the whole city\u201d on Monday.",
            "disgrace",
            "Lee",
        ),
        (
            "Kim said the bridge was \u201cfar too old to be safe\u201d and must close.",
            "too old",
            "Kim",
        ),
    ],
)
def test_words_someone_said_stay_a_mixed_quote(text: str, inner: str, speaker: str) -> None:
    found = [q for q in quotes(LEAD + text) if inner in q.text]
    assert [(q.kind, mention(q)) for q in found] == [("mixed", speaker)]


def test_a_quoted_clause_with_no_speaker_stays_a_quote() -> None:
    # a clause in quotation marks may be someone's words even when no one is named
    text = (
        "Across the square, the pledge that \u201cwe will not be moved from this land\u201d "
        "covered every wall."
    )
    assert kinds_of(text, "we will not be moved") == ["mixed"]


def test_several_quoted_pieces_with_no_speaker_stay_quotes() -> None:
    # pieces of one person's words, the speaker named only in the next paragraph
    text = (
        "The merger will create a \u201cstronger\u201d and \u201cleaner\u201d company "
        "\u201cwith deep roots in every town.\u201d\n\nSo says the chief executive, Jo Roe."
    )
    assert kinds_of(text, "deep roots") == ["mixed"]


def test_a_short_heading_in_single_marks_is_nobodys_quote_where_quotes_use_double() -> None:
    text = (
        "''If I were younger, I'd go back to school,'' she said. ''I can't.''\n\n"
        "'A really tough decision.'\n\n"
        "As the workers talked over beers, the plant closed."
    )
    assert kinds_of(text, "tough decision") == ["scare"]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Her family stayed, Lee wrote in her 2012 book, \u201cA Daughter of Ports.\u201d",
         "Daughter of Ports"),
        ("FAREWELL\u2014\u201cThe Blue Room to close in May,\u201d by Times\u2019 Ben Sand: "
         "\u201cThe club will close, its owners said.\u201d", "Blue Room to close"),
    ],
)  # fmt: skip
def test_a_title_after_its_work_noun_or_before_its_author_is_no_quote(
    text: str, inner: str
) -> None:
    assert kinds_of(text, inner) == ["scare"]
