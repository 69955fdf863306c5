"""A verb of speech that reports only beside a quote, joined to the clause before it
("thanked her home state and then boomed, "...""); a name right before "who" with no
comma ("a tweet from Rikkie Dell who tweeted"); verbs of harsh criticism that take the
speaker's words ("ripped the director for acting as "...""); and a finding's "that" clause
holding quoted words ("found in 2014 that the police is "..."") . Short passages of our
own."""

from __future__ import annotations

from provenance.quotes import Quote
from tests.quote_helpers import chain_ok, mention, quotes

LEAD = "Harbour Vote\n\n"


def _one(text: str, words: str) -> Quote:
    (q,) = [q for q in quotes(text) if words in q.text]
    return q


def test_a_frame_verb_joined_to_the_clause_before_is_its_subject_s() -> None:
    for joint in ("and then boomed", "and boomed", "and later thundered"):
        text = LEAD + (
            "Smiling broadly, Mrs. Ann Hale drew cheers as she thanked her home state "
            f"{joint}, ''Today, you proved once again that the harbour is home.''\n"
        )
        q = _one(text, "you proved once again")
        assert q.kind == "direct"
        assert q.speaker_name == "Ann Hale"
        chain_ok(q)


def test_a_joined_frame_verb_with_no_quote_beside_it_frames_nothing() -> None:
    text = LEAD + (
        "Ann Hale thanked her home state and then laughed. ''The harbour is home,'' "
        "Tom Vell said.\n"
    )
    assert _one(text, "The harbour is home").speaker_name == "Tom Vell"


def test_a_name_right_before_who_speaks() -> None:
    text = LEAD + (
        'Among the replies was this one from Rikkie Dell who tweeted, "You see, the '
        'harbour board never pays attention to rules."\n'
    )
    q = _one(text, "the harbour board never pays attention")
    assert mention(q) == "who"
    assert q.speaker_name == "Rikkie Dell"
    chain_ok(q)


def test_a_place_before_a_set_off_who_is_no_speaker() -> None:
    text = LEAD + (
        "His remarks were derided by Tom Vell, the leader of the opposition in North-Harbour "
        "Westshire, who suggested that Mr. Kerr would do better to keep quiet.\n"
    )
    q = _one(text, "would do better to keep quiet")
    assert q.speaker_name != "North-Harbour Westshire"


def test_harsh_criticism_takes_the_speaker_s_words() -> None:
    for verb in ("ripped", "lambasted", "berated", "rebuked"):
        text = LEAD + (
            "Tom Vell, the mayor's former campaign manager, "
            f'{verb} Harbour Director Ann Kerr for acting as "the judge and the jury" in the '
            "probe.\n"
        )
        q = _one(text, "the judge and the jury")
        assert q.kind == "mixed"
        assert q.speaker_name == "Tom Vell"


def test_a_finding_s_that_clause_holds_the_finders_words() -> None:
    text = LEAD + (
        'In 2014, Tidewell found that "about twice as many sailors as pilots" favour the plan.\n'
    )
    q = _one(text, "about twice as many sailors")
    assert q.kind == "mixed"
    assert mention(q) == "Tidewell"


def test_a_finding_with_no_that_is_no_frame() -> None:
    # "found it \"amazing\"": the verb of finding has no clause; the saying verb frames it
    text = LEAD + 'Ann Hale said the crew found it "amazing" to sail again.\n'
    q = _one(text, "amazing")
    assert q.speaker_name == "Ann Hale"
