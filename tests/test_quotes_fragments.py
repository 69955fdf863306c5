"""A short quoted fragment governed by a verb of speech or judgement: the verb's
subject is its source. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, quotes

LEAD = "The harbour board met on a windy morning.\n\n"


def _with(text: str, inner: str) -> tuple[str, str | None]:
    found = [q for q in quotes(LEAD + text) if inner in q.text and q.kind != "indirect"]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(LEAD + text)]
    return found[0].kind, mention(found[0])


def test_a_fragment_after_a_time_phrase_and_a_naming_verb_is_the_subjects() -> None:
    text = 'Mayor Ines Berg on Monday called the ferry timetable "a mess," and left early.'
    assert _with(text, "a mess") == ("mixed", "Mayor Ines Berg")


def test_a_fragment_after_an_object_and_to_is_the_subjects() -> None:
    text = 'Captain Ola Vik urged the crew to "hold the line" as the storm came in.'
    assert _with(text, "hold the line") == ("mixed", "Captain Ola Vik")


def test_a_fragment_after_referred_to_as_is_the_subjects() -> None:
    text = 'Pilot Anna Dahl met the dockers. She referred to them as "my heroes" and smiled.'
    assert _with(text, "my heroes") == ("mixed", "She")


def test_a_fragment_after_an_object_with_initials_is_the_subjects() -> None:
    text = 'Mr. Lund denounced the harbour master, J. Erik Moe, as "reckless" and went home.'
    assert _with(text, "reckless") == ("mixed", "Mr. Lund")


def test_a_base_form_after_continued_to_is_the_first_verbs_subject() -> None:
    text = 'Senator Eva Holm continued to describe the levy as "theft" at every stop.'
    assert _with(text, "theft") == ("mixed", "Senator Eva Holm")


def test_a_passive_or_a_label_quotes_no_one() -> None:
    assert _with('The levy, known as the "Blue Tax" was passed.', "Blue Tax")[0] == "scare"
    text = 'The box was labeled "fragile goods" in red letters.'
    assert _with(text, "fragile goods")[0] == "scare"


def test_a_verb_in_a_clause_of_its_own_before_the_fragment_does_not_govern_it() -> None:
    text = 'Ann Lee left the room because the "new pier" would open soon.'
    assert _with(text, "new pier")[0] == "scare"
    text = 'Ann Lee called the board, and the "new pier" was the only topic.'
    assert _with(text, "new pier")[0] == "scare"


def test_a_fragment_in_a_that_clause_after_a_verb_of_saying_is_the_subjects() -> None:
    text = 'Mayor Ines Berg assured the fishermen that the pier was "safe as houses" again.'
    assert _with(text, "safe as houses") == ("mixed", "Mayor Ines Berg")


def test_a_plural_noun_of_speech_is_no_verb() -> None:
    text = 'The board rated most of Labour claims as "dubious" in its review.'
    assert _with(text, "dubious")[1] != "Labour"


def test_what_he_called_names_the_clauses_own_subject() -> None:
    text = (
        "Captain Ola Vik spoke first.\n\n"
        'The harbour master denounced what he called the "reckless" plan of the board.'
    )
    found = [q for q in quotes(LEAD + text) if "reckless" in q.text and q.kind == "mixed"]
    assert [mention(q) for q in found] == ["The harbour master"]


def test_what_a_named_person_called_keeps_that_person() -> None:
    text = 'Other members used blunt words to denounce what Ann Lee called the "reckless" plan.'
    assert _with(text, "reckless") == ("mixed", "Ann Lee")


def test_a_plural_noun_before_what_they_call_is_no_verb() -> None:
    text = (
        "Crowds of fans planning street protests against what they call the "
        '"rigged" vote came to town.'
    )
    assert _with(text, "rigged")[1] in ("they", None)
