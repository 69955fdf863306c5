"""Words around a verb of saying that tell what it is: a noun use of the verb (``state
Del. Price``), ``add`` with an object that is no words, a German bare name before a dative,
and phrases of time and place that open a sentence but name no one."""

from __future__ import annotations

import re

from .lexicon import Lexicon

__all__ = [
    "TIME_WORDS",
    "adds_things",
    "bare_name",
    "noun_use",
    "state_of_town",
    "time_phrase",
]


def bare_name(lex: Lexicon, picked: list[tuple[int, int, str]]) -> bool:
    """German: the words so far are capitalised words with no article and no noun for a
    speaker or a title among them ("Allendorf", "Gaby Allendorf"), so a name."""
    words = [t[2] for t in picked]
    return all(w[:1].isupper() for w in words) and not any(
        w.lower() in lex.speaker_nouns or w.lower() in lex.titles or w.lower() in lex.determiners
        for w in words
    )


def noun_use(lex: Lexicon, text: str, cue: re.Match[str]) -> bool:
    """``Scott's niece, state Del. Marcia Price, shouted``: a verb of saying used as a noun
    (before a title or name, or after a determiner) is no cue."""
    word = cue.group(0)
    if word.lower() in lex.noun_cues or " " in word:
        return False
    if word.islower() and re.match(r"\s+[A-Z]", text[cue.end() : cue.end() + 2]):
        return word.lower() == "state"  # "state Sen. Lee", "state Del. Price"
    if _SAID_NEXT.match(text, cue.end(), cue.end() + 16):
        return True  # "the annual report said": the noun the verb after it has as subject
    before = re.search(r"(\w+)\W*$", text[max(0, cue.start() - 12) : cue.start()])
    return before is not None and before.group(1).lower() in ("the", "a", "an", "its", "their")


# A verb of saying right after a word: that word is its subject's noun ("report said").
_SAID_NEXT = re.compile(
    r"[ \t\xa0]+(?:said|says|stated|states|noted|notes|warned|warns|claimed|claims)\b"
)


TIME_WORDS = frozenset(
    """
    week weeks month months year years day days ago night morning afternoon evening weekend
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december spring summer fall autumn winter
    """.split()  # noqa: SIM905
)
_TIME_LEAD = frozenset("just back last earlier later this next early late".split())  # noqa: SIM905
_PLACE_PREPOSITIONS = frozenset("in at near outside".split())  # noqa: SIM905


def time_phrase(phrase: str) -> bool:
    """ "Just last week", "Back in 1999", "Earlier this month": when, not who."""
    words = re.findall(r"\w+", phrase.lower())
    if not words:
        return False
    return (
        words[0] in _TIME_LEAD
        or words[-1] in TIME_WORDS
        or words[-1] in ("later", "ago", "earlier")
        or (words[-1].isdigit() and words[0] in ("in", "since", "by", "until", "back"))
    )


def state_of_town(before: list[str], phrase: str) -> bool:
    """ "in Ames, Iowa": one or two capitalised words after a comma that follows a
    capitalised place after a preposition of place."""
    words = phrase.split()
    return (
        0 < len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and len(before) >= 3
        and before[-1] == ","
        and before[-2][:1].isupper()
        and any(w.lower() in _PLACE_PREPOSITIONS for w in before[-5:-2])
    )


# "add" is a verb of saying only before "that", a colon, a quote or the sentence's end
# ("he added.", "added that ...", "adding: "...""), not before an object ("add these back").
_ADD_FORMS = frozenset(["add", "adds", "added", "adding"])
_ADDED_SPEECH = re.compile(
    r"\s*(?:$|[.,;:!?\"\u201c\u201d\u2014\u2013)]|--|that\b|later\b|then\b|afterward|"
    r"(?:on|in|at|during|last|this)\b|(?:the|a|an|his|her|their)\s+(?:words?|line|lines|"
    r"phrase|note|caveat|comment|remark|warning|plea)\b)"
)


def adds_things(lex: Lexicon, text: str, cue: tuple[int, int]) -> bool:
    """The cue is "add" with an object that is no words ("add these back in")."""
    return (
        lex.code == "en"
        and text[cue[0] : cue[1]].lower() in _ADD_FORMS
        and not _ADDED_SPEECH.match(text, cue[1])
    )
