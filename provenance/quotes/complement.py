"""The words right after a reporting verb: is there a reported clause (a subject and
its finite verb), or only a thing, a phrase, a relative clause? Small tests on lower-case
words, shared by the English frames of reported speech."""

from __future__ import annotations

import re

__all__ = ["DATED", "NUMERALS", "clause_head_end", "past_verb", "plan_made_known"]

_PREPOSITIONS = frozenset(
    """
    by from to in on at for with of into as up down out off over back away since until during
    after before because despite although though while unless
    """.split()  # noqa: SIM905
)


def plan_made_known(before: list[tuple[int, int, str]]) -> bool:
    """A verb of making known right before the cue word: "unveiled a plan to ...",
    "announced plans to ...", the plan made known, not only had."""
    return any(t[2].lower() in _MAKING_KNOWN for t in before[-4:])


_MAKING_KNOWN = frozenset(
    """
    announce announces announced announcing unveil unveils unveiled unveiling reveal reveals
    revealed revealing outline outlines outlined outlining disclose discloses disclosed
    detail details detailed present presents presented publish publishes published
    """.split()  # noqa: SIM905
)


def clause_head_end(head: list[str]) -> int:
    """Where the would-be subject and verb of a reported clause must end: at a relative
    word ("videos in which", "providers whose", "cell that") or an -ing form after a
    preposition ("the importance of staying")."""
    for i, w in enumerate(head):
        if i > 0 and w in _RELATIVE and not (w == "that" and head[i - 1] in _PREPOSITIONS):
            return i  # (not "of that ambition": a determiner)
        then = head[i + 1] if i + 1 < len(head) else ""
        if i > 0 and w in _SUBORDINATORS and (w != "as" or then in _CLAUSE_SUBJECT):
            return i  # "claimed victory as the House concluded": another clause
        if i > 0 and w.endswith("ing") and head[i - 1] in _PREPOSITIONS:
            return i
    return len(head)


def past_verb(head: list[str], i: int) -> bool:
    """``head[i]`` is a past tense after its subject: an -ed word not hyphenated
    ("pear-shaped") and not an adjective or participle after a determiner, a preposition,
    a copula or an -ing form ("the detailed plan", "staying hydrated")."""
    w, prev = head[i], head[i - 1]
    return (
        (w.endswith("ed") or w in _IRREGULAR_PAST)
        and "-" not in w
        and prev not in _NOT_BEFORE_PAST
        and not prev.endswith("ing")
    )


DATED = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|today|week|month|year|spring|summer|autumn|"
    r"fall|winter|morning|afternoon|evening|night)\b"
)
_IRREGULAR_PAST = frozenset(
    """
    won lost made took gave went came got ran began said told thought knew felt saw heard
    found spoke meant kept left paid sold bought built brought held led met rose fell grew
    drew became fought sent spent stood understood wrote
    """.split()  # noqa: SIM905
)
NUMERALS = frozenset("one two three four five six seven eight nine ten".split())  # noqa: SIM905
_CLAUSE_SUBJECT = frozenset("the a an he she they it we i you his her their its".split())  # noqa: SIM905
_SUBORDINATORS = frozenset(
    "as when while after before because since although though until unless once".split()  # noqa: SIM905
)
_RELATIVE = frozenset(["which", "who", "whom", "whose", "that", "where"])
_NOT_BEFORE_PAST = frozenset(
    """
    a an the this that these those its his her their our my your some any no each every
    of in on at by for with from to into about after over under than as like
    and or but nor then
    is are was were be been being get gets got stay stays stayed become becomes became
    remain remains remained seem seems seemed look looks looked feel feels felt
    """.split()  # noqa: SIM905
)
