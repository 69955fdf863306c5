"""Which name a quote gets when the text offers the wrong one close by: a time is no
speaker, a quote goes on from the latest report, and a weak guess stays unresolved.
Short passages of our own."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention, quote_of, quotes


def test_a_time_before_the_verb_is_skipped_for_the_subject() -> None:
    text = (
        "The audit went on for months.\n\n"
        "The Treasury less than three weeks ago said for the first time that "
        '"serious gaps" had been found in the accounts.'
    )
    q = quote_of(text, '"serious gaps"')
    assert mention(q) == "The Treasury"
    assert q.speaker_name is not None and "Treasury" in q.speaker_name


def test_a_time_alone_is_no_speaker() -> None:
    text = (
        "The mayor spoke at the harbour.\n\n"
        'Six months ago, the mayor said, the council called the plan "a fantasy."\n\n'
        'Last month, a panel of engineers warned of "real risks" to the pier.'
    )
    for start in ("the council called", "of "):
        q = quote_of(text, start)
        assert mention(q) not in ("Six months ago", "Last month")
        assert q.speaker_name not in ("Six months ago", "Last month")


def test_a_year_is_no_part_of_a_name() -> None:
    text = 'The vote is close.\n\nAnalysts expect that in 2030 Norway says, "We are done with oil."'
    q = quote_of(text, "We are done")
    assert q.speaker_name is None or not q.speaker_name[:1].isdigit()


def test_a_quote_goes_on_from_the_latest_report_not_an_older_speaker() -> None:
    text = (
        "The campaign had a busy weekend.\n\n"
        '"We will fight on," Mark Dolan said on Sunday.\n\n'
        "Sen. Laura Finch pointed to young voters as a reason for hope. "
        '"The young are tired of being ignored."'
    )
    q = quote_of(text, "The young are tired")
    assert q.speaker_name is not None and q.speaker_name.endswith("Laura Finch")


def test_a_report_in_the_speakers_own_sentence_does_not_take_the_next_quote() -> None:
    text = (
        "The campaign had a busy weekend.\n\n"
        '"We will fight on," Mark Dolan said on Sunday, after Sen. Laura Finch argued '
        "that the race was over.\n\n"
        '"The young are tired of being ignored."'
    )
    q = quote_of(text, "The young are tired")
    assert q.speaker_name == "Mark Dolan"


def test_a_relative_who_speaks_for_the_one_before_it() -> None:
    text = (
        "The council met on Monday.\n\n"
        'Mayor Tom Reed has often clashed with Jane Hill, who said the budget was "a mess."'
    )
    q = quote_of(text, "the budget was")
    assert q.speaker_name == "Jane Hill"


@pytest.mark.parametrize(
    "sentence",
    [
        "Reed was joined on stage by Senator Jane Hill of Ohio, who endorsed him last week.",
        "The mayor thanked Mark Dolan, who backed her campaign early, and left.",
        "Dolan, who is promoting his new book about the port, spoke at the library.",
    ],
)
def test_a_relative_who_with_no_verb_of_saying_reports_nothing(sentence: str) -> None:
    assert not quotes(f"The council met on Monday.\n\n{sentence}")


def test_a_relative_who_after_an_aside_never_takes_the_sentence_subject() -> None:
    text = (
        "The council met on Monday.\n\n"
        "Mayor Tom Reed has often clashed with Hill, now the council's chair, who in 2019 "
        'said the budget was "a mess."'
    )
    q = quote_of(text, "the budget was")
    assert q.speaker_name != "Tom Reed"


def test_the_writer_who_laughed_and_said_is_the_speaker_not_the_mother() -> None:
    text = (
        "Growing up, faith was everywhere.\n\n"
        "Once, when my aunt mentioned ghosts to me at dinner, I laughed and said, "
        '"I do not believe in ghosts."'
    )
    q = quote_of(text, "I do not believe")
    assert mention(q) == "I"
    assert q.speaker_name is None
    assert "unresolved" in q.resolution


def test_my_before_a_noun_of_speech_is_the_writer_not_a_name() -> None:
    text = (
        "Growing up, faith was everywhere.\n\n"
        'She was upset, so I had to change my answer: "Of course I believe in ghosts."'
    )
    q = quote_of(text, "Of course")
    assert q.speaker_name is None
    assert "unresolved" in q.resolution


def test_a_relative_clause_after_a_fragment_does_not_frame_it() -> None:
    text = (
        "The dinner is on Friday.\n\n"
        'Carl Moss has promised to keep it "classy" and has invited his friend Dan Ruiz, '
        "who has pledged to make him a minister."
    )
    q = quote_of(text, "to keep it")
    assert q.speaker_name == "Carl Moss"


def test_a_surname_two_people_bear_is_unresolved() -> None:
    text = (
        "The brothers toured the state.\n\n"
        "Paul Hart campaigned with his brother Simon Hart in Ohio on Monday.\n\n"
        '"He kept the plant open," Hart said.'
    )
    q = quote_of(text, "He kept the plant")
    assert mention(q) == "Hart"
    assert q.speaker_name is None
    assert "unresolved" in q.resolution


def test_a_surname_one_person_bears_is_resolved() -> None:
    text = (
        "The senator toured the state.\n\n"
        "Paul Hart campaigned in Ohio on Monday.\n\n"
        '"We kept the plant open," Hart said.'
    )
    assert quote_of(text, "We kept the plant").speaker_name == "Paul Hart"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Michael Hart", "Michael B. Hart"),
        ("Sandy Hart", "Sandra Hart"),
        ("Paul Hart", "Sen. Paul Hart"),
        ("Paul Hart", "Attorney General Hart"),
    ],
)
def test_two_forms_of_one_name_are_no_family(first: str, second: str) -> None:
    text = (
        "The senator toured the state.\n\n"
        f"{first} campaigned in Ohio on Monday, and then {second} spoke to workers.\n\n"
        '"We kept the plant open," Hart said.'
    )
    q = quote_of(text, "We kept the plant")
    assert q.speaker_name is not None and q.speaker_name.endswith("Hart")
    assert "unresolved" not in q.resolution


@pytest.mark.parametrize("adverb", ["Later", "Earlier", "Finally", "Separately"])
def test_a_sentence_adverb_is_no_part_of_the_name_after_it(adverb: str) -> None:
    text = (
        "The senator toured the state.\n\n"
        f"Paul Hart campaigned in Ohio on Monday. {adverb} Attorney General Hart spoke to "
        "workers.\n\n"
        '"We kept the plant open," Hart said.'
    )
    assert quote_of(text, "We kept the plant").speaker_name == "Paul Hart"


def test_a_titled_surname_of_a_married_couple_is_not_the_husband() -> None:
    text = (
        "The couple toured the state.\n\n"
        "Daniel Hart and his wife, Susan Hart, visited a plant in Ohio.\n\n"
        '"We love this state," Mrs. Hart said.'
    )
    q = quote_of(text, "We love this state")
    assert q.speaker_name is not None and "Daniel" not in q.speaker_name


def test_a_given_name_tells_the_family_apart() -> None:
    text = (
        "The brothers grew up in Queens.\n\n"
        "Paul Hart and his brother Simon Hart ran the family shop.\n\n"
        'Simon said he was "the lucky one."'
    )
    q = quote_of(text, 'he was "the lucky one."')
    assert q.speaker_name == "Simon Hart"


def test_a_quote_in_an_opening_while_clause_is_framed_there() -> None:
    text = (
        "The inquiry closed on Friday.\n\n"
        "Nora Diaz is a senior aide to the governor.\n\n"
        'While Kemp said the handling was "extremely careless" of them, he said there '
        "was no case to bring."
    )
    q = quote_of(text, "the handling was")
    assert q.speaker_name == "Kemp"
    assert "no case" not in q.text


def test_a_quote_in_an_opening_although_clause_ends_at_its_comma() -> None:
    text = (
        "The letters were made public.\n\n"
        "Although Lars Berg admitted to the paper that the two had "
        '"been friends for years," he claimed they had never met.'
    )
    q = quote_of(text, "the two had")
    assert q.speaker_name == "Lars Berg"
    assert "never met" not in q.text


def test_a_statement_speaks_for_the_body_that_issued_it() -> None:
    text = (
        "The test drew wide condemnation.\n\n"
        "Following a hastily called, late-night meeting, the Harbour Board issued a "
        'statement calling the spill "a grave breach" of the rules.'
    )
    q = quote_of(text, "the spill")
    assert mention(q) == "a statement"
    assert q.speaker_name == "Harbour Board"
    assert q.resolution.startswith("description")


def test_a_statement_with_no_named_issuer_stays_unresolved() -> None:
    text = (
        "The recall began on Monday.\n\n"
        "After a short meeting, the Harbour Board issued a statement calling the spill "
        '"a grave breach" of the rules.\n\n'
        'The company released a statement saying the recall was "a precaution."'
    )
    q = quote_of(text, "the recall was")
    assert q.speaker_name != "Harbour Board"


def test_the_one_who_issued_a_statement_is_the_speaker_not_the_whole_clause() -> None:
    text = (
        "The court ruled on Friday.\n\n"
        "Shortly after the ruling, Governor Ann Price issued a statement saying that "
        'the state would "fight on."'
    )
    q = quote_of(text, "the state would")
    assert "issued" not in (mention(q) or "")
    assert q.speaker_name is not None and q.speaker_name.endswith("Ann Price")


def test_a_name_shown_saying_something_is_the_speaker_not_the_sentence_subject() -> None:
    text = (
        "The new advert aired on Sunday.\n\n"
        'The campaign released a video of Ann Lee saying, "We will win this fight."'
    )
    q = quote_of(text, "We will win")
    assert q.speaker_name == "Ann Lee"


def test_a_participle_left_after_the_time_is_no_part_of_the_speaker() -> None:
    text = (
        "Trust in banks keeps falling.\n\n"
        'A Gallup Poll released Monday said trust was "at a record low."'
    )
    q = quote_of(text, "trust was")
    assert mention(q) == "A Gallup Poll"
    assert q.speaker_name is not None and not q.speaker_name.endswith("released")


def test_a_relative_clause_with_a_participle_keeps_its_document() -> None:
    from provenance.quotes.speaker_phrase import speaker_span

    for phrase in ("a fact sheet lawmakers released", "the memo Acme released"):
        assert speaker_span(phrase, (0, len(phrase))) == (0, len(phrase))
    phrase = "A Gallup Poll released"
    assert speaker_span(phrase, (0, len(phrase))) == (0, len("A Gallup Poll"))


def test_a_colon_after_a_verb_of_saying_is_the_quotes_own_frame() -> None:
    text = (
        "Intro line.\n\n"
        'One user on the forum posted: "I just want to know how they came here."\n\n'
        'Another reportedly said: "Next year it will be worse."'
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert len(found) == 2 and found[1].text == "Next year it will be worse."
    assert found[1].speaker_name is None  # not the earlier user: "another" is someone else


def test_the_subject_of_a_clause_before_a_colon_speaks() -> None:
    text = (
        "Intro line.\n\n"
        "On July 6, 2015, Dana Ruiz made the following comment:\n\n"
        '"For young people, the rate is 33 percent."'
    )
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert mention(q) == "Dana Ruiz"


def test_a_surname_is_the_person_not_a_body_named_after_them() -> None:
    text = (
        "Intro line.\n\n"
        "Dana Ruiz spoke on Monday. The Ruiz Foundation gave money to the group, records "
        'show.\n\n"It was a gift," Ruiz said.\n\n'
        'The Holm Company said on Monday it would cut jobs. "We regret it," Holm said.'
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.speaker_name for q in found] == ["Dana Ruiz", "Holm Company"]
