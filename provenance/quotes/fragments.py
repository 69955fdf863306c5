"""The source of a quoted fragment that a verb of speech or judgement governs.

News style quotes a speaker's own words as the object or complement of a verb
in the writer's sentence: ``Ryan on Tuesday called the remarks "racist"``,
``Cruz urged Republicans to "vote your conscience"``, ``Hollande denounced the
plan as "hurtful"``. The fragment is the subject's: the verb's subject (time
phrases and adverbs between them skipped) is its source. Only a verb in a
finite, active form counts: ``a box labeled "..."`` and ``is known as "..."``
name a thing and quote no one.

A verb of stance counts with "as" right before the quote (``defended the deputy as a
"..."``, ``rejected the idea as "..."``), the progressive of a verb of the lists after a
form of "be" (``is promising "..."``, ``has been pounding him as a "..."``), and the
subject may stand before ``, who`` (``Lee, who dismissed it as "..."``). A name in
quotation marks that a verb of naming gives with its own object is no title
(:func:`given_name`).
"""

from __future__ import annotations

import re

from .frames import CLOSED_RELATIVE, Attribution
from .lexicon import Lexicon
from .name_calling import (
    NAMING_VERBS,
    main_subject,
    naming_object,
    person_subject,
    relative_before,
    relative_naming,
    relative_speaker_noun,
    relative_start,
)
from .np_around import np_before
from .phrase_words import ISSUING, MONTHS, WEEKDAY

# Verbs that take someone's words as their object or complement, in finite forms.
_VERBS = frozenset(
    """
    called calls described describes referred refers likened likens compared compares
    dubbed dubs labeled labelled labels branded brands termed terms denounced denounces
    condemned condemns praised praises hailed hails lauded lauds mocked mocks blasted blasts
    criticized criticised criticizes criticises slammed slams decried decries derided derides
    dismissed dismisses characterized characterised characterizes portrayed portrays touted
    touts urged urges exhorted exhorts vowed vows promised promises pledged pledges warned
    warns proclaimed proclaims referenced references accused accuses demanded demands
    declared declares predicted predicts insisted insists welcomed welcomes invoked invokes
    lamented laments bemoaned bemoans ridiculed ridicules chided chides castigated castigates
    scolded scolds pronounced pronounces identified identifies cited cites advocated
    advocates assured assures credited credits attacked attacks assailed assails ripped rips
    lambasted lambastes excoriated excoriates berated berates chastised chastises rebuked
    rebukes skewered skewers bashed bashes faulted faults proposed proposes voiced voices
    """.split()  # noqa: SIM905
)

# Verbs of saying that take a "that" clause: the fragment may stand inside it.
_SAYING = frozenset(
    """
    said says told tells wrote writes warned warns insisted insists declared declares
    predicted predicts promised vowed pledged assured assures argued
    argues claimed noted added adds suggested suggests conceded concedes
    acknowledged acknowledges complained complains stressed stresses explained explains
    contended contends maintained maintains asserted asserts
    """.split()  # noqa: SIM905
)
# Verbs of finding: someone's words only in the "that" clause right after them ("Dell and
# Ross found in 2014 that the harbour police is \"the best\"").
_FINDING = frozenset("found finds concluded concludes".split())  # noqa: SIM905
_THAT_SOON = re.compile(r"(?:[ \t\xa0]+[\w,]+){0,3}?[ \t\xa0]+that[ \t\xa0]")
# The same verbs after a verb that takes an infinitive ("continued to portray").
_BASE = frozenset(
    """
    call describe refer liken compare dub label brand term denounce condemn praise hail
    laud mock blast criticize criticise slam decry deride dismiss characterize portray tout
    urge exhort vow promise pledge warn proclaim accuse demand declare predict insist
    welcome invoke lament ridicule scold identify cite advocate rip lambaste excoriate berate
    chastise rebuke skewer bash fault
    """.split()  # noqa: SIM905
)
# Verbs that take words as a characterisation only with "as" right before the quote:
# ``Lee defended the deputy as a "very decent man"``, ``rejected the idea as "..."``.
_AS_VERBS = frozenset(
    """
    defended defends rejected rejects attacked attacks assailed assails painted paints
    cast casts framed frames pitched pitches billed bills presented presents pounded
    pounds ridiculed ridicules dismissed dismisses
    """.split()  # noqa: SIM905
)
_AS_BASE = frozenset("defend reject attack assail paint cast frame pitch present pound".split())  # noqa: SIM905
_AS_QUOTE = re.compile(
    r"(?<!\bwell\s)(?<!\bsuch\s)(?<!\blong\s)(?<!\bsoon\s)(?<!\bsame\s)(?<!\bmuch\s)"
    r"\bas\s+(?:being\s+)?(?:(?:a|an|the)\s+)?$"
)
# "Lee met the crew": a name, a lower-case word and a determiner, a verb and its object
_VERB_AND_OBJECT = re.compile(
    r"\b[A-Z][\w.\u2019'\-]*\s+(?!(?:of|for|at|in|on|to|and|from|with)\b)[a-z]+\s+"
    r"(?:the|a|an|his|her|its|their|this|that|these|those)\b"
)
_PROGRESSIVE_AUX = frozenset(["is", "are", "was", "were", "been"])
_CATENATIVE = frozenset(
    [
        "continued",
        "continues",
        "began",
        "begins",
        "went",
        "goes",
        "tried",
        "tries",
        "sought",
        "seeks",
        "appeared",
        "appears",
        "proceeded",
    ]
)
# No clause of its own between the verb and the fragment.
_CLAUSE_WORDS = frozenset(
    """
    that which who whom whose because while when where if although though after before
    since but until unless whether
    """.split()  # noqa: SIM905
)
_PASSIVE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
_MONTH = r"(?:" + MONTHS + r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)"
# A time phrase right before the verb: "on Tuesday", "last week", "in 2012", "in May".
_TIME_BEFORE = re.compile(
    r"(?:,?\s+(?:on\s+" + WEEKDAY + r"|(?:last|this|next|earlier\s+this)\s+(?:week|month|year|"
    r"night|spring|summer|fall|autumn|winter|" + WEEKDAY + r")|in\s+(?:\d{4}|" + _MONTH + r")"
    r"|earlier|later|again|also|once|then|now|even|yet|still|often)),?\s*$"
)
_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb'
# Written words put out, right before an -ing verb ("released a statement Thursday night
# condemning"): the one who put them out speaks through them.
_ISSUED_WRITING = re.compile(
    r"\s+" + ISSUING + r"\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?"
    r"(?:statement|letter|tweet|post|release|message)"
    r"(?:\s+(?:on\s+)?(?:" + WEEKDAY + r"|today|yesterday|late|early|earlier)"
    r"(?:\s+(?:night|morning|afternoon|evening|" + WEEKDAY + r"))?)?\s+$"
)


def fragment_source(lex: Lexicon, text: str, s_start: int, quote_start: int) -> Attribution | None:
    """The attribution of a quoted fragment at ``quote_start``, governed by the
    nearest verb of speech or judgement before it in its sentence, or None."""
    window = text[s_start:quote_start]
    verb = None
    as_quote = (  # (the window must end in one of the pattern's last words and a space)
        window[-1:].isspace()
        and window.rstrip().endswith(("as", "being", "a", "an", "the"))
        and _AS_QUOTE.search(window) is not None
    )
    for m in re.finditer(r"[a-z]+", window):
        word = m.group(0)
        if _noun_reading(window, m):
            continue
        if (
            word in _VERBS
            or word in _SAYING
            or (word in _FINDING and _THAT_SOON.match(window, m.end()) is not None)
            or (word in _BASE and _after_catenative(window, m.start()))
            or (as_quote and word in _AS_VERBS)
            or (word.endswith("ing") and _progressive(window, m, as_quote))
            or (word.endswith("ing") and _issuing(window, m))
        ):
            verb = m
    if verb is None:
        return None
    gap = window[verb.end() :]
    if any(c in gap for c in _MARKS + ";:()") or "''" in gap:
        return None
    words = re.findall(r"[\w\u2019'\-]+", gap)
    clause = [w.lower() for w in words if w.lower() in _CLAUSE_WORDS]
    if verb.group(0) in _SAYING | _FINDING and clause == ["that"]:
        # "Lee warned voters that the plan was \"...\"": her words, reported
        clause = []
        words = words[[w.lower() for w in words].index("that") + 1 :]
    if len(words) > (12 if as_quote else 8) or clause:
        return None  # (a longer object before "as": "dismissed criticism of ... as \"...\"")
    if words and words[-1].lower() in ("and", "or", "nor"):
        return None
    if re.search(r",\s+(?:and|but|or|so|yet)\b", gap):
        return None  # ", and the ...": a clause of its own
    if "," in gap and CLOSED_RELATIVE.search(window, max(0, verb.start() - 70), verb.start()):
        return None  # "the workers, whom Lee referred to in a speech, were "..."": not hers
    before = window[: verb.start()]
    prev = re.findall(r"[\w\u2019'\-]+", before)
    if verb.group(0) in _BASE:
        # "Trump continued to portray": the subject stands before the first verb
        while prev and (prev[-1].lower() in ("to", "on") or prev[-1].lower() in _CATENATIVE):
            cut = before.rstrip()
            before = cut[: len(cut) - len(prev.pop())]
    progressive = verb.group(0).endswith("ing")
    issued = _ISSUED_WRITING.search(before) if progressive else None
    if issued is not None:
        before = before[: issued.start()]  # "Lee released a statement condemning": Lee
        prev = re.findall(r"[\w\u2019'\-]+", before)
    if progressive:
        # "has been steadily pounding": the subject stands before the auxiliaries
        while prev and (prev[-1].lower() in ("been", "being") or _adverb_ly(prev[-1])):
            cut = before.rstrip()
            before = cut[: len(cut) - len(prev.pop())]
    if (
        prev
        and verb.group(0) not in _BASE
        and not progressive
        and (prev[-1].lower() in _PASSIVE or prev[-1].lower() == "to")
    ):
        return None  # "is known as", "a way to describe": no one speaks
    end = s_start + len(before.rstrip())
    while True:
        when = _TIME_BEFORE.search(text, s_start, end)
        if when is None or when.start() <= s_start:
            break
        end = when.start()
    np = np_before(lex, text, s_start, end)
    relative = relative_start(text, s_start, end) if np is None else None
    if relative is not None:
        # "what several lawmakers called", "which critics have dubbed": the clause's
        # subject, a noun for people who speak
        np = np_before(lex, text, relative, end)
        if np is None or not relative_speaker_noun(lex, text, s_start, np):
            return None
    if np is None and prev and prev[-1].lower() == "who":
        # "the plan drew fire from Lee, who dismissed it as \"...\"": the one the
        # relative clause is about, right before its comma
        cut = before.rstrip()
        cut = cut[: len(cut) - 3].rstrip()
        if cut.endswith(","):
            comma = s_start + len(cut) - 1
            np = np_before(lex, text, s_start, comma)
            if np is not None and (
                text[np[1] : comma].strip()
                or not person_subject(lex, text[np[0] : np[1]])
                or _VERB_AND_OBJECT.search(text, np[0], np[1])
            ):
                np = None  # the phrase right before the comma, a speaker
    if np is None and prev and prev[-1].lower() == "and":
        # "Cruz knocked Rubio on trade and called him a \"...\"": the first verb's subject
        cut = before.rstrip()
        np = main_subject(lex, text, s_start, s_start + len(cut) - 3)
    if np is None:
        return None
    phrase = text[np[0] : np[1]]
    first = phrase.split()[0] if phrase.split() else ""
    if not (first[:1].isupper() or first.lower() in lex.pronouns or relative is not None):
        return None  # "the plan called ...": a thing, not a speaker
    if first.lower() in ("it", "this", "that", "these", "those", "there"):
        return None
    word = verb.group(0)
    if (progressive or word in _AS_VERBS) and not person_subject(lex, phrase):
        return None  # "The plan is promising ...": a thing's, not a speaker's
    return Attribution(np, (s_start + verb.start(), s_start + verb.end()))


def _adverb_ly(word: str) -> bool:
    return word.islower() and len(word) > 4 and word.endswith("ly")


def given_name(lex: Lexicon, text: str, s_start: int, quote_start: int) -> bool:
    """The quoted name at ``quote_start`` is given by a speaker: ``Lee called the mayor
    "Little Bob"``, ``the club, which Lee called "..."``; not ``a film called "..."``."""
    window = text[max(s_start, quote_start - 120) : quote_start]
    words = re.findall(r"[a-z]+", window)
    if not any(w in NAMING_VERBS or w in ("referred", "refers") for w in words):
        return False  # the cheap test: no verb of naming near
    opening = re.search(r"\w", text[quote_start : quote_start + 6])
    if words and words[-1] in lex.work_nouns and opening and opening.group(0).isupper():
        return False  # "called his new book \"Big ...\"": a work's title
    if relative_naming(lex, text, s_start, quote_start) is not None:
        return True
    found = fragment_source(lex, text, s_start, quote_start)
    if found is None or found.cue is None or found.speaker is None:
        return False
    titled = opening is not None and opening.group(0).isupper()
    if titled and any(
        w in lex.work_nouns for w in re.findall(r"[a-z]+", text[found.cue[1] : quote_start])
    ):
        return False  # "referred to his book as \"The ...\"": a work's title
    if text[found.speaker[0] : found.speaker[1]].lower() in ("he", "she", "they"):
        # "a campaign he calls \"...\"": a pronoun's clause right before the name
        return not text[found.cue[1] : quote_start].strip() or naming_object(
            text, s_start, quote_start, found.cue
        )
    return naming_object(text, s_start, quote_start, found.cue) or relative_before(
        text, s_start, found.speaker[0]
    )


def _progressive(window: str, m: re.Match[str], as_quote: bool) -> bool:
    """``is promising "..."``, ``has been pounding him as a "..."``: the -ing form of a
    verb of the lists after a form of "be" is a finite verb."""
    stem = m.group(0)[:-3]
    forms = (stem, stem + "e", stem[:-1])
    base = _BASE | _AS_BASE if as_quote else _BASE
    if not any(f in base for f in forms):
        return False
    prev = re.findall(r"[a-z]+", window[max(0, m.start() - 30) : m.start()].lower())
    while prev and prev[-1].endswith("ly"):
        prev.pop()  # "has been steadily pounding"
    return bool(prev) and prev[-1] in _PROGRESSIVE_AUX


def _issuing(window: str, m: re.Match[str]) -> bool:
    """``released a statement condemning "..."``: the -ing form of a verb of the lists
    right after written words someone put out."""
    stem = m.group(0)[:-3]
    if not any(f in _BASE for f in (stem, stem + "e", stem[:-1])):
        return False
    return _ISSUED_WRITING.search(window, 0, m.start()) is not None


def _after_catenative(window: str, at: int) -> bool:
    """``continued to portray``, ``went on to call``: the base form after ``to``."""
    words = re.findall(r"[a-z]+", window[max(0, at - 30) : at].lower())
    if len(words) < 2 or words[-1] != "to":
        return False
    lead = words[-3] if words[-2] == "on" and len(words) > 2 else words[-2]
    return lead in _CATENATIVE


_SUBJECT_WORDS = frozenset("he she it who which also often now still then again".split())  # noqa: SIM905


def _noun_reading(window: str, m: re.Match[str]) -> bool:
    """``Republican claims``, ``his calls``: an -s form after a word that is not its
    subject (a name, a pronoun or an adverb) is a plural noun."""
    if not m.group(0).endswith("s") or m.group(0).endswith("ss"):
        return False
    prev = re.findall(r"[\w\u2019'\-]+", window[max(0, m.start() - 40) : m.start()])
    if not prev:
        return False
    word = prev[-1]
    if word.lower() in _SUBJECT_WORDS or (word.islower() and word.endswith("ly")):
        return False
    if word[:1].isupper():
        # "of Republican claims": a capitalised word after a preposition is a modifier
        lead = prev[-2].lower() if len(prev) > 1 else ""
        return word.lower() in _DETERMINERS or lead in _DETERMINERS or lead in _PREPOSITIONS
    return True


_DETERMINERS = frozenset("his her its their the a an our my your this that these those".split())  # noqa: SIM905
_PREPOSITIONS = frozenset("of for by in on to with from about against at".split())  # noqa: SIM905


_BOUND_PRONOUNS = frozenset(["he", "she", "they"])
_PARTICLES = frozenset("of about against on at out over for with to from".split())  # noqa: SIM905


def outer_speaker(lex: Lexicon, text: str, s_start: int, said: Attribution) -> Attribution | None:
    """``The president denounced what he called the "..." vision``: the pronoun of ``what
    he called`` is the clause's own subject, the speaker to name (None when the frame is
    no such clause)."""
    if said.speaker is None or said.cue is None:
        return None
    a, b = said.speaker
    if text[a:b].lower() not in _BOUND_PRONOUNS or said.cue[0] < b:
        return None
    lead = re.search(r"\bwhat\s+$", text[max(s_start, a - 8) : a], re.IGNORECASE)
    if lead is None:
        return None
    what = a - (len(text[max(s_start, a - 8) : a]) - lead.start())
    before = list(re.finditer(r"[\w\u2019'\-]+", text[s_start:what]))
    if before and before[-1].group(0).lower() in _PARTICLES:
        before = before[:-1]  # "check out what", "railed against what"
    if not before:
        return None
    verb = before[-1]
    word = verb.group(0)
    if not (word.islower() and word.endswith("ed")):
        return None  # a verb in the past ("protests against what they call": a noun)
    np = np_before(lex, text, s_start, s_start + verb.start())
    if np is None or not text[np[0] : np[1]][:1].isupper():
        return None
    if text[np[0] : np[1]].lower() in lex.pronouns:
        return None
    return Attribution(np, said.cue)
