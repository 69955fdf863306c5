"""The speaker mention of quoted fragments and the frames of reported speech:
the mention as written beside its cue, never words inside quotation marks,
a thing named or a noun modifier. Short passages of our own."""

from __future__ import annotations

import pytest

from provenance.quotes import Quote
from tests.quote_helpers import mention, quote_of, quotes


def kinds(text: str, kind: str) -> list[Quote]:
    return [q for q in quotes("Intro line.\n\n" + text) if q.kind == kind]


# -- quoted fragments ------------------------------------------------------------------


def test_participle_after_a_quote_takes_the_quotes_speaker() -> None:
    text = (
        "\u201cWe cannot pay for the old bridge any longer,\u201d Okafor said, adding later, "
        "\u201cthe river crossing is costing the town a fortune every single year.\u201d"
    )
    second = quote_of(text, "the river crossing")
    assert mention(second) == "Okafor"
    assert second.cue is not None and second.cue.text == "adding"


def test_no_speaker_inside_quotation_marks() -> None:
    text = (
        "\u201cWe cannot do this anymore,\u201d the coach said to the players, adding, "
        "\u201cthe season is over for all of us.\u201d"
    )
    for q in quotes(text):
        if q.speaker is not None:
            assert "anymore" not in q.speaker.text


def test_contracted_pronoun_before_a_progressive_cue() -> None:
    text = (
        "She\u2019s claiming that the ferry service is \u201ca disaster for the islands\u201d "
        "and \u201cnobody wants to fix it.\u201d"
    )
    q = quote_of(text, "the ferry")
    assert mention(q) == "She"
    assert q.cue is not None and q.cue.text == "claiming"


def test_object_of_a_naming_verb_is_not_the_speaker() -> None:
    text = (
        "Though she called the council\u2019s budget \u201creckless\u201d at the hearing, "
        "Moreau restricted comments about the tax rise to the press."
    )
    q = next(q for q in quotes(text) if "reckless" in q.text)
    assert q.kind == "mixed"
    assert mention(q) == "she"


def test_noun_of_speech_after_a_name_modifier_is_no_frame() -> None:
    text = "Nadia Petrov is describing as \u201creckless\u201d a Jonas Berg tweet about the port."
    q = next(q for q in quotes(text) if "reckless" in q.text)
    assert mention(q) == "Nadia Petrov"


def test_outer_verb_frame_before_a_noun_of_speech() -> None:
    text = (
        "At the rally, Ines Duarte, an adviser to the mayor, called the governor\u2019s "
        "remarks on Sunday \u201ca wake-up call for every voter in the valley.\u201d"
    )
    q = next(q for q in quotes(text) if "wake-up" in q.text)
    assert mention(q) == "Ines Duarte"


def test_accused_object_is_not_the_speaker() -> None:
    text = (
        "Berg went online overnight to accuse the rival campaign of being \u201cfooled\u201d "
        "by \u201ca clever hoax\u201d and urged readers to look again."
    )
    q = next(q for q in quotes(text) if "fooled" in q.text)
    assert mention(q) == "Berg"


def test_thing_labelled_is_not_a_speaker() -> None:
    text = (
        "In the report, in a box labeled \u201cmain risk,\u201d the inspector had typed "
        "\u201cflooding of the lower deck.\u201d"
    )
    for q in quotes(text):
        assert mention(q) != "a box"


def test_fragment_opening_its_sentence_goes_on_with_the_previous_speaker() -> None:
    text = (
        "\u201cIt is mostly tinkering,\u201d said Ruth Adeyemi, an economist at the institute. "
        "\u201cThere is no real reform here, and it is basically a fee increase\u201d for "
        "the smallest firms."
    )
    q = quote_of(text, "\u201cThere is no real reform")
    assert q.kind == "mixed"
    assert mention(q) == "Ruth Adeyemi"
    assert q.content[0].text.startswith("\u201cThere is")


def test_short_fragment_opening_a_sentence_stays_a_scare_quote() -> None:
    text = (
        "\u201cThe lake has never looked better,\u201d said Ruth Adeyemi. "
        "\u201cBlue Harbor\u201d is the name of the new marina."
    )
    q = next(q for q in quotes(text) if q.text.startswith("Blue"))
    assert q.kind == "scare"


def test_capitalised_title_word_is_no_adverb() -> None:
    text = "11) doormat with a Harbor Never Sleeps print\n\n12) \u201cSea Days\u201d poster, 1:24"
    for q in quotes(text):
        assert mention(q) is None


def test_lower_case_adverb_between_subject_and_cue() -> None:
    text = (
        "My aunt has mellowed, but even at 90 she still says things such as, "
        '"Nobody needs a telephone in the kitchen, you know."'
    )
    q = next(q for q in quotes(text) if "telephone" in q.text)
    assert mention(q) == "she"


# -- reported speech -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passage", "speaker", "cue", "content"),
    [
        (
            "The regional health director is confirming that the clinic will close in June.",
            "The regional health director",
            "confirming",
            "the clinic will close in June",
        ),
        (
            "Okafor charges that the contractors overbilled the town for the new bridge.",
            "Okafor",
            "charges",
            "the contractors overbilled the town for the new bridge",
        ),
        (
            "The city sent a warning letter on Monday. It says the company broke the zoning law.",
            "It",
            "says",
            "the company broke the zoning law",
        ),
        (
            "The proposal to close the rural schools has been criticized by the teachers union.",
            "the teachers union",
            "criticized",
            "The proposal to close the rural schools",
        ),
        (
            "The senator called for an independent inquiry into the contracts.",
            "The senator",
            "called for",
            "an independent inquiry into the contracts",
        ),
    ],
)
def test_reported_speech_frames(passage: str, speaker: str, cue: str, content: str) -> None:
    found = kinds(passage, "indirect")
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    q = found[0]
    assert mention(q) == speaker
    assert q.cue is not None and q.cue.text == cue
    assert q.text == content


@pytest.mark.parametrize(
    "passage",
    [
        "The decision angered residents who had waited for the new road for years.",
        "His blog comments are often harsh about the council and its spending plans.",
        "Don't worry about the polls, the numbers will change before the vote in May.",
        "The video showing the flooded station was released on Tuesday by the operator.",
        "The harbor plan was approved in a vote that was held by the council last year.",
    ],
)
def test_look_alikes_are_not_reported_speech(passage: str) -> None:
    assert kinds(passage, "indirect") == []


def test_noun_after_a_verb_is_no_cue() -> None:
    found = kinds(
        "Most analysts estimate the plan would cost two billion over a decade.", "indirect"
    )
    assert [(mention(q), q.cue.text if q.cue else None) for q in found] == [
        ("Most analysts", "estimate")
    ]


def test_sentence_adverb_is_no_speaker() -> None:
    for q in kinds(
        "Regardless, the council approved the budget for the year on Friday.", "indirect"
    ):
        assert mention(q) == "the council"
