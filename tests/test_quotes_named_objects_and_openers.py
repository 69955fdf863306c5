"""A long object before the words a speaker called it ("called the assault that killed
five officers \\"...\\""), an adjective that opens a sentence before a name ("Top
Hale strategists"), and verbs of speech used for other things: "admitted to" a place, "denied"
a thing withheld; and who is in focus after "Then there's Rick Hale" or a sentence cut at a
title. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_a_long_object_before_the_name_given_it() -> None:
    text = LEAD + (
        "In somber comments, Vell called the assault that killed five harbour police "
        'officers "an attack on our town," but he also noted the "senseless, tragic deaths" '
        "of two men in recent shootings.\n"
    )
    q = quote_of(text, "the assault that killed")
    assert q.kind == "mixed"
    assert mention(q) == "Vell"
    later = quote_of(text, 'the "senseless')
    assert mention(later) == "he"


def test_an_opening_adjective_is_no_part_of_a_name() -> None:
    text = LEAD + (
        "Rick Hale has raised more money than any rival.\n\n"
        "Top Hale strategists conceded as much in an interview with Ada Quill on Monday, "
        "and Hale's aides agreed.\n\n"
        "Hale continued to portray her as hiding.\n\n"
        'Friday, he told the Harbour News that Quill was not "willing to debate."\n'
    )
    q = quote_of(text, "Quill was not")
    assert q.speaker_name == "Rick Hale"
    chain_ok(q)


def test_fellow_members_of_a_party_are_no_one_in_particular() -> None:
    text = LEAD + "Fellow Republicans are urging Vell to make the second debate count.\n"
    q = quote_of(text, "Vell to make")
    assert q.speaker_name is None or "unresolved" in q.resolution


def test_admitted_to_a_place_is_no_report() -> None:
    text = LEAD + (
        "A plurality of refugees admitted to the United States from all places are farmers. "
        "Tom Vell was admitted to hospital on Monday.\n"
    )
    assert not quotes(text)


def test_admitted_to_someone_is_still_a_report() -> None:
    text = LEAD + "Tom Vell admitted to reporters that the harbour plan had failed.\n"
    q = quote_of(text, "the harbour plan had failed")
    assert q.speaker_name == "Tom Vell"


def test_a_verb_after_a_name_s_comma_opens_no_apposition() -> None:
    text = LEAD + (
        "Ada Quill has raised money with the party. The joint account, Quill's Victory "
        "Fund, includes the Quill campaign, 32 state committees and the national "
        "committee.\n\n"
        "The Quill campaign denies any wrongdoing and points out that Hale signed the same "
        "agreement.\n"
    )
    q = quote_of(text, "Hale signed the same")
    assert q.speaker_name != "Quill's Victory Fund"


def test_a_thing_denied_is_no_claim_denied() -> None:
    for sentence in (
        "A group of nurses, alarmed that the harbour board is denying flu vaccines to "
        "sailors in custody, is urging the port to accept its offer.",
        "The board denied the request on Monday.",
        "The court denied him bail on Friday.",
    ):
        found = [q for q in quotes(LEAD + sentence + "\n") if q.cue and "den" in q.cue.text]
        assert not found, sentence


def test_a_claim_denied_is_still_reported() -> None:
    text = LEAD + "Tom Vell denied any link to the harbour fraud.\n"
    q = quote_of(text, "any link to the harbour fraud")
    assert q.speaker_name == "Tom Vell"


def test_a_place_opening_a_sentence_takes_no_gender() -> None:
    text = LEAD + (
        "When Ada Quill learned that Tom Vell would campaign in Harbourton, she printed two "
        "signs.\n\n"
        "In Harbourton on March 1, Ms. Quill was shocked by the crowd, she said in an "
        "interview later.\n\n"
        "The moment that Ms. Quill held up her signs, the crowd began shoving her and "
        'calling her "scum," she said in an interview.\n\n'
        '"Did I enjoy being treated like that? No, not at all," she said.\n'
    )
    for q in quotes(text):
        assert q.speaker_name != "Harbourton"
    q = quote_of(text, "Did I enjoy")
    assert q.speaker_name == "Ada Quill"
    chain_ok(q)


def test_there_is_someone_brings_them_into_focus() -> None:
    text = LEAD + (
        "Former aides have been generally supportive of her bid. Tom Vell has even made "
        "comments supportive of it.\n\n"
        "Then there's Rick Hale.\n\n"
        '"Kind of bewildering as to why her folks are laying out her strategy a week out," he '
        "wrote last October.\n"
    )
    q = quote_of(text, "Kind of bewildering")
    assert q.speaker_name == "Rick Hale"
    chain_ok(q)


def test_a_subject_after_that_and_a_title_is_a_subordinate_clause_s() -> None:
    # The period of "Mr." cuts the text's sentence there; the subject after it still
    # stands in the clause that "that" opened, not as a main clause's subject.
    text = LEAD + (
        "Mr. Lou said there was nothing wrong with Mr. Vell's raising the problem in the "
        "talks. But he suggested that Mr. Vell had his eyes on critics back home. \"They're "
        'under pressure domestically," he said.\n'
    )
    q = quote_of(text, "They're under pressure")
    assert q.speaker_name != "Vell"


def test_a_voice_over_is_a_speaker_phrase() -> None:
    text = LEAD + (
        '"Vell says different things to different audiences," Ada Quill, who chairs the '
        "Harbour PAC, said in a statement.\n\n"
        '"Tom Vell is skipping the last debate. Why? Vell cannot handle tough questions," a '
        "voice over says as a photo of an empty podium is shown.\n"
    )
    q = quote_of(text, "Tom Vell is skipping")
    assert q.kind == "direct"
    assert mention(q) == "a voice over"
    assert q.speaker_name != "Ada Quill"
