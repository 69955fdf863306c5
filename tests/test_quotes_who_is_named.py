"""Who a mention names: a plural common noun opening a sentence, a person set apart by
a phrase after a preposition, and the gender a given name gives after a run of titles.
Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_a_plural_noun_of_findings_opening_a_sentence_is_no_name() -> None:
    for word in ("Projections", "Estimates", "Guidelines", "Investigations"):
        text = LEAD + (
            "The council met on Monday to weigh the budget.\n\n"
            f'{word} suggest the deficit will "double by the end of the decade."\n'
        )
        q = quote_of(text, "the deficit")
        assert q.resolution.startswith("description"), word
        assert q.confidence < 0.5, word


def test_a_surname_with_a_plural_ending_stays_a_name() -> None:
    text = LEAD + (
        'Ada Gates chairs the council. Gates said the deficit will "double by the end of '
        'the decade."\n'
    )
    assert quote_of(text, "the deficit").speaker_name == "Ada Gates"


def test_a_person_set_apart_by_a_phrase_after_a_preposition_is_the_whole_phrase() -> None:
    for text, phrase in (
        (
            'The woman in the red coat said the line was "far too long for anyone."\n',
            "The woman in the red coat",
        ),
        (
            'The man at the front of the line said it was "far too long for anyone."\n',
            "The man at the front of the line",
        ),
        (
            'The woman in the red coat said: "The line is far too long for anyone."\n',
            "The woman in the red coat",
        ),
    ):
        (q,) = [q for q in quotes(LEAD + text) if "far too long" in q.text]
        assert q.speaker is not None and q.speaker.text == phrase, text
        assert q.speaker_name is None or q.resolution.startswith("description"), text


def test_a_thing_after_a_preposition_is_still_no_speaker() -> None:
    text = LEAD + 'The sign on the door said the shop was "closed for good."\n'
    assert all(q.speaker is None or q.speaker.text != "the door" for q in quotes(text))


def test_a_given_name_after_titles_gives_the_gender() -> None:
    text = LEAD + (
        "Harbour Board Chairwoman Ada Quill opened the session. Harbour Board Treasurer "
        "Tom Vell read the accounts.\n\n"
        '"We will not sell the pier," she said.\n\n'
        '"The accounts are sound," he said.\n'
    )
    assert quote_of(text, "We will not").speaker_name == "Harbour Board Chairwoman Ada Quill"
    assert quote_of(text, "The accounts").speaker_name == ("Harbour Board Treasurer Tom Vell")


def test_she_does_not_go_to_a_man_named_after_titles() -> None:
    text = LEAD + (
        "Dana Ruiz runs the ferry line. On Monday, Harbour Board Treasurer Tom Vell "
        "said the line had lost money.\n\n"
        '"We will keep every boat," she said.\n'
    )
    assert quote_of(text, "We will keep").speaker_name != "Harbour Board Treasurer Tom Vell"


def test_people_named_after_a_preposition_give_the_phrase_no_gender() -> None:
    text = LEAD + (
        "Fans of Ada Quill and Tom Vell met on the pier. Dana Ruiz spoke first.\n\n"
        '"We will keep every boat," she said.\n'
    )
    assert quote_of(text, "We will keep").speaker_name != "Fans of Ada Quill and Tom Vell"


def test_a_given_name_and_a_middle_name_stay_one_name() -> None:
    text = LEAD + (
        'Keith Lamont Vell chairs the board.\n\n"We will not sell the pier," Vell said.\n'
    )
    assert quote_of(text, "We will not").speaker_name == "Keith Lamont Vell"


def test_given_names_of_many_languages_give_a_gender() -> None:
    for given, pronoun, other in (
        ("Barack", "he", "Dana"),
        ("Meenakshi", "she", "Tom"),
        ("Sadiq", "he", "Dana"),
    ):
        text = LEAD + (
            f"{given} Quill chairs the board. {other} Ruiz, the treasurer, spoke after "
            "the vote.\n\n"
            f'"We will not sell the pier," {pronoun} said.\n'
        )
        q = quote_of(text, "We will not")
        assert q.speaker_name == f"{given} Quill", given
        assert q.confidence >= 0.8, given


def test_a_body_named_after_a_person_is_no_person() -> None:
    text = LEAD + (
        "The harbour festival is staged by Ingrid Vell Productions. Ruiz Records sued it "
        "last year.\n\n"
        '"We never signed that deal," the production company said.\n'
    )
    q = quote_of(text, "We never")
    assert q.speaker_name == "Ingrid Vell Productions"
    text = LEAD + (
        "The harbour festival is staged by Ingrid Vell Productions. It opens in May.\n\n"
        '"We will be there," she said.\n'
    )
    assert quote_of(text, "We will be").speaker_name != "Ingrid Vell Productions"


def test_two_german_speakers_joined_by_und_stay_two() -> None:
    text = "Hafenfest\n\n" + (
        "Der Segler Willy Vell hat das Rennen gewonnen. Das gab der Verein am Montag bekannt.\n"
        "Sonia und Willy Vell erklärten danach: „Wir freuen uns sehr.“\n"
    )
    q = quote_of(text, "Wir freuen")
    assert q.speaker_name == "Sonia und Willy Vell"
    assert q.resolution == "joint"


def test_a_place_named_only_after_a_preposition_is_no_he_or_she() -> None:
    for opening, place in (
        ("In downtown San Marco", "San Marco"),
        ("Across central Port Ellis", "Port Ellis"),
    ):
        text = LEAD + (
            f"{opening}, the ferry crews stopped work at noon. A deckhand held up a sign "
            "about the pier.\n\n"
            '"We waited all winter for this," he said.\n'
        )
        assert quote_of(text, "We waited").speaker_name != place, place


def test_a_name_after_a_word_read_as_no_part_of_it_keeps_the_focus() -> None:
    text = LEAD + (
        "Bo Lan runs the harbour survey. The survey counted 300 boats, Lan said. The count "
        "is the highest on record, says Lan.\n\n"
        'Most of the boats were small. "These numbers surprised all of us," says Kaede '
        "Gerry Vance, who tracks shipping for a firm in Ohio. The cause is unclear, but "
        '"a longer count will tell us more," he says.\n'
    )
    (q,) = [q for q in quotes(text) if "longer count" in q.text]
    assert q.speaker_name is not None and q.speaker_name.endswith("Gerry Vance")


def test_a_country_or_a_state_is_no_he_or_she() -> None:
    for name, place, pronoun, own in (
        ("Ada Quill", "Georgia", "She", "her"),
        ("Tom Vell", "Ohio", "He", "his"),
    ):
        text = LEAD + (
            f"{name} leads the race.  The senator from {place} has the widest support of "
            f"anyone running. {pronoun} is a sharp debater. {pronoun} keeps {own} message "
            "short.\n\n"
            f'{pronoun} said {own} rivals have "no plan at all."\n'
        )
        (q,) = [q for q in quotes(text) if "no plan" in q.text]
        assert q.speaker_name == name, place


def test_the_month_may_or_the_surname_may_is_no_supposition() -> None:
    for text, speaker in (
        ("In May, Tom Vell said the port would close for good.\n", "Tom Vell"),
        ("Prime Minister Ada May said the port would close for good.\n", "Ada May"),
    ):
        (q,) = [q for q in quotes(LEAD + text) if q.text.startswith("the port")]
        assert q.speaker_name is not None and q.speaker_name.endswith(speaker), text
    kept = LEAD + "Tom Vell may say the port would close for good.\n"
    assert not [q for q in quotes(kept) if q.text.startswith("the port")]
