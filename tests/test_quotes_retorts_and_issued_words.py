"""A retort of two words beside a quote ('Vell shot back, "..."'), a participle of scolding
before a quote ('chiding him, "..."'), a verb of judging after a statement someone put out
('released a statement Thursday night condemning "..."': the one who put it out), and a
document's maker after a word of how recent it is ("a recent Harbour Post poll"). Short
passages of our own."""

from __future__ import annotations

from tests.quote_helpers import chain_ok, mention, quote_of, quotes

LEAD = "Harbour Vote\n\n"


def test_a_retort_beside_a_quote_frames_it() -> None:
    for verb in ("shot back", "fired back", "hit back", "snapped back"):
        text = LEAD + (
            "When Tom Vell accused Ann Hale of being too close to the banks, she said she "
            f'had stood up to them for years. Vell {verb}, "Mrs. Hale called them out. They '
            'must have been crushed."\n'
        )
        q = quote_of(text, "Mrs. Hale called them out")
        assert q.kind == "direct"
        assert mention(q) == "Vell"
        assert q.speaker_name == "Tom Vell"
        chain_ok(q)


def test_a_retort_with_no_clause_reports_nothing() -> None:
    # "fired back with a statement": the statement follows; the phrase is no reported speech
    text = LEAD + (
        'Tom Vell fired back with a short statement. "I am not ready to back the harbour '
        'plan," he said.\n'
    )
    assert not [q for q in quotes(text) if "short statement" in q.text]
    q = quote_of(text, "I am not ready to back the harbour plan")
    assert q.speaker_name == "Tom Vell"


def test_a_scolding_participle_before_a_quote_is_the_subject_s() -> None:
    for verb in ("chiding", "scolding", "mocking"):
        text = LEAD + (
            "Ann Hale clashed with Tom Vell during the hearing, "
            f'{verb} him, "What difference does it make now?"\n'
        )
        q = quote_of(text, "What difference does it make now?")
        assert mention(q) == "Ann Hale"
        assert q.speaker_name == "Ann Hale"


def test_a_statement_put_out_condemning_a_quote_is_its_issuer_s() -> None:
    for when in ("", " Thursday night", " late Monday"):
        text = LEAD + (
            f"In Portsmouth, Ann Hale released a statement{when} condemning "
            '"what appears to be a reckless attack on the harbour." She said she had asked '
            "the police to help.\n"
        )
        (q,) = [q for q in quotes(text) if "what appears to be a reckless" in q.text]
        assert q.kind == "mixed"
        assert mention(q) == "Ann Hale"
        assert q.speaker_name == "Ann Hale"


def test_a_recent_poll_is_its_maker_s() -> None:
    for fresh in ("a recent", "a new", "the latest"):
        text = LEAD + (
            f"According to {fresh} Harbour Post-City News poll, 61 percent of voters have "
            "an unfavourable view of the plan. Among women, the figure is 65 percent.\n"
        )
        q = quote_of(text, "61 percent of voters")
        assert q.speaker_name == "Harbour Post-City News"


def test_more_participles_of_saying_frame_the_quote_after_them() -> None:
    for verb in ("asserting", "conceding", "recalling"):
        text = LEAD + (
            "Tom Vell hardly settled the matter, treating the remark as a compliment and, "
            f"when questioned after the debate, {verb}, ''Of course, I pay harbour fees.''\n"
        )
        (q,) = [q for q in quotes(text) if "I pay harbour fees" in q.text]
        assert q.kind == "direct"
        assert q.speaker_name == "Tom Vell"


def test_a_participle_after_a_fragment_is_no_frame_of_it() -> None:
    # the mayor acknowledges something else; the fragment is Ross's, or no one's here
    text = LEAD + (
        'At one point, Tom Vell coached Ann Hale to "breathe." That prompted Jo Ross to '
        'joke about yoga and call Hale "very flexible," a nod to the mayor acknowledging '
        "that she has changed her position on visas.\n"
    )
    for q in quotes(text):
        if "very flexible" in q.text:
            assert q.speaker is None or "mayor" not in q.speaker.text


def test_a_statement_is_the_body_s_that_issued_it_sentences_before() -> None:
    text = LEAD + (
        "Days after its report came out, the Harbour Museum issued a statement of concern "
        "about resistance to welcoming refugees. Recalling ''the fate of those who could not "
        "flee,'' the statement urged voters to ''avoid condemning today's refugees.''\n"
    )
    for words in ("the fate of those", "avoid condemning"):
        (q,) = [q for q in quotes(text) if words in q.text]
        assert mention(q) == "the statement"
        assert q.speaker_name == "Harbour Museum"
        assert q.resolution == "description, its issuer"


def test_a_statement_after_another_one_is_not_passed_back() -> None:
    text = LEAD + (
        "The Harbour Museum issued a statement of concern on Monday. The city's own "
        "statement came a day later. ''We avoid condemning anyone,'' the statement said.\n"
    )
    (q,) = [q for q in quotes(text) if "We avoid condemning" in q.text]
    assert q.speaker_name != "Harbour Museum"


def test_a_quote_relayed_by_a_paper_is_its_speaker_s() -> None:
    text = LEAD + (
        'When asked how the ban would affect the mayor, Tom Vell said: "There will always '
        'be exceptions," the Harbour Times reported.\n'
    )
    (q,) = [q for q in quotes(text) if "There will always be exceptions" in q.text]
    assert q.speaker_name == "Tom Vell"


def test_a_participle_after_the_frame_keeps_it_a_frame() -> None:
    text = LEAD + (
        "Tom Vell held a news conference in which he went on attacking Mr. Hale.\n\n"
        "''What does that mean, he kept the harbour safe?'' Mr. Vell asked, repeating a "
        "charge - that the mayor was to blame for the floods - that he made in Saturday's "
        "debate. ''What about the storm? I was there.''\n"
    )
    (q,) = [q for q in quotes(text) if "What does that mean" in q.text]
    assert q.speaker_name == "Tom Vell"
    assert "I was there" in q.text


def test_a_fragment_after_a_pronoun_s_report_goes_on_with_it() -> None:
    text = LEAD + (
        "Ann Ross, who studies rumours, said the days of one shared story are gone. This "
        "makes it harder to dislodge rumours, she said. Good information can still drive out "
        'bad, but usually only when "the truth is more exciting than the lie."\n'
    )
    (q,) = [q for q in quotes(text) if "the truth is more exciting" in q.text]
    assert q.speaker_name == "Ann Ross"


def test_a_dash_before_a_quoted_sentence_reads_as_a_colon() -> None:
    text = LEAD + (
        'Tom Vell also embraced harsh harbour fines -- "I think they are nothing compared '
        'to what the storms cost us."\n'
    )
    (q,) = [q for q in quotes(text) if "I think they are nothing" in q.text]
    assert q.speaker_name == "Tom Vell"


def test_a_quote_between_two_dashes_is_an_aside() -> None:
    text = LEAD + (
        "Tom Vell's stock answer then -- \"I'll be fine whatever happens\" -- is likely "
        "to be repeated.\n"
    )
    for q in quotes(text):
        if "I'll be fine" in q.text:
            assert q.speaker is None or "stock" not in q.speaker.text


def test_more_verbs_take_the_speaker_s_words() -> None:
    text = LEAD + (
        "Ann Hale on Monday signed an order, while Tom Vell, the former governor, proposed "
        'we "wake up and smell the coffee" and said the speaker should resign.\n'
        'He voiced a wish for a "strong, prosperous and vibrant harbour."\n'
    )
    (q,) = [q for q in quotes(text) if "wake up and smell" in q.text]
    assert q.speaker_name == "Tom Vell"
    (q,) = [q for q in quotes(text) if "vibrant harbour" in q.text]
    assert q.speaker_name == "Tom Vell"


def test_a_promise_s_that_clause_after_a_comma_holds_the_subject_s_words() -> None:
    text = LEAD + (
        "Tom Vell spoke for an hour. And he seemed to paper over his past remarks, promising "
        'that in any talks, "we will send a clear signal that there is no daylight between '
        'us."\n'
    )
    (q,) = [q for q in quotes(text) if "we will send a clear signal" in q.text]
    assert q.speaker_name == "Tom Vell"


def test_a_relative_frame_with_a_clause_of_time_and_a_noun_after_its_verb() -> None:
    text = LEAD + (
        'Tom Vell has apologized: "I am sorry about it."\n\nAny decision would involve '
        "Attorney General Ann Lynn, who told the council when asked last month about the "
        'email inquiry: "That matter is being handled by career agents."\n'
    )
    (q,) = [q for q in quotes(text) if "That matter is being handled" in q.text]
    assert q.speaker_name is not None and q.speaker_name.endswith("Ann Lynn")
