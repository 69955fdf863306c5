"""German: a written source that "says" what is quoted.

German reports what a document says with ``es heißt`` ("it is called") or
``steht`` ("stands") and a place: ``In dem Schreiben heißt es: „…“``, ``So heißt es
in dem Schreiben wörtlich: „…“``, ``Die Behörde gab eine Stellungnahme ab. Darin
steht: „…“``, ``…, in denen es heißt, dass …``. The document is the source:

- ``In X heißt es`` / ``heißt es in X`` / ``steht in X``: X;
- ``Darin`` / ``Dort`` / ``Hierin`` ``heißt es`` / ``steht``: the last document named in
  the sentence before (``eine Stellungnahme``);
- ``X, in dem es heißt``: the noun phrase before the comma.

Positions are code points of ``Article.text``.
"""

from __future__ import annotations

import re

from .frames_de import noun_phrase_at, phrase_ending_at, quoted_de
from .lexicon import Lexicon

__all__ = ["written_report", "written_source"]

Span = tuple[int, int]

_VERB = r"\b(?:hei(?:ßt|ss?t|ß|ss)\s+es|steht|stand|stehen|standen)"
# "In X heißt es" / "So steht in X", at the opening of a clause.
_IN_FIRST = re.compile(r"\s*(?:[Ss]o\s+)?(?:[Ii]n|[Ii]m)\s+")
# "heißt es (wörtlich) in X": the place after the verb.
_IN_AFTER = re.compile(_VERB + r"(?:\s+(?:[a-zäöüß]+))?\s+(?:in|im)\s+")
# "Darin heißt es" / "Dort steht": the document of the sentence before.
_THERE = re.compile(r"\b(?:[Dd]arin|[Dd]ort|[Hh]ierin)\s+" + _VERB + r"\b")
# ", in dem es heißt" / ", in der es ... heißt": the phrase before the comma.
_RELATIVE = re.compile(
    r",\s*(?:in|im)\s+(?:dem|der|denen|welchem|welcher)\s+(?:es\s+)?(?:[^,.;:]{0,60}?\s)?"
    r"(?:hei(?:ßt|ss?t|ß|ss)|steht|stand)\b"
)
_PARTICLE = re.compile(r"\s+(?:auf|an|ab|aus|ein|vor|zurück|hervor|dar|fest|bei)$")
# Nouns (and ends of compounds) for written things that can say something.
_DOCUMENTS = (
    "stellungnahme", "erklärung", "schreiben", "brief", "bericht", "mitteilung", "papier",
    "dokument", "urteil", "studie", "memorandum", "entwurf", "antrag", "vertrag", "beschluss",
    "resolution", "artikel", "kommentar", "aufruf", "begründung", "protokoll", "gutachten",
    "analyse", "website", "webseite", "internetseite", "blog", "mail", "botschaft",
    "nachricht", "flugblatt", "programm", "manifest", "gesetz", "verordnung", "klageschrift",
    "anklageschrift", "petition", "text", "zeitung", "meldung", "medien", "brief",
)  # fmt: skip


def _verb_at(text: str, pos: int) -> bool:
    return re.match(r"\s*" + _VERB + r"\b", text[pos:]) is not None


def written_source(lex: Lexicon, text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """(source, cue) of a document that says what follows in ``[start, end)``."""
    masked = quoted_de(text, start, end)

    def free(pos: int) -> bool:
        return not any(a <= pos < b for a, b in masked)

    openings = [start] + [
        start + c.end() for c in re.finditer(r"[,;:]", text[start:end]) if free(start + c.start())
    ]
    for pos in openings:
        m = _IN_FIRST.match(text, pos, end)
        if m is None:
            continue
        np = noun_phrase_at(lex, text, m.end(), end)
        if np is not None and _document(text[np[0] : np[1]]) and _verb_at(text, np[1]):
            verb = re.match(r"\s*(\S+)", text[np[1] :])
            assert verb is not None
            return np, (np[1] + verb.start(1), np[1] + verb.end(1))
    for m in _IN_AFTER.finditer(text, start, end):
        if not free(m.start()):
            continue
        np = noun_phrase_at(lex, text, m.end(), end)
        if np is not None and _document(text[np[0] : np[1]]):  # not "steht in Berlin"
            return np, (m.start(), m.start() + len(m.group(0).split()[0]))
    for m in _THERE.finditer(text, start, end):
        if not free(m.start()):
            continue
        np = _last_document(lex, text, start)
        if np is not None:
            return np, m.span()
    for m in _RELATIVE.finditer(text, start, end):
        if not free(m.start()):
            continue
        before = m.start()
        particle = _PARTICLE.search(text, max(start, before - 12), before)
        if particle is not None:
            before = particle.start()  # "griff den Tenor der Medien auf, in denen"
        np = phrase_ending_at(lex, text, max(start, before - 120), before)
        if np is not None and _document(text[np[0] : np[1]].split()[-1]):
            return np, (m.end() - len(m.group(0).split()[-1]), m.end())
    return None


def written_report(lex: Lexicon, text: str, start: int, end: int) -> tuple[Span, Span, int] | None:
    """(source, cue, content start) of reported speech of a document in the sentence
    ``[start, end)``: the content follows the comma or colon after the frame (``In dem
    Papier heißt es, die Regeln hätten sich bewährt``); a frame with ``nicht`` reports
    nothing (``In dem Papier steht nicht, wer ...``)."""
    found = written_source(lex, text, start, end)
    if found is None:
        return None
    rest = max(found[0][1], found[1][1])
    lead = re.match(r"[^,.;:\"\u201e\u201c]{0,60}?[,:]\s*(?:dass\s+)?", text[rest:end])
    if lead is None or re.search(r"\b(?:nicht|nichts)\b", lead.group(0)):
        return None
    return found[0], found[1], rest + lead.end()


def _document(phrase: str) -> bool:
    words = re.findall(r"[\w\-]+", phrase.lower())
    # plurals too: "Zeitungen", "Briefe", "Berichten"
    return any(
        w.endswith(_DOCUMENTS) or w[:-1].endswith(_DOCUMENTS) or w[:-2].endswith(_DOCUMENTS)
        for w in words
    )


def _last_document(lex: Lexicon, text: str, start: int) -> Span | None:
    """The last document named in the sentence before ``start`` (in its paragraph)."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start].rstrip()
    ends = [m.end() for m in re.finditer(r"[.!?]\s", head[:-1])]
    s = line + (ends[-1] if ends else 0)
    found: Span | None = None
    for m in re.finditer(r"\b[\w\-]+\b", text[s:start]):
        word = m.group(0)
        if not word[:1].isupper() or not _document(word):
            continue
        np = phrase_ending_at(lex, text, s, s + m.end())
        if np is not None:
            longer = noun_phrase_at(lex, text, np[0], start)
            found = longer if longer is not None and longer[1] >= np[1] else np
    return found
