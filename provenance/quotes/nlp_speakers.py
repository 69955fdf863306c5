"""Reading a speaker off a spaCy parse of one paragraph (for :mod:`provenance.quotes.nlp`).

spaCy's objects are typed ``Any`` here: the extra is optional and untyped.
Offsets in and out are code points of ``Article.text``.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "Parsed",
    "according_to",
    "is_vetoed",
    "might_be_state_body",
    "speaker_of",
    "state_body",
]

Span = tuple[int, int]
Hit = tuple[Span, Span]  # (speaker mention, cue)

_QUOTE_CHARS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
# Entity types that are not anyone who speaks.
_NOT_SPEAKERS = frozenset(
    """LAW EVENT DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL LANGUAGE""".split()  # noqa: SIM905
)
_WORKS = frozenset(["WORK_OF_ART"])
_THINGS = frozenset(["it", "its", "they", "their", "them"])
_SPEAKERS = frozenset(["PERSON", "ORG", "NORP", "GPE"])
# What ends a subject phrase after its head: a clause about it, an aside.
_CLAUSE_DEPS = frozenset(["relcl", "acl", "advcl", "parataxis", "appos"])
_ASIDE_MARKS = frozenset([",", ";", ":", "(", ")", "\u2014", "\u2013", "--"])
# Bodies of a state: with a country's name or people before them, they name themselves.
_STATE_BODIES = frozenset(
    """government ministry department embassy army navy military police parliament cabinet
    presidency administration""".split()  # noqa: SIM905
)
_PLACES = frozenset(["GPE", "NORP"])
_NOMINAL = ("NN", "PRP")
_WRITER = frozenset(
    ["i", "we", "my", "our", "me", "us"]
)  # tag prefixes of a subject that can be a speaker


@attrs.frozen
class Parsed:
    """A parsed paragraph and where it starts in the article text."""

    doc: Any
    offset: int

    def at(self, token: Any) -> int:
        return self.offset + int(token.idx)

    def end(self, token: Any) -> int:
        return self.offset + int(token.idx) + len(token.text)


def speaker_of(parsed: Parsed, region: Span, lex: Any) -> Hit | None:
    """The subject of the reporting verb that governs the quote at ``region`` in its
    sentence (or opens the sentence right after it), with that verb as the cue."""
    qs, qe = region
    text = parsed.doc.text
    best: tuple[int, Hit] | None = None
    for sent, follows in _sentences(parsed, region):
        for tok in sent:
            at = parsed.at(tok)
            if qs <= at < qe or not tok.tag_.startswith("VB"):
                continue
            word = tok.text
            if not (lex.cue.is_cue_word(word) or lex.indirect_cue.is_cue_word(word)):
                continue
            if tok.dep_ in ("relcl", "acl"):
                continue  # "what it calls ...": naming, in a clause about something else
            if not follows and not _governs(parsed, tok, region):
                continue
            between = text[min(at, qe) - parsed.offset : max(at, qs) - parsed.offset]
            if at >= qe and _QUOTE_CHARS & set(between[1:]):
                continue  # another quote stands between
            subject = _subject(tok)
            if subject is None:
                continue
            phrase = _phrase(parsed, subject, region)
            if phrase is None:
                continue
            distance = at - qe if at >= qe else qs - at
            if best is None or distance < best[0]:
                best = (distance, (phrase, (at, parsed.end(tok))))
    return best[1] if best else None


def according_to(parsed: Parsed, region: Span) -> Hit | None:
    """``according to X`` in the quote's sentence, outside the quote: X."""
    qs, qe = region
    for sent, follows in _sentences(parsed, region):
        if follows:
            continue
        for tok in sent:
            if tok.lower_ != "according" or qs <= parsed.at(tok) < qe:
                continue
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if to is None or obj is None:
                continue
            phrase = _phrase(parsed, obj, region)
            if phrase is not None:
                return phrase, (parsed.at(tok), parsed.end(to))
    return None


def is_vetoed(parsed: Parsed, span: Span, mention: str) -> str | None:
    """The entity type that says the words at ``span`` name no speaker, if any.
    ``mention`` is what was resolved to them: a work (a treaty, a report, a song) can
    be what "it" or "they" stand for, never "he" or "she" (the small model calls
    some people's names works)."""
    labels = [
        tok.ent_type_
        for tok in parsed.doc
        if span[0] <= parsed.at(tok) < span[1] and tok.text[:1].isalnum()
    ]
    if not labels or _SPEAKERS & set(labels):
        return None
    kinds = _NOT_SPEAKERS | (_WORKS if mention.lower() in _THINGS else frozenset())
    vetoed = [label for label in labels if label in kinds]
    if len(vetoed) * 2 > len(labels):
        return str(vetoed[0])  # most of the words are a law, a work, a date, ...
    return None


def might_be_state_body(mention: str) -> bool:
    """A cheap test before any parse: several words, the last a body of a state."""
    words = mention.split()
    return len(words) > 1 and words[-1].lower() in _STATE_BODIES


def state_body(parsed: Parsed, span: Span) -> bool:
    """The words at ``span`` are a body of a state qualified by the state ("Russia's
    foreign ministry", "the French government"): its head, the last word, is such a
    body and a word before it is a country or its people."""
    words = [t for t in parsed.doc if span[0] <= parsed.at(t) < span[1] and not t.is_punct]
    if len(words) < 2 or words[-1].lower_ not in _STATE_BODIES:
        return False
    return any(t.ent_type_ in _PLACES for t in words[:-1])


# -- helpers -------------------------------------------------------------------------


def _sentences(parsed: Parsed, region: Span) -> list[tuple[Any, bool]]:
    """The sentences overlapping ``region`` (False), then the sentence that starts right
    after it (True)."""
    qs, qe = region
    out: list[tuple[Any, bool]] = []
    for sent in parsed.doc.sents:
        start = parsed.offset + int(sent.start_char)
        end = parsed.offset + int(sent.end_char)
        if start < qe and qs < end:
            out.append((sent, False))
        elif start >= qe:
            gap = parsed.doc.text[qe - parsed.offset : start - parsed.offset]
            if not gap.strip():
                out.append((sent, True))
            break
    return out


def _governs(parsed: Parsed, verb: Any, region: Span) -> bool:
    """The quote hangs on ``verb``: some word of it is in the verb's subtree, or the
    verb hangs on a word of the quote ("...," she said)."""
    qs, qe = region
    if qs <= parsed.at(verb.head) < qe:
        return True
    return any(qs <= parsed.at(t) < qe for t in verb.children if t.dep_ != "punct") or any(
        qs <= parsed.at(t) < qe and t.tag_.startswith("VB") for t in verb.subtree
    )


def _subject(verb: Any) -> Any | None:
    """The nominal subject of ``verb``, or of the verb it is coordinated with."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.tag_.startswith(_NOMINAL) else None
        if verb.dep_ not in ("conj", "xcomp") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _phrase(parsed: Parsed, head: Any, region: Span) -> Span | None:
    """The noun phrase of ``head``: from its left edge to the head and the words that
    belong to the name after it, stopping at a clause or aside about it."""
    qs, qe = region
    left = head.left_edge
    last = head
    for tok in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if tok.dep_ in _CLAUSE_DEPS or tok.tag_ in ("WP", "WDT", "WP$") or tok.text in _ASIDE_MARKS:
            break
        last = tok
    tokens = head.doc[left.i : last.i + 1]
    while len(tokens) and (tokens[0].is_punct or tokens[0].dep_ == "preconj"):
        tokens = tokens[1:]  # "Neither Warren nor ..."
    if not len(tokens) or tokens[0].lower_ in _WRITER:
        return None  # "my staff": the writer's own voice
    start, end = parsed.at(tokens[0]), parsed.end(tokens[-1])
    if start < qe and qs < end:
        return None  # the phrase reaches into the quote
    if any(
        ch in _QUOTE_CHARS for ch in parsed.doc.text[start - parsed.offset : end - parsed.offset]
    ):
        return None
    return start, end
