"""Attributions in an English headline, whose frames differ from a sentence's:

- ``Name: statement`` (``Poll: Clinton leads``; ``Obama on Climate: ...``), a label
  such as ``Analysis:`` or ``The Latest:`` excepted;
- ``Name Says Statement`` and ``Statement, Name Says`` in title case, where the
  capitalised verb reads as part of a name to the sentence rules.

Code points of ``Article.text``; the caller decides which paragraph is a headline.
"""

from __future__ import annotations

import re

from .frames import ON_TOPIC, Attribution, can_speak
from .lexicon import Lexicon

__all__ = ["headline_in", "looks_like_headline"]

_WORD = re.compile(r"[\w\u2019'.\-&]+")
# Labels before a colon that name a kind of article, not a speaker.
_LABELS = frozenset(
    """
    latest update updates updated watch live video videos photo photos gallery analysis
    opinion editorial review reviews exclusive breaking explainer factbox timeline interview
    podcast quiz recap preview correction corrections note listen read more related comment
    commentary perspective column letters letter q a the first today tonight week day part
    chapter episode round game quote quotes quoted recipe guide feature obituary
    """.split()  # noqa: SIM905
)
# Small words that may stand inside a title-case name ("Bank of America").
_NAME_JOINERS = frozenset(["of", "and", "de", "van", "von", "la", "le", "&"])
# Verbs a title-case headline reports with ("Graham Says", "Christie Calls X 'A Disgrace'").
_VERBS = frozenset(
    """
    say says said warn warns urge urges call calls vow vows pledge pledges promise promises
    rip rips slam slams blast blasts hammer hammers reveal reveals show shows claim claims
    insist insists deny denies admit admits predict predicts accuse accuses criticize
    criticizes praise praises defend defends endorse endorses reject rejects question
    questions demand demands ask asks tell tells explain explains argue argues suggest
    suggests confirm confirms announce announces agree agrees believe believes think thinks
    fear fears hope hopes want wants plan plans see sees seek seeks speak speaks
    """.split()  # noqa: SIM905
)
# Verb forms that are also plural nouns ("Tunnel Plans Face Vote"): a verb only when no
# verb follows them.
_NOUN_TOO = frozenset(
    "calls claims demands fears hopes plans pledges promises questions shows vows wants".split()  # noqa: SIM905
)
_NEXT_VERBS = frozenset(
    """
    is are was were will would could can may might must face faces hit hits get gets win
    wins fail fails stall stalls advance advances move moves draw draws spark sparks rise
    rises fall falls go goes come comes remain remains grow grows gain gains lose loses
    """.split()  # noqa: SIM905
)
_SMALL = frozenset(
    """
    a an the of and or to in on at for with by from as into over after before about is are
    was be but if vs
    """.split()  # noqa: SIM905
)


def looks_like_headline(text: str, start: int, end: int) -> bool:
    """A short line with no sentence inside it: a plain text's first line."""
    words = _WORD.findall(text, start, end)
    return 2 <= len(words) <= 20 and not re.search(r"[.!?]\s+\S", text[start:end].rstrip())


def headline_in(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """(attribution, content start, content end) of the headline ``[s, e)``, or None."""
    if lex.code != "en":
        return None
    return _colon(lex, text, s, e) or _title_verb(lex, text, s, e)


def _colon(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    m = re.compile(r"\s*([^:\n,;]{2,60}?)\s*:\s+(?=\S)").match(text, s, e)
    if m is None:
        return None
    head = m.group(1)
    topic = ON_TOPIC.search(head)  # "Obama on Climate Change: ..."
    name = head[: topic.start()] if topic else head
    words = _WORD.findall(name)
    if not 1 <= len(words) <= 4 or words[0].lower() in _LABELS:
        return None
    if any(w.lower() in _LABELS or w.lower() in _SMALL for w in words):
        return None  # "Stealth Over Health: ...": a phrase, not a name
    if not _capitalised(words):
        return None
    if len(_WORD.findall(text, m.end(), e)) < 3 or not can_speak(lex, name):
        return None
    if not _named_in_story(lex, text, e, words[-1]):
        return None  # "Bombshell: ...", "Paid Notice: ...": a label the story never names
    return Attribution((m.start(1), m.start(1) + len(name)), (m.end(1), m.end(1) + 1)), m.end(), e


def _named_in_story(lex: Lexicon, text: str, end: int, word: str) -> bool:
    """A headline's speaker is someone the story after it names (its last word, as
    written there), or a document or people that speak in headlines ("Poll: ...",
    "Officials Say ...")."""
    low = word.lower()
    if low in lex.document_nouns or low in lex.speaker_nouns:
        return True
    return re.compile(r"\b" + re.escape(word) + r"\b").search(text, end) is not None


def _capitalised(words: list[str]) -> bool:
    """Every word a capitalised one, or a joiner inside a name; none a small word."""
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words)


def _title_verb(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    found = list(_WORD.finditer(text, s, e))
    long_words = [m.group(0) for m in found if len(m.group(0)) > 3]
    if len(found) < 3 or sum(w[:1].isupper() for w in long_words) < 0.8 * len(long_words):
        return None  # not title case: the sentence rules read it
    for i, m in enumerate(found[1:], start=1):
        word = m.group(0).rstrip(".")
        if not word[:1].isupper() or word.lower() not in _VERBS:
            continue
        comma = max(text.rfind(",", s, m.start()), text.rfind(":", s, m.start()))
        first = next((j for j, w in enumerate(found) if w.start() > comma), 0) if comma >= 0 else 0
        np_words = [w.group(0) for w in found[first:i]]
        if not 1 <= len(np_words) <= 5 or not _capitalised(np_words):
            return None
        if any(w.lower() in _SMALL - _NAME_JOINERS for w in np_words):
            return None
        speaker = (found[first].start(), found[i - 1].end())
        if not can_speak(lex, text[speaker[0] : speaker[1]]):
            return None
        if not _named_in_story(lex, text, e, np_words[-1]):
            return None  # "Emails Reveal ...": no one the story speaks of
        cue = (m.start(), m.end())
        after = found[i + 1 :]
        if word.lower() in _NOUN_TOO and after and after[0].group(0).lower() in _NEXT_VERBS:
            return None  # "Tunnel Plans Face Vote": the plans are the subject
        if [w.group(0).lower() for w in after[:2]] in (["no", "to"], ["yes", "to"]):
            return None  # "Clinton Says No To Fox News": a refusal, no words reported
        if len(after) >= 2:
            return Attribution(speaker, cue), after[0].start(), e
        if comma >= 0 and not after and len(_WORD.findall(text, s, comma)) >= 3:
            return Attribution(speaker, cue), s, comma  # "Statement, Name Says."
        return None
    return None
