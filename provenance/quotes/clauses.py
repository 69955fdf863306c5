"""Reports in relative and coordinate clauses, and passives with no agent (English):

- ``what the senators said was ...``, ``which he said were ...``, ``an architect who
  said ...``, ``many of whom say ...``;
- ``X is expected to ...``, ``X was accused of ...``, ``it was reported that ...``: an
  attribution with no source named, as PolNeAR counts them;
- a second report inside reported content, after a clause boundary (``..., but he said
  ...``, ``..., arguing that ...``, ``..., but analysts agreed ...``);
- a participle of saying after a frame that ends its sentence's first report (``...,"
  Lee said, adding that ...``): the same speaker's second report.

Code points of ``Article.text``; used by :mod:`reported` and the sentence loop.
"""

from __future__ import annotations

import re

from .frames import Attribution
from .lexicon import Lexicon

__all__ = [
    "BOUNDARY",
    "OBJECT_PHRASE",
    "THAT_LEAD",
    "clause_end",
    "next_clause",
    "participle_after",
    "passive_report",
    "relative_frame",
]

_CAPITALISED_NP = r"[A-Z][\w.\u2019'\-]+(?:\s+[A-Z][\w.\u2019'\-]+){0,2}"

# The one told, after "told" ("told reporters", "told police", "told her husband", "told
# the court"); a subject pronoun after it starts what was told ("told the court she ...").
_NOT_OBJECT = (
    r"(?!(?:on|in|at|that|the|he|she|they|it|we|i|you|there|to|for|with|and|or|but"
    r"|if|as|by|from|not)\b)"
)
OBJECT_PHRASE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|my|your)\s+" + _NOT_OBJECT + r"[\w\-]+"
    r"(?:\s+" + _NOT_OBJECT + r"[\w\-]+)?"
    r"|(?:him|her|them|us|me|you|reporters|journalists|lawmakers|investors|supporters|police"
    r"|investigators|detectives|officers|officials|prosecutors|authorities|analysts|voters"
    r"|colleagues|friends|residents|employees|staff|students|parents|members)(?![\w\-])"
    r"|[A-Z][\w.\u2019'\-]*(?:\s+[A-Z][\w.\u2019'\-]*){0,3}(?:[\u2019']s\s+[\w\-]+(?:\s+[\w\-]+)?)?)"
    r"(?:\s+(?:on|in|at)\s+[\w\-]+)?"
)
THAT_LEAD = re.compile(r"\s*(?:,\s*)?(?:that|dass|:)?\s*", re.IGNORECASE)


def relative_frame(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """A report in a relative clause: ``what the senators said was ...``, ``which he said
    were ...`` (the content is the clause, relative word included) and ``an architect who
    said he was ...`` (the content follows the cue; the speaker is the relative word)."""
    if lex.code != "en":
        return None
    chunk = text[s:e]
    if "wh" not in chunk and "Wh" not in chunk and "that" not in chunk:
        return None  # no relative word: the searches below would find nothing
    m = _WHAT_SAID.search(text, s, e) if "wh" in chunk or "Wh" in chunk else None
    if m is not None and not re.match(r"\s+about\b[^.;!?]*:\s*$", text[m.end() : e]):
        end = clause_end(text, m.end(), e)
        if len(re.findall(r"\w+", text[m.end() : end])) >= 1:
            speaker = (m.start("np"), m.end("np"))
            return Attribution(speaker, (m.start("cue"), m.end("cue"))), m.start(), end
    said = "said" in chunk or "say" in chunk or "claim" in chunk or "argue" in chunk
    m = _THAT_SAID.search(text, s, e) if said else None  # (its cue words, told first)
    if m is not None:  # "a charity that prosecutors said was ...": the gap is the subject
        end = clause_end(text, m.end(), e)
        if len(re.findall(r"\w+", text[m.end() : end])) >= 3:
            speaker = (m.start("np"), m.end("np"))
            return Attribution(speaker, (m.start("cue"), m.end("cue"))), m.start(), end
    m = _WHO_SAID.search(text, s, e) if "who" in chunk else None
    if m is not None:
        start = m.end()
        if m.group("cue") in ("told", "tells"):
            obj = OBJECT_PHRASE.match(text, start, e)
            start = obj.end() if obj else start
        lead = THAT_LEAD.match(text, start, e)
        start = lead.end() if lead else start
        end = clause_end(text, start, e)
        if len(re.findall(r"\w+", text[start:end])) >= 3:
            speaker = (m.start("np"), m.end("np"))
            return Attribution(speaker, (m.start("cue"), m.end("cue"))), start, end
    return None


_WHAT_SAID = re.compile(
    r"\b(?:what|which)\s+(?P<np>he|she|they|(?:the|his|her|their)\s+[a-z]+|"
    + _CAPITALISED_NP
    + r")"
    r"\s+(?:also\s+|later\s+|once\s+)?(?P<cue>said|says|say|called|calls|claimed|claims|"
    r"described|describes)\b"
)
# "that prosecutors said was", "which officials say will": a relative clause whose
# relative word is the subject of what was said (a finite verb follows the cue at once).
_THAT_SAID = re.compile(
    r"\b(?:that|which)\s+(?P<np>(?:(?:many|some|most|several|other|the|his|her|their)\s+)?"
    r"[a-z]+s|he|she|they|" + _CAPITALISED_NP + r")"
    r"\s+(?:have\s+|has\s+|had\s+)?(?P<cue>said|says|say|claimed|claims|argued|argue)"
    r"\s+(?=(?:is|was|were|are|had|has|have|will|would|could|can|may|might|should|did|does)\b)"
)
_WHO_SAID = re.compile(
    r"\b(?P<np>who|(?:many|some|most|all|one|several|two|three)\s+of\s+whom)"
    r"\s+(?:(?:also|later|then|had|has|have)\s+)?"
    r"(?P<cue>said|says|say|told|tells|argued|argues|warned|warns|insisted|insists|claimed|"
    r"claims|believed|believes|noted|notes)\b"
)


def passive_report(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """``X is expected to ...``, ``X was accused of ...``, ``it was reported that ...``: an
    attribution with no source named (PolNeAR counts them); the content is the clause."""
    if lex.code != "en":
        return None
    chunk = text[s:e]
    if not any(hint in chunk for hint in _PASSIVE_HINTS):
        return None  # none of the participles below: no search needed
    m = _PASSIVE.search(text, s, e)
    if m is None:
        return None
    cue = (m.start("cue"), m.end("cue"))
    if m.group("rel") == "that" and re.fullmatch(r"\s*it\s+", text[s : m.start()], re.IGNORECASE):
        return Attribution(None, cue), m.end(), clause_end(text, m.end(), e)
    cuts = list(BOUNDARY.finditer(text, s, m.start()))
    start = cuts[-1].end() if cuts else s
    opener = _CLAUSE_OPENER.match(text, start, m.start())
    start = opener.end() if opener else start
    subject = re.findall(r"[\w\u2019'\-]+", text[start : m.start()])
    if not 1 <= len(subject) <= 10 or subject[0].lower() in ("i", "we", "you"):
        return None
    if text.startswith("by ", m.end()) or _BY.search(text, m.end(), clause_end(text, m.end(), e)):
        return None  # an agent: the sentence rules name it
    return Attribution(None, cue), start, clause_end(text, m.end(), e)


def clause_end(text: str, start: int, end: int) -> int:
    cut = BOUNDARY.search(text, start, end)
    return cut.start() if cut else end


_PASSIVE_HINTS = ("accused", "criticis", "criticiz", "believed", "thought",
                  "reported", "alleged", "rumo", "said", "considered")  # fmt: skip
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:not\s+)?(?:\w+ly\s+)?"
    r"(?P<cue>accused|criticized|criticised|believed|thought|reported|alleged|"
    r"rumou?red|said|considered)\s+(?P<rel>to|of|for|that|a|an)\b"
)
_BY = re.compile(r"\sby\s+(?:the\s+)?[A-Z]")
_CLAUSE_OPENER = re.compile(
    r"(?:and|but|although|though|while|because|since|as|so|yet|whereas)\s+", re.IGNORECASE
)


# Plural nouns for people who may speak in a second clause: "..., but analysts agreed".
_PEOPLE_NOUNS = frozenset(
    """
    analysts experts officials critics lawmakers democrats republicans aides advisers
    economists researchers scientists observers opponents supporters voters residents
    prosecutors lawyers attorneys investigators activists leaders officers police
    """.split()  # noqa: SIM905
)


def next_clause(
    text: str, c0: int, c1: int
) -> tuple[int, tuple[int, int], tuple[int, int] | None, int] | None:
    """A second report inside reported content ``[c0, c1)``, after a clause boundary:
    another speaker (``..., but he said ...``, ``... — and Lee noted that ...``) or the
    same one going on (``..., arguing that ...``, ``..., citing a study``). Gives (end of
    the first content, the second cue, its speaker or None for the same one, its
    content's start)."""
    for m in _NEXT_CLAUSE.finditer(text, c0, c1):
        cut = m.start()
        first = text[c0:cut]
        if len(re.findall(r"\w+", first)) < 3 or _open_quote(first):
            continue
        start = m.end()
        words = re.findall(r"\w+", text[start:c1])
        if len(words) < 3 or words[0].lower() in ("nothing", "little", "no"):
            continue
        np = next((g for g in ("np", "np2", "np3") if m.group(g)), "np")
        speaker = (m.start(np), m.end(np)) if m.group(np) else None
        if np == "np3" and m.group("noun").lower() not in _PEOPLE_NOUNS:
            continue  # "..., but prices rose": no one speaks
        if speaker is None and not m.group("that") and m.group("cue2") != "citing":
            continue  # ", saying the ...": a participle without "that" may modify a noun
            # (but "..., citing a new study": what is cited is its object)
        if m.group("prep") and not m.group("that"):
            continue  # "... before claiming that B": a second report only with its clause
        cue = "cue" if m.group("cue") else "cue2"
        return cut, (m.start(cue), m.end(cue)), speaker, start
    return None


BOUNDARY = re.compile(r"(?:,|;|\s[\u2014\u2013]|\s--)\s+")


def _open_quote(piece: str) -> bool:
    """An odd number of double quotation marks: the boundary is inside a quote."""
    return (piece.count('"') + piece.count("\u201c") + piece.count("\u201d")) % 2 == 1 or (
        piece.count("\u201c") != piece.count("\u201d")
    )


_NEXT_CLAUSE = re.compile(
    r"(?:(?:"
    r"(?:,|;|\s[\u2014\u2013]|\s--)\s+(?:(?:and|but|though|although|while)\s+)?"
    r"(?P<np>he|she|they|" + _CAPITALISED_NP + r")"
    r"|\s+(?:and|but)\s+(?P<np2>" + _CAPITALISED_NP + r")"  # "... and Democrats accused"
    r"|(?:,|;)\s+(?:and|but|though|although|while)\s+(?P<np3>(?:the\s+|many\s+|some\s+)?"
    r"(?P<noun>[a-z]+s))"  # "..., but analysts agreed"
    r")"
    r"\s+(?:(?:also|later|then|again|quickly|is|was|are|were|has|have|had)\s+)?"
    r"(?P<cue>said|says|noted|notes|added|adds|argued|argues|insisted|insists|acknowledged|"
    r"conceded|warned|stressed|explained|maintained|countered|accused|criticized|blamed|"
    r"denied|denies|agreed|agree|promised|promising|vowed|pledged|predicted|replied|"
    r"responded|suggested|say)\b"
    r"|(?:,|;|\s[\u2014\u2013]|\s--|\s+(?P<prep>before|after))\s+"
    r"(?P<cue2>arguing|adding|saying|noting|insisting|claiming|warning|stressing|explaining|"
    r"citing)\b"
    r")(?P<that>\s+that\b)?\s*"
)


def participle_after(text: str, frame_end: int, end: int) -> tuple[tuple[int, int], int] | None:
    """``..., Lee said on Friday, adding that B.``: a participle of saying right after the
    frame that ends ``[frame_end, end)``, with a clause after it (``that`` or a subject
    pronoun). Gives the participle's span and where its content starts."""
    m = _PARTICIPLE_AFTER.match(text, frame_end, end)
    if m is None or len(re.findall(r"\w+", text[m.end() : end])) < 3:
        return None
    return (m.start("cue"), m.end("cue")), m.end()


# The frame's adjuncts ("at the time", "on Friday", "in an interview"), then the participle.
_PARTICIPLE_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|during|to|last|this|late|earlier)\b[^,;:.!?\"\u201c\u201d]{0,40}"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"
    r"\s*,\s+(?P<cue>adding|noting|arguing|insisting|warning|stressing|explaining|"
    r"acknowledging|saying)"
    r"(?:\s+that\s+|\s+(?=(?:he|she|they|we|it|there)\s+\w))"
)
