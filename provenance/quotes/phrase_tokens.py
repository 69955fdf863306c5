"""The words of a sentence as the frame rules read them: sentence spans, tokens,
which token runs can be a speaker, and the words trimmed off a speaker phrase
(``"Brooke tearfully"``, ``"Van Der Beek even"``). Pure functions over
``Article.text``."""

from __future__ import annotations

import re

import attrs

from .datelines import dateline_end
from .lexicon import Lexicon
from .phrase_words import LEAD_DROP, NP_STOP, TRAIL_DROP

POSSESSIVE_PRONOUNS = frozenset(["his", "her", "their", "its", "our", "my"])
INNER_PREPOSITIONS = frozenset(["for", "at", "from", "in", "with", "on"])
# Stop words that, capitalised inside a phrase after a cue, are names: "Theresa May".
NAME_WORDS = frozenset(["May", "Will"])
PREPOSITIONS = frozenset(
    [
        "within",
        "throughout",
        "during",
        "despite",
        "without",
        "under",
        "over",
        "across",
        "through",
        "beyond",
        "among",
        "around",
        "aus",
        "von",
        "vom",
        "zum",
        "zur",
        "im",
        "am",
        "auf",
        "mit",
        "bei",
        "nach",
        "für",
        "from",
        "of",
        "in",
        "on",
        "at",
        "by",
        "with",
        "into",
    ]
)

_TOKEN = re.compile(r"\w+(?:[\u2019'.\-/]\w+)*\.?|[^\w\s]")


@attrs.define
class Attribution:
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    resolution_hint: str = ""


# -- sentences ---------------------------------------------------------------------


_SENTENCE_END = re.compile(
    r"[.!?]+[\"\u201d\u201c\u00bb\u00ab\u2019')\]]*"
    r"(?=\s+[\"\u201c\u2018\u201e\u00ab\u00bb\u203a'(\[]*[A-Z0-9\u00c0-\u024f\u0400-\u04ff])"
)


_INITIALS_WORD = re.compile(r"(?:\w\.){1,3}\w")
_WORD_END = re.compile(r"([\w.]+)[.!?]+[\"\u201d\u2019')\]]*$")
_WORD_END_MARKS = "_.!?\"\u201d\u2019')]"


def _last_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_WORD_END`` searched in ``text[start:end]``, from where the characters a match
    is made of start their last run (a sentence is not searched from each of its
    characters); ``isalnum`` and "_" are what ``\\w`` matches."""
    at = end if text[end - 1 : end] != "\n" else start  # ("$" matches before a last newline)
    while at > start and (text[at - 1].isalnum() or text[at - 1] in _WORD_END_MARKS):
        at -= 1
    return _WORD_END.search(text, at, end)


_NUMBER_NEXT = re.compile(r"\s*[\d#]")


def _word_before_a_stop(lex: Lexicon, word: str, text: str, at: int, end: int) -> bool:
    """An abbreviation of a number's kind ("no", "jan") not followed by a number: the
    word itself and a full stop ("they voted no.")."""
    return word in lex.number_abbreviations and _NUMBER_NEXT.match(text, at, end) is None


def sentences(lex: Lexicon, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph (abbreviations and initials respected; a dateline
    that opens the paragraph is no part of its first sentence)."""
    out: list[tuple[int, int]] = []
    pos = first = dateline_end(text, start, end)
    for m in _SENTENCE_END.finditer(text[first:end]):
        cut = first + m.end()
        word = _last_word(text, pos, cut)
        if word:
            w = word.group(1).lower().rstrip(".")
            if (
                (w in lex.abbreviations and not _word_before_a_stop(lex, w, text, cut, end))
                or (len(w) == 1 and w.isalpha())
                or _INITIALS_WORD.fullmatch(w) is not None  # "G.K. Butterfield"
            ):
                continue
        out.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        out.append((pos, end))
    return out


# -- noun phrases ------------------------------------------------------------------


_token_memo: tuple[str, str, dict[tuple[int, int], list[tuple[int, int, str]]]] | None = None


def tokens(lex: Lexicon, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[start:end]`` (a sentence period split off its word); the same
    stretch is asked for again and again while a sentence's frames are tried, so the
    tokens of the last text are kept."""
    global _token_memo
    memo = _token_memo
    if memo is None or memo[0] is not text or memo[1] != lex.code:
        memo = (text, lex.code, {})
        _token_memo = memo
    found = memo[2].get((start, end))
    if found is None:
        found = _tokenize(lex, text, start, end)
        memo[2][(start, end)] = found
    return list(found)


_INITIALS = re.compile(r"(?:\w\.)+")


def _tokenize(lex: Lexicon, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    append = out.append
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if (
            word[-1] == "."  # (most words: no period, told first)
            and len(word) > 1
            and (
                word[:-1].lower() not in lex.abbreviations
                or _word_before_a_stop(lex, word[:-1].lower(), text, m.end(), end)
            )
            and not _INITIALS.fullmatch(word)  # keep initials such as U.S.
        ):  # a sentence period
            e = m.end()
            append((m.start(), e - 1, word[:-1]))
            append((e - 1, e, "."))
        else:
            append((m.start(), m.end(), word))
    return out


_CONTRACTED = re.compile(r"(?:that|it|there|here|what|this|who|he|she|we|they|i|you)\W\w+")
_PEOPLE_END = re.compile(r"(?:ists|ians|ers|ors|ants|ents)$")


def valid_speaker(lex: Lexicon, words: list[str]) -> bool:
    if not words or len(words) > 10:
        return False
    low = [w.lower() for w in words]
    joined = "".join(low)  # (both need an apostrophe: most phrases have none)
    if ("'" in joined or "\u2019" in joined) and any(
        w.endswith(("n't", "n\u2019t")) or w in ("let's", "let\u2019s") for w in low
    ):
        return False  # "Don't worry": an imperative, not a speaker
    if _CONTRACTED.fullmatch(low[0]):
        return False  # "That's when ...", "He'd read": a clause, not a speaker
    gerund = low[0].endswith("ing") and len(words) > 1 and words[1][:1].islower()
    if (
        low[0].endswith("ed")
        and words[0][:1].islower()
        and len(words) > 1
        and not (low[0] in _ATTRIBUTIVE and any(w[:1].isupper() for w in words[1:]))
    ):  # ("retired surgeon Tom Vell": an adjective, a role and a name)
        return False  # "issued a statement": a verb phrase, not a speaker
    if (low[0] in _NOT_SPEAKERS and words != ["Will"]) or gerund or "you" in low[1:]:
        return False  # "Who doesn't know", "Check out the", "Using unsafe code"
    if all(w in lex.determiners for w in low):
        # "the two", "both": a group named before (but not "the", "some", "two")
        return low == ["both"] or (len(low) == 2 and low[0] == "the" and low[1] in GROUP_SIZES)
    if len(words) == 1 and low[0] in lex.pronouns:
        return low[0] not in ("you", "him", "them", "us")
    joint = [i for i, w in enumerate(low) if w == "and"]
    if any(0 < i < len(words) - 1
           and (words[i - 1][:1].isupper() or (i == 1 and low[0] in ("he", "she"))
                or low[i - 1] in lex.titles)
           and (words[i + 1][:1].isupper() or low[i + 1] in POSSESSIVE_PRONOUNS)
           for i in joint):  # fmt: skip
        low = [w for w in low if w != "and"]
    inner = [
        w
        for i, w in enumerate(low[1:], 1)
        if w not in INNER_PREPOSITIONS
        and w != "of"
        and not (w == "to" and low[i - 1] == "close")
        and not (w == "over" and low[i - 1] == "voice")  # "a voice over"
        and words[i] not in NAME_WORDS
    ]
    if any(w in NP_STOP for w in inner) and "of" not in low:
        return False
    if low[0] in PREPOSITIONS:
        return False  # "hieß es aus dem Ministerium": a place, not a speaker
    if words[0][0].isupper() or low[0] in lex.determiners:
        return True
    # "planetary geologist Rosaly Lopes": a role before a name; "environmentalists": people
    people = len(low) == 1 and _PEOPLE_END.search(low[0]) is not None
    return (
        people
        or any(w in lex.speaker_nouns for w in low)
        or (len(low) == 1 and low[0] in lex.document_nouns)  # "according to analysis"
        or any(w[:1].isupper() for w in words[1:])
    )


# Participles that stand before a title or a name as adjectives ("retired Gen. Ann Lee").
_ATTRIBUTIVE = frozenset(
    """
    retired embattled disgraced ousted deposed exiled jailed imprisoned indicted convicted
    beleaguered acclaimed celebrated renowned famed
    """.split()  # noqa: SIM905
)


# Numbers by which a group named before may speak ("the two said", "said the three").
GROUP_SIZES = frozenset("two three four five six".split())  # noqa: SIM905


# First words that make a phrase a question, a request or an instruction, not a speaker.
_NOT_SPEAKERS = frozenset(
    """
    who what which why how where when whoever whatever let check thank thanks please click
    see read get try find make take keep look learn sign join follow subscribe share update
    citation note source photo image credit remember imagine consider there every is are
    was were do does did can could would should will has have had next much more leave tell
    ask send visit call contact download buy order watch listen summary to regardless however
    meanwhile instead indeed
    """.split()  # noqa: SIM905
)


def trim(lex: Lexicon, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop linking words before a phrase and adverbs after it ("Brooke tearfully",
    "Van Der Beek even"); a pronoun is a phrase on its own ("He instead")."""
    if len(tokens) > 2 and tokens[0][2].lower() == "both" and tokens[1][2][:1].isupper():
        tokens = tokens[1:]  # "both Vindman and Williams"
    while tokens and (
        tokens[0][2].lower() in LEAD_DROP
        or tokens[0][2].lower() in lex.clause_openers
        or tokens[0][2] in MARK_TOKENS
    ):
        tokens = tokens[1:]
    while tokens and (adverb(tokens[-1][2]) or tokens[-1][2] in MARK_TOKENS):
        tokens = tokens[:-1]
    dashes = [i for i, t in enumerate(tokens) if t[2] in _DASHES]
    if dashes and dashes[-1] < len(tokens) - 1:
        tokens = tokens[dashes[-1] + 1 :]  # "BERLIN -- The agency": a dateline before it
    first = tokens[0][2] if tokens else ""
    pronoun = first.lower() in lex.pronouns and not (first.isupper() and len(first) > 1)  # "US"
    # "her brother": "her" before a noun is a possessive, not the subject on its own
    possessive = (
        first.lower() == "her"
        and len(tokens) > 1
        and _person_noun(tokens[-1][2].lower().strip(","), lex)
    )
    if len(tokens) > 1 and pronoun and tokens[1][2] not in ("and",) and not possessive:
        tokens = tokens[:1]
    return tokens


def _person_noun(word: str, lex: Lexicon) -> bool:
    """A noun for someone ("lawyer", "brother", "aides")."""
    single = word[:-1] if word.endswith("s") else word
    return any(
        w in lex.speaker_nouns or w in lex.male_roles or w in lex.female_roles or w in lex.titles
        for w in (word, single)
    )


_DASHES = frozenset(["-", "--", "\u2014", "\u2013", "\u2015"])  # a lone "-" is spaced
MARK_TOKENS = frozenset(["'", "\u2019", "\u2018", '"', "\u201c", "\u201d", "`"])


# Adverbs between a subject and its verb, only as written in lower case ("she still
# says"; "Goonies Never Say Die" is a title).
_LOWER_ADVERBS = frozenset(["still", "never", "always", "already", "now", "first", "finally"])


def adverb(word: str) -> bool:
    low = word.lower().rstrip(".")
    return (
        low in TRAIL_DROP
        or (word[:1].islower() and low in _LOWER_ADVERBS)
        or (word[:1].islower() and len(low) > 4 and low.endswith("ly") and low not in _NOUNS_IN_LY)
    )


# Nouns that end as adverbs do ("a pro-Vell rally said"): the head of a phrase.
_NOUNS_IN_LY = frozenset(
    """
    rally rallies family assembly anomaly monopoly supply reply bully folly tally belly
    """.split()  # noqa: SIM905
)


def text_before_is_blank(text: str, start: int, end: int) -> bool:
    """Nothing but spaces and opening punctuation between ``start`` and ``end``."""
    return start <= end and not re.search(r"\w", text[start:end])
