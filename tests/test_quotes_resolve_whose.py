"""Descriptions the text says whose they are, each on a short passage of our own:
staff of a named body, a document's makers, a body's own description; and
speakers that stay unnamed (a share of people, "they" after a law)."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, names_no_one, quote_of

LEAD = "Intro line.\n\n"


def test_bare_officials_after_a_body_named_with_them_are_that_body() -> None:
    text = LEAD + (
        "NASA officials set the launch for Monday. The rocket will carry four "
        'astronauts. "We are ready to fly," officials said.'
    )
    q = quote_of(text, "We are ready")
    assert q.speaker_name == "NASA"
    assert "unresolved" not in q.resolution
    assert q.confidence <= 0.6  # a bare plural: weaker evidence than a name
    chain_ok(q)


def test_researchers_at_a_body_are_that_body() -> None:
    text = LEAD + (
        "Researchers at Halvorsen University found a new kind of frost. The frost "
        'forms at night. "It was a surprise," the researchers said.'
    )
    q = quote_of(text, "It was a surprise")
    assert q.speaker_name == "Halvorsen University"
    chain_ok(q)


def test_officials_tied_to_two_bodies_stay_unresolved() -> None:
    text = LEAD + (
        "NASA officials and ESA officials met in Paris on Monday. They talked for hours. "
        '"We agree on the plan," officials said.'
    )
    q = quote_of(text, "We agree")
    assert names_no_one(q)


def test_a_paper_is_its_authors() -> None:
    text = LEAD + (
        "Jane Roe and Tom Baker published the paper in a journal on Monday. "
        '"The effect is large," the paper says.'
    )
    q = quote_of(text, "The effect is large")
    assert q.speaker_name == "Jane Roe and Tom Baker"
    assert q.confidence <= 0.6
    chain_ok(q)


def test_a_study_by_a_body_is_that_body() -> None:
    text = LEAD + (
        "A study by the Lindqvist Institute came out on Monday. "
        '"Most adults read news online," the study said.'
    )
    q = quote_of(text, "Most adults")
    assert q.speaker_name == "Lindqvist Institute"
    chain_ok(q)


def test_a_report_someone_only_commented_on_stays_unnamed() -> None:
    text = LEAD + (
        'Senator Ada Kerr read the report on Monday. "The economy is weak," the report said.'
    )
    q = quote_of(text, "The economy is weak")
    assert names_no_one(q)


def test_a_body_s_own_description_names_it() -> None:
    text = LEAD + (
        "The talks ended on Friday.\n\n"
        'The Norwegian foreign ministry said it "regrets the decision."\n\n'
        'Chile\u2019s defence ministry said "nothing has changed."'
    )
    q = quote_of(text, 'it "regrets')
    assert q.speaker_name == "Norwegian foreign ministry"
    assert "unresolved" not in q.resolution and q.confidence <= 0.7
    chain_ok(q)
    q = quote_of(text, "nothing has changed")
    assert q.speaker_name == "Chile\u2019s defence ministry"


def test_an_unqualified_ministry_is_no_name_of_its_own() -> None:
    text = LEAD + 'The talks ended on Friday.\n\nThe ministry said it "regrets the decision."'
    q = quote_of(text, 'it "regrets')
    assert names_no_one(q)


def test_others_and_some_name_no_one() -> None:
    text = LEAD + (
        'The new rule takes effect in May. Many welcomed it. "It is long overdue," '
        'Others said. "It is a disaster," Some of them said.'
    )
    for start in ("It is long overdue", "It is a disaster"):
        q = quote_of(text, start)
        assert names_no_one(q)
        assert q.resolution != "name"


def test_they_never_names_a_treaty() -> None:
    text = LEAD + (
        'The Lisbon Agreement was signed in 2015 by many countries. "We will not leave it," '
        "they said."
    )
    q = quote_of(text, "We will not leave")
    assert q.speaker_name != "Lisbon Agreement"
    assert names_no_one(q)


def test_they_still_names_a_body_that_spoke() -> None:
    text = LEAD + (
        'The Lisbon Agreement was signed in 2015. The Halden Club said it "was too weak." '
        '"We will keep pushing," they said.'
    )
    q = quote_of(text, "We will keep pushing")
    assert q.speaker_name == "Halden Club"
    chain_ok(q)


def test_the_club_is_the_salient_club_with_less_confidence_than_a_role() -> None:
    text = LEAD + (
        "The Halden Club lost again on Sunday. Its coach was angry. "
        '"We will fight back," the club said. Tom Reddick, 56, coaches the side. '
        '"We lacked pace," the 56-year-old said.'
    )
    club = quote_of(text, "We will fight back")
    assert club.speaker_name == "Halden Club"
    assert club.confidence <= 0.65
    chain_ok(club)
    coach = quote_of(text, "We lacked pace")
    assert coach.speaker_name == "Tom Reddick"
    assert coach.confidence > club.confidence


def test_company_officials_are_the_salient_company_with_low_confidence() -> None:
    text = LEAD + (
        "The Halden Company cut 500 jobs on Monday. The plant will close in May. "
        '"We had no choice," company officials said.'
    )
    q = quote_of(text, "We had no choice")
    assert q.speaker_name == "Halden Company"
    assert q.confidence <= 0.55
    chain_ok(q)


def test_they_never_names_a_product() -> None:
    text = LEAD + 'The Roomba is small and quiet. "We love it," they said.'
    q = quote_of(text, "We love it")
    assert names_no_one(q)


def test_they_after_someone_and_unnamed_others_stays_unresolved() -> None:
    text = LEAD + (
        "The Halden Club met on Monday. To be sure, Tom Baker and his staff did not "
        'want to sell. "We will stay," they said.'
    )
    q = quote_of(text, "We will stay")
    assert names_no_one(q)


def test_one_of_a_family_s_lawyers_named_in_apposition_is_named() -> None:
    text = LEAD + (
        "The family sued the city on Monday. In a statement, one of the family\u2019s "
        'lawyers, Ada Kerr, said "the footage is clear."'
    )
    q = quote_of(text, '"the footage is clear')
    assert q.speaker_name == "Ada Kerr"
    chain_ok(q)


def test_administration_officials_are_no_one_named_body() -> None:
    text = LEAD + (
        "The White House announced the move on Monday. Administration officials said "
        '"the sanctions will end."'
    )
    q = quote_of(text, "the sanctions will end")
    assert q.speaker_name != "White House"


def test_a_government_named_by_its_seat_is_not_an_earlier_government() -> None:
    text = LEAD + (
        'The German government said "the levy will stay." Coal use is rising in Asia. '
        'The government in Beijing said "demand will fall."'
    )
    q = quote_of(text, "demand will fall")
    assert q.speaker_name != "German government"


def test_one_official_of_a_body_does_not_make_later_officials_its_own() -> None:
    text = LEAD + (
        "A Halden Ministry official spoke to reporters on Monday. The vote is in October. "
        '"It will be close," officials said.'
    )
    q = quote_of(text, "It will be close")
    assert names_no_one(q)


def test_a_nationality_shared_with_a_body_does_not_tie_staff_to_it() -> None:
    text = LEAD + (
        "The Swiss Army bought new knives. Later, a group of Swiss scientists found a "
        'new enzyme. "It is everywhere," scientists said.'
    )
    q = quote_of(text, "It is everywhere")
    assert q.speaker_name != "Swiss Army"


def test_a_document_owned_by_a_name_is_that_name_but_a_son_is_not() -> None:
    text = LEAD + (
        'Prices rose again. "Most adults read news online," the Lind Institute\u2019s '
        'survey says. "She works hard," Ada Kerr\u2019s son said.'
    )
    q = quote_of(text, "Most adults")
    assert q.speaker_name == "Lind Institute"
    assert q.confidence <= 0.7
    chain_ok(q)
    son = quote_of(text, "She works hard")
    assert names_no_one(son)


def test_a_body_s_own_description_needs_a_proper_qualifier() -> None:
    from provenance.quotes.resolve_bodies import names_its_body

    assert names_its_body("the Israeli army") and names_its_body("The U.S. military")
    for phrase in ("the government", "the local police", "His government", "Monday's government"):
        assert not names_its_body(phrase)


def test_a_name_apposed_at_the_end_wins_over_a_name_inside() -> None:
    text = LEAD + (
        "Ada Kerr won the state. Jane Doe backs Kerr. "
        '"We are united," said an unpledged delegate supporting Kerr, Jane Doe, on Monday.'
    )
    q = quote_of(text, "We are united")
    assert q.speaker_name == "Jane Doe"
    chain_ok(q)


def test_they_stays_with_a_body_of_people_named_in_the_plural() -> None:
    text = LEAD + (
        'The Halden Democrats blocked the bill on Monday. "We will not yield," they said.'
    )
    q = quote_of(text, "We will not yield")
    assert q.speaker_name == "Halden Democrats"


def test_the_ministry_is_no_place_named_before_it() -> None:
    # "the Varna region" names a place; "the ministry" must be a ministry the text named
    text = LEAD + (
        "A deputy minister met a trade envoy from the Varna region on Monday. "
        'The envoy "again stressed the need for open ports," the ministry said.'
    )
    q = quote_of(text, "The envoy")
    assert q.speaker is not None and q.speaker.text == "the ministry"
    assert q.speaker_name in (None, "the ministry")
    assert q.speaker_name != "Varna"


def test_the_ministry_after_a_ministry_named_is_that_ministry() -> None:
    text = LEAD + (
        "The Foreign Ministry of Norland summoned the envoy on Monday. The talks were short. "
        '"We expect an apology," the ministry said.'
    )
    q = quote_of(text, "We expect")
    assert q.speaker_name is not None and "Ministry" in q.speaker_name
    chain_ok(q)


def test_no_name_is_given_that_its_chain_cannot_bear_out() -> None:
    # "Officials" opens its sentence, so a verifier reads it as a name, which "NASA" is not
    text = LEAD + (
        "NASA officials set the launch for Monday. The rocket is ready.\n\n"
        "Officials said the weather would hold."
    )
    q = quote_of(text, "the weather would hold")
    assert q.speaker_name is None and q.antecedents == ()
    assert "unresolved" in q.resolution


def test_a_candidate_s_campaign_names_a_body() -> None:
    text = LEAD + (
        "The rally ended on Friday.\n\n"
        'The Hale campaign said the figures were "simply wrong."\n\n'
        "Jo Marsh toured three towns on Monday.\n\n"
        'Ms. Marsh\u2019s mayoral campaign said it had "nothing to add."'
    )
    q = quote_of(text, "the figures were")
    assert q.speaker_name == "Hale campaign" and "unresolved" not in q.resolution
    chain_ok(q)
    q = quote_of(text, 'it had "nothing')
    assert q.speaker_name == "Ms. Marsh\u2019s mayoral campaign"
    assert "unresolved" not in q.resolution and q.confidence <= 0.7
    chain_ok(q)


def test_a_campaign_names_a_body_only_with_a_candidate() -> None:
    from provenance.quotes.resolve_bodies import names_its_body

    assert names_its_body("the Hale campaign") and names_its_body("Hale's reelection campaign")
    for phrase in ("the campaign", "the Republican campaign", "her campaign", "the 2016 campaign"):
        assert not names_its_body(phrase)


def test_the_campaign_is_the_last_candidate_s_campaign_spoken_of_or_no_one() -> None:
    text = LEAD + (
        "The rally ended on Friday.\n\n"
        "The Hale campaign said the poll was wrong.\n\n"
        '"It is simply false," the campaign said.\n\n'
        "Jo Marsh spoke in Leeds. An aide said her campaign had not paid for the buses.\n\n"
        "The campaign said the candidate will announce a plan on Friday."
    )
    q = quote_of(text, "It is simply")
    assert q.speaker_name == "Hale campaign" and "unresolved" not in q.resolution
    chain_ok(q)
    assert names_no_one(quote_of(text, "the candidate will"))


def test_a_named_person_s_office_names_a_body() -> None:
    from provenance.quotes.resolve_bodies import names_its_body

    assert names_its_body("Sen. Jo Hale\u2019s office") and names_its_body("Hale's office")
    for phrase in (
        "the governor's office",
        "His office",
        "the Oval Office",
        "The Governor's office",
    ):
        assert not names_its_body(phrase)
    text = LEAD + "Sen. Jo Hale\u2019s office said on Friday that the vote would be delayed."
    q = quote_of(text, "the vote would")
    assert q.speaker_name == "Sen. Jo Hale\u2019s office" and "unresolved" not in q.resolution
    chain_ok(q)
