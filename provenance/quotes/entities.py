"""An article's people and organisations, read from its own text.

One pass over the text finds capitalised names and what the text says about
them: titles and honorifics ("President", "Mrs."), roles in apposition
("Lisa Brandt, Carlineo's attorney," / "manager Tom Reddick"), ages
("Reddick, 56," / "the 56-year-old"), the kind of organisation a name ends
in ("... Ministry", "... Industries"), and gender from given names,
honorifics and gendered role nouns. Mentions that share a surname are one
entity; "A and B" of two people is a group. Positions are code points.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from .datelines import dateline_end
from .lang.names import FEMALE, MALE
from .lang.places import PLACES
from .lexicon import PARTY_MEMBERS, Lexicon, any_of, distinct_tokens
from .phrase_words import DEPARTMENTS, NUMBER_WORDS, WEEKDAY
from .plain_words import heading_words

__all__ = ["Entity", "EntityModel", "given_gender", "titled_thing", "two_word_name"]

Span = tuple[int, int]

_CAP = r"(?:(?:[A-Z]\.){2,}|(?:[A-Z][a-z]{0,2}|Pres|Prof)\.|[A-Z\u00c0-\u00de][\w\u2019'\-]*)"
# (The look-ahead on the first letter lets the scan skip the text between names fast.)
_NAME = re.compile(
    r"(?=[A-Z\u00c0-\u00de])(?<![\w\u2019'])"
    + _CAP
    + r"(?:[ \t\xa0]+(?:(?:al|el|bin|ibn|de|da|di|van|von|der|den|del"
    r"|la|le|du|dos|ter|ten)[ \t\xa0]+)*" + _CAP + r")*"
)
# Verbs of a title-case headline after its subject's name.
_HEADLINE_VERBS = """Says Said Tells Warns Urges Slams Blasts Vows Claims Denies Admits Insists
    Sees Wants Seeks Asks Backs Defends Rejects Praises Accuses Calls""".split()  # noqa: SIM905
# A preposition written with a capital between capitalised words: a title-case line's
# ("Chief On Trump", "The Long Campaign Of Jo Roe"), between two names or a phrase and a name.
_TITLE_ON = re.compile(
    r"[ \t\xa0]+(On|Of|For|In|At|To|With|From|By|About|Against|After|Over"
    r"|" + "|".join(_HEADLINE_VERBS) + r")[ \t\xa0]+"
)  # a title-case line's preposition, or its verb of saying ("Trump Says He'll Win")
# Prepositions after which a role before a name is read ("a drop in the oil giant Acme"),
# and those that end a source right before the name ("According to police, Tom Reyes").
_PHRASE_BREAK = frozenset(("in", "at", "on", "of", "for", "from", "with", "by", "into"))
_BEFORE_A_SOURCE = frozenset(("to", "by", "from", "with", "of", "laut", "von"))
# Role nouns of a man's that a woman may hold too ("spokesman Hope Hicks").
_GENERIC_MALE = frozenset(("spokesman", "chairman"))
# A body's possessive before more capitalised words ("The Post's Ruth Marcus").
OWNER_THEN = re.compile(r"\S([\u2019']s)[ \t\xa0]+(?=[A-Z])")
# A possessive on the second or a later word of a run, before more capitalised words:
# a person's name ends there ("Alan Grayson's Senate", not "McDonald's Corp").
_INNER_POSSESSOR = re.compile(r"\S[ \t\xa0]+\S+?([\u2019']s)[ \t\xa0]+(?=[A-Z])")
_LONG_LOWER = re.compile(r"(?<![\w'\u2019-])[a-z]{4,}")
# (such a verb ends a run of capitalised words too: "Obama Sees 'Personal Insult' ...")
_TITLE_VERB_END = re.compile(r"[ \t\xa0]+(?:" + "|".join(_HEADLINE_VERBS) + r")$")
_SENTENCE = re.compile(
    r"(?=[.!?\n])(?:[.!?][\"\u201d\u2019']?\s+|\n+)(?=[\"\u201c\u201e\u00ab'(]*[A-Z0-9])"
)
# A title's period before a name ("Mr. Clinton", "Sen. Hale"): no sentence ends there.
_TITLE_STOP = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Col|Lt|Capt|Sgt|Adm|Maj|Rev|Hon|Atty|Pres)\.\s+$"
)
# A name's middle initial ("Tom K. Vell"): a capital letter alone before the period.
_INITIAL = re.compile(r"(?<![\w.])[A-HJ-Z]\.[ \t]+([A-Z][a-z]+)")


def _middle_initial(text: str, stop: re.Match[str]) -> bool:
    """The sentence end ``stop`` is a middle initial's period, followed by a surname (not by a
    word such as "The" or "He" that starts sentences)."""
    at = _INITIAL.match(text, stop.start() - 1)
    return at is not None and at.end() >= stop.end() and at.group(1).lower() not in _FUNCTION


# The word before a title and the capitalised words that lead up to it.
_BEFORE_TITLE = re.compile(
    r"(?<![\w'\u2019-])([a-z]+),?[ \t\xa0]+(?:[A-Z][\w.-]*[ \t\xa0]+)*?[A-Z][a-z]*\.\s+$"
)
# "the admiral chuckled", "- the senior analyst decided": a description as a subject.
_FREE_DESCRIPTION = re.compile(
    r"([Tt]he[ \t\xa0]+(?:[a-z][\w-]*[ \t\xa0]+){0,2}?)([a-z]+)"
    r"[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?([a-z]+)\b"
)
# What may stand before such a subject: a sentence's end, a comma or a dash.
_FREE_BEFORE = re.compile(r"[.!?,\u2014\u2013-][ \t\xa0]")
# A title's word and "of" right before a run of capitalised words ("Director of ...").
_TITLE_OF = re.compile(r"\b(\w+)[ \t\xa0]+of[ \t\xa0]+$")
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[,.]?")
# Capitalised words that do not start or make a name on their own.
_FUNCTION = (
    frozenset(
        """
    the a an in on at for but and or so yet if when while as after before since because he
    she they it we i you this that these those his her their its our my your there here what
    who whom whose which where why how with without from by to of into about over under
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow according
    said says asked told added however meanwhile also still then now last next mr mrs ms dr
    sir dame lord lady der die das ein eine und oder aber wenn als am im auf mit von zu bei
    nach laut both whatever whoever whichever would could should can did does do each every
    many some several maybe perhaps only even just not like unlike despite during among
    between through yes no all any most such another other let please thanks dear oh wer
    was wie wo warum wann welche welcher one neither nor though although whereas unless whether
    either once until upon amid two three four five six seven eight nine ten dozens hundreds
    later earlier afterwards afterward instead finally eventually separately recently
    previously initially ultimately nonetheless nevertheless moreover furthermore likewise
    similarly additionally again tonight overnight januar februar märz juni juli oktober
    dezember montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag über für
    gegen ohne durch aus seit während wegen trotz zwischen beim vom zum zur ins dem einer einem
    einen zusätzlich außerdem zudem dennoch deshalb daher jedoch allerdings trotzdem
    inzwischen bereits gestern heute
    """.split()  # noqa: SIM905
    )
    | NUMBER_WORDS
)
# Words that open a subordinate clause: a subject after them is less salient.
# "There's Hale", "Then there is Jo Hale": a sentence that brings someone in.
_THERE_IS = re.compile(
    r"(?:^|[.!?\n]\s*|\b(?:Then|And|But|Now)\s+)[Tt]here(?:['\u2019]s|\s+is|\s+was)\s+$"
)
_SUBORDINATORS = frozenset(
    """
    that than because when whenever while if although though as since until unless whether
    who whom whose which where after before once dass weil wenn als ob obwohl
    """.split()  # noqa: SIM905
)
#: Salience of a subject mention: of the main clause, or of a subordinate clause.
MAIN, SUBORDINATE = 0.35, 0.15
# A phrase set off after a name by a comma and an article, up to a mention ("Zarate, a top
# adviser to then-President "), and the comma that closes it.
_OPENS_APPOSITION = re.compile(
    r"[a-z\u2019'.],[ \t\xa0]+(?:a|an|the)[ \t\xa0][^,;:.!?\"\u201c\u201d()]*$"
)
_CLOSES_APPOSITION = re.compile(r",[ \t\xa0]+(?:also[ \t\xa0]+)?[a-z]")
# A frame turned round after a comma: the verb of saying, then its subject ("..., said Kunin").
_INVERTED_FRAME = re.compile(
    r",[ \t\xa0]+(?:said|says|added|adds|wrote|writes|asked|asks)[ \t\xa0]+"
    r"(?:the[ \t\xa0]+[a-z]|[A-Z])"
)
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
_NON_SPACE = re.compile(r"\S+")
# A company's stock right after its name, or its shares right before it.
_SHARES_AFTER = re.compile(r"(?:[\u2019']s)?[ \t\xa0]+(?:shares|stock)[ \t\xa0]+(?!of\b)")
_SHARES_BEFORE = re.compile(r"\b[Ss]hares[ \t\xa0]+(?:of|in)[ \t\xa0]+$")
# (A lower-case letter first, then no word character before it: the same as a "\b" first,
# and the scan skips to the next such letter fast.)
_LOWER_WORD = re.compile(r"[a-z](?<!\w.)[a-z\-]+\b")
_WORD_CHAR = re.compile(r"\w")
_POSSESSOR = re.compile(r"[\u2019']s?\b")
# A possessor's own piece of writing or speech ("Tuttle's article", "her latest column").
_WRITING_OWNED = re.compile(
    r"[\u2019']s?[ \t\xa0]+(?:(?:new|latest|own|recent|last)[ \t\xa0]+)?"
    r"(?:article|column|op-ed|essay|book|memoir|letter|post|blog|tweet|speech|piece|editorial)\b"
)
# A possessive, a noun phrase and a verb of being or coming: the sentence's subject.
_OWNED_THING = re.compile(
    r"[\u2019']s?[ \t\xa0]+(?:[a-z][\w-]*[ \t\xa0]+){0,2}?([a-z][\w-]*)[ \t\xa0]+"
    r"(?:is|was|are|were|has|had|remains|remained|came|comes|seems|seemed|appears|appeared"
    r"|will|would)\b"
)
_SHARE_OF = re.compile(r"(?:One|Some|Much|Many|Most|Part|None)[ \t\xa0]+of")
_ROLE_AFTER = re.compile(r",\s+((?:[\w\u2019'\-.]+\s+){0,8}?[\w\u2019'\-.]+)\s*[,.;]")
_AND_NEXT = re.compile(r"\s+and\s+")
# A word that opens a conjunct or a clause, never an apposition.
_CONJUNCT = re.compile(
    r"(?:and|but|or|nor|yet|so|where|when|while|because|although|though|if|as|then)\b"
)
# A verb right after a mention, after a comma, after an apposition or a parenthesis
# ("McDowell (...), also remembers").
_VERB_NEXT = (
    re.compile(r"\s*,?\s*([^\W\d_]+)\b"),
    re.compile(r"\s*,[^,]{1,120},\s*([^\W\d_]+)\b"),
    re.compile(r"\s*\([^()]{0,80}\)\s*,?\s*([^\W\d_]+)\b"),
)
_ADVERB_THEN_VERB = re.compile(r"\s+[a-z]+ly\s+([^\W\d_]+)\b")  # "Lee regularly watched"
_FOLLOWING = re.compile(r"[\s,]*(?:\([^()]{0,60}\)\s*,?\s*)?([^\W\d_]+)")
_OF_JOIN = re.compile(r"[ \t\xa0]+(?:of|for)[ \t\xa0]+(?:the[ \t\xa0]+)?")
_COMPOUND_ADJECTIVE = re.compile(r"[\w.]+-(?:leading|based|born|winning|owned|backed|led|run)")
_AMPERSAND = re.compile(r"[ \t\xa0]*&[ \t\xa0]*")
_AND_JOIN = re.compile(r"[ \t\xa0]+(?:and|&)[ \t\xa0]+")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}|(?:[A-Z]\.){2,5}")
_LINKING = frozenset(["of", "for", "and", "&", "the"])
# Heads of a government body's name, and the portfolio words that name it ("the State
# Department", "the Interior Ministry"): there, no minister's title.
_BODY_HEADS = frozenset(["department", "ministry", "office", "committee", "commission"])
_PORTFOLIOS = DEPARTMENTS | {"state"}
# Titles of two people named after them ("Sens. Jo Hale and Ben Carter").
_PLURAL_TITLES = {
    "senators": "senator",
    "sens": "sen",
    "reps": "rep",
    "representatives": "representative",
    "governors": "governor",
}
# Heads of a body's name that may hold "and" ("the Food and Drug Administration").
_AND_HEADS = frozenset(
    """administration department commission agency bureau service committee council
    association institute foundation center centre board office""".split()  # noqa: SIM905
)
# "Commission on Presidential Debates", "Council on Foreign Relations": "on" inside a
# body's name, after these heads and before a capitalised word that is no date (a
# month's short name opens its full name too).
_ON_HEADS = frozenset(["commission", "committee", "subcommittee", "council", "conference"])
_ON_JOIN = re.compile(r"[ \t\xa0]+on[ \t\xa0]+")
_DATE_WORD = re.compile(
    WEEKDAY + r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|Election"
)
# A capitalised word after a word on the same line; evidence of a name when that word
# is in lower case ("said Studies" would be; "Summary Studies", a line's first word not).
_AFTER_WORD = re.compile(r"[a-z,;][ \t\xa0]+([A-Z][\w\-]+)")
# Words written in capitals that are no one's name ("The results look OK").
_COMMON_CAPITALS = frozenset(
    """ok tv am pm id faq gdp diy hq pc ai vr ar iq fyi asap""".split()  # noqa: SIM905
)
# A preposition of place right before a name: the name reads as a place.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|across|throughout|outside|inside|into)\s+$")
# The same, stricter (no "from" or "to": "according to Ann Lee"), also capitalised opening a
# sentence, and with a word for a part of a place ("In downtown San Marco").
_IN_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Tt]hroughout|[Oo]utside|[Ii]nside)\s+"
    r"(?:(?:downtown|northern|southern|eastern|western|central|rural|suburban|nearby)\s+)?$"
)
# A role set off by commas after a name: "Hale, the team's coach,", "Roe, a lawyer,".
_APPOSED_ROLE = re.compile(
    r",[ \t\xa0]+(?:the|a|an)[ \t\xa0]+(?:[\w\u2019'-]+[ \t\xa0]+){0,3}?([a-z]+),"
)
# A lower-case word in "s" after a name ("New York officials"): a plural it qualifies,
# unless it is a verb of saying ("says") or ends in "ss".
_NOUN_AFTER = re.compile(r"[ \t\xa0]+([a-z]+s)\b")
# A person's name used before a noun ("the Fiorina campaign"): no body's name.
_ATTRIBUTIVE = re.compile(
    r"\s+(?:campaign|camp|team|administration|family|presidency|era|years|household|"
    r"doctrine|camp's|campaign's|team's|administration's)\b"
)
# Abbreviated titles and the role nouns a later description uses for their bearer.
_TITLE_ROLES = {
    "adm": "admiral", "gen": "general", "sen": "senator", "rep": "congressman",
    "gov": "governor", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant",
    "capt": "captain", "maj": "major", "prof": "professor", "dr": "doctor", "pres": "president",
}  # fmt: skip
# "ILC2s", "CRISPR", "WeWork": a term, an acronym or a brand written in camel case (not
# "McDowell", "DeSantis", "LeBron", "DiCaprio", "MacArthur")
_TERM = re.compile(r"\d|^[A-Z0-9\-]+s?$|^(?!Mc|Mac|De|Di|Le|La|Du|Da)[A-Z][a-z]+[A-Z]")
_ROLE_PREDICATE = re.compile(
    r"[ \t\xa0]+(?:is|was|has been|had been|became|is now)[ \t\xa0]+"
    r"(?:(?:named|appointed|elected|hired as|promoted to)[ \t\xa0]+)?"
    r"((?:(?:the|a|an|its|their)[ \t\xa0]+)?[\w\-]+(?:[ \t\xa0]+[\w\-]+){0,2})"
)
# Role nouns a text gives people beyond the speaker nouns ("the band's guitarist, Jon Reyes").
_ROLE_NOUNS = frozenset(
    """singer guitarist drummer bassist pianist vocalist frontman frontwoman rapper songwriter
    composer producer director actor actress novelist author writer poet playwright columnist
    editor reporter journalist photographer artist designer architect engineer physicist
    chemist biologist historian strategist pollster coach captain striker goalkeeper
    quarterback pitcher player athlete driver pilot astronaut chef farmer teacher nurse
    surgeon physician psychiatrist pastor priest rabbi imam economist researcher student
    inventor entrepreneur investor banker trader broker consultant""".split()  # noqa: SIM905
)
_STOP = re.compile(r"[.!?][\s\xa0]+[A-Z]")
_BE_STARTS = frozenset(["is", "wa", "ha", "be"])  # is, was, has been, had been, became
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+[ \t\xa0]+")
_LAST_TOKEN = re.compile(r"(\S+)[ \t\xa0]+$")
_LAST_WORD = re.compile(r"\b([A-Za-z]+)\.?\s+(?:the\s+)?$")
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Dr"])
# "One woman", "A man": someone brought in without a name.
_UNNAMED_ONE = re.compile(r"(?<![\w-])(?:One|A|An|Another)\s+(\w+)\b")
_OCCASIONS = frozenset("day eve week weekend night holiday festival".split())  # noqa: SIM905
# Prepositions whose object is never the subject of the verb after it.
_OBJECT_OF = frozenset(
    """in at of from with for by on to into about against among near inside outside""".split()  # noqa: SIM905
)


_CLAUSE_BREAK = re.compile(r"[;:,\u2014\u201d\"]|\band\b|\bbut\b")
_WORD_RUNS = re.compile(r"\w+")
# A name and "and" right before a mention: two names joined, one subject.
_NAME_AND_END = re.compile(
    r"[A-Z][\w\u2019'.-]*(?:[ \t\xa0]+[A-Z][\w\u2019'.-]*)*[ \t\xa0]+and[ \t\xa0]+$"
)
_HE_SHE = re.compile(r"(?=[hHsS])\b(?:(he|him|his|He|His)|she|her|She|Her)\b")
_AGE_AFTER = re.compile(r",\s*(\d{1,3}),")
_AGE_DESC = re.compile(r"(\d{1,3})-year-old")


_PARTICLE = re.compile(r"[ \t\xa0]+(?:von|van|de|da|di|der|den|del|du|dos|ter)[ \t\xa0]+")


# Nouns for a member of a party: a name's last word only in a description ("a New
# Hampshire Republican", "a Senate Democrat"), never in a person's name.


def given_gender(name: str) -> str:
    """The gender a name's given name gives (see :func:`_given_word`), or ""."""
    first = _given_word(name.split())
    return "f" if first in FEMALE else "m" if first in MALE else ""


def _given_word(parts: list[str]) -> str:
    """The word of a name (in lower case) that says its gender: the first; when the
    first is no given name and titles run before the name ("House Majority Leader Kevin
    Lutz", "Senate Whip Jo A. Hale"), the given name right before the surname and a
    middle initial."""
    words = [w.lower() for w in parts]
    if not words or words[0] in FEMALE or words[0] in MALE or len(words) < 3:
        return words[0] if words else ""
    k = len(words) - 2
    if k > 1 and len(words[k].rstrip(".")) == 1:
        k -= 1  # a middle initial
    titled = all(w[:1].isupper() for w in parts[:k])  # not "Fans of Jo Ruiz and Al Lee"
    return words[k] if titled and (words[k] in FEMALE or words[k] in MALE) else words[0]


def _party_member(name: str) -> bool:
    """``name`` is capitalised words ending in a party member's noun ("North Carolina
    Republican", though Carolina is a given name): who someone is, not who."""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in PARTY_MEMBERS


def _after_particle(text: str, span: Span) -> Span:
    """A run whose word before a particle is no given name and whose words after it are a
    full name ("Nach Angaben von Jan Berg", "Bericht von Ana da Silva Costa") starts after
    the particle; "Ursula von der Leyen", "Otto von Bismarck" stay whole."""
    found = _PARTICLE.search(text, span[0], span[1])
    if found is None:
        return span
    before = text[span[0] : found.start()].split()[-1].lower()
    after = text[found.end() : span[1]].split()
    if before in MALE or before in FEMALE:
        return span
    if sum(w[:1].isupper() for w in after) < 2 or not after[0][:1].isupper():
        return span
    return found.end(), span[1]


@attrs.define
class Entity:
    """A person, an organisation or a group, and every mention of it."""

    words: frozenset[str]
    canonical: Span  # the fullest mention: its words are the resolved name
    name: str
    kind: str = "unknown"  # person, organisation, group, unknown
    gender: str = ""  # m, f or "" (unknown)
    roles: set[str] = attrs.field(factory=set)
    possessors: set[str] = attrs.field(factory=set)
    age: str = ""
    mentions: list[Span] = attrs.field(factory=list)
    subject_mentions: dict[int, float] = attrs.field(factory=dict)  # start -> salience (lazy)
    speaks: bool = False  # the subject of a reporting verb somewhere: a person or a body

    @property
    def last_word(self) -> str:
        """The surname: the last word, before a suffix such as "Jr."."""
        return _surname(self.name)


def titled_thing(ent: Entity) -> bool:
    """A name of no person with a lower-case joining word before its last ("Sons of
    Vell", "Los Hijos de Vell"): a title, a thing named after someone."""
    parts = ent.name.split()
    return ent.kind != "person" and len(parts) > 2 and parts[-2] in ("of", "de", "del", "von")


def two_word_name(name: str) -> bool:
    """Two capitalised words of letters, neither in capitals alone, as a given name and a
    surname are ("Jo Hale", not "New York Times", "NBC News")."""
    parts = name.split()
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts)


@functools.lru_cache(maxsize=4096)
def _acronym(mention: str, name: str) -> bool:
    """``mention`` is in capitals as an acronym ("HD" for Home Depot, "NATO"), not a name's
    word set in capitals ("CARLY" for Carly Fiorina)."""
    if not mention.isupper() or len(mention) < 2:
        return False
    return mention == name or mention not in name.upper().split()


def _lower_words(text: str) -> set[str]:
    """The set of ``_LOWER_WORD.findall(text)``, read from the text's distinct tokens (no
    match crosses white space, and one at a token's edges is the same either way)."""
    words: set[str] = set()
    for token in distinct_tokens(text):
        if token.isalpha():
            if token.islower() and token.isascii() and len(token) > 1:
                words.add(token)
            elif token.isascii() and not any(c.islower() for c in token):
                continue
            else:
                words.update(_LOWER_WORD.findall(token))
        else:
            words.update(_LOWER_WORD.findall(token))
    return words


@functools.lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    words = [w.lower().rstrip(".,") for w in name.split()]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1]


# Adjectives of standing that open a sentence before a name ("Top Hale strategists
# said"): capitalised only because they come first, no part of the name.
_OPENING_ADJECTIVES = frozenset(
    "top senior leading longtime veteran prominent fellow key".split()  # noqa: SIM905
)


# Plural nouns for members of a party before their names ("Republicans Hale and Vell").
_PARTY_PEOPLE = frozenset("republicans democrats".split())  # noqa: SIM905
# A relative pronoun for a person right after a name ("Vell, who was elected ...").
_WHO_NEXT = re.compile(r",[ \t\xa0]+who[ \t\xa0]")


class EntityModel:
    """The entities of ``text``; ``quoted`` are the spans inside quotation marks, whose
    mentions are someone's words and so no antecedents."""

    def __init__(
        self,
        text: str,
        lex: Lexicon,
        quoted: tuple[Span, ...] = (),
        asides: tuple[Span, ...] = (),
    ) -> None:
        self.text = text
        self.lex = lex
        self.quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self.quoted]
        # Stretches outside the flow of the text (pull quotes): no antecedents there.
        self.asides = asides
        self.entities: list[Entity] = []
        # Resolved pronouns and speaker mentions: (start, entity index, salience), in order.
        self._events: list[tuple[int, int, float]] = []
        self._real: dict[int, int] = {}
        self.sentence_starts = [0] + [
            m.end() for m in _SENTENCE.finditer(text) if not _middle_initial(text, m)
        ]
        # Words the text writes in lower case: ordinary words, wherever they are capitalised.
        self.lowercase = _lower_words(text)
        self._index: list[tuple[int, int]] | None = None
        self._index_starts: list[int] = []
        self._by_start: tuple[list[tuple[int, int, int]], list[int], int] | None = None
        self._known: set[str] = set()
        self._by_word: dict[str, list[Entity]] = {}
        self._initials: dict[str, Entity] = {}
        self._shared_initials: set[str] = set()
        self._scan()
        self._pronoun_genders()

    # -- building ---------------------------------------------------------------

    @functools.cached_property
    def capitalised(self) -> set[str]:
        """Words written with a capital inside a sentence: the evidence of a name (read
        the first time it is asked for)."""
        return {
            m.group(1).lower()
            for m in _AFTER_WORD.finditer(self.text)
            if self._after_lower(m.start())
        }

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def _scan(self) -> None:
        text = self.text
        lex = self.lex
        for m_start, m_end in self._name_runs():
            run = text[m_start:m_end]
            if " " in run or "\t" in run or "\xa0" in run:
                tokens = [(t.start(), t.end()) for t in _NON_SPACE.finditer(text, m_start, m_end)]
            else:
                tokens = [(m_start, m_end)]  # one word, the most common run
            for i in range(1, len(tokens) if "." in run else 0):
                prev_word = text[tokens[i - 1][0] : tokens[i - 1][1]]
                if prev_word.endswith(".") and (
                    text[tokens[i][0] : tokens[i][1]].lower() in _FUNCTION
                    or self._word_ending_a_sentence(prev_word)
                ):
                    # "said Jo Roe. Other firms", "said coach Dana Fox. Park, 22,": the
                    # name ends at the stop
                    tokens = tokens[:i]
                    break
            titles: list[str] = []
            body: bool | None = None  # (whether the run names a body: asked only when needed)
            while tokens:
                w = text[tokens[0][0] : tokens[0][1]].lower().rstrip(".")
                if w + "." in lex.titles:
                    w += "."
                if w in _PORTFOLIOS:
                    if body is None:
                        body = self._body_head(tokens)
                    if body:
                        break  # "the State Department", "the Interior Ministry": the body's name
                if w in _PLURAL_TITLES and len(tokens) > 1:
                    w = _PLURAL_TITLES[w]  # "Senators Jo Hale and Ben Carter"
                if (
                    (w in lex.titles or w in lex.female_titles or w in lex.male_titles)
                    and not (len(tokens) == 1 and w in self._known)  # "King", named before
                    and not (w == "new" and len(tokens) > 1)  # "New Hampshire": a place's name
                ):
                    titles.append(w)
                    tokens = tokens[1:]
                elif (
                    w in _FUNCTION
                    or w in lex.pronouns
                    or lex.cue.is_cue_word(w)
                    or _COMPOUND_ADJECTIVE.fullmatch(w)  # "the Chicago-based company"
                ):
                    tokens = tokens[1:]
                    titles = []
                elif len(tokens) > 1 and w in _PARTY_PEOPLE:
                    tokens = tokens[1:]  # "Republicans Hale and Vell are against it"
                    titles = []
                elif (
                    len(tokens) > 1
                    and self.sentence_initial(tokens[0][0])
                    and w not in FEMALE
                    and w not in MALE
                    and (
                        w.endswith(("ing", "ed", "ly"))
                        or w in self.lowercase
                        or w in _OPENING_ADJECTIVES
                    )
                    and w not in self.capitalised
                    and not self._suffix_only(tokens[1:])  # (not "Boeing Co.": a firm)
                ):
                    # "Hosting Cook", "Both Microsoft", "Would Adam Schiff": a first word
                    # capitalised only because it starts the sentence
                    tokens = tokens[1:]
                else:
                    break
            while len(tokens) > 1 and _WEEKDAY.fullmatch(text, *tokens[-1]):
                tokens = tokens[:-1]  # "said Trump Wednesday": the day is no part of the name
            if not tokens:
                continue
            tokens, prefix = self._before_given_name(tokens) if len(tokens) > 2 else (tokens, [])
            if len(tokens) == 2 and not prefix:
                first, second = (text[a:b].lower() for a, b in tokens)
                if first in PARTY_MEMBERS and second in self._known:
                    tokens, prefix = tokens[1:], [first]  # "Republican Trump": Trump named before
            s, e = tokens[0][0], tokens[-1][1]
            while e > s and text[e - 1] in ".,":
                e -= 1
            if text.endswith(("\u2019s", "'s"), s, e):
                e -= 2
            elif e - s > 3 and text[e - 2 : e] in ("s\u2019", "s'"):
                e -= 1  # "Weeks' family": a plural possessive
            name = " ".join(text[s:e].split())
            if not name or len(name) < 2 or name.lower() in _COMMON_CAPITALS:
                continue
            if _party_member(name):
                continue  # "another New Hampshire Republican": a description, no one's name
            if (
                " " not in name
                and not titles
                and self.sentence_initial(s)
                and name.lower() not in self._known
                and not self._name_on_its_own(name, e)
            ):
                continue  # a capitalised first word of a sentence is no evidence of a name
            if (
                not titles
                and text.startswith("\n", e)
                and heading_words(text, (s, e), self.lowercase)
            ):
                continue  # "What Comes Next" ending its line: a heading's words, no name
            self._add(name, (s, e), titles, prefix)
        self._groups()

    def _word_ending_a_sentence(self, word: str) -> bool:
        """A capitalised word with a full stop that is no abbreviation, title, suffix or
        initial ("Fox." but not "Jr.", "St.", "Gen.", "J.", "U.S."): the stop ends a sentence."""
        core = word[:-1]
        low = core.lower()
        return (
            len(core) > 1
            and "." not in core
            and not core.isupper()
            and low not in self.lex.abbreviations
            and low not in self.lex.titles
            and low + "." not in self.lex.titles
            and low not in _SUFFIXES
        )

    def _suffix_only(self, tokens: list[Span]) -> bool:
        """The words are one firm's suffix ("Co.", "Inc.", "Corp."): the word before them
        is the firm's name, not a verb that opens the sentence."""
        if len(tokens) != 1:
            return False
        word = self.text[tokens[0][0] : tokens[0][1]].lower().rstrip(".,")
        return self.lex.org_heads.get(word) == "company" and len(word) <= 4

    def _body_head(self, tokens: list[Span]) -> bool:
        """The run of words ends in the head of a body's name, or has it before "of"
        ("Interior Ministry", "Department of Justice")."""
        words = [self.text[a:b].lower().strip(".,") for a, b in tokens]
        cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
        return bool(words[:cut]) and words[cut - 1] in _BODY_HEADS

    def _before_given_name(self, tokens: list[Span]) -> tuple[list[Span], list[str]]:
        """ "Australian Timothy Weeks", "Australian Prime Minister Scott Morrison": words
        before a given name that ends the run with a surname are a nationality or a title,
        not the name (they are returned: titles and roles of the person)."""
        words = [self.text[a:b].lower().rstrip(".") for a, b in tokens]
        at = next((i for i, w in enumerate(words) if i and (w in FEMALE or w in MALE)), 0)
        if at and all(w in FEMALE or w in MALE for w in words[:at]):
            return tokens, []  # "Keith Lamont Vell": a given name and a middle name
        if not at or not 2 <= len(words) - at <= 3 or words[-1] in self.lex.org_heads:
            return tokens, []
        titled = _TITLE_OF.search(self.text, max(0, tokens[0][0] - 30), tokens[0][0])
        if (titled is None or titled.group(1).lower() not in self.lex.titles) and any(
            w in _LINKING or w == "und" or w in self.lex.org_heads for w in words[:at]
        ):
            return tokens, []  # "Bank of America Tom ...": no prefix of a person
        # (but "Director of Government Affairs Tom Vell": the title's own words)
        return tokens[at:], words[:at]

    def _after_lower(self, end: int) -> bool:
        """The word ending at ``end`` (or before its comma) starts in lower case."""
        text = self.text
        j = end
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "-\u2019'"):
            j -= 1
        return text[j : j + 1].islower()

    def _name_on_its_own(self, name: str, end: int) -> bool:
        """A sentence's first word that is a name all the same: an acronym ("CNBC"), or
        a word never written in lower case, right before a reporting verb ("Volkswagen
        said") or a role set off by commas ("Hale, the team's coach,")."""
        low = name.lower()
        if low in self.lowercase or low in _FUNCTION or low in self.lex.speaker_nouns:
            return False
        if _ACRONYM.fullmatch(name) and len(name) > 1:
            return True
        verb = re.match(r"\s+([a-z]+)", self.text[end : end + 20])
        if verb is not None and self.lex.cue.is_cue_word(verb.group(1)):
            return True
        role = _APPOSED_ROLE.match(self.text, end, end + 80)  # "Hale, the team's coach,"
        lex = self.lex
        return role is not None and (
            role.group(1) in lex.titles
            or role.group(1) in lex.female_roles
            or role.group(1) in lex.male_roles
        )

    def _split_at_on(self, span: Span) -> list[Span]:
        """A title-case line's preposition between names ("CNN Chief On Trump", "The
        Hard Year Of Jo Roe") ends one name and starts another (but not the "Of" of a
        body's name, "Department Of Energy")."""
        for found in _TITLE_ON.finditer(self.text, span[0], span[1]):
            before = self.text[span[0] : found.start()].split()[-1].lower()
            after = self.text[found.end() : span[1]].split()[0].lower()
            if (
                found.group(1) in ("Of", "For")
                and before in self.lex.org_heads
                and after not in FEMALE
                and after not in MALE
            ):
                continue  # "Department Of Energy": one body's name (not "Campaign Of Jo Roe")
            return [(span[0], found.start()), *self._split_at_on((found.end(), span[1]))]
        owner = _INNER_POSSESSOR.search(self.text, span[0], span[1])
        if (
            owner is not None
            and given_gender(self.text[span[0] : owner.end(1)])
            and not self._title_case_line(span[0])
        ):
            # "Alan Grayson's Senate campaign": the person, then the rest (not "South
            # Korea's Ministry of Trade", a body's name)
            return [(span[0], owner.end(1)), *self._split_at_on((owner.end(), span[1]))]
        outlet = OWNER_THEN.search(self.text, span[0], span[1])
        if (
            outlet is not None
            and given_gender(self.text[outlet.end() : span[1]])
            and len(self.text[outlet.end() : span[1]].split()) > 1
            and not self._title_case_line(span[0])
        ):
            # "The Post's Ruth Marcus": a body's person, named in full after it
            return [(span[0], outlet.end(1)), (outlet.end(), span[1])]
        verb = _TITLE_VERB_END.search(self.text, span[0], span[1])
        return [(span[0], verb.start())] if verb is not None else [span]

    def _title_case_line(self, pos: int) -> bool:
        """The line of ``pos`` writes no word of four letters or more in lower case: a
        title-case headline, where a name's end cannot be told from capitals."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return _LONG_LOWER.search(self.text, start, len(self.text) if end < 0 else end) is None

    def _name_runs(self) -> list[Span]:
        """Runs of capitalised words; a body's name goes on through "of"/"for"
        ("Department of Energy", "Ministry of Health and Welfare")."""
        runs: list[Span] = []
        for m in _NAME.finditer(self.text):
            run = m.group()
            if " " in run:
                runs.extend(_after_particle(self.text, r) for r in self._split_at_on(m.span()))
            elif "\t" in run or "\xa0" in run:
                runs.append(_after_particle(self.text, m.span()))
            else:  # one word: no particle in it
                runs.append(m.span())
        datelines = self._datelines()
        if datelines:  # "LONDON (Reuters) -": the writer's place, no one who speaks
            runs = [r for r in runs if not any(a <= r[0] < b for a, b in datelines)]
        out: list[Span] = []
        joined = False
        for i, span in enumerate(runs):
            prev = out[-1] if out else None
            if prev is not None and span[0] - prev[1] <= 10:  # joins are short
                gap = self.text[prev[1] : span[0]]
                listed = (
                    joined
                    and gap.strip() == ","
                    and i + 1 < len(runs)
                    and _AND_JOIN.fullmatch(self.text[span[1] : runs[i + 1][0]]) is not None
                )  # "Ministry of Trade, Industry and Energy"
                prev_last = self.text[prev[0] : prev[1]].split()[-1].lower()
                if (
                    (
                        _OF_JOIN.fullmatch(gap)
                        and (prev_last in self.lex.org_heads or self._common_plural(prev))
                    )
                    or (
                        _ON_JOIN.fullmatch(gap)
                        and prev_last in _ON_HEADS
                        and not _DATE_WORD.match(self.text, span[0])
                    )
                    or (joined and (listed or _AND_JOIN.fullmatch(gap)))
                    or _AMPERSAND.fullmatch(gap)
                    or (_AND_JOIN.fullmatch(gap) and self._and_inside_name(prev, span))
                ):
                    out[-1] = (prev[0], span[1])
                    joined = True
                    continue
            out.append(span)
            joined = False
        return out

    def _and_inside_name(self, prev: Span, span: Span) -> bool:
        """ "the Food and Drug Administration", "the Ways and Means Committee": "and"
        inside one body's name, after "the", when the run after it ends in the head of a
        body's name and the word before it is no name of its own (not "the FBI and Justice
        Department", "Clinton and State Department": a word the text writes alone
        elsewhere, an acronym, a given name)."""
        text = self.text
        if text[span[0] : span[1]].split()[-1].lower() not in _AND_HEADS:
            return False
        word = text[prev[0] : prev[1]].split()[-1]
        low = word.lower()
        if _ACRONYM.fullmatch(word) or low in FEMALE or low in MALE or not word[:1].isupper():
            return False
        before = text[max(0, prev[0] - 4) : prev[0] + 4].lower()
        if not (before.endswith("the ") or before[4:] == "the "):
            return False  # "the Securities and Exchange Commission": one definite body
        alone = re.compile(rf"\b{re.escape(word)}\b(?![ \t\xa0]+and[ \t\xa0])")
        return alone.search(text) is None

    def _datelines(self) -> list[Span]:
        """The datelines that open paragraphs of the text."""
        out: list[Span] = []
        start = 0
        text = self.text
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            cut = dateline_end(text, start, end)
            if cut > start:
                out.append((start, cut))
            start = end + 1
        return out

    def _common_plural(self, span: Span) -> bool:
        """One capitalised plural noun inside a sentence that the text also writes in
        lower case: the first word of a body's name ("a group, Doctors for Camp Closure")."""
        word = self.text[span[0] : span[1]]
        low = word.lower()
        return (
            " " not in word
            and low.endswith("s")
            and not low.endswith("ss")
            and low in self.lowercase
            and not self.sentence_initial(span[0])
        )

    def sentence_initial(self, pos: int) -> bool:
        i = self.sentence_index(pos)
        return not _WORD_CHAR.search(self.text, self.sentence_starts[i], pos)

    def _add(self, name: str, span: Span, titles: list[str], prefix: list[str]) -> None:
        lex = self.lex
        for w in prefix:  # "Australian Prime Minister Scott Morrison", "Republican Jim Kerr"
            if w in lex.titles or w in lex.female_titles or w in lex.male_titles:
                titles.append(w)
        parts = name.split()
        words = frozenset([w.lower() for w in parts])
        last = parts[-1].lower()
        first = parts[0].lower()
        given = _given_word(parts)
        ent = self._find(words, last, first, self._gender_of(given, len(parts), titles))
        if ent is not None and len(words) == 1 and ent.last_word == last:
            ent = self._bearer_by_pronoun(ent, last, span)
        if ent is None and _ACRONYM.fullmatch(name):
            short = name.replace(".", "")
            if short not in self._shared_initials:
                ent = self._initials.get(short)  # "DEA" after "Drug Enforcement ..."
        self._known.update(words)
        if ent is None:
            ent = Entity(words, span, name)
            self.entities.append(ent)
            for w in words:
                self._by_word.setdefault(w, []).append(ent)
        elif len(words) > len(ent.words) and ent.words <= words:
            ent.words, ent.canonical, ent.name = words, span, name
            for w in words:
                if ent not in self._by_word.setdefault(w, []):
                    self._by_word[w].append(ent)
        ent.mentions.append(span)
        if ent.canonical == span and len(words) > 1:
            initials = "".join(w[0] for w in name.split() if w.lower() not in _LINKING)
            known = len(initials) >= 2 and initials.isupper()
            if known and self._initials.setdefault(initials, ent) is not ent:
                self._shared_initials.add(initials)  # two bodies: "HPA" is neither
        following = None if ent.speaks else _FOLLOWING.match(self.text, span[1], span[1] + 80)
        if (
            following
            and (
                self.lex.cue.is_cue_word(following.group(1))
                or self.lex.indirect_cue.is_cue_word(following.group(1))
            )
            and not self._after_preposition(span[0])
        ):
            ent.speaks = True
        # kind and gender ("Department of Energy": the head is "department")
        head_word = (
            re.split(r"\s+(?:of|for|on)\s+", name)[0].split()[-1].lower()
            if " of " in name or " for " in name or " on " in name
            else last
        )
        org = lex.org_heads.get(head_word)
        if org is not None:
            last = head_word
        if org is not None and ent.kind != "person":
            ent.kind = "organisation"
            ent.roles.add(org)
            ent.roles.add(last)
        elif (_acronym(name, ent.name) and ent.kind == "unknown") or (
            ent.kind == "unknown"
            and not titles
            and self.text[max(0, span[0] - 5) : span[0]].lower().endswith("the ")
            and not _ATTRIBUTIVE.match(self.text, span[1])
        ):
            ent.kind = "organisation"
        if org is not None and org != "news agency" and ent.kind == "organisation":
            # "Halvard Industries": a body named after someone (but "Ada Reuters" is a
            # person, though an outlet bears her surname)
            given = ""
        if name.lower() in PLACES:
            given = ""  # "Virginia", "Georgia": a state, no woman
        if given in FEMALE or not lex.female_titles.isdisjoint(titles):
            ent.kind, ent.gender = "person", ent.gender or "f"
        elif given in MALE or not lex.male_titles.isdisjoint(titles):
            ent.kind, ent.gender = "person", ent.gender or "m"
        elif ent.kind == "unknown" and (titles or self._who_next(span)):
            ent.kind = "person"
        for t in titles:
            if t in lex.titles:
                ent.roles.add(t)
                ent.roles.add(_TITLE_ROLES.get(t, t))  # "Adm. Harris" is "the admiral"
        if prefix:  # "the Republican", "the Australian"
            ent.roles.update(w for w in prefix if w.isalpha())
        if len(ent.mentions) <= 3:
            self._appositions(ent, span)  # roles and ages are given near the first mentions

    def _bearer_by_pronoun(self, ent: Entity, last: str, span: Span) -> Entity:
        """A lone surname two people of different genders bear: the one a pronoun right
        after it in its sentence agrees with ("Woods continued in her discussion", after
        Dorothy Woods and Ty Woods); ``ent`` when none says."""
        bearers = [
            e
            for e in self._by_word.get(last, ())
            if e.last_word == last and e.kind == "person" and e.gender and len(e.words) > 1
        ]
        if len({e.gender for e in bearers}) < 2:
            return ent
        end = min(len(self.text), span[1] + 100)
        stop = self.text.find(".", span[1], end)
        found = _HE_SHE.search(self.text, span[1], stop if stop > 0 else end)
        if found is None:
            return ent
        gender = "m" if found.group(1) else "f"
        same = [e for e in bearers if e.gender == gender]
        return same[-1] if same and ent.gender != gender else ent

    def _gender_of(self, first: str, size: int, titles: list[str]) -> str:
        """The gender a mention gives: its honorific's, or its given name's."""
        if not self.lex.female_titles.isdisjoint(titles) or (size > 1 and first in FEMALE):
            return "f"
        if not self.lex.male_titles.isdisjoint(titles) or (size > 1 and first in MALE):
            return "m"
        return ""

    def _find(self, words: frozenset[str], last: str, first: str, gender: str) -> Entity | None:
        # Not one of the other gender: "Michelle Obama" after "Mr. Obama"; a lone surname
        # ("Mr. Obama") only against a gender a given name gives ("Michelle Obama"), not
        # one an honorific gave before (a family's "Mr. Khan" and "Ms. Khan").
        candidates = [
            e
            for e in reversed(self._by_word.get(last, ()))
            if e.kind != "group"
            and not (
                gender
                and e.gender
                and e.gender != gender
                and (len(words) > 1 or given_gender(e.name) == e.gender)
            )
        ]
        if len(words) == 1 and any(last == e.last_word for e in candidates):
            # a surname before a body's short name: "Trump" after "Donald Trump" and "the
            # Trump Foundation" is the person
            candidates = [e for e in candidates if last == e.last_word]
            # a name of a thing after "of" ("Sons of Trump", a play) only when no one else
            # bears the surname
            candidates.sort(key=titled_thing)
        for ent in candidates:
            short_name = last == ent.name.split()[0].lower() and len(ent.words) <= 3
            if short_name and len(words) == 1 and _ACRONYM.fullmatch(ent.name.split()[0]):
                short_name = False  # "VW" is a name of its own, not a word of "VW ID"
            if words <= ent.words and (last == ent.last_word or short_name):
                # a surname, a given name, an organisation's short name ("McClatchy"); not a
                # word of some other name ("VW" of "VW Atlas Cross Sport")
                return ent
            if ent.words <= words and ent.last_word == last:
                return ent
            other = ent.name.split()[0].lower()
            if (
                ent.last_word == last
                and len(words) == len(ent.words) == 2
                and min(len(first), len(other)) >= 3
                and (first.startswith(other) or other.startswith(first))
            ):
                return ent  # "Josh Apte" after "Joshua Apte": one person
        if len(words) == 1:
            for ent in candidates:
                parts = ent.name.lower().split()
                if len(parts) >= 3 and parts[-2] == last and ent.kind in ("person", "unknown"):
                    return ent  # "Ms. Acosta" after "Melba Acosta Febo": her first surname
        return None

    def subject_weight(self, span: Span, pronoun: bool = False) -> float:
        """How salient a mention is as a subject: ``MAIN`` for the subject of a main
        clause, ``SUBORDINATE`` after "that", "than", "when", ...; 0 for no subject.
        A subject pronoun ("he") is a subject wherever it stands."""
        if _POSSESSOR.match(self.text, span[1], span[1] + 2):
            writing = _WRITING_OWNED.match(self.text, span[1])
            if writing and not pronoun and self.sentence_initial(span[0]):
                return MAIN  # "Tuttle's article also attacked ...": its writer holds the focus
            if not pronoun and self._owns_the_subject(span):
                return SUBORDINATE  # "Vell's fate is still unclear, but she said ..."
            return 0.0  # "Universal's music division": a possessor, not the subject
        if (
            not pronoun
            and _INVERTED_FRAME.match(self.text, span[1])
            and self._after_preposition(span[0])
        ):
            return 0.0  # '"..." for Vell, said Kunin': the object of "for"; Kunin speaks
        if not pronoun and self._inside_apposition(span):
            return 0.0  # "Zarate, a top adviser to then-President Bush, also said": Zarate's
        cut = not pronoun and self._after_title_stop(span[0])  # (the text's sentence ends at "Mr.")
        if cut and self._after_preposition(span[0]):
            return 0.0  # "his friendship with Mr. Clinton was ...": no subject
        if cut and self._subordinate_before_title(span[0]):
            return SUBORDINATE  # "only because Mr. Vell agreed": a subordinate clause's
        if cut and not self._before_verb(span[1]) and self._words_before_title(span[0]):
            return 0.0  # "gave to the Norland Gov. Tom Vell (D) and ...": no subject
        if not pronoun and _THERE_IS.search(self.text, max(0, span[0] - 24), span[0]):
            return MAIN  # "Then there's Hale.": the one the next sentences are about
        if (
            not pronoun
            and not self.sentence_initial(span[0])
            and not self._before_verb(span[1])
            and not self._after_titles_only(span[0])
            and not self._after_opening_phrase(span)
        ):
            return 0.0
        head = self.text[self.sentence_starts[self.sentence_index(span[0])] : span[0]]
        joined = _NAME_AND_END.search(head) if head[-5:].rstrip().endswith("and") else None
        # ("where Clinton and O'Malley appeared": two names, one subject)
        clause = _CLAUSE_BREAK.split(head[: joined.start()] if joined else head)[-1]
        words = _WORD_RUNS.findall(clause.lower())
        return SUBORDINATE if any(w in _SUBORDINATORS for w in words) else MAIN

    def _inside_apposition(self, span: Span) -> bool:
        """The mention ends a phrase set off by commas after a name, one that opens with an
        article ("Zarate, a top adviser to then-President Bush, ..."): the name before
        it is the subject, not this one."""
        if not _CLOSES_APPOSITION.match(self.text, span[1]):
            return False  # (the cheap test first: subject weights are read for every mention)
        opening = self.sentence_starts[self.sentence_index(span[0])]
        return _OPENS_APPOSITION.search(self.text, max(opening, span[0] - 80), span[0]) is not None

    def _owns_the_subject(self, span: Span) -> bool:
        """The mention owns the thing its sentence is about ("Vell's fate is unclear",
        "One of Vell's earlier attacks came in May"): no person, no body, no role."""
        owned = _OWNED_THING.match(self.text, span[1])
        if owned is None:
            return False
        head = self.text[self.sentence_starts[self.sentence_index(span[0])] : span[0]]
        if head.strip() and not _SHARE_OF.fullmatch(head.strip()):
            return False
        noun = owned.group(1).lower()
        lex = self.lex
        return not (
            noun in lex.speaker_nouns
            or noun in lex.titles
            or noun in lex.body_nouns
            or noun in _ROLE_NOUNS
            or noun.rstrip("s") in lex.speaker_nouns
        )

    def _after_opening_phrase(self, span: Span) -> bool:
        """The mention opens the main clause after a phrase set off by a comma, and an
        adverb stands between it and its verb ("Growing up in El Paso, Mendoza regularly
        witnessed ...")."""
        head = self.text[self.sentence_starts[self.sentence_index(span[0])] : span[0]]
        if not head.rstrip().endswith(",") or "," in head.rstrip()[:-1]:
            return False
        m = _ADVERB_THEN_VERB.match(self.text, span[1])
        return m is not None and self._verb_like(m.group(1))

    def _after_titles_only(self, start: int) -> bool:
        """Only titles before the mention in its sentence ("Mayor Tina Gold met ...")."""
        last = _LAST_TOKEN.search(self.text, max(0, start - 24), start)
        if last is None or not self._title_word(last.group(1).lower().rstrip(".")):
            return False  # the word right before is no title: the common case, told fast
        head = self.text[self.sentence_starts[self.sentence_index(start)] : start]
        words = [w.lower().rstrip(".") for w in head.split()]
        return bool(words) and all(self._title_word(w) for w in words)

    def _title_word(self, w: str) -> bool:
        lex = self.lex
        return (
            w in lex.titles
            or w + "." in lex.titles
            or w in lex.female_titles
            or w in lex.male_titles
        )

    def _subordinate_before_title(self, start: int) -> bool:
        """The word before the title whose period cut the sentence opens a subordinate
        clause ("he pursued it only because Mr. Vell agreed")."""
        first = self.sentence_starts[self.sentence_index(start)]
        words = _WORD_RUNS.findall(self.text[max(0, first - 40) : first].lower())
        return len(words) > 1 and words[-2] in _SUBORDINATORS

    def _words_before_title(self, start: int) -> bool:
        """A word in lower case stands right before the title (and the capitalised words
        before it) whose period cut the sentence of ``start`` ("he gave to Gov. Vell",
        "recalled Norland Gov. Vell"; not "Gov. Vell", "In 1989, Mr. Vell" or
        "...,'' Mr. Vell"), or a noun and its comma after a verb ("when Hale introduced
        his running mate, Norland Gov. Vell, who"; not "Hale's rival, Sen. Vell of Norland,
        was")."""
        i = self.sentence_index(start)
        first = self.sentence_starts[i]
        words = _BEFORE_TITLE.search(self.text, max(0, first - 80), first)
        if words is None or not words.group(1).islower():
            return False
        if "," not in self.text[words.end(1) : words.end(1) + 1]:
            return True
        head = self.text[self.sentence_starts[self.real_sentence(i)] : words.start()]
        return any(
            w.islower() and (w.endswith("ed") or self._verb_like(w))
            for w in _WORD_RUNS.findall(head)
        )

    def _who_next(self, span: Span) -> bool:
        """ "Vell, who was elected ...": a person, though of no known gender (not the
        object of a preposition: "the leader of the opposition in Norland, who said")."""
        return _WHO_NEXT.match(self.text, span[1]) is not None and not self._after_preposition(
            span[0]
        )

    def real_sentence(self, i: int) -> int:
        """The first of the text's sentences that make one with sentence ``i``: the text's
        sentences are cut at every title's period ("because Mr. | Vell agreed")."""
        found = self._real.get(i)
        if found is None:
            j = i
            while j > 0 and self._cut_at_title(j):
                j -= 1
            found = self._real[i] = j
        return found

    def _after_title_stop(self, start: int) -> bool:
        """The sentence of ``start`` was cut right after a title's period ("with Mr.
        Clinton"): the text's sentences end at every period before a capital."""
        return self._cut_at_title(self.sentence_index(start))

    def _cut_at_title(self, i: int) -> bool:
        """The text's sentence ``i`` starts right after a title's period."""
        first = self.sentence_starts[i]
        return first > 0 and _TITLE_STOP.search(self.text, max(0, first - 7), first) is not None

    def _after_preposition(self, start: int) -> bool:
        """The word right before ``start`` is a preposition: the mention is its object."""
        before = _LAST_WORD.search(self.text, max(0, start - 20), start)
        if before is not None and (
            before.group(1) in _HONORIFICS or before.group(1).lower() in self.lex.titles
        ):  # "with Mr. Vell", "with Sen. Jo Hale"
            before = _LAST_WORD.search(self.text, max(0, start - 26), before.start(1))
        return before is not None and before.group(1).lower() in _OBJECT_OF

    def _before_verb(self, end: int) -> bool:
        """A verb comes next: right after the mention, after a comma ("Bloom, rejected")
        or after an apposition ("Reddick, 56, said")."""
        after = self.text[end : end + 160]
        for pattern in _VERB_NEXT:
            m = pattern.match(after)
            if m and self._verb_like(m.group(1)) and not _STOP.search(m.group(0)):
                return True  # (an apposition does not run past a sentence's end)
        return False

    def _verb_like(self, word: str) -> bool:
        w = word.lower()
        if self.lex.cue.is_cue_word(w) or self.lex.indirect_cue.is_cue_word(w) or w in (
            "has", "had", "was", "is", "will", "would", "also", "then", "hat", "ist", "wird",
        ):  # fmt: skip
            return True
        return word[:1].islower() and len(w) > 3 and w.endswith(("ed", "es")) and w != "yes"

    def _appositions(self, ent: Entity, span: Span) -> None:
        """Roles, ages and gender the text gives right around a mention."""
        text, lex = self.text, self.lex
        after = text[span[1] : span[1] + 120]
        comma = after[:1] == ","  # (both patterns start with one)
        age = _AGE_AFTER.match(after) if comma else None
        if age:
            ent.age = age.group(1)
        m = _ROLE_AFTER.match(after) if comma else None
        if m and _CONJUNCT.match(m.group(1)):
            m = None  # "toured Ohio, and the governor, however, said": a new clause
        if m and self._verb_like(m.group(1).split()[0]):
            m = None  # "The account, Quill's Fund, includes the Quill campaign,": a verb's object
        if m and not self._after_preposition(span[0]):  # "In Kentucky, the candidate": none
            self._role_phrase(ent, m.group(1))
            aged = _AGE_DESC.search(m.group(1))  # "Dana Holt, a 41-year-old mother,"
            if aged and not ent.age:
                ent.age = aged.group(1)
        predicate = _ROLE_PREDICATE.match(after) if after[1:3] in _BE_STARTS else None
        if predicate:  # "Jane Ortiz was named CEO of Zentra Labs": the CEO
            self._role_phrase(ent, predicate.group(1))
        before = text[max(0, span[0] - 80) : span[0]]
        words = before.rsplit(None, 5)[-5:]  # (the last five words)
        if words and not before[-1:].isalnum():
            head = words[-1].rstrip(",").lower()
            if head.startswith("co-") and head[3:] in lex.speaker_nouns:
                head = head[3:]  # "co-founder Jane Roe" is a founder ("the founder")
            if (
                head[:1].isalpha()
                and head[:1].islower()
                and (
                    head in lex.speaker_nouns
                    or head in _ROLE_NOUNS
                    or head in lex.titles
                    or head in lex.female_roles
                    or head in lex.male_roles
                    or self._body_kind(head)
                )
            ):
                lead = [w for w in words[:-1] if not w.endswith((".", ",", ";", ":"))]
                # "According to one source, Acme is ...": a source set before a clause
                sourced = words[-1].endswith(",") and any(w.lower() == "according" for w in lead)
                prep = [i for i, w in enumerate(lead) if w.lower() in _PHRASE_BREAK]
                if prep and prep[-1] < len(lead) - 1:
                    lead = lead[prep[-1] + 1 :]  # "a drop in the oil giant Acme": "the oil giant"
                plural = head.endswith("s") and not head.endswith("ss")  # "voters, Sanders"
                if (
                    not plural
                    and not sourced
                    and not (lead and lead[-1].lower() in _BEFORE_A_SOURCE)
                ):
                    # (not "According to police, Tom Reyes said": a source, then a name)
                    self._role_phrase(ent, " ".join([*lead[-4:], head]))
        yo = _AGE_DESC.search(before[-16:])
        if yo:
            ent.age = yo.group(1)
        if ent.kind == "unknown" and (
            _SHARES_AFTER.match(after) or _SHARES_BEFORE.search(before[-20:])
        ):  # "Boeing shares fell", "shares of Boeing": a company
            ent.kind = "organisation"
            ent.roles.update(("company", "firm"))

    def _body_kind(self, noun: str) -> bool:
        """``noun`` names a kind of body ("giant", "retailer", "automaker"), not a person."""
        return noun in self.lex.kind_nouns

    def _role_phrase(self, ent: Entity, phrase: str) -> None:
        lex = self.lex
        words = phrase.split()
        low = [w.lower().strip(",.") for w in words]
        cut = next(
            (i for i, w in enumerate(low) if i and w in ("at", "of", "in", "for", "with", "from")),
            len(low),
        )  # "a vice president at the firm": the role is "president"
        words, low = words[:cut], low[:cut]
        framed = bool(low) and (
            low[0] in lex.determiners or any(w.endswith(("\u2019s", "'s")) for w in low)
        )
        known = bool(low) and (
            low[-1] in lex.speaker_nouns
            or low[-1] in lex.titles
            or low[-1] in _ROLE_NOUNS
            or self._body_kind(low[-1])
        )
        if not framed and not known:
            return
        head = low[-1]
        if not head.isalpha():
            return
        person = ent.kind == "person" or bool(ent.gender)
        if person and (head in lex.body_nouns or head in lex.document_nouns or head == "campaign"):
            return  # "running his campaign, Donald Trump is ...": no person's role
        ent.roles.add(head)
        if ent.kind == "unknown" and not ent.gender and self._body_kind(head):
            ent.kind = "organisation"  # "the oil giant Acme Petroleum": a company
        for w, written in zip(low[:-1], words[:-1], strict=True):
            if w.endswith(("\u2019s", "'s")):
                ent.possessors.add(w[:-2])
            elif written[:1].isupper():
                ent.possessors.add(w)  # "WikiLeaks co-founder": whose founder
        given = given_gender(ent.name)
        if head in lex.female_roles and not ent.gender and given != "m":
            ent.gender, ent.kind = "f", "person"
        elif head in lex.male_roles and not ent.gender and given != "f":
            # (a "spokesman" or "chairman" may be a woman: "spokesman Hope Hicks")
            ent.gender = "" if head in _GENERIC_MALE else "m"
            ent.kind = "person"
        elif ent.kind == "unknown" and head in lex.titles:
            ent.kind = "person"
        for kind, nouns in lex.org_kinds.items():
            if head in nouns and ent.kind != "person":
                ent.kind = "organisation"
                ent.roles.add(kind)

    def _groups(self) -> None:
        """``A and B`` where both are people (one may be a full name of unknown gender,
        "Jo Hale and Ben Carter"): a group entity spanning both."""
        people = {m[0]: m for e in self.entities if e.kind == "person" for m in e.mentions}
        named = {
            m[0]: m
            for e in self.entities
            if e.kind == "unknown" and two_word_name(e.name)
            for m in e.mentions
            if m[1] - m[0] == len(e.name)
        }
        for start, span in sorted({**named, **people}.items()):
            m = _AND_NEXT.match(self.text, span[1], span[1] + 6)
            if not m:
                continue
            nxt = people.get(m.end()) or (named.get(m.end()) if start in people else None)
            if nxt is None:  # "Kevin Bole and Australian Timothy Weeks"
                word = _CAPITAL_WORD.match(self.text, m.end())
                nxt = people.get(word.end()) if word else None
            if nxt is None or (start not in people and nxt[0] not in people):
                continue  # (one of the two at least is known to be a person)
            if nxt[0] not in people and self._plural_after(nxt[1]):
                continue  # "Ben Carter and New York officials": a place's people
            end = nxt[1]
            name = " ".join(self.text[start:end].split())
            group = Entity(frozenset(name.lower().split()), (start, end), name, kind="group")
            group.mentions.append((start, end))

            self.entities.append(group)

    def _plural_after(self, end: int) -> bool:
        """A plural noun right after ``end`` ("New York officials")."""
        found = _NOUN_AFTER.match(self.text, end)
        if found is None:
            return False
        word = found.group(1)
        return not word.endswith("ss") and not self.lex.cue.is_cue_word(word)

    def _pronoun_genders(self) -> None:
        """A person of unknown gender takes the gender of he/she in a sentence
        where it is the only person mentioned."""
        by_sentence: dict[int, set[int]] = {}
        for i, ent in enumerate(self.entities):
            if ent.kind in ("person", "unknown"):
                for s, _ in ent.mentions:
                    by_sentence.setdefault(self.sentence_index(s), set()).add(i)
        # where "he" and "she" stand: a sentence starts after white space, so a match in a
        # stretch of sentences is one in the whole text
        he_at: list[int] = []
        she_at: list[int] = []
        for m in _HE_SHE.finditer(self.text):  # (no two of these whole words overlap)
            (he_at if m.group(1) else she_at).append(m.start())
        for idx, members in by_sentence.items():
            if len(members) != 1:
                continue
            ent = self.entities[next(iter(members))]
            if ent.gender or (ent.kind == "unknown" and _TERM.search(ent.name)):
                continue  # a term, no person ("ILC2s, he found")
            if ent.name.lower() in PLACES:
                continue  # "North Korea ..., he said": a country is no "he"
            if ent.kind == "unknown" and self.title_phrase(ent):
                continue  # "Election Day", a phrase of the title line: no person
            if ent.kind == "unknown" and (
                self.named_only_as_place(ent) or self.named_only_as_place(ent, strict=True)
            ):
                continue  # "women in India", "In Harbourton on March 1": a place
            start = self.sentence_starts[idx]
            end = (
                self.sentence_starts[idx + 2]
                if idx + 2 < len(self.sentence_starts)
                else len(self.text)
            )
            he = bisect.bisect_left(he_at, end) - bisect.bisect_left(he_at, start)
            she = bisect.bisect_left(she_at, end) - bisect.bisect_left(she_at, start)
            if (he or she) and self._gendered_noun(start, end):
                continue  # "One woman adopted from Iran ... she applied": the pronoun is hers
            if he and not she:
                ent.gender, ent.kind = "m", "person"
            elif she and not he:
                ent.gender, ent.kind = "f", "person"

    def named_only_as_place(self, ent: Entity, *, strict: bool = False) -> bool:
        """Every mention of ``ent`` follows a preposition of place ("in Port Ellis";
        ``strict``: not after "from" or "to", but also "In downtown San Marco")."""
        found, reach = (_IN_PLACE, 24) if strict else (_PLACE_BEFORE, 12)
        return all(found.search(self.text, max(0, s - reach), s) for s, _ in ent.mentions)

    def title_phrase(self, ent: Entity) -> bool:
        """``ent`` names a day ("Election Day", "Labor Day"), or is a phrase of the text's
        first line, a title with no closing stop, named nowhere else ("Harbour Vote")."""
        if ent.last_word in _OCCASIONS:
            return True
        return len(ent.mentions) == 1 and ent.mentions[0][1] <= self._title_end

    @functools.cached_property
    def _title_end(self) -> int:
        """Where the text's first line ends if it is a title (no closing stop); -1 if not."""
        first_line = self.text.find("\n")
        title = first_line > 0 and self.text[:first_line].rstrip()[-1:] not in '.!?"\u201d'
        return first_line if title else -1

    def unnamed_person(self, start: int, end: int, nouns: frozenset[str]) -> bool:
        """A sentence in ``[start, end)`` opens with someone the text does not name, a
        man or a woman of ``nouns`` ("One woman adopted from Iran ...", "A father of
        three"), outside any quote: a pronoun after it may stand for them."""
        return any(
            m.group(1).lower() in nouns
            and self.sentence_initial(m.start())
            and not self.in_quote(m.start())
            for m in _UNNAMED_ONE.finditer(self.text, start, end)
        )

    def _gendered_noun(self, start: int, end: int) -> bool:
        """Someone unnamed, a man or a woman, opens a sentence in ``[start, end)``."""
        return self.unnamed_person(start, end, self.lex.female_roles | self.lex.male_roles)

    # -- lookups -----------------------------------------------------------------

    def _spans(self) -> tuple[list[tuple[int, int, int]], list[int], int]:
        """Every mention as (start, end, entity index), by start; their starts; the
        longest mention's length (read once the model is built)."""
        if self._by_start is None:
            spans = sorted(
                (s, e, i) for i, ent in enumerate(self.entities) for s, e in ent.mentions
            )
            longest = max((e - s for s, e, _ in spans), default=0)
            self._by_start = (spans, [s for s, _, _ in spans], longest)
        return self._by_start

    def entity_at(self, span: Span) -> Entity | None:
        """The first entity with a mention holding ``span`` (a group only when ``span`` is
        its own)."""
        spans, starts, longest = self._spans()
        lo = bisect.bisect_left(starts, span[1] - longest)  # (a mention ends at or after span[1])
        hi = bisect.bisect_right(starts, span[0])
        best = -1
        for _, e, i in spans[lo:hi]:
            if span[1] <= e and (best < 0 or i < best):
                ent = self.entities[i]
                if ent.kind != "group" or span == ent.canonical:
                    best = i
        return self.entities[best] if best >= 0 else None

    def _weight(self, ent: Entity, start: int) -> float:
        """The subject salience of ``ent``'s mention at ``start``, read the first time a
        resolution looks at it."""
        if start not in ent.subject_mentions:
            end = next(e for s, e in ent.mentions if s == start)
            ent.subject_mentions[start] = self.subject_weight((start, end))
        return ent.subject_mentions[start]

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def in_aside(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.asides)

    def add_event(self, start: int, ent: Entity, weight: float) -> None:
        """A resolved pronoun or speaker mention at ``start``: ``ent`` is mentioned there."""
        if self.in_aside(start):
            return
        bisect.insort(self._events, (start, self.entities.index(ent), weight))

    def mentions_between(self, start: int, end: int) -> list[tuple[int, Entity, float]]:
        """(start, entity, salience as a subject) of every mention starting in
        ``[start, end)`` outside quotation marks, names and resolved pronouns alike,
        in text order."""
        if self._index is None:
            self._index = sorted(
                (s, i)
                for i, ent in enumerate(self.entities)
                for s, _ in ent.mentions
                if not self.in_quote(s)  # (the quoted spans are the model's from the start)
                and not self.in_aside(s)
            )
            self._index_starts = [s for s, _ in self._index]
        lo = bisect.bisect_left(self._index_starts, start)
        hi = bisect.bisect_left(self._index_starts, end)
        out = [
            (s, self.entities[i], self._weight(self.entities[i], s)) for s, i in self._index[lo:hi]
        ]
        lo = bisect.bisect_left(self._events, (start, -1, 0.0))
        hi = bisect.bisect_left(self._events, (end, -1, 0.0))
        out.extend((s, self.entities[i], w) for s, i, w in self._events[lo:hi])
        out.sort(key=lambda x: x[0])
        return out

    def free_pronouns(self) -> list[Span]:
        """Gendered subject pronouns ("he", "she") outside quotation marks."""
        words = self.lex.subject_pronouns
        if not words:
            return []
        found = any_of(tuple(sorted(words))).finditer(self.text)
        return [m.span() for m in found if not self.in_quote(m.start())]

    def free_descriptions(self) -> list[Span]:
        """ "the admiral", "The securities analyst" as the subject of a verb outside
        quotation marks: a noun for one person, at the start of a sentence or after a
        phrase set off by a comma or a dash."""
        lex = self.lex
        if lex.code != "en":
            return []
        out: list[Span] = []
        text = self.text
        for m in _FREE_DESCRIPTION.finditer(text):
            at = m.start()
            if at and text[at - 1] != "\n" and not _FREE_BEFORE.match(text, at - 2, at):
                continue
            head = m.group(2).lower()
            if head.endswith("s") and head not in lex.titles:
                continue  # (a plural: "the analysts")
            if head not in lex.speaker_nouns and head not in lex.titles:
                continue
            if not self._verb_like(m.group(3)) and not m.group(3).endswith("ed"):
                continue
            if self.in_quote(m.start(1)):
                continue
            out.append((m.start(1), m.end(2)))
        return out

    def entity_starting_at(self, pos: int) -> Entity | None:
        """The person, organisation or group with a mention starting at ``pos``."""
        spans, starts, _ = self._spans()
        lo = bisect.bisect_left(starts, pos)
        hi = bisect.bisect_right(starts, pos)
        found = [i for _, _, i in spans[lo:hi] if self.entities[i].kind != "group"]
        return self.entities[min(found)] if found else None

    def last_mention_before(self, ent: Entity, pos: int, spelled_out: bool = False) -> Span | None:
        """``ent``'s latest mention before ``pos`` (``spelled_out``: one that is not an
        acronym of a name written out before it, where there is one)."""
        earlier = [m for m in ent.mentions if m[0] < pos]
        if spelled_out and " " in ent.name:
            full = [m for m in earlier if not _ACRONYM.fullmatch(self.text[m[0] : m[1]])]
            earlier = full or earlier
        return earlier[-1] if earlier else None
