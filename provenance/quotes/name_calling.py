"""Quoted names and labels that a speaker gives: name-calling in news style.

``Lee called the mayor "Little Bob"``, ``he dubbed the bill "the Big Grab"``: a run of
capitalised words in quotation marks reads as a title or a name, yet here the subject
of a verb of naming gives it, so it is the subject's words. ``a film called "..."``,
``the company called "..."`` name a thing and quote no one: the verb needs its own
object between it and the quote, or a relative word before its subject (``the club,
which Lee called "..."``).

``what several lawmakers called "fraud"``: after ``what`` or ``which`` a subject in
lower case counts when its head is a noun for people who speak (lawmakers, critics).

``the levy, which the governor, Tom Reid, called "..."``: the subject of a relative
clause of naming, the name in its apposition when it has one; a pronoun there (``whom
he called``) is left to the frames around it.

``Lee hit back at the mayor, calling him a "con artist"``: a participle of a verb of
naming, judging or saying after the main clause's comma has that clause's subject;
so has a verb after ``and`` (``Lee knocked him on trade and called him a "..."``), in
a clause with no subordinate or relative clause and no quote of its own.

Each test reads a few words before one quote, gated on a word it needs (a verb of
naming, a relative word, a comma) before any pattern runs.
"""

from __future__ import annotations

import re

from .frames import Attribution, subject
from .lexicon import Lexicon

__all__ = [
    "NAMING_VERBS",
    "main_subject",
    "naming_object",
    "participle_source",
    "person_subject",
    "relative_before",
    "relative_naming",
    "relative_speaker_noun",
    "relative_start",
]

# Finite verbs of naming: the subject gives the name in quotation marks.
NAMING_VERBS = frozenset(
    """
    called calls dubbed dubs nicknamed nicknames branded brands labeled labelled labels
    termed terms christened
    """.split()  # noqa: SIM905
)
_NAMING_AT = re.compile(r"\b(?:" + "|".join(sorted(NAMING_VERBS)) + r")\b")
_RELATIVE = re.compile(r"\b(?:what|which|whom)\s+$", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:what|which|whom)\s+", re.IGNORECASE)
# Nouns for people who speak, beyond the lexicon's speaker nouns, as the subject of a
# relative clause of naming ("what lawmakers called").
_PEOPLE = frozenset(
    """
    lawmakers legislators congressmen employees students conservatives liberals
    progressives scholars historians protesters protestors detractors skeptics sceptics
    advocates workers republicans democrats commentators pundits economists observers
    """.split()  # noqa: SIM905
)
_CLAUSE = frozenset(
    "that which who whom whose because while when where if although though and or but".split()  # noqa: SIM905
)


def naming_object(text: str, s_start: int, quote_start: int, verb: tuple[int, int]) -> bool:
    """The verb of naming at ``verb`` has its own object before the quote (``called the
    mayor "..."``: one to six words, no clause, no punctuation), so the name is given by
    the verb's subject, not a thing's name (``a film called "..."``)."""
    if not (s_start <= verb[0] and verb[1] <= quote_start):
        return False
    gap = text[verb[1] : quote_start]
    referred = text[verb[0] : verb[1]] in ("referred", "refers") and re.search(r"\bas\s*$", gap)
    if _NAMING_AT.fullmatch(text, verb[0], verb[1]) is None and not referred:
        return False  # (or "referred to them as \"...\"")
    words = re.findall(r"[\w\u2019'\-]+", gap)
    if not 1 <= len(words) <= 6 or re.search(r"[,;:()\"\u201c\u201d]", gap):
        return False
    return not any(w.lower() in _CLAUSE for w in words)


def relative_speaker_noun(lex: Lexicon, text: str, s_start: int, np: tuple[int, int]) -> bool:
    """``what several lawmakers called``, ``which critics have dubbed``: a subject in
    lower case after a relative word, whose head is a noun for people who speak."""
    words = re.findall(r"[\w\u2019'\-]+", text[np[0] : np[1]])
    head = words[-1].lower() if words else ""
    if len(words) > 4 or not (head in lex.speaker_nouns or head in _PEOPLE):
        return False
    return relative_before(text, s_start, np[0])


def relative_before(text: str, s_start: int, at: int) -> bool:
    """``what``, ``which`` or ``whom`` right before ``at``: a relative clause's subject."""
    return _RELATIVE.search(text, max(s_start, at - 8), at) is not None


def relative_start(text: str, s_start: int, end: int) -> int | None:
    """Where the subject of a relative clause starts (``what several lawmakers``), when
    ``what``, ``which`` or ``whom`` stands at most four words before ``end``."""
    last = None
    for m in _RELATIVE_WORD.finditer(text, max(s_start, end - 50), end):
        last = m
    if last is None or len(re.findall(r"\w+", text[last.end() : end])) > 4:
        return None
    return last.end()


def person_subject(lex: Lexicon, phrase: str) -> bool:
    """A subject that may speak: a name or a pronoun, or a phrase opening with a
    determiner whose head is a noun for people or a capitalised name (``The Smith
    campaign``, ``the New York Times``; not ``The plan``)."""
    words = re.findall(r"[\w\u2019'\-]+", phrase)
    if not words:
        return False
    if words[0].lower() not in lex.determiners:
        return True
    head = words[-1]
    return head[:1].isupper() or head.lower() in lex.speaker_nouns or head.lower() in _PEOPLE


# Participles that put the main clause's subject's words in a fragment after them.
_PARTICIPLES = frozenset(
    """
    calling describing labeling labelling branding dubbing likening comparing dismissing
    denouncing blasting praising hailing criticizing criticising mocking ridiculing
    portraying casting accusing vowing promising pledging warning urging saying insisting
    arguing declaring deriding decrying slamming
    """.split()  # noqa: SIM905
)
_THAT_PARTICIPLES = frozenset(
    "saying insisting arguing declaring warning promising vowing pledging".split()  # noqa: SIM905
)
_PARTICIPLE = re.compile(
    r",\s+(?:(?:then|also|again|repeatedly|even)\s+)?(?P<verb>"
    + "|".join(sorted(_PARTICIPLES))
    + r")\b"
)
_GAP_STOP = re.compile(r"[;:()\"\u201c\u201d\u2014]|''|\s--\s")
_LEAD = re.compile(r"(?:Then|Later|Also|Still|Now|Earlier|And|But|So|Yet|Instead)\s+(?=\w)")
_MAIN_STOP = frozenset(
    """
    that which who whom whose because while when where if although though since after
    before until unless whether
    """.split()  # noqa: SIM905
)


def participle_source(
    lex: Lexicon, text: str, s_start: int, quote_start: int
) -> Attribution | None:
    """``Lee hit back, calling the mayor a "con artist"``: the subject of the main clause
    before a participle of naming, judging or saying whose own fragment the quote is."""
    window = text[s_start:quote_start]
    if ", " not in window:
        return None  # the cheap test: no comma, no participle after one
    found = None
    for m in _PARTICIPLE.finditer(window):
        found = m
    if found is None:
        return None
    gap = window[found.end() :]
    words = [w.lower() for w in re.findall(r"[\w\u2019'\-]+", gap)]
    if _GAP_STOP.search(gap) or len(words) > 10:
        return None
    if found.group("verb") in _THAT_PARTICIPLES and words[:1] == ["that"]:
        words = words[1:]  # "saying that it was ...": the reported clause
    if any(w in _CLAUSE for w in words):
        return None
    np = main_subject(lex, text, s_start, s_start + found.start())
    if np is None:
        return None
    verb = (s_start + found.start("verb"), s_start + found.end("verb"))
    return Attribution(np, verb)


def main_subject(lex: Lexicon, text: str, s_start: int, end: int) -> tuple[int, int] | None:
    """The subject of the one main clause in ``[s_start, end)``, a speaker (a name, a
    pronoun or a noun for people), or None when the stretch holds a subordinate or
    relative clause or a quote, or is long."""
    main = text[s_start:end]
    main_words = [w.lower() for w in re.findall(r"[\w\u2019'\-]+", main)]
    if not main_words or len(main_words) > 20 or any(w in _MAIN_STOP for w in main_words):
        return None
    if re.search(r"[\"\u201c\u201d]|''", main):
        return None  # a quote in the main clause has its own frame
    lead = _LEAD.match(text, s_start, end)
    start = lead.end() if lead is not None else s_start  # "Then he ...": no subject
    np = subject(lex, text, start, end)
    if np is None:
        return None
    phrase = text[np[0] : np[1]]
    first = phrase.split()[0] if phrase.split() else ""
    if not (first[:1].isupper() or first.lower() in lex.pronouns):
        return None
    if first.lower() in ("it", "this", "that", "these", "those", "there", "i", "we", "you"):
        return None
    return np if person_subject(lex, phrase) else None


_RELATIVE_NAMING = re.compile(
    r"\b(?:what|which|whom)\s+(?P<subject>[^,;:()\"\u201c\u201d]{1,60}?"
    r"(?:,\s+(?P<name>[A-Z][^,;:()\"\u201c\u201d]{1,40}),)?)"
    r"\s+(?:(?:has|have|had|once|later|also|repeatedly)\s+)?"
    r"(?P<verb>called|dubbed|branded|labeled|labelled|termed|described|characterized|"
    r"characterised)(?P<as>\s+as(?:\s+(?:a|an|the))?)?\s*$"
)


def relative_naming(lex: Lexicon, text: str, s_start: int, quote_start: int) -> Attribution | None:
    """``the levy, which the mayor, Ann Lee, called "..."``: the subject of a relative
    clause of naming right before the quote (the name in an apposition, if any)."""
    window_start = max(s_start, quote_start - 140)
    window = text[window_start:quote_start]
    if not any(w in window for w in ("what ", "which ", "whom ")):
        return None  # the cheap test
    m = _RELATIVE_NAMING.search(window)
    if m is None:
        return None
    if m.group("verb") in ("described", "characterized", "characterised") and not m.group("as"):
        return None  # "which he described in detail": no label
    group = "name" if m.group("name") else "subject"
    a, b = window_start + m.start(group), window_start + m.end(group)
    phrase = text[a:b]
    words = re.findall(r"[\w\u2019'\-]+", phrase)
    if not words or len(words) > 6:
        return None
    first = words[0]
    if first.lower() in lex.pronouns or first.lower() in ("this", "that", "these", "those"):
        return None  # "whom he called": the frames around it tell who "he" is
    lower_ok = relative_speaker_noun(lex, text, s_start, (a, b)) if group == "subject" else False
    if not (first[:1].isupper() or lower_ok):
        return None
    if group == "subject" and not (lower_ok or person_subject(lex, phrase)):
        return None
    if group == "name" and not all(
        w[:1].isupper() or w.lower() in ("de", "van", "von") for w in words
    ):
        return None  # the apposition is a name
    verb = (window_start + m.start("verb"), window_start + m.end("verb"))
    return Attribution((a, b), verb)
