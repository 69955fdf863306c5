"""A description that a later sentence names: the lead of a news story often gives a
role first and the name after it ("Austria's interior minister said on Tuesday ... Interior
Minister Wolfgang Peschorn said"; "a federal judge ruled ... Magistrate Judge David
Bristow"). The name counts only when its title holds the description's role, and one
person alone bears that title in the next paragraphs."""

from __future__ import annotations

import re

from .entities import Entity, EntityModel
from .lexicon import Lexicon

__all__ = ["named_after"]

Span = tuple[int, int]

# Title words that are no role of their own: they only qualify one.
_QUALIFIERS = frozenset(
    """
    foreign defense defence interior finance health state u.s. us former then acting interim
    new late deputy assistant executive vice prime chief
    """.split()  # noqa: SIM905
)
_TITLE_BEFORE = re.compile(r"((?:[A-Z][\w.\u2019'\-]*[ \t]+){1,4})$")
_REACH = 1500  # characters after the description: its paragraph and the next few


def named_after(
    model: EntityModel, lex: Lexicon, span: Span, words: list[str]
) -> tuple[Span, Entity] | None:
    """The later titled mention (title and name) that names the description ``words``
    at ``span``, and its entity; None when no one, or more than one, is named so."""
    head = words[-1]
    if head not in lex.titles or head in _QUALIFIERS or len(head) < 4:
        return None
    written = model.text[span[0] : span[1]].split()
    if any(w[:1].islower() and w.endswith(("'s", "\u2019s")) for w in written):
        return None  # "the union's president": someone of a body, named or not
    wanted = {w for w in words[:-1] if w in _QUALIFIERS and w not in ("former", "then", "new")}
    # proper words before the role ("a U.S. District Court judge") must be in the title
    wanted |= {
        w.lower().strip(",")
        for w in written[1:-1]
        if w[:1].isupper() and not w.endswith(("'s", "\u2019s"))
    }
    if any(head in e.roles and e.mentions[0][0] < span[0] for e in model.entities):
        return None  # someone with that role was named before: not this rule's to decide
    text = model.text
    found: dict[int, tuple[Span, Entity]] = {}
    for ent in model.entities:
        if ent.kind not in ("person", "unknown"):
            continue
        for s, e in ent.mentions:
            if not span[1] <= s <= span[1] + _REACH:
                continue
            title = _TITLE_BEFORE.search(text, max(0, s - 60), s)
            if title is None:
                continue
            said = {w.lower().strip(".") for w in title.group(1).split()}
            if head in said and wanted <= said:
                found.setdefault(id(ent), ((title.start(1), e), ent))
                break
    return next(iter(found.values())) if len(found) == 1 else None
