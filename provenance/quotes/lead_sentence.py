"""A sentence before a quote that names who gives it, with no verb of saying.

``His former partner at Lenox, Lawrence Cummings, called him a master at deals. "He
showed ..."`` and ``On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the
primaries, identified ... as one of the reasons. "The younger people ..."``: the quote
that follows in the same paragraph is the words of the subject of a verb of naming,
judging or praising. The subject is a person's phrase, or the name in its apposition.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .name_calling import person_subject
from .np_around import np_after

__all__ = ["judging_subject"]

# Verbs that judge or describe someone or something: what the subject goes on to say in
# quotation marks is the judgement's wording.
JUDGING_VERBS = frozenset(
    """
    called described identified praised criticized criticised compared accused blamed
    credited dismissed scolded lauded hailed thanked defended attacked slammed blasted
    mocked questioned rejected challenged likened characterized characterised portrayed
    denounced condemned welcomed applauded chided rebuked derided ridiculed
    """.split()  # noqa: SIM905
)
# "On "Face the Nation,"" / "In January," / "Speaking on Monday,": before the subject.
_OPENER = re.compile(
    r"(?:On|In|At|During|Speaking|Asked|After|Later|Earlier|Last|This)\b[^,.;]{0,80},"
    r"[\"\u201d\u2019']?\s+"
)
# After the subject's head: a short phrase of place ("at Lenox"), then an apposition or a
# relative clause between commas, then the verb.
_TAIL = re.compile(
    r"(?:\s+(?:at|of|for|in|from|with)\s+[A-Z][^,;:.\"\u201c]{0,40})?"
    r"(?:,\s+(?P<inner>[^,;:\"\u201c]{1,80}),)?"
    r"\s+(?:(?:also|then|later|once|repeatedly)\s+)?(?P<verb>[a-z]+)\b"
)
_NOT_SUBJECTS = frozenset("it this that these those there i we you".split())  # noqa: SIM905


def judging_subject(lex: Lexicon, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker of the sentence ``[start, end)`` when its main verb is one of naming,
    judging or praising and its subject is a person's phrase; else None."""
    if not any(w in JUDGING_VERBS for w in re.findall(r"[a-z]+", text[start:end])):
        return None  # the cheap gate: no such verb in the sentence
    opener = _OPENER.match(text, start, end)
    at = opener.end() if opener is not None else start
    np = np_after(lex, text, at, end)
    if np is None:
        return None
    tail = _TAIL.match(text, np[1], end)
    if tail is None or tail.group("verb") not in JUDGING_VERBS:
        return None
    speaker = np
    inner = tail.group("inner")
    if inner is not None and inner[:1].isupper():
        named = np_after(lex, text, tail.start("inner"), tail.end("inner"))
        if named is None or named[1] != tail.end("inner"):
            return None  # ", Lawrence B. Cummings,": an apposition that is a name, or none
        speaker = named
    bracket = text.find(" (", speaker[0], speaker[1])
    if bracket > speaker[0]:
        speaker = (speaker[0], bracket)  # "Sen. Bernie Sanders (Vt.)": the name only
    phrase = text[speaker[0] : speaker[1]]
    first = phrase.split()[0].lower() if phrase.split() else ""
    if first in _NOT_SUBJECTS or not person_subject(lex, phrase):
        return None
    if not (phrase[:1].isupper() or first in lex.pronouns):
        return None
    return speaker
