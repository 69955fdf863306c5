"""The evidence an interpretation carries, and the rules that check it.

A quote's speaker name is an interpretation: the extractor resolved a
mention ("he", "Marzuk", "the ministry") to a name. It carries its evidence
as a *chain* of earlier mentions, each a span of the text, and these rules
say when such a chain is consistent. A verifier applies them to the words
found at each span's archived bytes, so they take plain strings:

- the resolved name is the words of the last mention of the chain (or of
  the mention itself when the chain is empty), read by :func:`name_words`;
- a name-like mention (every word capitalised: "Marzuk", "Abu Marzuk")
  points to a mention that contains all its words (a surname is part of
  the name);
- a pronoun or a description ("he", "the ministry") points to a mention
  that starts before it; a description may also point to a name it holds
  ("planetary geologist Rosaly Lopes" -> "Rosaly Lopes").

Consistency is necessary, not sufficient: the same rules hold for a
pronoun resolved to the wrong earlier person. Re-deriving the resolution
with the extractor version that made it is the further check.
"""

from __future__ import annotations

import functools
import itertools
import re

from .lexicon import ALL_PRONOUNS, PEOPLE_NOUNS
from .phrase_words import NUMBER_WORDS

__all__ = [
    "EXTRACTOR_VERSION",
    "NOT_NAME_WORDS",
    "OWNED_BODIES",
    "QUOTATION_MARKS",
    "Mention",
    "chain_problem",
    "mention_kind",
    "name_words",
]

#: Bumped whenever the extractor's output may change for the same text.
EXTRACTOR_VERSION = "provenance-quotes/25"

_TOKEN = re.compile(r"[\w\u2019'\-.]+")
_POSSESSIVE = re.compile(r"[\u2019']s$")
#: Words that open a capitalised phrase without being part of a name.
_NOT_NAME = (
    "The A An In On At For But And He She They It We I This That These Those His Her Their Its "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Mr Mrs Ms Dr Mr. Mrs. Ms. Dr."
)
NOT_NAME_WORDS = frozenset(_NOT_NAME.split())

#: What reads as a quotation mark (a straight double quote typed as two apostrophes too).
QUOTATION_MARKS = frozenset(
    ['"', "'", "''", "``", "\u201c", "\u201d", "\u201e", "\u201f", "\u2018", "\u2019",
     "\u201a", "\u201b", "\u00ab", "\u00bb", "\u2039", "\u203a", "\u300c", "\u300d",
     "\u300e", "\u300f", "\u301d", "\u301e", "\uff02"]
)  # fmt: skip

#: A mention as a verifier sees it: its words, where it starts and, where known, where it
#: ends (code points or bytes, the same unit throughout).
Mention = tuple[str, int] | tuple[str, int, int]


def name_words(text: str) -> str:
    """The name a stretch of text states: its word tokens, leading non-name words
    (articles, pronouns, weekdays, months, honorifics with or without their period)
    and a trailing possessive dropped, joined by single spaces."""
    words = _TOKEN.findall(text)
    while words and words[0] in NOT_NAME_WORDS:
        words = words[1:]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
        if not words[-1]:
            words = words[:-1]
    return " ".join(words)


def mention_kind(text: str) -> str:
    """``pronoun``, ``name`` (every word capitalised) or ``description``."""
    words = _TOKEN.findall(text)
    if len(words) == 1 and words[0].lower() in ALL_PRONOUNS:
        return "pronoun"
    if words and words[0].lower() in NUMBER_WORDS:
        return "description"  # "Thirty percent of whites", "Two of them": a count, no name
    if len(words) >= 2 and _owned_role(words):
        return "description"  # "Trump's Son Says ...": a headline's capitals, someone's son
    if words and all(w[0].isupper() for w in words) and not _people_noun(words):
        return "name"
    return "description"


def _owned_role(words: list[str]) -> bool:
    """A possessor, then a noun for a person ending the phrase ("Vell's Son")."""
    return words[-2].endswith(("'s", "\u2019s")) and words[-1].lower() in _PERSONAL_ROLES


# Nouns for one person someone has ("Vell's Son", "the Firm's CEO"), not for a body.
_PERSONAL_ROLES = frozenset(
    """
    son daughter wife husband father mother brother sister widow spokesman spokeswoman
    spokesperson lawyer attorney aide adviser advisor ceo chief chairman chairwoman
    """.split()  # noqa: SIM905
)


def _people_noun(words: list[str]) -> bool:
    """ "The Spaniard", "The Ohio Republican": "the", then a noun for a person of a nation
    or a party (after up to two words of a place), a description whatever its capitals."""
    return 2 <= len(words) <= 4 and words[0].lower() == "the" and words[-1].lower() in PEOPLE_NOUNS


# Lower-case words a name may hold between its capitalised words ("Centre for Fiscal
# Research", "Bank of England", "Ludwig van Beethoven").
_NAME_JOINERS = frozenset(
    "of for and on the de du des la le von van der den al bin da di".split()  # noqa: SIM905
)


def _name_like(text: str) -> bool:
    """A name, or capitalised words joined by the lower-case words names hold."""
    words = _TOKEN.findall(text)
    return (
        bool(words)
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and all(w[0].isupper() or w in _NAME_JOINERS for w in words)
    )


def _holds(outer: Mention, inner: Mention) -> bool:
    """``inner`` is a name inside the mention ``outer``: its words are among the
    outer words and it starts within the outer span (where the span's end is not
    given, no further in than the UTF-8 length of the words around it, which bounds
    code points and the bytes of plain text)."""
    words, start = outer[0], outer[1]
    inner_words, inner_start = inner[0], inner[1]
    if not _name_like(inner_words) or inner_words not in words:
        return False
    if len(outer) == 3:
        return start <= inner_start < outer[2]
    room = len(words.encode("utf-8")) - len(inner_words.encode("utf-8"))
    return 0 <= inner_start - start <= room


def stands_for(acronym: str, name: str) -> bool:
    """``acronym`` ("the IMF", "LN") is the initials of ``name``'s capitalised words, or
    of their last ones ("U.S. Customs and Border Protection" for "CBP")."""
    words = acronym.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1 or not (words[0].isalpha() and words[0].isupper()):
        return False
    letters = words[0]
    if not 2 <= len(letters) <= 6:
        return False
    caps = [w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    return len(caps) >= len(letters) and "".join(caps[-len(letters) :]) == letters


def _named_last(words: str, inner: str) -> bool:
    """``words`` end with the name ``inner``, after a possessive ("CNN's Jake Tapper": a
    body's person) or, for a name of two words or more, after capitalised roles (German
    nouns are capitalised: "Der Vorsitzende Richter Klaus Tolksdorf"): the name is the
    person's."""
    head = " ".join(words.split())
    inner = " ".join(inner.split())
    if not head.endswith(inner):
        return False
    before = head[: -len(inner)]
    return before.endswith(("'s ", "\u2019s ")) or (" " in inner and before.endswith(" "))


def _titled_later(description: Mention, later: Mention) -> bool:
    """``later`` is a name after ``description`` whose title holds the description's
    role ("a federal judge" ... "Magistrate Judge David Bristow"): a story's lead often
    gives the role first and the name after it."""
    head = re.sub(r"[\u2019']s$", "", description[0].split()[-1].lower().strip(".,"))
    words = [w.lower().strip(".,") for w in later[0].split()]
    return mention_kind(later[0]) == "name" and head in words[:-1]


# The name words of a stretch, kept for the comparisons below (a mention comes back in
# chain after chain); never handed out, so no output shares a kept string.
_compared_words = functools.lru_cache(maxsize=4096)(name_words)


# Bodies a person has, spoken of with "his" or "her" ("her campaign"): named as that
# person's ("Hillary Clinton's campaign").
OWNED_BODIES = frozenset(["campaign", "office", "administration", "team", "foundation"])


def _pronoun_owned(words: str, last: str, name: str) -> bool:
    """``words`` are "his" or "her" and a body a person has, and ``name`` is the name of
    the last mention in the possessive with that body ("her campaign" -> "Hillary
    Clinton's campaign")."""
    parts = words.split()
    if len(parts) != 2 or parts[0].lower() not in ("his", "her"):
        return False
    if parts[1].lower() not in OWNED_BODIES:
        return False
    return name == f"{_compared_words(last)}'s {parts[1]}"


def chain_problem(mention: Mention, chain: tuple[Mention, ...], name: str) -> str | None:
    """Why ``mention`` -> ``chain`` -> ``name`` is inconsistent, or None if it holds."""
    if not chain:
        if _compared_words(mention[0]) != name and " ".join(mention[0].split()) != name:
            return f"the name {name!r} is not the words of the mention {mention[0]!r}"
        return None
    links = [mention, *chain]
    for link, after in itertools.pairwise(links):
        words, start = link[0], link[1]
        next_words, next_start = after[0], after[1]
        kind = mention_kind(words)
        if kind == "name":
            have = set(_compared_words(next_words).split())
            owned = _named_last(words, next_words) and _holds(link, after)
            spelled = stands_for(words, next_words)
            if not owned and not spelled and not set(_compared_words(words).split()) <= have:
                return f"{words!r} is not part of the name {next_words!r}"
        elif next_start >= start and not (
            kind == "description" and (_holds(link, after) or _titled_later(link, after))
        ):
            return f"{words!r} ({kind}) points to {next_words!r}, which is not an earlier mention"
    last = chain[-1][0]
    if _pronoun_owned(mention[0], last, name):
        return None
    # (Up to provenance-quotes/12 a name kept a leading "Mr." or "Dr."; such a name is
    # still the words of its last mention.)
    if _compared_words(last) != name and _compared_words(name) != _compared_words(last):
        return f"the name {name!r} is not the words of its last mention {last!r}"
    return None
