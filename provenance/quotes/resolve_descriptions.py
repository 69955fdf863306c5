"""Descriptions as speakers, for the resolver (:mod:`provenance.quotes.resolve`).

- a name the description holds or sets off ("planetary geologist Rosaly Lopes", "the
  deputy prosecutor, Jane Roe,");
- the entity the text gave that role, age or kind of body ("the 56-year-old", "the
  company"), a pair for "both men", a body named for its people ("the doctors");
- whose the description is: a body's staff, a document's makers, the body of the person
  a pronoun stands for ("his campaign"), the issuer of a statement;
- a role the story's lead names only later, or a noun of standing for the person in
  focus ("the Florida senator").

Positions are code points.
"""

from __future__ import annotations

import re

from .entities import MAIN, Entity
from .evidence import OWNED_BODIES, name_words
from .lang.places import PLACES
from .lexicon import PEOPLE_NOUNS
from .phrase_words import CHILD_COUNTS, IDENTIFIED_AS, ISSUING
from .resolve_bodies import (
    OWN_WRITINGS,
    campaign_before,
    document_maker,
    document_makers,
    document_owner,
    issued_by,
    named_staff,
    named_thing,
    names_its_body,
    staff_body,
    staff_noun,
    staff_of_a_kind,
)
from .resolve_core import (
    _FOCUS_SPAN,
    _MARGIN,
    _PARTICLES,
    _PREPOSITIONS,
    _WORD,
    _WRITTEN,
    Resolution,
    ResolverBase,
    Span,
    _is_name,
)
from .resolve_later import named_after

__all__ = ["DescriptionResolver", "group_of_two"]

# People who may be a pair named before ("the two lawmakers", "both Republican senators").
_PAIRED = (
    "men|women|people|lawmakers|senators|candidates|leaders|politicians|officials|brothers|"
    "sisters|executives|founders|players|coaches|republicans|democrats"
)
_PAIR = re.compile(
    r"(?:both|the\s+two)(?:\s+of\s+them|(?:\s+[a-z\-]+)?\s+(?:" + _PAIRED + r"))?"
    r"|the\s+(?:pair|couple|duo)"
)


# "the younger Mr. Vell", "the elder Vell": which of two of a name.
_GENERATION = frozenset(["younger", "elder", "older"])


def _head_after_article(phrase: str, articles: tuple[str, ...]) -> str | None:
    """The noun after one of ``articles`` that heads ``phrase``, before any preposition
    ("A lawmaker in Norland": lawmaker); None when the phrase opens otherwise."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    if words[:1] not in ([a] for a in articles):
        return None
    core = _head_phrase(words)
    return core[-1] if len(core) > 1 else None


def _head_phrase(words: list[str]) -> list[str]:
    """A phrase's words up to the first preposition after its first word ("one study in
    38 people": one study); the last of them is its head noun."""
    return next((words[:i] for i, w in enumerate(words) if i and w in _PREPOSITIONS), words)


def group_of_two(mention: str) -> bool:
    """``mention`` stands for two people named before ("both", "the pair")."""
    return _PAIR.fullmatch(mention.strip().lower()) is not None


# Prepositions after which a name says whom someone works for, not who they are ("a
# spokesman for ...", "an official at ...", "a lawyer with ...").
_WHOSE_STAFF = frozenset(["for", "at", "with"])
# Bodies of a state or an institution: "the ministry" points back only to a body the text
# named as one ("the Foreign Ministry"), never to any salient name.
_OFFICES = frozenset(
    "ministry office commission department bureau authority council committee board".split()  # noqa: SIM905
)
# Kinds of body that must agree with a known kind ("the commission" is no office).
_SPECIFIC_BODIES = _OFFICES | frozenset(["court", "union", "university", "bank", "club"])
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


# A written thing a speaker issues is introduced as new or as their own: "in a statement",
# "released its report", "sent a letter" (not "reports that the letter ...").
_ISSUED = r"\b(?:a|an|its|his|her|their|new)\s+(?:[\w\-]+\s+){{0,2}}{0}\b"
# Writing put out by someone ("issued a statement", "released a letter").
_PUT_OUT_WRITING = re.compile(
    r"\s" + ISSUING + r"\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?P<noun>statement|letter|report)\b",
    re.IGNORECASE,
)


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


# The words of places a qualifier may name ("the Florida senator", "the New York mayor").
_PLACE_WORDS = frozenset(w for place in PLACES for w in place.split())
# Nouns a country or a city may be known by ("the country", "the government").
_PLACE_HEADS = frozenset(
    "country nation state government administration republic kingdom city town".split()  # noqa: SIM905
)
_OWNED = re.compile(r"\w['’]s\s+[A-Z]")


class DescriptionResolver(ResolverBase):
    """The rules for descriptions."""

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
        if len(words) < 2 or words[0] not in ("his", "her"):
            return None
        writing = words[1] in OWN_WRITINGS  # (its title may follow: "his book ''...''")
        if not writing and (len(words) != 2 or words[1] not in OWNED_BODIES):
            return None
        owner = self._pronoun(words[0], (span[0], span[0] + len(words[0])), (), None)
        if owner.name is None or owner.how != "pronoun" or not owner.chain:
            return None
        if writing:  # "according to his book": its author's words
            return Resolution(
                owner.name, min(owner.confidence, 0.6), "description, its author", owner.chain
            )
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

    def _issuer(self, pos: int, noun: str) -> Resolution | None:
        """ "the statement read": the speaker of a sentence just before that spoke of
        "a statement" ("The company denied it in a statement"), as that speaker was
        resolved."""
        here = self.model.sentence_index(pos)
        for s, _, res in reversed(self.speakers):
            if s[0] >= pos or here - self.model.sentence_index(s[0]) > 3:
                continue
            index = self.model.sentence_index(s[0])
            start = self.model.sentence_starts[index]
            sentence = self.text[start:pos]
            if re.search(rf"\b{noun}\b", sentence, re.IGNORECASE) is None:
                continue
            if index + 1 < len(self.model.sentence_starts):
                after = self.text[self.model.sentence_starts[index + 1] : pos]
                if re.search(rf"\b{noun}\b", after, re.IGNORECASE):
                    return None  # another one since ("Hale's campaign sent an email ...")
            if not re.search(_ISSUED.format(noun), sentence, re.IGNORECASE):
                return None  # "CBS reports that the letter ...": what it reported, not issued
            if res.name is None or not res.how.startswith(("name", "surname")):
                return None  # only a speaker named there: a guess is not passed on
            chain = (s, *res.chain)
            last = self.text[chain[-1][0] : chain[-1][1]]
            name = name_words(last) or None
            return Resolution(name, min(res.confidence, 0.6), "description, its issuer", chain)
        return self._named_issuer(pos, noun)

    def _named_issuer(self, pos: int, noun: str) -> Resolution | None:
        """ "The museum issued a statement of concern ... the statement urged": the
        name right before the verb that put out the last such writing, in the three
        sentences before, when it was put out with an article of its own."""
        here = self.model.sentence_index(pos)
        lowest = self.model.sentence_starts[max(0, here - 3)]
        put_out = list(_PUT_OUT_WRITING.finditer(self.text, lowest, pos))
        if not put_out or put_out[-1].group("noun").lower() != noun:
            return None
        last = put_out[-1]
        if re.search(rf"\b{noun}s?\b", self.text[last.end() : pos], re.IGNORECASE):
            return None  # the noun again since: which writing is meant is less clear
        issued = issued_by(self.model, self.text, (last.start("noun"), last.end()))
        if issued is None or issued[1].kind not in ("person", "organisation"):
            return None
        return self._inner_resolution(*issued, how="description, its issuer", confidence=0.6)

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
            if ent.name.lower() in PLACES and head not in _PLACE_HEADS:
                continue  # "the group" is no country ("the United States")
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
        mods = words - {head, "the"}
        named_for = [
            b for b in bodies if any(m in b[1].words or m + "s" in b[1].words for m in mods)
        ]
        if named_for:
            bodies = named_for  # "the production company": Halvard Productions, not Ruiz Inc.
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

    def _inner_name(self, span: Span) -> tuple[Span, Entity] | None:
        """A person's name inside a description ("planetary geologist Rosaly Lopes of
        NASA"): not a possessor ("Steenburgen's son") nor after a preposition; a person's
        name that ends the description before any other ("HFL Director of Government
        Affairs Tom Vell": Tom Vell, not "HFL Director")."""
        found: list[tuple[Span, Entity]] = []
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
                if self._after_a_preposition(before):
                    continue
                rest = self.text[e : span[1]]
                if rest.strip() and not re.match(
                    r"\s*(?:,|\(|(?:of|at|from|with|in)\b)|[\u2019']s\s*$", rest
                ):
                    # "a WeWork spokesperson": the name qualifies the head noun (but
                    # "candidate Tom Edge's call": the candidate is Tom Edge)
                    continue
                found.append(((s, e), ent))
        last = [f for f in found if f[0][1] == span[1] and f[1].kind == "person"]
        return last[0] if last else found[0] if found else None

    def _after_a_preposition(self, before: list[str]) -> bool:
        """The words of a description ``before`` a name in it end in a preposition and
        the name's own words ("the popularity of Mr. Vell", "an official at the U.S.
        Treasury"), or in a phrase after "for", "at" or "with" ("a spokesman for committee
        Democrats"): the name is not whom the description stands for (but "Secretary of
        State Ada Quill", "Minister for Health Tom Vell": a title)."""
        if before and before[-1].lower().strip(",") in _PREPOSITIONS:
            return True
        while before and (before[-1][:1].isupper() or before[-1] in ("the", "a", "an")):
            before = before[:-1]
        if not before or before[-1].lower() not in _PREPOSITIONS:
            while before and not before[-1].endswith(",") and before[-1] not in _WHOSE_STAFF:
                before = before[:-1]
            if not before or before[-1] not in _WHOSE_STAFF:
                return False
        title = len(before) > 1 and before[-2][:1].isupper()
        return not (title and before[-2].lower() in self.lex.titles)

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
        if lex.code == "en" and len(low) > 2 and low[0] == "the" and low[1] in _GENERATION:
            # "the younger Mr. Vell": one of two of that name, which the name cannot tell
            return self._generation(low[1], span)
        inner = self._name_at_end(span) or self._inner_name(span) or self._apposed_name(span)
        if inner is not None:
            return self._inner_resolution(*inner)
        maker = document_maker(self.model, span, low, self.lex.document_nouns)
        if maker is not None:
            return self._inner_resolution(*maker)
        text_words = [w.strip(",.") for w in low]
        core = _head_phrase(text_words)  # "one study in 38 people": the head is "study"
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
            if ent.kind == "organisation" and head == ent.last_word and not possessors:
                match = ent  # (not "Vell's Facebook post" for "The Harbour Post")
                break
        if match is None and head in lex.titles and qualified and qualified <= _PLACE_WORDS:
            # "the Florida senator" after "Sen. Tom Vell", the one senator named and in
            # focus: the state is where he sits, not a word of his name
            holders = [
                (e, focus)
                for _, e, focus, _ in pool
                if e.kind == "person" and head in e.roles and not possessors
            ]
            if len(holders) == 1 and holders[0][1] >= 0:
                match = holders[0][0]  # (and in focus: not "an appearance with Sen. Quill")
        confidence = 0.75
        indefinite = text_words[0] in ("a", "an", "another")  # "a group": one not named yet
        personal = text_words[0] in ("his", "her") and head in OWNED_BODIES  # a person's
        if (
            match is None
            and not indefinite
            and not personal  # ("his team" is no party or company named near it)
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
        if match is None and group_of_two(mention):
            match = self._recent_pair(span[0])
            confidence = 0.75
        if match is not None and self._role_gone_stale(match, span, head):
            # "Sen. Hale ... (paragraphs) ... Vell sought ... the senator said": the one
            # the sentence before was about, not a senator named long before
            focus = self._epithet(mention, span, text_words, head)
            held = self.model.entity_at(focus.chain[-1]) if focus and focus.chain else None
            if focus is not None and held is not None and not (held.roles & self.lex.titles):
                return focus  # (not someone with a title of their own: "Rep. Hale")
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
        lede = self._named_after_lede(span, text_words, head) if definite else None
        if lede is not None:
            return lede
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

    def _generation(self, which: str, span: Span) -> Resolution:
        """ "the younger Mr. Vell": the one person of that surname whose name says so
        ("Tom Vell Jr."), else unresolved."""
        surname = re.sub(r"[\u2019']s$", "", self.text[span[0] : span[1]].split()[-1])
        suffix = ("jr.", "jr", "junior") if which == "younger" else ("sr.", "sr", "senior")
        found = [
            (m, e)
            for e in self.model.entities
            if e.kind == "person" and surname in e.name.split()
            for m in e.mentions
            if m[1] <= span[0] and self.text[m[0] : m[1]].split()[-1].lower() in suffix
        ]
        if len({id(e) for _, e in found}) == 1:
            return self._inner_resolution(found[-1][0], found[-1][1], "description", 0.7)
        return Resolution(None, 0.3, "description, unresolved (one of two of that name)")

    def _named_after_lede(self, span: Span, words: list[str], head: str) -> Resolution | None:
        """ "A lawmaker in Norland is calling for ... / '...,' Ada Quill said. ... The
        lawmaker said": an unnamed "a" description that spoke first and went unresolved
        stands for the first speaker named after its sentence, when that person is the
        one in focus now ("the lawmaker" is Quill, though another is named more often)."""
        if self.lex.code != "en" or words[0] != "the" or len(words) > 4:
            return None
        if head not in self.lex.epithets and head not in PEOPLE_NOUNS:
            return None  # a person's noun ("the lawmaker"), not "the report"
        earlier = next(
            (
                s
                for s, _, res in self.speakers
                if s[0] < span[0]
                and "unresolved" in res.how
                and _head_after_article(self.text[s[0] : s[1]], ("a", "an")) == head
            ),
            None,
        )
        if earlier is None:
            return None
        model = self.model
        after = model.sentence_starts[model.sentence_index(earlier[0]) + 1 :][:1]
        if not after:
            return None
        people = [
            e
            for e in model.entities
            if e.kind == "person" and e.speaks and after[0] <= e.mentions[0][0] < span[0]
        ]
        # (someone named in the lede sentence itself is whom it speaks of)
        first = min(people, key=lambda e: e.mentions[0][0], default=None)
        if first is None:
            return None
        gender = (
            "f" if head in self.lex.female_roles else "m" if head in self.lex.male_roles else "p"
        )
        found = self._best_person(
            gender, span[0], same_sentence=True, excluded=set(), need_focus=True
        )
        if found is None or found[1] is not first:
            return None
        return self._name_of(first, span, "description, named after the lede", 0.5)

    def _role_gone_stale(self, match: Entity, span: Span, head: str) -> bool:
        """``match`` holds the role ``head`` (a noun of standing) but was last named more
        than two sentences before ``span``."""
        if head not in self.lex.epithets or match.kind != "person":
            return False
        model = self.model
        last = max((m[0] for m in match.mentions if m[0] < span[0]), default=-1)
        spoke = max(
            (s[0] for s, e, _ in self.speakers if e is match and s[0] < span[0]), default=-1
        )
        latest = max(last, spoke)
        return latest < 0 or model.sentence_index(span[0]) - model.sentence_index(latest) > 2

    def _subject_before(
        self, people: list[tuple[int, Entity, float]], best: Entity, here: int
    ) -> bool:
        """``best`` is the last person named before the epithet's sentence ``here``,
        as the subject of the sentence right before it: the local focus, whoever
        the story names more often."""
        if not people or people[-1][1] is not best:
            return False
        model = self.model
        named = model.sentence_index(people[-1][0])
        if not any(
            e is best and w >= MAIN and model.sentence_index(s) == named for s, e, w in people
        ):
            return False  # (its main subject: "Vell sought ..., as he stopped by ...")
        starts = model.sentence_starts
        # The sentence before, past the quote's own ('"... now. And ...," the neurosurgeon
        # said', 'to chants of "Marco! Marco!," the senator said')
        opening = here
        while opening > 0 and model.in_quote(starts[opening]):
            opening -= 1
        last = opening - 1
        while last > 0 and model.in_quote(starts[last]):
            last -= 1
        if not last <= named < here:
            return False
        # (not one who asked: '"Will you ...?" Kerr asked. "Not yet," the senator said')
        before = self.text[max(0, starts[named] - 4) : starts[named + 1]]
        return "?" not in before and re.search(r"\basked\b", before) is None

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
        here = model.sentence_index(span[0])
        lowest = model.sentence_starts[max(0, here - _FOCUS_SPAN)]
        recent = model.mentions_between(lowest, span[0])
        people = [
            (s, e, w)
            for s, e, w in recent
            if e.kind == "person"
            or (
                e.kind == "unknown"
                and (w or " " in e.name)
                and not _OWNED.search(e.name)
                and not model.named_only_as_place(e)
            )
        ]  # (not one word of unknown kind, no subject: "of Norland descent"; not a thing
        # someone owns: "on Hale's Celebrity Harbour"; not a place: "in Port Ellis")
        first_line = self.text.find("\n")
        if all(s < first_line for s, _ in best.mentions):
            return None  # a headline's words
        if any(n > count[id(best)] for n in count.values()) and not self._subject_before(
            people, best, here
        ):
            return None  # the story is about someone else more
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
        proper = (
            {w.lower() for w in _WORD.findall(mention)[1:] if w[:1].isupper()}
            - {head}
            - PEOPLE_NOUNS
        )
        others = {
            w
            for e in model.entities
            if e is not best
            and e.kind in ("person", "unknown")
            and not all(span[0] <= s and e_ <= span[1] for s, e_ in e.mentions)
            and not all(e_ <= first_line for _, e_ in e.mentions)
            for w in e.words
        }  # (not a name the description alone holds, "the Harbour senator", nor a
        # headline's words, "Football Legend Pays A Heavy Price")
        if proper & (others - best.words):
            return None  # "the Clinton aide": someone else's name in it
        return self._name_of(best, span, "description, the person in focus", 0.5)
