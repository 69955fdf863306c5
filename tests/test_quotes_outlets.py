"""A body's staff and a document's outlet speak for the body: "NASA officials", "The
group, X Coalition", "a report in the X", "sources cited by X". Short passages of our own."""

from __future__ import annotations

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
