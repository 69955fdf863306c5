"""Quoted fragments that a verb of stance, rating or report governs from further away.

News style mixes a speaker's own words into the writer's sentence in more frames
than the plain object of a verb of naming (:mod:`.fragments`):

- a verb of regard, rating or self-presentation with "as" right before the
  fragment: ``Lee admires the general as a "strong leader"``, ``the watchdog rated
  half of the claims as "false"``, ``the firm has positioned itself as a "..."``;
- a verb that reports a finding or a statement with its own ``that`` (or, for a
  question, ``whether``) clause, the fragment inside the clause: ``the board ruled
  that the claim was "accurate"``, ``Lee wondered whether the judges would be
  "fair"``;
- a verb of characterisation whose object is a noun with a relative clause, the
  fragment ending it: ``Kim compared the mayor to a coach who is "working the
  referees"``;
- the owner of a noun of speech with its ``that`` clause: ``Lee's claim that the plan
  was "..."``;
- the second object of a verb of promise: ``Lee is promising lower fares and
  "buses, buses, buses"``;
- a verb of praise or blame with "for" and a short phrase: ``Holt lauded Reed for
  helping develop "new ideas"`` (not ``for using the term "..."``).

In each the verb's subject must be a speaker (a name, a pronoun for a person or a
noun for people or a body) standing right before the verb; a relative or
subordinate clause, a quotation mark or a long stretch between the verb and the
fragment, a passive or an infinitive breaks the frame: ``known as "..."`` and
``the idea was rated as "..."`` quote no one.
"""

from __future__ import annotations

import re

from .frames import Attribution
from .lexicon import Lexicon
from .name_calling import person_subject
from .np_around import np_before

# Verbs of regard, rating and self-presentation: words only with "as" before the quote.
_AS_STANCE = frozenset(
    """
    admires admired admire rated rates ranked ranks introduced introduces positioned
    positions postured postures offered offers hailed hails praised praises
    """.split()  # noqa: SIM905
)
# Verbs reporting a finding or a statement with a "that" clause (no form that reads
# as a plural noun before a relative "that": "swing states that", "party rules that").
_THAT_VERBS = frozenset(
    """
    stated announced announces ruled reported concluded concludes sniped snipes implied
    implies alleged alleges charged conceded admitted admits boasted boasts bragged
    brags complained complains contended contends maintained maintains asserted asserts
    claimed noted wrote writes
    """.split()  # noqa: SIM905
)
# Nouns of speech whose owner speaks the "that" clause: ``Lee's claim that ...``.
_SPEECH_NOUNS = frozenset(
    """
    claim assertion statement admission argument insistence suggestion contention
    warning promise pledge boast complaint charge allegation
    """.split()  # noqa: SIM905
)
# Verbs of promise or offer: their objects may be coordinated, the second quoted.
_PROMISE_VERBS = frozenset(
    """
    promising promises promised pledging pledges pledged offering offers offered
    proposing proposes proposed vowing vows vowed
    """.split()  # noqa: SIM905
)
# Verbs of praise and blame: "for" and a short phrase ending in the quote.
_PRAISE_BLAME = frozenset(
    """
    praised praises lauded lauds credited credits attacked attacks blasted blasts
    criticized criticised criticizes criticises slammed slams faulted faults thanked
    thanks commended commends applauded applauds hailed hails
    """.split()  # noqa: SIM905
)
_NAMING_WORDS = frozenset(
    """
    term terms word words phrase phrases label name names slogan saying calling using
    called said
    """.split()  # noqa: SIM905
)
# Verbs of asking with a "whether" clause.
_WHETHER_VERBS = frozenset(
    "wondered wonders asked asks questioned questions doubted doubts".split()  # noqa: SIM905
)
# Verbs of characterisation whose object may carry a relative clause.
_LIKEN_VERBS = frozenset(
    """
    compared compares likened likens cast casts portrayed portrays painted paints
    depicted depicts described describes
    """.split()  # noqa: SIM905
)
_CLAUSE_WORDS = frozenset(
    """
    that which who whom whose because while when where if although though after before
    since but until unless whether and or
    """.split()  # noqa: SIM905
)
_NOT_SPEAKERS = frozenset("it this that these those there what which".split())  # noqa: SIM905
_PASSIVE = frozenset("is are was were be been being am to".split())  # noqa: SIM905
_BE = frozenset("is are was were been".split())  # noqa: SIM905
_DETERMINERS = frozenset("the a an his her its their our my your this that".split())  # noqa: SIM905
_STOPS = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb;:()\u2014]|''|\s--\s")
_WORD = re.compile(r"[\w\u2019'\-%.]+")
_AS_END = re.compile(r"\bas\s+(?:(?:a|an|the)\s+)?$")
_RELATIVE_END = re.compile(r"\b(?:who|that)\s+(?:[\w\u2019'\-]+\s+){0,5}$")


def stance_source(
    lex: Lexicon, text: str, s_start: int, quote_start: int, quote_end: int, s_end: int
) -> Attribution | None:
    """The attribution of the quoted fragment ``[quote_start, quote_end)`` by one of
    the frames above, or None (also when a word of saying follows the fragment in its
    sentence: ``... saw them as "...," Lee said`` is Lee's)."""
    window = text[max(s_start, quote_start - 200) : quote_start]
    if not window[-1:].isspace():
        return None
    if "," in text[quote_end - 3 : quote_end + 2] and _frame_after(lex, text, quote_end, s_end):
        return None
    base = quote_start - len(window)
    if window.rstrip().endswith(("as", "a", "an", "the")) and _AS_END.search(window):
        return _as_frame(lex, text, s_start, base, window)
    words = [m.group(0).lower() for m in _WORD.finditer(window[-120:])]
    if "that" in words or "whether" in words:
        found = _clause_frame(lex, text, s_start, base, window)
        if found is not None:
            return found
    if ("who" in words or "that" in words) and _RELATIVE_END.search(window):
        return _relative_frame(lex, text, s_start, base, window)
    if window.rstrip().endswith((" and", " or")):
        return _coordinated(lex, text, s_start, base, window)
    if "for" in words:
        return _for_frame(lex, text, s_start, base, window)
    return None


def _for_frame(lex: Lexicon, text: str, s_start: int, base: int, window: str) -> Attribution | None:
    """``Holt lauded Reed in her address for helping develop "..."``: the praise or
    blame is the subject's, in the subject's words; not when the stretch after "for"
    quotes its object (``for saying``, ``for using the term``)."""
    fors = list(re.finditer(r"\bfor\b", window))
    if not fors:
        return None
    after = window[fors[-1].end() :]
    after_words = [w.lower() for w in _WORD.findall(after)]
    if len(after_words) > 5 or _STOPS.search(after) or _clause_in(after):
        return None
    if _NAMING_WORDS.intersection(after_words):
        return None
    if lex.cue.found_in(text, base + fors[-1].end(), base + len(window)):
        return None
    verb = _last_verb(window[: fors[-1].start()], _PRAISE_BLAME)
    if verb is None:
        return None
    gap = window[verb.end() : fors[-1].start()]
    if _STOPS.search(gap) or _clause_in(gap) or len(_WORD.findall(gap)) > 9:
        return None
    return _attribution(lex, text, s_start, base, window, verb)


def _coordinated(
    lex: Lexicon, text: str, s_start: int, base: int, window: str
) -> Attribution | None:
    """``Lee is promising lower fares and "..."``: the fragment is the second object
    of a verb of promise or offer, the first a short phrase with no comma."""
    stretch = window.rstrip()[:-3].rstrip()
    verb = _last_verb(stretch, _PROMISE_VERBS)
    if verb is None:
        return None
    gap = stretch[verb.end() :]
    if "," in gap or _STOPS.search(gap) or _clause_in(gap) or len(_WORD.findall(gap)) > 5:
        return None
    if not _WORD.findall(gap):
        return None
    return _attribution(lex, text, s_start, base, window, verb)


def _as_frame(lex: Lexicon, text: str, s_start: int, base: int, window: str) -> Attribution | None:
    """``Lee admires the general as a "..."``: the verb within a short object of "as"."""
    cut = _AS_END.search(window)
    if cut is None:
        return None
    verb = _last_verb(window[: cut.start()], _AS_STANCE)
    if verb is None:
        return None
    gap = window[verb.end() : cut.start()]
    if _STOPS.search(gap) or _clause_in(gap) or len(_WORD.findall(gap)) > 8:
        return None
    return _attribution(lex, text, s_start, base, window, verb)


def _clause_frame(
    lex: Lexicon, text: str, s_start: int, base: int, window: str
) -> Attribution | None:
    """``the board ruled that the claim was "..."``: the fragment in the verb's clause."""
    lead = list(re.finditer(r"\b(?:that|whether)\b", window))
    if not lead:
        return None
    word = lead[-1]
    rest = window[word.end() :]
    if _STOPS.search(rest) or _clause_in(rest) or len(_WORD.findall(rest)) > 10:
        return None
    before = list(_WORD.finditer(window[: word.start()]))
    if not before:
        return None
    verb = before[-1]
    if word.group(0) == "that" and verb.group(0).lower() in _SPEECH_NOUNS:
        return _owner(text, base, window, before)
    verbs = _THAT_VERBS if word.group(0) == "that" else _WHETHER_VERBS
    if verb.group(0) not in verbs:
        return None
    return _attribution(lex, text, s_start, base, window, verb)


def _owner(text: str, base: int, window: str, before: list[re.Match[str]]) -> Attribution | None:
    """``Lee's claim that the plan is "..."``: the owner of the noun of speech, a name
    with "'s" or a possessive pronoun, one or two words (adjectives) before it."""
    noun = before[-1]
    for owner in before[-4:-1][::-1]:
        word = owner.group(0)
        low = word.lower()
        if low in ("his", "her", "their"):
            span = (base + owner.start(), base + owner.end())
            break
        if word[:1].isupper() and low.endswith(("'s", "\u2019s")):
            start = owner.start()
            for prior in before[: before.index(owner)][::-1][:3]:
                if not prior.group(0)[:1].isupper() or prior.end() + 1 < start:
                    break
                start = prior.start()
            span = (base + start, base + owner.end() - 2)
            break
        if not (word.islower() and word.replace("-", "").isalpha()) or low in _DETERMINERS:
            return None
    else:
        return None
    if window[span[1] - base : noun.start()].count(",") or _STOPS.search(
        window[span[1] - base : noun.start()]
    ):
        return None
    return Attribution(span, (base + noun.start(), base + noun.end()))


def _relative_frame(
    lex: Lexicon, text: str, s_start: int, base: int, window: str
) -> Attribution | None:
    """``Kim compared the mayor to a coach who is "..."``: the relative clause of the
    verb's second object ends in the fragment."""
    rel = _RELATIVE_END.search(window)
    if rel is None:
        return None
    head = window[: rel.start()]
    link = list(re.finditer(r"\b(?:as|to)\s+(?:(?:a|an|the)\s+)?", head))
    if not link:
        return None
    noun_part = head[link[-1].end() :]
    if _STOPS.search(noun_part) or len(_WORD.findall(noun_part)) > 8:
        return None
    verb = _last_verb(head[: link[-1].start()], _LIKEN_VERBS)
    if verb is None:
        return None
    gap = head[verb.end() : link[-1].start()]
    if _STOPS.search(gap) or _clause_in(gap) or len(_WORD.findall(gap)) > 6:
        return None
    if _STOPS.search(window[rel.start() :]) or _clause_in(window[rel.start() + 4 :]):
        return None
    return _attribution(lex, text, s_start, base, window, verb)


def _frame_after(lex: Lexicon, text: str, quote_end: int, s_end: int) -> bool:
    """A word of saying a few words after the fragment and its comma: its own frame."""
    end = min(s_end, quote_end + 50)
    if not lex.cue.found_in(text, quote_end, end):
        return False
    cue = lex.cue.finditer(text, quote_end, end)[0]
    return len(_WORD.findall(text[quote_end : cue.start()])) <= 4


def _last_verb(stretch: str, verbs: frozenset[str]) -> re.Match[str] | None:
    found = None
    for m in re.finditer(r"[a-z]+", stretch):
        if m.group(0) in verbs:
            found = m
    return found


def _clause_in(stretch: str) -> bool:
    return any(w.lower() in _CLAUSE_WORDS for w in _WORD.findall(stretch))


def _attribution(
    lex: Lexicon, text: str, s_start: int, base: int, window: str, verb: re.Match[str]
) -> Attribution | None:
    """The verb's subject right before it, when it may speak, as the attribution."""
    prev = _WORD.findall(window[: verb.start()])
    progressive = verb.group(0).endswith("ing") and prev and prev[-1].lower() in _BE
    if prev and not progressive and prev[-1].lower() in _PASSIVE | _DETERMINERS:
        return None  # "was rated as", "to describe", "the claims that": no one speaks
    if verb.group(0).endswith("ing") and not progressive:
        return None  # "by announcing that": a participle, its subject elsewhere
    at = base + verb.start()
    np = np_before(lex, text, max(s_start, base), at)
    if np is None:
        return None
    phrase = text[np[0] : np[1]]
    first = phrase.split()[0] if phrase.split() else ""
    low = first.lower()
    if low in _NOT_SPEAKERS or low in ("i", "we", "you"):
        return None
    if not (low in lex.pronouns or first[:1].isupper()):
        return None
    head = re.split(r"\s(?:of|on|at|in|from|for|with|by)\s", phrase)[0]
    if not person_subject(lex, head):
        return None  # "A memo on the site states ...": a thing, not a speaker
    return Attribution(np, (at, base + verb.end()))
