"""Studies, reports and surveys as sources: the author after "by" is who reports
("A study by Jo Roe found ..."), a document's quoted finding is its own words, a name
with "of" or "for" in it is a name a chain may end on, and "think tank" is no verb.
Short passages of our own."""

from __future__ import annotations

from provenance.quotes.evidence import chain_problem
from tests.quote_helpers import chain_ok, mention, names_no_one, quote_of, quotes

_LEAD = "Wages in the valley fell again last year.\n\n"


def test_a_study_by_a_person_is_reported_by_its_author() -> None:
    text = _LEAD + "A study by Mara Lindqvist found that the plan would add to the deficit.\n"
    q = quote_of(text, "the plan would add")
    assert mention(q) == "A study by Mara Lindqvist"
    assert q.speaker_name == "Mara Lindqvist"
    chain_ok(q)


def test_a_report_by_a_body_names_the_body() -> None:
    text = _LEAD + "A report by the Budget Office found that the plan would add to the deficit.\n"
    q = quote_of(text, "the plan would add")
    assert q.speaker_name == "Budget Office"


def test_an_author_before_an_apposition_and_a_name_with_for() -> None:
    text = _LEAD + (
        "A March 2019 study by the Centre for Fiscal Research, a London think tank, "
        'concluded that "the full cost falls on consumers."\n'
    )
    found = quotes(text)
    assert [q.speaker_name for q in found] == ["Centre for Fiscal Research"]
    chain_ok(found[0])
    # "think tank" is a noun: no one "thinks" a report of their own here
    assert all(q.cue is None or q.cue.text != "think" for q in found)


def test_according_to_a_survey_by_someone_of_somewhere() -> None:
    text = _LEAD + (
        "According to a 2018 survey by Mara Lindqvist of the University of Oslo, firms "
        'have cut "nearly half of their staff" in a decade.\n'
    )
    q = quote_of(text, "firms have cut")
    assert q.kind == "mixed"
    assert q.speaker_name == "Mara Lindqvist"


def test_a_documents_quoted_finding_is_its_own_words() -> None:
    text = _LEAD + 'A report by the Budget Office found that "the plan would add to the deficit."\n'
    q = quote_of(text, '"the plan would add')
    assert q.kind == "mixed"
    assert q.speaker_name == "Budget Office"


def test_a_study_with_an_object_and_a_titled_author() -> None:
    text = _LEAD + (
        "A 2014 study by law professor Justin Levitt found 31 cases of fraud out of more "
        "than a billion ballots cast.\n"
    )
    q = quote_of(text, "31 cases of fraud")
    assert q.speaker_name == "Justin Levitt"


def test_joint_authors_inside_a_description_are_the_names() -> None:
    text = _LEAD + (
        "According to a 2013 study by economists Peter Schott and Justin Pierce, the "
        'recession is partly to blame, but so is this "major change in trade policy."\n'
    )
    q = quote_of(text, "the recession is partly")
    assert q.speaker_name == "Peter Schott and Justin Pierce"
    chain_ok(q)


def test_a_name_with_of_inside_a_description_is_checkable() -> None:
    outer = ("a study by the Institute of Fiscal Studies", 10, 52)
    inner = ("Institute of Fiscal Studies", 25, 52)
    assert chain_problem(outer, (inner,), "Institute of Fiscal Studies") is None
    # a lower-case word that no name holds does not make a name
    odd = ("Institute within Fiscal Studies", 25, 56)
    wider = ("a study by the Institute within Fiscal Studies", 10, 56)
    assert chain_problem(wider, (odd,), "Institute within Fiscal Studies") is not None


def test_a_day_between_a_report_and_its_maker() -> None:
    text = _LEAD + (
        "Governor Lena Hart will speak at the convention later this month, according to a "
        "report Tuesday from WKOW, the station in Madison.\n"
    )
    q = quote_of(text, "Governor Lena Hart will speak")
    assert q.speaker_name == "WKOW"


def test_a_place_that_modifies_a_noun_is_no_maker() -> None:
    text = _LEAD + (
        "Exit polls from the New Hampshire primary showed that most voters backed the ban.\n"
    )
    q = quote_of(text, "most voters backed")
    assert names_no_one(q), q.speaker_name
