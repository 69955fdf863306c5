"""A quote its own frame introduces ("Hale said:", "Hale told reporters,", "Ruiz said
her client ...") keeps that speaker, though the next sentence opens with someone who
agreed, said nothing or declined to comment ('...table." Her deputy, Ben Carter,
agreed.'). Short passages of our own."""

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


def test_a_reported_clause_keeps_its_speaker() -> None:
    text = LEAD + (
        'Reyes\'s attorney, Ana Ruiz, said her client "did nothing wrong." Reyes himself '
        "said nothing.\n"
    )
    q = quote_of(text, "her client")
    assert q.kind == "mixed"
    assert q.speaker_name == "Ana Ruiz"


def test_one_who_declined_to_comment_is_no_frame() -> None:
    text = LEAD + (
        'The Hale campaign said in a statement that "Hale won\'t be bullied." A spokesman '
        "for Carter declined to comment.\n"
    )
    q = quote_of(text, "Hale won't be bullied")
    assert q.speaker_name != "Carter"


def test_two_openers_before_the_subject() -> None:
    text = LEAD + (
        "On Thursday, after months of silence, Jo Hale met the board and endorsed the "
        'plan, saying, "It is the best we have."\n'
    )
    assert quote_of(text, "It is the best").speaker_name == "Jo Hale"
