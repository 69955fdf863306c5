"""Resolving a speaker mention to the entity it names, with a confidence and evidence.

Rules over the article's own entity model (:mod:`provenance.quotes.entities`):

- a name is the entity whose fullest mention contains all its words
  ("Marzuk" -> "Musa Abu Marzuk"); "A and B" stays a joint speaker;
- a pronoun goes to the most salient earlier entity that agrees with it in
  gender and number (recent, the subject of its sentence, a recent speaker);
  when two candidates are about as salient it is left unresolved;
- a description goes to the entity the text gave that role, age or kind of
  organisation ("the 56-year-old", "Carlineo's attorney", "the company",
  "the ministry"); with no such entity it stands for itself, marked
  unresolved.

A wrong name is worse than none: weak evidence lowers the confidence and
says so in ``how``. Every resolution returns its *chain*: the code point
spans of the earlier mentions it went through, the last of which holds the
resolved name's words (see :mod:`provenance.quotes.evidence`).
"""

from __future__ import annotations

import re

import attrs

from .entities import Entity, EntityModel
from .evidence import mention_kind, name_words
from .lexicon import Lexicon, for_language

__all__ = ["Resolution", "Resolver"]

_WORD = re.compile(r"[\w\u2019'\-.]+")
Span = tuple[int, int]
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we"}


@attrs.frozen
class Resolution:
    """Who a mention names: the name, a confidence, how, and the chain of earlier mentions."""

    name: str | None
    confidence: float
    how: str
    chain: tuple[Span, ...] = ()


class Resolver:
    def __init__(self, text: str, lexicon: Lexicon | None = None) -> None:
        self.text = text
        self.lex = lexicon or for_language(None, text)
        self._model: EntityModel | None = None
        self.speakers: list[tuple[Span, Entity | None, Resolution]] = []

    @property
    def model(self) -> EntityModel:
        """The article's entities, read the first time a mention is resolved."""
        if self._model is None:
            self._model = EntityModel(self.text, self.lex)
        return self._model

    def note_speaker(self, mention: Span, resolution: Resolution) -> None:
        target = resolution.chain[-1] if resolution.chain else mention
        self.speakers.append((mention, self.model.entity_at(target), resolution))

    # -- the chain ---------------------------------------------------------------

    def _name_of(self, ent: Entity, mention: Span, how: str, confidence: float) -> Resolution:
        """``ent`` as the resolution of ``mention``: through its latest earlier mention
        (for a pronoun or description) to its fullest mention."""
        text = self.text
        kind = mention_kind(text[mention[0] : mention[1]])
        chain: list[Span] = []
        if kind != "name":
            near = self.model.last_mention_before(ent, mention[0])
            if near is None:
                return Resolution(None, 0.2, f"{how}, unresolved")
            chain.append(near)
            canon = ent.canonical
            near_words = set(name_words(text[near[0] : near[1]]).split())
            if near != canon and near_words <= set(name_words(text[canon[0] : canon[1]]).split()):
                chain.append(canon)
        else:
            canon = ent.canonical
            own = set(name_words(text[mention[0] : mention[1]]).split())
            if own <= set(name_words(text[canon[0] : canon[1]]).split()) and canon != mention:
                chain.append(canon)
        last = chain[-1] if chain else mention
        name = name_words(text[last[0] : last[1]]) or None
        return Resolution(name, confidence, how, tuple(chain))

    # -- resolving ---------------------------------------------------------------

    def resolve(self, mention: str, pos: int) -> Resolution:
        """Resolve ``mention`` (the words at code point ``pos``)."""
        span = (pos, pos + len(mention))
        words = _WORD.findall(mention)
        if not words:
            return Resolution(None, 0.0, "none")
        low = [w.lower() for w in words]
        if len(words) == 1 and (low[0] in self.lex.pronouns or low[0] in _POSSESSIVE_PRONOUNS):
            return self._pronoun(_POSSESSIVE_PRONOUNS.get(low[0], low[0]), span)
        if re.search(r"\s(?:and|und|&)\s", mention):
            return Resolution(" ".join(mention.split()), 0.85, "joint")
        kind = mention_kind(mention)
        if kind == "name":
            return self._name(mention, span)
        possessor = re.match(r"([A-Z][\w\-]+)[\u2019']s\s+\w", mention)
        if possessor and not re.search(r"\b(?:attorney|lawyer|spokes\w+|wife|husband)\b", mention):
            # "Smith's campaign" speaks for itself; "Carlineo's attorney" is a role.
            pass
        return self._description(mention, span, low)

    def _name(self, mention: str, span: Span) -> Resolution:
        clean = name_words(mention)
        if not clean:
            return Resolution(None, 0.2, "unresolved")
        ent = self.model.entity_at(span)
        if ent is None:
            ent = self._entity_with_words(set(w.lower() for w in clean.split()), span[0])
        if ent is not None:
            res = self._name_of(ent, span, "name", 0.9)
            if res.name and res.name != clean and len(clean.split()) == 1:
                return attrs.evolve(res, how="surname")
            if res.name:
                return res
        return Resolution(clean, 0.85 if " " in clean else 0.7, "name")

    def _entity_with_words(self, words: set[str], pos: int) -> Entity | None:
        found = [e for e in self.model.entities if words <= e.words and e.kind != "group"]
        if not found:
            return None
        earlier = [e for e in found if e.mentions and e.mentions[0][0] < pos]
        pool = earlier or found
        return max(pool, key=lambda e: max((m[0] for m in e.mentions if m[0] < pos), default=-1))

    def _candidates(
        self, pos: int, window: int = 6, same_sentence: bool = True
    ) -> list[tuple[float, Entity]]:
        """Entities mentioned in the last ``window`` sentences, with a salience score
        (``same_sentence=False``: not counting mentions in the sentence of ``pos``)."""
        model = self.model
        here = model.sentence_index(pos)
        recent = {
            id(e): i for i, (s, e, _) in enumerate(self.speakers) if e is not None and s[0] < pos
        }
        latest_speaker = max(recent.values(), default=-1)
        lowest = model.sentence_starts[max(0, here - window)]
        limit = pos if same_sentence else model.sentence_starts[here]
        last_seen: dict[int, tuple[int, Entity]] = {}
        for start, ent in model.mentions_between(lowest, limit):
            last_seen[id(ent)] = (start, ent)  # in text order: the latest mention wins
        out = []
        for start, ent in last_seen.values():
            distance = here - model.sentence_index(start)
            score = 1.0 / (1 + distance)
            if start in ent.subject_mentions:
                score += 0.35
            if id(ent) in recent:
                score += 0.6 if recent[id(ent)] == latest_speaker else 0.15
            out.append((score, ent))
        out.sort(key=lambda x: -x[0])
        return out

    def _pronoun(self, pronoun: str, span: Span) -> Resolution:
        gender, number = self.lex.pronoun_features.get(pronoun, ("", ""))
        if number == "self":
            return Resolution(None, 0.2, "pronoun, unresolved")
        agreeing: list[tuple[float, Entity]] = []
        # A reporting clause's pronoun ("..., he added") does not point into the
        # reported words of its own sentence.
        for score, ent in self._candidates(span[0], same_sentence=False):
            if number == "pl":
                if ent.kind not in ("group", "organisation"):
                    continue
                if ent.kind == "organisation":
                    score -= 0.2
            elif gender in ("m", "f"):
                if ent.kind not in ("person", "unknown") or (ent.gender and ent.gender != gender):
                    continue
                if not ent.gender:
                    score -= 0.3 if ent.kind == "unknown" else 0.15
            elif gender == "n":
                if ent.kind != "organisation":
                    continue
            elif ent.kind not in ("person", "unknown", "organisation"):
                continue
            agreeing.append((score, ent))
        agreeing.sort(key=lambda x: -x[0])
        if not agreeing:
            return Resolution(None, 0.2, "pronoun, unresolved")
        best_score, best = agreeing[0]
        if len(agreeing) > 1 and best_score - agreeing[1][0] < 0.12:
            return Resolution(None, 0.3, "pronoun, unresolved (ambiguous)")
        confidence = 0.8 if best.gender or number == "pl" else 0.6
        return self._name_of(best, span, "pronoun", confidence)

    def _description(self, mention: str, span: Span, low: list[str]) -> Resolution:
        lex = self.lex
        text_words = [w.strip(",.") for w in low]
        head = re.sub(r"[\u2019']s$", "", text_words[-1])
        possessors = {w[:-2] for w in text_words[:-1] if w.endswith(("\u2019s", "'s"))}
        age = re.search(r"(\d{1,3})-year-old", mention)
        pool = self._candidates(span[0], window=12)
        match: Entity | None = None
        for _, ent in sorted(
            pool, key=lambda x: -max(m[0] for m in x[1].mentions if m[0] < span[0])
        ):
            if ent.kind == "group":
                continue
            if age:
                if ent.age == age.group(1):
                    match = ent
                    break
                continue
            if head in ent.roles and (not possessors or possessors & ent.possessors):
                match = ent
                break
            kinds = [k for k, nouns in lex.org_kinds.items() if head in nouns]
            if ent.kind == "organisation" and (
                head == ent.last_word or any(k in ent.roles for k in kinds)
            ):
                match = ent
                break
        if match is not None:
            return self._name_of(match, span, "description", 0.75)
        for s, _, res in reversed(self.speakers):
            said = self.text[s[0] : s[1]]
            if s[0] < span[0] and said.lower().split()[-1:] == [head]:
                # The same description as an earlier speaker: one source, still unnamed.
                how = res.how if "unresolved" not in res.how else "description, unresolved"
                chain = (s, *res.chain)
                last = self.text[chain[-1][0] : chain[-1][1]]
                return Resolution(name_words(last) or None, min(res.confidence, 0.5), how, chain)
        return Resolution(" ".join(mention.split()), 0.4, "description, unresolved")
