"""Quotes whose speaker is given by a frame elsewhere: a dash that stands for a colon, a
paper that relays what a named speaker said, a later quoted piece of a sentence whose first
piece has its frame, a participle that goes on from the first piece's speaker, and a
sentence that goes on from a report of what a person named said.

Each test here is narrow on purpose: when it does not hold, the quote keeps whatever frame
its own sentence gives, or none.
"""

from __future__ import annotations

import re

from .entities import EntityModel
from .frames import Attribution
from .lexicon import Lexicon
from .values import Quote

Span = tuple[int, int]

# A preposition right before a phrase: the phrase is its object.
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|for|with|at|in|on|from|by)[ \t\xa0]+$")
_DASHES = ("--", "\u2014")
_ASIDE_CLOSES = re.compile(r"[\s,]*(?:--|\u2014)")


def dash_colon(text: str, head: str, q_start: int, q_end: int) -> bool:
    """``head`` (the sentence up to a quote) ends in its one dash, and the quote at
    ``[q_start, q_end)`` is a sentence of its own, not set off between two dashes ('Vell
    also embraced the plan -- "I think it works."'): the dash stands for a colon."""
    if not head.endswith(_DASHES) or sum(head.count(d) for d in _DASHES) > 1:
        return False
    first = re.search(r"\w", text[q_start : q_start + 6])
    aside = _ASIDE_CLOSES.match(text, q_end, q_end + 6)  # ('His answer -- "..." -- is')
    return first is not None and first.group(0).isupper() and aside is None


def relayed(text: str, before: Attribution, after: Attribution) -> bool:
    """'Vell said: "...," the Times reported': the frame after the quote reports the one
    before it, whose cue and colon introduce the quote; that one speaks."""
    if before.cue is None or after.cue is None:
        return False
    return text[after.cue[0] : after.cue[1]].lower() in ("reported", "reports", "report")


def fragment_before(
    lex: Lexicon, text: str, last: Quote | None, q_start: int, s_start: int
) -> Attribution | None:
    """The attribution of ``last``, the quoted fragment just before the one at ``q_start``
    in the sentence from ``s_start``, when it has a speaker and a cue and nothing between
    the two is a cue of its own ('Vell called Hale a "petulant child" who is acting "as if
    he is a king"': both pieces are Vell's)."""
    if (
        lex.code != "en"
        or last is None
        or last.kind != "mixed"
        or last.speaker is None
        or last.cue is None
        or not last.quoted
        or last.quoted[0].start < s_start
    ):
        return None
    if lex.cue.search(text, last.end, q_start) or lex.indirect_cue.search(text, last.end, q_start):
        return None
    if re.search(r"[.;:!?]", text[last.end : q_start]):
        return None
    return Attribution((last.speaker.start, last.speaker.end), (last.cue.start, last.cue.end))


def object_before_participle(
    lex: Lexicon,
    text: str,
    last: Quote | None,
    s_start: int,
    np: Span,
    cue: re.Match[str],
) -> bool:
    """The phrase ``np`` found before a participle of saying is the object of a preposition
    ("in a statement to Wired explaining"), in a sentence whose quote before it (``last``)
    has its speaker before the participle: that speaker goes on, not the object."""
    return (
        lex.code == "en"
        and cue.group(0).lower() in lex.gerunds
        and last is not None
        and last.speaker is not None
        and s_start <= last.speaker.start
        and last.speaker.end <= np[0]
        and np[1] <= cue.start()
        and _PREPOSITION_BEFORE.search(text, max(s_start, np[0] - 12), np[0]) is not None
    )


def report_goes_on(
    model: EntityModel, text: str, speaker: Span, s_start: int, q_start: int
) -> bool:
    """The report before, said by ``speaker``, goes on into the sentence from ``s_start``
    with its quote at ``q_start``: the speaker is "he" or "she", or a person named, and
    that sentence names no one else as a subject before the quote ("Gov. Vell endorsed
    her, citing her \\"...\\"" is the governor's)."""
    mentions = model.mentions_between(s_start, q_start)
    if text[speaker[0] : speaker[1]] in ("he", "she"):
        return not any(weight for _, _, weight in mentions)
    if not text[speaker[0] : speaker[0] + 1].isupper():
        return False
    said_by = model.entity_at(speaker)
    if said_by is None or not (
        said_by.kind == "person" or (said_by.kind == "unknown" and " " in said_by.name)
    ):
        return False  # ("refugees from Iraq admitted ...": no person speaks)
    return not any(
        ent is not said_by and ent.kind in ("person", "unknown", "organisation") and weight
        for _, ent, weight in mentions
    )
