"""Verbs of saying that are nouns too, subjects set off by commas, predicates after a
work's noun, and companies named by their stock. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_claims_after_a_name_is_a_verb() -> None:
    q = quote_of(LEAD + 'Hale claims the project "violates federal law."\n', "the project")
    assert q.kind == "mixed"
    assert q.speaker_name == "Hale"
    said = [q for q in quotes(LEAD + "Hale claims the project violates federal law.\n")]
    assert [(q.kind, q.text, q.speaker_name) for q in said] == [
        ("indirect", "the project violates federal law", "Hale")
    ]


def test_notes_after_a_pronoun_is_a_verb() -> None:
    q = quote_of(LEAD + 'Jo Hale spoke. She notes the plan "was never funded."\n', "the plan")
    assert q.kind == "mixed"
    assert q.speaker is not None and q.speaker.text == "She"


def test_claims_as_a_noun_is_no_verb() -> None:
    for text in (
        'Another notes her summer job in Alaska "sliming" fish.\n',
        'His claims the project "violates federal law" were rejected.\n',
    ):
        assert all(q.speaker_name != "Another" for q in quotes(LEAD + text))
    # a nearer frame is the quote's: not the one that reports the whole sentence
    text = LEAD + (
        "The Journal notes that Jo Roe tweeted that Al Dee should resign, and Dee later "
        'called Roe "very weak on trade."\n'
    )
    assert quote_of(text, "Roe").speaker_name == "Al Dee"


def test_a_subject_set_off_by_commas_is_not_the_content() -> None:
    text = (
        LEAD + "The lawsuit, filed by the Sierra Club, claims the project violates federal law.\n"
    )
    for q in quotes(text):
        assert not q.text.startswith("The lawsuit")
        assert q.speaker_name != "the project violates federal law"


def test_a_predicate_after_a_works_noun_is_a_quote() -> None:
    q = quote_of(LEAD + 'Hale said the program "failed to meet its goals."\n', "the program")
    assert q.kind == "mixed"
    assert q.speaker_name == "Hale"
    title = quote_of(LEAD + 'Hale said the program "Nightly News" was cut.\n', "Nightly News")
    assert title.kind == "scare"


def test_a_firm_whose_name_ends_in_ing_keeps_its_name() -> None:
    text = LEAD + (
        'Boeing Co. shares fell on Monday. The company said in a filing that it "continues '
        'to cooperate" with regulators.\n'
    )
    q = quote_of(text, "it")
    assert q.speaker_name == "Boeing Co"
    chain_ok(q)


def test_shares_of_a_name_make_it_a_company() -> None:
    text = LEAD + 'Shares of Boeing fell on Monday. "We continue to cooperate," the company said.\n'
    q = quote_of(text, "We continue")
    assert q.speaker_name == "Boeing"
    chain_ok(q)
    text = LEAD + 'Jo Hale fell on Monday. "We continue to cooperate," the company said.\n'
    assert quote_of(text, "We continue").speaker_name != "Jo Hale"


def test_the_one_told_is_no_part_of_what_was_told() -> None:
    for told in ("police", "investigators", "the court", "her husband", "reporters", "Reuters"):
        said = quotes(LEAD + f"Ann Lee, a nurse, told {told} she saw the driver.\n")
        assert [(q.kind, q.text) for q in said] == [("indirect", "she saw the driver")], told
    asked = quotes(LEAD + "Jo Hale asked her assistant to print the letters.\n")
    assert [q.text for q in asked] == ["to print the letters"]


def test_a_name_ends_at_a_full_stop_that_is_no_abbreviation() -> None:
    text = LEAD + (
        'The coach praised striker Leo Park. "He was brilliant tonight," said coach Dana Fox. '
        'Park, 22, scored twice. "I just did my job," he said.\n'
    )
    assert quote_of(text, "He was brilliant").speaker_name == "Dana Fox"
    assert quote_of(text, "I just did my job").speaker_name == "Leo Park"
    kept = LEAD + '"We won," said Gen. Jo Hale Jr. on Monday.\n'
    assert (quote_of(kept, "We won").speaker_name or "").endswith(("Jo Hale Jr", "Jo Hale Jr."))


def test_a_name_given_as_identified_names_the_speaker() -> None:
    text = LEAD + (
        '"I don\'t know what happened," the driver, identified as Tom Reed, 45, told police.\n'
    )
    q = quote_of(text, "I don't know")
    assert q.speaker_name == "Tom Reed"
    chain_ok(q)


def test_the_object_of_a_preposition_in_the_subject_is_no_speaker() -> None:
    for text in (
        'The woman in the red coat said the plan "will not work."\n',
        'The sign on the door read "Closed for renovation."\n',
    ):
        for q in quotes(LEAD + text):
            assert q.speaker is None or q.speaker.text not in ("the red coat", "the door")
    q = quote_of(LEAD + 'Residents in the area said the smell "was unbearable."\n', "the smell")
    assert q.speaker is not None and q.speaker.text == "Residents in the area"


def test_a_short_quote_after_a_sentence_ending_in_a_name_is_no_nickname() -> None:
    for quote in ("It's devastating,", "Absolutely,", "No comment,"):
        text = LEAD + f'The storm hit Florida on Wednesday. "{quote}" Gov. Ron DeSantis said.\n'
        q = quote_of(text, quote.rstrip(","))
        assert q.kind == "direct", quote
        assert q.speaker_name is not None and q.speaker_name.endswith("Ron DeSantis")
    nick = quote_of(LEAD + 'Gov. C.L. "Butch" Otter spoke on Monday.\n', "Butch")
    assert nick.kind == "scare"
