"""The writer's words of a quote may name its speaker ("Though Ms. Moss has spent most of
her life here, ..., she said"): a person named there as a subject, whose possessive
follows, may be the pronoun's referent. A one-word name followed by ", who" is a person's.
Short passages of our own."""

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
