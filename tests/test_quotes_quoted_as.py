"""Who a pronoun or a report points to: a place is no person, a name in capitals is no
body, the one quoted "as saying" speaks, a conclusion after a passive is nobody's. Short
passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, quote_of, quotes

LEAD = "The forum opened late.\n\n"


def test_she_is_the_woman_not_a_place_nor_a_body() -> None:
    # "Kenya" stands after "in" (a place, not a person who may be "she"); "ZORVINA" is a
    # word of her name in capitals, not the acronym of a body
    text = LEAD + (
        "Zorvina Ruell strode onstage, smiling.\n\n"
        "Instead, Ruell opened by talking about her work and what she learned by giving "
        "loans to poor farmers in Kenya.\n\n"
        '"There are two looks that people get," she told her audience.\n\n'
        "Filed under: ZORVINA, FORUMS"
    )
    q = quote_of(text, "There are two looks")
    assert q.speaker_name == "Zorvina Ruell"


def test_the_one_quoted_as_saying_is_the_speaker() -> None:
    text = LEAD + (
        "Radio Nord quoted a local official as saying the bridge would stay closed.\n\n"
        'The agency quoted a senior engineer as saying: "We will reopen it in May."'
    )
    reported = [q for q in quotes(text) if q.kind == "indirect"]
    assert [mention(q) for q in reported] == ["a local official"]
    q = quote_of(text, "We will reopen")
    assert mention(q) == "a senior engineer"


def test_a_conclusion_after_a_passive_clause_is_nobody_s() -> None:
    text = LEAD + (
        "Similar faults were reported on two other apps, suggesting the outage hit "
        "several services at once."
    )
    assert [q for q in quotes(text) if q.kind == "indirect"] == []


def test_a_first_surname_alone_is_the_person_with_two() -> None:
    text = LEAD + (
        '"Loans are good when the venture is good," said Marta Ibarra Sole, the head of the '
        "bank. A lawyer, Ms. Ibarra now keeps the island's accounts afloat.\n\n"
        '"But this is one example," she added.'
    )
    q = quote_of(text, "But this is one example")
    assert q.speaker_name == "Marta Ibarra Sole"


def test_said_she_tells_which_of_a_family_spoke() -> None:
    text = LEAD + (
        "Bill Clinton spoke in Louisville. Hillary Clinton campaigned in Ohio.\n\n"
        'Clinton, at a town hall in Columbus, Ohio, said she was "going to put a lot of '
        'coal miners out of business."\n\n'
        'Clinton said the plan "works for everyone."'
    )
    she = quote_of(text, "she was")
    assert she.speaker_name == "Hillary Clinton"
    other = quote_of(text, "the plan")
    assert other.speaker_name is None
