"""A quote its own frame introduces ("Hale said:", "Hale told reporters,") keeps that
speaker, though the next sentence opens with someone who agreed or replied ('...table."
Her deputy, Ben Carter, agreed.'). Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import quote_of

LEAD = "Budget Talks\n\n"


def test_a_colon_frame_keeps_its_speaker() -> None:
    text = LEAD + ('Jo Hale said: "Nothing is off the table." Her deputy, Ben Carter, agreed.\n')
    assert quote_of(text, "Nothing is off").speaker_name == "Jo Hale"


def test_a_comma_frame_keeps_its_speaker() -> None:
    text = LEAD + ('Jo Hale told reporters, "Nothing is off the table." Ben Carter agreed.\n')
    assert quote_of(text, "Nothing is off").speaker_name == "Jo Hale"


def test_a_relative_clause_in_the_frame() -> None:
    text = LEAD + (
        'Jo Hale, who chairs the committee, said: "Nothing is off the table." Ben Carter agreed.\n'
    )
    assert quote_of(text, "Nothing is off").speaker_name == "Jo Hale"


def test_a_frame_cut_off_as_a_sentence_still_counts() -> None:
    text = LEAD + ('Jo Hale spoke first. "Nothing is off the table!" Senator Ben Carter said.\n')
    assert (quote_of(text, "Nothing is off").speaker_name or "").endswith("Ben Carter")
