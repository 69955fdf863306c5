"""What every rule of the speaker resolver (:mod:`provenance.quotes.resolve`) shares.

- the article's entity model, read the first time a mention is resolved;
- the candidates for a mention: the entities mentioned in the sentences before it, with
  their salience (how recent, whether a subject, whether they spoke, the *focus*);
- whether a candidate agrees with a pronoun's gender and number, and the most salient
  person that does (or none, when two are about as salient);
- the chain from a mention to the name it resolves to, through the entity's latest
  earlier mention or the name a description holds.

Also what a resolution is (:class:`Resolution`) and what is asked for
(:class:`Request`). The rules for pronouns are in
:mod:`provenance.quotes.resolve_pronouns`, those for descriptions in
:mod:`provenance.quotes.resolve_descriptions`. Positions are code points.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from .entities import MAIN, Entity, EntityModel
from .evidence import mention_kind, name_words
from .lang.places import PLACES
from .lexicon import Lexicon, for_language
from .resolve_bodies import nouns_of_nouns

__all__ = ["Request", "Resolution", "ResolverBase"]

_WORD = re.compile(r"[\w\u2019'\-.]+")
Span = tuple[int, int]
_PREPOSITIONS = frozenset(
    """
    of at from with for in by on to about outside inside near across against among without
    im am vom zum zur aus bei beim mit von nach für über unter gegen
    """.split()  # noqa: SIM905
)
_WRITTEN = frozenset(
    ["statement", "letter", "release", "post", "tweet", "email", "note", "filing", "memo"]
)
_PARTICLES = frozenset(
    "de da di del della van von der den la le du dos bin ibn al ter ten".split()  # noqa: SIM905
)


def _is_name(text: str) -> bool:
    """Every word capitalised, but for name particles inside ("Monica de Bolle")."""
    if mention_kind(text) == "name":
        return True
    words = _WORD.findall(text)
    return (
        len(words) > 2
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and all(w[0].isupper() or w in _PARTICLES for w in words)
    )


_FOCUS = 0.4  # the entity most recently a main-clause subject or a speaker
_FOCUS_SPAN = 2  # sentences the focus lasts
_SPOKE = 0.15  # an entity that spoke in the window
_MARGIN = 0.12  # the lead the best candidate needs over the next
_LEAD = 0.4  # a lead that outweighs a later mention of someone who never spoke


# Before a name used as a modifier: a preposition or an article; after it, a noun.
_MODIFIER_LEAD = frozenset(
    "about on of for over with to from the a an its his her their our".split()  # noqa: SIM905
)
_NEXT_WORD = re.compile(r"[ \t\xa0]+([a-z][a-z\-]+)\b")
_NO_NOUN = frozenset(
    """and or but nor of in on at for to with who which that said says is was are were has
    had have will would could should may might can than as by from into told added""".split()  # noqa: SIM905
)
# Capitalised function words and verbs inside a run of capitals: a headline's words, no
# person's name ("Hale Closes The Door", "Why Votes Matter").
_HEADLINE_WORDS = re.compile(
    r"\s(?:The|A|An|Than|Is|Are|Was|Were|To|For|With|Lives|Matter|Matters|Closes|Says|Said"
    r"|Will|Can|Not|No|Our|Your|Their|Its|This|That)(?:\s|$)"
)


@attrs.frozen
class Resolution:
    """Who a mention names: the name, a confidence, how, and the chain of earlier mentions."""

    name: str | None
    confidence: float
    how: str
    chain: tuple[Span, ...] = ()


@attrs.frozen
class Request:
    """A speaker mention to resolve, with the quote's spans and the cue around it."""

    span: Span
    said: tuple[Span, ...] = ()
    cue: Span | None = None


class ResolverBase:
    """A resolver's state over one article, and what its rules share."""

    def __init__(
        self, text: str, lexicon: Lexicon | None = None, quoted: tuple[Span, ...] = ()
    ) -> None:
        self.text = text
        self.lex = lexicon or for_language(None, text)
        self.quoted = quoted
        self.asides: tuple[Span, ...] = ()  # pull quotes: outside the flow of the text
        self._model: EntityModel | None = None
        self.speakers: list[tuple[Span, Entity | None, Resolution]] = []

    @property
    def model(self) -> EntityModel:
        """The article's entities, read the first time a mention is resolved."""
        if self._model is None:
            self._model = EntityModel(self.text, self.lex, self.quoted, self.asides)
        return self._model

    # -- the chain ---------------------------------------------------------------

    def _name_of(self, ent: Entity, mention: Span, how: str, confidence: float) -> Resolution:
        """``ent`` as the resolution of ``mention``: through its latest earlier mention
        (for a pronoun or description) to its fullest mention."""
        text = self.text
        kind = mention_kind(text[mention[0] : mention[1]])
        chain: list[Span] = []
        if kind != "name" or how.startswith("description"):  # ("Both", capitalised)
            near = self.model.last_mention_before(ent, mention[0], spelled_out=True)
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

    def _candidates(
        self, pos: int, window: int = 6, same_sentence: bool = True
    ) -> list[tuple[float, Entity, int, int]]:
        """Entities mentioned in the last ``window`` sentences: (salience, entity, sentence
        of its latest focus event, sentence of its latest mention), best first
        (``same_sentence=False``: mentions in the sentence of ``pos`` left out)."""
        model = self.model
        here = model.sentence_index(pos)
        lowest = model.sentence_starts[max(0, here - window)]
        limit = pos if same_sentence else model.sentence_starts[here]
        best: dict[int, tuple[float, Entity]] = {}
        focus: dict[int, int] = {}
        seen: dict[int, int] = {}
        mentions = model.mentions_between(lowest, limit)
        # A subordinate clause's subject holds the focus only in a sentence whose main
        # subject is no person ("It begins with ..., as Rose-Lynn summons ...").
        main_person = {
            model.real_sentence(model.sentence_index(start))
            for start, ent, weight in mentions
            if weight >= MAIN
            and (ent.kind in ("person", "group") or (ent.kind == "unknown" and " " in ent.name))
        }  # (a name of two words or more, a main clause's subject: most likely a person)
        for start, ent, weight in mentions:
            sentence = model.sentence_index(start)
            seen[id(ent)] = sentence
            score = 1.0 / (1 + here - sentence) + weight
            if id(ent) not in best or score > best[id(ent)][0]:
                best[id(ent)] = (score, ent)
            if weight >= MAIN or (weight and model.real_sentence(sentence) not in main_person):
                focus[id(ent)] = sentence
        for s, spoke, _ in self.speakers:
            if spoke is not None and lowest <= s[0] < limit and id(spoke) in best:
                focus[id(spoke)] = max(focus.get(id(spoke), -1), model.sentence_index(s[0]))
                score, _ = best[id(spoke)]
                best[id(spoke)] = (score + _SPOKE, spoke)
        # The focus fades: two sentences on, it is no longer a reason of its own.
        out = [
            (score, ent, f if (f := focus.get(key, -1)) >= here - _FOCUS_SPAN else -1, seen[key])
            for key, (score, ent) in best.items()
        ]
        out.sort(key=lambda x: -x[0])
        return out

    def _modifier(self, ent: Entity) -> bool:
        """Each mention of ``ent`` follows a preposition or an article and comes before
        a lower-case noun it qualifies ("about Harbour Security reform")."""
        for s, e in ent.mentions:
            before = self.text[max(0, s - 20) : s].split()[-1:]
            after = _NEXT_WORD.match(self.text, e)
            if not before or before[0].lower() not in _MODIFIER_LEAD:
                return False
            if after is None or after.group(1) in _NO_NOUN:
                return False
        return True

    def _agrees(
        self, ent: Entity, gender: str, number: str, score: float, spoke: bool = False
    ) -> float | None:
        """``score`` adjusted for how well ``ent`` agrees, or None if it cannot (``spoke``:
        ``ent`` was a speaker before, so a name like "Boeing" that spoke reads as a body)."""
        body = ent.kind == "organisation" or (ent.kind == "unknown" and self._body(ent, spoke))
        if number == "pl":
            if ent.kind not in ("group", "organisation"):
                return None
            return score - 0.2 if ent.kind == "organisation" else score
        if gender in ("m", "f", "p"):  # "p": a person of either gender
            if ent.name.lower() in PLACES:
                return None  # "Florida", "North Korea": a place is no "he" or "she"
            if ent.kind not in ("person", "unknown") or (
                gender != "p" and ent.gender and ent.gender != gender
            ):
                return None
            if ent.kind == "unknown" and not ent.gender and " " not in ent.name:
                return None  # "Nashville", "Universal": one word, nothing says a person
            if ent.kind == "unknown" and not ent.gender and nouns_of_nouns(ent.name):
                return None  # German "Druck der Regierung": nouns, not a person's name
            if ent.kind == "unknown" and not ent.gender and self.model.title_phrase(ent):
                return None  # "Harbour Vote", "Election Day": a title's words, a day
            if ent.kind == "unknown" and not ent.gender and _HEADLINE_WORDS.search(ent.name):
                return None  # "More Important Than Electing Ruiz": a headline's words
            if (
                ent.kind == "unknown"
                and not ent.gender
                and not ent.speaks
                and self.model.named_only_as_place(ent, strict=True)
            ):
                return None  # "in downtown San Marco": a place, named only as one
            if ent.kind == "unknown" and not ent.gender and not ent.speaks and self._modifier(ent):
                return None  # "an answer about Harbour Security reform": a name used as a noun's
            if not ent.gender:
                # a person of unknown gender, or a name that speaks somewhere; a name that
                # never does may be a place ("Southern California")
                return score - (0.15 if ent.kind == "person" or ent.speaks else 0.3)
            return score
        if gender == "n":
            return score if body else None
        return score if ent.kind in ("person", "unknown", "organisation") else None

    def _best_person(
        self,
        gender: str,
        pos: int,
        *,
        same_sentence: bool,
        excluded: set[int],
        number: str = "sg",
        need_focus: bool = False,
    ) -> tuple[float, Entity] | None:
        """The most salient agreeing entity for a pronoun of ``gender``, or None
        when none agrees or two are about as salient (``need_focus``: or when the best
        was not a subject or a speaker of late)."""
        agreeing: list[tuple[float, Entity, int, int]] = []
        window = 6
        for score, ent, focus, seen in self._candidates(pos, window, same_sentence):
            if id(ent) in excluded:
                continue
            adjusted = self._agrees(ent, gender, number, score)
            if adjusted is not None:
                agreeing.append((adjusted, ent, focus, seen))
        if not agreeing:
            return None
        latest = max(x[2] for x in agreeing)
        if latest >= 0:
            agreeing = [(x[0] + (_FOCUS if x[2] == latest else 0.0), *x[1:]) for x in agreeing]
        agreeing.sort(key=lambda x: -x[0])
        if len(agreeing) > 1 and agreeing[0][0] - agreeing[1][0] < _MARGIN:
            return None
        weak = agreeing[0][2] < 0
        if weak and need_focus:
            return None
        spoke = {id(e) for _, e, _ in self.speakers if e is not None} if weak else set()
        if weak and any(
            x[3] > agreeing[0][3]
            and x[1].kind == "person"
            and (x[1].gender in (gender, "") or gender == "p")
            and (
                id(x[1]) in spoke
                or id(agreeing[0][1]) not in spoke
                or x[0] > agreeing[0][0] - _LEAD
            )
            for x in agreeing[1:]
        ):
            # no focus, and another such person (or one of no known gender) was named
            # since: too weak, unless the first spoke and the other, who never did, is
            # far behind
            return None
        return agreeing[0][0], agreeing[0][1]

    @staticmethod
    def _body(ent: Entity, spoke: bool) -> bool:
        """An organisation, or a name that reads as one: written in capitals ("PG&E",
        "CNBC"), or one word that spoke before and is never "he" or "she"."""
        if ent.kind == "organisation":
            return True
        if ent.kind != "unknown" or ent.gender:
            return False
        name = ent.name
        return (name.isupper() and len(name) > 2) or "&" in name or (" " not in name and spoke)

    def _inner_resolution(
        self,
        inner: Span,
        ent: Entity,
        how: str = "name in the description",
        confidence: float = 0.85,
    ) -> Resolution:
        """A description resolved to the name it holds (or to the mention ``inner`` that
        says whose it is), and on to that name's fullest form."""
        links = [inner]
        canon = ent.canonical
        own = set(name_words(self.text[inner[0] : inner[1]]).split())
        if canon != inner and own <= set(name_words(self.text[canon[0] : canon[1]]).split()):
            links.append(canon)
        end = links[-1]
        name = name_words(self.text[end[0] : end[1]]) or None
        return Resolution(name, confidence, how, tuple(links))

    if TYPE_CHECKING:
        # Rules of the subclasses that the rules of the other one call: "it" after a
        # body described resolves as that description, "his campaign" through "his".
        def _pronoun(
            self, pronoun: str, span: Span, said: tuple[Span, ...], cue: Span | None
        ) -> Resolution: ...

        def _description(self, mention: str, span: Span, low: list[str]) -> Resolution: ...
