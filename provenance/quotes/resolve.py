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
"""

from __future__ import annotations

import re

import attrs

from .entities import MAIN, PARTY_MEMBERS, Entity, EntityModel, two_word_name
from .evidence import OWNED_BODIES, mention_kind, name_words
from .groups import nearer_group
from .lexicon import PEOPLE_NOUNS, Lexicon, for_language
from .phrase_tokens import NAME_WORDS
from .phrase_words import CHILD_COUNTS, IDENTIFIED_AS
from .plain_words import (
    adverb_or_participle,
    people_plural,
    plural_of_common,
    some_of_a_people,
)
from .resolve_bodies import (
    QUANTIFIERS,
    campaign_before,
    document_maker,
    document_makers,
    document_owner,
    german_common_noun,
    german_opener,
    german_proper_phrase,
    issued_by,
    named_staff,
    named_thing,
    names_its_body,
    nouns_of_nouns,
    one_of_a_family,
    staff_body,
    staff_noun,
    staff_of_a_kind,
    thing_name,
)
from .resolve_later import named_after
from .resolve_names import owned_person, spelled_out

__all__ = ["Request", "Resolution", "Resolver"]

_WORD = re.compile(r"[\w\u2019'\-.]+")
Span = tuple[int, int]
_POSSESSIVE_PRONOUNS = {
    "his": "he",
    "her": "she",
    "their": "they",
    "its": "it",
    "our": "we",
    "my": "i",  # "my answer: \"...\"": the writer's own words
}
_PREPOSITIONS = frozenset(
    """
    of at from with for in by on to about outside inside near across against among without
    im am vom zum zur aus bei beim mit von nach für über unter gegen
    """.split()  # noqa: SIM905
)
_DEFINITE_NAME = re.compile(
    r"[Tt]he\s+([A-Z][\w\u2019'\-.&]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w\u2019'\-.&]*)*)"
)
_LINKING = frozenset(["of", "for", "and", "&", "the"])
_PAIR = re.compile(
    r"(?:both|the\s+two)(?:\s+(?:men|women|people|of\s+them))?|the\s+(?:pair|couple|duo)"
)
# Bodies of a state or an institution: "the ministry" points back only to a body the text
# named as one ("the Foreign Ministry"), never to any salient name.
_OFFICES = frozenset(
    "ministry office commission department bureau authority council committee board".split()  # noqa: SIM905
)
# Kinds of body that must agree with a known kind ("the commission" is no office).
_SPECIFIC_BODIES = _OFFICES | frozenset(["court", "union", "university", "bank", "club"])
_COLLECTIVE = frozenset(["laboratory", "lab", "team", "group", "researchers", "scientists"])
_WRITTEN = frozenset(
    ["statement", "letter", "release", "post", "tweet", "email", "note", "filing", "memo"]
)
_NEWS_WORDS = frozenset(
    [
        "news",
        "outlet",
        "network",
        "newspaper",
        "paper",
        "broadcaster",
        "channel",
        "magazine",
        "publication",
        "site",
    ]
)
_WRITER = frozenset(["we", "i", "wir", "ich"])  # outside quotation marks: the writer
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
_PARTICLES = frozenset(
    "de da di del della van von der den la le du dos bin ibn al ter ten".split()  # noqa: SIM905
)


_POSSESSIVE = re.compile(r"[\u2019']s$")


def _unpossessed(word: str) -> str:
    """``word`` without a possessive 's ("Russia's" -> "Russia")."""
    return _POSSESSIVE.sub("", word)


_BASED = re.compile(r"-(?:based|born|headquartered)$")


def _qualifiers(mention: str, possessors: set[str]) -> set[str]:
    """What a description says of whose or which body it is: possessors and capitalised
    modifiers ("Russia's foreign ministry", "the French foreign ministry")."""
    words = _WORD.findall(mention)
    capitalised = {
        _unpossessed(w).lower()
        for w in words[1:-1]
        if w[:1].isupper() and not _BASED.search(w)  # (not "the Chicago-based company")
    }
    return {p.lower() for p in possessors} | capitalised


# A sentence's subject that is a text, described ("The new report", "The post").
_TEXT_SUBJECT = re.compile(r"(?:The|This|That)\s+((?:[a-z][\w'\u2019-]*\s+){0,2}[a-z]+)\b")
_WORD_RUN = re.compile(r"[\w'\u2019-]+")
# Words before a subject's head noun: possessors and a few adjectives ("The committee's
# new report").
_NOT_HEADS = frozenset("new latest final full draft annual internal official".split())  # noqa: SIM905
_TEXT_NOUNS = frozenset(
    """report study survey letter statement post tweet memo filing complaint lawsuit suit ad
    advertisement email message note editorial article document paper""".split()  # noqa: SIM905
)
_VERB_AFTER = re.compile(r"\s+(?!(?:of|in|for|and|at|on|with|to|from)\b)[a-z]+\b")
# "it read": a sign, a letter, a banner, never a body that spoke.
_READ = frozenset(["read", "reads"])
_READ_TEXTS = _WRITTEN | frozenset(
    ["editorial", "newspaper", "paper", "sign", "banner", "message", "column", "ad"]
)


# A written thing a speaker issues is introduced as new or as their own: "in a statement",
# "released its report", "sent a letter" (not "reports that the letter ...").
_ISSUED = r"\b(?:a|an|its|his|her|their|new)\s+(?:[\w\-]+\s+){{0,2}}{0}\b"


def _plain_name(name: str) -> bool:
    """A person's name as such: two to four capitalised words ("Polls Show Double-Digit
    Gaps" is a headline's, "Supporters of Hillary Clinton" a description)."""
    words = name.split()
    return (
        1 <= len(words) <= 4
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _PARTICLES for w in words)  # ("Erik ten Hag")
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
_INDEFINITE = frozenset(
    """nobody someone somebody everyone everybody anyone anybody no-one""".split()  # noqa: SIM905
)
_LEAD = 0.4  # a lead that outweighs a later mention of someone who never spoke
# "Xi and his comrades", "Roe and other officials": a person and people unnamed
_AND_OTHERS = re.compile(
    r"[ \t\xa0]+and[ \t\xa0]+(?:his|her|their|the|other|several|some|many|a|an|two|three)\b"
)


_DE_ROLE_AFTER = re.compile(r",[ \t\xa0]+(?:der|die)[ \t\xa0]+[A-ZÄÖÜ]")


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


class Resolver:
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

    def resolve_all(self, requests: list[Request]) -> dict[Span, Resolution]:
        """Every requested speaker mention, resolved in text order; the free subject
        pronouns between them are followed along the way (they keep the focus)."""
        out: dict[Span, Resolution] = {}
        if not requests:
            return out
        asked = {r.span: r for r in requests}
        free = [s for s in self.model.free_pronouns() if s not in asked]
        order = sorted([*asked, *free])
        for span in order:
            req = asked.get(span)
            if req is None:
                self._follow(span)
                continue
            found = self.resolve(self.text[span[0] : span[1]], span[0], req.said, req.cue)
            out[span] = found
            self.note_speaker(span, found)
        return out

    def note_speaker(self, mention: Span, resolution: Resolution) -> None:
        target = resolution.chain[-1] if resolution.chain else mention
        ent = self.model.entity_at(target)
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
        if best is not None:
            self.model.add_event(span[0], best[1], self.model.subject_weight(span, pronoun=True))
            self._learn_gender(self.text[span[0] : span[1]], best[1])

    # -- the chain ---------------------------------------------------------------

    def _name_of(self, ent: Entity, mention: Span, how: str, confidence: float) -> Resolution:
        """``ent`` as the resolution of ``mention``: through its latest earlier mention
        (for a pronoun or description) to its fullest mention."""
        text = self.text
        kind = mention_kind(text[mention[0] : mention[1]])
        chain: list[Span] = []
        if kind != "name":
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
        if (
            2 <= len(low) <= 5
            and low[0] == "the"
            and low[-1] in PARTY_MEMBERS
            and self.lex.code == "en"
            and (
                len(low) > 2
                or not any(low[1] in e.words and len(e.words) > 1 for e in self.model.entities)
            )
        ):
            # "the Republican", "the Maine Democrat": the person in focus, as a noun of
            # standing stands for (never a name of its own)
            focus = self._epithet(mention, span, low, low[-1])
            return focus or Resolution(None, 0.3, "description, unresolved (a party)")
        if (
            len(low) in (2, 3)
            and low[0] == "the"
            and low[-1] in PEOPLE_NOUNS
            and self.lex.code == "en"
            and mention_kind(mention) == "description"
        ):
            # "the Dutchman", "the Spaniard": the person in focus, or no one
            focus = self._epithet(mention, span, low, low[-1])
            return focus or Resolution(None, 0.3, "description, unresolved (a nationality)")
        employee = owned_person(self.model, mention, span)
        if employee is not None:
            return self._inner_resolution(*employee, "name", 0.85)  # "CNN's Jake Tapper"
        link = spelled_out(self.model, self.text, mention, span)
        if link is not None:  # "the IMF" after "the International Monetary Fund"
            name = name_words(self.text[link[0] : link[1]]) or None
            return Resolution(name, 0.85, "name, spelled out", (link,))
        if self.lex.code == "de":
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
        joint = re.search(r"\s(?:and|und|&)\s", mention)
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
        if _is_name(mention) and not self._common_noun(low, span):
            return self._name(mention, span)
        return self._description(mention, span, low)

    def _whose(
        self, mention: str, span: Span, words: list[str], head: str, definite: bool
    ) -> Resolution | None:
        """A description the text elsewhere says whose it is: staff of the one body
        tied to them ("NASA officials" ... "officials said"), a document's makers ("a
        study by ..." ... "the study found"), or a body's own description ("the French
        foreign ministry"). Weaker evidence than a name, so a lower confidence."""
        named = named_staff(self.model, span, words)
        if named is not None:  # "NASA officials": NASA's
            return self._inner_resolution(*named, "description, the body of its staff", 0.7)
        staff = staff_noun(words)
        if staff is not None:
            hit = staff_body(self.model, span, staff)
            if hit is not None:
                return self._inner_resolution(*hit, "description, the body of its staff", 0.6)
            return None
        kind = staff_of_a_kind(words, self.lex.body_nouns)
        if kind is not None:
            # "company officials": the one salient company, weaker still
            body = self._recent_body(span[0], kind, set(words))
            if body is not None:
                return self._name_of(body, span, "description, the body of its staff", 0.55)
            return None
        if definite and len(words) <= 3 and words[0] in ("the", "this"):
            hit = document_makers(self.model, span, head)
            if hit is not None:
                return self._inner_resolution(*hit, "description, its makers", 0.6)
        owner = document_owner(self.model, span, head, self.lex.document_nouns)
        if owner is not None:
            return self._inner_resolution(*owner, "description, its maker", 0.7)
        if names_its_body(mention):
            name = name_words(mention) if mention[:1] == "T" else " ".join(mention.split())
            return Resolution(name, 0.7, "description, names its body")
        return self._pronoun_owned(mention, span, words)

    def _pronoun_owned(self, mention: str, span: Span, words: list[str]) -> Resolution | None:
        """ "her campaign", "his office": the body of the person "her" or "his" stands
        for, as that pronoun resolves ("Hillary Clinton's campaign"); nothing when it
        does not."""
        if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in OWNED_BODIES:
            return None
        owner = self._pronoun(words[0], (span[0], span[0] + len(words[0])), (), None)
        if owner.name is None or owner.how != "pronoun" or not owner.chain:
            return None
        if not self._has_such_a_body(owner.name, words[1], span[0]):
            return None  # (not an adviser quoted last: "his campaign" is the candidate's)
        name = f"{owner.name}'s {mention.split()[1]}"
        return Resolution(name, min(owner.confidence, 0.6), "description, whose it is", owner.chain)

    def _has_such_a_body(self, name: str, body: str, pos: int) -> bool:
        """The person named ``name`` is the one the text speaks of most up to ``pos``, or
        the text names the body after that person elsewhere ("the Sanders campaign",
        "Trump's campaign")."""
        surname = name.split()[-1]
        owned = rf"\b{re.escape(surname)}(?:[\u2019']s?)?[ \t\xa0]+{re.escape(body)}\b"
        if re.search(owned, self.text):
            return True
        counts = {
            id(e): (sum(1 for m in e.mentions if m[0] < pos), e)
            for e in self.model.entities
            if e.kind == "person"
        }
        if not counts:
            return False
        top = max(counts.values(), key=lambda c: c[0])
        return surname in top[1].name.split() and all(
            n < top[0] for n, e in counts.values() if e is not top[1]
        )

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
            low[0] in self.lex.speaker_nouns
            or low[0] in self.lex.document_nouns
            or low[0] in self.model.lowercase
            or plural_of_common(low[0], self.model, self.lex.speaker_nouns)
            or adverb_or_participle(low[0], self.model)
            or people_plural(low[0], self.model)
        )
        return common and self.model.sentence_initial(span[0])

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
            member = one_of_a_family(self.model, ent, mention, span)
            if member is None:
                return Resolution(None, 0.3, "surname, unresolved (two people bear it)")
            ent = member  # "Clinton said she ...": the one of them who is "she"
        if ent is not None:
            res = self._name_of(ent, span, "name", 0.9)
            if res.name and res.name != clean and len(clean.split()) == 1:
                return attrs.evolve(res, how="surname")
            if res.name:
                return res
        return Resolution(clean, 0.85 if " " in clean else 0.7, "name")

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
            model.sentence_index(start)
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
            if weight >= MAIN or (weight and sentence not in main_person):
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
            and (x[1].gender == gender or gender == "p")
            and (
                id(x[1]) in spoke
                or id(agreeing[0][1]) not in spoke
                or x[0] > agreeing[0][0] - _LEAD
            )
            for x in agreeing[1:]
        ):
            # no focus, and another such person was named since: too weak, unless the
            # first spoke and the other, who never did, is far behind
            return None
        return agreeing[0][0], agreeing[0][1]

    def _not_the_speaker(self, said: tuple[Span, ...], cue: Span | None) -> set[int]:
        """Entities that cannot be a pronoun's referent as speaker: named (by name) inside
        the quote, or the one spoken to or of right after the cue ("he told Cook")."""
        out: set[int] = set()
        model = self.model
        lo, hi = min((a for a, _ in said), default=0), max((b for _, b in said), default=-1)
        for ent in model.entities:
            for s, e in ent.mentions:
                if lo <= s and e <= hi and any(a <= s and e <= b for a, b in said):
                    head = self.text[max(0, s - 12) : s].lower()
                    if not re.search(r"\b(?:i'm|i\u2019m|i am|name is)\s+$", head):
                        out.add(id(ent))
        if cue is not None:
            gap = re.match(r"[\s,]+(?:(?:to|of|about|with)\s+)?", self.text[cue[1] : cue[1] + 12])
            spoken_to = model.entity_starting_at(cue[1] + gap.end()) if gap else None
            if spoken_to is not None:
                out.add(id(spoken_to))
        return out

    def _pronoun(
        self, pronoun: str, span: Span, said: tuple[Span, ...], cue: Span | None
    ) -> Resolution:
        gender, number = self.lex.pronoun_features.get(pronoun, ("", ""))
        if number == "self" or pronoun in _WRITER:
            return Resolution(None, 0.2, "pronoun, unresolved")  # the writer, or a voice unnamed
        if self.lex.code == "de":
            return self._german_pronoun(pronoun, span)
        # A reporting clause's pronoun ("..., he added") does not point into the
        # reported words of its own sentence.
        excluded = self._not_the_speaker(said, cue)
        if pronoun == "it":
            described = self._it_after_a_text(span) or self._it_after_a_description(span)
            if described is not None:
                return described
            if cue is not None and self.text[cue[0] : cue[1]].lower() in _READ:
                return Resolution(None, 0.2, "pronoun, unresolved (a text)")  # a sign
        if number == "pl":
            described = self._plural_description(span[0])
            if described is not None:
                return described
            if self._someone_and_others(span[0]):
                return Resolution(None, 0.3, "pronoun, unresolved (someone and others)")
        if number == "pl" or gender not in ("m", "f"):
            agreeing: list[tuple[float, Entity]] = []
            spoke = {id(e) for _, e, _ in self.speakers if e is not None}
            for score, ent, _, _ in self._candidates(span[0]):
                adjusted = self._agrees(ent, gender, number, score, id(ent) in spoke)
                if adjusted is not None and id(ent) not in excluded:
                    agreeing.append((adjusted, ent))
            agreeing.sort(key=lambda x: -x[0])
            if not agreeing:
                return Resolution(None, 0.2, "pronoun, unresolved")
            if len(agreeing) > 1 and agreeing[0][0] - agreeing[1][0] < _MARGIN:
                return Resolution(None, 0.3, "pronoun, unresolved (ambiguous)")
            best = agreeing[0][1]
            if (
                number == "pl"
                and best.kind == "organisation"
                and nearer_group(self.model, best, span[0])
            ):
                return Resolution(None, 0.3, "pronoun, unresolved (a nearer group)")
            if number == "pl" and thing_name(best):
                # people or a body of them, never a law, a treaty or a product
                return Resolution(None, 0.3, "pronoun, unresolved (a thing)")
            if best.kind == "group" and not self._group_in_focus(best, span[0]):
                # "they wrote with Acemoglu and Price ..., they estimated": two people
                # named in passing are not who "they" are
                return Resolution(None, 0.3, "pronoun, unresolved (a pair named in passing)")
        else:
            # Mentions inside quotes are no antecedents, so the sentence's own quote is
            # left out; its frame before the quote is not ("By the time Berg learned
            # ..., she was only half-surprised: "...," she said").
            found = self._best_person(gender, span[0], same_sentence=True, excluded=excluded)
            if found is None:
                return Resolution(None, 0.3, "pronoun, unresolved (ambiguous)")
            best = found[1]
            if self._unnamed_one_since(best, gender, span[0]):
                return Resolution(None, 0.3, "pronoun, unresolved (someone unnamed)")
        confidence = 0.8 if best.gender or number == "pl" else 0.6
        return self._name_of(best, span, "pronoun", confidence)

    def _german_pronoun(self, pronoun: str, span: Span) -> Resolution:
        """German "er" or "sie": "er" stands for masculine nouns too ("der Artikel") and
        "sie" for a woman, for feminine nouns and for "they"; so only the one person of
        that gender (or of none known) named in this sentence or the one before is who
        the pronoun is."""
        gender = {"er": "m", "sie": "f"}.get(pronoun)
        if gender is None:
            return Resolution(None, 0.2, "pronoun, unresolved")
        model = self.model
        here = model.sentence_index(span[0])
        lowest = model.sentence_starts[max(0, here - 1)]
        people = {  # (German nouns are capitalised: an unknown word is no one, but two
            # with a role set off after them are a name: "Jan Holm, der Sekretär ...")
            id(e): e
            for _, e, _ in model.mentions_between(lowest, span[0])
            if (e.kind == "person" and e.gender in ("", gender))
            or (e.kind == "unknown" and two_word_name(e.name) and self._role_after(e))
        }
        if len(people) != 1:
            return Resolution(None, 0.3, "pronoun, unresolved (ambiguous)")
        return self._name_of(next(iter(people.values())), span, "pronoun", 0.6)

    def _role_after(self, ent: Entity) -> bool:
        """A German role set off after a mention of ``ent`` (", der Sekretär", ", die
        Sprecherin")."""
        return any(_DE_ROLE_AFTER.match(self.text, e) for _, e in ent.mentions)

    def _group_in_focus(self, group: Entity, pos: int) -> bool:
        """The two people of ``group``, if named in the last sentences before ``pos``,
        were not named there in passing ("they wrote with Hale and Carter")."""
        here = self.model.sentence_index(pos)
        lowest = self.model.sentence_starts[max(0, here - 2)]
        last = [s for s, e, _ in self.model.mentions_between(lowest, pos) if e is group]
        if not last:
            return True
        before = self.text[max(0, last[-1] - 30) : last[-1]].rstrip()
        word = before.rsplit(None, 1)[-1] if before else ""
        # not the end of a list of names ("such as Walter Scott, Eric Garner and Tamir
        # Rice") nor the object of a preposition ("wrote with Acemoglu and Price")
        listed = word.endswith(",") and word[:1].isupper()
        return not listed and word.lower() not in _PREPOSITIONS and word.lower() != "as"

    def _it_after_a_text(self, span: Span) -> Resolution | None:
        """ "it" opening the sentence after one whose subject is a text, described ("The
        report also gave details ... It said ...", "The post showed ... It says:"): that
        text, unnamed."""
        model = self.model
        here = model.sentence_index(span[0])
        if here == 0 or model.sentence_starts[here] != span[0]:
            return None
        start = model.sentence_starts[here - 1]
        found = _TEXT_SUBJECT.match(self.text, start, span[0])
        if found is None:
            return None
        heads = [
            w
            for w in _WORD_RUN.finditer(found.group(1))
            if w.group() not in _NOT_HEADS and not w.group().endswith(("'s", "\u2019s"))
        ]
        if not heads:
            return None
        end = found.start(1) + heads[0].end()
        mention = (found.start(), end)
        head = heads[0].group().lower()
        if head in self.lex.body_nouns and _VERB_AFTER.match(self.text, end):
            # "The company grew fast. It said ...": the body, as its description resolves
            said = self.text[mention[0] : mention[1]]
            return self._it_for(mention, self._description(said, mention, said.lower().split()))
        if head not in _TEXT_NOUNS:
            return None
        said = self.text[mention[0] : mention[1]]
        return Resolution(name_words(said) or None, 0.3, "pronoun, unresolved (a text)", (mention,))

    def _unnamed_one_since(self, best: Entity, gender: str, pos: int) -> bool:
        """A man or a woman the text does not name opens a sentence ("One woman adopted
        from Iran ...") after ``best`` was last mentioned, within the last sentences
        before ``pos``: "she" may be her."""
        last = self.model.last_mention_before(best, pos)
        here = self.model.sentence_index(pos)
        lowest = self.model.sentence_starts[max(0, here - 3)]
        start = max(lowest, last[1] if last is not None else 0)
        nouns = self.lex.female_roles if gender == "f" else self.lex.male_roles
        # (a sentence's subject: not "Through a spokesman, he said", not a quote's words)
        return self.model.unnamed_person(start, pos, nouns)

    def _it_after_a_description(self, span: Span) -> Resolution | None:
        """ "it" right after a speaker that is a body or a text described, not named
        ("the newspaper admitted ... it added", "the editorial read ... it read"): that
        speaker, as it was resolved (unresolved if it was)."""
        last = self._speaker_just_before(span[0])
        if last is None:
            return None
        s, res = last
        said = self.text[s[0] : s[1]]
        words = said.lower().split()
        if not words or mention_kind(said) != "description":
            return None
        if words[-1] not in self.lex.body_nouns and words[-1] not in _READ_TEXTS:
            return None
        return self._it_for(s, res)

    def _it_for(self, mention: Span, res: Resolution) -> Resolution:
        """ "it" standing for the description at ``mention``, as that description was
        resolved (unresolved if it was)."""
        if res.name is None or "unresolved" in res.how:
            name = name_words(self.text[mention[0] : mention[1]]) or None
            return Resolution(name, 0.3, "pronoun, unresolved (a description)", (mention,))
        chain = (mention, *res.chain)
        return Resolution(res.name, min(res.confidence, 0.6), "pronoun, the body before", chain)

    def _someone_and_others(self, pos: int) -> bool:
        """The first one named in the sentence before ``pos`` is a person and people
        the text does not name ("Xi and his comrades ... They know"): "they" is all of
        them, a group with no name of its own."""
        model = self.model
        here = model.sentence_index(pos)
        if here == 0:
            return False
        first = model.mentions_between(model.sentence_starts[here - 1], pos)[:1]
        if not first or first[0][1].kind != "person":
            return False
        start, ent, _ = first[0]
        end = next((b for a, b in ent.mentions if a == start), None)
        return end is not None and _AND_OTHERS.match(self.text, end) is not None

    def _plural_description(self, pos: int) -> Resolution | None:
        """ "they" right after a plural description spoke ("The doctors said ... They
        hope ..."): that description, still unnamed."""
        last = self._speaker_just_before(pos)
        if last is None:
            return None
        s, res = last
        said = self.text[s[0] : s[1]]
        words = said.split()
        if mention_kind(said) != "description" or not words:
            return None
        collective = self._collective(said, s, res)
        if collective is not None:
            return collective
        head = words[-1].lower()
        if head.endswith("s") and not head.endswith("ss") and head.isalpha():
            name = name_words(said) or None
            return Resolution(name, 0.4, "pronoun, unresolved (a description)", (s,))
        return None

    def _speaker_just_before(self, pos: int) -> tuple[Span, Resolution] | None:
        """The last speaker mention before ``pos``, if it is at most two sentences back."""
        here = self.model.sentence_index(pos)
        for s, _, res in reversed(self.speakers):
            if s[0] >= pos:
                continue
            if here - self.model.sentence_index(s[0]) > 2:
                return None
            return s, res
        return None

    def _collective(self, said: str, mention: Span, res: Resolution) -> Resolution | None:
        """ "The lab of Jane Roe reported ... They showed ...": "they" after a speaker
        that is a body of people (a lab, team or group) resolved to a name: that name."""
        words = [w.lower().strip(",") for w in said.split()]
        cut = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS), len(words))
        head = words[cut - 1] if cut else ""
        if head not in _COLLECTIVE or res.name is None or "unresolved" in res.how:
            return None
        chain = (mention, *res.chain)
        return Resolution(res.name, min(res.confidence, 0.6), "pronoun, the group before", chain)

    def _issuer(self, pos: int, noun: str) -> Resolution | None:
        """ "the statement read": the speaker of a sentence just before that spoke of
        "a statement" ("The company denied it in a statement"), as that speaker was
        resolved."""
        here = self.model.sentence_index(pos)
        for s, _, res in reversed(self.speakers):
            if s[0] >= pos or here - self.model.sentence_index(s[0]) > 3:
                continue
            start = self.model.sentence_starts[self.model.sentence_index(s[0])]
            sentence = self.text[start:pos]
            if re.search(rf"\b{noun}\b", sentence, re.IGNORECASE) is None:
                continue
            if not re.search(_ISSUED.format(noun), sentence, re.IGNORECASE):
                return None  # "CBS reports that the letter ...": what it reported, not issued
            if res.name is None or not res.how.startswith(("name", "surname")):
                return None  # only a speaker named there: a guess is not passed on
            chain = (s, *res.chain)
            last = self.text[chain[-1][0] : chain[-1][1]]
            name = name_words(last) or None
            return Resolution(name, min(res.confidence, 0.6), "description, its issuer", chain)
        return None

    def _unnamed_body_spoke(self, pos: int, head: str, ent: Entity) -> bool:
        """A description with the same head spoke after ``ent`` was last named, and was
        not resolved to it: "the ministry" may be that one."""
        last = max((m[0] for m in ent.mentions if m[0] < pos), default=-1)
        for s, spoke, _ in self.speakers:
            said = self.text[s[0] : s[1]].lower().split()
            if last < s[0] < pos and said[-1:] == [head] and spoke is not ent:
                return True
        return False

    def _stands_for_a_body(self, words: list[str], head: str) -> bool:
        """ "the utility", "the news organization", "Company management": a definite
        noun for an organisation, which points back to one the text named."""
        if self.lex.code != "en" or head not in self.lex.body_nouns:
            return False
        return words[0] in ("the", "its") or (len(words) == 2 and words[0] == "company")

    def _recent_body(self, pos: int, head: str, words: set[str]) -> Entity | None:
        """The organisation most salient before ``pos`` (a news outlet only for a news
        noun), or None when another is about as salient."""
        lex = self.lex
        news_kind = lex.org_kinds.get("news agency", frozenset())
        other_kind = any(head in n for k, n in lex.org_kinds.items() if k != "news agency")
        news_only = bool(words & _NEWS_WORDS) or (head in news_kind and not other_kind)
        news_too = news_only or head in news_kind
        spoke = {id(e) for _, e, _ in self.speakers if e is not None}
        kinds = [(k, nouns) for k, nouns in lex.org_kinds.items() if head in nouns]
        bodies: list[tuple[float, Entity]] = []
        for score, ent, _, _ in self._candidates(pos, window=3):
            if not self._body(ent, id(ent) in spoke) or named_thing(ent):
                continue  # (not "the Space Launch System" for "the agency")
            outlet = "news agency" in ent.roles or "newspaper" in ent.roles
            if (news_only and not outlet) or (outlet and not news_too):
                continue
            if head in _SPECIFIC_BODIES and ent.roles & _SPECIFIC_BODIES and head not in ent.roles:
                continue  # "the commission" is no office, "the ministry" no council
            if head in _OFFICES and head not in ent.roles and head not in ent.words:
                continue  # "the ministry" is a ministry the text named as one
            known = ent.kind == "organisation" and kinds and ent.roles & lex.body_nouns
            if known and not any(k in ent.roles or ent.roles & n for k, n in kinds):
                continue  # a known kind must agree ("the company" is no ministry, no union)
            bodies.append((score, ent))
        agreeing = [b for b in bodies if head in b[1].roles]
        if agreeing:
            bodies = agreeing  # "the company": one the text called a company ("oil giant")
        if not bodies or (len(bodies) > 1 and bodies[0][0] - bodies[1][0] < _MARGIN):
            return None
        best = bodies[0][1]
        model = self.model
        lowest = model.sentence_starts[max(0, model.sentence_index(pos) - 3)]
        named = [s for s, _ in best.mentions if lowest <= s < pos]
        starts = {s for s, _ in best.mentions}
        same = [
            m
            for m in re.finditer(rf"\bthe {re.escape(head)}\b", self.text[lowest:pos], re.I)
            if lowest + m.end() - len(head) not in starts
        ]  # (not "The Ministry of Health" itself)
        apposed = any(
            (gap := re.match(r",?\s*", self.text[lowest + m.end() : pos])) is not None
            and lowest + m.end() + gap.end() in starts
            for m in same
        )  # "The group, WeWorkers Coalition, formed ...": the description is the name
        if same and named and not apposed and min(named) > lowest + same[0].start():
            # "The firm was sold to Burson-Marsteller. ... The firm lobbied": the same
            # description again, not the body named after it
            return None
        return best

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

    def _inner_name(self, span: Span) -> tuple[Span, Entity] | None:
        """A person's name inside a description ("planetary geologist Rosaly Lopes of
        NASA"): not a possessor ("Steenburgen's son") nor after a preposition."""
        for ent in self.model.entities:
            unnamed = ent.kind == "unknown" and (" " not in ent.name or self.lex.code != "en")
            if ent.kind not in ("person", "unknown") or unnamed:
                continue  # German nouns are capitalised: only people
            for s, e in ent.mentions:
                if not (span[0] <= s and e <= span[1]) or (s, e) == span:
                    continue
                if not _is_name(self.text[s:e]):
                    continue
                before = self.text[span[0] : s].split()
                if before and before[-1].lower().strip(",") in _PREPOSITIONS:
                    continue
                rest = self.text[e : span[1]]
                if rest.strip() and not re.match(r"\s*(?:,|\(|(?:of|at|from|with|in)\b)", rest):
                    continue  # "a WeWork spokesperson": the name qualifies the head noun
                return (s, e), ent
        return None

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

    def _name_at_end(self, span: Span) -> tuple[Span, Entity] | None:
        """A name set off by a comma at the end of the description ("an unpledged
        delegate supporting Roe, Jane Doe"): the one the whole phrase stands for."""
        comma = self.text.rfind(",", span[0], span[1])
        if comma < 0:
            return None
        start = comma + 1
        while start < span[1] and self.text[start] in " \t\xa0":
            start += 1
        named_as = IDENTIFIED_AS.match(self.text, start, span[1])
        if named_as is not None:  # "the driver, identified as Tom Reed"
            start = named_as.end()
        ent = self.model.entity_starting_at(start)
        head = self.text[span[0] : comma].split()[-1:]
        body = bool(head) and (head[0].lower() in self.lex.body_nouns or head[0].lower() == "group")
        if (
            ent is None
            or ent.kind not in ("person", "unknown", *(("organisation",) if body else ()))
            or (start, span[1]) not in ent.mentions
        ):
            return None  # ("The group, WeWorkers Coalition": a body after a body's noun)
        return ((start, span[1]), ent) if _is_name(self.text[start : span[1]]) else None

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

    def _body_named_for(self, head: str, pos: int) -> Entity | None:
        """ "The doctors" after "Doctors for Camp Closure" was named: the one body named
        before ``pos`` whose name starts with the plural noun."""
        if not head.endswith("s") or head.endswith("ss") or self.lex.code != "en":
            return None
        found = [
            e
            for e in self.model.entities
            if e.kind in ("organisation", "unknown")
            and " " in e.name
            and e.name.split()[0].lower() == head
            and e.mentions[0][0] < pos
        ]
        return found[0] if len(found) == 1 else None

    def _recent_pair(self, pos: int) -> Entity | None:
        """ "Both men", "the pair": the one group of two people named in the last few
        sentences ("King and Weeks were freed. Both men said ...")."""
        here = self.model.sentence_index(pos)
        lowest = self.model.sentence_starts[max(0, here - 3)]
        groups = {
            id(e): e for _, e, _ in self.model.mentions_between(lowest, pos) if e.kind == "group"
        }
        found = list(groups.values())
        pairs = [g for g in found if not any(g.words < o.words for o in found)]
        if len(pairs) != 1:
            return None  # two pairs: which one is meant is not said
        pair = pairs[0]
        fuller = [
            e
            for e in self.model.entities
            if e.kind == "group" and e.words > pair.words and e.mentions[0][0] < pos
        ]  # "Kevin King and Timothy Weeks" named first, "King and Weeks" since
        return max(fuller, key=lambda e: len(e.words)) if fuller else pair

    def _apposed_name(self, span: Span) -> tuple[Span, Entity] | None:
        """A name set off by commas right after the description ("the deputy
        prosecutor, Jane Roe, said"): the one the description stands for, through its
        mention before the description (with none, the chain could not be checked)."""
        gap = re.match(r",[ \t\xa0]*", self.text[span[1] : span[1] + 4])
        if gap is None:
            return None
        start = span[1] + gap.end()
        ent = self.model.entity_starting_at(start)
        if ent is None or ent.kind == "group":
            return None
        end = next(e for s, e in ent.mentions if s == start)
        if not re.match(r"[ \t\xa0]*[,\u2014(]", self.text[end : end + 4]):
            return None
        named = self.text[start:end]
        if not _is_name(named) or (ent.kind == "unknown" and " " not in ent.name):
            return None
        # The evidence must run back: to the name as the text gave it before.
        own = set(name_words(named).split())
        earlier = [
            m
            for m in ent.mentions
            if m[1] <= span[0] and own <= set(name_words(self.text[m[0] : m[1]]).split())
        ]  # the same full name, not only a surname another person may share
        return (earlier[-1], ent) if earlier else None

    def _description(self, mention: str, span: Span, low: list[str]) -> Resolution:
        lex = self.lex
        inner = self._name_at_end(span) or self._inner_name(span) or self._apposed_name(span)
        if inner is not None:
            return self._inner_resolution(*inner)
        maker = document_maker(self.model, span, low, self.lex.document_nouns)
        if maker is not None:
            return self._inner_resolution(*maker)
        text_words = [w.strip(",.") for w in low]
        core = next(
            (text_words[:i] for i, w in enumerate(text_words) if i and w in _PREPOSITIONS),
            text_words,
        )  # "one study in 38 people": the head is "study"
        head = _unpossessed(core[-1])
        possessors = {w[:-2] for w in text_words[:-1] if w.endswith(("\u2019s", "'s"))}
        # "the 56-year-old", but not "the 56-year-old's son": a relative is not the person
        age = re.search(r"(\d{1,3})-year-old(?![\u2019']s)", mention)
        pool = self._candidates(span[0], window=12)
        qualified = _qualifiers(mention, possessors) - possessors  # "the WikiLeaks founder"
        match: Entity | None = None
        for _, ent, _, _ in sorted(
            pool, key=lambda x: -max((m[0] for m in x[1].mentions if m[0] < span[0]), default=-1)
        ):
            if ent.kind == "group":
                continue
            if age:
                if ent.age == age.group(1):
                    match = ent
                    break
                continue
            body = ent.kind == "organisation" and head in lex.body_nouns and not possessors
            if body:
                continue  # "the company": weighed by salience below, not by recency alone
            if (
                head in ent.roles
                and (not possessors or possessors & ent.possessors)
                and qualified <= ent.possessors | ent.words
            ):
                match = ent
                break
            if ent.kind == "organisation" and head == ent.last_word:
                match = ent
                break
        confidence = 0.75
        indefinite = text_words[0] in ("a", "an", "another")  # "a group": one not named yet
        if (
            match is None
            and not indefinite
            and (self._stands_for_a_body(text_words, head) or head in lex.kind_nouns)
        ):
            # the most salient body of its kind: weaker than a role the text gave it
            match = self._recent_body(span[0], head, set(text_words))
            confidence = 0.65
            named = _qualifiers(mention, possessors)
            if match is not None and not named <= match.words | match.possessors:
                match = None  # "Russia's foreign ministry", "the French ministry": another body
            if match is not None and self._unnamed_body_spoke(span[0], head, match):
                match = None  # "The French foreign ministry said ... The ministry said"
        if match is None and text_words[0] == "the" and len(text_words) == 2:
            match = self._body_named_for(head, span[0])
            confidence = 0.65
        if match is None and _PAIR.fullmatch(mention.strip().lower()):
            match = self._recent_pair(span[0])
            confidence = 0.75
        if match is not None:
            return self._name_of(match, span, "description", confidence)
        definite = text_words[0] in ("the", "this", "that", "these", "those", "der", "die", "das")
        if self.lex.code == "en":
            found = self._whose(mention, span, text_words, head, definite)
            if found is not None:
                return found
        if head in _WRITTEN and self.lex.code == "en":
            issued = issued_by(self.model, self.text, span)
            if issued is not None:
                return self._inner_resolution(*issued, how="description, its issuer")
        if definite and head in _WRITTEN and self.lex.code == "en":
            issuer = self._issuer(span[0], head)
            if issuer is not None:
                return issuer
        if self.lex.code == "en":
            later = named_after(self.model, self.lex, span, core)
            if later is not None:
                (a, b), _ = later
                name = name_words(self.text[a:b]) or None
                return Resolution(name, 0.6, "description, named after it", ((a, b),))
        # proper words anywhere after the first ("the government in Beijing"): whose it is
        proper = {_unpossessed(w).lower() for w in _WORD.findall(mention)[1:] if w[:1].isupper()}
        for s, _, res in reversed(self.speakers if definite else []):
            said = self.text[s[0] : s[1]]
            earlier_words = {_unpossessed(w).lower() for w in _WORD.findall(said)}
            same_body = (_qualifiers(mention, possessors) | proper) <= earlier_words
            if s[0] < span[0] and said.lower().split()[-1:] == [head] and same_body:
                # The same definite description as an earlier speaker ("the researchers"):
                # one source, still unnamed ("another study" is a new one).
                how = res.how if "unresolved" not in res.how else "description, unresolved"
                chain = (s, *res.chain)
                last = self.text[chain[-1][0] : chain[-1][1]]
                if head == "campaign" and "unresolved" not in how:
                    # the campaign spoken of last is that candidate's, or it stays unnamed
                    candidate = campaign_before(self.text, span[0])
                    if candidate is None or candidate.lower() not in earlier_words:
                        break
                return Resolution(name_words(last) or None, min(res.confidence, 0.5), how, chain)
        if definite and not possessors and not indefinite:
            focus = self._epithet(mention, span, text_words, head)
            if focus is not None:
                return focus
        return Resolution(" ".join(mention.split()), 0.4, "description, unresolved")

    def _epithet(self, mention: str, span: Span, words: list[str], head: str) -> Resolution | None:
        """ "the Florida senator", "the billionaire mogul": a noun of standing for the
        person the sentences before were about, when that person was named last, as the
        main subject or a speaker, and in an earlier sentence ("Manafort said the
        candidate ..." is someone else); a weaker link than a role the text gave."""
        lex = self.lex
        parent = (
            len(words) in (4, 5)
            and head in ("mother", "father")
            and words[-2] == "of"
            and words[-1] in CHILD_COUNTS
            and (len(words) == 4 or re.fullmatch(r"\d{1,3}-year-old", words[1]) is not None)
        )  # "the (34-year-old) mother of three": a parent known by her number of children
        if lex.code != "en" or words[0] != "the" or len(words) > 5:
            return None
        if head not in lex.epithets and head not in PEOPLE_NOUNS and not parent:
            return None
        gender = "f" if head in lex.female_roles else "m" if head in lex.male_roles else "p"
        if head in PEOPLE_NOUNS and head.endswith("man") and head != "german":
            gender = "f" if head.endswith("woman") else "m"  # "the Dutchman"
        found = self._best_person(
            gender, span[0], same_sentence=True, excluded=set(), need_focus=True
        )
        if found is None or found[1].kind != "person" or not _plain_name(found[1].name):
            return None
        best = found[1]
        model = self.model
        count = {
            id(e): sum(1 for m in e.mentions if m[0] < span[0])
            for e in model.entities
            if e.kind == "person"
        }
        first_line = self.text.find("\n")
        if any(n > count[id(best)] for n in count.values()) or all(
            s < first_line for s, _ in best.mentions
        ):
            return None  # the story is about someone else more (or a headline's words)
        here = model.sentence_index(span[0])
        lowest = model.sentence_starts[max(0, here - _FOCUS_SPAN)]
        recent = model.mentions_between(lowest, span[0])
        people = [(s, e, w) for s, e, w in recent if e.kind in ("person", "unknown")]
        if not people or people[-1][1] is not best:
            return None  # someone else named since ("Obama ... Clinton ... the president")
        if model.sentence_index(people[-1][0]) == here:
            return None
        if re.search(r"\b(?:and|or|&)\s+$", self.text[max(0, people[-1][0] - 5) : people[-1][0]]):
            return None  # "Donald and Ivana Trump": one of two
        since = self.text[people[-1][0] : span[0]]
        if re.search(rf"\b{re.escape(head)}\b", since, re.IGNORECASE):
            return None  # "Brandt said the candidate could win": the noun was someone else
        spoke = any(e is best and lowest <= s[0] < span[0] for s, e, _ in self.speakers)
        if not spoke and not any(e is best and w >= MAIN for _, e, w in people):
            return None  # named in passing ("lawyers for Ivana Trump"), not the subject
        proper = {w.lower() for w in _WORD.findall(mention)[1:] if w[:1].isupper()} - {head}
        others = {
            w
            for e in model.entities
            if e is not best and e.kind in ("person", "unknown")
            for w in e.words
        }
        if proper & (others - best.words):
            return None  # "the Clinton aide": someone else's name in it
        return self._name_of(best, span, "description, the person in focus", 0.5)
