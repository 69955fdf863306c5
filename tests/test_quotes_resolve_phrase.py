"""The speaker phrase before it is resolved, each on a short passage of our own: a
time after the speaker is left off, a reduced relative's participle too, and a phrase
that can name no one is no speaker."""

from __future__ import annotations

from provenance.quotes.entities import EntityModel
from provenance.quotes.lexicon import for_language
from provenance.quotes.speaker_phrase import apposed_end, speaker_span
from tests.quote_helpers import chain_ok, mention, quote_of, quotes

LEAD = "Intro line.\n\n"


def test_an_abstract_noun_is_no_speaker() -> None:
    text = LEAD + 'The vote was put off again. "We need more time," some reason said.'
    q = quote_of(text, "We need more time")
    assert q.speaker is None and q.speaker_name is None and q.resolution == "none"


def test_a_part_of_a_plan_is_no_speaker() -> None:
    text = LEAD + 'The plan was new. "Nothing works," a key part of the plan says.'
    q = quote_of(text, "Nothing works")
    assert q.speaker is None


def test_a_time_after_the_speaker_is_left_off() -> None:
    text = "The court last week ruled."
    assert speaker_span(text, (0, len("The court last week"))) == (0, len("The court"))
    text = "the ministry on Monday said"
    assert speaker_span(text, (0, len("the ministry on Monday"))) == (0, len("the ministry"))


def test_a_participle_after_the_noun_is_left_off() -> None:
    text = "the letter signed by"
    assert speaker_span(text, (0, len("the letter signed"))) == (0, len("the letter"))
    text = "Jane Roe based"  # a name: no reduced relative to cut
    assert speaker_span(text, (0, len(text))) == (0, len(text))


def test_a_person_stays_the_speaker() -> None:
    text = LEAD + 'Tom Reddick runs a bakery. "It was a good year," the baker said.'
    q = quote_of(text, "It was a good year")
    assert mention(q) == "the baker"
    for phrase in ("the same official", "a recent graduate", "The Reason Foundation"):
        assert speaker_span(phrase, (0, len(phrase))) == (0, len(phrase))


def test_remembers_after_a_quote_names_the_speaker() -> None:
    text = LEAD + (
        'The clinic opened in 1990. "It was the hardest year of my life," remembers '
        'Greta Lind. "We had nothing," recounts Ivo Marsh.'
    )
    q = quote_of(text, "It was the hardest")
    assert q.kind == "direct" and q.speaker_name == "Greta Lind"
    assert quote_of(text, "We had nothing").speaker_name == "Ivo Marsh"


def test_remembers_away_from_a_quote_reports_nothing() -> None:
    text = LEAD + "Greta Lind remembers the old clinic well. She worked there for years."
    assert not [q for q in quotes(text) if q.kind != "scare"]


def test_a_name_in_apposition_after_a_description_is_taken_in() -> None:
    text = LEAD + (
        "The case was closed.\n\n"
        '"The evidence is thin," Norway\u2019s deputy director of public prosecutions, '
        "Eva-Marie Lind, said on Tuesday."
    )
    q = quote_of(text, "The evidence is thin")
    assert mention(q) == "Norway\u2019s deputy director of public prosecutions, Eva-Marie Lind"
    assert q.speaker_name == "Eva-Marie Lind"
    chain_ok(q)


def test_a_place_after_a_comma_is_no_apposed_name() -> None:
    text = LEAD + '"We will rebuild," the mayor, speaking in Oslo, said on Tuesday.'
    q = quote_of(text, "We will rebuild")
    assert q.speaker_name != "Oslo"


def test_the_one_told_is_not_the_speaker() -> None:
    text = LEAD + (
        "The band played for two hours. After the last song, the singer told the "
        "audience, \u201cwe should go on the road.\u201d \u201cWe will,\u201d Ivo Marsh told "
        "reporters."
    )
    q = quote_of(text, "we should go on the road")
    assert mention(q) != "the audience"
    assert "We will" not in q.text  # not joined to the next quote
    assert quote_of(text, "We will").speaker_name == "Ivo Marsh"


def test_the_one_who_told_is_the_speaker() -> None:
    text = LEAD + 'Clients "wanted more," Ivo Marsh told Ada Kerr on Monday.'
    assert quote_of(text, 'Clients "wanted').speaker_name == "Ivo Marsh"


def test_what_a_time_leaves_behind_is_left_off_too() -> None:
    for phrase, kept in (
        ("a Lind poll out this week", "a Lind poll"),
        ("Ada Kerr (D-Ohio) last month", "Ada Kerr"),
        ("Acme just this month", "Acme"),
    ):
        assert speaker_span(phrase, (0, len(phrase))) == (0, len(kept))
    assert speaker_span("Late last month", (0, len("Late last month"))) is None
    phrase = "the document he released"  # a relative clause: no noun before the participle
    assert speaker_span(phrase, (0, len(phrase))) == (0, len(phrase))


def test_a_name_after_a_document_is_no_apposition() -> None:
    lex = for_language("en")
    text = "Ada Kerr spoke. An FBI summary of its inquiry, Ada Kerr, said"
    desc = (text.index("An FBI"), text.index(", Ada Kerr,"))
    assert apposed_end(EntityModel(text, lex), desc, lex.document_nouns) is None
    text = "Ada Kerr spoke. The deputy prosecutor, Ada Kerr, said"
    desc = (text.index("The deputy"), text.index(", Ada Kerr,"))
    end = apposed_end(EntityModel(text, lex), desc, lex.document_nouns)
    assert end == text.index(", said")


def test_a_word_that_opens_a_clause_is_no_part_of_a_name() -> None:
    text = LEAD + (
        "Although Dana Whitlock lost the vote, she stayed on. Neither Whitlock nor her "
        'aides spoke for a week. "We will fight on," Whitlock said on Friday.'
    )
    q = quote_of(text, "We will fight on")
    assert q.speaker_name == "Dana Whitlock"
    chain_ok(q)


def test_a_number_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = LEAD + (
        "Six Brantley newspapers ran the story on Monday. The chain owns them all. "
        '"We stand by it," Brantley said.'
    )
    q = quote_of(text, "We stand by it")
    assert q.speaker_name == "Brantley"
    chain_ok(q)


def test_an_adjective_or_a_name_before_a_noun_is_no_speaker_by_itself() -> None:
    text = LEAD + (
        "Republican lawmakers and their allies spoke in one voice on Monday, arguing "
        "that the budget was a failure.\n\n"
        "Dana Whitlock lost the vote. Whitlock supporters have long called for a recount."
    )
    found = {q.text: q for q in quotes(text)}
    budget = next(q for t, q in found.items() if "budget" in t)
    assert budget.speaker_name is None  # not "Republican"
    recount = [q for t, q in found.items() if "recount" in t]
    assert all(q.speaker_name != "Dana Whitlock" for q in recount)


def test_a_name_before_its_verb_stays_the_speaker() -> None:
    text = LEAD + "Dana Whitlock lost the vote. Whitlock further said that the count was wrong."
    q = quote_of(text, "the count was wrong")
    assert q.speaker_name == "Dana Whitlock"
    chain_ok(q)
