"""Name-calling in news style: a short quoted name or label that a speaker gives is
that speaker's words; a thing's name or a term with no one giving it stays a quoted
term. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, quote_of, quotes

LEAD = "The river council met on a grey afternoon.\n\n"


def _with(text: str, inner: str) -> tuple[str, str | None]:
    found = [q for q in quotes(LEAD + text) if inner in q.text and q.kind != "indirect"]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(LEAD + text)]
    return found[0].kind, mention(found[0])


# A capitalised name given by the subject of a verb of naming: not a title.


def test_a_name_given_to_an_object_is_the_subjects() -> None:
    text = "Councillor Mira Tell called the ferry captain \u201cSleepy Sven\u201d at a rally."
    assert _with(text, "Sleepy Sven") == ("mixed", "Councillor Mira Tell")


def test_a_name_given_by_a_pronoun_after_a_time_phrase_is_the_pronouns() -> None:
    text = "Within minutes, she dubbed the new bridge \u201cThe Long Detour\u201d again."
    assert _with(text, "The Long Detour") == ("mixed", "she")


def test_a_name_given_in_a_relative_clause_is_its_subjects() -> None:
    text = "The old mill, which Ivo Brandt called \u201cBig Grey\u201d in his memoir, closed."
    assert _with(text, "Big Grey") == ("mixed", "Ivo Brandt")


def test_a_thing_called_by_a_name_quotes_no_one() -> None:
    for text in (
        "She watched a film called \u201cSleepy Sven\u201d on the ferry.",
        "A group called \u201cFriends of the Weir\u201d met on Friday.",
        "The company called \u201cRiver Rockets\u201d sold boats.",
    ):
        inner = text.split("\u201c")[1].split("\u201d")[0]
        assert _with(text, inner) == ("scare", None), text


def test_a_title_after_a_noun_for_a_work_stays_a_title() -> None:
    text = "Ivo Brandt read his poem \u201cBig Grey Water\u201d to the council."
    assert _with(text, "Big Grey Water") == ("scare", None)


# "what lawmakers called", "which critics dubbed": a subject in lower case after a
# relative word, a noun for people who speak.


def test_the_subject_of_what_called_is_a_noun_for_people() -> None:
    text = "The levy was passed in what several lawmakers called \u201ca giveaway.\u201d"
    assert _with(text, "a giveaway") == ("mixed", "several lawmakers")


def test_what_a_thing_is_called_quotes_no_one() -> None:
    text = "The levy was passed under what the rulebook called \u201ca giveaway.\u201d"
    assert _with(text, "a giveaway")[1] is None


def test_so_called_and_known_as_quote_no_one() -> None:
    for text, inner in (
        ("The so-called \u201cgrand bargain\u201d fell apart on Friday.", "grand bargain"),
        ("The weir, known as \u201cthe Old Step,\u201d was mended.", "the Old Step"),
    ):
        assert _with(text, inner) == ("scare", None), text


# "defended the deputy as a ...", "rejected the idea as ...": a verb of stance with
# "as" right before the quote.


def test_a_label_after_defended_as_is_the_subjects() -> None:
    text = "Mayor Dora Falk defended her deputy as a \u201cvery decent man\u201d on Friday."
    assert _with(text, "very decent man") == ("mixed", "Mayor Dora Falk")


def test_a_label_after_rejected_as_is_the_campaigns() -> None:
    text = "The Falk campaign rejected the proposal as \u201cludicrous\u201d within an hour."
    assert _with(text, "ludicrous") == ("mixed", "The Falk campaign")


def test_defended_without_as_quotes_no_one() -> None:
    text = "Mayor Dora Falk defended the \u201cstop and search\u201d rule on Friday."
    assert _with(text, "stop and search")[1] is None


def test_a_thing_that_rejects_as_is_no_speaker() -> None:
    text = "The plan rejected the old weir as \u201cunsafe\u201d in its first draft."
    assert _with(text, "unsafe")[1] is None


# "is promising ...", "has been pounding him as ...": the progressive of a verb of the
# lists is a finite verb.


def test_a_fragment_after_is_promising_is_the_subjects() -> None:
    text = "Mayor Dora Falk is promising \u201ca big splash\u201d at the regatta."
    assert _with(text, "a big splash") == ("mixed", "Mayor Dora Falk")


def test_a_label_after_has_been_pounding_as_is_the_subjects() -> None:
    text = "Senator Tomas Ruud has been steadily pounding the mayor as a \u201ccon artist.\u201d"
    assert _with(text, "con artist") == ("mixed", "Senator Tomas Ruud")


def test_a_progressive_passive_quotes_no_one() -> None:
    text = "The ferry is being called \u201cthe slow boat\u201d by locals."
    assert _with(text, "the slow boat")[1] != "The ferry"


def test_a_thing_that_is_promising_is_no_speaker() -> None:
    text = "The new weir is promising \u201ca calmer river\u201d for the town."
    assert _with(text, "a calmer river")[1] is None


def test_a_label_after_as_being_is_the_subjects() -> None:
    text = "Mayor Dora Falk later defended her remarks as being \u201csarcastic.\u201d"
    assert _with(text, "sarcastic") == ("mixed", "Mayor Dora Falk")


def test_a_fragment_after_credited_with_is_the_subjects() -> None:
    text = "In a statement, Ivo Brandt credited the mayor with \u201ca brave campaign.\u201d"
    assert _with(text, "a brave campaign") == ("mixed", "Ivo Brandt")


# "X hit back, calling him a ...": a participle after the main clause's comma.


def test_a_fragment_after_a_participle_of_naming_is_the_main_subjects() -> None:
    text = "Then she turned on the harbour master, calling him a \u201cstiff\u201d at the dock."
    assert _with(text, "stiff") == ("mixed", "she")


def test_a_fragment_after_portraying_as_is_the_main_subjects() -> None:
    text = (
        "On Monday, Dora Falk tried to turn the tables, portraying the mayor as \u201cweak.\u201d"
    )
    assert _with(text, "weak") == ("mixed", "Dora Falk")


def test_a_reported_clause_after_saying_is_the_main_subjects() -> None:
    text = "Ivo Brandt apologized the next day, saying it was \u201cchildish\u201d of him."
    assert _with(text, "childish") == ("mixed", "Ivo Brandt")


def test_a_participle_after_a_thing_has_no_speaker() -> None:
    text = "The storm hit the coast, calling for \u201curgent repairs\u201d everywhere."
    assert _with(text, "urgent repairs")[1] is None


def test_a_chant_after_a_participle_of_no_saying_has_no_speaker() -> None:
    text = "After the vote the crowd went home, chanting \u201cfour more years.\u201d"
    assert _with(text, "four more years")[1] is None


# "which the mayor, Ann Lee, called ...": the relative clause's subject, the name in
# its apposition; "a campaign he calls ...": a pronoun's clause before a name.


def test_the_apposed_name_in_a_relative_clause_of_naming_is_the_speaker() -> None:
    text = (
        "The board praised the levy, which the governor, Tomas Ruud, called \u201ca swindle.\u201d"
    )
    assert _with(text, "a swindle") == ("mixed", "Tomas Ruud")


def test_a_name_in_a_pronouns_clause_is_the_pronouns() -> None:
    text = "Ivo Brandt spoke on Friday about a plan he calls \u201cSafe Harbour Now.\u201d"
    assert _with(text, "Safe Harbour Now") == ("mixed", "he")


def test_a_relative_clause_of_naming_with_a_thing_as_subject_has_no_speaker() -> None:
    text = "The levy, which the rulebook called \u201ca giveaway,\u201d passed on Friday."
    assert _with(text, "a giveaway")[1] is None


def test_a_passive_relative_clause_of_naming_quotes_no_one() -> None:
    text = "She watched the film, which was called \u201cBig Grey Water.\u201d"
    assert _with(text, "Big Grey Water") == ("scare", None)


# "Lee knocked the mayor on trade and called him a ...": the first verb's subject.


def test_a_second_verb_of_naming_after_and_has_the_first_verbs_subject() -> None:
    text = "Dora Falk knocked the mayor on trade and called him a \u201cmoderate\u201d at once."
    assert _with(text, "moderate") == ("mixed", "Dora Falk")


def test_a_second_verb_in_a_subordinate_clause_finds_no_subject() -> None:
    text = "When Dora Falk met the mayor and called him a \u201cmoderate,\u201d he left."
    assert _with(text, "moderate")[1] is None


def test_a_thing_and_a_second_verb_is_no_speaker() -> None:
    text = "The levy passed and called for \u201curgent repairs\u201d everywhere."
    assert _with(text, "urgent repairs")[1] is None


def test_a_title_after_a_noun_for_a_work_named_by_someone_stays_a_title() -> None:
    text = "Ivo Brandt called his new book \u201cBig Grey Water\u201d in the end."
    assert _with(text, "Big Grey Water") == ("scare", None)


# "..., who dismissed it as ...": the one the relative clause is about.


def test_a_relative_who_clause_of_judging_is_the_named_persons() -> None:
    text = "The levy drew fire from Dora Falk, who dismissed it as \u201ca fantasy.\u201d"
    assert _with(text, "a fantasy") == ("mixed", "Dora Falk")


def test_a_relative_who_after_a_verb_and_its_object_finds_no_speaker() -> None:
    text = "Dora Falk met the crew, who dismissed her as \u201ca fraud.\u201d"
    assert _with(text, "a fraud")[1] is None


def test_a_judgement_in_lower_case_after_a_noun_for_a_work_is_the_subjects() -> None:
    text = "Ivo Brandt called the ferry program \u201cworse than useless\u201d on Friday."
    assert _with(text, "worse than useless") == ("mixed", "Ivo Brandt")


def test_a_long_object_before_as_keeps_the_subject() -> None:
    text = "Dora Falk dismissed the long list of complaints from the crews about the levy as \u201cnonsense.\u201d"
    assert _with(text, "nonsense") == ("mixed", "Dora Falk")


def test_such_as_is_no_label_of_a_verb_of_stance() -> None:
    text = "Dora Falk praised the crews of the ferries and of the harbour boats such as \u201cOld Step.\u201d"
    assert _with(text, "Old Step")[1] is None


def test_a_name_after_referred_to_as_is_the_subjects() -> None:
    text = "Dora Falk referred to the harbour master as \u201cCaptain Slow\u201d all night."
    assert _with(text, "Captain Slow") == ("mixed", "Dora Falk")


def test_a_work_referred_to_by_its_title_stays_a_title() -> None:
    text = "Dora Falk referred to her memoir as \u201cThe Long Way Round.\u201d"
    assert _with(text, "The Long Way Round") == ("scare", None)


def test_a_naming_clause_right_before_a_fragment_wins_over_a_verb_after_it() -> None:
    text = (
        "Golf is struggling.\n\n"
        'In 2009, under what Mr. Hedge called "the prior economy model," the Marsh Landing '
        "Country Club, a private course, charged a $100,000 fee.\n"
    )
    q = quote_of(text, '"the prior economy model')
    assert mention(q) == "Mr. Hedge"
