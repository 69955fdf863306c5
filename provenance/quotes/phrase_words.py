"""Word lists that bound a speaker phrase in English: the words that end a noun phrase,
that open a speaker phrase without being part of it, and that trail after it; and the cue
words that name a thing as much as they report speech."""

from __future__ import annotations

import re

__all__ = [
    "CHILD_COUNTS",
    "DEPARTMENTS",
    "IDENTIFIED_AS",
    "ISSUING",
    "LEAD_DROP",
    "MONTHS",
    "MOOD",
    "NAMING_CUES",
    "NP_STOP",
    "NUMBER_WORDS",
    "TRAIL_DROP",
    "WEEKDAY",
    "WEEKDAYS",
]

# The days of the week: as lower-case words, and as a pattern of their capitalised names.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The months' names, as a pattern.
MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# "the mother of three": the numbers by which a parent is known by her children.
CHILD_COUNTS = frozenset("two three four five six seven eight nine ten".split())  # noqa: SIM905
# Words for a count ("Thirty percent of ...", "Hundreds of ..."): no name starts with one.
NUMBER_WORDS = CHILD_COUNTS | frozenset(
    """
    one eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million
    millions dozens
    """.split()  # noqa: SIM905
)
# What a government department or ministry is for ("the Interior Ministry", "Justice
# Department"): in a body's name these are its own words, though also a minister's title.
DEPARTMENTS = frozenset(
    """foreign defence defense interior health finance justice economy education
    trade energy environment culture transport agriculture home""".split()  # noqa: SIM905
)
# An adjective of mood or manner before a name ("an angry Vell", "a defiant Hale"), as a
# pattern.
MOOD = r"[a-z]{3,}(?:y|ed|ive|ful|ous|ent|ant|ic|less|ing)"
# The verbs by which someone puts out written words ("issued a statement"), as a pattern.
ISSUING = r"(?:issued|released|put\s+out|posted|sent\s+out|published)"
# Participles that say who made a document, before "by" ("The survey, conducted by ...";
# "carried out by" too).
DOCUMENT_PARTICIPLES = frozenset(
    """conducted commissioned published released written prepared compiled produced
    issued""".split()  # noqa: SIM905
)
# Cue words that name a thing as much as they report speech ("the bill, called ...").
NAMING_CUES = frozenset(
    """
    call calls called dub dubs dubbed label labels labeled labelled brand brands branded
    name names named describe describes described
    """.split()  # noqa: SIM905
)
NP_STOP = frozenset(
    [
        "and",
        "but",
        "or",
        "so",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "while",
        "because",
        "as",
        "if",
        "than",
        "then",
        "also",
        "not",
        "never",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "about",
        "into",
        "over",
        "after",
        "before",
        "during",
        "since",
        "until",
        "amid",
        "despite",
        "via",
        "throughout",
        "upon",
    ]
)
LEAD_DROP = frozenset(
    [
        "and",
        "but",
        "so",
        "also",
        "then",
        "yet",
        "however",
        "now",
        "still",
        "later",
        "earlier",
        "meanwhile",
        "instead",
        "moreover",
        "indeed",
        "further",
        "furthermore",
        "though",
        "although",
        "while",
        "as",
        "thus",
        "therefore",
        "hence",
        "similarly",
        "likewise",
        "consequently",
        "nevertheless",
        "nonetheless",
        "accordingly",
        "otherwise",
    ]
)
TRAIL_DROP = frozenset(
    [
        "even",
        "always",
        "never",
        "still",
        "flat-out",
        "sometimes",
        "often",
        "instead",
        "just",
        "only",
        "too",
        "herself",
        "himself",
        "themselves",
        "also",
        "then",
        "later",
        "again",
        "once",
        "previously",
        "recently",
        "earlier",
        "today",
        "yesterday",
        "tonight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "repeatedly",
        "simply",
        "further",
        "publicly",
        "privately",
        "separately",
        "flatly",
        "bluntly",
    ]
)

# "the driver, identified as Tom Reed,", "a man, named as Jo Roe,": the name given after it.
IDENTIFIED_AS = re.compile(
    r"(?:(?:later|since|earlier)[ \xa0]+)?(?:identified|named)[ \xa0]+as[ \xa0]+"
)
