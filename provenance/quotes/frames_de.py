"""German word order around a quote: who the subject of a reporting clause is.

German puts the finite verb second and participles last, so the English
"phrase right before the cue" rule fails (``Boudgoust hat die Nominierung in
einer Mail bereits bestätigt: „…“``). Here:

- :func:`subject_de`: the clause's subject, either its first noun phrase
  (``Der deutsche Regierungssprecher, Steffen Seibert, versuchte ...``) or,
  when the clause opens with something else, the noun phrase right after the
  finite verb (``Nach dem Spiel sagte Medvedev``);
- :func:`after_so`: the speaker after ``so`` once a quote has closed:
  ``„…“, so Vogt`` and ``„…“, so charakterisierte ihn der Funktionär Aubin``;
- :func:`quoting_object`: ``Die Zeitung zitiert einen Augenzeugen mit den
  Worten: „…“``: the one quoted is the object of "zitiert", not its subject.

Positions are code points of ``Article.text``.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

__all__ = [
    "after_so",
    "cue_speaker",
    "fragment_frame",
    "noun_phrase_at",
    "phrase_ending_at",
    "quoted_de",
    "quoting_object",
    "settled_subject_de",
    "subject_de",
]

Span = tuple[int, int]
_WORD = re.compile(r"[\w\u00c0-\u024f](?:[\w\u00c0-\u024f\-]|\.(?=[\w\u00c0-\u024f]))*")
_OBJECT_PRONOUNS = frozenset(
    ["ihn", "sie", "es", "ihm", "ihr", "ihnen", "uns", "mich", "dich", "sich"]
)
# Lower-case words inside a German noun phrase: adjective endings after a determiner,
# and the small words of names and titles.
_ADJECTIVE = re.compile(r"[a-zäöüß\-]+(?:e|en|er|es|em)$")
_INSIDE = frozenset(["von", "vom", "der", "des", "zu", "und", "de", "van", "für"])
# Words that open a German clause without being its subject: prepositions and adverbs.
_NOT_SUBJECT = frozenset(
    """
    in im am an auf aus bei beim mit nach von vom zu zum zur für über unter gegen durch ohne
    um seit während wegen laut vor hinter neben zwischen ähnlich indes so auch dann daher
    damit dabei zudem außerdem trotzdem deshalb unterdessen gleichzeitig zuvor danach später
    bereits schon jetzt nun heute gestern dort hier darin darauf dazu somit allerdings
    jedoch aber doch zwar ebenfalls ebenso weiter weiterhin zunächst schließlich inzwischen
    mittlerweile bisher derzeit erneut als wie wenn weil dass ob nachdem bevor obwohl
    erst noch
    """.split()  # noqa: SIM905
)
# Determiners of a phrase that is no subject (dative, accusative, genitive).
_OBLIQUE = frozenset(["dem", "den", "einem", "einen", "des", "eines", "einer"])
# Pronouns that are subjects right after the finite verb ("bezeichnete er als ...").
_NOMINATIVE = frozenset(["er", "sie", "wir", "ich", "man"])
# ", ein Vertreter der Organisation," / ", die Anwältin der Frau,": an apposition, not a
# relative clause (", die beinahe nur ... vertritt,").
_APPOSITION = re.compile(r"(?:ein|eine|einer|der|die|das)\s+(?:[a-zäöüß\-]+e[nrs]?\s+)?[A-ZÄÖÜ]")
_NOUN_AFTER_HYPHEN = re.compile(r"^\d+-[A-Z\u00c4\u00d6\u00dc]")
_PASSIVE = re.compile(r"\s+(?:worden|werden|wurden?|wird)\b")
_GENITIVE = frozenset(["des", "der", "eines", "einer"])
# Words that open a subordinate clause: its subject comes right after them.
_SUBORDINATORS = frozenset(
    "indem als nachdem weil da wobei während wenn obwohl dass ob bevor sobald".split()  # noqa: SIM905
)
_FINITE = frozenset(
    """
    hat hatte haben hatten ist war sind waren wird wurde werden wurden habe sei seien
    """.split()  # noqa: SIM905
)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, end)]


def _noun_phrase(lex: Lexicon, text: str, words: list[tuple[int, int, str]]) -> Span | None:
    """The noun phrase that the words open, with an apposition between commas."""
    if not words:
        return None
    first = words[0][2]
    if not (first[:1].isupper() or first.lower() in lex.determiners):
        return None
    name_particle = re.match(r"(?:Von|Van|De)\s+de[rn]?\s+[A-Z\u00c0-\u00de]", text[words[0][0] :])
    if first.lower() in _NOT_SUBJECT and name_particle is None:
        return None  # "Von der Leyen" is a name, "Von dort" is not
    if first.lower() in lex.pronouns:
        return words[0][0], words[0][1]
    end = words[0][1]
    # "Mannheims oberster Bürgermeister Peter Kurz": a name in the genitive opens the
    # phrase as an article would
    owner = (
        first[:1].isupper()
        and first.endswith("s")
        and len(words) > 1
        and text[words[0][1] : words[1][0]] == " "
        and _ADJECTIVE.match(words[1][2]) is not None
    )
    determined = first.lower() in lex.determiners or owner
    seen_noun = first[:1].isupper() and not determined
    for s, e, w in words[1:]:
        gap = text[end:s]
        if gap.strip() == ",":
            if not seen_noun:
                break
            # an apposition: ", Steffen Seibert," or ", Sprecher des Verbands,"
            close = text.find(",", e, e + 160)
            if close == -1 or not (
                text[s:close].strip()[:1].isupper() or _APPOSITION.match(text, s, close)
            ):
                break
            end = close
            break
        initial = gap.strip() == "." and len(text[:end].split()[-1]) == 1  # "George W. Bush"
        if gap.strip() and not initial:
            break
        if w[:1].isupper() or _NOUN_AFTER_HYPHEN.search(w):  # "der 58-Jährige"
            end, seen_noun = e, True
        elif (w.lower() in _INSIDE and seen_noun) or (
            determined and not seen_noun and _ADJECTIVE.match(w)
        ):
            end = e
        elif w.lower() in _GENITIVE and seen_noun:
            end = e  # "Sprecher des Verbands"
        else:
            break
    if not seen_noun:
        return None
    while True:  # "der Präsident von der": no trailing small words
        tail = re.search(r"\s+(\S+)$", text[words[0][0] : end])
        if tail is None or not (
            tail.group(1).lower() in _INSIDE or tail.group(1).lower() in lex.determiners
        ):
            break
        end = words[0][0] + tail.start()
    while text[end - 1 : end] in (",", " "):
        end -= 1
    return words[0][0], end


def noun_phrase_at(lex: Lexicon, text: str, pos: int, end: int) -> Span | None:
    """The noun phrase that opens ``[pos, end)``."""
    return _noun_phrase(lex, text, _words(text, pos, end))


def phrase_ending_at(lex: Lexicon, text: str, start: int, end: int) -> Span | None:
    """The longest noun phrase in ``[start, end)`` that ends right at ``end``."""
    words = _words(text, start, end)
    for i in range(max(0, len(words) - 8), len(words)):
        np = _noun_phrase(lex, text, words[i:])
        if np is not None and not text[np[1] : end].strip():
            return np
    return None


def subject_de(lex: Lexicon, text: str, start: int, end: int) -> Span | None:
    """The subject of the German clause in ``[start, end)``: its first noun phrase when a
    finite verb follows it, else the noun phrase right after the finite verb."""
    words = _words(text, start, end)
    if not words:
        return None
    np = _noun_phrase(lex, text, words)
    if np is not None and _oblique(text[np[0] : np[1]]):
        np = None  # "Der englisch-sprachigen Zeitung sagte Filep Karma": no subject
    if np is not None:
        rest = [w for w in words if w[0] >= np[1]]
        # verb second: a lower-case word right after the first phrase is the finite verb,
        # unless a subject pronoun follows it ("Die Bestrebungen ... bezeichnete er als")
        if rest and rest[0][2][:1].islower() and rest[0][2].lower() not in lex.determiners:
            if len(rest) > 1 and rest[1][2] in _NOMINATIVE:
                return rest[1][0], rest[1][1]
            return np
    for i, (_, _, w) in enumerate(words[:8]):
        if (_finite(lex, w) or w in _MODALS) and i > 0:
            after = words[i + 1 :]
            while after and after[0][2].lower() in _OBJECT_PRONOUNS:
                after = after[1:]
            if after and after[0][2] in _NOMINATIVE:
                return after[0][0], after[0][1]
            np = _noun_phrase(lex, text, after)
            if np is not None and not _oblique(text[np[0] : np[1]]):
                return np
            return None
    return None


_MODALS = frozenset(
    "kann konnte könnte muss musste müsste soll sollte will wollte darf durfte mag".split()  # noqa: SIM905
)


def settled_subject_de(
    lex: Lexicon, text: str, start: int, cue_start: int, found: Span | None
) -> Span | None:
    """``found``, a phrase read back from a German cue, when it is a noun phrase; when it
    holds a verb or opens with an adverb ("Die Polizei konnte weder bestätigen", "Bereits
    vor zwei Wochen hatte die Gewerkschaft erklärt"), the clause's own subject instead,
    and none in a passive ("Die Zahlen wurden später präzisiert")."""
    if found is None:
        return None
    words = _words(text, found[0], found[1])
    if not words:
        return found
    odd = words[0][2].lower() in _NOT_SUBJECT or any(
        w[:1].islower() and (_finite(lex, w) or w in _MODALS or w in _NOT_SUBJECT or w == "sich")
        for _, _, w in words[1:]
    )
    if not odd:
        return found
    if _PASSIVE.search(text, found[0], cue_start):
        return None
    if words[0][2].lower() == "wie":
        return _noun_phrase(lex, text, words[1:])  # "wie Firmenchef Jan Holm am Montag sagte"
    verb = _WORD.match(text, cue_start)
    return subject_de(lex, text, start, verb.end() if verb else cue_start)


def _oblique(phrase: str) -> bool:
    """A German phrase whose article marks it as no subject: "dem Minister", "einen
    Augenzeugen", "der englisch-sprachigen Zeitung" (feminine dative)."""
    words = phrase.lower().split()
    if not words:
        return False
    if words[0] in _OBLIQUE:
        return True
    return words[0] == "der" and len(words) > 2 and words[1].endswith("en")


def _finite(lex: Lexicon, word: str) -> bool:
    low = word.lower()
    return word[:1].islower() and (low in _FINITE or lex.cue.is_cue_word(low))


def after_so(lex: Lexicon, text: str, pos: int, end: int) -> tuple[Span, Span] | None:
    """``so Vogt`` / ``so charakterisierte ihn der Funktionär Aubin`` at ``pos``:
    (speaker, cue)."""
    m = re.match(r"so\s+", text[pos:end])
    if m is None:
        return None
    words = _words(text, pos + m.end(), end)
    cue = (pos, pos + 2)
    if words and words[0][2][:1].islower() and _finite(lex, words[0][2]):
        cue = (words[0][0], words[0][1])
        words = words[1:]
        while words and words[0][2].lower() in _OBJECT_PRONOUNS:
            words = words[1:]
    np = _noun_phrase(lex, text, words)
    return (np, cue) if np is not None else None


def quoting_object(lex: Lexicon, text: str, start: int, end: int) -> Span | None:
    """``X zitiert Y mit den Worten:``: Y, the one quoted."""
    m = re.search(r"\bzitier(?:t|te|ten|en)\s+", text[start:end])
    if m is None or not re.search(r"mit (?:den|folgenden) Worten", text[start:end]):
        return None
    words = _words(text, start + m.end(), end)
    while words and words[0][2] in _ADVERBS_AFTER_VERB:
        words = words[1:]  # "zitiert dazu Néstor Kirchner"
    return _noun_phrase(lex, text, words)


# Adverbs that may stand between "zitiert" and the one quoted.
_ADVERBS_AFTER_VERB = frozenset(
    "dazu hierzu auch ebenfalls außerdem zudem ferner weiter dabei damals nun jetzt erneut".split()  # noqa: SIM905
)


# -- frames of a quoted fragment -------------------------------------------------------

_QUOTED_DE = re.compile(
    "\u201e[^\u201c\u201d\n]*[\u201c\u201d]|\u00bb[^\u00ab\n]*\u00ab|\u00ab[^\u00bb\n]*\u00bb"
    '|"[^"\n]*"|\u201c[^\u201d\n]*\u201d'
)
# "laut X", "gemäß X", "nach Angaben X": the source follows the preposition.
_BEFORE_SOURCE = re.compile(
    r"\b(?:[Ll]aut|[Gg]em[äa][ßs]|[Nn]ach\s+(?:Angaben|Aussagen?|Ansicht|Auffassung|Meinung"
    r"|Informationen|Einschätzung|Darstellung|Berichten|Worten))\s+"
)
_WORDED = re.compile(r"\b[Mm]it (?:den|folgenden|diesen) Worten\s*")
_INTENTION = re.compile(r"\b(?:will|wollen|wollte|wollten)\b")
_ZUFOLGE = re.compile(r"\bzufolge\b")


def quoted_de(text: str, start: int, end: int) -> list[Span]:
    """The quoted stretches (marks included) in ``[start, end)``."""
    return [m.span() for m in _QUOTED_DE.finditer(text, start, end)]


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _source_phrase(lex: Lexicon, text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """``laut einem Sprecher`` / ``nach Angaben der Polizei`` / ``Dem Bericht zufolge``."""
    masked = quoted_de(text, start, end)
    for m in _BEFORE_SOURCE.finditer(text, start, end):
        if _inside(m.start(), masked):
            continue
        np = _noun_phrase(lex, text, _words(text, m.end(), end))
        if np is not None:
            return np, (m.start(), m.end() - len(m.group(0)) + len(m.group(0).rstrip()))
    for m in _ZUFOLGE.finditer(text, start, end):
        if _inside(m.start(), masked):
            continue
        words = _words(text, max(start, m.start() - 120), m.start())
        for i in range(max(0, len(words) - 8), len(words)):
            np = _noun_phrase(lex, text, words[i:])
            if np is not None and not text[np[1] : m.start()].strip():
                return np, m.span()
    return None


def cue_speaker(lex: Lexicon, text: str, start: int, end: int, cue: Span) -> Span | None:
    """The subject of the cue verb at ``cue`` in the sentence ``[start, end)``: after a
    subordinator (``indem sie ... aufforderte``), after the verb when it opens its clause
    (``„…“, stellte Celebi fest``; ``..., bezeichnete er als``), else the clause's subject
    (``Die Ministerin betonte``, ``In dem Gespräch wies der Geschäftsführer ... zurück``)."""
    masked = quoted_de(text, start, end)
    if _PASSIVE.match(text, cue[1]):
        return None  # "... als „…“ bezeichnet worden": the one named, not the speaker
    clause = start
    for m in re.finditer(r"[,;:(\u2013\u2014]", text[start : cue[0]]):
        if not _inside(start + m.start(), masked):
            clause = start + m.end()
    opening = _words(text, clause, cue[0])
    opening = [w for w in opening if not _inside(w[0], masked)]
    if opening and opening[0][2].lower() in _SUBORDINATORS:
        return _subject_after(lex, text, opening[1:])
    relative = _relative_antecedent(lex, text, start, clause, opening, cue, end)
    if relative is not None:
        return relative
    if not opening or (len(opening) == 1 and opening[0][2].lower() == "und"):
        # the verb opens its clause: an apposition closed before it ("X, Sprecher
        # des Verbands, sagte"), a coordinated verb ("X sagte ... und betonte"),
        # or an inverted subject after a fronted clause or quote ("„…“, sagte X")
        if opening:
            return subject_de(lex, text, start, end)
        nxt = _words(text, cue[1], end)[:1]
        if nxt and nxt[0][2] in ("er", "wir", "ich", "man"):
            return nxt[0][0], nxt[0][1]  # "..., bezeichnete er als": the subject follows
        head = [w for w in _words(text, start, clause) if not _inside(w[0], masked)]
        if head and head[0][2].lower() not in _SUBORDINATORS | {"wie"}:
            # no quote and no subordinate clause before: "X, Sprecher des Verbands, sagte"
            np = _noun_phrase(lex, text, head)
            if np is not None and not _oblique(text[np[0] : np[1]]):
                return np
            return None
        return _subject_after(lex, text, _words(text, cue[1], end))
    return subject_de(lex, text, clause, end)


def _relative_antecedent(
    lex: Lexicon,
    text: str,
    start: int,
    clause: int,
    opening: list[tuple[int, int, str]],
    cue: Span,
    end: int,
) -> Span | None:
    """``…, die die Gefahr einer „…“ beschwören.``: a relative clause (its pronoun not
    followed by a noun, its cue verb last) speaks for the phrase before its comma."""
    if len(opening) < 2 or opening[0][2] not in ("der", "die", "das", "denen"):
        return None
    nxt = opening[1][2]
    if nxt[:1].isupper() and nxt.lower() not in lex.determiners:
        return None  # ", die Polizei warnte": an article and its noun
    if re.match(r"[\s\u201c\u201d\u00ab\u00bb\"]*(?:[,.;:!?)]|$)", text[cue[1] : end]) is None:
        return None  # the verb is not last: no relative clause
    comma = text.rfind(",", start, clause)
    if comma <= start:
        return None
    return phrase_ending_at(lex, text, max(start, comma - 120), comma)


def _subject_after(lex: Lexicon, text: str, words: list[tuple[int, int, str]]) -> Span | None:
    while words and words[0][2].lower() in _OBJECT_PRONOUNS and words[0][2] not in _NOMINATIVE:
        words = words[1:]
    if words and words[0][2] in _NOMINATIVE:
        return words[0][0], words[0][1]
    np = _noun_phrase(lex, text, words)
    if np is None or _oblique(text[np[0] : np[1]]):
        return None
    return np


def fragment_frame(
    lex: Lexicon, text: str, start: int, end: int, quote: Span
) -> tuple[Span, Span] | None:
    """(speaker, cue) of a quoted fragment inside the German sentence ``[start, end)``:
    ``..., so X`` after it, ``laut X`` / ``X zufolge`` anywhere, else the subject of the
    nearest cue verb outside quotation marks (before the fragment first)."""
    masked = quoted_de(text, start, end)
    for m in re.finditer(r",\s*", text[quote[1] : end]):
        pos = quote[1] + m.end()
        if _inside(pos, masked):
            continue
        so = after_so(lex, text, pos, end)
        if so is not None:
            return so
    worded = _WORDED.search(text, start, quote[0])
    if worded is not None and worded.end() == quote[0]:
        # "Mit den Worten „…“ wandte er sich an ...": the subject of the verb after it
        rest = [w for w in _words(text, quote[1], end) if not _inside(w[0], masked)]
        if rest and rest[0][2][:1].islower():
            np = _subject_after(lex, text, rest[1:])
            if np is not None:
                return np, (
                    worded.start(),
                    worded.end() - len(worded.group(0)) + len(worded.group(0).rstrip()),
                )
    found = _source_phrase(lex, text, start, end)
    if found is not None:
        return found
    cues = [c for c in lex.cue.finditer(text, start, end) if not _inside(c.start(), masked)]
    # an intention with a quoted fragment: "Die Partei will „…“ stärker belasten"
    cues += [
        m for m in _INTENTION.finditer(text, start, quote[0]) if not _inside(m.start(), masked)
    ]
    cues.sort(key=lambda c: c.start())
    before = [c for c in cues if c.end() <= quote[0]]
    after = [c for c in cues if c.start() >= quote[1]]
    for c in [*reversed(before), *after]:
        verb = re.match(r"\w+", c.group(0))
        span = (c.start(), c.start() + verb.end()) if verb else c.span()
        np = cue_speaker(lex, text, start, end, span)
        if np is not None and not (np[0] < quote[1] and quote[0] < np[1]):
            return np, span
    return None
