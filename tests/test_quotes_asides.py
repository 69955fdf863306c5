"""Speakers past an aside, a title or a nickname; sentences of judging before a quote;
verbs of saying that report nothing (a modal, "here", an addressee, a gerund); titles
in a list of references. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of, quotes

LEAD = "The session opened late.\n\n"


def _indirect(text: str) -> list[str]:
    return [q.text for q in quotes(LEAD + text) if q.kind == "indirect"]


def test_a_bracketed_aside_after_the_name_ends_it() -> None:
    text = LEAD + (
        'Raising the levy "is the wrong tool," said Mr. Okafor (a view echoed by nearly '
        "everyone I asked about it)."
    )
    q = quote_of(text, "Raising the levy")
    assert q.kind == "mixed"
    assert q.speaker_name is not None and "Okafor" in q.speaker_name


def test_a_title_before_a_name_is_no_verb_of_saying() -> None:
    text = LEAD + (
        '"We will win this seat!" Lee\'s aunt, state Del. Rosa Lane (D-Fairfax), shouted '
        "to the hall."
    )
    q = quote_of(text, "We will win")
    assert q.kind == "direct"
    assert q.speaker_name == "Rosa Lane"


def test_an_addressee_is_no_reported_content() -> None:
    text = (
        '"This is a big year for our county!" Lee\'s aunt, state Del. Rosa Lane '
        '(D-Fairfax), shouted to the crowd. "The state is watching."'
    )
    assert _indirect(text) == []


def test_a_nickname_inside_a_name_is_no_quote_and_no_frame_breaker() -> None:
    text = LEAD + (
        '"We will win this seat!" Lee\'s aunt, Rosa "Ro" Lane, shouted to the hall. '
        '"The county is watching."'
    )
    q = quote_of(text, "We will win")
    assert q.kind == "direct"
    assert q.speaker is not None and "aunt" in q.speaker.text
    nick = quote_of(text, "Ro")
    assert nick.kind == "scare"


def test_the_subject_of_a_sentence_of_judging_gives_the_next_quote() -> None:
    text = LEAD + (
        '"We need more buses," Mayor Ida Brandt said.\n\n'
        "His old partner at Corvex, Tomas Reyes, called him a born negotiator. "
        '"He could close a deal that nobody else would touch."'
    )
    q = quote_of(text, "He could close")
    assert q.speaker_name == "Tomas Reyes"


def test_a_judging_subject_after_an_opening_phrase_with_a_title() -> None:
    text = LEAD + (
        '"Taxes will rise," Gov. Ann Holt said.\n\n'
        'On "Morning Desk," Sen. Paul Ruiz (Ore.), who lost the primary, praised the plan '
        'as a fair start. "Young people are tired of waiting for this."'
    )
    q = quote_of(text, "Young people")
    assert q.speaker_name is not None and "Paul Ruiz" in q.speaker_name
    assert "Ore" not in q.speaker_name


def test_a_modal_before_the_verb_makes_no_speaker() -> None:
    text = LEAD + 'Readers who never tried the app may wonder, "What is the fuss about?"'
    q = next(q for q in quotes(text) if "What is the fuss" in q.text)
    assert mention(q) is None and names_no_one(q)
    assert _indirect("If we had left out that case, the compiler would complain.") == []


def test_a_verb_of_saying_then_here_reports_nothing() -> None:
    text = (
        "This is the main difference between conda and the other managers we've discussed "
        "here - while the rest build on one format, this one starts from scratch."
    )
    assert _indirect(text) == []


def test_a_relative_that_after_an_object_is_no_content() -> None:
    text = "The Gazette reported details of the tour that stops at Lakeside Hall on July 22."
    assert _indirect(text) == []


def test_a_gerund_after_a_preposition_reports_nothing() -> None:
    text = "The city of Utrecht as a medium for telling stories is also a central part of this edition."
    assert _indirect(text) == []


def test_titles_in_a_list_of_references_are_no_quotes() -> None:
    text = LEAD + (
        '^ Lee, A.; Roe, B. (Nov 2008). "Seeing Data Through Clusters" (PDF). Journal of '
        "Data Studies. 9: 25-60.\n\n"
        '^ Park, Mia; Diaz, Ana (2016-10-13). "How to read a plot well". Distill. '
        "Retrieved 4 December 2017."
    )
    for start in ("Seeing Data", "How to read"):
        q = quote_of(text, start)
        assert q.kind == "scare"


def test_a_reference_line_without_a_date_before_its_title() -> None:
    text = LEAD + '^ "Clustering the output of a map". Cross Checked. Retrieved 2018-04-16.'
    q = quote_of(text, "Clustering the output")
    assert q.kind == "scare"


def test_adding_things_is_no_verb_of_saying() -> None:
    text = LEAD + (
        "We may need to add these back in - for example, some packages need a compiler - "
        'but it gives a much smaller image than the "full-fat" one.\n\n'
        '"We are done," Lee added.'
    )
    term = quote_of(text, "full-fat")
    assert term.kind == "scare"
    said = quote_of(text, "We are done")
    assert said.speaker_name == "Lee"


def test_a_time_phrase_before_that_is_no_part_of_what_was_said() -> None:
    text = LEAD + "Lou Parsons wrote just a few years earlier that the star had retired."
    found = [q.text for q in quotes(text) if q.kind == "indirect"]
    assert found == ["the star had retired"]


def test_a_quote_paragraph_after_a_paragraph_of_reported_speech() -> None:
    text = LEAD + (
        '"The consensus is broken," said Avi Roth, a fellow at the forum.\n\n'
        "Erekat said it was only the latest move to force the Palestinians to give up their "
        "claims to a state.\n\n"
        '"They wanted us on our knees and they used every trick."'
    )
    q = quote_of(text, "They wanted us")
    assert q.speaker_name == "Erekat"


def test_a_frame_with_a_long_verbless_tail_after_the_quote() -> None:
    text = LEAD + (
        '"You think I am going to change?" Trump asked reporters rhetorically during a news '
        'conference late last month. "I am not changing."'
    )
    q = quote_of(text, "You think")
    assert q.speaker_name == "Trump"


def test_a_frame_set_off_inside_the_sentence_of_a_fragment() -> None:
    text = LEAD + (
        "The paradox of Nancy, says Carl Antony, historian at the First Ladies Library, is "
        'that she was "one of the most powerful first ladies in the era," not for her '
        'policy but for her "personal influence."'
    )
    found = {q.speaker_name for q in quotes(text) if q.kind == "mixed"}
    assert found == {"Carl Antony"}
