"""A relative pronoun that reports ("with Jo Hale, who said ..."), a description set off
between a name and "who", whole phrases of standing ("The ranking Democrat", "The state's
Republican party leader"), and epithets after a quote of two sentences. Short passages of
our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_who_after_a_name_set_off_by_a_comma_is_that_person() -> None:
    text = LEAD + (
        "Ada Quill met the board on Monday.\n\n"
        "But the chairman lined up with Tom Vell, who has said he does not support changing "
        "the harbour rules.\n"
    )
    q = quote_of(text, "he does not support changing")
    assert mention(q) in ("who", "Tom Vell")
    assert q.speaker_name == "Tom Vell"
    chain_ok(q)


def test_who_after_someone_s_aide_stays_unresolved() -> None:
    # "an aide to Tom Vell, who said": the aide may be the one who said it.
    text = LEAD + (
        "The letter went to an aide to Tom Vell, who said the harbour rules would not "
        "change this year.\n"
    )
    q = quote_of(text, "the harbour rules would not change")
    assert q.speaker_name != "Tom Vell"


def test_a_description_set_off_between_a_name_and_who() -> None:
    text = LEAD + (
        "Her position was backed on Friday by Sen. Ann Moss of Norland, the top Democrat on "
        "the Harbour Committee, who said none of the emails in question came from Quill.\n"
    )
    q = quote_of(text, "none of the emails in question")
    assert mention(q) == "the top Democrat on the Harbour Committee"
    assert q.speaker_name == "Ann Moss"
    chain_ok(q)


def test_words_of_standing_stay_in_the_speaker_phrase() -> None:
    for subject in (
        "The ranking Democrat on the committee",
        "The state's Republican party leader",
        "The top Republican in the chamber",
    ):
        text = LEAD + f"{subject} said the process was fair to every candidate.\n"
        q = quote_of(text, "the process was fair")
        assert mention(q) == subject


def test_a_place_word_before_a_party_member_is_no_part_of_the_phrase() -> None:
    text = LEAD + "At the rally Democrat Jo Hale said the process was fair to every candidate.\n"
    q = quote_of(text, "the process was fair")
    assert mention(q) == "Democrat Jo Hale"


def test_epithets_after_a_quote_of_two_sentences() -> None:
    text = LEAD + (
        "Tom Vell plans to rebuild the harbour that Vell's father built by fostering an "
        'environment of "trust and investment," Rick Hale said Monday.\n\n'
        '"Well first of all, they have to stop and listen. And a lot of it has to do with '
        'the economy," the retired neurosurgeon told a radio station.\n\n'
        'The former presidential candidate continued, saying, "You need somebody who '
        'understands economics."\n'
    )
    first = quote_of(text, "Well first of all")
    assert first.speaker_name == "Rick Hale"
    chain_ok(first)
    second = quote_of(text, "You need somebody")
    assert second.speaker_name == "Rick Hale"
    chain_ok(second)


def test_an_epithet_after_someone_who_asked_stays_unresolved() -> None:
    text = LEAD + (
        "Tom Vell plans to rebuild the harbour that Vell's father built and Vell's mother "
        "ran, Rick Hale said Monday.\n\n"
        '"Will you back him?" Rick Hale asked. "Not yet," the retired neurosurgeon '
        "told him.\n"
    )
    q = quote_of(text, "Not yet")
    assert q.speaker_name is None or "unresolved" in q.resolution


def test_a_show_someone_owns_is_no_one_named_since() -> None:
    text = LEAD + (
        "Their partnership began in 1984, when Vell signed Rick Hale to a rich contract. "
        "Hale also appeared on Vell's Celebrity Harbour. The football legend said people "
        "misunderstand Vell.\n"
    )
    q = quote_of(text, "people misunderstand Vell")
    assert q.speaker_name == "Rick Hale"
    chain_ok(q)


def test_two_adjectives_set_apart_by_a_comma_are_one_phrase() -> None:
    text = LEAD + (
        "Tom Vell took office as harbour master in 2007 and made the sea wall his first "
        "task.\n\n"
        '"From day one, I made the wall the top priority," the bespectacled, 71-year-old '
        "diplomat said in an interview.\n"
    )
    q = quote_of(text, "From day one")
    assert q.kind == "direct"
    assert mention(q) == "the bespectacled, 71-year-old diplomat"
    assert q.speaker_name == "Tom Vell"
    chain_ok(q)


def test_a_comma_before_a_pronoun_ends_the_phrase() -> None:
    for sentence, content, said_by in (
        ("The harbour board has been standing in the way, he said.", "The harbour", "he"),
        ("It is an investment, they say, that would pay for itself.", "would pay", "they"),
    ):
        text = LEAD + "Tom Vell spoke to the council on Monday. " + sentence + "\n"
        q = quote_of(text, content)
        assert mention(q) == said_by, sentence


def test_a_given_name_that_one_full_name_completes() -> None:
    text = LEAD + (
        "Betsy Hale and her husband set out with a packet of addresses.\n\n"
        '"This is one of my friends from sixth grade," Tom told Ann Moss, who answered her '
        "door.\n\n"
        '"It goes in here and goes out here," Tom Hale said.\n'
    )
    q = quote_of(text, "This is one of my friends")
    assert q.speaker_name == "Tom Hale"
    assert "later" in q.resolution
    chain_ok(q)


def test_a_given_name_two_full_names_share_stays_unresolved() -> None:
    text = LEAD + (
        '"This is one of my friends from sixth grade," Tom told Ann Moss.\n\n'
        '"It goes in here," Tom Hale said. "Not for me," said Tom Vell.\n'
    )
    q = quote_of(text, "This is one of my friends")
    assert q.speaker_name is None or "unresolved" in q.resolution


def test_who_after_a_preposition_s_object_is_never_the_sentence_s_subject() -> None:
    text = LEAD + (
        "In the capital, Vell endured without complaint a lecture from the Norland "
        'president, who said that trade has been good for "both of our countries" and that '
        "jobs rely on it.\n"
    )
    q = quote_of(text, "trade has been good")
    assert q.speaker_name != "Vell"


def test_who_after_the_object_of_a_past_verb() -> None:
    text = LEAD + 'Vell met the Norland president, who said, "Trade has been good for us."\n'
    q = quote_of(text, "Trade has been good")
    assert mention(q) == "the Norland president"


def test_who_after_a_place_is_not_the_place() -> None:
    text = LEAD + (
        "His comments were derided by Ann Moss, the leader of the opposition in North "
        "Harbourshire, who suggested that Vell would do better to keep quiet.\n"
    )
    q = quote_of(text, "Vell would do better")
    assert q.speaker_name != "North Harbourshire"


def test_one_person_of_two_roles_joined_by_and() -> None:
    text = LEAD + (
        "Sen. Rick Hale on Wednesday morning also called upon the country to press Norland.\n\n"
        '"Norland is equally concerned about what its neighbour is doing," the independent '
        "Eastmoor senator and Democratic presidential candidate told a radio show.\n"
    )
    q = quote_of(text, "Norland is equally")
    assert q.kind == "direct"
    assert mention(q) == "the independent Eastmoor senator and Democratic presidential candidate"
    assert q.speaker_name == "Rick Hale"
    assert "joint" not in q.resolution
    chain_ok(q)


def test_roles_joined_before_a_name_stay_the_name_s() -> None:
    text = LEAD + (
        '"We have found the next best thing," lead researcher and Norland Institute scientist Ada '
        "Quill said in a statement.\n"
    )
    found = [q for q in quotes(text) if "We have found" in q.text]
    assert [q.speaker_name for q in found] == ["Ada Quill"]
