"""Multi-word cues are looked for only where their first word stands: the same matches as
a search at every position, and a plain search when a pattern has no literal first word."""

from __future__ import annotations

from provenance.quotes.lexicon import CueFinder, _anchor_words, for_language

PASSAGE = (
    "According to the mayor, the bridge will reopen. She pointed out that repairs ran late, "
    "and the council called again for patience. Critics railed against the delay; one "
    "resident, speaking out against it, raised concerns about costs. The engineer went on "
    "to say the work was safe, and later said in a statement that she had no doubts. "
    "A well-known critic had been quoted as saying it was rushed. Calls for calm went on."
)


def test_first_words_of_cue_patterns() -> None:
    assert _anchor_words(["according to", "(?:call|calls) (?:for|on)"]) == {
        "according",
        "call",
        "calls",
    }
    assert _anchor_words(["(?:said|told \\w+(?: \\w+)?) in a statement"]) == {"said", "told"}
    assert _anchor_words(["rumou?red that"]) is None  # no literal first word
    assert _anchor_words(["(?:point|points)ed to"]) is None  # the group is no whole word
    assert _anchor_words(["f[üu]gte hinzu"]) is None


def test_anchored_search_finds_what_a_full_search_finds() -> None:
    lex = for_language("en")
    for finder in (lex.cue, lex.indirect_cue):
        assert finder.multi is not None
        everywhere = [m.span() for m in finder.multi.finditer(PASSAGE)]
        assert everywhere  # the passage holds multi-word cues
        assert [m.span() for m in finder._multi(PASSAGE, 0, len(PASSAGE))] == everywhere


def test_a_pattern_without_a_first_word_is_searched_everywhere() -> None:
    finder = CueFinder(["rumou?red that"], ["said"])
    text = "It was rumoured that he left, and he said so."
    assert [m.group(0) for m in finder.finditer(text)] == ["rumoured that", "said"]
