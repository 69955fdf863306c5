"""Capitalised words that are no names: a plural of a common noun opening a sentence
("Audiences told ...", "Voters said ..."), told by its singular, which the text writes
in lower case or which is a noun for people; the words of a title-case heading that
the text otherwise writes in lower case ("What Comes Next")."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from .lang.names import FEMALE, MALE

if TYPE_CHECKING:
    from .entities import EntityModel

__all__ = ["adverb_or_participle", "heading_words", "people_plural", "plural_of_common"]

_END_MARKS = frozenset('.!?:;,"\u201d\u2019)')


def heading_words(text: str, span: tuple[int, int], lowercase: Collection[str]) -> bool:
    """The capitalised words ``text[span[0]:span[1]]`` are each written in lower case
    elsewhere in the text (``lowercase``), none is a given name, and they stand on a short
    line with no closing punctuation: a heading's words, not a name."""
    words = text[span[0] : span[1]].lower().split()
    if not all(w in lowercase and w not in FEMALE and w not in MALE for w in words):
        return False
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    line = text[start : len(text) if end < 0 else end].rstrip()
    return bool(line) and line[-1] not in _END_MARKS and len(line.split()) <= 8


def _singulars(word: str) -> tuple[str, ...]:
    """The singulars ``word`` may be the plural of ("audiences": audience, audienc;
    "parties": party; "boxes": box)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return ()
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return (word[:-1], word[:-2])
    return (word[:-1],)


def plural_of_common(low: str, model: EntityModel, nouns: Collection[str]) -> bool:
    """``low`` (a sentence's first word, in lower case) is the plural of a word the text
    writes in lower case or of one of ``nouns`` (nouns for people), and no name holds it
    other than as a sentence's first word ("Tom Banks ... Banks said": a name)."""
    if not any(s in model.lowercase or s in nouns for s in _singulars(low)):
        return False
    return not _named_elsewhere(low, model)


def _named_elsewhere(low: str, model: EntityModel) -> bool:
    """Some name holds ``low`` other than as a sentence's first word ("Tom Banks")."""
    return any(
        len(e.words) > 1 or not model.sentence_initial(m[0])
        for e in model.entities
        if low in e.words
        for m in e.mentions
    )


# A plural noun for people by its ending ("Proponents", "Residents", "Activists"), or for
# findings and rules ("Projections", "Guidelines", "Estimates"); the longer stem keeps
# surnames out ("Gates", "Haines", "Clements").
_PEOPLE_PLURAL = re.compile(
    r"[a-z]{3,}(?:ents|ers|ists|ians|ors|ics|ees)"
    r"|[a-z]{4,}(?:tions|sions|ments|ities|ates|ines|ances|ences)"
)


def people_plural(low: str, model: EntityModel) -> bool:
    """``low`` (a sentence's first word, in lower case) ends as a plural noun for people
    ("proponents", "activists", "physicians") or for findings ("projections"), and no
    name holds it other than as a sentence's first word ("Larry Summers ... Summers
    said": a name)."""
    if _PEOPLE_PLURAL.fullmatch(low) is None or low in FEMALE or low in MALE:
        return False
    return not _named_elsewhere(low, model)


def adverb_or_participle(low: str, model: EntityModel) -> bool:
    """``low`` (a sentence's first word, in lower case, which the text never capitalises
    inside a sentence) reads as an adverb or a participle ("Hastily, ...", "Reached by
    phone, ..."), not a name: not a given name, nor a word of a name elsewhere ("Gerry
    Connolly ... Connolly said")."""
    if len(low) < 5 or not low.endswith(("ly", "ed")) or low in FEMALE or low in MALE:
        return False
    return not _named_elsewhere(low, model)


def some_of_a_people(low: list[str]) -> bool:
    """``low`` (a mention's words in lower case, a quantifier first) is a quantifier and
    one plural ("many democrats", "some americans"): a share of a people or a party."""
    return (
        len(low) == 2
        and low[0] != "one"
        and low[1].endswith("s")
        and not low[1].endswith(("ss", "\u2019s", "'s"))
    )
