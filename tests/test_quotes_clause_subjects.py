"""Which clause a quote's speaker is the subject of: asides between a speaker and their
verb, participles after a frame, a colon after a subordinate clause, a noun of speech
with no content, and honorifics that clash with a full name. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_an_aside_between_the_speaker_and_the_verb_keeps_the_speaker() -> None:
    for text in (
        'He toured Ohio, uttering charges that Jo Hale, for one, called "plain lingo."\n',
        'The senator visited Ohio, where Jo Hale, for her part, called the plan "plain lingo."\n',
        'The plan, which Jo Hale, for one, called "plain lingo," failed.\n',
        'He toured Ohio, and Jo Hale, in a statement on Monday, said it was "plain lingo."\n',
    ):
        said = [q for q in quotes(LEAD + text) if "plain lingo" in q.text]
        assert [q.speaker_name for q in said] == ["Jo Hale"], text


def test_a_conjunct_after_a_name_gives_it_no_role() -> None:
    text = LEAD + 'He toured Ohio, and the governor, however, said it was "plain lingo."\n'
    q = quote_of(text, "it was")
    assert q.speaker is not None and q.speaker.text == "the governor"
    assert q.speaker_name != "Ohio"


def test_a_participle_after_a_frame_has_the_frames_subject() -> None:
    for text in (
        'Lee\'s "promises" are hollow, Marchetti said in Lyon, noting the mayor "keeps '
        'moving the goalposts."\n',
        "Lee's budgets are hollow, Marchetti said in Lyon, noting the mayor \"keeps moving "
        'the goalposts."\n',
    ):
        assert quote_of(LEAD + text, "the mayor").speaker_name == "Marchetti", text


def test_a_colon_after_a_subordinate_clause_is_the_main_clauses_frame() -> None:
    for text in (
        "When Lee suggested that the port would close for a month, Okafor shot back: "
        '"If it closes, the whole town loses."\n',
        "Lee suggested that the port would close for a month, and Okafor shot back: "
        '"If it closes, the whole town loses."\n',
    ):
        assert quote_of(LEAD + text, "If it closes").speaker_name == "Okafor", text
    kept = LEAD + 'Asked about the plan, Lee told reporters, his voice shaking: "We will win."\n'
    assert quote_of(kept, "We will win").speaker_name == "Lee"


def test_a_noun_of_speech_before_a_new_clause_frames_nothing() -> None:
    text = LEAD + (
        "Analysts have discounted Tehran's claims, but have speculated that Iran could raise "
        'its "launch capacity" by other routes.\n'
    )
    assert all(q.speaker_name != "Tehran" for q in quotes(text))


def test_an_honorific_of_the_other_gender_leaves_a_surname_unresolved() -> None:
    text = LEAD + (
        "The parents, Kaveh and Roshan Daneshvar, spoke at the meeting.\n\n"
        'Mr. Daneshvar said the senator had "shown disrespect."\n\n'
        'Ms. Daneshvar said she was "hurt."\n'
    )
    for piece in ("the senator", "she was"):
        q = quote_of(text, piece)
        assert q.speaker_name is None, piece
        assert "unresolved" in q.resolution
    one = (
        LEAD + 'Roshan Daneshvar spoke.\n\nMs. Daneshvar said the senator had "shown disrespect."\n'
    )
    assert quote_of(one, "the senator").speaker_name == "Roshan Daneshvar"
    given = LEAD + 'Hillary Lee spoke.\n\nMr. Lee said the senator had "shown disrespect."\n'
    assert quote_of(given, "the senator").speaker_name != "Hillary Lee"
    spouses = LEAD + (
        "Kaveh Daneshvar was freed on Saturday. His wife, Roshan Daneshvar, spoke on Sunday.\n\n"
        'Mr. Daneshvar was held for three years. "I could see his hope," Mrs. Daneshvar said.\n'
    )
    assert quote_of(spouses, "I could see").speaker_name == "Roshan Daneshvar"


def test_a_clause_after_said_is_no_speaker_of_the_sentence_before() -> None:
    text = LEAD + (
        "Gov. Jo Hale of Ohio, a Republican who has refused to endorse him, said the Rivera "
        "family deserved better.\n"
    )
    said = quotes(text)
    assert [(q.text, q.speaker_name) for q in said] == [
        ("the Rivera family deserved better", "Jo Hale")
    ]


def test_a_time_after_the_speaker_is_no_part_of_the_name() -> None:
    text = (
        LEAD + "Party spokesman Sean Price on Thursday evening said the party was not in crisis.\n"
    )
    q = quote_of(text, "the party")
    assert q.speaker is not None and q.speaker.text == "Party spokesman Sean Price"
    assert q.speaker_name == "Sean Price"


def test_a_verbs_object_before_a_clause_is_no_speaker() -> None:
    text = LEAD + (
        "But Mr. Lee showed no sign of backing down, releasing a statement that, while "
        'regretting the delay, accused the board of using "its votes to block a fair count."\n'
    )
    assert all(q.speaker_name != "no sign of backing down" for q in quotes(text))
    kept = LEAD + (
        "And retired Gen. Jo Hale, who led forces in Afghanistan, said on Sunday that the "
        "plan was endangering troops.\n"
    )
    assert quote_of(kept, "the plan").speaker_name == "Gen. Jo Hale"


def test_a_pronoun_before_a_present_verb_is_no_speaker_phrase() -> None:
    text = LEAD + (
        "That makes Jo Hale the perfect face of the station, a reply to what critics "
        "described as a biased press.\n"
    )
    for q in quotes(text):
        assert q.speaker is None or not q.speaker.text.startswith("That makes")


def test_a_written_thing_is_not_the_issuer_of_an_earlier_one() -> None:
    text = LEAD + (
        "In addition, a fundraising email sent out by Lee on Tuesday night warned of the fight "
        'ahead: "There are 14 primaries over the next three weeks."\n\n'
        "Hale's campaign sent out an email fundraising appeal that looked ahead. "
        '"We absolutely need to come out on top," the email said.\n'
    )
    assert quote_of(text, "There are 14").speaker_name == "Lee"
    assert quote_of(text, "We absolutely").speaker_name != "Lee"


def test_a_headlines_words_are_no_one_a_pronoun_stands_for() -> None:
    text = LEAD + (
        "She wrote that Maria in 2020 is More Important Than Electing Ruiz in 2012. Baxter "
        'spoke later.\n\n"Too long?" He tweeted when Garcia ended a debate.\n'
    )
    assert quote_of(text, "Too long").speaker_name != "More Important Than Electing Ruiz"


def test_an_adjective_before_a_noun_of_speech_is_no_speaker() -> None:
    text = LEAD + (
        "Jo Hale charged that Ann Lee ''hid'' the files because they appeared to contradict "
        "her official pledge in 2009 to leave the board.\n"
    )
    assert quote_of(text, "Ann Lee").speaker_name == "Jo Hale"
    vow = LEAD + (
        "''Voters will not be satisfied with 'We'll fix it all,''' said Jo Hale, referring to "
        "Lee's more blunt vow last week.\n"
    )
    for q in quotes(vow):
        assert q.speaker is None or "blunt" not in q.speaker.text


def test_a_noun_of_speech_after_a_quote_does_not_frame_it() -> None:
    text = LEAD + (
        "Her campaign cycled through slogans, from ''ordinary families'' to ''better "
        "together,'' playing on Mr. Lee's harsher remarks about migrants.\n"
    )
    assert all(q.speaker is None or "Lee" not in q.speaker.text for q in quotes(text))


def test_a_participle_opening_the_sentence_is_no_speaker() -> None:
    text = LEAD + (
        'Reached by phone, Jo Hale denied the report, explaining that he was "taking a day off."\n'
    )
    assert quote_of(text, "he was").speaker_name == "Jo Hale"


def test_a_relative_clause_closed_before_the_quote_frames_none_of_it() -> None:
    text = LEAD + (
        "Then came Jo Hale's aside that the workers who built the hall, whom Ann Lee referred "
        "to in her speech, were ''well paid'' and housed.\n"
    )
    assert all(q.speaker_name != "Ann Lee" for q in quotes(text))
    kept = LEAD + 'The levy, which the mayor, Ann Lee, called "a disgrace," passed.\n'
    assert [q.speaker_name for q in quotes(kept)] == ["Ann Lee"]


def test_a_noun_of_number_opening_a_sentence_is_no_name() -> None:
    text = LEAD + (
        'Dozens of them affiliated with the campaign protested outside, saying they wanted "a '
        'fair wage."\n'
    )
    q = quote_of(text, "they wanted")
    assert q.speaker is not None and q.speaker.text == "Dozens"
    assert q.resolution.startswith("description")
