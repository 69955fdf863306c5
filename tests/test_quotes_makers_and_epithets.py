"""Records named for the body that keeps them ("Harbour Commission filings"), a
document's makers set off after it, "Pres." and "Prof." before a name, an anonymous
source set before a clause, and epithets for the person the last sentence was about.
Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_records_named_for_a_body_are_that_body_s() -> None:
    for source, name in (
        ("Federal Harbour Commission filings", "Federal Harbour Commission"),
        ("FHC records", "FHC"),
        ("Norland Statistics Office data", "Norland Statistics Office"),
    ):
        text = LEAD + f"The Vell Fund spent $3 million on ads in May, according to {source}.\n"
        q = quote_of(text, "The Vell Fund spent")
        assert mention(q) == source
        assert q.speaker_name == name, source
        chain_ok(q)


def test_records_of_a_one_word_body_stay_unnamed() -> None:
    # A candidate's filings kept by a chamber: the chamber did not say it.
    text = LEAD + "Tom Vell has raised $2 million this year, according to Senate filings.\n"
    q = quote_of(text, "Tom Vell has raised")
    assert q.speaker_name is None or "unresolved" in q.resolution


def test_a_document_s_makers_set_off_after_it() -> None:
    text = LEAD + (
        "Voters in Norland are split, according to a new poll.\n\n"
        "The survey, conducted by the Harbour Policy Institute, finds Tom Vell with a small "
        "lead over Ada Quill, 46 percent to 44 percent.\n"
    )
    q = quote_of(text, "Tom Vell with a small lead")
    assert mention(q) == "The survey, conducted by the Harbour Policy Institute"
    assert q.speaker_name == "Harbour Policy Institute"
    chain_ok(q)


def test_a_document_without_its_makers_stays_unnamed() -> None:
    text = LEAD + (
        "The survey, taken over two weeks in May, finds Tom Vell with a small lead over "
        "Ada Quill.\n"
    )
    q = quote_of(text, "Tom Vell with a small lead")
    assert q.speaker_name is None or "unresolved" in q.resolution


def test_pres_and_prof_are_titles_and_give_a_role() -> None:
    text = LEAD + (
        'In the new issue of The Monthly, Pres. Tom Vell admits the plan "did not work."\n\n'
        "Earlier this week, Ada Quill conceded the plan had failed.\n\n"
        '"We got a mandate," the president told the magazine.\n'
    )
    q = quote_of(text, "We got a mandate")
    assert q.speaker_name == "Tom Vell"
    chain_ok(q)
    text = LEAD + (
        "Prof. Ada Quill led the study of the harbour walls.\n\n"
        "Tom Vell said the walls would last.\n\n"
        '"The walls will not hold," the professor said.\n'
    )
    q = quote_of(text, "The walls will not hold")
    assert q.speaker_name == "Ada Quill"
    chain_ok(q)


def test_an_anonymous_source_before_a_clause_is_no_role_of_its_subject() -> None:
    text = LEAD + (
        "Tom Vell ran the harbour for a decade.\n\n"
        "Norland Freight is a shipping firm that works for the navy. According to one "
        "source, Norland Freight is responsible for most of the ports in the north.\n"
    )
    q = quote_of(text, "Norland Freight is responsible")
    assert mention(q) == "one source"
    assert q.speaker_name is None or "unresolved" in q.resolution


def test_a_role_before_a_name_after_of_is_still_a_role() -> None:
    text = LEAD + (
        "He phoned the board on behalf of his new wife, Ada Vell Quill. Tom Vell said "
        'nothing.\n\n"She will win," the wife said.\n'
    )
    q = quote_of(text, "She will win")
    assert q.speaker_name == "Ada Vell Quill"


def test_an_epithet_for_the_subject_of_the_sentence_before() -> None:
    # Someone else is named more often; the last sentence was about Quill.
    text = LEAD + (
        "Tom Vell leads the race. Tom Vell spoke in Norland on Monday, and Vell spoke "
        "again on Tuesday.\n\n"
        "Ada Quill, the chair of the harbour board, listed a quiz show as her guilty "
        "pleasure.\n\n"
        '"I never miss it," the billionaire told a magazine.\n'
    )
    q = quote_of(text, "I never miss it")
    assert q.speaker_name == "Ada Quill"
    chain_ok(q)


def test_an_epithet_after_a_title_s_object_is_not_that_person() -> None:
    # Hale is named last, but only after "with Sen.": not the one the sentence is about.
    text = LEAD + (
        "Tom Vell leads the race. Vell spoke in Norland on Monday, and Vell spoke again "
        "on Tuesday.\n\n"
        "Ben Quill stressed the harbour during an appearance with Sen. Jo Hale.\n\n"
        "The Norland senator told reporters he feels good about his campaign.\n"
    )
    q = quote_of(text, "he feels good about")
    assert q.speaker_name != "Jo Hale"


def test_new_epithets_of_standing() -> None:
    for noun in ("retired neurosurgeon", "Republican incumbent", "former trophy winner"):
        text = LEAD + (
            "Ben Quill spoke in Norland on Monday.\n\n"
            f"The {noun} said that the harbour must stay open.\n"
        )
        q = quote_of(text, "the harbour must stay open")
        assert q.speaker_name == "Ben Quill", noun


def test_no_new_quote_appears_from_the_records_rule() -> None:
    text = LEAD + "Court records show the pier was sold in May.\n"
    assert all(q.speaker_name != "Court" for q in quotes(text))


def test_an_adjective_in_ed_after_an_article_is_part_of_the_subject() -> None:
    text = LEAD + (
        "The pier was closed on Monday. The retired pilot said that the harbour would "
        "stay open for ten more years.\n"
    )
    q = quote_of(text, "the harbour would stay open")
    assert mention(q) == "The retired pilot"
    # a participle is no verb of saying: "A couple also claiming ..." reports nothing
    text = LEAD + "A married couple also claiming ties to the gang robbed the bank in May.\n"
    assert not quotes(text)


def test_a_name_set_off_with_its_body_after_a_description() -> None:
    text = LEAD + (
        "The poll showed Mr. Vell losing supporters after the debate.\n\n"
        "Another pollster, Dan Quill of Norland University, said his survey of voters "
        "showed Mr. Vell's support holding steady.\n\n"
        '"His numbers were the same as before the debate," he said in an email.\n'
    )
    q = quote_of(text, "his survey of voters")
    assert mention(q) == "Another pollster, Dan Quill"
    assert q.speaker_name == "Dan Quill"
    chain_ok(q)
    q = quote_of(text, "His numbers were the same")
    assert q.speaker_name == "Dan Quill"


def test_maintained_reports_only_with_a_clause() -> None:
    for said in (
        "Ada Quill maintained her lead over Tom Vell in the harbour race.",
        "Tom Vell maintained an energetic pace into old age.",
    ):
        assert not quotes(LEAD + said + "\n"), said
    q = quote_of(LEAD + "Ada Quill has maintained that the pier was safe.\n", "the pier was safe")
    assert q.speaker_name == "Ada Quill"


def test_a_study_carried_out_by_a_body() -> None:
    text = LEAD + (
        "Voters are split, according to a new poll.\n\n"
        "The study, carried out by the Harbour Policy Institute, finds Tom Vell with a "
        "small lead over Ada Quill.\n"
    )
    q = quote_of(text, "Tom Vell with a small lead")
    assert q.speaker_name == "Harbour Policy Institute"
    chain_ok(q)


def test_a_pair_named_by_a_noun_for_people() -> None:
    for phrase in ("The two lawmakers", "Both candidates"):
        text = LEAD + (
            "Tom Vell and Ada Quill asked the board for the files on Monday. "
            f'{phrase} said the delay was "unacceptable."\n'
        )
        q = quote_of(text, "the delay was")
        assert q.speaker_name == "Tom Vell and Ada Quill", phrase
    # no pair named before: unresolved, the words kept
    text = LEAD + "Voters met in Norland. Both candidates said that the harbour must stay open.\n"
    q = quote_of(text, "the harbour must stay open")
    assert q.speaker_name in (None, "Both candidates")
    assert "unresolved" in q.resolution
    # two companies are no pair of people
    text = LEAD + (
        "Tom Vell and Ada Quill met voters. Acme and Vell Group met in Norland. The two "
        "companies said that the harbour must stay open.\n"
    )
    q = quote_of(text, "the harbour must stay open")
    assert q.speaker_name != "Tom Vell and Ada Quill"


def test_an_epithet_for_the_subject_before_over_a_role_named_long_ago() -> None:
    text = LEAD + (
        "In the other race, Sen. Rick Hale kept his lead.\n\n"
        "The harbour vote is next week. Polls open at seven. Turnout may be high.\n\n"
        "Tom Vell sought to stoke positive energy as he stopped by his headquarters in Port "
        'Ellis. Walking into the office to chants of "Tom! Tom!," the senator said his '
        'campaign here was "closing really strong."\n'
    )
    q = quote_of(text, "his campaign here")
    assert q.speaker_name == "Tom Vell"
    chain_ok(q)


def test_a_role_named_long_ago_over_someone_with_another_title() -> None:
    text = LEAD + (
        "President Tom Vell met the board in May.\n\n"
        "The harbour vote is next week. Polls open at seven. Turnout may be high.\n\n"
        "Rep. Ada Quill called on the country to act. This week, the president declined to "
        "threaten Norland or even directly declare it responsible.\n"
    )
    q = quote_of(text, "Norland or even")
    assert q.speaker_name == "Tom Vell"


def test_a_body_named_before_its_document() -> None:
    for source, name in (
        ("a 2015 Harbour Research survey", "Harbour Research"),
        ("a Harbour Post analysis of campaign finance filings", "Harbour Post"),
        (
            "a Norland Watchdog Group report released by the governor's office",
            "Norland Watchdog Group",
        ),
    ):
        text = LEAD + f"Spending on ads reached $5 million, according to {source}.\n"
        q = quote_of(text, "Spending on ads")
        assert mention(q) == source
        assert q.speaker_name == name, source
        chain_ok(q)


def test_the_group_is_no_country() -> None:
    text = LEAD + (
        "There are about four million fewer players in the United States than there were a "
        "decade ago, according to the Norland Golf Foundation. Almost 650 courses have closed "
        "since 2006, the group says.\n"
    )
    q = quote_of(text, "Almost 650 courses")
    assert q.speaker_name == "Norland Golf Foundation"
    chain_ok(q)


def test_a_state_before_a_title_names_the_one_title_holder_in_focus() -> None:
    text = LEAD + (
        "Several candidates condemned the test on Wednesday.\n\n"
        "Sen. Tom Vell responded first, ripping into President Rick Hale late Tuesday night.\n\n"
        '"I have been warning throughout this campaign that the north is run by a lunatic," '
        "the Florida senator said in a statement.\n"
    )
    q = quote_of(text, "I have been warning")
    assert q.speaker_name == "Tom Vell"
    chain_ok(q)


def test_a_state_before_a_title_names_no_holder_out_of_focus() -> None:
    text = LEAD + (
        "Tom Vell, who is third in many polls, stressed defense issues during an appearance "
        "with Sen. Ada Quill, R-Iowa.\n\n"
        'The Florida senator told reporters he feels good about his campaign, and "we will '
        'see what it translates to."\n'
    )
    found = [q for q in quotes(text) if "we will see" in q.text]
    assert [q.speaker_name for q in found] != ["Ada Quill"]


def test_a_headline_s_words_are_no_one_else_s_name_in_an_epithet() -> None:
    text = (
        "HFL Legend Pays A Heavy Price For Backing Vell.\n\n"
        "Not everyone is on the Vell train. Just ask former HFL star Rick Hale.\n\n"
        "Their partnership began in 1984, when Vell signed Hale to a rich contract. "
        "Hale also appeared on a show Vell made. The HFL legend said people "
        "misunderstand Vell.\n"
    )
    q = quote_of(text, "people misunderstand Vell")
    assert q.speaker_name == "Rick Hale"
    chain_ok(q)
