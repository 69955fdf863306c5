"""Resolving a speaker mention to the entity it names, with a confidence and evidence.

Rules over the article's own entity model (:mod:`provenance.quotes.entities`):

- a name is the entity whose fullest mention contains all its words
  ("Marzuk" -> "Musa Abu Marzuk"); "A and B" stays a joint speaker;
- a pronoun goes to the most salient earlier entity that agrees with it in
  gender and number. Salience: how recent a mention is, whether it was the
  subject of a main or a subordinate clause, whether the entity spoke, and
  the *focus* (the entity most recently the subject of a main clause or a
  speaker). Gendered subject pronouns outside quotes are followed in text
  order too, so "Steenburgen ... she was nervous ... "...," she said" keeps
  its focus. Someone named inside the quote, or the one spoken *to*
  ("he told Cook"), is not the speaker. Two candidates about as salient
  leave it unresolved;
- a description goes to a name it holds ("planetary geologist Rosaly
  Lopes"), else to the entity the text gave that role, age or kind of
  organisation ("the 56-year-old", "Carlineo's attorney", "the company");
  with no such entity it stands for itself, marked unresolved.

A wrong name is worse than none: weak evidence lowers the confidence and
says so in ``how``. Every resolution returns its *chain*: the code point
spans of the earlier mentions it went through, the last of which holds the
resolved name's words (see :mod:`provenance.quotes.evidence`).

The machinery all rules share is in :mod:`provenance.quotes.resolve_core`, the rules for
pronouns in :mod:`provenance.quotes.resolve_pronouns` and those for descriptions in
:mod:`provenance.quotes.resolve_descriptions`; this module holds the rules for names and
the :class:`Resolver` that brings them together.
"""

from __future__ import annotations

import re

import attrs

from .entities import MAIN, Entity
from .evidence import mention_kind, name_words
from .lang.names import FEMALE, MALE
from .lexicon import PARTY_MEMBERS, PEOPLE_NOUNS
from .phrase_tokens import NAME_WORDS
from .phrase_words import MOOD
from .plain_words import adverb_or_participle, people_plural, plural_of_common, some_of_a_people
from .resolve_bodies import (
    QUANTIFIERS,
    german_common_noun,
    german_opener,
    german_proper_phrase,
    one_of_a_family,
)
from .resolve_core import _WORD, Request, Resolution, Span, _is_name
from .resolve_descriptions import DescriptionResolver, group_of_two
from .resolve_names import owned_person, spelled_out
from .resolve_pronouns import PronounResolver

__all__ = ["Request", "Resolution", "Resolver"]

_POSSESSIVE_PRONOUNS = {
    "his": "he",
    "her": "she",
    "their": "they",
    "its": "it",
    "our": "we",
    "my": "i",  # "my answer: \"...\"": the writer's own words
}
_DEFINITE_NAME = re.compile(
    r"[Tt]he\s+([A-Z][\w\u2019'\-.&]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w\u2019'\-.&]*)*)"
)
_LINKING = frozenset(["of", "for", "and", "&", "the"])
# What comes right before the authors' names of a document ("a study by economists ").
_BY_AUTHORS = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$")
# Two or more names joined by "and" at the end of a longer phrase ("economists Jo Roe and
# Al Dee"): the speakers' names, without the words before them.
_JOINT_NAMES = re.compile(
    r"(?<![\w\u2019'])[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)*"
    r"(?:\s*,\s*[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)*)*"
    r"\s+(?:and|und|&)\s+[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)*$"
)
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
_INDEFINITE = frozenset(
    """nobody someone somebody everyone everybody anyone anybody no-one""".split()  # noqa: SIM905
)


# A body's name after "for the" / "of the" running up to an "and" ("for the Parks and").
_BODY_BEFORE_AND = re.compile(
    r"\b(?:for|of|at|from|with)\s+the\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s*$"
)
# A name's own people joined to it ("Vell and his attorneys", "Quill and her aides").
_AND_HIS_PEOPLE = re.compile(r"\s(?:and|&)\s+(?:his|her|their)\s+[a-z]+s")
# Two speakers joined: "Ann Lee and Tom Roe", "Ana und Jan Berg".
_JOINED = re.compile(r"\s(?:and|und|&)\s")
# Nouns of number that stand for people ("Dozens of them protested", "Hundreds said").
_NUMBER_NOUNS = frozenset(["dozens", "hundreds", "thousands", "millions", "scores", "tens"])


def _given_name_only(name: str) -> bool:
    """ "Tom told her ...": ``name`` is one given name, which names someone the text does
    not identify unless it completes it or sets a title before it."""
    return " " not in name and (name.lower() in FEMALE or name.lower() in MALE)


def _unidentified(found: Resolution) -> Resolution:
    """``found``, kept but unresolved: a given name the text never completes."""
    return attrs.evolve(found, confidence=0.4, how="name, unresolved (a given name only)")


_THE_PEOPLE = frozenset(["the", "those", "these", "fellow"])
# A relative clause set off by a comma ("Hale, who"), and a preposition that makes the
# name before it someone's ("an aide to Hale", "a lawyer for Hale", "the son of Hale").
_SET_OFF = re.compile(r",[ \t\xa0]*$|(?<=\w)[ \t\xa0]+$")  # (a name before "who", no comma)
_WHO_AFTER = re.compile(r",[ \t\xa0]+who\b")
_ARTICLES = frozenset(["the", "a", "an"])
_HOME_AFTER = re.compile(
    r"[ \t\xa0]+of[ \t\xa0]+[A-Z][\w.\u2019'-]*(?:[ \t\xa0]+[A-Z][\w.\u2019'-]*)?$"
)
_BELONGING = re.compile(r"\b(?:to|for|of)[ \t\xa0]+(?:[A-Z][\w.]*[ \t\xa0]+)*$")
_TITLE_BEFORE = re.compile(r"\b[A-Z][\w.]*[ \t\xa0]+$")


def _a_people_unresolved(mention: str, found: Resolution) -> Resolution:
    """ "Democrats cited ...", "the Germans announce ...": the plural of a noun for the
    members of a party or a people, alone or after "the" or "those", resolved to no other
    name than its own, is no one in particular (but "Republicans" after "Senate
    Republicans" were named stands for them)."""
    low = [w.lower() for w in _WORD.findall(mention)]
    if not (len(low) == 1 or (len(low) == 2 and low[0] in _THE_PEOPLE)) or found.name is None:
        return found
    word = low[-1]
    if not word.endswith("s") or word[:-1] not in PEOPLE_NOUNS:
        return found
    if [w.lower() for w in _WORD.findall(found.name)] not in (low, low[-1:]):
        return found
    how = "description, unresolved (a people)"
    return Resolution(found.name, min(found.confidence, 0.4), how, found.chain)


_HONORIFIC_WORD = re.compile(r"(?:Mr|Mrs|Ms|Miss)\b")
# "an angry Vell", "a defiant Hale": a name with an adjective of mood before it.
_MOOD_NAME = re.compile(r"an?[ \t\xa0]+" + MOOD + r"[ \t\xa0]+([A-Z][\w\u2019'-]+)")


class Resolver(PronounResolver, DescriptionResolver):
    """Speaker mentions resolved to the entities they name: names here, pronouns and
    descriptions by the rules of its bases."""

    def resolve_all(self, requests: list[Request]) -> dict[Span, Resolution]:
        """Every requested speaker mention, resolved in text order; the free subject
        pronouns between them are followed along the way (they keep the focus)."""
        out: dict[Span, Resolution] = {}
        if not requests:
            return out
        asked = {r.span: r for r in requests}
        free = [s for s in self.model.free_pronouns() if s not in asked]
        described = {s for s in self.model.free_descriptions() if s not in asked}
        order = sorted([*asked, *free, *described])
        for span in order:
            req = asked.get(span)
            if span in described:
                self._follow_description(span)
                continue
            if req is None:
                self._follow(span)
                continue
            mention = self.text[span[0] : span[1]]
            found = _a_people_unresolved(mention, self.resolve(mention, span[0], req.said, req.cue))
            out[span] = found
            self.note_speaker(span, found)
        return out

    def note_speaker(self, mention: Span, resolution: Resolution) -> None:
        target = resolution.chain[-1] if resolution.chain else mention
        ent = self.model.entity_at(target)
        if ent is None and resolution.name is not None:
            ent = self._person_ending(target)  # "says Kaede Gerry Vance": Gerry Vance
        self.speakers.append((mention, ent, resolution))
        if ent is None or resolution.name is None:
            return
        ent.speaks = True
        said = self.text[mention[0] : mention[1]]
        if mention_kind(said) != "name":
            self.model.add_event(mention[0], ent, MAIN)
        self._learn_gender(said, ent)

    def _learn_gender(self, pronoun: str, ent: Entity) -> None:
        """A person "he" or "she" was resolved to has that gender from then on, so a
        later pronoun of the other gender does not point to them."""
        gender, number = self.lex.pronoun_features.get(pronoun.lower(), ("", ""))
        known = gender in ("m", "f") and number == "sg"
        if known and not ent.gender and ent.kind in ("person", "unknown"):
            ent.gender, ent.kind = gender, "person"

    def _follow(self, span: Span) -> None:
        """A subject pronoun outside quotes: who it most likely names, for salience only."""
        word = self.text[span[0] : span[1]].lower()
        gender, _ = self.lex.pronoun_features.get(word, ("", ""))
        best = self._best_person(gender, span[0], same_sentence=True, excluded=set())
        if (
            best is not None
            and gender in ("m", "f")
            and self._unnamed_one_since(best[1], gender, span[0])
        ):
            return  # "begging a woman who ... She was one of two women ...": hers, unnamed
        if best is not None:
            self.model.add_event(span[0], best[1], self.model.subject_weight(span, pronoun=True))
            self._learn_gender(self.text[span[0] : span[1]], best[1])

    def _follow_description(self, span: Span) -> None:
        """A noun for a person as a subject outside quotes ("the admiral chuckled"): the
        one it most likely names holds the focus, as after a pronoun."""
        found = self.resolve(self.text[span[0] : span[1]], span[0])
        if found.name is None or "unresolved" in found.how or not found.chain:
            return
        ent = self.model.entity_at(found.chain[-1])
        if ent is not None and ent.kind == "person":
            self.model.add_event(span[0], ent, self.model.subject_weight(span, pronoun=True))

    # -- resolving ---------------------------------------------------------------

    def resolve(
        self, mention: str, pos: int, said: tuple[Span, ...] = (), cue: Span | None = None
    ) -> Resolution:
        """Resolve ``mention`` (the words at code point ``pos``); ``said`` are the spans
        of what it said and ``cue`` the reporting word."""
        span = (pos, pos + len(mention))
        words = _WORD.findall(mention)
        if not words:
            return Resolution(None, 0.0, "none")
        low = [w.lower() for w in words]
        if len(words) == 1 and len(words[0]) == 1 and low[0] not in self.lex.pronouns:
            return Resolution(None, 0.2, "unresolved")  # one letter ("Я", "A"): no name
        if self.lex.code == "de" and german_opener(words):
            return Resolution(None, 0.2, "description, unresolved (no name)")
        moody = _MOOD_NAME.fullmatch(mention)
        if moody is not None and self.lex.code == "en":
            # "an angry Vell": the name, in a mood
            inner = (pos + moody.start(1), pos + moody.end(1))
            ent = self.model.entity_at(inner)
            if ent is not None and ent.kind in ("person", "unknown"):
                return self._inner_resolution(inner, ent)
        if low[0] in _INDEFINITE and len(words) <= 2:
            return Resolution(None, 0.2, "unresolved, no one in particular")
        if (
            low[0] in QUANTIFIERS
            and (len(low) == 1 or low[1] == "of" or some_of_a_people(low))
            and "," not in mention
        ):
            # "Others said", "Some of them said", "Many Democrats said": a share of people,
            # not a name (but "one of the family's lawyers, Jane Roe," is named)
            return Resolution(None, 0.2, "unresolved, no one in particular")
        if self.lex.code == "en" and (
            low == ["who"] or (_WHO_AFTER.match(self.text, span[1]) and low[0] in _ARTICLES)
        ):
            # "with Jo Hale, who said", "by Jo Hale, the top Democrat on the panel, who said"
            before = self._relative_antecedent(span, said, cue)
            if before is not None:
                return before
        if len(words) == 1 and (low[0] in self.lex.pronouns or low[0] in _POSSESSIVE_PRONOUNS):
            return self._pronoun(_POSSESSIVE_PRONOUNS.get(low[0], low[0]), span, said, cue)
        if len(low) == 2 and low[0] == "the" and self._a_role(low[1]) and not words[1].isupper():
            if mention_kind(mention) == "description":
                return self._description(mention, span, low)  # "the Republican"
            # "The Republican" opening a sentence reads as a name, which a chain to "Jim
            # Kerr" could not bear out: no name rather than "Republican"
            return Resolution(None, 0.3, "description, unresolved (a role)")
        if low[0] == "the" and "," in mention and self.lex.code == "en":
            described = mention.split(",")[0].split()
            named = self._name_at_end(span) if described[-1].lower() in PARTY_MEMBERS else None
            if named is not None:  # "The Maine Republican, Joan Pike,": the name set off
                return self._inner_resolution(*named)
        if low[0] == "the" and low[-1] in PEOPLE_NOUNS and self.lex.code == "en":
            found = self._people_noun(mention, span, low)
            if found is not None:
                return found
        employee = owned_person(self.model, mention, span)
        if employee is not None:
            return self._inner_resolution(*employee, "name", 0.85)  # "CNN's Jake Tapper"
        link = spelled_out(self.model, self.text, mention, span)
        if link is not None:  # "the IMF" after "the International Monetary Fund"
            name = name_words(self.text[link[0] : link[1]]) or None
            return Resolution(name, 0.85, "name, spelled out", (link,))
        if self.lex.code == "de" and not _JOINED.search(mention):  # not "Ana und Jan Berg"
            person = self._person_at_end(span)
            if person is not None:
                # "Der Vorsitzende Richter Klaus Tolksdorf": the person the roles are of
                return self._inner_resolution(*person)
        definite = _DEFINITE_NAME.fullmatch(mention)
        if (
            definite
            and self._proper(definite.group(1))
            and not (mention[0] == "T" and _is_name(mention))
        ):
            # "The Office of Emergency Services" ("The White House" is a name as it stands)
            return self._definite_name(mention, span, definite.start(1))
        if len(low) == 1 and low[0] in PARTY_MEMBERS:
            return Resolution(None, 0.3, "description, unresolved (a party)")  # "the Republican"
        joint = _JOINED.search(mention)
        if joint and low[0] == "the" and self.lex.code == "en":
            roles = mention[: joint.start()].split()
            if roles[-1].lower() in self.lex.titles and mention[joint.end() :][:1].isupper():
                # "the Vermont senator and Democratic presidential candidate": one person of
                # two roles, known by the first
                found = self.resolve(mention[: joint.start()], span[0], said, cue)
                if found.name is not None and "unresolved" not in found.how:
                    return found
                return Resolution(" ".join(mention.split()), 0.4, "description, unresolved")
        if joint and self.lex.code == "en" and _AND_HIS_PEOPLE.fullmatch(mention, joint.start()):
            # "Vell and his attorneys": the one named speaks with people unnamed
            alone = self.resolve(mention[: joint.start()], span[0], said, cue)
            if alone.name is not None and "unresolved" not in alone.how:
                inner = (span[0], span[0] + joint.start())
                return Resolution(
                    alone.name,
                    min(alone.confidence, 0.7),
                    f"{alone.how}, with others unnamed",
                    (inner, *alone.chain),
                )
        owned = re.search(r"[\u2019']s\s+[a-z]+$", mention)  # "Howitt and Garett's work"
        if (
            joint
            and len(words) > 2
            and low[-1] in self.lex.speaker_nouns
            and words[-1].islower()
            and words[-2][:1].isupper()
        ):
            # "White House and Pentagon spokesmen": the people of two bodies, unnamed
            return Resolution(None, 0.3, "description, unresolved (no name)")
        if joint and low[0] in ("a", "an") and self.lex.code == "en":
            run = _JOINT_NAMES.search(mention)
            if run is None or not _BY_AUTHORS.search(mention, 0, run.start()):
                # "a study by economists at Duke and Ottawa": one thing described (but "a
                # study by economists Jo Roe and Al Dee": its two authors)
                joint = None
        if (
            joint
            and _BODY_BEFORE_AND.search(mention, 0, joint.start())
            and mention[joint.end() :][:1].isupper()
        ):
            # "a spokesperson for the Parks and Recreation Department": one body's name
            # inside a description, not two speakers
            joint = None
        if joint and not owned and not self._inside_a_name(span[0] + joint.start()):
            if low[0] in ("he", "she"):
                # "she and Ortiz": two speakers, one of them a pronoun, which no one
                # mention of the text names together with Ortiz
                return Resolution(None, 0.3, "joint, unresolved (a pronoun)")
            run = _JOINT_NAMES.search(mention)
            if run is not None and _BY_AUTHORS.search(mention, 0, run.start()):
                # "a 2013 study by economists Jo Roe and Al Dee": the names, inside it
                names = (span[0] + run.start(), span[0] + run.end())
                return Resolution(" ".join(run.group().split()), 0.85, "joint", (names,))
            first, second = mention[: joint.start()].split(), mention[joint.end() :].split()
            if (
                first
                and second
                and first[-1].islower()
                and second[0] not in _POSSESSIVE_PRONOUNS
                and not any(w[:1].isupper() for w in second)
            ):
                # "Norland politicians and officials who worked with him": people, unnamed
                return Resolution(None, 0.3, "description, unresolved (no name)")
            return Resolution(" ".join(mention.split()), 0.85, "joint")
        aside = _TRAILING_ASIDE.search(mention)
        if (
            aside
            and aside.start()
            and mention_kind(mention) == "description"  # a name's own aside stays in it
            and _is_name(mention[: aside.start()])
        ):
            return self._name_before_aside(mention[: aside.start()], span)
        if self.lex.code == "de" and german_proper_phrase(words):
            # "der Europäische Gerichtshof", "die Deutsche Bahn": a capitalised adjective
            # inside a sentence belongs to a name
            inner = (span[0] + mention.index(words[1]), span[1])
            name = name_words(self.text[inner[0] : inner[1]])
            return Resolution(name, 0.7, "description, names its body", (inner,))
        if self.lex.code == "de" and german_common_noun(words):
            return self._description(mention, span, low)
        if self.lex.code == "en" and len(low) == 1 and self._lone_title(words[0]):
            # "Justice vows ...": a title on its own stands, like "the justice", for the
            # person in focus or for no one
            focus = self._epithet(mention, span, ["the", low[0]], low[0])
            return focus or Resolution(words[0], 0.3, "description, unresolved (a title)")
        if group_of_two(mention):  # "Both said", "the pair said": no name "Both"
            found = self._description(mention, span, low)
            if "unresolved" in found.how:
                # ("both candidates" keeps its words; "Both" and "the pair" are no name)
                kept = low[-1] not in ("both", "two", "them", "pair", "couple", "duo")
                name = " ".join(mention.split()) if kept else None
                return Resolution(name, 0.3, "description, unresolved (no pair named before)")
            return found
        if _is_name(mention) and not self._common_noun(low, span):
            return self._name(mention, span)
        return self._description(mention, span, low)

    def _relative_antecedent(
        self, span: Span, said: tuple[Span, ...], cue: Span | None
    ) -> Resolution | None:
        """ "with Jo Hale, who said ...": the relative pronoun of a clause set off by a
        comma stands for the name right before it, when that name is a person's and no
        preposition of belonging ties it to a noun before ("an aide to Jo Hale, who said"
        may be the aide's words); so does a description set off between the two ("Jo
        Hale, the top Democrat on the panel, who said"); a name right before "who" with no
        comma too ("a tweet from Jo Hale who wrote")."""
        comma = _SET_OFF.search(self.text, max(0, span[0] - 4), span[0])
        if comma is None:
            return None
        end = comma.start()
        home = _HOME_AFTER.search(self.text, max(0, end - 40), end)
        if home is not None:
            end = home.start()  # "Sen. Jo Hale of Norland, who"
        model = self.model
        opening = model.sentence_starts[model.sentence_index(span[0])]
        for start, ent, _ in reversed(model.mentions_between(max(opening, end - 80), end)):
            if (start, end) not in ent.mentions:
                continue
            bare = "," not in comma.group(0)  # (a name of two words no list knows, and
            unknown = bare and ent.kind == "unknown" and " " in ent.name  # "who" right after)
            if not (ent.kind == "person" or unknown) or _BELONGING.search(
                self.text, max(0, start - 12), start
            ):
                return None
            found = self.resolve(self.text[start:end], start, said, cue)
            if found.name is None or "unresolved" in found.how:
                return None
            said_by = self.text[span[0] : span[1]]
            how = "relative pronoun" if said_by.lower() == "who" else "description, set off"
            how = f"{how}, the name before it ({found.how})"
            confidence = min(found.confidence, 0.8)
            return Resolution(found.name, confidence, how, ((start, end), *found.chain))
        return None

    def _titled(self, ent: Entity) -> bool:
        """``ent`` has a role, or a capitalised word stands right before one of its
        mentions ("Pope Francis", "Prince Andrew"): a given name the text identifies."""
        return bool(ent.roles) or any(
            _TITLE_BEFORE.search(self.text, max(0, s - 24), s) for s, _ in ent.mentions
        )

    def _lone_title(self, word: str) -> bool:
        """``word`` is a capitalised title (no abbreviation: "U.S.", "Dr.") that is no
        word of a longer name here ("Justice", but not after "Jim Justice" or "the State
        Department")."""
        low = word.lower()
        if not word[:1].isupper() or "." in word or low not in self.lex.titles:
            return False
        return not any(len(e.words) > 1 and low in e.words for e in self.model.entities)

    def _a_role(self, word: str) -> bool:
        """Some entity has ``word`` as its role ("Republican Jim Kerr": republican)."""
        # (not a body's own name: "Kremlin" is the role of no one but the Kremlin)
        return any(word in e.roles and e.last_word != word for e in self.model.entities)

    def _name_before_aside(self, name: str, span: Span) -> Resolution:
        """ "Home Depot (ticker: HD)": the name before the parenthesis, as a mention
        the whole phrase holds."""
        inner = (span[0], span[0] + len(name.rstrip()))
        ent = self.model.entity_at(inner)
        if ent is not None:
            return self._inner_resolution(inner, ent)
        clean = name_words(name)
        return Resolution(clean or None, 0.8, "name in the description", (inner,))

    def _inside_a_name(self, pos: int) -> bool:
        """``pos`` is inside one name ("Department of Health and Human Services")."""
        return any(
            s < pos < e
            for ent in self.model.entities
            if ent.kind != "group"
            for s, e in ent.mentions
        )

    def _proper(self, words: str) -> bool:
        """Capitalised words after "the" that name something ("the White House", "the
        DEA", "the Department of Energy"), not a capitalised common noun ("the President")."""
        if self.lex.code != "en":
            return False  # German capitalises every noun
        if " " in words:
            return True
        low = words.lower()
        lex = self.lex
        return not (low in lex.speaker_nouns or low in lex.titles or low in self.model.lowercase)

    def _common_noun(self, low: list[str], span: Span) -> bool:
        """One capitalised word opening a sentence that stands for people, a body or
        findings, or that the text otherwise writes in lower case ("Sources told ...",
        "Studies show ...", "Police said")."""
        if len(low) != 1 or low[0] in self.model.capitalised:
            return False
        common = (
            low[0] in _NUMBER_NOUNS
            or low[0] in self.lex.speaker_nouns
            or low[0] in self.lex.document_nouns
            or low[0] in self.model.lowercase
            or plural_of_common(low[0], self.model, self.lex.speaker_nouns)
            or adverb_or_participle(low[0], self.model)
            or people_plural(low[0], self.model)
        )
        return common and self.model.sentence_initial(span[0])

    def _bearer_in_focus(self, ent: Entity, mention: str, span: Span) -> Entity | None:
        """Of the people who bear a lone surname, the only one the last three sentences
        named by more than the surname, or by a pronoun or a description resolved to them,
        when that one holds the focus ("Liz Vell, 50, won ... She will face Hale ... Vell
        said", with Tom Vell named further back). A bare surname there is no evidence:
        the model cannot know whose it is."""
        if _HONORIFIC_WORD.match(mention):
            return None  # ("Mrs. Vell": the honorific decides, or nothing does)
        surname = ent.last_word
        model = self.model
        here = model.sentence_index(span[0])
        lowest = model.sentence_starts[max(0, here - 3)]
        named: set[int] = set()
        bearers: dict[int, Entity] = {}
        for start, e, _ in model.mentions_between(lowest, model.sentence_starts[here]):
            if e.last_word != surname or e.kind not in ("person", "unknown"):
                continue
            end = next((b for a, b in e.mentions if a == start), None)
            bare = end is not None and name_words(self.text[start:end]).lower() == surname
            if not bare:
                named.add(id(e))
                bearers[id(e)] = e
        if len(named) != 1:
            return None
        (only,) = bearers.values()
        focus = [f for _, e, f, _ in self._candidates(span[0], same_sentence=False) if e is only]
        return only if focus and focus[0] >= 0 and len(only.words) >= 2 else None

    def _definite_name(self, mention: str, span: Span, offset: int) -> Resolution:
        """ "the" and a name: the entity the name belongs to, through its latest earlier
        mention; with none earlier, the mention itself is the name."""
        part = (span[0] + offset, span[1])
        ent = self.model.entity_at(part)
        if ent is None:
            words = {w.lower() for w in _WORD.findall(mention[offset:])} - _LINKING
            ent = self._entity_with_words(words, span[0])
        if ent is not None and self.model.last_mention_before(ent, span[0]) is not None:
            return self._name_of(ent, span, "name", 0.85)
        return Resolution(" ".join(mention.split()), 0.8, "name")

    def _name(self, mention: str, span: Span) -> Resolution:
        clean = name_words(mention)
        if not clean:
            return self._modal_surname(mention, span)
        ent = self.model.entity_at(span)
        skip = mention.find(clean.split()[0])
        if ent is None and skip > 0:  # the words after an honorific: "Mr. Kasich"
            ent = self.model.entity_at((span[0] + skip, span[1]))
        if ent is None:
            ent = self._entity_with_words(set(w.lower() for w in clean.split()), span[0])
        lone = ent is not None and len(clean.split()) == 1
        if lone and ent is not None:
            member = one_of_a_family(self.model, ent, mention, span) or self._bearer_in_focus(
                ent, mention, span
            )
            if member is None:
                return Resolution(None, 0.3, "surname, unresolved (two people bear it)")
            ent = member  # "Clinton said she ...": the one of them who is "she"
        if ent is not None:
            res = self._name_of(ent, span, "name", 0.9)
            if res.name and res.name != clean and len(clean.split()) == 1:
                return attrs.evolve(res, how="surname")
            if res.name:
                if _given_name_only(res.name):
                    completed = self._completed_given_name(res.name, span)
                    if completed is not None:
                        return completed
                    if not self._titled(ent):
                        return _unidentified(res)
                return res
        res = Resolution(clean, 0.85 if " " in clean else 0.7, "name")
        if _given_name_only(clean):
            return self._completed_given_name(clean, span) or _unidentified(res)
        return res

    def _completed_given_name(self, given: str, span: Span) -> Resolution | None:
        """ "Tom told her ...": a given name that one person's full name in the text
        starts with ("Tom Ebeling said"), before this mention or after it; with two such
        people, or none, it stays a given name only."""
        full = [
            e
            for e in self.model.entities
            if e.kind == "person" and len(e.name.split()) > 1 and e.name.split()[0] == given
        ]
        if len(full) != 1:
            return None
        own = [m for m in full[0].mentions if self.text[m[0] : m[1]].split()[0] == given]
        before = [m for m in own if m[1] <= span[0]]
        link = before[-1] if before else (own[0] if own else None)
        if link is None:
            return None
        name = name_words(self.text[link[0] : link[1]])
        how = "given name, completed before" if before else "given name, completed later"
        return Resolution(name, 0.75 if before else 0.6, how, (link,))

    def _person_ending(self, span: Span) -> Entity | None:
        """The person whose mention ends ``span`` after words the model read as no part
        of the name (a title, a word before a given name), or None."""
        for start, ent, _ in self.model.mentions_between(span[0] + 1, span[1]):
            if ent.kind == "person" and (start, span[1]) in ent.mentions:
                return ent
        return None

    def _people_noun(self, mention: str, span: Span, low: list[str]) -> Resolution | None:
        """ "the Republican", "the Maine Democrat", "the Dutchman": a noun for a party's or a
        nation's person stands, like a noun of standing, for the person in focus, or for no
        one (never a name of its own); None when the phrase may name a body ("the
        Republican" where the text names the Republican National Committee)."""
        if low[-1] in PARTY_MEMBERS:
            body = len(low) == 2 and any(
                low[1] in e.words and len(e.words) > 1 for e in self.model.entities
            )
            if not 2 <= len(low) <= 5 or body:
                return None
            label = "description, unresolved (a party)"
        elif len(low) in (2, 3) and mention_kind(mention) == "description":
            label = "description, unresolved (a nationality)"
        else:
            return None
        focus = self._epithet(mention, span, low, low[-1])
        return focus or Resolution(None, 0.3, label)

    def _modal_surname(self, mention: str, span: Span) -> Resolution:
        """ "May said", "Mrs May told": a surname that is also a word no name is made
        of on its own; the person the text named with it in full, or unresolved."""
        last = mention.split()[-1] if mention.split() else ""
        ent = self._entity_with_words({last.lower()}, span[0]) if last in NAME_WORDS else None
        if ent is not None and len(ent.words) > 1 and ent.last_word == last.lower():
            member = one_of_a_family(self.model, ent, mention, span)
            if member is not None and self.model.last_mention_before(member, span[0]):
                return attrs.evolve(self._name_of(member, span, "name", 0.9), how="surname")
        return Resolution(None, 0.2, "unresolved")

    def _entity_with_words(self, words: set[str], pos: int) -> Entity | None:
        found = [
            e
            for e in self.model.entities
            if words <= e.words
            and e.kind != "group"
            and (e.last_word in words or len(e.words) <= 3)
        ]
        if not found:
            return None
        earlier = [e for e in found if e.mentions and e.mentions[0][0] < pos]
        pool = earlier or found
        return max(pool, key=lambda e: max((m[0] for m in e.mentions if m[0] < pos), default=-1))

    def _person_at_end(self, span: Span) -> tuple[Span, Entity] | None:
        """A person's name (a given name says it is one) ending a phrase of roles before
        it: "Der Vorsitzende Richter Klaus Tolksdorf"."""
        for ent in self.model.entities:
            if ent.kind != "person":
                continue
            for s, e in ent.mentions:
                if e == span[1] and span[0] < s and _is_name(self.text[s:e]):
                    return (s, e), ent
        return None
