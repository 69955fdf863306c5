"""Resolving a speaker mention to the entity it names, with a confidence and evidence.

No coreference model installs offline, so this is a small rule set over the
article's own text:

- a full name is itself (or the longer form mentioned first: "Abu Marzuk"
  -> "Musa Abu Marzuk");
- a surname is the full name it ends ("Marzuk" -> "Musa Abu Marzuk");
- a pronoun is the most recent speaker before it (else the most recent
  name), with a lower confidence;
- a description ("the ministry", "the official") is the most recent earlier
  speaker or name sharing its head noun, else it stands for itself.

Every resolution returns its *chain*: the code point spans of the earlier
mentions it went through, the last of which holds the resolved name's words
(see :mod:`provenance.quotes.evidence`, which checks such chains).
"""

from __future__ import annotations

import re

import attrs

from .evidence import NOT_NAME_WORDS, name_words
from .lexicon import PRONOUNS

__all__ = ["Resolution", "Resolver"]

_NAME = re.compile(
    r"\b[A-Z][\w\u2019'\-]+(?:[^\S\n]+(?:(?:al|el|bin|ibn|de|da|van|von|der|del|la|le)[^\S\n]+)?"
    r"[A-Z][\w\u2019'\-]+){1,4}"
)
_WORD = re.compile(r"[\w\u2019'\-.]+")
Span = tuple[int, int]


@attrs.frozen
class Resolution:
    """Who a mention names: the name, a confidence, how, and the chain of earlier mentions."""

    name: str | None
    confidence: float
    how: str
    chain: tuple[Span, ...] = ()


def _name_span(text: str, start: int, end: int) -> Span | None:
    """The span of a name inside ``[start, end)``: leading non-name words and a
    trailing possessive dropped, as :func:`~provenance.quotes.evidence.name_words` does."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    while words and text[start + words[0][0] : start + words[0][1]] in NOT_NAME_WORDS:
        words = words[1:]
    if not words:
        return None
    s, e = start + words[0][0], start + words[-1][1]
    if re.search(r"[\u2019']s$", text[s:e]):
        e -= 2
    return (s, e) if e > s else None


class Resolver:
    def __init__(self, text: str) -> None:
        self.text = text
        self.names: list[tuple[Span, str]] = []
        for m in _NAME.finditer(text):
            span = _name_span(text, m.start(), m.end())
            if span is None:
                continue
            name = name_words(text[span[0] : span[1]])
            if len(name.split()) >= 2:
                self.names.append((span, name))
        self.speakers: list[tuple[Span, str, tuple[Span, ...]]] = []

    def note_speaker(self, mention: Span, resolution: Resolution) -> None:
        if resolution.name:
            self.speakers.append((mention, resolution.name, resolution.chain))

    def _full_name(self, words: list[str], pos: int) -> tuple[Span, str] | None:
        target = " ".join(words)
        for span, name in self.names:
            if span[0] > pos and self.speakers:
                break
            parts = name.split()
            if name != target and (
                name.endswith(" " + target) or (len(words) == 1 and words[0] in parts)
            ):
                return span, name
        return None

    def _via_speaker(self, mention: Span, name: str, chain: tuple[Span, ...]) -> tuple[Span, ...]:
        """The chain through an earlier speaker mention: that mention, then its own chain."""
        own = name_words(self.text[mention[0] : mention[1]])
        return (mention,) if own == name and not chain else (mention, *chain)

    def resolve(self, mention: str, pos: int) -> Resolution:
        """Resolve ``mention`` (the words at code point ``pos``)."""
        words = [w for w in _WORD.findall(mention) if w]
        if not words:
            return Resolution(None, 0.0, "none")
        low = [w.lower() for w in words]
        if len(words) == 1 and low[0] in PRONOUNS:
            earlier = [s for s in self.speakers if s[0][0] < pos]
            if earlier:
                span, name, chain = earlier[-1]
                return Resolution(name, 0.7, "pronoun", self._via_speaker(span, name, chain))
            names = [n for n in self.names if n[0][0] < pos]
            if names:
                span, name = names[-1]
                return Resolution(name, 0.5, "pronoun", (span,))
            return Resolution(None, 0.2, "pronoun, unresolved")
        capitals = [w for w in words if w[0].isupper()]
        if capitals and capitals == words:
            clean = name_words(mention)
            full = self._full_name(clean.split(), pos) if clean else None
            if full:
                how = "surname" if len(clean.split()) == 1 else "name"
                return Resolution(full[1], 0.9, how, (full[0],))
            if not clean:
                return Resolution(None, 0.2, "unresolved")
            return Resolution(clean, 0.85 if len(words) > 1 else 0.7, "name")
        # A description: the head noun is the last word.
        head = low[-1]
        for span, name, chain in reversed([s for s in self.speakers if s[0][0] < pos]):
            if head in name.lower():
                return Resolution(name, 0.6, "description", self._via_speaker(span, name, chain))
        for span, name in reversed([n for n in self.names if n[0][0] < pos]):
            if head in name.lower():
                return Resolution(name, 0.5, "description", (span,))
        return Resolution(name_words(mention) or mention, 0.5, "description")
