"""A name with an adjective of mood as the speaker ('"...," an angry Vell retorted'), a
past verb of no list that ends a quote's frame ('"...," Hale surmised.'), and a poll's
maker as its source ("the Harbour Post poll"); unnamed people are no name, joined or not
("two liberal harbour groups", "politicians and officials who worked with him"); the name
that ends a title phrase ("HFL Director of Government Affairs Tom Vell") is the speaker's.
Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_a_name_in_a_mood_after_a_quote_is_the_speaker() -> None:
    text = LEAD + (
        "Tom Hale said the harbour had lost its way: ''The harbour is no longer the "
        "harbour,'' he claimed.\n\n''The harbour will always be the harbour,'' an angry Vell "
        "retorted. ''It never gives up.''\n"
    )
    q = quote_of(text, "The harbour will always be the harbour")
    assert q.kind == "direct"
    assert mention(q) == "an angry Vell"
    assert q.speaker_name == "Vell"
    chain_ok(q)


def test_an_unlisted_past_verb_after_a_quote_frames_it() -> None:
    for verb in ("retaliated", "surmised", "elaborated"):
        text = LEAD + (
            "Ann Moss, 39, worried that voters read too little news.\n\n''People are afraid "
            f"of wasting their votes,'' she {verb}. ''I see it every day.''\n"
        )
        q = quote_of(text, "People are afraid of wasting their votes")
        assert q.kind == "direct"
        assert q.speaker_name == "Ann Moss"
        chain_ok(q)


def test_a_mood_adjective_after_a_verb_is_no_part_of_the_speaker() -> None:
    # "It's a dynamic Hale said could ...": "a dynamic" is the object of "It's".
    text = LEAD + (
        "Stan Hale runs the poll.\n\nIt's a dynamic Hale said could drive those voters "
        "toward the harbour party this fall.\n"
    )
    q = quote_of(text, "could drive those voters")
    assert mention(q) == "Hale"


def test_a_poll_is_its_maker_s() -> None:
    text = LEAD + (
        "Hale won 45 percent in a new Harbour Post poll released Thursday.\n\nA drop for "
        "Vell gave Hale an 18-point lead, according to the Harbour Post poll.\n\nTide Data "
        "Group poll shows Hale leading Vell 44 percent to 37 percent.\n\nMrs. Vell leads Mr. "
        "Hale by three points, according to the average of recent polls compiled by Real "
        "Harbour Politics.\n"
    )
    for start, maker in (
        ("A drop for Vell gave Hale an 18-point lead", "Harbour Post"),
        ("Hale leading Vell 44 percent", "Tide Data Group"),
        ("Mrs. Vell leads Mr. Hale by three points", "Real Harbour Politics"),
    ):
        q = quote_of(text, start)
        assert q.speaker_name == maker
        chain_ok(q)


def test_a_plural_noun_for_bodies_stays_in_the_subject() -> None:
    text = LEAD + (
        "This week, two liberal harbour groups rolled out radio advertisements tethering Mr. "
        "Vell to Mr. Quill and criticizing them as anti-worker.\n"
    )
    q = quote_of(text, "them as anti-worker")
    assert mention(q) == "two liberal harbour groups"
    assert "unresolved" in q.resolution


def test_two_unnamed_groups_joined_are_no_joint_name() -> None:
    text = LEAD + (
        "Mr. Vell's influence in the town was significant, according to Norland politicians "
        "and officials who worked with him.\n\nThe claim was false, according to Tom Vell and "
        "his attorneys.\n"
    )
    q = quote_of(text, "Mr. Vell's influence in the town")
    assert q.speaker_name is None
    q = quote_of(text, "The claim was false")
    # (a name and his own people unnamed: the name, with the others said to be unnamed)
    assert q.speaker_name == "Tom Vell"
    assert q.resolution.endswith("with others unnamed")


def test_a_title_in_quotation_marks_in_an_apposition_is_no_speaker() -> None:
    text = LEAD + (
        'Ann Hale, the co-author of "Going Under," about the spread of rumours, said the days '
        "of a shared story are gone.\n"
    )
    q = quote_of(text, "the days of a shared story are gone")
    assert q.speaker_name == "Ann Hale"
    # "Rival Republican candidates": a plural noun for people ends the phrase, no verb
    text = LEAD + "Rival Republican candidates have long criticized Mr. Vell for his stance.\n"
    q = quote_of(text, "Mr. Vell for his stance")
    assert mention(q) == "Rival Republican candidates"
    assert "unresolved" in q.resolution


def test_a_person_s_name_that_ends_a_title_phrase_is_the_speaker() -> None:
    for phrase, name in (
        ("HFL Director of Government Affairs Tom Vell", "Tom Vell"),
        ("Norland Secretary of State Ann Moss", "Ann Moss"),
        ("HPA Chief of Staff Kate Hale", "Kate Hale"),
    ):
        text = LEAD + f"The union will sit out the election, {phrase} told reporters.\n"
        q = quote_of(text, "The union will sit out the election")
        assert q.speaker_name == name
        chain_ok(q)


def test_an_opening_here_or_there_is_no_subject() -> None:
    text = LEAD + (
        "Here in Port Ellis, Vell stepped up his emphasis on harbour issues, saying, ''We have "
        "got to make the docks safe.''\n\nThere, the district chairman Tom Hale declined to "
        "name the delegates but said one was an avowed Vell supporter.\n\nThere are a total "
        "of 4,769 delegates - 4,051 pledged delegates allocated by the results in the states.\n"
    )
    q = quote_of(text, "We have got to make the docks safe")
    assert q.speaker_name == "Vell"
    q = quote_of(text, "one was an avowed Vell supporter")
    assert q.speaker_name == "Tom Hale"
    assert not [q for q in quotes(text) if "allocated by the results" in q.text]


def test_a_statement_issued_then_a_comma_frames_the_quote() -> None:
    text = LEAD + (
        "Immediately after the attacks, Vell issued a statement, ''Last night, our town was "
        "attacked. My deepest sympathy goes out to the victims.''\n"
    )
    (q,) = [q for q in quotes(text) if "our town was attacked" in q.text]
    assert q.speaker_name == "Vell"
    assert "issued a statement" not in q.text


def test_an_adjective_of_standing_before_a_role_and_a_name_after_said() -> None:
    text = LEAD + (
        "''I'm not going to say it is a mistake, so forget about it,'' said retired surgeon "
        "Tom Vell, asked about his claims that he had been offered a place.\n"
    )
    q = quote_of(text, "I'm not going to say it is a mistake")
    assert q.kind == "direct"
    assert q.speaker_name == "Tom Vell"
    chain_ok(q)
