"""Quoted fragments in frames of stance, rating and report: the verb's (or the noun's
owner's) subject is the source; things, passives and titles quote no one. Short
passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, quotes

LEAD = "The harbour board met on a windy morning.\n\n"


def _with(text: str, inner: str) -> tuple[str, str | None]:
    found = [q for q in quotes(LEAD + text) if inner in q.text and q.kind != "indirect"]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(LEAD + text)]
    return found[0].kind, mention(found[0])


def test_a_verb_of_regard_or_rating_with_as_governs_the_fragment() -> None:
    text = 'Mayor Ines Berg openly admires the old captain as a "true leader," like many.'
    assert _with(text, "true leader") == ("mixed", "Mayor Ines Berg")
    text = 'HarbourCheck rated 40% of the pilot\'s claims as "false" in its review.'
    assert _with(text, "false") == ("mixed", "HarbourCheck")
    text = 'For years, Ferrylink has positioned itself as a "floating bridge" for all.'
    assert _with(text, "floating bridge") == ("mixed", "Ferrylink")


def test_as_after_a_passive_a_thing_or_a_plain_verb_quotes_no_one() -> None:
    text = 'The old pier, long known as the "Widow\'s Walk," was torn down.'
    assert _with(text, "Widow")[0] == "scare"
    text = 'The claims were rated as "false" in the end.'
    assert _with(text, "false")[0] == "scare"
    text = 'The new rules rate the pier as a "work zone" all year.'
    assert _with(text, "work zone")[0] == "scare"
    text = 'Among its aims is safety, which Ferrylink views as "a basic right" for all.'
    assert _with(text, "a basic right")[0] == "scare"
    text = 'Mayor Ines Berg worked for years as a "harbour pilot" in the north.'
    assert _with(text, "harbour pilot")[0] == "scare"


def test_as_with_a_frame_after_the_fragment_is_that_frames() -> None:
    text = 'Many sailors then rated the board as "a club of landlubbers," Ola Vik said.'
    assert _with(text, "club of landlubbers")[1] == "Ola Vik"


def test_a_fragment_in_the_clause_of_a_verb_of_finding_or_asking_is_the_subjects() -> None:
    text = 'HarbourCheck then ruled that the pilot\'s account was "accurate" on every point.'
    assert _with(text, "accurate") == ("mixed", "HarbourCheck")
    text = 'Captain Ola Vik has often wondered whether the judges will be "fair" to him.'
    assert _with(text, "fair") == ("mixed", "Captain Ola Vik")


def test_a_clause_after_a_thing_a_noun_or_a_further_clause_quotes_no_one() -> None:
    text = 'A leaflet on the board states that the pier is "closed" at night.'
    assert _with(text, "closed")[0] == "scare"
    text = 'Ola Vik wondered whether the mayor left because the "new pier" was late.'
    assert _with(text, "new pier")[0] == "scare"
    text = 'The fishermen ate lunch that day while the "new pier" was opened.'
    assert _with(text, "new pier")[0] == "scare"
    text = 'Harbour rules that bar boats from the "inner basin" are old.'
    assert _with(text, "inner basin")[0] == "scare"


def test_the_owner_of_a_noun_of_speech_speaks_its_that_clause() -> None:
    text = 'For example, Ann Berg\'s recent assertion that "thousands" had left is false.'
    assert _with(text, "thousands") == ("mixed", "Ann Berg")
    text = 'Critics mocked the assertion that the pier was "unsinkable" at the time.'
    assert _with(text, "unsinkable")[0] == "scare"


def test_a_relative_clause_of_a_comparison_ends_in_the_speakers_fragment() -> None:
    text = 'Jo Park, a professor, compared the mayor to a coach who is "working the referees" now.'
    assert _with(text, "working the referees") == ("mixed", "Jo Park")
    text = 'The mayor met a coach who is "working the referees" now.'
    assert _with(text, "working the referees")[0] == "scare"


def test_a_second_object_of_a_promise_is_the_subjects() -> None:
    text = 'Lee Moe is promising lower fares and "boats, boats, boats," but she has raised costs.'
    assert _with(text, "boats, boats") == ("mixed", "Lee Moe")
    text = 'The new plan is promising lower fares and "more boats" for the town.'
    assert _with(text, "more boats")[0] == "scare"
    text = 'Lee Moe ate bread and "cheese" at lunch.'
    assert _with(text, "cheese")[0] == "scare"


def test_praise_or_blame_for_a_short_phrase_is_the_subjects() -> None:
    text = 'Gov. Ann Holt lauded Mr. Reed in her address for helping develop "new ideas." He left.'
    assert _with(text, "new ideas") == ("mixed", "Gov. Ann Holt")
    text = 'First, Ola Vik attacked the former mayor for being a "failed captain."'
    assert _with(text, "failed captain") == ("mixed", "Ola Vik")


def test_for_a_term_a_trip_or_after_a_thing_quotes_no_one() -> None:
    text = 'Lee Moe slammed the mayor for using the term "harbour tax" at the meeting.'
    assert _with(text, "harbour tax")[0] == "scare"
    text = 'Lee Moe left the town for "greener pastures" last year.'
    assert _with(text, "greener pastures")[0] == "scare"
    text = 'The new plan was praised in the end for "quick thinking" by all.'
    assert _with(text, "quick thinking")[0] == "scare"
