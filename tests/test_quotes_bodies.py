"""Organisations and sources as speakers: names with "the", names of bodies that run on
through "of", acronyms, document makers, and "according to" at a sentence's end.
Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, names_no_one, quote_of, quotes


def test_the_and_a_name_is_a_name_not_an_unresolved_description() -> None:
    text = (
        "In March, the Department of Energy announced that the benchmark had been reached "
        "three years early.\n\nThe White House said the meeting was productive."
    )
    doe = quote_of(text, "the benchmark")
    assert doe.speaker_name == "the Department of Energy"
    assert "unresolved" not in doe.resolution
    chain_ok(doe)
    house = quote_of(text, "the meeting")
    assert house.speaker_name == "White House"


def test_a_capitalised_common_noun_after_the_stays_a_description() -> None:
    text = "The mayor met the press on Monday.\n\nThe bill is dead, the President said."
    q = quote_of(text, "The bill")
    assert names_no_one(q)


def test_an_acronym_is_the_body_it_abbreviates() -> None:
    text = (
        "The Drug Enforcement Administration has warned about the drug for years.\n\n"
        "The threat is growing, the DEA said on Friday."
    )
    q = quote_of(text, "The threat")
    assert q.speaker_name is not None
    assert "unresolved" not in q.resolution
    assert q.speaker_name in ("DEA", "Drug Enforcement Administration")
    chain_ok(q)


def test_the_kind_of_body_resolves_to_its_name() -> None:
    text = (
        "The Drug Enforcement Administration has warned about the drug for years.\n\n"
        "The agency said the threat was growing."
    )
    q = quote_of(text, "the threat")
    assert q.speaker_name == "Drug Enforcement Administration"
    chain_ok(q)


def test_a_body_name_runs_on_through_of_and_a_list() -> None:
    text = (
        "Spain's Ministry of Trade, Industry and Energy said on Tuesday that prices would fall."
        "\n\nOfficials at the Department of Health and Human Services said the rule was final."
    )
    ministry = quote_of(text, "prices")
    assert ministry.speaker_name is not None
    assert ministry.speaker_name.endswith("Ministry of Trade Industry and Energy")
    officials = quote_of(text, "the rule")
    # "and" inside one name is no pair of speakers
    assert officials.resolution != "joint"


def test_a_sentence_opening_common_noun_is_no_name() -> None:
    text = (
        "The mayor has promised to change his habits.\n\n"
        "Sources told the paper that the mayor had made only minor changes."
    )
    q = quote_of(text, "the mayor had")
    assert mention(q) == "Sources"
    assert "unresolved" in q.resolution


def test_according_to_at_the_sentence_end_names_the_source_not_the_subject() -> None:
    text = (
        "NEW YORK - Newsroom jobs fell by a quarter over the decade, according to an analysis "
        "from Poynter.\n\nApple plans to release three phones next year, according to a report "
        "by DigiTimes citing industry sources."
    )
    jobs = quote_of(text, "Newsroom jobs")  # (the dateline is the writer's)
    assert mention(jobs) == "an analysis from Poynter"
    assert jobs.speaker_name == "Poynter"
    apple = quote_of(text, "Apple plans")
    assert apple.speaker_name == "DigiTimes"
    assert "according to" not in apple.text
    for q in (jobs, apple):
        chain_ok(q)


def test_according_to_inside_a_dash_aside_makes_no_attribution() -> None:
    text = (
        "Given that history - the paper counted thousands of false claims, according to its "
        "tally - the letter deserves scrutiny."
    )
    assert not [q for q in quotes(text) if q.speaker and "Given" in q.speaker.text]
    assert not [q for q in quotes(text) if q.speaker and "letter" in q.speaker.text]


def test_a_counted_person_on_a_site_is_the_speaker_not_the_site() -> None:
    text = 'One user on the forum, which is a popular site, posted: "How did this happen?"'
    q = quote_of(text, "How did")
    assert mention(q) == "One user on the forum"


def test_a_new_statement_after_a_quote_is_not_its_frame() -> None:
    text = (
        'Officials said the rule was "final." The department said it would not change it.\n\n'
        '"We will not stop!" Senator Jeff Sessions said in a statement.'
    )
    final = quote_of(text, 'the rule was "final')
    assert mention(final) == "Officials"
    stop = quote_of(text, "We will not stop")
    assert stop.speaker_name is not None and "Sessions" in stop.speaker_name


def test_a_frame_with_a_time_or_a_medium_after_it_still_closes_the_sentence() -> None:
    text = (
        "The threat is growing, the agency said on Friday.\n\n"
        "The bridge will reopen in June, the mayor said in a statement."
    )
    assert mention(quote_of(text, "The threat")) == "the agency"
    assert mention(quote_of(text, "The bridge")) == "the mayor"


def test_no_reported_words_in_a_score_a_comparison_or_a_letter_written() -> None:
    text = (
        "Brad Marchand scored twice, and Connor Clifton added a goal as the Bruins beat the "
        "Devils.\n\nThe numbers are more complicated than the senator suggests, but he appears "
        "to be in the ballpark.\n\nIt is larger than the figure the senator cited, but it is "
        "close.\n\nIf the doctor had written the letter himself, it's because he had no choice."
    )
    assert quotes(text) == []


def test_the_same_verbs_still_report_a_clause() -> None:
    text = (
        "The doctor wrote that the patient was in excellent health.\n\n"
        "The coach added that the team was ready."
    )
    assert mention(quote_of(text, "the patient")) == "The doctor"
    assert mention(quote_of(text, "the team")) == "The coach"


def test_the_kind_of_body_points_to_the_body_just_named() -> None:
    text = (
        "Pacific Gas & Electric Co. cut power to thousands of homes on Saturday. The utility "
        "said it would restore power by Monday.\n\n"
        "Volkswagen unveiled a new electric van in Detroit. Volkswagen said the van would go on "
        "sale in 2022. The automaker said it expects strong demand."
    )
    utility = quote_of(text, "it would restore")
    assert utility.speaker_name == "Pacific Gas Electric Co"
    automaker = quote_of(text, "it expects")
    assert automaker.speaker_name == "Volkswagen"
    for q in (utility, automaker):
        chain_ok(q)


def test_the_kind_must_agree_with_a_known_kind() -> None:
    text = (
        "Acme Corp. won the contract on Monday. The Interior Ministry approved it.\n\n"
        "The company said the work would start in May."
    )
    q = quote_of(text, "the work")
    assert q.speaker_name == "Acme Corp"


def test_a_person_is_not_the_company() -> None:
    text = "Kelsey Xu spoke to reporters on Monday.\n\nThe company said the talks had failed."
    q = quote_of(text, "the talks")
    assert q.speaker_name is None or "Xu" not in q.speaker_name


def test_findings_that_open_a_sentence_are_no_names() -> None:
    text = (
        "Studies have shown that sleep matters.\n\nResearch suggests that the effect is small."
        "\n\nMore studies are planned, and research is slow."
    )
    for start in ("sleep matters", "the effect"):
        q = quote_of(text, start)
        assert "unresolved" in q.resolution


def test_a_ticker_after_a_name_and_a_name_particle() -> None:
    text = (
        "Home Depot (ticker: HD) said it expects sales to rise.\n\n"
        "Monica de Bolle, an economist, said the plan would fail."
    )
    depot = quote_of(text, "it expects")
    assert depot.speaker_name == "Home Depot"
    chain_ok(depot)
    bolle = quote_of(text, "the plan")
    assert bolle.speaker_name == "Monica de Bolle"
    assert "unresolved" not in bolle.resolution


def test_a_dateline_is_not_part_of_the_speaker() -> None:
    text = "BERLIN -- The European Space Agency said Tuesday that the probe had landed."
    q = quote_of(text, "the probe")
    assert mention(q) == "The European Space Agency"


def test_the_speaker_before_a_long_apposition_with_commas() -> None:
    text = (
        "Jim Chilton, senior vice president of Boeing Defense, Space, and Security, said the "
        "rocket was ready.\n\n"
        'According to the agency, one user on the forum, a popular site, posted: "Why now?"\n\n'
        "At the time of his physical, Dr. Ronny Jackson, who was then the physician, suggested "
        "that the patient change his diet."
    )
    assert quote_of(text, "the rocket").speaker_name == "Jim Chilton"
    assert mention(quote_of(text, "Why now")) == "one user on the forum"
    # (the honorific is no part of the name)
    assert quote_of(text, "the patient").speaker_name == "Ronny Jackson"


def test_a_person_who_is_the_subject_just_before_a_quote_says_it() -> None:
    text = (
        '"We need a rocket that works," Senator Mark Young said at the hearing.\n\n'
        "Robert Aderholt returned to the issue later in the day.\n\n"
        '"The schedule has slipped again and again, and nobody is answering for it."'
    )
    q = quote_of(text, "The schedule")
    assert q.speaker_name == "Robert Aderholt"
    assert "the subject of the sentence before" in q.resolution
    assert q.confidence <= 0.6


def test_a_sentence_about_a_thing_still_carries_the_last_speaker() -> None:
    text = (
        '"We need a rocket that works," Senator Mark Young said at the hearing. '
        "The hearing went on for hours.\n\n"
        '"The schedule has slipped again and again, and nobody is answering for it."'
    )
    q = quote_of(text, "The schedule")
    assert q.speaker_name == "Senator Mark Young"


def test_sources_at_the_end_and_in_the_middle_of_a_sentence() -> None:
    text = (
        "Intro line.\n\n"
        "The two men were freed in a swap last week, an insider source told AFP.\n\n"
        "The key to the service, says Jack Buser, is that it runs on any screen.\n\n"
        "A person familiar with the matter told the paper that the deal was close.\n\n"
        "US officials said the talks would resume in January."
    )
    assert mention(quote_of(text, "The two men")) == "an insider source"
    aside = quote_of(text, "The key")
    assert aside.speaker_name == "Jack Buser"
    assert aside.text == "The key to the service is that it runs on any screen"
    assert len(aside.content) == 2
    assert mention(quote_of(text, "the deal")) == "A person familiar with the matter"
    assert mention(quote_of(text, "the talks")) == "US officials"


def test_joint_speakers_and_what_is_not_joint() -> None:
    text = (
        "Intro line.\n\n"
        "Alexander Vindman and Jennifer Williams testified on Tuesday. Both Vindman and "
        "Williams said the call was improper.\n\n"
        "Howitt and Garett's work showed that the cells respond to the microbes."
    )
    pair = quote_of(text, "the call")
    assert mention(pair) == "Vindman and Williams"
    assert pair.resolution == "joint"
    work = quote_of(text, "the cells")
    assert work.resolution != "joint"


def test_a_verb_phrase_is_no_speaker_and_an_acronym_is_its_own_name() -> None:
    text = (
        "Intro line.\n\n"
        "The commission, which regulates campaigns, issued a statement warning that voters "
        "are entitled to transparency.\n\n"
        "The VW ID. Buzz is the seventh model on the platform. VW says that the van may go on "
        "sale in 2022."
    )
    assert not [q for q in quotes(text) if q.speaker and q.speaker.text.startswith("issued")]
    assert quote_of(text, "the van").speaker_name == "VW"


def test_the_statement_is_its_named_issuer_and_no_guess_is_passed_on() -> None:
    named = (
        "Intro line.\n\nAcme Corp. denied the allegations in a statement posted on Friday.\n\n"
        '"We were shocked to see these claims," the statement read.'
    )
    q = quote_of(named, "We were shocked")
    assert q.speaker_name is not None and q.speaker_name.startswith("Acme Corp")
    assert q.confidence <= 0.6
    chain_ok(q)
    guessed = (
        "Intro line.\n\nAcme Corp. and Globex Inc. met on Monday. The company denied the "
        'allegations in a statement.\n\n"We were shocked to see these claims," the statement read.'
    )
    q = quote_of(guessed, "We were shocked")
    assert names_no_one(q)


def test_the_lab_of_a_person_is_that_person() -> None:
    text = (
        "Intro line.\n\nStephen Liggett studies asthma in Florida. In 2014, the laboratory of "
        "Stephen Liggett found that the receptors respond to bitter compounds."
    )
    q = quote_of(text, "the receptors")
    assert q.speaker_name == "Stephen Liggett"
    chain_ok(q)


def test_another_countrys_ministry_is_not_the_body_named_before() -> None:
    text = (
        "Intro line.\n\nThe Palestinian Authority condemned the plan on Monday. Russia's "
        "foreign ministry said the plan was illegal. The French foreign ministry said it was "
        '"a grave mistake." The ministry said the plan was a setback.'
    )
    for start in ("the plan was illegal", 'it was "a grave', "the plan was a setback"):
        q = quote_of(text, start)
        assert q.speaker_name is None or "Palestinian" not in q.speaker_name
    french = quote_of(text, 'it was "a grave')
    assert french.speaker_name is None or "Russia" not in french.speaker_name


def test_the_writers_we_is_no_one_named_and_united_opens_a_name() -> None:
    text = (
        "Intro line.\n\nAmazon cut the price of the speaker on Monday. We think the deal is "
        "good, and we said last year that the speaker was worth it.\n\n"
        "The United Nations and European Union said the plan broke international law."
    )
    assert not [q for q in quotes(text) if q.speaker_name and "Amazon" in q.speaker_name]
    un = quote_of(text, "the plan broke")
    assert mention(un) == "The United Nations and European Union"
