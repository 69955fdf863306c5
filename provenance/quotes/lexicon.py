"""Word lists for attribution, one module per language, chosen by the article's language.

``lang/en.py`` and ``lang/de.py`` hold the words (reporting cues, frames,
pronouns, titles, ...); :class:`Lexicon` bundles one language's lists with
compiled finders, and :func:`for_language` picks it from ``Article.language``
(or, when the page does not say, from the text itself). A new language is a
new module under ``lang/`` and one line in ``_MODULES``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from types import MappingProxyType, ModuleType

import attrs

from .lang import de, en

__all__ = [
    "ABBREVIATIONS",
    "ALL_PRONOUNS",
    "CUE",
    "DETERMINERS",
    "GERUNDS",
    "INDIRECT_CUE",
    "PRONOUNS",
    "SPEAKER_NOUNS",
    "CueFinder",
    "Lexicon",
    "any_of",
    "distinct_tokens",
    "for_language",
]


# An article, perhaps with an adjective of age or fame, right before a word: "the (old) ".
_ARTICLE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t\xa0]+(?:(?:old|familiar|popular|common|famous|ancient)[ \t\xa0]+)?$"
)


class CueFinder:
    """Finds reporting cues: multi-word patterns first, then single words by
    set lookup (much faster than one regex alternation of hundreds of words)."""

    def __init__(self, multi: Iterable[str], words: Iterable[str]) -> None:
        multi = tuple(multi)
        # A look-ahead on the possible first letters lets the scan skip most positions fast.
        first = sorted({c for m in multi for c in _first_letters(m)})
        ahead = "(?=[" + "".join(c + c.upper() for c in first) + "])" if first else ""
        self.multi = (
            re.compile(ahead + r"\b(?:" + "|".join(multi) + r")\b", re.IGNORECASE)
            if multi
            else None
        )
        self.words = frozenset(w.lower() for w in words)
        _CUE_WORDS.update(self.words)
        # The first words the multi-word cues can start with: the text is searched only
        # where one of them stands, not at every word (None: a cue starts otherwise).
        self._anchors = _anchor_words(multi) if multi else None
        _WANTED.update(self.words, self._anchors or ())
        # The cues of the last text searched, by start: one pass per text, not per sentence.
        self._cache: tuple[str, list[re.Match[str]], list[int]] | None = None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        stop = len(text) if end is None else end
        cache = self._cache
        if cache is None or cache[0] is not text:
            found = self._scan(text, 0, len(text))
            cache = (text, found, [m.start() for m in found])
            self._cache = cache
        _, found, starts = cache
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, stop)
        return [m for m in found[lo:hi] if m.end() <= stop]

    def found_in(self, text: str, start: int, end: int) -> bool:
        """Whether ``finditer(text, start, end)`` finds any cue (with no list made)."""
        if self._cache is None or self._cache[0] is not text:
            return bool(self.finditer(text, start, end))
        _, found, starts = self._cache
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return lo < hi and any(found[i].end() <= end for i in range(lo, hi))

    def _scan(self, text: str, start: int, stop: int) -> list[re.Match[str]]:
        found = self._multi(text, start, stop)
        taken_starts = [m.start() for m in found]
        taken_ends = [m.end() for m in found]
        index = _words_of(text)
        hits = [m for low in self.words.intersection(index) for m in index[low]]
        for m in hits:
            at = m.start()
            if at < start or m.end() > stop:
                continue
            i = bisect.bisect_right(taken_starts, at) - 1
            if i >= 0 and at < taken_ends[i]:
                continue  # inside a multi-word cue
            if m.group().lower() == "saying" and _ARTICLE_BEFORE.search(text, max(0, at - 24), at):
                continue  # "the old saying goes": a proverb, no one saying it
            found.append(m)
        found.sort(key=lambda m: m.start())
        return found

    def _multi(self, text: str, start: int, stop: int) -> list[re.Match[str]]:
        """The multi-word cues of ``text[start:stop]``, as ``finditer`` finds them."""
        if self.multi is None:
            return []
        if self._anchors is None:
            return list(self.multi.finditer(text, start, stop))
        found: list[re.Match[str]] = []
        reached = start
        for at in _starts_of(text, self._anchors):
            if at < reached:
                continue
            m = self.multi.match(text, at, stop)
            if m is not None:
                found.append(m)
                reached = m.end()
        return found

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        found = self.finditer(text, start, end)
        return found[0] if found else None

    def is_cue_word(self, word: str) -> bool:
        return word.lower() in self.words


_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# Every single cue word of every finder made so far (lower case): the words worth indexing.
_CUE_WORDS: set[str] = set()
# Every cue word and every first word of a multi-word cue (lower case): the words whose
# forms a text's index keeps.
_WANTED: set[str] = set()
# The cue words of the last text read, by lower-case form (shared by every finder).
_last_words: tuple[str, int, dict[str, list[re.Match[str]]]] | None = None


def _words_of(text: str) -> dict[str, list[re.Match[str]]]:
    """Where each cue word occurs in ``text`` as a whole word, neither after a hyphen nor
    capitalised inside a sentence: the text's distinct words are read in one pass, and only
    the forms that are cue words are then looked for."""
    global _last_words
    cached = _last_words
    if cached is not None and cached[0] is text and cached[1] == len(_CUE_WORDS):
        return cached[2]
    found: dict[str, list[re.Match[str]]] = {}
    forms = _forms_of(text)
    for low in _CUE_WORDS.intersection(forms):
        for m in _places(text, low):
            at = m.start()
            if (at == 0 or text[at - 1] != "-") and (  # so-called, well-known
                not text[at].isupper() or _sentence_start(text, at)
            ):  # (not "New York State": a cue word written as part of a name)
                found.setdefault(low, []).append(m)
    _last_words = (text, len(_CUE_WORDS), found)
    return found


def _anchor_words(patterns: Iterable[str]) -> frozenset[str] | None:
    """The literal first words of cue patterns (``according to`` -> ``according``,
    ``(?:call|calls) for`` -> ``call``, ``calls``), lower case; None when a pattern does not
    start with a literal word followed by a space, a lookahead or the pattern's end."""
    out: set[str] = set()
    for pattern in patterns:
        heads, rest = [pattern], ""
        if pattern.startswith("(?:"):
            depth, close = 0, -1
            for i, ch in enumerate(pattern):
                depth += (ch == "(") - (ch == ")")
                if depth == 0:
                    close = i
                    break
            inner, rest = pattern[3:close], pattern[close + 1 :]
            if rest and not rest.startswith((" ", "(?: ")):
                return None  # "(?:point|points)ed": the group is no whole word
            heads, depth, piece = [], 0, ""
            for ch in inner:  # the group's top-level alternatives
                depth += (ch == "(") - (ch == ")")
                if ch == "|" and depth == 0:
                    heads.append(piece)
                    piece = ""
                else:
                    piece += ch
            heads.append(piece)
        for head in heads:
            word = re.match(r"[A-Za-z]+", head)
            if word is None:
                return None
            after = head[word.end() :]
            if not (after[:1] in ("", " ") or after.startswith("(?=")):
                return None  # (a lookahead after the word keeps it whole: "citing(?=...)")
            out.add(word.group(0).lower())
    return frozenset(out)


_last_starts: tuple[str, frozenset[str], list[int]] | None = None


def _starts_of(text: str, words: frozenset[str]) -> list[int]:
    """Where any of ``words`` (lower case) stands in ``text`` as a whole word, in order."""
    global _last_starts
    cached = _last_starts
    if cached is not None and cached[0] is text and cached[1] is words:
        return cached[2]
    forms = _forms_of(text)
    starts = [m.start() for low in words.intersection(forms) for m in _places(text, low)]
    starts.sort()
    _last_starts = (text, words, starts)
    return starts


_last_forms: tuple[str, int, dict[str, list[str]]] | None = None


def _forms_of(text: str) -> dict[str, list[str]]:
    """The distinct words of ``text`` that are cue words or start a cue, as written, by
    their lower case (kept for the last text read)."""
    global _last_forms
    if _last_forms is None or _last_forms[0] is not text or _last_forms[1] != len(_WANTED):
        forms: dict[str, list[str]] = {}
        wanted = _WANTED
        for form in _distinct_words(text):
            low = form.lower()
            if low in wanted:
                forms.setdefault(low, []).append(form)
        _last_forms = (text, len(wanted), forms)
    return _last_forms[2]


_last_tokens: tuple[str, frozenset[str]] | None = None


def distinct_tokens(text: str) -> frozenset[str]:
    """The distinct white-space tokens of ``text`` (kept for the last text read: the cue
    finders and the entity model both read them)."""
    global _last_tokens
    if _last_tokens is None or _last_tokens[0] is not text:
        _last_tokens = (text, frozenset(text.split()))
    return _last_tokens[1]


def _distinct_words(text: str) -> set[str]:
    """The set of ``_WORDS.findall(text)``, read from the text's distinct white-space
    tokens: a token of letters only is one word (a letter is never a decimal digit), any
    other token is split into its words by the pattern."""
    words: set[str] = set()
    for token in distinct_tokens(text):
        if token.isalpha():
            words.add(token)
        else:
            words.update(_WORDS.findall(token))
    return words


_last_places: tuple[str, dict[str, list[re.Match[str]]]] | None = None


def _places(text: str, low: str) -> list[re.Match[str]]:
    """Where the word ``low`` (lower case, one of the text's words) stands in ``text``, in
    any of the ways the text writes it (kept for the last text read: the cue finders ask
    for the same words)."""
    global _last_places
    memo = _last_places
    if memo is None or memo[0] is not text:
        memo = (text, {})
        _last_places = memo
    found = memo[1].get(low)
    if found is None:
        found = [m for form in _forms_of(text)[low] for m in _whole_words(text, form)]
        memo[1][low] = found
    return found


_LETTER = re.compile(r"[^\W\d_]")


def _whole_words(text: str, form: str) -> list[re.Match[str]]:
    """Where ``form`` (a word as written) stands in ``text`` with no letter right before
    or right after it. A short word is searched with a pattern (kept: a few short words
    come back in every text); a longer one is looked for as a string, and each place
    whose neighbours are no letters is read as a word."""
    if len(form) <= 3:
        return list(_whole_word(form).finditer(text))
    found: list[re.Match[str]] = []
    size, at = len(form), text.find(form)
    while at >= 0:
        end = at + size
        if (at == 0 or _LETTER.match(text, at - 1) is None) and _LETTER.match(text, end) is None:
            m = _WORDS.match(text, at)
            if m is not None:
                found.append(m)
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)
    return found


@lru_cache(maxsize=256)
def _whole_word(form: str) -> re.Pattern[str]:
    """``form`` (letters) with no letter right after or right before it; the word comes
    first in the pattern, so a search jumps from one place of it to the next."""
    return re.compile(
        re.escape(form) + r"(?![^\W\d_])(?<![^\W\d_]" + "." * len(form) + ")", re.DOTALL
    )


def _first_letters(pattern: str) -> set[str]:
    """The letters a regular expression of cue words can start with (lower case)."""
    group = re.match(r"\(\?:([^()]*)\)", pattern)
    heads = group.group(1).split("|") if group else [pattern]
    out = set()
    for head in heads:
        c = head[:1].lower()
        if not c.isalpha():
            return set("abcdefghijklmnopqrstuvwxyz\u00e4\u00f6\u00fc")
        out.add(c)
    return out


def _sentence_start(text: str, pos: int) -> bool:
    head = text[max(0, pos - 4) : pos].rstrip(" \t\"\u201c\u201e\u00ab\u00bb'(")
    return not head or head[-1] in ".!?:\n\u201d"


def _low(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@attrs.frozen(eq=False)
class Lexicon:
    """One language's words for attribution."""

    code: str
    cue: CueFinder  # cues of a direct quote's frame
    indirect_cue: CueFinder  # cues that take a reported clause
    frame_only: frozenset[str]
    gerunds: frozenset[str]
    noun_cues: frozenset[str]
    pronouns: frozenset[str]
    pronoun_features: Mapping[str, tuple[str, str]]
    subject_pronouns: tuple[str, ...]  # gendered subject pronouns (he, she), followed through
    determiners: frozenset[str]
    speaker_nouns: frozenset[str]
    abbreviations: frozenset[str]
    # Abbreviations only before a number ("No. 5", "Sept. 11"): elsewhere a word ending a
    # sentence ("voted no.").
    number_abbreviations: frozenset[str]
    titles: frozenset[str]
    female_titles: frozenset[str]
    male_titles: frozenset[str]
    female_roles: frozenset[str]
    epithets: frozenset[str]  # nouns of standing that stand for the person in focus
    male_roles: frozenset[str]
    org_heads: Mapping[str, str]
    org_kinds: Mapping[str, frozenset[str]]
    kind_nouns: frozenset[str]  # every noun of ``org_kinds``: a kind of body, asked often
    body_nouns: frozenset[str]  # nouns that stand for a named organisation ("the utility")
    work_nouns: frozenset[str]
    intention: frozenset[str]
    intention_cue: CueFinder
    clause_openers: frozenset[str]
    subjunctive: frozenset[str]
    clause_only: frozenset[str]  # verbs of events and perception: reported speech with a clause
    first_person: frozenset[str]  # the writer's own voice: narration, not reported speech
    document_nouns: frozenset[str]  # studies, reports, polls: sources of findings
    impersonal: frozenset[str]  # pronouns of things: sources only beside quotation marks
    preposed: re.Pattern[str]
    postposed: re.Pattern[str] | None
    passive_report: re.Pattern[str] | None


def _build(mod: ModuleType) -> Lexicon:
    def get(name: str, default: Iterable[str] = ()) -> tuple[str, ...]:
        return tuple(getattr(mod, name, default))

    multi = get("MULTI")
    post = get("POSTPOSED")
    passive = getattr(mod, "PASSIVE_REPORT", None)
    kinds = getattr(mod, "ORG_KINDS", {})
    code = mod.__name__.rsplit(".", 1)[-1]
    # German cue verbs stay cues in English text: a German quote on an English page.
    extra = de.VERBS if code == "en" else ()
    return Lexicon(
        code=code,
        cue=CueFinder(
            multi + get("FRAME_MULTI"), get("VERBS") + get("FRAME_ONLY") + get("GERUNDS") + extra
        ),
        indirect_cue=CueFinder(
            multi + get("PREPOSITION_FRAMES"),
            get("VERBS") + get("BELIEF") + get("REPORTING") + get("PROGRESSIVE"),
        ),
        frame_only=_low(get("FRAME_ONLY")),
        gerunds=_low(get("GERUNDS")),
        noun_cues=_low(get("NOUN_CUES")),
        pronouns=_low(get("PRONOUNS")),
        pronoun_features=MappingProxyType(dict(getattr(mod, "PRONOUN_FEATURES", {}))),
        subject_pronouns=get("SUBJECT_PRONOUNS"),
        determiners=_low(get("DETERMINERS")),
        speaker_nouns=_low(get("SPEAKER_NOUNS")),
        abbreviations=_low(get("ABBREVIATIONS")),
        number_abbreviations=_low(get("NUMBER_ABBREVIATIONS")),
        titles=_low(get("TITLES")),
        female_titles=_low(get("FEMALE_TITLES")),
        male_titles=_low(get("MALE_TITLES")),
        female_roles=_low(get("FEMALE_ROLES")),
        epithets=_low(get("EPITHETS")),
        male_roles=_low(get("MALE_ROLES")),
        org_heads=MappingProxyType(dict(getattr(mod, "ORG_HEADS", {}))),
        org_kinds=MappingProxyType({k: _low(v) for k, v in kinds.items()}),
        kind_nouns=frozenset(w for v in kinds.values() for w in _low(v)),
        body_nouns=_low(get("BODY_NOUNS")),
        work_nouns=_low(get("WORK_NOUNS")),
        intention=_low(get("INTENTION")),
        intention_cue=CueFinder((), get("INTENTION")),
        clause_openers=_low(get("CLAUSE_OPENERS")),
        subjunctive=_low(get("SUBJUNCTIVE")),
        clause_only=_low(get("CLAUSE_ONLY")),
        first_person=_low(get("FIRST_PERSON")),
        document_nouns=_low(get("DOCUMENT_NOUNS")),
        impersonal=_low(get("IMPERSONAL")),
        preposed=any_of(get("PREPOSED")),
        postposed=any_of(post) if post else None,
        passive_report=re.compile(passive, re.IGNORECASE) if passive else None,
    )


@lru_cache(maxsize=64)
def any_of(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``patterns`` (words, or patterns of words) as a whole word, in any case; a
    look-ahead on their first letters, when each starts with two letters, lets a search
    skip to where one can start."""
    heads = [h for p in patterns for h in _heads(p)]
    ahead = ""
    if heads and all(re.match(r"[^\W\d_]{2}", h) for h in heads):
        first = sorted({h[0].lower() for h in heads})
        ahead = "(?=[" + "".join(c + c.upper() for c in first) + "])"
    return re.compile(ahead + r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


def _heads(pattern: str) -> list[str]:
    """A pattern's alternatives at its start: those of a leading ``(?:...)`` group
    without groups inside, or the pattern itself."""
    group = re.match(r"\(\?:([^()]*)\)", pattern)
    return group.group(1).split("|") if group else [pattern]


_MODULES: dict[str, ModuleType] = {"en": en, "de": de}
_GERMAN_HINT = any_of(de.STOPWORDS)
_ENGLISH_HINT = any_of(
    ("the", "and", "is", "was", "of", "to", "that", "with", "for", "said", "have")
)


@cache
def _lexicon(code: str) -> Lexicon:
    return _build(_MODULES[code])


def guess_language(text: str) -> str:
    """``de`` or ``en`` from the commonest function words of the first 5,000 characters."""
    sample = text[:5000]
    german = len(_GERMAN_HINT.findall(sample))
    english = len(_ENGLISH_HINT.findall(sample))
    return "de" if german > english else "en"


def for_language(language: str | None, text: str = "") -> Lexicon:
    """The lexicon for a BCP 47 tag (``de-AT`` -> German); English for languages we
    have no lexicon for; guessed from ``text`` when the page names none."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    if not code:
        code = guess_language(text)
    return _lexicon(code if code in _MODULES else "en")


# The English lexicon's lists under their older names.
_EN = _lexicon("en")
CUE = _EN.cue
INDIRECT_CUE = _EN.indirect_cue
GERUNDS = _EN.gerunds
PRONOUNS = _EN.pronouns
# The pronouns of every language the extractor reads ("he", "sie"): a mention of one of
# these is a pronoun whatever the text's language.
ALL_PRONOUNS = frozenset().union(*(_lexicon(code).pronouns for code in _MODULES))
# Nouns for a party's member ("the Ohio Republican"), and every capitalised noun for a
# person that is no name ("the Spaniard" too).
PARTY_MEMBERS = frozenset(en.PARTY_MEMBERS)
PEOPLE_NOUNS = frozenset(en.DEMONYMS) | PARTY_MEMBERS
DETERMINERS = _EN.determiners
SPEAKER_NOUNS = _EN.speaker_nouns
ABBREVIATIONS = _EN.abbreviations
