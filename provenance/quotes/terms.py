"""Quoted words that are no quotation: a term or a label after a word that names it as
such (a rating of "hazardous", the so-called "deal", known as "the Hill").

The test reads only the few characters before one short quote: cheap enough to run on
every quote of a page.
"""

from __future__ import annotations

import re

from .marks import QuoteSpan

__all__ = [
    "heading_quote",
    "nickname",
    "plural_noun_cue",
    "quoted_term",
    "reference_title",
    "says_something",
    "title_after",
    "work_title",
]

# A word that names the quoted words as a term, a label or a name ("a rating of",
# "the so-called", "known as", "the word"); not "his words", which are speech.
_LABEL_BEFORE = re.compile(
    r"(?:\bso-called|\b(?:known|referred\s+to|billed|marketed|styled|nicknamed|titled|"
    r"entitled|rated|classified|designated)(?:\s+as)?"
    r"|\b(?:term|word|phrase|label|nickname|moniker|motto|slogan|hashtag|catchphrase|"
    r"buzzword|rating|grade|designation|category|status)(?:\s+(?:of|as))?)"
    r"[\s,:]*$",
    re.IGNORECASE,
)


def quoted_term(text: str, qs: QuoteSpan) -> bool:
    """The quote (one piece of at most four words) is a term or a label after a word that
    names it as such: a rating of "hazardous", the so-called "deal", known as "the Hill",
    the word "maybe"."""
    if len(qs.pieces) != 1:
        return False
    words = re.findall(r"[\w\u2019'\-]+", text[qs.pieces[0][0] : qs.pieces[0][1]])
    if not 1 <= len(words) <= 4:
        return False
    return _LABEL_BEFORE.search(text, max(0, qs.start - 40), qs.start) is not None


# (initials or a short title may end in a stop, "C.L. "Butch" Otter"; not "Florida. ", the
# end of a sentence)
_NAME_BEFORE = re.compile(r"\b(?:[A-Z][\w\u2019'-]*|(?:[A-Z]\.){1,3}|[A-Z][a-z]{0,2}\.)[ \xa0]$")
_NAME_AFTER = re.compile(r"[ \xa0][A-Z][\w\u2019'-]")


def nickname(text: str, qs: QuoteSpan) -> bool:
    """The quote is a nickname inside a name: Marcia "Cia" Price, Dwayne "The Rock" Johnson
    (one piece of one to three capitalised words, right between two capitalised words)."""
    if len(qs.pieces) != 1:
        return False
    words = text[qs.pieces[0][0] : qs.pieces[0][1]].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False  # ("It's devastating," is no nickname: a word in lower case)
    return (
        _NAME_BEFORE.search(text, max(0, qs.start - 30), qs.start) is not None
        and _NAME_AFTER.match(text, qs.end) is not None
    )


# A reference's date right before its title: "Lee, A.; Roe, B. (Nov 2008). "..."".
_REFERENCE_DATE = re.compile(
    r"\((?:[A-Za-z]{3,9}\.?[ \xa0]+)?(?:\d{1,2}[ \xa0]+)?(?:1[5-9]|20)\d\d(?:-\d\d){0,2}[a-z]?\)"
    r"\.?[ \xa0]*$"
)


# A reference's mark opening its line ("^ ", "^ a b "), and "Retrieved" after its title.
_REFERENCE_MARK = re.compile(r"(?:^|\n)\^(?:[ \xa0]+[a-z]){0,8}[ \xa0]*$")
_RETRIEVED = re.compile(r"[^\n]{0,200}?\bRetrieved[ \xa0]+(?:on[ \xa0]+)?\d")


def reference_title(text: str, qs: QuoteSpan) -> bool:
    """The quote is the title of a work in a list of references: a date in brackets right
    before it, as references give it after their authors; or it opens a reference's line
    (after "^") or is followed on its line by "Retrieved" and a date."""
    return (
        _REFERENCE_DATE.search(text, max(0, qs.start - 30), qs.start) is not None
        or _REFERENCE_MARK.search(text, max(0, qs.start - 20), qs.start) is not None
        or _RETRIEVED.match(text, qs.end) is not None
    )


# Words that show a clause: a finite verb, a past tense, a subject pronoun, a contraction.
_CLAUSE_HINT = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|will|would|can|could|may|might|must|"
    r"should|shall|do|does|did|i|we|you|he|she|they|let|let's)\b|\w+ed\b|n[\u2019']t\b"
    r"|[\u2019'](?:s|re|ll|ve|d|m)\b",
    re.IGNORECASE,
)


def says_something(text: str, qs: QuoteSpan) -> bool:
    """The quoted words read as a clause someone could have said, not a phrase set off
    ("the Mary Smith of it all")."""
    return any(_CLAUSE_HINT.search(text, a, b) for a, b in qs.pieces)


_SMALL = frozenset(
    "a an the of and in on to for at with or from by after into as nor but vs".split()  # noqa: SIM905
)


def title_after(text: str, start: int, end: int) -> bool:
    """The words after a quote that opens its sentence are a title in title case
    (\"'We Won!' Video Shows Rescue of Lost Dog\"): the quote is part of a title."""
    words = re.findall(r"[\w\u2019'\-]+", text[start:end])
    if not 3 <= len(words) <= 14 or text[start:end].rstrip()[-1:] in ".!?":
        return False
    capital = [w[:1].isupper() or w[:1].isdigit() for w in words]
    return sum(capital) >= 3 and all(
        c or w.lower() in _SMALL for c, w in zip(capital, words, strict=True)
    )


def heading_quote(text: str, qs: QuoteSpan, para: tuple[int, int], odd_mark: bool) -> bool:
    """The quote is its paragraph's only words, three to twelve in title case: a heading
    set in quotation marks ("'All Bets Are Off.'"), nobody's words; with ``odd_mark`` (single
    marks in a text that quotes in double ones), up to eight words in any case ("'A really
    tough decision.'")."""
    if len(qs.pieces) != 1 or text[para[0] : qs.start].strip():
        return False
    if text[qs.end : para[1]].strip(" \t\n."):
        return False
    inner = text[qs.pieces[0][0] : qs.pieces[0][1]].rstrip(" .!?")
    if not inner or re.search(r"[.!?;:,]", inner):
        return False  # a sentence or more inside: a quotation
    if odd_mark and 1 <= len(inner.split()) <= 8:
        return True
    return title_after(text, qs.pieces[0][0], qs.pieces[0][0] + len(inner))


_BY_AUTHOR = re.compile(r"[,.]?\s*by\s+(?:the\s+)?[A-Z]")


def work_title(text: str, qs: QuoteSpan, s_start: int, work_nouns: frozenset[str]) -> bool:
    """A quoted title: in title case after a noun naming a work ("his 2012 book, 'An
    American Son.'"), or any quote followed by its author ("'Museum to close,' by Times'
    Ben Lee:", the headline of a linked article)."""
    if len(qs.pieces) != 1:
        return False
    if _BY_AUTHOR.match(text, qs.end):
        return True
    before = re.findall(r"[\w\u2019'\-]+", text[max(s_start, qs.start - 40) : qs.start])
    owned = bool(before) and _OWNER.fullmatch(before[-1]) is not None  # "on HBN's 'Meet ...'"
    if not before or (before[-1].lower() not in work_nouns and not owned):
        return False
    inner = text[qs.pieces[0][0] : qs.pieces[0][1]].rstrip(" .,!?")
    words = re.findall(r"[\w\u2019'\-]+", inner)
    if owned and not (2 <= len(words) <= 8 and words[0][:1].isupper()):
        return False
    return bool(words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words
    )


# A body's or a person's possessive ("HBN's", "Vell's"): what follows in title case is the
# name of something of theirs, a show or a plan.
_OWNER = re.compile(r"[A-Z][\w\-]*[\u2019']s")


_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten several many few dozens".split()  # noqa: SIM905
)
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ful|ent|ant|ary|less)$")


def plural_noun_cue(text: str, np: tuple[int, int], cue_start: int, cue: str) -> bool:
    """A cue word in -s right after a number and adjectives ("released two highly critical
    reports", "several annual reports"): a plural noun, not a verb with its subject."""
    if not cue.endswith("s") or text[np[1] : cue_start].strip():
        return False
    words = re.findall(r"[\w\-]+", text[np[0] : np[1]].lower())
    i = len(words) - 1
    while i >= 0 and (_ADJECTIVE_END.search(words[i]) or words[i].endswith("ly")):
        i -= 1  # the adjectives before the cue word
    return 0 <= i < len(words) - 1 and words[i] in _NUMBER_WORDS
