"""A body's staff and a document's outlet speak for the body: "NASA officials", "The
group, X Coalition", "a report in the X", "sources cited by X". Short passages of our own."""

from __future__ import annotations

from provenance.quotes.lexicon import for_language
from provenance.quotes.resolve import Resolver
from tests.quote_helpers import quotes

LEAD = "The day began quietly.\n\n"


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_name, q.resolution) for q in quotes(LEAD + text) if q.kind == "indirect"]


def test_a_body_s_officials_speak_for_the_body() -> None:
    found = _reported("NASA officials said the tests are essential for future missions.")
    assert found == [("NASA", "description, the body of its staff")]
    found = _reported(
        "Ottawa County Health Department officials said the virus had reached two towns."
    )
    assert [name for name, _ in found] == ["Ottawa County Health Department"]


def test_a_body_named_after_its_noun_is_that_body() -> None:
    found = _reported("The group, Riders United Coalition, said the city had failed them.")
    assert [name for name, _ in found] == ["Riders United Coalition"]


def test_an_outlet_that_carries_the_report_is_its_source() -> None:
    found = _reported(
        "Coin tosses settled six races, according to a report in the Cedar Valley Courier."
    )
    assert [name for name, _ in found] == ["Cedar Valley Courier"]
    found = _reported(
        "Shipments will rise sharply next year, according to industry sources cited by "
        "Taiwanese publication TechWire."
    )
    assert [name for name, _ in found] == ["TechWire"]


def test_a_study_in_a_group_of_people_names_no_outlet() -> None:
    found = _reported("One small study in 50 people with BED found that the drug helped.")
    assert all(name != "BED" for name, _ in found)


def test_a_title_s_role_and_a_lawsuit_s_filer() -> None:
    text = LEAD + (
        "Adm. Harry B. Harris Jr. spoke in Tokyo on Monday. "
        '"We will keep sailing there," the admiral said.\n\n'
        "Bradley Podliska filed a lawsuit against the panel on Friday. "
        '"The investigation was partisan," the suit reads.'
    )
    found = {q.text: q.speaker_name for q in quotes(text) if q.kind == "direct"}
    assert found["We will keep sailing there,"] == "Harry B. Harris Jr"
    assert found["The investigation was partisan,"] == "Bradley Podliska"


def test_one_letter_is_no_name() -> None:
    text = "Я обычно отвечаю так: «Ем все, кроме устриц»."
    res = Resolver(text, for_language("en")).resolve("Я", 0)
    assert res.name is None


def test_a_plural_for_people_opening_a_sentence_is_no_name() -> None:
    found = _reported("Proponents argue that these rules are essential for peace in space.")
    assert [how for _, how in found] == ["description, unresolved"]
    found = _reported("Larry Summers is an economist.\n\nSummers said the economy was doing fine.")
    assert [name for name, _ in found] == ["Larry Summers"]


def test_a_statement_issued_after_a_relative_clause_and_an_as_if_opener() -> None:
    text = LEAD + (
        "The Electoral Board, which regulates campaign finances, issued a statement warning "
        'that "voters are entitled to transparency from campaigners."\n\n'
        "As if things were not murky enough, Deadline reports that the studio is also "
        "working on a second film."
    )
    found = {q.kind: q.speaker_name for q in quotes(text)}
    assert found["mixed"] == "Electoral Board"
    assert found["indirect"] == "Deadline"


def test_a_noun_for_people_after_a_capitalised_word_is_no_verb() -> None:
    found = _reported(
        "Recovery teams quickly secured the capsule after splashdown and confirmed that all "
        "four astronauts were in stable condition."
    )
    assert [how for _, how in found] == ["description, unresolved"]
