"""A person named as the subject of a report before a quote: the quote that opens the
next sentence or paragraph is theirs ("Jane Doe, the mayor, recalled how the town had
flooded. "We will build it again."")."""

from __future__ import annotations

import re

from .entities import EntityModel
from .finder_state import QUOTE_CHARS
from .frames import Attribution
from .lexicon import Lexicon

# After a name that follows its cue, the clause ends ("..., said Lee." / "said Lee, adding").
_CLAUSE_END = re.compile(r"[ \t\xa0]*(?:[,.;:!?\u2014\u2013)]|--|$)")
# An apposition after a name, set off by commas ("Jane Doe, the mayor,").
_APPOSITION = re.compile(r",[^,.;:\"\u201c\u201d]{1,60},\s*")
# One adverb between a subject and its verb ("Lee also said", "Lee later wrote").
_ADVERB_GAP = re.compile(r"\s+(?:also|later|then|again|once|further|previously|earlier)\s+")


def clause_ends(text: str, pos: int, end: int) -> bool:
    """The clause ends at ``pos`` (before ``end``): a name after its cue is its
    speaker ("said Lee."), not the cue's object ("described the flood in detail")."""
    return _CLAUSE_END.match(text, pos, end) is not None


def person_before(model: EntityModel, text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The person named at the start of the clause ``[start, cue)`` as its subject, with
    only an apposition or an adverb between it and the cue ("Jane Doe, the mayor,")."""
    lead = re.match(r"[\s(]*", text[start:cue])
    at = start + (lead.end() if lead else 0)
    ent = model.entity_starting_at(at)
    if ent is None or ent.kind != "person" or not model.subject_weight((at, at + 1)):
        return None
    end = next(e for s, e in ent.mentions if s == at)
    gap = text[end:cue]
    if gap.strip() and not _APPOSITION.fullmatch(gap) and not _ADVERB_GAP.fullmatch(gap):
        return None
    return at, end


def reported_person(
    lex: Lexicon, model: EntityModel, text: str, ps: int, pe: int
) -> Attribution | None:
    """The sentence ``[ps, pe)`` has no quotation mark and its first verb of saying has a
    named person as subject ("Lee said that the plan would fail."): that report."""
    if any(c in text[ps:pe] for c in QUOTE_CHARS):
        return None
    cues = lex.cue.finditer(text, ps, pe)
    if not cues or cues[0].group(0).lower() in lex.noun_cues:
        return None
    cue = cues[0]
    found = person_before(model, text, ps, cue.start())
    return Attribution(found, (cue.start(), cue.end())) if found is not None else None
