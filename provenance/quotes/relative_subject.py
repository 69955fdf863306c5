"""A subject with a relative clause (with "who") before its verb: "The lawyer who represents
Mary Smith said ...", "A woman who has accused X of fraud said ...". The phrase right before
the verb is the relative clause's object; the one who speaks is the head the clause
describes."""

from __future__ import annotations

import re

__all__ = ["relative_head"]

# The head (a short noun phrase opening the sentence), then a relative pronoun.
_HEAD = re.compile(
    r"[ \t\xa0]*(?P<head>(?:[\w\u2019'.-]+[ \t\xa0]+){0,4}?[\w\u2019'.-]+)"
    r"[ \t\xa0]*,?[ \t\xa0]+who[ \t\xa0]+(?P<verb>[\w\u2019'-]+)"
)
# Words that open a clause, not a noun phrase ("When", "If", "Although").
_NOT_HEADS = frozenset(
    """when if although though while because since after before as once unless until
    whether but and or so yet he she they we i it you this""".split()  # noqa: SIM905
)
# Words that open a noun phrase for someone ("The lawyer who", "A woman who", "Two men who").
_DETERMINERS = frozenset(
    """the a an one two three four five several some many most few his her their its our
    another any every each both those these""".split()  # noqa: SIM905
)
# Capitalised words that open a sentence but no noun phrase ("Like", "Today", "In").
_OPENERS = frozenset(
    """like unlike today yesterday in on at for with without by from among after before as
    during despite reflecting asked lest is are was were do does did can could will would
    should may might must there here then now still also even only just""".split()  # noqa: SIM905
)
# A word that opens a clause of its own inside the gap: the phrase is that clause's subject.
_CLAUSE_WORD = re.compile(r"\b(?:that|who|whom|which|when|because|as|if)\b", re.IGNORECASE)
_PRONOUNS = frozenset("he she they we i it you him her them us me".split())  # noqa: SIM905
# Verbs of saying right after the relative pronoun: "those who say ..." reports itself.
_SAYING = frozenset("say says said tell tells told claim claims argue argues".split())  # noqa: SIM905


def relative_head(text: str, s: int, np: tuple[int, int]) -> tuple[int, int] | None:
    """The head of a relative clause that opens the sentence at ``s`` and holds ``np``
    (the phrase before the verb of saying), or None when the sentence opens otherwise."""
    m = _HEAD.match(text, s, np[0])
    if m is None or m.end() > np[0]:
        return None
    head = m.group("head")
    first = head.split()[0]
    low = first.lower()
    if low in _NOT_HEADS or m.group("verb").lower() in _SAYING:
        return None
    if low not in _DETERMINERS and not (first[:1].isupper() and low not in _OPENERS):
        return None  # ("Like other owners who ...": a phrase before the subject)
    if not re.search(r"[A-Za-z]", head) or "\n" in text[s : np[0]]:
        return None
    if re.search(r"[,;:\u2014\u2013\u2015\"\u201c\u201d\u2018\u2019'()]", text[m.end() : np[0]]):
        return None  # ("The justice who is least friendly is Sotomayor, the kind many fear")
    if _CLAUSE_WORD.search(text, m.end(), np[0]) or text[np[0] : np[1]].lower() in _PRONOUNS:
        return None  # ("The staff member who reported the call recalled that he said"): his
    return m.start("head"), m.end("head")
