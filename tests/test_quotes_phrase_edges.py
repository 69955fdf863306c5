"""A speaker phrase is a whole noun phrase: never a clause, never a fragment."""

from __future__ import annotations

from provenance.quotes.phrase_edges import noun_phrase
from tests.quote_helpers import mention, names_no_one, quote_of

INTRO = "Harbour council meets.\n\n"


def test_possessive_keeps_the_noun_it_owns() -> None:
    text = INTRO + "Mayor Ida Lund's advisers have long insisted the ferry would pay for itself.\n"
    q = quote_of(text, "the ferry")
    assert mention(q) == "Mayor Ida Lund's advisers"
    assert q.speaker_name != "Ida Lund"  # her advisers spoke, not she


def test_possessive_of_an_utterance_is_its_speaker() -> None:
    text = INTRO + 'Ida Lund\'s answer was: "The ferry stays."\n'
    q = quote_of(text, "The ferry stays")
    assert mention(q) == "Ida Lund's"
    assert q.speaker_name == "Ida Lund"


def test_sentence_adverb_is_left_off() -> None:
    text = INTRO + "Certainly Tomas Berg had no doubts about the new pier.\n"
    q = quote_of(text, "about the new pier")
    assert mention(q) == "Tomas Berg"


def test_lone_sentence_adverb_is_no_speaker() -> None:
    text = INTRO + "Overall, the harbour shops reported losses of a third this winter.\n"
    q = quote_of(text, "losses of a third")
    assert mention(q) != "Overall"
    assert q.speaker_name != "Overall"


def test_opening_preposition_object_is_no_speaker() -> None:
    text = (
        INTRO
        + 'Like Berg, Ida Lund also rejected the plan, arguing that the pier "could be sold"'
        + " within a year.\n"
    )
    q = quote_of(text, "the pier")
    assert mention(q) != "Like Berg"
    assert q.speaker_name not in ("Berg", "Like Berg")
    # (the object of a preposition elsewhere in a phrase is kept)
    text = INTRO + "A spokesman for the harbour said the pier could be sold.\n"
    assert mention(quote_of(text, "the pier")) == "A spokesman for the harbour"


def test_quantity_is_taken_whole() -> None:
    text = INTRO + "About four in 10 said they would vote against the levy.\n"
    q = quote_of(text, "they would vote")
    assert mention(q) == "About four in 10"
    assert names_no_one(q)


def test_subject_of_a_verb_that_makes_the_utterance() -> None:
    text = INTRO + "Berg made similarly angry charges that the council had hidden the costs.\n"
    q = quote_of(text, "the council had hidden")
    assert mention(q) == "Berg"


def test_subject_before_colon() -> None:
    text = INTRO + 'Berg resisted: "The council has no such power."\n'
    q = quote_of(text, "The council has no such power")
    assert mention(q) == "Berg"


def test_clause_about_a_thing_names_no_one() -> None:
    text = INTRO + "The vote raised serious doubts about whether the pier will open in May.\n"
    q = quote_of(text, "about whether the pier")
    assert names_no_one(q)
    assert mention(q) in (None, "The vote")


def test_relative_clause_stays_in_its_noun_phrase() -> None:
    text = (
        INTRO + "In the council's favour, all the skippers she interviewed said the new pier"
        " was too short.\n\nEveryone the council polled said the levy was too high.\n"
    )
    q = quote_of(text, "the new pier was too short")
    assert mention(q) == "all the skippers she interviewed"
    assert mention(quote_of(text, "the levy")) == "Everyone the council polled"


def test_trailing_preposition_and_place_adverb_are_cut() -> None:
    text = INTRO + "Fishermen here point to a number of reasons for the losses.\n"
    q = quote_of(text, "a number of reasons")
    assert mention(q) == "Fishermen"


def test_plain_name_is_untouched() -> None:
    text = INTRO + "Outside experts said the pier was sound.\n"
    q = quote_of(text, "the pier was sound")
    assert mention(q) == "Outside experts"


def test_owned_noun_ends_at_an_adverb_or_a_plural_head() -> None:
    text = (
        INTRO + "Ida Lund's supporters still question whether she opposes the levy and worry"
        " that she might vote for it.\n\nTomas Berg's rivals cling to the hope that the"
        " council will fall.\n"
    )
    assert mention(quote_of(text, "she might vote")) == "Ida Lund's supporters"
    assert mention(quote_of(text, "the council will fall")) == "Tomas Berg's rivals"


def test_gerund_cue_is_the_subjects_unless_a_named_object_could_say_it() -> None:
    text = (
        INTRO + "Lund's campaign took the unusual step of criticizing the harbour board,"
        " accusing it of waste.\n\nBerg reminds me of Ann Roe saying that the sea"
        " always wins.\n"
    )
    assert mention(quote_of(text, "the harbour board")) == "Lund's campaign"
    q = quote_of(text, "the sea always wins")
    assert q.speaker_name != "Berg"


def test_not_everyone_is_taken_whole() -> None:
    text = INTRO + "Not everyone said the levy was fair.\n"
    assert mention(quote_of(text, "the levy was fair")) == "Not everyone"


def _phrase(text: str, phrase: str, cue: str) -> str | None:
    """``noun_phrase`` on the first ``phrase`` of ``text`` with the first ``cue`` after it."""
    start = text.index(phrase)
    at = text.index(cue, start + len(phrase))
    out = noun_phrase(text, (start, start + len(phrase)), (at, at + len(cue)))
    return None if out is None else text[out[0] : out[1]]


def test_lone_opening_adverb_in_ly_is_no_name() -> None:
    text = "The storm came. Hastily politicizing the storm, she emphasized the danger."
    assert _phrase(text, "Hastily", "emphasized") is None
    text = "The storm came. Early said the pier was sound."
    assert _phrase(text, "Early", "said") == "Early"  # a surname before its verb


def test_making_verb_ends_the_subject_but_not_a_relative_clause() -> None:
    text = "His friends make jokes about the pier."
    assert _phrase(text, "His friends make", "jokes") == "His friends"
    text = "A former Republican clerk announced plans to sue."
    assert _phrase(text, "A former Republican clerk announced", "plans") == (
        "A former Republican clerk"
    )
    text = "The levy was set out in a speech Mrs. Lund delivered in May."
    assert _phrase(text, "a speech Mrs. Lund delivered", "in") == "a speech Mrs. Lund delivered"


def test_possessive_of_a_day_names_no_one() -> None:
    text = "Friday's ruling, the judge said, denied the council its levy."
    assert _phrase(text, "Friday's", "denied") is None
    text = "Lund's ruling denied the council its levy."
    assert _phrase(text, "Lund's", "denied") == "Lund's"


def test_a_speaker_after_the_cue_ends_before_a_preposition_of_time() -> None:
    text = (
        "Intro line.\n\n"
        '"We need a leader," said former bank executive Ada Lund during the second debate.\n\n'
        '"We need a plan," said the city treasurer amid the budget talks.\n'
    )
    assert mention(quote_of(text, "We need a leader")) == "former bank executive Ada Lund"
    assert mention(quote_of(text, "We need a plan")) == "the city treasurer"
