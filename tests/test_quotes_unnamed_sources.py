"""Sources the text describes but does not name: "It said" after a sentence about a
report is the report; "White House and Pentagon spokesmen" are people of two bodies, no
joint name; a name opening with "The" after a lower-case noun starts a phrase of its own.
Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, names_no_one, quote_of

LEAD = "Harbour Inquiry\n\nThe Harbour Authority opened an inquiry in May.\n\n"


def test_it_after_a_sentence_about_a_report() -> None:
    text = LEAD + (
        "The committee's report also gave details of the leaks. It said staff had hidden "
        "the leaks from the board.\n"
    )
    q = quote_of(text, "staff had hidden")
    assert names_no_one(q)
    assert q.speaker_name != "Harbour Authority"
    assert "text" in q.resolution


def test_it_says_after_a_post() -> None:
    text = LEAD + 'The post showed a crowded quay. It says: "Let them all in!"\n'
    q = quote_of(text, "Let them")
    assert names_no_one(q)


def test_it_after_a_named_body_s_description() -> None:
    text = (
        "Boat Sales Slump\n\nNordvik Boats Ltd. builds boats in Oslo.\n\n"
        "The company reported a loss on Monday. It said sales had slumped.\n"
    )
    assert quote_of(text, "sales had").speaker_name == "Nordvik Boats Ltd"


def test_spokesmen_of_two_bodies_are_no_joint_name() -> None:
    text = LEAD + "Harbour and Coast Guard spokesmen said the inquiry was routine.\n"
    q = quote_of(text, "the inquiry")
    assert mention(q) == "Harbour and Coast Guard spokesmen"
    assert names_no_one(q)


def test_two_named_people_stay_joint() -> None:
    text = LEAD + "Anna Kim and Paul Ortiz said the inquiry was routine.\n"
    assert quote_of(text, "the inquiry").speaker_name == "Anna Kim and Paul Ortiz"


def test_a_name_with_the_after_a_noun_starts_its_own_phrase() -> None:
    text = LEAD + (
        "The number of people The Harbour Herald reported the authority is planning to "
        "lay off next year.\n"
    )
    q = quote_of(text, "the authority is")
    assert mention(q) == "The Harbour Herald"


def test_a_person_and_her_campaign_stay_joint() -> None:
    text = (
        LEAD + "Jo Hale spoke on Monday. Ms. Hale and her campaign said the inquiry was routine.\n"
    )
    q = quote_of(text, "the inquiry")
    assert mention(q) == "Ms. Hale and her campaign"
    assert not names_no_one(q)


def test_a_campaign_before_a_name_is_no_role_of_the_person() -> None:
    # "running his campaign, Tom Hale ...": the comma ends a clause; "campaign" is no role
    # of Tom Hale, so "The Hale campaign" stays the campaign, not the candidate
    text = (
        "Harbour Race\n\nAfter saying how cheaply he was running his campaign, Tom Hale is spending "
        "more.\n\n"
        "The Hale campaign on Tuesday responded that it had moved to a larger office.\n"
    )
    q = quote_of(text, "it had moved")
    assert q.speaker_name == "Hale campaign"
