"""The shortcuts of the quote finder's text scans give what the plain scans give: a
sentence's last word, a word form's whole-word places, a text's distinct words, the
word-list patterns with a look-ahead, and the entity of a mention found through the
mentions sorted by start."""

from __future__ import annotations

import random
import re

from provenance.quotes.entities import EntityModel
from provenance.quotes.lexicon import _distinct_words, _whole_words, any_of, for_language
from provenance.quotes.phrase_tokens import _last_word

# Letters, a digit, an underscore, marks, closers, spaces and a newline: the characters
# the scans tell apart.
_ALPHABET = "ab_1.!?\"\u201d\u2019')] \u00e9\u00b2\n(-\u0301'"


def _strings(count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def test_last_word_is_the_search_of_the_stretch() -> None:
    plain = re.compile(r"([\w.]+)[.!?]+[\"\u201d\u2019')\]]*$")
    rng = random.Random(1)
    for text in _strings(20000, 14, 2):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        want = plain.search(text[start:end])
        got = _last_word(text, start, end)
        assert (got is None) == (want is None), (text, start, end)
        if got is not None and want is not None:
            assert got.span() == (want.start() + start, want.end() + start)
            assert got.group(1) == want.group(1)


def test_whole_word_places_are_those_of_a_letter_run_scan() -> None:
    letters = re.compile(r"[^\W\d_]+")
    sample = "In the end, it is said: in-house, IN, is. Saidsaid said\u00b2 said_ \u00e9said"
    for text in [*_strings(5000, 16, 3), sample]:
        for form in set(letters.findall(text)) | {"in", "said"}:
            want = [m.span() for m in letters.finditer(text) if m.group() == form]
            got = _whole_words(text, form)
            assert [m.span() for m in got] == want, (text, form)
            assert all(m.group() == form for m in got)


def test_distinct_words_are_those_of_a_letter_run_scan() -> None:
    letters = re.compile(r"[^\W\d_]+")
    for text in [*_strings(5000, 24, 4), "Said it\u00b2s x\u00a0y \u2163 caf\u00e9 a_b 3d"]:
        assert _distinct_words(text) == set(letters.findall(text)), text


def test_cue_presence_is_that_of_the_cue_list() -> None:
    cue = for_language("en", "").cue
    text = "He said it. According to her, it works. She added: no. It is, they say, fine."
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert cue.found_in(text, start, end) == bool(cue.finditer(text, start, end))


def test_word_list_patterns_find_what_a_plain_alternation_finds() -> None:
    words = ("according to", "in the words of", "as (?:reported|stated) by")
    plain = re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
    fast = any_of(words)
    assert fast.pattern.startswith("(?=")  # the look-ahead is there
    text = (
        "According to the mayor, the plan works; in the words of one critic, it fails. "
        "As reported by the paper, AS STATED BY the board, taccording to nobody."
    )
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(fast.finditer(text))) == 4
    # a pattern whose first letter is not written out gets no look-ahead, and still works
    loose = any_of(("[Ll]aut",))
    assert not loose.pattern.startswith("(?=")
    assert [m.group() for m in loose.finditer("Laut Polizei, laut Zeugen")] == ["Laut", "laut"]


def test_entity_of_a_mention_is_the_first_that_holds_it() -> None:
    text = (
        "Mayor Ann Roe met Tom Baker and Ann Roe on Monday. Roe said the Acme Group would "
        "pay. Baker, 56, said Acme agreed. Ann Roe and Tom Baker left."
    )
    model = EntityModel(text, for_language("en"))
    for start in range(len(text)):
        for end in range(start, min(len(text), start + 14) + 1):
            span = (start, end)
            want = next(
                (
                    ent
                    for ent in model.entities
                    if any(s <= start and end <= e for s, e in ent.mentions)
                    and (ent.kind != "group" or span == ent.canonical)
                ),
                None,
            )
            assert model.entity_at(span) is want, span
        want_start = next(
            (
                ent
                for ent in model.entities
                if any(s == start for s, _ in ent.mentions) and ent.kind != "group"
            ),
            None,
        )
        assert model.entity_starting_at(start) is want_start, start
    roe = model.entity_at((text.index("Roe said"), text.index("Roe said") + 3))
    assert roe is not None and roe.name == "Ann Roe"
