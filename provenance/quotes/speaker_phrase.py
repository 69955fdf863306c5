"""A speaker phrase checked before it is resolved: what of it can be someone.

A frame may take in words that are no part of who spoke, or take a phrase
that can name no one at all:

- a time after the speaker ("the top court last week", "the ministry on
  Monday") is when, not who: it is left off;
- a participle that opens a reduced relative clause ("the letter signed by
  seven doctors" cut after "signed") is left off with it;
- a phrase whose head is an abstract noun or an adjective ("some reason",
  "a key part of the plan", "the exact") names no speaker: none is offered;
- the one told ("the singer told the audience, \"...\"") is spoken to, never
  the speaker;
- a description with a name in apposition after it ("Sweden's chief
  prosecutor, Eva Lind, said") takes the name in: the whole subject is the
  speaker phrase, and the name it holds is its evidence.

English only; positions are code points.
"""

from __future__ import annotations

import re

from .entities import EntityModel
from .evidence import mention_kind
from .lang.names import FEMALE, MALE
from .lexicon import PRONOUNS
from .phrase_words import DOCUMENT_PARTICIPLES, IDENTIFIED_AS, ISSUING, NP_STOP, TRAIL_DROP

__all__ = ["addressee", "apposed_end", "speaker_span"]

Span = tuple[int, int]

_WORD = re.compile(r"[\w\u2019'\-.]+")
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_TIME_TAIL = re.compile(
    r"[ \t\xa0,]+(?:(?:last|this|next|earlier\s+this|late\s+last|early\s+this)[ \t\xa0]+"
    r"(?:week|weekend|month|year|night|morning|evening|spring|summer|fall|autumn|winter|"
    + _DAYS.replace(" ", "|")
    + r")|(?:on[ \t\xa0]+)?(?:"
    + _DAYS.replace(" ", "|")
    + r")|yesterday|today|tonight)$",
    re.IGNORECASE,
)
_UNITS = r"(?:second|minute|hour|day|week|weekend|month|year|decade|night|morning|evening)s?"
_ONLY_A_TIME = re.compile(
    r"(?i:(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|almost\s+|just\s+|only\s+)?"
    r"(?:a|an|a\s+few|several|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|many)\s+"
    + _UNITS
    + r"\s+ago|(?:last|this|next|earlier\s+this|late\s+last|early\s+this)\s+"
    + _UNITS
    + r")"
)
# A phrase that runs on through the verb that put out the written words.
_ISSUED_WRITING = re.compile(
    r"\s+(?:" + ISSUING + r"|sent)\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w\u2019'-]+\s+){0,2}"
    r"(?:statement|letter|release|post|tweet|e-?mail|note|memo|video|ad)s?$",
    re.IGNORECASE,
)
# A participle left at the end of a phrase, its time already cut ("a poll released").
_SURVEYS = frozenset("poll survey study report analysis review".split())  # noqa: SIM905
_PUT_OUT = re.compile(r"[ \t\xa0]+(?:released|published|conducted)$")
_YEAR_FIRST = re.compile(r"(?:1[89]|20)\d\d[ \t\xa0]+(?=[A-Z])")
# What a time leaves behind it ("a poll out this week", "Late last month").
_LEFT_OVER = frozenset("out released published conducted issued just".split())  # noqa: SIM905
_TIME_WORDS = frozenset("late early earlier later".split())  # noqa: SIM905
# Heads that are no one: abstract nouns and adjectives left without their noun.
_NO_ONE = frozenset(
    """
    reason reasons way ways fact facts moment point thing things matter sense idea part
    kind sort lot bit rest recent exact same latest entire whole very such
    """.split()  # noqa: SIM905
)
_OPENERS = frozenset("the a an some any this that one".split())  # noqa: SIM905
# Participles that open a reduced relative clause after a noun ("signed by").
_PARTICIPLE = re.compile(
    r"(?:signed|abandoned|published|released|issued|written|sent|posted|obtained|seen|"
    r"reviewed|filed|shared|cited|quoted|made|led|run|owned|based|conducted)$"
)
_PREPOSITIONS = frozenset("of for at in on from with by about".split())  # noqa: SIM905


def speaker_span(text: str, span: Span) -> Span | None:
    """The part of the speaker phrase at ``span`` that can name someone; None when
    none of it can."""
    start, end = span
    phrase = text[start:end]
    if _ONLY_A_TIME.fullmatch(phrase):
        return None  # "Six months ago", "Last month": when, no one
    issued = _ISSUED_WRITING.search(phrase)
    if issued is not None and issued.start() > 0:
        end = start + issued.start()  # "the campaign issued a statement saying": who issued it
        aside = re.search(r"\s*\([^()]*\)$", text[start:end])  # "McConnell (R-Ky.)"
        if aside is not None and aside.start() > 0:
            end = start + aside.start()
        phrase = text[start:end]
    left = _PUT_OUT.search(phrase)
    before = phrase[: left.start()].split()[-2:] if left is not None else []
    named = bool(before) and before[-1][:1].isupper()
    if named and len(before) == 2 and not before[0][:1].isupper():
        named = before[0].lower() in _OPENERS  # "a Gallup Poll", not "the memo Acme"
    if left is not None and before and (named or before[-1] in _SURVEYS):
        # (but "the document he released", "a fact sheet lawmakers released": a relative
        # clause, and the document is who)
        end = start + left.start()  # "A Gallup poll released said": the poll
        phrase = text[start:end]
    year = _YEAR_FIRST.match(phrase)
    if year is not None:
        start += year.end()  # "in 2017 America says": the year is no part of the name
        phrase = text[start:end]
    tail = _TIME_TAIL.search(phrase)
    if tail is not None and tail.start() > 0:
        # "the court last week", "a poll out this week", "Roe (D-Ohio) last month"
        end = start + tail.start()
        words: list[re.Match[str]] = []
        last = ""
        while True:
            words = list(_WORD.finditer(text[start:end]))
            last = words[-1].group().lower() if words else ""
            if len(words) > 1 and (last in TRAIL_DROP or last in _LEFT_OVER):
                end = start + words[-1].start()
                end = start + len(text[start:end].rstrip())
                continue
            break
        aside = re.search(r"\s*\([^()]*\)$", text[start:end])
        if aside is not None and aside.start() > 0:
            end = start + aside.start()
        if len(words) <= 1 and last in _TIME_WORDS:
            return None  # "Late last month": a time, no one
    phrase = text[start:end]
    words = list(_WORD.finditer(phrase))
    if (
        len(words) >= 3
        and _PARTICIPLE.fullmatch(words[-1].group().lower())
        and words[-2].group()[:1].islower()
        and words[-2].group().lower() not in _OPENERS
        and words[-2].group().lower() not in PRONOUNS
        and not words[-2].group().lower().endswith("s")
    ):  # "the letter signed": the noun before the participle is the head
        end = start + words[-2].end()
        words = words[:-1]
    if not words:
        return (start, end)
    low = [w.group().lower() for w in words]
    cut = next((i for i, w in enumerate(low) if i and w in _PREPOSITIONS), len(low))
    head = low[cut - 1]
    named = words[-1].group()[:1].isupper()  # "the kind of campaign Ayotte": a name ends it
    if low[0] in _OPENERS and head in _NO_ONE and not named:
        return None
    return (start, end)


# Lower-case words after a one-word name that leave the name the head of its phrase.
_NOT_HEAD_NOUN = NP_STOP | frozenset(
    """
    nor since until though although under being shall again now still already alone itself
    himself herself themselves later earlier first last recently previously repeatedly even
    just only once
    """.split()  # noqa: SIM905
)
_NEXT_WORD = re.compile(r"[ \t\xa0]([a-z]+)\b")


def modifier_only(text: str, mention: Span, cue: Span | None) -> bool:
    """The phrase is one capitalised word that qualifies a noun after it: an adjective
    ("Republican politicians and their allies ... arguing", "Political observers say")
    or a name before a plural of people ("Sanders supporters have called for"). A
    fragment of the speaker phrase, which names no one by itself."""
    word = text[mention[0] : mention[1]]
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    m = _NEXT_WORD.match(text, mention[1])
    if m is None or (cue is not None and m.start(1) == cue[0]):
        return False
    nxt, low = m.group(1), word.lower()
    if nxt in _PEOPLE_PLURALS:
        return True
    adjective = low.endswith(_ADJECTIVE_ENDINGS) and low not in FEMALE and low not in MALE
    return adjective and nxt not in _NOT_HEAD_NOUN and not nxt.endswith(("ly", "ed"))


# How adjectives of a party, a nation or a field end ("Democratic", "Syrian", "Political").
_ADJECTIVE_ENDINGS = ("ic", "ican", "ian", "al", "ese", "ish")
# Plurals of people around a person, whom the person's name qualifies ("Trump supporters",
# "Clinton aides"): they are not that person. ("NASA officials" speak for NASA: not here.)
_PEOPLE_PLURALS = frozenset(
    """
    supporters aides advisers allies loyalists backers donors opponents critics voters
    lawyers attorneys
    """.split()  # noqa: SIM905
)


# Writings no person is apposed to ("an FBI summary of its inquiry, Jane Roe,").
_WRITINGS = frozenset(
    """summary statement letter memo filing document complaint transcript release record
    records documents book article""".split()  # noqa: SIM905
)
_COMMA = re.compile(r",[ \t\xa0]*")
_TITLE_LEAD = re.compile(r"(?:(?:state|former|then)[ \xa0]+)?(?:[A-Z][a-z]{1,4}\.[ \xa0]+)?")
# An office written out before a name ("Agriculture Secretary", "Deputy Foreign Minister").
_OFFICE_LEAD = re.compile(
    r"(?:[A-Z][a-z]+[ \xa0]+){0,3}(?:Secretary|Minister|Director|Chairman|Chairwoman|"
    r"Commissioner|Governor|Mayor|Senator|Ambassador|Adviser|Advisor|Spokesman|Spokeswoman)"
    r"[ \xa0]+(?=[A-Z])"
)
_CLOSE = re.compile(r"[ \t\xa0]*(?:,|\u2014|\u2013|--|\()")


def apposed_end(model: EntityModel, span: Span, things: frozenset[str]) -> int | None:
    """Where a name set off by commas right after the description at ``span`` ends
    ("the deputy prosecutor, Eva Lind, said"), or None when no name follows so or the
    description is of a thing (``things``: "an FBI summary of its inquiry, Jane Roe,")."""
    text = model.text
    if mention_kind(text[span[0] : span[1]]) != "description":  # (and "The Ohio Democrat")
        return None
    low = [w.lower() for w in _WORD.findall(text[span[0] : span[1]])]
    cut = next((i for i, w in enumerate(low) if i and w in _PREPOSITIONS), len(low))
    if low[cut - 1] in things or low[cut - 1] in _WRITINGS:
        return _maker_set_off(model, span[1])
    gap = _COMMA.match(text, span[1])
    if gap is None:
        return None
    named_as = IDENTIFIED_AS.match(text, gap.end())
    start = named_as.end() if named_as is not None else gap.end()
    title = _TITLE_LEAD.match(text, start)  # "his niece, state Del. Marcia Price,"
    at = title.end() if title is not None else start
    ent = model.entity_starting_at(at)
    office = _OFFICE_LEAD.match(text, start) if ent is None else None
    if office is not None:  # "another ally, Agriculture Secretary Dan Vell,"
        at = office.end()
        ent = model.entity_starting_at(at)
    if ent is None or ent.kind == "group":
        return None
    end = next(e for s, e in ent.mentions if s == at)
    named = text[at:end]
    if mention_kind(named) != "name" or (" " not in named.strip() and ent.kind != "person"):
        return None
    if _CLOSE.match(text, end):
        return end
    # "Another pollster, Dan Quill of Norland University, said": the name, then its body
    of = _OF_BODY.match(text, end) if ent.kind == "person" else None
    return end if of is not None and _closed_name(model, of.end(), "person") is not None else None


_OF_BODY = re.compile(r"[ \t\xa0]+(?:of|at|from)[ \t\xa0]+(?:the[ \t\xa0]+)?")


# A document's makers set off after it ("The survey, conducted by the Vell Institute,").
_MADE_BY = re.compile(
    r",[ \t\xa0]+(?:carried[ \t\xa0]+out|"
    + "|".join(sorted(DOCUMENT_PARTICIPLES))
    + r")[ \t\xa0]+by"
    r"[ \t\xa0]+(?:the[ \t\xa0]+)?"
)


def _maker_set_off(model: EntityModel, end: int) -> int | None:
    """Where the name of a document's makers, set off by commas right after the
    document at ``end``, ends; None when no such name follows."""
    made = _MADE_BY.match(model.text, end)
    return _closed_name(model, made.end(), "group") if made is not None else None


def _closed_name(model: EntityModel, at: int, refused: str) -> int | None:
    """Where the name starting at ``at`` ends, when an entity of another kind than
    ``refused`` starts there and a comma, a dash or a bracket closes it; else None."""
    ent = model.entity_starting_at(at)
    if ent is None or ent.kind == refused:
        return None
    stop = next(e for s, e in ent.mentions if s == at)
    return stop if _CLOSE.match(model.text, stop) else None


_TOLD = frozenset(["told", "tells", "tell", "telling"])


def addressee(text: str, cue: Span, speaker: Span) -> bool:
    """The speaker phrase is the object right after "told": the one spoken to."""
    told = text[cue[0] : cue[1]].lower() in _TOLD
    return told and speaker[0] >= cue[1] and not text[cue[1] : speaker[0]].strip()
