"""Attributions in headlines, and reported speech in a sentence that also holds a
quoted term. Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention, quotes

BODY = "\n\nThe council met on Monday evening in the old town hall.\n"


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        ("Marlow: Harbour Tunnel Will Open Late", "Harbour Tunnel Will Open Late", "Marlow"),
        ("Survey: Most Riders Want Longer Hours", "Most Riders Want Longer Hours", "Survey"),
        ("Ines Brandt on Rail Fares: Prices Must Fall", "Prices Must Fall", "Ines Brandt"),
        ("Mayor Says Harbour Tunnel Will Open Late", "Harbour Tunnel Will Open Late", "Mayor"),
        ("Tunnel Will Open Late, Port Chief Warns.", "Tunnel Will Open Late", "Port Chief"),
    ],
)
def test_headline_frames(headline: str, content: str, speaker: str) -> None:
    body = BODY + "Marlow, Ines Brandt and Port Chief Ada Lund spoke there.\n"
    found = [q for q in quotes(headline + body) if q.start < len(headline)]
    assert [(q.kind, q.text, mention(q)) for q in found] == [("indirect", content, speaker)]


@pytest.mark.parametrize(
    "headline",
    [
        "Analysis: Harbour Tunnel Will Open Late",  # a label, not a speaker
        "The Latest: Harbour tunnel will open late",
        "Rain Over Hills: Harbour Tunnel Will Open Late",  # a phrase, not a name
        "Harbour Tunnel Plans Face Key Vote Tonight",  # no capitalised speaker before it
        "Marlow: Harbour Tunnel Will Open Late",  # a label the story never names
        "Wow: Marlow Says Harbour Tunnel Will Open Late",  # nor "Wow Marlow"
        "Emails Reveal Harbour Tunnel Will Open Late",  # nor "Emails"
        "Mayor Says No To Harbour Tunnel As Costs Rise",  # a refusal, no words
    ],
)
def test_headline_without_speaker(headline: str) -> None:
    found = [q for q in quotes(headline + BODY) if q.start < len(headline)]
    assert found == []


def test_headline_rule_not_in_body() -> None:
    text = "Intro line here for the page.\n\nMarlow: the tunnel opens late and costs more.\n"
    assert not [q for q in quotes(text) if q.speaker and q.speaker.text == "Marlow"]


def test_reported_clause_around_quoted_term() -> None:
    """A quoted term does not hide the sentence's reported speech."""
    text = "Intro line.\n\nThe mayor says the bridge nicknamed \u201cOld Grey\u201d will reopen in May.\n"
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, mention(q)) for q in found] == [
        ("the bridge nicknamed \u201cOld Grey\u201d will reopen in May", "The mayor")
    ]


def test_long_quote_after_work_noun_is_speech() -> None:
    """After "campaign" a short capitalised quote is a title; a clause is speech."""
    text = (
        "Intro line.\n\nLee said she expects the campaign \u201cto keep knocking on doors "
        "in every district until the polls close.\u201d\n"
    )
    found = [q for q in quotes(text) if "knocking" in q.text]
    assert len(found) == 1 and found[0].kind == "mixed" and mention(found[0]) == "Lee"


@pytest.mark.parametrize(
    ("passage", "first", "second", "speakers"),
    [
        (
            "Okafor agreed that the depot should close, but he said that the staff must "
            "keep their jobs until spring.",
            "the depot should close",
            "the staff must keep their jobs until spring",
            ["Okafor", "he"],
        ),
        (
            "Brandt said the fares would rise in March \u2014 and Lee noted that the buses "
            "would run later at night.",
            "the fares would rise in March",
            "the buses would run later at night",
            ["Brandt", "Lee"],
        ),
        (
            "Brandt said the fares were not the problem, arguing that the real cost was "
            "the fuel bill.",
            "the fares were not the problem",
            "the real cost was the fuel bill",
            ["Brandt", "Brandt"],
        ),
    ],
)
def test_second_report_after_clause_boundary(
    passage: str, first: str, second: str, speakers: list[str]
) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"]
    assert [q.text for q in found] == [first, second]
    assert [mention(q) for q in found] == speakers


def test_participle_without_that_stays_in_content() -> None:
    """ ", saying the ..." may describe a noun: no second report without "that"."""
    text = "Intro line.\n\nBrandt said the board sent a letter, saying the rules had changed.\n"
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [q.text for q in found] == ["the board sent a letter, saying the rules had changed"]


def test_report_in_clause_before_a_quote() -> None:
    """A report before a sentence's quotation, in a clause of its own, is kept."""
    text = (
        "Intro line.\n\nWhile she conceded that the depot was too small for the new trams, "
        "Okafor also said the move was \u201ca step backwards for the whole city.\u201d\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, mention(q), q.cue.text if q.cue else None) for q in found] == [
        ("the depot was too small for the new trams", "she", "conceded")
    ]


def test_quote_frame_before_the_quote_is_not_repeated() -> None:
    """ "Lee said on Monday, at the depot, that \"...\"": the quote's own frame only."""
    text = (
        "Intro line.\n\nLee said on Monday, standing at the old depot gates, that "
        "\u201cthe trams will be back by the spring of next year.\u201d\n"
    )
    assert [q.kind for q in quotes(text)] == ["direct"]


def test_section_heading_colon_is_no_speaker() -> None:
    html = (
        "<html><head><title>Deals of the week</title></head><body><article>"
        "<h1>Deals of the week</h1><p>Prices fell on many things this week in the shops.</p>"
        "<h2>New Price Drop: Garden Chairs For Twenty Dollars</h2>"
        "<p>The chairs come in three colours and two sizes.</p></article></body></html>"
    )
    assert not [q for q in quotes(html, "text/html") if "Garden" in q.text]


@pytest.mark.parametrize(
    ("passage", "content", "speaker", "cue"),
    [
        (
            "If anything, analysts say the new fares will push riders back to their cars.",
            "the new fares will push riders back to their cars",
            "analysts",
            "say",
        ),
        (
            "The operator announced in a statement on Friday that the night buses would stop.",
            "the night buses would stop",
            "The operator",
            "announced",
        ),
        (
            "The councillor attacked the mayor as a coward during the long budget debate.",
            "the mayor as a coward during the long budget debate",
            "The councillor",
            "attacked",
        ),
        (
            "Okafor attacked the board for ignoring the drivers and their families.",
            "the board for ignoring the drivers and their families",
            "Okafor",
            "attacked",
        ),
    ],
)
def test_more_verb_frames(passage: str, content: str, speaker: str, cue: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"]
    assert [(q.text, mention(q), q.cue.text if q.cue else None) for q in found] == [
        (content, speaker, cue)
    ]


@pytest.mark.parametrize(
    "passage",
    [
        "If the plan fails, analysts say the fares will push riders back to their cars.",
        "The storm attacked the coast for the third day in a row last week.",
    ],
)
def test_no_report_in_supposition_or_plain_attack(passage: str) -> None:
    assert [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"] == []


def test_second_speaker_joined_by_and() -> None:
    text = (
        "Intro line.\n\nLabour said the depot had been mismanaged for years and Tories "
        "accused the council of hiding the real costs from voters.\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, mention(q)) for q in found] == [
        ("the depot had been mismanaged for years", "Labour"),
        ("the council of hiding the real costs from voters", "Tories"),
    ]


def test_second_verb_of_judgement_same_speaker() -> None:
    text = (
        "Intro line.\n\nLee said the trams had been late all winter and called the delays "
        "a disgrace for the whole city.\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, mention(q), q.cue.text if q.cue else None) for q in found] == [
        ("the trams had been late all winter", "Lee", "said"),
        ("the delays a disgrace for the whole city", "Lee", "called"),
    ]


@pytest.mark.parametrize(
    ("passage", "content"),
    [
        (
            "The new timetable is believed to start in May, but the unions may delay it.",
            "The new timetable is believed to start in May",
        ),
        (
            "Although the line is busy, the drivers have often been accused of leaving early.",
            "the drivers have often been accused of leaving early",
        ),
        (
            "It was reported that the mayor would resign before summer.",
            "the mayor would resign before summer",
        ),
    ],
)
def test_passive_report_names_no_source(passage: str, content: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if content in q.text]
    assert [(q.kind, q.text, q.speaker) for q in found] == [("indirect", content, None)]


def test_passive_with_agent_names_it() -> None:
    text = "Intro line.\n\nThe new timetable was criticized by the unions for its late buses.\n"
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [mention(q) for q in found] == ["the unions"]


@pytest.mark.parametrize(
    "passage",
    [
        "RIVERTON -- Mayor Ines Brandt, opening the depot on Monday, said it would tell a "
        "story of the city, one of \u201chard work and long nights.\u201d",
        "RIVERTON (AP) \u2014 Mayor Ines Brandt said the depot would serve the city for "
        "fifty years.",
    ],
)
def test_dateline_is_no_speaker(passage: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.speaker is not None]
    assert found and {mention(q) for q in found} == {"Mayor Ines Brandt"}


def test_possessor_of_an_object_is_no_speaker() -> None:
    """ "X called Lee's remarks \"...\"": Lee is not the one who says the quoted words."""
    text = (
        "Intro line.\n\nWith ten days until the vote, Ines Brandt, a senior aide to the "
        "campaign, called Mayor Okafor's remarks on Friday \u201ca gift to the other side\u201d "
        "in the long campaign.\n"
    )
    found = [q for q in quotes(text) if "gift" in q.text]
    assert len(found) == 1 and mention(found[0]) in (None, "Ines Brandt")


@pytest.mark.parametrize(
    ("passage", "content", "speaker"),
    [
        (
            "The inspectors also asked whether the depot had been checked before the storm.",
            "whether the depot had been checked before the storm",
            "The inspectors",
        ),
        (
            "The mayor sold the old depot, though she later asked the council to reverse "
            "the sale after the protests.",
            "to reverse the sale after the protests",
            "she",
        ),
    ],
)
def test_asked_reports_a_question_or_a_request(passage: str, content: str, speaker: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"]
    assert [(q.text, mention(q)) for q in found] == [(content, speaker)]


def test_asked_for_an_object_reports_nothing() -> None:
    text = "Intro line.\n\nThe driver asked for a new uniform and a bigger locker last year.\n"
    assert [q for q in quotes(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "passage",
    [
        "The mayor spoke in a hall by the river that overlooks the old harbour.",
        "The two drivers spoke for about five minutes on Friday morning.",
        "Editor's note: the mayor regularly ignores the council and the city law.",
    ],
)
def test_no_words_reported(passage: str) -> None:
    assert [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"] == []


def test_spoke_about_reports_a_topic() -> None:
    found = [
        q
        for q in quotes("Intro line.\n\nLee spoke at length about the need for new trams.\n")
        if q.kind == "indirect"
    ]
    assert [(mention(q), q.cue.text if q.cue else None) for q in found] == [("Lee", "spoke")]


@pytest.mark.parametrize(
    ("passage", "content", "speaker"),
    [
        (
            "The council sold the depot cheaply, amounting to what the auditors said was a "
            "gift to the developer.",
            "what the auditors said was a gift to the developer",
            "the auditors",
        ),
        (
            "The tram stopped at the bridge, which the driver said was closed by the police.",
            "which the driver said was closed by the police",
            "the driver",
        ),
        (
            "The plan angered riders of the night bus, many of whom say the fares are too high.",
            "the fares are too high",
            "many of whom",
        ),
    ],
)
def test_report_in_relative_clause(passage: str, content: str, speaker: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"]
    assert [(q.text, mention(q)) for q in found] == [(content, speaker)]


def test_relative_clause_without_report() -> None:
    text = "Intro line.\n\nThe sale went ahead after the bank which owns the site approved it.\n"
    assert [q for q in quotes(text) if q.kind == "indirect"] == []


def test_second_report_after_though() -> None:
    text = (
        "Intro line.\n\nOkafor said the depot was too small for the new trams, though she "
        "noted the council had found a second site.\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, mention(q)) for q in found] == [
        ("the depot was too small for the new trams", "Okafor"),
        ("the council had found a second site", "she"),
    ]


@pytest.mark.parametrize(
    ("passage", "content"),
    [
        (
            "Some believe the new fares will push riders back to their cars.",
            "the new fares will push riders back to their cars",
        ),
        (
            "Many said they felt cheated that the depot had closed so early.",
            "they felt cheated that the depot had closed so early",
        ),
    ],
)
def test_unnamed_people_report(passage: str, content: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [(content, None)]


def test_participle_after_frame_ends_content() -> None:
    text = (
        "Intro line.\n\nThe line carried a third of the city's riders, the operator "
        "announced, gaining a new contract.\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, mention(q)) for q in found] == [
        ("The line carried a third of the city's riders", "the operator")
    ]


def test_frame_only_verb_with_that_clause() -> None:
    """ "Okafor claims that ...": a verb that reports beside a quote reports a clause too."""
    found = [
        q
        for q in quotes("Intro line.\n\nBut Okafor claims that the depot was never unsafe.\n")
        if q.kind == "indirect"
    ]
    assert [(q.text, mention(q)) for q in found] == [("the depot was never unsafe", "Okafor")]


def test_noun_with_that_clause_is_not_a_verb_frame() -> None:
    text = "Intro line.\n\nThe claims that the depot was unsafe were rejected in May.\n"
    assert not [q for q in quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("passage", "second", "speaker"),
    [
        (
            "Okafor cut the night fares as promised, but analysts agreed the network was "
            "still too small.",
            "the network was still too small",
            "analysts",
        ),
        (
            "Lee is promising to rebuild the old depot, and Ines Brandt is promising to "
            "extend the line to the harbour.",
            "to extend the line to the harbour",
            "Ines Brandt",
        ),
    ],
)
def test_second_report_with_other_subject(passage: str, second: str, speaker: str) -> None:
    found = [q for q in quotes("Intro line.\n\n" + passage) if q.kind == "indirect"]
    assert (second, speaker) in [(q.text, mention(q)) for q in found]


def test_plural_noun_that_is_no_speaker() -> None:
    text = "Intro line.\n\nThe mayor said the fares would rise, but prices fell sharply in the spring.\n"
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [mention(q) for q in found] == ["The mayor"]


def test_citing_reports_what_is_cited() -> None:
    text = (
        "Intro line.\n\nIn May, the court stopped the sale of the depot, citing a risk to "
        "the safety of the drivers.\n"
    )
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, mention(q), q.cue.text if q.cue else None) for q in found] == [
        ("a risk to the safety of the drivers", "the court", "citing")
    ]


def test_plural_noun_cue_inside_subject() -> None:
    """ "The only two unions - ... - criticised": "states"-like nouns stay in the subject."""
    text = (
        "Intro line.\n\nThe only two Baltic states to have signed the treaty also sharply "
        "criticised the new fares, with the transport minister warning of \u201cchaos\u201d.\n"
    )
    found = [q for q in quotes(text) if q.cue is not None and q.cue.text == "criticised"]
    assert [mention(q) for q in found] == ["The only two Baltic states"]


def test_passive_continuation_has_no_source_subject() -> None:
    text = (
        "Intro line.\n\nNight trams have been the subject of a long study, then recommended "
        "as a key \u201cfuture service\u201d by the city's transport panel.\n"
    )
    assert not [q for q in quotes(text) if q.cue is not None and q.cue.text == "recommended"]


def test_adverb_between_subject_and_cue() -> None:
    found = [
        q
        for q in quotes("Intro line.\n\nLee and Okafor first learned who had sold the depot.\n")
        if q.kind == "indirect"
    ]
    assert [mention(q) for q in found] == ["Lee and Okafor"]


def test_passive_with_adverb_takes_the_agent() -> None:
    text = "Intro line.\n\nThe depot sale was first reported by The Riverton Post in May.\n"
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [mention(q) for q in found] == ["The Riverton Post"]


def test_poll_share_reports_unnamed() -> None:
    text = "Intro line.\n\nHowever, 63 percent said the new fares were \u201cunfair\u201d to night workers.\n"
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in found] == [
        ("the new fares were \u201cunfair\u201d to night workers", None)
    ]


def test_possessor_phrase_stops_at_said() -> None:
    """The possessor before a speech noun ends at a verb of saying: "Lee said his deputy
    Okafor's tweet ..." gives "his deputy Okafor", never "said his deputy Okafor"."""
    from provenance.quotes.frames import _possessor, tokens
    from provenance.quotes.lexicon import for_language

    lex = for_language("en")
    text = "Transport Secretary Lee said his deputy Okafor's"
    found = _possessor(lex, text, 0, tokens(lex, text, 0, len(text)))
    assert found is not None and text[found[0] : found[1]] == "his deputy Okafor"


@pytest.mark.parametrize(
    "passage",
    [
        "The new Lumo Lamp with a clock eliminates that by adding a small digital clock to the side.",
        "In the later levels, you will mainly be attacked by three rival gangs.",
        "Take a look at what RTS said about his season:",
    ],
)
def test_no_report_means_passive_you_or_topic(passage: str) -> None:
    assert [q for q in quotes("Intro line.\n\n" + passage + "\n") if q.kind == "indirect"] == []


def test_by_adding_that_reports() -> None:
    text = "Intro line.\n\nShe angered the drivers by adding that the depot would move.\n"
    found = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.cue.text if q.cue else None) for q in found] == [
        ("the depot would move", "adding")
    ]


def test_a_title_case_on_ends_the_speaker_before_a_colon() -> None:
    text = (
        "Harbor Board Chief On Tariffs: \u2018We Will Not Pay Twice.\u2019\n\n"
        "Harbor Board Chief Ines Maro spoke on Monday.\n"
    )
    q = next(q for q in quotes(text) if q.text.startswith("We Will Not"))
    assert q.speaker is not None and q.speaker.text == "Harbor Board Chief"
    assert q.speaker_name is None or "On" not in q.speaker_name.split()
