"""A pull quote (a paragraph that repeats, ahead of its place, a quotation given again
later) stands outside the flow of the text: the person it names is no antecedent for the
pronoun after it, and no quote after it goes on in that person's voice. Short passages
of our own."""

from __future__ import annotations

from provenance.quotes.pull_quotes import pulled_paragraphs
from tests.quote_helpers import quote_of, quotes

_TEXT = (
    "The council met on Tuesday to weigh the harbour plan.\n\n"
    '"The fewer ferries we run, the safer the crossing will be," said Ewan Clarke, '
    "a former harbour master.\n\n"
    '"If you do not dredge the channel, you are not going to keep the port open," '
    "Tom Amsel said of the plan.\n\n"
    '"Dredging is not what the money was raised for," he continued.\n\n'
    "Later in the meeting Tom Amsel, the port's engineer, spoke at length.\n\n"
    '"If you do not dredge the channel, you are not going to keep the port open," '
    'he said. "The money is there."\n'
)


def test_the_pronoun_after_a_pull_quote_skips_its_speaker() -> None:
    q = quote_of(_TEXT, "Dredging is not what")
    assert q.speaker_name == "Ewan Clarke"


def test_the_pull_quote_keeps_its_own_speaker() -> None:
    both = [q for q in quotes(_TEXT) if q.text.startswith("If you do not dredge")]
    assert [q.speaker_name for q in both] == ["Tom Amsel", "Tom Amsel"]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def test_only_a_short_paragraph_quoted_again_later_is_pulled() -> None:
    assert pulled_paragraphs(_TEXT, _paragraphs(_TEXT)) == frozenset({2})
    # the quotation given only once: no pull quote, and the pronoun goes to its speaker
    once = _TEXT.replace(
        '"If you do not dredge the channel, you are not going to keep the port open," he said. ',
        "He said so again. ",
    )
    assert pulled_paragraphs(once, _paragraphs(once)) == frozenset()
    assert quote_of(once, "Dredging is not what").speaker_name == "Tom Amsel"
    # a long paragraph around the quotation is the text itself, not a pull quote
    long = _TEXT.replace(
        "Tom Amsel said of the plan.",
        "Tom Amsel said of the plan, which the council had put off twice in the spring "
        "for lack of money.",
    )
    assert pulled_paragraphs(long, _paragraphs(long)) == frozenset()
