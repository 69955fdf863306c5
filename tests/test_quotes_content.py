"""What a reader sees as a quote's content and kind, and quoted words that are no one's
quote: whole utterances after a frame, the writer's clause after a fragment, titles and
labels, terms in headings, words to say, topics and persons that are no content.
Short passages of our own."""

from __future__ import annotations

from tests.quote_helpers import mention, quote_of, quotes

LEAD = "The town met on a cold evening.\n\n"


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes(text)]


def test_a_whole_utterance_after_a_frame_and_a_comma_is_direct() -> None:
    text = (
        LEAD + "After the first song, the drummer told the crowd, "
        '"that was loud, maybe we should play it again tomorrow."'
    )
    q = quote_of(text, "that was loud")
    assert q.kind == "direct"
    assert [c.text for c in q.content] == ["that was loud, maybe we should play it again tomorrow."]
    assert mention(q) == "the drummer"


def test_a_whole_utterance_after_an_unlisted_frame_is_direct_with_no_speaker() -> None:
    text = LEAD + 'As he related, "the cough lasted for months and then one day it was gone."'
    q = quote_of(text, "the cough")
    assert q.kind == "direct"
    assert q.content[0].text.startswith("the cough")
    # a quoted predicate after a long subject stays what it was
    text = (
        LEAD + "The old bridge over the river that the council closed last spring, "
        '"will open again in June after the repairs are done."'
    )
    assert [k for k, t in _kinds(text) if "repairs" in t] != ["direct"]


def test_the_writers_clause_after_a_fragment_is_no_content() -> None:
    text = (
        LEAD + 'Critics called the closure the "end of an era," as the company moved its '
        "plants to smaller towns in the south."
    )
    q = quote_of(text, "the closure")
    assert q.kind == "mixed" and mention(q) == "Critics"
    assert q.text == 'the closure the "end of an era,"'
    text = (
        LEAD + 'The union said the offer was "an insult to every worker" in the plant, while '
        "the owners defended their plan for the site."
    )
    q = quote_of(text, "the offer")
    assert q.text == 'the offer was "an insult to every worker" in the plant'


def test_a_quote_alone_on_a_line_of_a_details_block_is_a_title() -> None:
    text = (
        LEAD + "Ada Marsh\n\u2018Stones after Stones after Stones\u2019\nNorth Gallery\n"
        "12 Mill Road\n10 A.M. to 6 P.M."
    )
    assert [k for k, t in _kinds(text) if "Stones" in t] == ["scare"]


def test_a_long_title_is_no_quote() -> None:
    text = LEAD + 'You can sign up here \u2014 just tick "7 Things in Science You Should Know."'
    assert [k for k, t in _kinds(text) if "Things" in t] == ["scare"]
    text = LEAD + 'Fans of "Os Dias de Ouro da Cidade Velha" waited for a sequel for years.'
    assert [k for k, t in _kinds(text) if "Ouro" in t] == ["scare"]


def test_a_term_in_a_heading_is_no_quote() -> None:
    html = (
        "<html><body><article><h1>Game day food</h1><p>Food is part of the game.</p>"
        "<h2>4. \u201cVeggie-fy\u201d your dip</h2><p>Swap the chips for carrots.</p>"
        "<h2>\u201cWe play to win\u201d</h2><p>The coach spoke after the game.</p>"
        "</article></body></html>"
    )
    kinds = {q.text: q.kind for q in quotes(html, "text/html")}
    assert kinds.get("Veggie-fy") == "scare"
    assert kinds.get("We play to win") == "headline"  # a heading that is all quote


def test_words_to_say_in_a_label_have_no_source() -> None:
    text = (
        LEAD + "Wireless earbuds with a case\n\nQuick access to the helper by saying "
        "\u201cHey Max\u201d\n\nEasy setup for every phone"
    )
    assert [(k, t) for k, t in _kinds(text) if "Hey" in t] == [("scare", "Hey Max")]
    text = LEAD + 'The senator angered many by saying "we will never give in to them."'
    q = quote_of(text, "we will never")
    assert q.kind == "direct" and mention(q) == "The senator"


def test_a_topic_after_said_is_no_content() -> None:
    text = (
        LEAD + "This was a fine game for Joe Baker, who filled up the sheet. Take a look at "
        "what LFF said about his performance:\n\nHe made nine tackles and two sacks."
    )
    assert [t for k, t in _kinds(text) if k == "indirect"] == []
    text = LEAD + (
        "Most people build the business they dream of while others think about it \u2026 "
        "but never actually create it?"
    )
    assert [t for k, t in _kinds(text) if k == "indirect"] == []
    # a verb of talking takes a topic, as reported speech
    text = LEAD + "She spoke about her deep ties to the churches of the city."
    assert [k for k, t in _kinds(text) if "ties" in t] == ["indirect"]


def test_a_person_acted_on_is_no_content() -> None:
    text = LEAD + "In the desert levels, you will be attacked by three rival gangs."
    assert [t for k, t in _kinds(text) if k == "indirect"] == []
    text = LEAD + "The new speaker fixes that by adding a small clock to the side."
    assert [t for k, t in _kinds(text) if k == "indirect"] == []
    text = LEAD + "The mayor praised the plan, adding that the work would start in May."
    assert any("the work would start" in t for k, t in _kinds(text) if k == "indirect")


def test_a_quoted_sentence_split_by_its_frame_is_one_quote() -> None:
    text = (
        LEAD + '"We are proud of this tour," comments Lee in a statement, "as it is a '
        'celebration of our whole history."'
    )
    found = [q for q in quotes(text) if q.kind != "scare"]
    assert len(found) == 1
    q = found[0]
    assert q.kind == "direct" and mention(q) == "Lee"
    assert [c.text for c in q.content] == [
        "We are proud of this tour,",
        "as it is a celebration of our whole history.",
    ]
    # a second frame between the pieces is a frame of its own
    text = (
        LEAD + '"Keep your promise," the singer tells her before asking her, "where do we '
        'go from here?"'
    )
    first = quote_of(text, "Keep your promise")
    assert [c.text for c in first.content] == ["Keep your promise,"]


def test_the_writers_contrast_after_reported_speech_is_no_content() -> None:
    text = (
        LEAD + "The two agencies stressed the ruling would not change the law on the coast, "
        "while the league condemned the move announced on Monday."
    )
    q = quote_of(text, "the ruling")
    assert q.kind == "indirect"
    assert q.text == "the ruling would not change the law on the coast"


def test_a_spokesperson_reiterating_a_position_speaks_the_fragment() -> None:
    text = (
        LEAD + "A spokesperson for the ministry reiterated the country's position that the "
        'camps "are illegal under the law of the sea."'
    )
    q = quote_of(text, "the camps")
    assert q.kind == "mixed" and mention(q) == "A spokesperson for the ministry"
    assert q.text == 'the camps "are illegal under the law of the sea."'


def test_a_negated_or_supposed_cue_attributes_no_fragment() -> None:
    text = (
        LEAD + "Yet the experts somehow cannot explain why they were silent when the "
        '"reset" failed.'
    )
    assert [(k, t) for k, t in _kinds(text) if "reset" in t] == [("scare", "reset")]
    text = LEAD + 'Yet the experts explained why they were silent when the "reset" failed.'
    assert [k for k, t in _kinds(text) if "reset" in t] == ["mixed"]


def test_a_title_with_small_words_of_another_language_is_no_quote() -> None:
    text = LEAD + 'Fans still speak of "La notte del Grande Fiume" and its slow ending.'
    assert [k for k, t in _kinds(text) if "Grande" in t] == ["scare"]


def test_a_phrase_after_a_cue_is_no_content() -> None:
    for text in (
        "The two envoys testified before the powerful budget committee of the house.",
        "Employees waited since the firm dropped plans for a public offering this year.",
    ):
        assert [t for k, t in _kinds(LEAD + text) if k == "indirect"] == []
    # a phrase of time before a clause, and a topic, stay reported speech
    text = LEAD + "Lee said after the meeting he would not accept the offer from the board."
    assert any("he would not accept" in t for k, t in _kinds(text) if k == "indirect")
    text = LEAD + "The mayor has also commented on the closure of the old bridge."
    assert [k for k, t in _kinds(text) if "closure" in t] == ["indirect"]


def test_a_noun_of_speech_needs_its_owner() -> None:
    text = (
        LEAD + "There is no Nixonian or Clintonian argument that without a trial, a "
        "president could not be stopped."
    )
    assert [t for k, t in _kinds(text) if k == "indirect"] == []
    text = (
        LEAD + "The oddest moment was Smith\u2019s own admission that he did not know the "
        "name of the witness."
    )
    q = quote_of(text, "he did not know")
    assert q.kind == "indirect" and "Smith" in (mention(q) or "")


def test_an_imperative_or_a_label_is_no_source() -> None:
    for text in (
        "Q: So far in your career, tell me one thing that has surprised you the most?",
        "The Build Stage: Think and plan before you spend a single cent on ads.",
    ):
        assert [t for k, t in _kinds(LEAD + text) if k == "indirect"] == []
    text = LEAD + "Lee told me that the shop had never made a single cent in ten years."
    assert [k for k, t in _kinds(text) if "the shop" in t] == ["indirect"]


def test_a_question_left_open_is_no_content() -> None:
    for text in (
        "Who in their right mind opens a shop before they know if it will make money?",
        "He declined to say when the new lander would be ready for its first flight.",
    ):
        assert [t for k, t in _kinds(LEAD + text) if k == "indirect"] == []
    text = LEAD + "She explained how the new lander would land safely on the ice."
    assert [k for k, t in _kinds(text) if "lander" in t] == ["indirect"]


def test_a_noun_of_speech_after_a_noun_is_no_cue() -> None:
    text = (
        LEAD + 'A strong debate by the young leader sparked a wave of "Marshmania" that '
        "carried him into the deputy mayor post in a coalition."
    )
    assert [(k, t) for k, t in _kinds(text) if "Marshmania" in t] == [("scare", "Marshmania")]
    text = LEAD + 'Fans and critics alike post "the best show of the year" on their pages.'
    assert [k for k, t in _kinds(text) if "best show" in t] == ["mixed"]
    # with its owner right before it, the noun frames an attribution
    text = LEAD + "Lee is under fire for his often-repeated vow that the plant would stay open."
    assert [k for k, t in _kinds(text) if "the plant" in t] == ["indirect"]


def test_the_main_clause_after_a_reporting_subordinate_clause_is_no_content() -> None:
    text = (
        LEAD + "While a county judge found that the rule was void, his ruling was overturned "
        "by the appeals court."
    )
    q = quote_of(text, "the rule")
    assert q.kind == "indirect" and q.text == "the rule was void"


def test_a_participle_is_no_cue_before_the_verb_of_saying() -> None:
    text = (
        LEAD + "While the post shown above claimed that the mayor owns nine houses, others "
        "gave other numbers."
    )
    q = quote_of(text, "the mayor owns")
    assert q.cue is not None and q.cue.text == "claimed"
    assert q.text == "the mayor owns nine houses"


def test_what_a_naming_verb_reports_ends_with_the_name() -> None:
    text = (
        LEAD + "At the time, the maker called the car a concept despite its looking ready "
        "for the showrooms."
    )
    q = quote_of(text, "the car")
    assert q.kind == "indirect" and q.text == "the car a concept"
