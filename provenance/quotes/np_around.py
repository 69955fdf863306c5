"""The speaker noun phrase right before a cue ("Huma Abedin, an aide, wrote") or right
after one ("said the city's mayor, Ann Wu"), with the words around it that are no part
of it: auxiliaries and adverbs before the verb, an aside between a speaker and their
verb, a time after the name, and a clause that only looks like a phrase. Pure functions
over ``Article.text`` (code points); :mod:`provenance.quotes.frames` builds the frames
from them.
"""

from __future__ import annotations

import re

from .cue_words import TIME_WORDS, bare_name, state_of_town, time_phrase
from .evidence import mention_kind
from .lang.places import PLACES
from .lexicon import PEOPLE_NOUNS, Lexicon
from .phrase_tokens import (
    GROUP_SIZES,
    INNER_PREPOSITIONS,
    MARK_TOKENS,
    NAME_WORDS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    adverb,
    tokens,
    trim,
    valid_speaker,
)
from .phrase_words import CHILD_COUNTS, LEAD_DROP, MOOD, NP_STOP, WEEKDAYS

__all__ = [
    "AUXILIARIES",
    "PAST_FORMS",
    "SAYING_WORD",
    "np_after",
    "np_before",
    "said_clause_subject",
]


_LEAD_PREPOSITIONS = frozenset(
    """
    to of in on at for from with by about after before during since under per until till
    amid among despite against toward towards without through throughout across behind beyond
    via upon
    """.split()  # noqa: SIM905
)


AUXILIARIES = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "also",
        "later",
        "previously",
        "repeatedly",
        "often",
        "once",
        "again",
        "then",
        "has've",
    ]
)


_CATENATIVE = frozenset(
    """
    appear appears appeared seem seems seemed want wants wanted try tries tried decline
    declines declined refuse refuses refused continue continues continued begin begins began
    went going used need needs needed hope hopes hoped plan plans planned expect expects
    expected intend intends intended rushed moved
    """.split()  # noqa: SIM905
)


def _catenative(word: str) -> bool:
    """A verb that takes another verb with "to": "appeared to", "declined to"."""
    return word.lower() in _CATENATIVE


def _capitalised_before(text: str, pos: int) -> bool:
    words = text[max(0, pos - 40) : pos].split()
    return bool(words) and words[-1][:1].isupper()


_IN_THE_KNOW = frozenset(["familiar", "close", "briefed"])


def _word_before(toks: list[tuple[int, int, str]], tok: tuple[int, int, str]) -> str:
    i = toks.index(tok)
    return toks[i - 1][2].lower() if i else ""


def _noun_before(lex: Lexicon, toks: list[tuple[int, int, str]], tok: tuple[int, int, str]) -> bool:
    """The word before ``tok`` heads a noun phrase that a preposition can qualify:
    a capitalised name word or a noun for people or bodies."""
    i = toks.index(tok)
    if i == 0:
        return False
    word = toks[i - 1][2]
    low = word.lower()
    if word[:1].isupper() or low in lex.speaker_nouns or low in _IN_THE_KNOW:
        return True  # "a person familiar with the matter", "a source close to the talks"
    if low in lex.female_roles or low in lex.male_roles:
        return True  # "the woman in the red coat", "the man at the door"
    # "one user on the forum", "a resident of the town": a counted person or thing
    return i >= 2 and word.isalpha() and toks[i - 2][2].lower() in ("one", "a", "an", "another")


_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
_MOOD = re.compile(MOOD)


_AGO_LEAD = frozenset(
    """
    less more than about nearly almost just only some a an few several one two three four
    five six seven eight nine ten eleven twelve
    """.split()  # noqa: SIM905
)


def _before_ago(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens before a time that ends in "ago" ("less than two weeks ago"); all of
    them when the words before "ago" are no such time."""
    unit = toks[-2][2].lower()
    if unit not in TIME_WORDS or unit == "ago":
        return toks[:0]  # "ago" after no unit of time: nothing before it is a speaker
    i = len(toks) - 3
    while i >= 0 and (toks[i][2].isdigit() or toks[i][2].lower() in _AGO_LEAD):
        i -= 1
    return toks[: i + 1]


_WORD_AT = re.compile(r"[\w\u2019'-]+")


# A lone word for one of a group the text spoke of: "said one", "another added".
_ONE_OF_THEM = frozenset(["one", "another"])


_IRREGULAR_PAST = frozenset("said told wrote spoke thought felt knew swore".split())  # noqa: SIM905


def _relative_who(toks: list[tuple[int, int, str]]) -> int | None:
    """The index of "who" when the tokens end in it, or in it and a time ("who in 2010",
    "who last week", "who on Monday")."""
    for back in range(1, 5):
        if len(toks) < back:
            return None
        if toks[-back][2].lower() == "who":
            rest = [t[2].lower() for t in toks[len(toks) - back + 1 :]]
            if not rest or (
                rest[0] in ("in", "on", "last", "this", "earlier") and time_phrase(" ".join(rest))
            ):
                return len(toks) - back
            return None
    return None


def _no_base_form(text: str, cue_start: int) -> bool:
    """The cue is a verb in a form no modal takes ("said", "writes", "added")."""
    verb = _WORD_AT.match(text, cue_start)
    word = verb.group(0) if verb is not None else ""
    return word.islower() and (word.endswith(("ed", "s")) or word in _IRREGULAR_PAST)


def np_before(lex: Lexicon, text: str, limit: int, cue_start: int) -> tuple[int, int] | None:
    """The speaker noun phrase that ends right before a cue (auxiliaries skipped:
    "Russia has called"; an appositive skipped: "Huma Abedin, an aide, wrote", also
    when its closing comma is missing: "Anthony Anton, president and CEO of the
    association stated", "Katie Packer, who is chairman of the PAC said")."""
    found = _np_before(lex, text, limit, cue_start)
    if found is None or lex.code != "en":
        return found
    if (
        text[found[0] - 1 : found[0]] in _OPENING_QUOTES
        and found[0] > limit
        and _CLOSING_QUOTE.match(text, found[1]) is not None
    ):
        # 'Hale, the co-author of "Going Viral," said': a title in its marks is no
        # speaker; the name before the apposition that holds it is
        opened = _APPOSITION_START.search(text, max(limit, found[0] - 80), found[0])
        if opened is None:
            return None
        return _np_before(lex, text, limit, opened.start())
    phrase = text[found[0] : found[1]]
    if mention_kind(phrase) != "description":
        return found
    opened = _OPEN_APPOSITION.search(text, max(limit, found[0] - 40), found[0])
    if opened is None:
        return found
    roles = opened.group("roles")
    if roles is not None and not all(w in lex.titles for w in roles.split()):
        return found  # "many experts and some lawmakers say": no roles of one person
    name = _np_before(lex, text, limit, opened.start())
    if name is None or name[1] != opened.start():
        return found
    words = text[name[0] : name[1]].split()
    proper = all(w[:1].isupper() or w in ("of", "de", "van", "von", "al", "bin") for w in words)
    return name if proper and words[0].lower() not in ("the", "a", "an") else found


_OPENING_QUOTES = frozenset('"\u201c')
_CLOSING_QUOTE = re.compile(r"[,.]?[\"\u201d]")
# The comma that opens an apposition ("Hale, the co-author of ...").
_APPOSITION_START = re.compile(r",[ \t\xa0]+(?:the|a|an)[ \t\xa0]+[^,]*$")
# An apposition opened by a comma and never closed before the phrase found: "Anton,
# president and ", "Packer, who is ".
_OPEN_APPOSITION = re.compile(
    r",[ \t\xa0]+(?:who[ \t\xa0]+(?:is|was)[ \t\xa0]+(?:the[ \t\xa0]+)?"
    r"|(?P<roles>(?:[a-z]+[ \t\xa0]+){1,2})and[ \t\xa0]+)$"
)


def _np_before(lex: Lexicon, text: str, limit: int, cue_start: int) -> tuple[int, int] | None:
    toks = tokens(lex, text, limit, cue_start)
    while toks:
        last = toks[-1][2].lower()
        if toks[-1][2] in NAME_WORDS and _no_base_form(text, cue_start):
            break  # '"...," May said': no modal, a surname
        if last in WEEKDAYS and len(toks) > 2 and toks[-2][2] == "on" and toks[-3][2] == ",":
            toks = toks[:-2]  # "Trump, who has been feuding ..., on Friday described"
            continue
        if last in AUXILIARIES or (len(toks) > 1 and adverb(toks[-1][2])):
            toks = toks[:-1]  # "has reportedly told"
        elif last == "to" and len(toks) > 1 and _catenative(toks[-2][2]):
            toks = toks[:-2]  # "he appeared to suggest", "she declined to say"
        elif (
            last == "and"
            and len(toks) > 2
            and toks[-2][2].endswith("ed")
            and toks[-2][2].islower()
            and toks[-3][2].lower() in _SUBJECT_PRONOUNS
        ):
            toks = toks[:-2]  # "I laughed and said", "she paused and added"
        elif last == "ago" and len(toks) > 3:
            toks = _before_ago(toks)  # "The ministry less than two weeks ago said"
        else:
            break
    if len(toks) == 1 and toks[0][2].lower() in _ONE_OF_THEM:
        return toks[0][0], toks[0][1]  # '"...," another said': one of those spoken of
    who = _relative_who(toks)
    if who is not None:
        # "Jane Hill, who said", "McConnell, now the leader, who in 2010 said": the one
        # the relative clause is about, before its comma; only with a verb of saying
        # ("Lee, who endorsed him", "who backed her campaign" report nothing)
        verb = _WORD_AT.match(text, cue_start)
        if not (
            who
            and toks[who - 1][2] == ","
            and verb is not None
            and lex.cue.is_cue_word(verb.group(0).lower())
        ):
            return None
        head = _object_of_a_verb(lex, text, limit, np_before(lex, text, limit, toks[who - 1][0]))
        # (with no plain phrase before it, the relative pronoun itself, which the
        # resolver takes back to a name where it can)
        return head or (toks[who][0], toks[who][1])
    if toks and toks[-1][2] == ",":
        # "Jim Chilton, a vice president of Boeing Defense, Space, and Security, said":
        # the phrase before the apposition's first comma (not a quote's own comma, not the
        # object of a preposition: "According to AFP, one user ...")
        marks = [i for i, t in enumerate(toks) if t[2] in MARK_TOKENS]
        after_quote = marks[-1] if marks else -1
        commas = [i for i, t in enumerate(toks[:-1]) if t[2] == "," and len(toks) - i <= 32]
        if commas and commas[-1] > after_quote:
            aside = text[toks[commas[-1]][1] : toks[-1][0]]
            if _ASIDE.fullmatch(aside.strip()):
                # "Ohio, where Jo Hale, for one, called": the phrase right before
                # the aside, not one before an earlier comma
                head = np_before(lex, text, limit, toks[commas[-1]][0])
                if head is not None:
                    return head
        for i in [i for i in commas if i > after_quote]:
            if toks[i + 1][2] in _NO_APPOSITION:
                continue  # "a statement that, while regretting the delay,": no apposition
            head = np_before(lex, text, limit, toks[i][0])
            lead = [t[2].lower() for t in toks[:i] if head and t[0] < head[0]]
            if _after_a_verb([t[2] for t in toks[:i] if head and t[0] < head[0]]):
                continue  # "Lee showed no sign of backing down, ...": an object
            if head is not None and not (lead and lead[-1] in _LEAD_PREPOSITIONS):
                words = [t[2] for t in toks[:i] if t[0] < head[0]]
                if not time_phrase(text[head[0] : head[1]]) and not state_of_town(
                    words, text[head[0] : head[1]]
                ):
                    return head  # not "Just last week, Ann Lee, ...", not "in Ames, Iowa, ..."
        if commas and commas[-1] < after_quote:
            return np_before(lex, text, limit, toks[commas[-1]][0])
        return None
    picked: list[tuple[int, int, str]] = []
    roles_joined: tuple[int, int, str] | None = None
    depth = 0
    verb = _WORD_AT.match(text, cue_start)
    finite = verb is not None and not verb.group(0).endswith("ing")  # ("a couple claiming")
    for tok in reversed(toks):
        word = tok[2]
        if word == ")":
            depth += 1
            picked.insert(0, tok)
            continue
        if depth:
            picked.insert(0, tok)
            if word == "(":
                depth -= 1
            continue
        if not word[0].isalnum():
            spaced = (
                word == "-"
                and bool(picked)
                and (tok[1] != picked[0][0] or tok[0] == 0 or not text[tok[0] - 1].isalnum())
            )
            if word in ("'", "\u2019", "-", ".") and picked and not spaced:
                picked.insert(0, tok)  # (a dash, "WASHINGTON -- Obama", ends the phrase)
                continue
            if word == "," and picked and _between_adjectives(lex, toks, tok, picked[0][2]):
                picked.insert(0, tok)  # "the bespectacled, 71-year-old diplomat"
                continue
            break
        if len(picked) == 1 and picked[0][2].lower() in _SUBJECT_PRONOUNS:
            break  # "at 86 she still says": a pronoun is the whole phrase
        low = word.lower()
        if low == "over" and not picked and _word_before(toks, tok).lower() == "voice":
            picked.insert(0, tok)  # "a voice over says": a noun, no preposition
            continue
        if (
            low == "and"
            and picked
            and (picked[0][2][:1].isupper() or picked[0][2].lower() in POSSESSIVE_PRONOUNS)
            and _capitalised_before(text, tok[0])
        ):
            picked.insert(0, tok)  # "Anna Kim and Paul Ortiz", "Paganini and his team"
            continue
        if (
            low == "and"
            and picked
            and picked[0][2][:1].isupper()
            and _word_before(toks, tok) in lex.titles
        ):
            picked.insert(0, tok)  # "the Vermont senator and Democratic presidential candidate"
            roles_joined = tok  # (kept only if an article opens the phrase)
            continue
        if low == "and" and picked and _word_before(toks, tok) in ("he", "she"):
            picked[:0] = [toks[toks.index(tok) - 1], tok]
            break  # "she and Ortiz said": both speak
        inner = low in INNER_PREPOSITIONS or (low == "to" and _word_before(toks, tok) == "close")
        if inner and picked and _noun_before(lex, toks, tok):
            picked.insert(0, tok)  # "one study in 19 people", "Institute for Space Research"
            continue
        prior = _word_before(toks, tok)
        surname = word in NAME_WORDS and (
            (prior[:1].isupper() and prior.lower() not in NP_STOP)
            or (tok is toks[-1] and _no_base_form(text, cue_start))
        )  # "Theresa May said", '"...," May said' (a modal takes a verb's base form)
        if ((low in NP_STOP and low != "of") or low in lex.clause_openers) and not surname:
            break  # (but "Theresa May said": a surname)
        if (
            picked
            and word[:1].islower()
            and lex.cue.is_cue_word(low)
            and (low.endswith("ed") or SAYING_WORD.fullmatch(low))
        ):
            break  # "called the governor's remarks", "said of Mr. Hill:": the verb, its object
        if (
            picked
            and low.endswith("ed")
            and word[:1].islower()
            and (_capitalised_before(text, tok[0]) or _word_before(toks, tok) == ",")
            and not (_word_before(toks, tok).lower() in ("the", "a", "an") and finite)
        ):
            break  # "PG&E initiated four rounds of planned", "X, which ..., issued a": a verb
            # (not "The retired surgeon": an adjective after an article)
        if (
            picked
            and word[:1].islower()
            and picked[0][2] in ("The", "A", "An")
            and low not in INNER_PREPOSITIONS
            and low not in ("of", "and", "at", "for", "from")
        ):
            break  # "the number of people The Washington Post reported": a new phrase
        if (
            picked
            and word[:1].islower()
            and prior.lower() in ("the", "a", "an")
            and (
                (
                    picked[0][2].lower() in PEOPLE_NOUNS
                    and (low in _RANKS or low.endswith(("'s", "\u2019s")))
                )
                or (word.isalpha() and picked[0][2][:1].isupper() and _titled_head(lex, picked))
            )
        ):
            # "The ranking Democrat", "The state's Republican leader", "the independent
            # Vermont senator"
            picked.insert(0, tok)
            continue
        if (
            picked
            and word[:1].islower()
            and picked[0][2][:1].isupper()
            and low not in lex.speaker_nouns
            and low not in lex.titles
            and low not in lex.determiners
            and low not in ("and", "of", "de", "von", "van", "der", "al", "bin", "la")
            and lex.code == "en"
        ):
            at = toks.index(tok)
            opens = at < 2 or not toks[at - 2][2][:1].isalnum()  # (not "It's a dynamic Vell")
            if prior.lower() in ("a", "an") and _MOOD.fullmatch(low) and len(picked) == 1 and opens:
                picked[:0] = [toks[at - 1], tok]
                break  # '," an angry Vell retorted': a mood, and the name
            break  # "In a Bloomberg interview Trump said": the name heads the phrase
        picked.insert(0, tok)
        if len(picked) >= 8:
            break
    if roles_joined is not None and picked[0][2].lower() not in ("the", "a", "an"):
        picked = picked[picked.index(roles_joined) + 1 :]  # "lead researcher and NASA ..."
    if (
        len(picked) > 1
        and picked[-1][2].lower() == "both"
        and picked[-2][2].lower() in ("they", "we")
    ):
        picked = picked[:-1]  # "they both said": they
    if (
        picked
        and picked[-1][2].lower() in lex.determiners
        and picked[-1][2].lower() != "that"
        and not _children_count(picked)
        and not _group_named(toks, picked)
    ):
        return None  # "Analysts estimate the plan": the cue word is a noun here
    # "of" may only sit inside the phrase (a spokesman of the ministry)
    while picked and picked[0][2].lower() in ("of", "and"):
        picked = picked[1:]
    if picked and _inside_the_subject(toks, picked[0]):
        return None  # "The woman in the red coat said": not "the red coat"
    picked = trim(lex, picked)
    timeless = _without_time(picked)
    if len(timeless) < len(picked):
        picked = trim(lex, timeless)
    if not picked or not valid_speaker(lex, [t[2] for t in picked if t[2][0].isalnum()]):
        return None
    return picked[0][0], picked[-1][1]


def said_clause_subject(
    lex: Lexicon, text: str, limit: int, cue_start: int
) -> tuple[int, int] | None:
    """``Lee said on Tuesday, noting ...``: a participle right after a clause with a verb
    of saying has that verb's subject ("Lee's plans are hollow, Marchetti said in
    Lyon, noting ...": Marchetti, not the subject that opens the sentence)."""
    toks = tokens(lex, text, limit, cue_start)
    if not toks or toks[-1][2] != ",":
        return None
    first = len(toks) - 1
    while first > 0 and toks[first - 1][2] not in (",", *MARK_TOKENS) and len(toks) - first < 16:
        first -= 1
    for tok in toks[first:-1]:
        low = tok[2]
        if low[:1].islower() and SAYING_WORD.fullmatch(low) and lex.cue.is_cue_word(low):
            return np_before(lex, text, limit, tok[0])
    return None


def _after_a_verb(words: list[str]) -> bool:
    """The words before a phrase end in its subject and a past verb ("Mr. Lee
    showed", "they found"): the phrase is that verb's object."""
    if len(words) < 2 or not words[-1][:1].islower():
        return False
    verb = words[-1].endswith("ed") or words[-1] in PAST_FORMS
    subject = words[-2][:1].isupper() or words[-2].lower() in _SUBJECT_PRONOUNS
    lead = words[-2].lower() in LEAD_DROP or words[-2].lower() in ("the", "a", "an")
    return verb and subject and not lead  # (not "And retired Gen. Jo Hale, ...")


# Words that open a clause, never an apposition after a comma.
_NO_APPOSITION = frozenset("while when whereas if because although though unless".split())  # noqa: SIM905


_ADJECTIVE_ENDINGS = ("ed", "ful", "ous", "ive", "ic", "al", "ish", "less", "ent", "ant")


def _between_adjectives(
    lex: Lexicon, toks: list[tuple[int, int, str]], comma: tuple[int, int, str], after: str
) -> bool:
    """The comma at ``comma`` sets two adjectives of one phrase apart ("the
    bespectacled, 71-year-old diplomat"): an article and an adjective before it, and
    another adjective after it ("It's an investment, they say": two phrases)."""
    i = toks.index(comma)
    if i < 2 or not after[:1].isalnum() or after[:1].isupper():
        return False
    before = toks[i - 1][2]
    return (
        toks[i - 2][2].lower() in ("the", "a", "an")
        and before.islower()
        and before.endswith(_ADJECTIVE_ENDINGS)
        and ("-" in after or after.endswith(_ADJECTIVE_ENDINGS))
        and after.lower() not in lex.determiners
        and after.lower() not in _SUBJECT_PRONOUNS
    )


def _object_of_a_verb(
    lex: Lexicon, text: str, limit: int, head: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``head`` cut to the object when it runs over its clause's subject and past verb
    ("Vell met the Norland president, who said": the president); None for a place, a
    phrase after "in", or someone's after the one who works for them ("an aide to")."""
    if head is None:
        return None
    toks = tokens(lex, text, limit, head[1])
    before = [t[2].lower() for t in toks if t[1] <= head[0]][-2:]
    if text[head[0] : head[1]].lower() in PLACES or before[-1:] == ["in"]:
        return None  # "the leader of the opposition in North Harbourshire, who": not the place
    if len(before) == 2 and before[1] in ("to", "for", "of") and before[0] in lex.speaker_nouns:
        return None  # "an aide to Tom Vell, who said": the aide may have said it
    inside = [t for t in toks if t[0] >= head[0]]
    for i, tok in enumerate(inside):
        if i >= 2 and tok[2] in ("the", "a", "an") and _after_a_verb([t[2] for t in inside[:i]]):
            return tok[0], head[1]
    return head


def _titled_head(lex: Lexicon, picked: list[tuple[int, int, str]]) -> bool:
    """The first lower-case word of ``picked`` is a title or a noun of standing ("Vermont
    senator and ..."): the capitalised words before it are a place's or a party's."""
    low = next((t[2] for t in picked if t[2][:1].islower()), "")
    return low in lex.titles or low in lex.epithets


# Words of standing before a party member or a people's noun ("the ranking Democrat").
_RANKS = frozenset(
    "ranking leading top senior junior fellow veteran longtime lone prominent".split()  # noqa: SIM905
)


def _without_time(picked: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A phrase's trailing time adjunct left out ("party spokesman Sean Price on Thursday
    evening said": Sean Price)."""
    for i in range(1, len(picked) - 1):
        if picked[i][2].lower() in ("on", "last", "this", "late", "early") and all(
            t[2].lower() in TIME_WORDS for t in picked[i + 1 :]
        ):
            cut = i - 1 if picked[i - 1][2] == "out" and i > 1 else i
            return picked[:cut]  # (and "out": "a poll out this week")
    return picked


def _inside_the_subject(toks: list[tuple[int, int, str]], first: tuple[int, int, str]) -> bool:
    """``first`` starts the object of a preposition inside the clause's first phrase ("The
    woman in the red coat", "The sign on the door"): that object is not who speaks."""
    k = toks.index(first)
    return (
        k == 3
        and toks[2][2] in INNER_PREPOSITIONS
        and toks[0][2] in ("The", "A", "An")
        and toks[1][2].isalpha()
        and toks[1][2].islower()
    )  # (one noun between: "The levy drew fire from Dora Falk" has a verb)


def _group_named(toks: list[tuple[int, int, str]], picked: list[tuple[int, int, str]]) -> bool:
    """ "the two said", "both said": a group named before speaks (but not in "Roe and Lee
    have both said", where "both" only says that each of them did)."""
    low = [t[2].lower() for t in picked]
    k = toks.index(picked[0])
    before = toks[k - 1][2].lower() if k else ""
    if before[:1].isalnum() and before not in ("and", "but", "yet"):
        return False
    return low == ["both"] or (len(low) == 2 and low[0] == "the" and low[1] in GROUP_SIZES)


def _children_count(picked: list[tuple[int, int, str]]) -> bool:
    """ "the mother of two", "a father of four": a parent's number of children ends
    the phrase, no determiner of a noun after it."""
    return (
        len(picked) > 2
        and picked[-1][2].lower() in CHILD_COUNTS
        and picked[-2][2] == "of"
        and picked[-3][2].lower() in ("mother", "father", "parent", "grandmother", "grandfather")
    )


def np_after(
    lex: Lexicon, text: str, start: int, limit: int, *, inverted: bool = False
) -> tuple[int, int] | None:
    """The speaker noun phrase that starts right after a cue (said Caddell); ``inverted``:
    after a frame's verb set off by a comma, where a finite verb after the phrase makes
    the words a clause ("..., said the family deserved better"): None."""
    toks = tokens(lex, text, start, limit)
    if toks and toks[0][2].lower() in _ONE_OF_THEM and (len(toks) == 1 or toks[1][2] in ".,;"):
        return toks[0][0], toks[0][1]  # '"...," said another.'
    picked: list[tuple[int, int, str]] = []
    depth = 0
    for at, tok in enumerate(toks):
        word = tok[2]
        if word == "(" and picked:
            if re.match(r"\(\s*[a-z]", text[tok[0] : tok[0] + 3]):
                break  # "said Mr. Burman (a view echoed by ...)": an aside, not the name
            depth += 1
        if depth:
            picked.append(tok)
            if word == ")":
                depth -= 1
            continue
        if not word[0].isalnum():
            if word in ("'", "\u2019", "-") and picked and not text[tok[0] - 1].isspace():
                picked.append(tok)
                continue
            break  # a spaced dash ends the phrase: "its tally - the letter ..."
        if (
            word.lower() == "and"
            and picked
            and picked[-1][2][:1].isupper()
            and re.match(r"\s+[A-Z]", text[tok[1] : tok[1] + 2])
        ):
            picked.append(tok)
            continue
        if word.lower() in NP_STOP and word.lower() != "of" and word not in NAME_WORDS:
            break
        if (
            word.lower() == "of"
            and re.match(r"\s+(?:his|her|their|its|the)\b", text[tok[1] : tok[1] + 7])
            and not (len(picked) == 1 and picked[0][2].lower() in _SHARE_OF)
        ):
            break  # "said Pitt of his role": what was spoken of, not the speaker
        german_verb = (
            lex.code == "de" and word[:1].islower() and word.lower() not in lex.determiners
        )
        if german_verb and picked:
            break  # German: "Laut Polizei wurde ...": the phrase ends at the verb
        if lex.code == "de" and picked and word.lower() in ("dem", "den", "einem", "einen"):
            break  # "sagte Toby Lanzer dem Fernsehsender": the one spoken to
        if lex.code == "de" and picked and word.lower() == "der" and bare_name(lex, picked):
            break  # "sagte Allendorf der Zeitung": after a bare name, "der" is dative
        if inverted and lex.code == "en" and picked and _finite_after(lex, toks, at):
            return None  # "said the family deserved better": a clause, no speaker after it
        picked.append(tok)
        if len(picked) >= 8:
            break
    if depth:  # a bracket left open: the phrase ends before it
        picked = picked[: next(i for i, t in enumerate(picked) if t[2] == "(")]
    while picked and picked[-1][2].lower() in ("of", "and"):
        picked = picked[:-1]
    picked = trim(lex, picked)
    if not picked or not valid_speaker(lex, [t[2] for t in picked if t[2][0].isalnum()]):
        return None
    end = picked[-1][1]
    if mention_kind(text[picked[0][0] : end]) == "description":
        end = _modifier_end(lex, text, picked, end, limit) if inverted else end
        named = _APPOSED_NAME.match(text, end, limit)
        if named is not None:
            end = named.end(1)  # "said his lawyer, Ann Wu.": the name set off after it
    return picked[0][0], end


def _modifier_end(
    lex: Lexicon, text: str, picked: list[tuple[int, int, str]], end: int, limit: int
) -> int:
    """Where a description of someone after a cue ends, with the phrase that says which
    one they are ("said a spokesman for the board", "said a man in a blue cap"), but not
    where or when they said it ("said a spokesman in a statement", "... at a rally")."""
    if lex.code != "en" or picked[0][2].lower() not in _ONE_PERSON:
        return end
    head = picked[-1][2]
    if not (head.isalpha() and head.islower()) or head in lex.pronouns:
        return end
    m = _MODIFIER.match(text, end, limit)
    if m is None:
        return end
    words = [w.lower() for w in re.findall(r"[\w\-\u2019']+", m.group(2))]
    if not words or any(w in _WHEN_OR_WHERE_SAID or w in NP_STOP for w in words):
        return end
    if any(w in TIME_WORDS or w[:1].isdigit() for w in words):
        return end
    return m.end()


# Words for some of a group ("said one of the residents", "many of their neighbours").
_SHARE_OF = frozenset(
    "one some many several most few all none each both two three four five".split()  # noqa: SIM905
)
# The first words of a description of one person or group after a cue.
_ONE_PERSON = frozenset(["a", "an", "the", "another", "one"])
_MODIFIER_WORD = r"(?:[A-Z]\.){2,}|[\w\-\u2019'&]+(?:\.[\w\-\u2019'&]+)*"  # ("U.S.", "e-mail")
# A phrase after a description that says which one: a preposition and its object up to
# a comma or the sentence end, or up to a time or place of speaking ("on Monday").
_MODIFIER = re.compile(
    r"[ \t\xa0]+(for|at|with|from|in)[ \t\xa0]+((?:(?:the|a|an)[ \t\xa0]+)?"
    r"(?:" + _MODIFIER_WORD + r")(?:[ \t\xa0]+(?:" + _MODIFIER_WORD + r")){0,5}?)"
    r"(?=[ \t\xa0]*(?:[,;:!?\n]|\.(?:\s|$)|$)"
    r"|[ \t\xa0]+(?:on|in|at|during|last|this|yesterday|today|earlier|later)\b)"
)
# Words after a description's preposition that tell how, when or where someone spoke,
# not who they are ("in a statement", "at a news conference", "with a smile", "for years").
_WHEN_OR_WHERE_SAID = frozenset(
    """
    statement statements interview interviews conference briefing email e-mail emails call
    calls release post posts tweet tweets letter speech meeting rally hearing session event
    video podcast broadcast message messages court response reply remarks testimony
    time times years months weeks days hours minutes moment past recent future
    writing tears smile laugh sigh shrug grin nod part general particular short addition
    fact turn return contrast sum total person public private english french spanish
    german russian chinese arabic exchange text texts note filing filings comment comments
    """.split()  # noqa: SIM905
)


# Adverbs before a participle used as an adjective ("the newly elected mayor").
_DEGREE = frozenset(
    """
    newly recently duly democratically widely highly well long fully publicly jointly
    popularly specially
    """.split()  # noqa: SIM905
)


def _finite_after(lex: Lexicon, toks: list[tuple[int, int, str]], i: int) -> bool:
    """``toks[i]`` is a finite verb after the start of a phrase: a common irregular past form,
    or a lower-case past form followed by a word that is no preposition ("the family
    deserved better", "the meeting began"; not "a paper published in", "people briefed")."""
    word = toks[i][2]
    if not word[:1].islower() or word in lex.determiners:
        return False
    if word in PAST_FORMS:
        return True
    if not word.endswith("ed"):
        return False
    before = toks[i - 1][2].lower() if i else ""
    if before in lex.determiners or before in POSSESSIVE_PRONOUNS or before in _DEGREE:
        return False  # "an unpledged delegate", "the newly elected mayor": an adjective
    after = toks[i + 1][2] if i + 1 < len(toks) else ""
    return after[:1].islower() and after not in PREPOSITIONS and after not in NP_STOP


# A name of two to four capitalised words set off by a comma after a description, and
# ending the sentence or set off again: "said his lawyer, Ann Wu." ("die Vorsitzende des
# Vereins, Anna Weber.").
_APPOSED_NAME = re.compile(
    r",[ \t\xa0]+([A-Z][\w\-\u2019']+(?:[ \t\xa0]+[A-Z][\w\-\u2019'.]+){1,3})"
    r"(?=[ \t\xa0]*[.,;!?\n])"
)


# Common irregular past forms: where a subject phrase ends.
PAST_FORMS = frozenset(
    """
    found took made gave got went came saw knew thought felt left kept put set led held
    brought began ran won lost met sent spent built bought sold paid heard became seemed
    """.split()  # noqa: SIM905
)


# A short aside between a speaker and their verb ("Lee, for one, called ...", "the
# governor, however, said", "Doe, in a statement on Monday, said").
_ASIDE = re.compile(
    r"(?:however|too|also|though|instead|likewise|meanwhile|moreover|similarly|separately"
    r"|again|earlier|later|then|now|in turn|in fact|of course|in particular|in response"
    r"|in return|in contrast|by contrast|for example|for instance|for one|at the time"
    r"|at first|at least|for (?:his|her|its|their|our|my|your) part"
    r"|(?:in|on|via|through) (?:a|an|the|his|her|its|their) [a-z]+(?: [a-z]+)?"
    r"(?: on [A-Z][a-z]+day)?|on [A-Z][a-z]+day|last (?:week|month|year|[A-Z][a-z]+day))"
)


SAYING_WORD = re.compile(r"\b(?:said|says|say|told|tells|tell|wrote|writes)\b")
