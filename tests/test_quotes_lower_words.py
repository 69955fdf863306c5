"""The entity model's set of lower-case words, read token by token, is the set the
pattern finds in the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.quotes.entities import _LOWER_WORD, _lower_words

PIECES = st.sampled_from(
    ["a", "ab", "said", "well-", "-x", "x-ray", "McDonald", "NATO", "café", "Über", "über",
     "it's", "'quoted'", '"said,"', "a1b", "y_z", " ", "  ", "\n", "\t", "\xa0", ".", ",", "é"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=30))
def test_token_by_token_is_the_whole_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert _lower_words(text) == set(_LOWER_WORD.findall(text))
