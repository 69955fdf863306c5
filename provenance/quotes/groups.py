"""A nearer group for "they": a sentence between an organisation's last mention and the
pronoun whose subject is a plural noun phrase ("Residents and local officials
gathered", "Its lawyers argued") or a body of people ("The committee met"). "They" is
then more likely that group than the organisation named before it."""

from __future__ import annotations

import re

from .entities import Entity, EntityModel

__all__ = ["nearer_group"]

_LEAD = (
    r"(?:(?:the|these|those|many|some|most|several|other|local|both|its|their|his|her|our)"
    r"\s+)?"
)
_WORD = r"[\w\u2019'\-]+"
_HEAD = r"(?:[A-Za-z\-]{3,}s|[A-Za-z\-]*men|people|children)"  # officials, fishermen
_PLURAL_SUBJECT = re.compile(
    r"[\"\u201c\u2018(]*" + _LEAD + r"(?:" + _WORD + r"\s+){0,2}?(" + _HEAD + r")"
    r"(?:,?\s+and\s+(?:" + _WORD + r"\s+){0,2}?" + _HEAD + r")?"
    r"\s+(?!of\b|and\b)(?-i:[a-z])",
    re.IGNORECASE,
)
_BODY_SUBJECT = re.compile(
    r"(?:the|a|its|[\w.\-]+(?:\s[\w.\-]+)?[\u2019']s)\s+(?:\w+\s+)?(?:committee|panel|council"
    r"|board|team|crew|group|family|jury|union|crowd|police|coalition|delegation|campaign|staff)"
    r"\s+(?-i:[a-z])",
    re.IGNORECASE,
)
_NOT_PLURAL = frozenset(
    """
    this his hers its ours yours theirs was has does is yes thus perhaps always news
    series politics whereas besides afterwards towards sometimes nevertheless unless
    """.split()  # noqa: SIM905
)


def _plural_subject(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` opens with a plural subject or a body of people."""
    found = _PLURAL_SUBJECT.match(text, start, end)
    if found is not None:
        word = found.group(1).lower()
        if word not in _NOT_PLURAL and not word.endswith(("ss", "us", "is", "ous")):
            return True
    return _BODY_SUBJECT.match(text, start, end) is not None


def nearer_group(model: EntityModel, ent: Entity, pos: int) -> bool:
    """A sentence after ``ent``'s last mention before ``pos``, up to ``pos``, opens with a
    plural subject or a body of people (the sentence of that mention too when the
    mention is a possessive: "Acme's lawyers")."""
    last, last_end = max(((s, e) for s, e in ent.mentions if s < pos), default=(-1, -1))
    if last < 0:
        return False
    here = model.sentence_index(pos)
    starts = model.sentence_starts
    first = model.sentence_index(last)
    if not model.text.startswith(("\u2019s", "'s"), last_end):
        first += 1  # (but "Acme's lawyers said they": the lawyers, in the same sentence)
    for i in range(first, here + 1):
        end = starts[i + 1] if i + 1 < len(starts) and i < here else pos
        if _plural_subject(model.text, starts[i], end):
            return True
    return False
