"""Names written in another form than the one the story gave in full: an acronym the story
spells out ("the IMF" after "the International Monetary Fund", "LN" for "Live Nation"),
and a person named after a body's possessive ("CNN's Jake Tapper"). Each gives the mention
it points to; the resolver takes the name from there."""

from __future__ import annotations

from .entities import OWNER_THEN, Entity, EntityModel
from .evidence import name_words, stands_for

__all__ = ["owned_person", "spelled_out"]

Span = tuple[int, int]


def spelled_out(model: EntityModel, text: str, mention: str, span: Span) -> Span | None:
    """The mention of the name that the acronym ``mention`` spells, nearest before it (or
    the first after); None when the mention is no acronym, no name fits, or two different
    names do."""
    words = mention.split()
    if not words or len(words) > 2 or (len(words) == 2 and words[0].lower() != "the"):
        return None
    if not (words[-1].isalpha() and words[-1].isupper() and 2 <= len(words[-1]) <= 6):
        return None
    found: list[Span] = []
    names: set[str] = set()
    for ent in model.entities:
        if ent.kind not in ("organisation", "unknown"):
            continue
        for s, e in ent.mentions:
            full = text[s:e]
            if e - s > len(mention) and stands_for(mention, full):
                found.append((s, e))
                names.add(name_words(full).lower())
    if not found or len({n.split()[-1] for n in names}) > 1:
        return None
    before = [m for m in found if m[1] <= span[0]]
    return max(before) if before else min(found)


def owned_person(model: EntityModel, mention: str, span: Span) -> tuple[Span, Entity] | None:
    """ "CNN's Jake Tapper", "the Herald's Ruth Marcus": the person named in full after a
    body's possessive, and where that name stands."""
    owned = OWNER_THEN.search(mention)
    if owned is None or " " not in mention[owned.end() :].strip():
        return None
    inner = (span[0] + owned.end(), span[1])
    person = model.entity_at(inner)
    if person is None or person.kind != "person":
        return None
    return inner, person
