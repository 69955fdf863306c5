"""A second report after a sentence's first: the same subject's second verb of saying
(``X criticized the plan and said it would fail``) or another speaker's clause after a
quote's (``, but she denied that``)."""

from __future__ import annotations

import re

from .clauses import OBJECT_PHRASE, next_clause
from .frames import Attribution
from .lexicon import Lexicon
from .reported import OBJECT_VERBS, PREPOSITION_FRAME


def coordinated(
    lex: Lexicon, text: str, c0: int, c1: int, *, aside: bool = False
) -> tuple[int, int, int, int] | None:
    """``X criticized the plan and said it would fail``: a second reporting verb of the
    same subject, joined by "and" or "but" inside reported content ``[c0, c1)``; gives
    (end of the first content, the second cue's start and end, its content's start).
    ``aside``: the first verb is a participle set off after the subject ("X, citing a
    study, said it would fail"), so a comma joins the second verb too."""
    if lex.code != "en":
        return None
    join_at = _JOIN_AFTER_ASIDE if aside else _JOIN
    for cue in lex.indirect_cue.finditer(text, c0, c1):
        word = cue.group(0).lower()
        if word not in _SECOND_CUES and not PREPOSITION_FRAME.search(word):
            continue
        join = join_at.search(text[max(c0, cue.start() - 40) : cue.start()])
        if join is None:
            continue
        cut = max(c0, cue.start() - 40) + join.start()
        first = text[c0:cut]
        if len(re.findall(r"\w+", first)) < 2 or first.count("(") != first.count(")"):
            continue
        if re.search(r"\b(?:that|who|which|whether|if|when|because)\b", first.lower()):
            continue  # "he said that prices rose and said ...": the join is inside a clause
        rest = cue.end()
        if word in OBJECT_VERBS:
            obj = OBJECT_PHRASE.match(text, rest, c1)
            rest = obj.end() if obj else rest
        lead = re.match(r"\s*(?:,\s*)?(?:that\b|:)?\s*", text[rest:c1])
        start = rest + (lead.end() if lead else 0)
        words = re.findall(r"\w+", text[start:c1].lower())
        if len(words) < 3 or words[0] in ("nothing", "little", "no"):
            continue  # "and said nothing about ...": no content
        return cut, cue.start(), cue.end(), start
    return None


# "..., and said", "but also said", "and later told": the same subject goes on.
_JOIN = re.compile(
    r"(?:,\s*)?\s+(?:and|but)\s+(?:(?:also|then|later|again|has|had|have|repeatedly|"
    r"publicly|quickly)\s+){0,2}$"
)
_JOIN_AFTER_ASIDE = re.compile(_JOIN.pattern + r"|,\s*$")
_SECOND_CUES = frozenset(
    """
    said says added adds noted notes argued argues warned warns insisted insists stressed
    stresses explained explains claimed claims suggested suggests acknowledged acknowledges
    admitted admits urged urges promised promises vowed vows pledged pledges predicted
    predicts told tells asserted asserts contended contends conceded concedes maintained
    maintains declared declares announced announces called calls criticized criticizes
    accused accuses praised praises blamed blames attacked attacks urged described
    questioned rejected dismissed defended
    """.split()  # noqa: SIM905
)


def second_report(
    lex: Lexicon, text: str, said: Attribution | None, after: int, end: int
) -> tuple[int, Attribution, int] | None:
    """(cut, attribution, content start) of a report after a quote's clause: another
    speaker's (``, but she denied that``) or the same subject's second verb (``and
    warned``); not a participle (whose subject may be anyone's) nor the quote's own
    frame."""
    if said is None or said.speaker is None:
        return None
    own = said.cue or (-1, -1)
    found = next_clause(text, after, end)
    if found is not None and found[2] is not None and not own[0] <= found[1][0] < own[1]:
        return found[0], Attribution(found[2], found[1]), found[3]
    piece = text[after:end]
    if " and " not in piece and " but " not in piece:
        return None  # (the join a second verb of the same subject needs)
    joined = coordinated(lex, text, after, end)
    if joined is not None and not own[0] <= joined[1] < own[1]:
        return joined[0], Attribution(said.speaker, (joined[1], joined[2])), joined[3]
    return None
