"""The edges of an English speaker phrase: a noun phrase, never a clause or a fragment.

A frame that reads a capitalised word at a sentence's start as a name, or a word before
a noun cue as its subject, can hand over words that are no noun phrase:

- a word that opens a sentence without being part of its subject: a sentence adverb
  ("Perhaps", "Certainly Ronald Reagan"), left off; a subordinator ("When Lee"), whose
  clause is not the one that reports: no speaker; a preposition ("Like Corker",
  "Inside the hall"), whose object is not the one who speaks: no speaker;
- a quantity cut after its first word ("About four in 10 said"): the whole quantity;
- a subject with its verb and the verb's object ("Trump made similarly bigoted charges
  that ...", "Kasich resisted: ...", "Lee spent the day arguing that ..."): the subject
  alone when the verb makes the utterance the cue names, the cue is a gerund the subject
  governs, or the quote follows a colon; no speaker otherwise ("The clash raised serious
  doubts about ...": the phrase holds no one who speaks);
- a phrase that ends in a preposition, a conjunction, an article or a place adverb
  ("the range of", "Carter however", "Activists here"): the words left without it.

A relative clause inside the phrase ("officials who spoke", "the experts I
interviewed") belongs to its noun phrase and is kept. Positions are code points.
"""

from __future__ import annotations

import re

from .lang.names import FEMALE, MALE

__all__ = ["noun_phrase", "owned_noun_ends"]

Span = tuple[int, int]

_WORD = re.compile(r"[\w\u2019'\-.&/]+")

# Words that open a sentence before its subject and are left off the phrase.
_SENTENCE_ADVERBS = frozenset(
    """
    perhaps maybe rather ever overall shortly already together certainly first plus here
    still instead meanwhile now then also yet thus hence indeed however moreover
    furthermore besides otherwise likewise similarly surely clearly obviously apparently
    notably finally eventually initially ultimately
    """.split()  # noqa: SIM905
)
# Words that open a subordinate clause: its subject is not the one who reports.
_SUBORDINATORS = frozenset(
    "when whenever while if because although though once unless whether until".split()  # noqa: SIM905
)
# Prepositions that open a sentence: their object is not its subject.
_PREPOSITIONS = frozenset(
    """
    like unlike alongside despite for inside behind outside with without during among amid
    against beside beyond toward towards across through throughout within near via not
    """.split()  # noqa: SIM905
)
# Words that count a quantity before its number ("About four in 10").
_APPROXIMATE = frozenset(
    "about nearly almost roughly approximately some around only just not".split()  # noqa: SIM905
)
_NUMBER = re.compile(
    r"(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|a|\w+-thirds?|"
    r"\w+-quarters?|\w+-fifths?|everyone|everybody|all|many|every)$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    "the a an his her its their our my your this these those every each".split()  # noqa: SIM905
)
# Words that open a verb's object ("reminds me", "struck many of the same notes").
_OBJECT_OPENERS = frozenset("me him them us".split())  # noqa: SIM905
# Words after which a lower-case word before an article is no verb.
_NOT_VERBS = frozenset(
    """
    of for at in on from with by about to into over under after before during against among
    between through across around near like than as per via without within despite
    alongside opposite beside behind inside outside toward towards upon amid along
    including both all half each either neither nor and or but so that which who whom whose
    not only just also even
    """.split()  # noqa: SIM905
)
_SUBJECT_PRONOUNS = frozenset("i he she we they you".split())  # noqa: SIM905
_QUANTIFIERS = frozenset(
    "some many several few more most other all no any both one two three four five".split()  # noqa: SIM905
)
_RELATIVES = frozenset("who whom whose which that".split())  # noqa: SIM905
_AUXILIARIES = frozenset(
    """
    is are was were has have had will would can could should may might must does did do
    """.split()  # noqa: SIM905
)
# Verbs whose object is the utterance a noun cue names ("made ... charges", "issued a
# warning", "voiced concern"): their subject speaks.
_MAKING = frozenset(
    """
    made make makes issued issues voiced voices expressed expresses announced announces
    offered offers delivered delivers gave gives struck strikes lodged lodges leveled
    levelled levels sounded sounds repeated repeats renewed renews
    """.split()  # noqa: SIM905
)
_SAYING = frozenset("said says told tells wrote writes added adds".split())  # noqa: SIM905
# Times that own a thing ("Friday's ruling"), never a speaker.
_TIMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april june july august september october november december
    """.split()  # noqa: SIM905
)
# Words that end a phrase only by being cut there: left off.
_TRAILING = frozenset(
    """
    of for at in on from with by about to into and or but nor the a an here there however
    overall
    """.split()  # noqa: SIM905
)


def noun_phrase(text: str, span: Span, cue: Span | None) -> Span | None:
    """The noun phrase of the one who speaks in the speaker phrase at ``span`` (``cue``:
    the cue's span); None when the phrase holds none (a clause about something else, a
    preposition's object)."""
    start, end = span
    words = [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]
    if not words:
        return span
    all_words = words
    first = text[words[0][0] : words[0][1]]
    low = first.lower()
    if len(words) == 1 and low in _APPROXIMATE and cue is not None:
        return _quantity(text, span, cue)
    if low in _SUBORDINATORS:
        return None  # "When Lee arrived, she said": Lee's is not the clause that reports
    if low in _PREPOSITIONS and (len(words) == 1 or _object_follows(text, words[1])):
        return None  # "Like Corker, Lee said", "Inside the hall, Lee said"
    if len(words) == 1 and low.endswith(_POSSESSIVE_END) and low[:-2] in _TIMES:
        return None  # "Friday's ruling": a time owns it, no one who speaks
    if len(words) == 1 and _opening_adverb(text, words[0]):
        return None  # "Hastily politicizing the attack, Lee said"
    if low in _SENTENCE_ADVERBS and first[:1].isupper():
        if len(words) == 1 or (low == "first" and text[words[1][0]].isupper()):
            return None if len(words) == 1 else span  # "Perhaps"; ("First Lady Ann Lee")
        words = words[1:]  # "Certainly Ronald Reagan had no doubts"
    verb = _finite_verb(text, words)
    if verb is not None:
        subject = words[:verb]
        while subject and text[subject[-1][0] : subject[-1][1]].lower().endswith("ly"):
            subject = subject[:-1]  # "the GOP now faces": "now" is an adverb
        while subject and text[subject[-1][0] : subject[-1][1]].lower() in ("now", "still"):
            subject = subject[:-1]
        verb_word = text[words[verb][0] : words[verb][1]].lower()
        if verb_word in _AUXILIARIES and verb + 1 < len(words):
            verb_word = text[words[verb + 1][0] : words[verb + 1][1]].lower()  # "has made"
        colon = cue is not None and text[cue[0] : cue[1]] == ":"
        relative = _after_relative(text, words[0][0])
        # a gerund cue is the subject's unless the verb's object could say it ("Lee
        # reminds me of Ann Roe saying")
        objects = words[verb + 1 :]
        gerund = (
            cue is not None
            and text[cue[0] : cue[1]].lower().endswith("ing")
            and text[words[-1][0]].islower()
            and not any(text[a:b].lower() in _OBJECT_OPENERS for a, b in objects)
        )
        speaks = colon or gerund or verb_word in _MAKING or verb_word in _SAYING
        if not subject or relative or not speaks:
            return None  # "The clash raised serious doubts about": no one who speaks
        words = subject  # "Trump made similarly bigoted charges that ...": Trump
    while len(words) > 1 and text[words[-1][0] : words[-1][1]] in _TRAILING:
        words = words[:-1]  # "the range of", "Carter however", "Activists here"
    if len(words) == 1 and text[words[0][0] : words[0][1]].lower() in _TRAILING:
        return None
    out = (words[0][0], words[-1][1])
    if out[0] == all_words[0][0] and out[1] == all_words[-1][1]:
        return span  # nothing cut: the phrase as it was
    aside = text.rfind("(", out[0], out[1])
    if aside > out[0]:
        out = (out[0], len(text[:aside].rstrip()))  # "Sen. Ann Lee (D) said": Sen. Ann Lee
    return out


def _object_follows(text: str, word: Span) -> bool:
    """The word after an opening preposition starts its object: an article, a possessive
    or a name ("Like Corker"), not a noun it qualifies ("Outside experts")."""
    w = text[word[0] : word[1]]
    return w.lower() in _DETERMINERS or w[:1].isupper() or w.lower() in ("him", "her", "them")


def _quantity(text: str, span: Span, cue: Span) -> Span | None:
    """ "About" cut off its number: the quantity up to the cue ("About four in 10"), or
    no speaker when what follows is no number."""
    gap = text[span[1] : cue[0]]
    words = gap.split()
    if not words or len(words) > 8 or any(c in gap for c in ",;:.\n") or cue[0] <= span[1]:
        return None
    if not _NUMBER.match(words[0]):
        return None
    end = span[1] + len(gap.rstrip())
    last = re.search(r"[\w'\u2019-]+$", text[span[0] : end])
    if last is not None and last.group().lower() in ("overall", "nationwide", "also"):
        end = span[0] + len(text[span[0] : span[0] + last.start()].rstrip())
    return span[0], end


def _finite_verb(text: str, words: list[Span]) -> int | None:
    """The index of a finite verb after the phrase's first word, outside any relative
    clause: an auxiliary ("the figures are"), a lower-case word before an article or an
    object pronoun ("faces the", "reminds me"), or a past tense right after a name
    ("Kasich resisted"); None when there is none."""
    low = [text[a:b].lower() for a, b in words]
    for i in range(1, len(words)):
        w = low[i]
        if w in _RELATIVES or low[i - 1] in _RELATIVES:
            return None  # "officials who spoke": the clause is the noun's
        raw = text[words[i][0] : words[i][1]]
        if not raw[:1].islower():
            continue
        if w in _AUXILIARIES or w in _SAYING:
            return i
        nxt = low[i + 1] if i + 1 < len(words) else ""
        if nxt and text[words[i][1] : words[i + 1][0]].strip():
            nxt = "("  # "exit polls (a sizable margin": an aside, not an object
        verb_like = (
            w not in _NOT_VERBS
            and w not in _DETERMINERS
            and not w.endswith(("ing", "ly", "'s", "\u2019s"))
            and low[i - 1] not in _DETERMINERS
            and low[i - 1] not in _NOT_VERBS
        )
        prior = text[words[i - 1][0] : words[i - 1][1]]
        if prior.lower() in _SUBJECT_PRONOUNS:
            return None  # "the experts I interviewed": a relative clause of the noun's
        named = all(text[a][:1].isupper() for a, _ in words[:i])
        # (not "a speech Mrs. Lee delivered": a relative clause with no "that")
        making = w in _MAKING and (nxt != "" or named or not _contact_clause(text, words[:i]))
        if verb_like and (nxt in _DETERMINERS or nxt in _OBJECT_OPENERS or making):
            return i  # "Cruz made an unprompted call", "Trump reminds me of"
        past = (
            verb_like
            and w.endswith("ed")
            and not prior.lower().endswith(("ly", "'s", "\u2019s"))
            and prior.lower() not in _QUANTIFIERS
            and not prior.isdigit()
        )
        if past and i == len(words) - 1 and named:
            return i  # "Kasich resisted: ..." (not "a speech Mrs. Lee delivered")
        after = text[words[i + 1][0] : words[i + 1][1]] if nxt else ""
        if past and after[:1].islower() and nxt not in _NOT_VERBS and not nxt.endswith("ly"):
            return i  # "The clash raised serious doubts" (not "a poll released Friday by")
    return None


def _after_relative(text: str, start: int) -> bool:
    """The phrase follows a relative word ("the chairs that Politico interviewed
    predicted"): it is the relative clause's subject and verb."""
    before = re.search(r"(\w+)\W*$", text[max(0, start - 12) : start])
    return before is not None and before.group(1).lower() in _RELATIVES


_POSSESSIVE_END = ("'s", "\u2019s")


def owned_noun_ends(picked: list[str], word: str) -> bool:
    """After a possessive, the noun it owns has ended before ``word``: at an adverb
    ("Lee's supporters still question") or after a plural head ("Lee's rivals cling to");
    False when ``picked`` holds no possessive."""
    owner = next(
        (i for i in range(len(picked) - 1, -1, -1) if picked[i].endswith(_POSSESSIVE_END)), None
    )
    if owner is None or owner == len(picked) - 1:
        return False
    last = picked[-1]
    low = word.lower()
    plural = last[:1].islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return plural or (word[:1].islower() and (low.endswith("ly") or low in _LATER_ADVERBS))


_LATER_ADVERBS = frozenset("still also now already never always even just only".split())  # noqa: SIM905


def _contact_clause(text: str, words: list[Span]) -> bool:
    """The words hold a noun followed by a name, the subject of a relative clause with no
    "that" ("a speech Mrs. Lee", "the plan Ann Roe"): a title or two capitalised words
    after a lower-case word (not "a former Republican staffer": one adjective)."""
    raw = [text[a:b] for a, b in words]
    for j in range(len(raw) - 1):
        if not raw[j][:1].islower() or raw[j].lower() in _DETERMINERS:
            continue
        if raw[j + 1][:1].isupper() and (
            raw[j + 1].endswith(".") or (j + 2 < len(raw) and raw[j + 2][:1].isupper())
        ):
            return True
    return False


def _opening_adverb(text: str, word: Span) -> bool:
    """A lone capitalised word in -ly that opens its sentence before a participle or a
    comma ("Hastily politicizing the attack", "Shortly, ..."): an adverb, no name
    ("Early said": a surname)."""
    w = text[word[0] : word[1]]
    if not (w[:1].isupper() and w.lower().endswith("ly") and len(w) >= 5):
        return False
    before = text[max(0, word[0] - 3) : word[0]].strip()
    if before and before[-1] not in '.!?"\u201d\u2019\n':
        return False
    after = re.match(r"\s*(,|[a-z]+(?:ing|ed)\b)", text[word[1] : word[1] + 30])
    return after is not None


# How adjectives of a party, a nation or an office end ("Republican", "Syrian", "Mayoral").
_MODIFIER_ENDINGS = ("ic", "ican", "ian", "al", "ese", "ish")


def modified(picked: list[tuple[int, int, str]], word: str) -> bool:
    """``picked`` is one capitalised adjective of a party, a nation or an office and
    ``word`` the lower-case noun it qualifies ("Republican presidential candidate Jane
    Doe", "Mayoral candidate Jane Doe"), not a name before its verb ("Brian wants"): the
    adjective ends like one and is no first name, and ``word`` is no verb form."""
    if len(picked) != 1 or not word[:1].islower() or word.endswith(("ly", "ed")):
        return False
    first = picked[0][2]
    low = first.lower()
    if not first[:1].isupper() or not low.endswith(_MODIFIER_ENDINGS):
        return False
    return low not in FEMALE and low not in MALE
