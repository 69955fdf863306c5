"""Honorifics and surnames that are also common words: "Mr. Hale" is the Jo Hale the
story named in full; "Mrs. Varga" is the woman of two people called Varga; "May said" and
"Will wrote" are surnames before a verb no modal takes; "another said" is one of a
group, named as no one. Short passages of our own."""

from __future__ import annotations

from provenance.quotes.evidence import chain_problem
from tests.quote_helpers import chain_ok, mention, names_no_one, quote_of

LEAD = "Harbour Plan Stalls\n\n"


def test_dotted_honorific_takes_the_full_name() -> None:
    text = (
        LEAD + "Jo Hale, who runs the ferry company, met the council on Monday.\n\n"
        '"We cannot wait another winter," Mr. Hale said.\n'
    )
    q = quote_of(text, "We cannot")
    assert mention(q) == "Mr. Hale"
    assert q.speaker_name == "Jo Hale"
    chain_ok(q)


def test_dotted_honorific_picks_the_bearer_of_its_gender() -> None:
    text = (
        LEAD + "Ilona Varga and her husband, Peter Varga, own the boatyard.\n\n"
        '"The yard has been ours for forty years," Mrs. Varga said.\n\n'
        '"We will not sell," Mr. Varga said.\n\n'
        '"Ask the bank," Varga said.\n'
    )
    assert quote_of(text, "The yard").speaker_name == "Ilona Varga"
    assert quote_of(text, "We will not").speaker_name == "Peter Varga"
    assert names_no_one(quote_of(text, "Ask the bank"))  # the text does not say which


def test_honorific_of_one_gender_is_not_matched_to_a_name_of_the_other() -> None:
    text = (
        LEAD + "Mr. Okafor told the council the harbour needed dredging.\n\n"
        '"It silts up every spring," Mr. Okafor said.\n\n'
        "Later, Grace Okafor, his sister, spoke for the fishermen.\n\n"
        '"The boats cannot get out," Mr. Okafor added.\n'
    )
    q = quote_of(text, "The boats")
    assert q.speaker_name != "Grace Okafor"


def test_two_bearers_of_one_gender_stay_unresolved() -> None:
    text = (
        LEAD + "Tom Reyes and his son, Dan Reyes, both sit on the board.\n\n"
        '"The vote was a mistake," Mr. Reyes said.\n'
    )
    assert names_no_one(quote_of(text, "The vote"))


def test_headline_verb_ends_a_name() -> None:
    text = (
        "Varga Sees 'Last Chance' for the Yard\n\n"
        "Ilona Varga spoke to the council on Monday.\n\n"
        '"It is now or never," Mrs. Varga said.\n'
    )
    assert quote_of(text, "It is now").speaker_name == "Ilona Varga"


def test_surname_may_before_said() -> None:
    text = (
        LEAD + "Harriet May chairs the harbour board.\n\n"
        '"We will reopen the quay by June," May said.\n\n'
        'Mrs May told the board: "The money is there."\n'
    )
    q = quote_of(text, "We will reopen")
    assert mention(q) == "May"
    assert q.speaker_name == "Harriet May"
    chain_ok(q)
    assert quote_of(text, "The money").speaker_name == "Harriet May"


def test_surname_will_before_wrote() -> None:
    text = (
        LEAD + "Ada Will, a columnist, has followed the plan for years.\n\n"
        '"This plan deserves to sink," Will wrote.\n'
    )
    q = quote_of(text, "This plan")
    assert q.speaker_name == "Ada Will"


def test_modal_may_is_still_no_speaker() -> None:
    text = (
        LEAD + "Harriet May chairs the harbour board.\n\n"
        "Fishermen may say the quay is too small, officials said on Monday.\n"
    )
    q = quote_of(text, "Fishermen may say")
    assert mention(q) == "officials"


def test_one_and_another_speak_as_no_one_in_particular() -> None:
    text = (
        LEAD + "Fishermen gathered on the quay on Tuesday.\n\n"
        '"We have waited long enough," one said.\n\n'
        '"The council never listens," added another.\n'
    )
    first = quote_of(text, "We have waited")
    second = quote_of(text, "The council never")
    assert first.kind == second.kind == "direct"
    assert mention(first) == "one" and mention(second) == "another"
    assert names_no_one(first) and names_no_one(second)


def test_chain_of_an_older_version_keeps_its_honorific_name() -> None:
    # provenance-quotes/12 and before named the speaker "Mr. Hale" after a pronoun
    assert chain_problem(("he", 50), (("Mr. Hale", 10),), "Mr. Hale") is None
    assert chain_problem(("Mr. Hale", 50), (("Jo Hale", 10),), "Jo Hale") is None
    assert chain_problem(("Mr. Hale", 50), (("Jo Hale", 10),), "Mr. Hale") is not None


def test_a_family_s_honorifics_do_not_make_a_son_a_woman() -> None:
    # the given names say no gender: "Ms. Okoye" may not be matched to Chidi Okoye by her
    # honorific alone, and "she" is left unresolved rather than given to him
    text = (
        LEAD + "Emeka Okoye and Adaeze Okoye lost their son, Chidi Okoye, in 2004.\n\n"
        "Mr. Okoye spoke first. Ms. Okoye stood beside him.\n\n"
        '"He was our only son," she said.\n'
    )
    q = quote_of(text, "He was our only son")
    assert q.speaker_name != "Chidi Okoye"


def test_a_possessive_inside_a_run_ends_the_owner_s_name() -> None:
    # "Tom Reyes's Senate campaign": Tom Reyes, then the Senate; "he" is Tom Reyes
    text = (
        LEAD + "Tom Reyes met donors on Monday.\n\n"
        "Tom Reyes\u2019s Senate campaign raised money. He told Ada Lund she should step aside.\n"
    )
    assert quote_of(text, "she should step aside").speaker_name == "Tom Reyes"


def test_a_possessive_in_a_title_case_headline_splits_no_name() -> None:
    # in a body line, "Ada Lund's Harbour Board" is Ada Lund, then the board; in a
    # title-case headline the capitals cannot tell where a name ends, so nothing is split
    from provenance.quotes.entities import EntityModel
    from provenance.quotes.lexicon import for_language

    text = (
        "Ada Lund Wins Harbour\u2019s Top Job\n\n"
        "Ada Lund was elected on Monday. Ada Lund\u2019s Harbour Board met.\n"
    )
    names = [e.name for e in EntityModel(text, for_language("en")).entities]
    assert "Ada Lund Wins Harbour" not in names
    assert "Harbour Board" in names and "Ada Lund" in names
