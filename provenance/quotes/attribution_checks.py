"""Checks on an attribution frame found in a text: the writer speaking for themselves,
an impersonal "it", a speaker that is its cue's own subject, a cue that reports speech."""

from __future__ import annotations

import re

from .frames import Attribution
from .lexicon import Lexicon

# Verbs of saying proper: with these "it" speaks (a city, a paper, a company).
_SAYS = frozenset(["say", "says", "said", "writes", "wrote", "added", "adds", "stated", "told"])
_CLAUSE_WORD = re.compile(r"\b(?:when|who|whom|which|that|because|if|whether|where|while)\b")


def first_person(lex: Lexicon, text: str, attribution: Attribution) -> bool:
    """The writer speaking for themselves ("I", "we", "my colleagues and I")."""
    if attribution.speaker is None:
        return False
    words = re.findall(r"\w+", text[attribution.speaker[0] : attribution.speaker[1]])
    low = [w.lower() for w in words]
    if not set(low) & lex.first_person:
        return False
    # "I", "we", "my wife and I", "most of us"
    return len(words) == 1 or "and" in low or low[-2:-1] == ["of"]


def impersonal(lex: Lexicon, text: str, attribution: Attribution) -> bool:
    """ "it" as the source of reported speech with no quote: far more often a thing
    ("it can feel", "it was declared") than an organisation speaking."""
    if attribution.speaker is None:
        return False
    said = text[attribution.speaker[0] : attribution.speaker[1]].lower()
    if attribution.cue is not None:
        cue = text[attribution.cue[0] : attribution.cue[1]].lower()
        if cue in _SAYS:
            return False  # "It says the campaign broke the law": a body speaking
    return said in lex.impersonal


def subject_of(lex: Lexicon, text: str, attribution: Attribution) -> bool:
    """The speaker is the cue's own subject: no clause stands between them
    ("That's when Harper ... learned who had written it" has none)."""
    if attribution.speaker is None or attribution.cue is None:
        return False
    if attribution.speaker[0] > attribution.cue[0]:
        return True
    gap = re.sub(r",[^,]*,", " ", text[attribution.speaker[1] : attribution.cue[0]])
    return _CLAUSE_WORD.search(gap) is None


def speech_cue(lex: Lexicon, text: str, attribution: Attribution) -> bool:
    """The cue reports speech, thought or intention (not "found", "showed")."""
    if attribution.cue is None:
        return False
    word = text[attribution.cue[0] : attribution.cue[1]].lower()
    return " " in word or lex.cue.is_cue_word(word) or word in lex.intention
