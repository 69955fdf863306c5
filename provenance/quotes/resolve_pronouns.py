"""Pronouns as speakers, for the resolver (:mod:`provenance.quotes.resolve`).

- "he", "she", "they" and "it": the most salient earlier entity that agrees in gender
  and number, but no one named inside the quote or spoken to ("he told Cook"), and no
  pair named in passing for "they";
- German "er" and "sie": only the one person of that gender named in the sentence or
  the one before;
- "it" after a text or a body described ("The report said ... It found"), and "they"
  after a plural description or a group that spoke just before: that speaker, as it
  was resolved, or unnamed.

Positions are code points.
"""

from __future__ import annotations

import re

from .entities import Entity, two_word_name
from .evidence import mention_kind, name_words
from .groups import nearer_group
from .resolve_bodies import thing_name
from .resolve_core import _MARGIN, _PREPOSITIONS, _WRITTEN, Resolution, ResolverBase, Span

__all__ = ["PronounResolver"]

# A preposition (and an article) right before a name: the name is its object.
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|in|at|of|from|with|for|by|to|about|against|into)[ \t\xa0]+(?:the[ \t\xa0]+)?$",
    re.IGNORECASE,
)
_COLLECTIVE = frozenset(["laboratory", "lab", "team", "group", "researchers", "scientists"])
_WRITER = frozenset(["we", "i", "wir", "ich"])  # outside quotation marks: the writer


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
# "Xi and his comrades", "Roe and other officials": a person and people unnamed
_AND_OTHERS = re.compile(
    r"[ \t\xa0]+and[ \t\xa0]+(?:his|her|their|the|other|several|some|many|a|an|two|three)\b"
)


_DE_ROLE_AFTER = re.compile(r",[ \t\xa0]+(?:der|die)[ \t\xa0]+[A-ZÄÖÜ]")


# "a woman who ...", "an elderly man": someone brought in, not named.
_AN_UNNAMED = re.compile(r"\ban?\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:who|whom|from|in|at|with)\b")
_SENTENCE_SUBJECT = re.compile(r"\s*(?:(?:And|But|Then)\s+)?(\w+)")
# A possessive or reflexive of each gender, in the same sentence ("her life", "his costs").
_OWN_PRONOUNS = {
    "m": re.compile(r"[^.!?]*?\b(?:his|himself)\b"),
    "f": re.compile(r"[^.!?]*?\b(?:her|herself)\b(?!\s+(?:to|that|on|in|with|for|at)\b)"),
}


class PronounResolver(ResolverBase):
    """The rules for pronouns."""

    def _not_the_speaker(
        self, said: tuple[Span, ...], cue: Span | None, gender: str = "", at: int = -1
    ) -> set[int]:
        """Entities that cannot be a pronoun's referent as speaker: named (by name) inside
        the quote, or the one spoken to or of right after the cue ("he told Cook"). A person
        of the pronoun's ``gender`` named in the writer's words of the quote before the
        pronoun (at ``at``), which speak of them by a possessive of that gender too ("Though
        Ms. Moss has spent most of her life here, ..., she said"), may be the speaker."""
        out: set[int] = set()
        model = self.model
        lo, hi = min((a for a, _ in said), default=0), max((b for _, b in said), default=-1)
        self_named = self._named_and_referred(said, gender, at)
        for ent in model.entities:
            for s, e in ent.mentions:
                if (
                    lo <= s
                    and e <= hi
                    and any(a <= s and e <= b for a, b in said)
                    and id(ent) not in self_named
                ):
                    head = self.text[max(0, s - 12) : s].lower()
                    if not re.search(r"\b(?:i'm|i\u2019m|i am|name is)\s+$", head):
                        out.add(id(ent))
        if cue is not None:
            gap = re.match(r"[\s,]+(?:(?:to|of|about|with)\s+)?", self.text[cue[1] : cue[1] + 12])
            spoken_to = model.entity_starting_at(cue[1] + gap.end()) if gap else None
            if spoken_to is not None:
                out.add(id(spoken_to))
        return out

    def _named_and_referred(self, said: tuple[Span, ...], gender: str, at: int) -> set[int]:
        """People of ``gender`` named as a subject outside quotation marks in ``said``
        whose own possessive follows them there ("Ms. Moss has spent most of her life",
        "Vell, who estimates that his costs"): the writer's words speak of them as of the
        speaker."""
        if gender not in ("m", "f"):
            return set()
        model = self.model
        owned = _OWN_PRONOUNS[gender]
        out: set[int] = set()
        for ent in model.entities:
            if ent.kind != "person" or ent.gender != gender:
                continue
            for s, e in ent.mentions:
                inside = next(((a, b) for a, b in said if a <= s and e <= b), None)
                if (
                    inside is None
                    or s > at
                    or model.in_quote(s)
                    or not model.subject_weight((s, e))
                ):
                    continue  # (a subject: not "Vell's costs", not "met Vell")
                own = owned.match(self.text, e, min(inside[1], e + 80))
                if own is not None and not model.in_quote(own.end() - 1):
                    out.add(id(ent))
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
        excluded = self._not_the_speaker(said, cue, gender, span[0])
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
            passing: set[int] = set()  # bodies with no focus of late: named in passing
            for score, ent, focus, _ in self._candidates(span[0]):
                adjusted = self._agrees(ent, gender, number, score, id(ent) in spoke)
                if adjusted is not None and id(ent) not in excluded:
                    agreeing.append((adjusted, ent))
                    if focus < 0 and ent.kind == "organisation" and self._object_last(ent, span[0]):
                        passing.add(id(ent))
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
            if number == "pl" and id(best) in passing:
                # "spent time on Benghazi, which has fizzled, and they are ...": a body
                # named in passing, never a subject nor a speaker of late, is not "they"
                return Resolution(None, 0.3, "pronoun, unresolved (a body named in passing)")
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

    def _object_last(self, ent: Entity, pos: int) -> bool:
        """``ent`` was last named before ``pos`` as the object of a preposition ("time
        spent on the Harbour Board")."""
        last = max((s for s, _ in ent.mentions if s < pos), default=-1)
        return last >= 0 and _OBJECT_BEFORE.search(self.text, max(0, last - 16), last) is not None

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
        if self.model.unnamed_person(start, pos, nouns):
            return True
        # or one brought in as an object this sentence or the two before ("begging a
        # woman who claimed to be undecided ... she said")
        near = max(start, self.model.sentence_starts[max(0, here - 2)])
        own = "she" if gender == "f" else "he"
        for m in _AN_UNNAMED.finditer(self.text, near, pos):
            if m.group(1).lower() not in nouns or self.model.in_quote(m.start()):
                continue
            opening = self.model.sentence_starts[self.model.sentence_index(m.start())]
            subject = _SENTENCE_SUBJECT.match(self.text, opening)
            if subject is None or subject.group(1).lower() != own:
                return True  # (not "She has shed tears with a woman who ...": hers)
        return False

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
