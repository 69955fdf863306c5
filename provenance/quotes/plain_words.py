"""Capitalised words that are no names: a plural of a common noun opening a sentence
("Audiences told ...", "Voters said ..."), told by its singular, which the text writes
in lower case or which is a noun for people."""

from __future__ import annotations

from collections.abc import Collection

from .entities import EntityModel

__all__ = ["plural_of_common"]


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
    return not any(
        len(e.words) > 1 or not model.sentence_initial(m[0])
        for e in model.entities
        if low in e.words
        for m in e.mentions
    )
