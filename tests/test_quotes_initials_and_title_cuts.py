"""A middle initial's period ("Tomas K. Dorn") ends no sentence; a name right after a
title's period is the subject only where the real sentence has it as one ("wrote to ... Mr.
Orr" is an object; "In 1989, Mr. Hale differed" and "...,'' Mr. Dale said" are subjects); a
party's plural noun before names ("Republicans Vell and Hale") is no part of a name; a noun
of standing as a subject ("the admiral chuckled") holds the focus. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_a_middle_initial_does_not_push_the_subject_out_of_focus() -> None:
    text = LEAD + (
        "At the gate stood two men. One of the men, Ivo Dale, 70, said he was sure Mr. Quill "
        "would lose. The other man, his cousin Rick Hale, 40, cited Mr. Quill's fondness for "
        "President Tomas K. Dorn of Norland as a danger. ''He's talking too much,'' he said.\n"
    )
    q = quote_of(text, "He's talking too much")
    assert q.speaker_name == "Rick Hale"
    chain_ok(q)


def test_a_name_after_a_title_in_an_object_takes_no_focus() -> None:
    text = LEAD + (
        "Ivo Dale, who runs the harbour fund, wrote to Ann Moss on Monday asking her to meet "
        "Mr. Tomas Orr at once. ''This is very important,'' he wrote.\n"
    )
    q = quote_of(text, "This is very important")
    assert q.speaker_name == "Ivo Dale"
    chain_ok(q)


def test_the_object_of_recalled_after_a_title_is_no_antecedent() -> None:
    text = LEAD + (
        "The harbour chief, Ivo Dale, recalled Mr. Tomas Orr talking about the old port. In "
        "Harbourton last week, he told a meeting of captains that few people understood the "
        "stakes.\n"
    )
    q = quote_of(text, "few people understood the stakes")
    assert q.speaker_name != "Tomas Orr"


def test_a_name_after_a_title_and_an_opening_phrase_keeps_the_focus() -> None:
    text = LEAD + (
        "Mr. Hale and Mr. Vell barely sparred. When Mr. Vell tried to defend his remarks on the "
        "harbour in 1989, Mr. Hale forcefully differed. ''I think that the board failed those "
        "workers,'' he said.\n"
    )
    q = quote_of(text, "I think that the board failed")
    assert q.speaker_name == "Hale"


def test_a_name_after_a_title_right_after_a_quote_keeps_the_focus() -> None:
    text = LEAD + (
        "Critics were unhappy with Mr. Orr. ''If Quill had gone with Orr, I would have been "
        "stuck for a long time,'' Mr. Dale, now 81 and retired in Harbourton, said by "
        "telephone this week. But he agreed that a mayor should make clear such deals are "
        "rare.\n"
    )
    q = quote_of(text, "a mayor should make clear")
    assert q.speaker_name == "Dale"


def test_a_party_s_plural_noun_is_no_part_of_the_name_after_it() -> None:
    text = LEAD + (
        "Republicans Vell of Port Ellis and Hale of Eastmoor are against closing the harbour "
        "office.\n\nVell, who was elected in 2014, does not see the office as old-fashioned.\n\n"
        "''There are towns that need some help,'' he said.\n"
    )
    q = quote_of(text, "There are towns that need")
    assert q.speaker_name == "Vell"
    chain_ok(q)


def test_a_subordinate_subject_after_a_title_does_not_take_the_focus() -> None:
    # "only because Mr. Vell agreed": the text's sentence is cut at "Mr.", but the real
    # sentence has a person as its main subject, so the subordinate subject holds no focus.
    text = LEAD + (
        "''It will rise and fall on its quality,'' said Mr. Hale of Harbour TV.\n\n"
        "Not all revivals are equal. Mr. Hale said he pursued a new ''Old Port'' only because "
        "Mr. Vell agreed to take part. (''We have persuaded the original creators to finish "
        "their work,'' he said.)\n"
    )
    q = quote_of(text, "We have persuaded the original creators")
    assert q.speaker_name == "Hale"


def test_a_noun_of_standing_as_a_subject_brings_its_person_into_focus() -> None:
    # "the admiral chuckled": no quote of his, yet the admiral is the one "he" names next.
    text = LEAD + (
        "The chief of the harbour staff, Gen. Tomas K. Dorn, recently asked Admiral Vell that "
        "question. In a talk overheard by a reporter, the admiral's answer was unclear. Asked "
        "later, the admiral chuckled.\n\n''It is good that my voice is low,'' he said.\n"
    )
    q = quote_of(text, "It is good that my voice is low")
    assert q.speaker_name == "Vell"
    chain_ok(q)


def test_a_titled_name_set_off_after_an_object_takes_no_focus() -> None:
    text = LEAD + (
        "One of the loudest cheers came when Tom Hale introduced his new running mate, "
        "Norland Gov. Ivo Dale, who has strong support among farmers.\n\nIn a departure from "
        "past conventions, Hale made no mention of the harbour. And although he thanked the "
        "farmers, he sounded a rare note of doubt, saying, ''I am not sure I deserve it.''\n"
    )
    q = quote_of(text, "I am not sure I deserve it")
    assert q.speaker_name == "Tom Hale"
    # "Hale's rival, Sen. Ivo Dale of Norland, was ...": the subject's own apposition
    text = LEAD + (
        "Hale's chief rival, Sen. Ivo Dale of Norland, was the only candidate who skipped the "
        "meeting. Instead he gave a speech in Port Ellis in which he pledged that he would "
        "be ''a friend to the harbour.''\n"
    )
    (q,) = [q for q in quotes(text) if "a friend to the harbour" in q.text]
    assert q.speaker_name == "Ivo Dale"
