"""Who made a finding, and who a role or a writing stands for: the maker after "by" in
"an analysis of county data by X", makers joined by a slash before "poll", the
participle "released" that only dates a poll, a name's role noun ("GOP rival Tom
Vell"), a possessor's posts, a name set off after a description, a joint subject before
its apposition; and what is no one: a sentence's opening "Well,", a writer's clause
before the comma, a name used as a noun's modifier, "the younger Mr. Vell" when the
text cannot tell which. Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import quotes

LEAD = "Harbour Vote\n\n"


def _one(text: str, words: str):  # type: ignore[no-untyped-def]
    found = [q for q in quotes(LEAD + text + "\n") if words in q.text]
    assert len(found) == 1, [q.text for q in quotes(LEAD + text + "\n")]
    return found[0]


def test_the_maker_after_by_not_the_records_analysed() -> None:
    q = _one(
        "Fifty-one percent of all new registrations came from renters, according to an "
        "analysis of Harbour Election Board data by Civicount, a research group.",
        "Fifty-one percent",
    )
    assert q.speaker_name == "Civicount"


def test_calculations_by_a_named_person() -> None:
    q = _one(
        "A fair wage for a single adult there is about $14 an hour, according to "
        "calculations by Marta Quell of the Northern Institute of Technology.",
        "A fair wage",
    )
    assert q.speaker_name == "Marta Quell"


def test_makers_joined_by_a_slash_before_poll() -> None:
    q = _one(
        "Vell and Quill are tied. According to an online University of Ohio/Ohio Courier "
        "poll, the senator and the mogul each have the support of 27 percent of voters.",
        "each have the support",
    )
    assert q.resolution == "name in the description"
    assert q.speaker_name is not None and not q.speaker_name.startswith("an online")
    assert "University of Ohio" in q.speaker_name and "Ohio Courier" in q.speaker_name


def test_a_preposition_inside_a_makers_name() -> None:
    q = _one("Vell leads in Ohio, according to a University of Ohio poll.", "Vell leads")
    assert q.speaker_name == "University of Ohio"


def test_released_only_dates_the_poll_that_found_it() -> None:
    q = _one(
        "In Ohio, a Harbour College poll for the Courier and the Gazette released last week "
        "actually showed Vell with zero percent support among young voters.",
        "zero percent",
    )
    assert q.text.startswith("Vell with zero percent")
    assert q.speaker_name == "Harbour College"


def test_a_role_noun_after_a_party_is_no_verb() -> None:
    q = _one(
        "As if to show the weight of young voters, GOP rival Tom Vell on Wednesday "
        "announced that he was choosing Ada Quill as his running mate.",
        "choosing Ada Quill",
    )
    assert q.speaker_name == "Tom Vell"


def test_a_possessors_posts_are_hers() -> None:
    q = _one(
        "Ada Pell spoke at the rally. Pell's pugnacious posts about the plan include one "
        "last week saying the danger had been understated in the debate.",
        "the danger had been",
    )
    assert q.speaker_name == "Ada Pell"


def test_from_a_possessors_post_before_a_colon() -> None:
    q = _one(
        "The Harbour Post covered the race. Ada Grant spoke. From Grant's Facebook post: "
        '"We must come together now, or we will lose."',
        "We must come together",
    )
    assert q.speaker_name == "Ada Grant"


def test_a_name_set_off_after_a_description_with_its_office() -> None:
    q = _one(
        "Another Osei ally, Farm Secretary Dan Vell, told reporters that the ruling "
        "suggested an effort to hurt Osei before the vote.",
        "the ruling suggested",
    )
    assert q.speaker_name == "Dan Vell"


def test_a_candidates_possessive_names_the_candidate() -> None:
    q = _one(
        "Led by Speaker Rita Monk, the rally denounced Republican presidential candidate "
        'Tom Edge\'s call for "a full stop to new housing." The crowd cheered.',
        "a full stop",
    )
    assert q.speaker_name == "Tom Edge"


def test_a_joint_subject_before_its_apposition() -> None:
    q = _one(
        "Tina Marsh and Ola Brandt, two of the four people who survived the flood, made an "
        "impassioned call for calm and patience on Tuesday.",
        "calm and patience",
    )
    assert q.speaker_name == "Tina Marsh and Ola Brandt"


def test_one_bodys_name_with_and_is_no_pair() -> None:
    q = _one(
        "When contacted, a spokesperson for the Parks and Recreation Department said the "
        "department would follow the mayor's lead.",
        "would follow the mayor",
    )
    assert not q.resolution.startswith("joint")


def test_well_opening_a_sentence_is_no_speaker() -> None:
    q = _one(
        "What do I mean by that? Well, if you read between the lines, Pell wasn't so much "
        "saying that cheap money wouldn't work but that he was afraid it would.",
        "cheap money",
    )
    assert q.speaker_name == "Pell"


def test_the_writers_clause_before_a_comma_is_no_speaker() -> None:
    text = LEAD + (
        "Mr. Osei has shifted the agency to new goals. Morale has suffered, employees "
        "complain of Mr. Osei's lack of contact and some have left.\n"
    )
    assert all(q.speaker_name != "Morale" for q in quotes(text))


def test_a_name_used_as_a_modifier_is_not_she() -> None:
    q = _one(
        "Governor Tom Vell began the morning by kneeling before a voter. After he gave her "
        "a long answer about Harbour Security reform, she said he had her vote.",
        "he had her vote",
    )
    assert q.speaker_name != "Harbour Security"


def test_she_after_an_unnamed_woman_brought_in() -> None:
    q = _one(
        "Governor Ann Vell spoke first. Tom Quill began the morning by begging a woman who "
        "claimed to be undecided to vote for him. After he gave her a long answer, she said "
        "he had her vote.",
        "he had her vote",
    )
    assert q.speaker_name is None


def test_the_younger_of_two_of_a_name_stays_unresolved() -> None:
    q = _one(
        "His son Tom Jr. announced on the floor that the state had delivered the votes. "
        "\"It's not a race anymore, it's a movement,\" said the younger Mr. Vell.",
        "not a race anymore",
    )
    assert q.speaker_name is None


def test_said_before_a_clause_after_a_quote_is_no_frame() -> None:
    text = LEAD + (
        'Mr. Osei, citing "the unique magic of Vell," said the candidate could win in '
        "states like Ohio.\n"
    )
    assert all(q.speaker_name != "the candidate" for q in quotes(text))


def test_a_cause_that_led_someone_to_declare() -> None:
    q = _one(
        "Tom Vell wrested back control of the race with a big win, while Ada Quill dealt a "
        "severe blow to Ben Osei with a strong win that led her to declare that the "
        'nomination was "in sight."',
        "in sight",
    )
    assert q.speaker_name == "Ada Quill"


def test_citing_right_before_a_quote_frames_it() -> None:
    q = _one(
        'Mr. Osei, citing "the unique magic of Vell," said the candidate could win in '
        "states like Ohio.",
        "the unique magic",
    )
    assert q.speaker_name == "Osei"


def test_citing_a_reason_reports_nothing() -> None:
    assert list(quotes(LEAD + "Ada Quill resigned on Monday, citing health reasons.\n")) == []


def test_a_she_for_salience_is_not_learnt_by_a_man_of_no_known_gender() -> None:
    q = _one(
        "Governor Tom Vell spoke first. Gov. Osei began the morning by begging a woman who "
        "claimed to be undecided to vote for him. After he gave her a long answer, she said "
        "he had her vote. She was one of two women who declared their votes.\n\n"
        'Osei took a different tack. "You have to unite people," he said at a town hall.',
        "unite people",
    )
    assert q.speaker_name is not None and "Osei" in q.speaker_name


def test_a_rally_is_a_noun_not_an_adverb() -> None:
    q = _one(
        "Jo Burke leads the Coalition to Stop Vell. Even the organizer of a pro-Vell rally "
        "said the city's rules increased the chance of violence.",
        "the city's rules",
    )
    assert q.speaker is not None and q.speaker.text.endswith("rally")
    assert q.speaker_name != "Stop Vell"


def test_a_name_and_his_people_is_the_name() -> None:
    q = _one(
        "Tom Vell spoke on Monday. Vell and his supporters argue that the party was unfair.",
        "the party was unfair",
    )
    assert q.speaker_name == "Tom Vell"


def test_a_surname_is_not_a_plays_title() -> None:
    q = _one(
        "In mocking the rich, a troupe starts with Vell. The first taste the audience gets of "
        "Tom Vell is his golden head. A group of comedians is performing a popular play called "
        '"Los Hijos de Vell," or "Sons of Vell," in the city. "It\'s had a marvelous result," '
        'said Ana Ortega, one of the stars of the play. "Sons of Vell" is an adaptation of a '
        "satire. Newspapers have been inspecting Vell's new book for clues about his plans. "
        "(Vell writes that he would increase fees for border crossing cards.)",
        "increase fees",
    )
    assert q.speaker_name == "Tom Vell"


def test_according_to_an_author_at_the_sentences_end() -> None:
    q = _one(
        'Supporters say the move will help. A "living wage" for a single adult in Ohio is '
        "about $12 an hour, according to calculations by Marta Quell of the Northern "
        "Institute of Technology.",
        "living wage",
    )
    assert q.speaker_name == "Marta Quell"


def test_an_initial_does_not_end_the_source_phrase() -> None:
    q = _one(
        'The plan was "a fraud from the start," according to a memo by Dana D. Vell.',
        "a fraud from the start",
    )
    # (the phrase may stop before the author, never inside the author's name)
    assert q.speaker is not None and not q.speaker.text.endswith("Dana D")


def test_a_thing_described_with_and_is_no_pair() -> None:
    q = _one(
        'The tax "has cut emissions by up to 15 percent," according to a study last year by '
        "economists at Harbour University and the University of Norland.",
        "cut emissions",
    )
    assert not q.resolution.startswith("joint")
