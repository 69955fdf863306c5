"""The writer's words of a quote may name its speaker ("Though Ms. Moss has spent most of
her life here, ..., she said"): a person named there as a subject, whose possessive
follows, may be the pronoun's referent. A one-word name followed by ", who" is a person's.
The owner of a sentence's subject ("Ann Moss's fate is still unclear, but she said") may
hold the focus. A surname two people bear names the one in focus whom the last sentences
named in full. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_a_subject_named_in_the_reported_words_with_her_own_possessive() -> None:
    text = LEAD + (
        "''We skate to take back the city,'' said Ms. Quill, whose family moved to Harbourton "
        "in 2009.\n\nThese changes are a fact of life for the group. Though Ms. Moss has spent "
        "most of her life in Harbourton, the influx of wealthier residents has led to more "
        "police on the streets, she said.\n"
    )
    q = quote_of(text, "Though Ms. Moss has spent")
    assert q.speaker_name == "Moss"
    chain_ok(q)


def test_a_sentence_subject_taken_into_a_mixed_quote_may_be_its_speaker() -> None:
    text = LEAD + (
        "Peter Vell lost his job but was proved right. He sued Hale in the district court "
        "for defamation.\n\nVell, who estimates that his legal costs were ''in the seven "
        "figures,'' described the strain as ''horrendous. It really affects your health,'' he "
        "said.\n"
    )
    (q,) = [q for q in quotes(text) if "horrendous" in q.text]
    assert q.speaker_name == "Peter Vell"
    chain_ok(q)


def test_a_name_in_the_reported_words_after_a_pronoun_frame_is_not_the_speaker() -> None:
    text = LEAD + "Ann Quill spoke first on Monday. She said Ms. Moss had lost her job.\n"
    q = quote_of(text, "Ms. Moss had lost her job")
    assert q.speaker_name == "Ann Quill"


def test_a_name_in_the_reported_words_as_an_object_is_not_the_speaker() -> None:
    text = LEAD + (
        "Tom Hale wrote on Monday. And he continued to complain that Mr. Vell had been "
        "unfair to him.\n"
    )
    q = quote_of(text, "Mr. Vell had been unfair")
    assert q.speaker_name == "Tom Hale"


def test_a_one_word_name_before_who_is_a_person() -> None:
    text = LEAD + (
        "Tom Vell, a former mayor of the town, said the harbour was closed.\n\n''All of "
        "Norland is under threat,'' said Dorrance, who returned to the capital at once. He "
        "announced that the navy would patrol the coast.\n"
    )
    q = quote_of(text, "the navy would patrol the coast")
    assert q.speaker_name != "Tom Vell"


def test_the_owner_of_a_sentence_s_subject_holds_the_focus() -> None:
    text = LEAD + (
        "''People stood in line for hours, and their vote did not count,'' said Ann Quill of "
        "Harbour Watch, who observed the voting.\n\nAnn Moss's fate is still unclear, but she "
        "said last week that she would govern the town. ''I am going to be above the mayor,'' "
        "she said.\n"
    )
    q = quote_of(text, "I am going to be above the mayor")
    assert q.speaker_name == "Ann Moss"
    chain_ok(q)
    # "One of Vell's attacks came in May, when he told ...": the owner, not the one before.
    text = LEAD + (
        "Tom Hale, a law professor, said he has no problem with criticism of judges.\n\n"
        "One of Vell's earlier attacks came in February, when he told a radio show that the "
        "judge was biased against him.\n"
    )
    q = quote_of(text, "the judge was biased against him")
    assert q.speaker_name == "Vell"


def test_a_surname_two_people_bear_names_the_one_in_focus_named_in_full_of_late() -> None:
    lead = (
        "Liz Vell is the daughter of the former governor, Tom Vell, who held the seat for "
        "years. The race drew eight candidates. Turnout was low.\n\n"
    )
    text = (
        LEAD
        + lead
        + (
            "Liz Vell, 50, won about 40 percent of the vote on Tuesday. She will now face Ann "
            "Moss in November.\n\n''Now it is time to look forward,'' Vell said in a statement.\n"
        )
    )
    q = quote_of(text, "Now it is time to look forward")
    assert q.speaker_name == "Liz Vell"
    chain_ok(q)
    # Only the bare surname of late: the text does not say which of them it is.
    text = (
        LEAD
        + lead
        + (
            "Vell won about 40 percent of the vote on Tuesday. Vell will now face Ann Moss in "
            "November.\n\n''Now it is time to look forward,'' Vell said in a statement.\n"
        )
    )
    q = quote_of(text, "Now it is time to look forward")
    assert q.speaker_name is None
