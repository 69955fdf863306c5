"""Resolving a speaker mention to the entity it names, with a confidence.

No coreference model installs offline, so this is a small rule set over the
article's own text:

- a full name is itself (or the longer form mentioned first: "Abu Marzuk"
  -> "Musa Abu Marzuk");
- a surname is the full name it ends ("Marzuk" -> "Musa Abu Marzuk");
- a pronoun is the most recent speaker before it (else the most recent
  name), with a lower confidence;
- a description ("the ministry", "the official") is the most recent earlier
  speaker or name sharing its head noun, else it stands for itself.
"""

from __future__ import annotations

import re

from .lexicon import PRONOUNS

__all__ = ["Resolver"]

_NAME = re.compile(
    r"\b[A-Z][\w\u2019'\-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|del|la|le)\s+)?"
    r"[A-Z][\w\u2019'\-]+){1,4}"
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "But",
        "And",
        "He",
        "She",
        "They",
        "It",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)


def _clean_name(raw: str) -> str:
    words = raw.split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    name = " ".join(words)
    return re.sub(r"[\u2019']s$", "", name)


class Resolver:
    def __init__(self, text: str) -> None:
        self.names: list[tuple[int, str]] = []
        for m in _NAME.finditer(text):
            name = _clean_name(m.group(0))
            if len(name.split()) >= 2:
                self.names.append((m.start(), name))
        self.speakers: list[tuple[int, str]] = []

    def note_speaker(self, name: str | None, pos: int) -> None:
        if name:
            self.speakers.append((pos, name))

    def _full_name(self, words: list[str], pos: int) -> str | None:
        target = " ".join(words)
        for start, name in self.names:
            if start > pos and self.speakers:
                break
            parts = name.split()
            if name != target and (
                name.endswith(" " + target) or (len(words) == 1 and words[0] in parts)
            ):
                return name
        return None

    def resolve(self, mention: str, pos: int) -> tuple[str | None, float, str]:
        """(resolved name, confidence 0-1, how it was resolved)."""
        words = [w for w in re.findall(r"[\w\u2019'\-.]+", mention) if w]
        if not words:
            return None, 0.0, "none"
        low = [w.lower() for w in words]
        if len(words) == 1 and low[0] in PRONOUNS:
            earlier = [n for p, n in self.speakers if p < pos]
            if earlier:
                return earlier[-1], 0.7, "pronoun"
            names = [n for p, n in self.names if p < pos]
            if names:
                return names[-1], 0.5, "pronoun"
            return None, 0.2, "pronoun, unresolved"
        capitals = [w for w in words if w[0].isupper()]
        if capitals and capitals == words:
            clean = _clean_name(" ".join(words))
            full = self._full_name(clean.split(), pos) if clean else None
            if full:
                return full, 0.9, "surname" if len(clean.split()) == 1 else "name"
            return clean or mention, 0.85 if len(words) > 1 else 0.7, "name"
        # A description: the head noun is the last word.
        head = low[-1]
        for _, name in reversed([(p, n) for p, n in self.speakers if p < pos]):
            if head in name.lower():
                return name, 0.6, "description"
        for _, name in reversed([(p, n) for p, n in self.names if p < pos]):
            if head in name.lower():
                return name, 0.5, "description"
        return mention, 0.5, "description"
