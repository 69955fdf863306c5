"""A report that opens with its own speaker and verb of saying after "according to X"
is that speaker's ("According to the Journal, Acme has stated it will ..." is Acme's;
the Journal reported it), and "according to police, Tom Reyes ..." gives Tom Reyes no
role. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of

LEAD = "Harbour Vote\n\n"


def test_the_speaker_inside_the_report() -> None:
    text = LEAD + "According to the Harbour Journal, Acme said it will not fund the fair.\n"
    q = quote_of(text, "it will not fund the fair")
    assert q.speaker_name == "Acme"
    text = LEAD + (
        "According to the Harbour Journal, Acme has stated it will not fund the fair and "
        '"will not provide any support at all."\n'
    )
    q = quote_of(text, "it will not fund the fair")
    assert mention(q) == "Acme"


def test_a_report_with_no_saying_stays_the_source_s() -> None:
    text = LEAD + 'According to the Harbour Journal, "Acme will not fund the fair."\n'
    assert "Harbour Journal" in (quote_of(text, "Acme will not fund").speaker_name or "")
    text = LEAD + "According to the Harbour Journal, the fair will cost more than it earns.\n"
    assert "Harbour Journal" in (quote_of(text, "the fair will cost").speaker_name or "")


def test_a_source_before_a_name_is_no_role_of_it() -> None:
    text = LEAD + (
        'According to police, Tom Reyes told officers he had "never seen the boat before."\n\n'
        'According to police, the boat had been "stolen twice in a single week."\n'
    )
    assert quote_of(text, "he had").speaker_name == "Tom Reyes"
    assert names_no_one(quote_of(text, "the boat had been"))
