"""The speaker phrase after a cue ("said a spokesman for the board") and groups that
speak as one ("the two said"). Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, names_no_one, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_a_description_keeps_the_phrase_that_says_which_one() -> None:
    for said, phrase in (
        ("said a spokesman for the harbour board", "a spokesman for the harbour board"),
        ("said a woman in a green scarf", "a woman in a green scarf"),
        ("said an engineer with the ferry company", "an engineer with the ferry company"),
        ("said a senior official at the U.S. Treasury", "a senior official at the U.S. Treasury"),
        ("said one of the ferry pilots", "one of the ferry pilots"),
    ):
        text = LEAD + f'The pier was closed at noon. "We were given no warning," {said}.\n'
        q = quote_of(text, "We were given")
        assert mention(q) == phrase, said


def test_how_when_or_where_it_was_said_stays_out_of_the_phrase() -> None:
    for said, phrase in (
        ("said a spokesman in a statement", "a spokesman"),
        ("said the official at a news conference", "the official"),
        ("said a spokeswoman with a smile", "a spokeswoman"),
        ("said the harbour master in June", "the harbour master"),
        ("said a pilot for the ferry on Monday", "a pilot for the ferry"),
        ("said a resident in tears", "a resident"),
    ):
        text = LEAD + f'The pier was closed at noon. "We were given no warning," {said}.\n'
        q = quote_of(text, "We were given")
        assert mention(q) == phrase, said


def test_reported_speech_before_a_described_speaker() -> None:
    text = LEAD + (
        "The harbour board met on Tuesday. The ferry will stop running in May, said a "
        "spokesman for the board.\n"
    )
    q = quote_of(text, "The ferry will stop")
    assert q.kind == "indirect"
    assert q.text == "The ferry will stop running in May"
    assert mention(q) == "a spokesman for the board"


def test_a_name_set_off_after_the_described_speaker_is_theirs() -> None:
    text = LEAD + (
        "Ada Quill ran the mill for years. He also had a say in every hire, said a former "
        "spokesman for the mill, Tom Vell.\n"
    )
    q = quote_of(text, "He also had a say")
    assert q.kind == "indirect"
    assert q.speaker_name == "Tom Vell"
    chain_ok(q)
    assert not [q for q in quotes(text) if q.text.startswith("a former spokesman")]


def test_two_people_named_together_speak_as_the_two() -> None:
    for said in ("the two said", "said the two", "both said", "they both said"):
        text = LEAD + (
            "Tom Vell and Ada Quill left the hall together.\n\n"
            f'"We will be back next year," {said}.\n'
        )
        q = quote_of(text, "We will be back")
        assert q.kind == "direct", said
        assert q.speaker_name == "Tom Vell and Ada Quill", said
    text = LEAD + "Tom Vell and Ada Quill left the hall. The two said they would be back.\n"
    assert quote_of(text, "they would be back").speaker_name == "Tom Vell and Ada Quill"


def test_both_after_its_subject_is_no_speaker_of_its_own() -> None:
    text = LEAD + ("Tom Vell and Ada Quill have both argued that the ferry should keep running.\n")
    q = quote_of(text, "the ferry should")
    assert mention(q) != "both"


def test_both_opening_a_sentence_is_no_name() -> None:
    text = LEAD + (
        "The board and the union have criticised the plan. Both have promised to fight "
        "the closure in court.\n"
    )
    for q in quotes(text):
        assert q.speaker_name != "Both"
    text = LEAD + 'The pier was closed. "We were given no warning," both said.\n'
    assert names_no_one(quote_of(text, "We were given"))


def test_a_state_after_in_is_not_who_made_the_polls() -> None:
    text = LEAD + (
        "According to the exit polls in Ohio, 24% of voters wanted a candidate who would "
        '"say it as it is" on the ferry.\n'
    )
    for q in quotes(text):
        assert q.speaker_name != "Ohio"


def test_a_party_or_a_people_in_the_plural_is_no_one_in_particular() -> None:
    for subject in ("Democrats", "Republicans", "The Germans", "the Democrats"):
        text = LEAD + f"In interviews, {subject} cited several reasons for the low turnout.\n"
        q = quote_of(text, "several reasons")
        assert names_no_one(q), subject


def test_a_speaker_described_in_the_lede_is_the_one_named_after_it() -> None:
    text = LEAD + (
        "A lawmaker in Norland is calling for Tom Vell to be banned from the country.\n\n"
        '"There is no basis for his words," Ada Quill said in a bill filed on Monday.\n\n'
        "Vell said on Thursday that the country was a threat. Vell has said so before, "
        "and Vell's aides repeated it.\n\n"
        "Quill, citing data from the harbour office, said that most of the port's trade "
        "comes from abroad. The lawmaker, who represents the north, said the remarks "
        '"have done great harm to the town."\n'
    )
    q = quote_of(text, "the remarks")
    assert q.speaker_name == "Ada Quill"
    chain_ok(q)


def test_an_unnamed_spokesman_stays_unnamed() -> None:
    text = LEAD + (
        "Ada Quill, the mayor, opened the meeting. A spokesman for the board said the vote "
        'was not binding. Quill said she disagreed.\n\n"It is advice only," the spokesman '
        "said.\n"
    )
    assert names_no_one(quote_of(text, "It is advice only"))


def test_a_participle_set_off_after_the_speaker_reports_its_own_object() -> None:
    text = LEAD + (
        "Ada Quill, citing data from the harbour office, said that most of the port's "
        "trade comes from abroad.\n"
    )
    cited = quote_of(text, "data from the harbour office")
    said = quote_of(text, "most of the port")
    assert cited.text == "data from the harbour office"
    assert said.speaker_name == cited.speaker_name == "Ada Quill"
    text = LEAD + "Ada Quill said the ferry would stop running, citing a new study.\n"
    assert quote_of(text, "the ferry would").text == "the ferry would stop running"
    assert quote_of(text, "a new study").speaker_name == "Ada Quill"


def test_a_document_before_said_is_the_whole_phrase() -> None:
    for phrase in ("the annual report", "the council report", "the harbour memo"):
        text = LEAD + f'"The pier is not safe," {phrase} said.\n'
        assert mention(quote_of(text, "The pier is not safe")) == phrase


def test_a_body_named_on_its_document_made_it() -> None:
    text = LEAD + (
        "The Harbour Safety Board (HSB) met on Monday. Its inspectors went over the pier."
        '\n\n"The pier is not safe," an HSB report said.\n'
    )
    q = quote_of(text, "The pier is not safe")
    assert mention(q) == "an HSB report"
    assert q.speaker_name == "HSB"


def test_a_name_that_only_qualifies_a_noun_before_a_colon_is_no_speaker() -> None:
    text = LEAD + (
        '"Having the file is useful," said Tom Vell, explaining he worked closely with Ada '
        'Quill, who put the data into the national HSB file: "Ada is a marvel with data."\n'
    )
    for q in quotes(text):
        assert q.speaker_name != "HSB"


def test_a_party_before_a_surname_named_before_is_no_given_name() -> None:
    text = LEAD + (
        "Donald Vell toured the bakery on Monday. Republican Vell and Democrat Quill have "
        "criticised the firm for the move. Vell, who once sold its biscuits, has vowed to "
        "boycott the product.\n"
    )
    assert quote_of(text, "to boycott").speaker_name == "Donald Vell"


def test_a_word_that_frames_only_with_a_clause_frames_a_mixed_quote() -> None:
    for verb in ("notes", "argues", "said"):
        text = LEAD + (
            f'Ada Quill, a harbour consultant, {verb} that Tom Vell "can do a lot of damage" '
            "in the north.\n"
        )
        (q,) = [q for q in quotes(text) if "can do a lot" in q.text]
        assert q.speaker_name == "Ada Quill", verb


def test_a_noun_before_that_frames_nothing() -> None:
    text = LEAD + (
        "Despite polls showing her behind, Ada Quill campaigned hard in the state that made "
        'her brother the "comeback kid" in 1992.\n'
    )
    for q in quotes(text):
        assert q.speaker is None or "polls" not in q.speaker.text


def test_a_title_on_its_own_is_no_name() -> None:
    text = LEAD + (
        "Ada Quill regrets her words about the harbour.\n\n"
        'Quill apologizes; Justice vows to be "more careful" with her opinions.\n'
    )
    (q,) = [q for q in quotes(text) if "more careful" in q.text]
    assert names_no_one(q)
    text = LEAD + (
        "Governor Jim Justice toured the pier.\n\n"
        'Justice said the pier would be "rebuilt by spring."\n'
    )
    (q,) = [q for q in quotes(text) if "rebuilt by spring" in q.text]
    assert q.speaker_name == "Jim Justice"


def test_a_given_name_the_text_never_completes_is_unresolved() -> None:
    text = LEAD + (
        "Ada Vell and her husband set out at two.\n\n"
        '"This is my friend from school," Tom told a neighbour.\n'
    )
    q = quote_of(text, "This is my friend")
    assert mention(q) == "Tom"
    assert names_no_one(q)
    text = LEAD + (
        "Pope Tom met the crowd at noon.\n\n"
        '"This is my friend from school," Tom told a neighbour.\n'
    )
    assert not names_no_one(quote_of(text, "This is my friend"))


def test_those_of_a_party_are_no_one_in_particular() -> None:
    text = LEAD + "In the end, those Democrats argued that turnout would rise.\n"
    assert names_no_one(quote_of(text, "turnout would rise"))
