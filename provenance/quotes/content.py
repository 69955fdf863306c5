"""What a quote's content is, and quoted or reported words that are no one's quote.

Rules on one sentence (code points of ``Article.text``), used by :mod:`extract`:

- where a content ends: the writer's own clause after a quoted fragment
  (``"the end of an era," as ...``, ``..., while ...``) or after a reporting clause
  that opens its sentence (``While X claimed A, B ...``);
- whole utterances: a quote from a comma after its frame to the end of the
  sentence is direct (``the singer told the crowd, "..."``); the second piece of
  a quoted sentence split by its frame goes with the first;
- titles and labels: a quote alone on a line of a block of details, a longer run
  of capitalised words, a term in a heading with no word of saying;
- frames that attribute nothing: a negated or supposed cue (``cannot explain``), a
  noun of speech with no owner (``no Clintonian argument that``), an imperative or
  a label as the source, words to say in a list item (``by saying "Hey Siri"``),
  a question left open (``before they know if``), a topic (``said about his
  performance``), a phrase (``testified before the committee``), a person acted
  on (``you'll be attacked by ...``).
"""

from __future__ import annotations

import functools
import re

import attrs

from .cue_words import adds_things
from .frames import Attribution
from .lexicon import Lexicon
from .marks import QuoteSpan

__all__ = [
    "attribution_end",
    "framed_whole",
    "heading_term",
    "later_verb",
    "long_title",
    "mixed_clause_end",
    "no_content",
    "own_line",
    "ownerless_noun",
    "reported_end",
    "split_frame",
    "supposed",
    "unreal",
    "verbless_gerund",
    "what_named",
]

# Verbs of saying proper: after them, "about ..." is a topic, never what was said.
_SAYING = frozenset(
    ["say", "says", "said", "saying", "writes", "wrote", "added", "adds", "stated", "told"]
)
# After a quoted fragment, the writer's own clause: ``"...," as ...``, ``..., while ...``.
_TURN = r"(?:as|while|whereas|although|though|even\s+(?:as|though))\s"
_WRITERS_TURN = re.compile(r"\s*(,\s*)?" + _TURN)
_WRITERS_TURN_LATER = re.compile(r",\s*(?!as\b)" + _TURN)
# After a quoted fragment, the writer's account of what followed ("..., before he left").
_THEN_WRITER = re.compile(
    r",\s*(?:before|after|until)\s+(?:he|she|they|it|we|i|the|a|an|his|her|their|its)\s"
)
# After a quoted fragment, the same speaker's next report, with its own clause.
_GOING_ON = re.compile(
    r",\s*(?:arguing|adding|saying|noting|insisting|claiming|warning|stressing)\s+that\b"
)
# A source set after the content, at its end: ", a police report indicates".
_SOURCE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:indicates|indicated|shows|showed|suggests|suggested|states|stated)\s*\.?"
)
# The writer's "as X put it" after the content.
_AS_PUT = re.compile(
    r",\s+as\s+(?:he|she|they|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s+put\s+it\b"
)
# Verbs that give a name: what they report is the thing and its name, nothing after.
_NAMING = frozenset(
    "call calls called dub dubs dubbed label labels labeled labelled brand brands branded".split()  # noqa: SIM905
)
_NAMING_ASIDE = re.compile(
    r"\s+(?:despite|while|although|though|after|before|because|even\s+though)\b"
)
# A sentence that opens with a subordinate clause: the main clause follows its last comma.
_SUBORDINATE = re.compile(
    r"\s*(?:While|Although|Though|Whereas|Because|Since|If|Even\s+(?:though|as|if))\b"
)
# Small words inside a title ("Takin' It to the Streets", "Jewels after Jewels").
_SMALL = frozenset(
    "a an the of and in on to for at with or from by after into as nor but vs".split()  # noqa: SIM905
)
# A word that shows a finite verb (a clause, not a label): auxiliaries, a past tense.
_FINITE_HINT = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|"
    r"shall|do|does|did|made|makes|won|got|gets|took|takes|went|goes|came|comes|\w+ed)\b|\w'",
    re.IGNORECASE,
)
# A phrase that names a topic, not a clause ("said about his performance"); "about 200"
# is a number.
_TOPIC = re.compile(
    r"\s*(?:about|regarding|concerning|of|over)\b(?!\s+(?:\$|\d|a\s+(?:dozen|hundred|thousand)))",
    re.IGNORECASE,
)
# A preposition that opens a phrase, never a reported clause ("to" opens an intention).
_PHRASE = re.compile(
    r"\s*(?:at|for|since|before|after|like|into|from|during|until|through|upon|against)\b",
    re.IGNORECASE,
)
# A modal before a verb of saying: the saying is supposed, not reported.
_SUPPOSED = re.compile(r"\b(?:may|might|could|would)(?:\s+(?:well|also|then|just))?\s+$")
_ADJECTIVE_USE = re.compile(
    r"\b(?:the|a|an)\s+(?:most|least|more|less|widely|often|frequently|commonly|much)[\s-]+$"
)
_HERE = re.compile(r"\s*(?:here|above|below|earlier|previously|so far)\s*(?:[-\u2013\u2014,;:.]|$)")
_RELATIVE_GAP = re.compile(
    r"\s+(?:the\s+)?(?:details?|plans?|parts?|some|most|much|many|news)\s+of\b[^,;]*\bthat\s*"
)
_ADDRESSEE = re.compile(r"\s*to\s+(?:the|a|an|his|her|their|its|reporters|supporters)\b")
# What may follow a split quote's frame before its second piece: short phrases set off
# by commas (" in a statement, ", " during a rally in Ames, Iowa, ", ", citing a poll, "),
# abbreviations with their periods ("N.C.", "Fla.") but no sentence punctuation.
_TAIL_WORD = r"(?:[^\s,.;:!?\"\u201c\u201d\u201e\u00ab\u00bb]+|(?:[A-Za-z]\.)+|[A-Z][a-z]{1,4}\.)"
_FRAME_TAIL = re.compile(r"(?:\s*,?(?:\s+" + _TAIL_WORD + r"){1,6}){0,3}\s*,\s*")
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|''.*?''|\u00ab[^\u00bb]*\u00bb")
# Words that make a cue right after them negated or supposed.
_UNREAL = frozenset("not never cannot would could might if unless whether".split())  # noqa: SIM905
# Verbs of thinking: "about" after them is a topic too.
_THINKING = frozenset("think thinks thought".split())  # noqa: SIM905
# Verbs of knowing: with a question after them ("know if", "knew who"), nothing reported.
_KNOWING = frozenset(
    "know knows knew known understand understands understood wonder wonders".split()  # noqa: SIM905
)
_EMBEDDED_QUESTION = re.compile(r"\s*(?:if|whether|who|whom|what|where|when|why|how|which)\b")
_REFUSED = re.compile(r"\b(?:declin|refus)\w*\s+to\s+$", re.IGNORECASE)
# Past tenses that do not end in -ed.
_PAST = frozenset(
    """
    said told wrote thought knew felt saw heard found sought spoke made took gave meant
    read put set let hit cut
    """.split()  # noqa: SIM905
)
_AUXILIARIES = frozenset(
    """
    to will would can could should may might must shall do did does not never also
    often always then who which that
    """.split()  # noqa: SIM905
)
_POSSESSIVES = frozenset("his her their its our my your".split())  # noqa: SIM905
_OBJECTS = frozenset(["you", "me", "us", "them", "him"])
# Up to two words (an adverb of place or time), then a verb and "that".
_LATER_VERB = re.compile(r"\s*(?:[\w\u2019'\-]+\s+){0,2}?(\w+)\s+that\s+")


def attribution_end(attribution: Attribution) -> int:
    """Where the frame of ``attribution`` ends."""
    return max(x[1] for x in (attribution.speaker, attribution.cue, (0, 0)) if x is not None)


# -- where a content ends ------------------------------------------------------------


def mixed_clause_end(text: str, qs: QuoteSpan, end: int) -> int:
    """The end of a mixed quote's reported clause ``[.., end)`` without the writer's
    clause after the quoted fragment: ``"the end of an era," as the industry ...``,
    ``... "an insult" in the plant, while the owners ...``."""
    if end <= qs.end:
        return end
    turn = _WRITERS_TURN.match(text, qs.end, end)
    if turn is not None and (turn.group(1) or text[qs.end - 2 : qs.end - 1] == ","):
        return qs.end
    cuts = [
        m.start()
        for m in (
            _WRITERS_TURN_LATER.search(text, qs.end, end),
            _THEN_WRITER.search(text, qs.end, end),  # '"...," repeatedly, before he left'
            _GOING_ON.search(text, qs.end, end),  # '..., arguing that "..."': a second report
        )
        if m is not None
    ]
    return min(cuts, default=end)


def reported_end(text: str, s: int, c0: int, c1: int, attribution: Attribution) -> int:
    """The end of indirect content ``[c0, c1)`` in the sentence starting at ``s``, after
    its frame: not ``..., while the League condemned B``; after a verb that names, not
    ``despite ...``; and after a reporting clause that opens the sentence (``While the
    tweet claimed A, others offered B``) not the main clause."""
    if c0 < attribution_end(attribution):
        return c1
    cue = text[attribution.cue[0] : attribution.cue[1]].lower() if attribution.cue else ""
    if cue in _NAMING:
        aside = _NAMING_ASIDE.search(text, c0, c1)
        if aside is not None:
            c1 = aside.start()  # "called the car a concept despite looking ready ..."
    turn = _WRITERS_TURN_LATER.search(text, c0, c1)
    if turn is not None:
        c1 = turn.start()
    source = _SOURCE_AFTER.search(text, c0, c1)
    if source is not None and source.end() >= len(text[:c1].rstrip(" .")):
        c1 = source.start()  # "..., a police report indicates": the writer's source
    put = _AS_PUT.search(text, c0, c1)
    if put is not None:
        c1 = put.start()  # "..., as she put it on Wednesday"
    if _SUBORDINATE.match(text, s, c0):
        comma = text.rfind(",", c0, c1)
        if comma > c0:
            c1 = comma
    return c1


def later_verb(
    lex: Lexicon, text: str, attribution: Attribution, c0: int, c1: int
) -> tuple[Attribution, int]:
    """A participle taken for the cue ("the tweet shown above claimed that A"): a verb
    of saying with "that" within the first words of the content is the cue, and the
    content starts after "that"."""
    if lex.code != "en" or attribution.cue is None or attribution.cue[1] > c0:
        return attribution, c0
    word = text[attribution.cue[0] : attribution.cue[1]].lower()
    if not word.endswith(("wn", "ed", "en")) or word in _SAYING:
        return attribution, c0
    m = _LATER_VERB.match(text, c0, c1)
    if m is None or not lex.cue.is_cue_word(m.group(1)) or m.group(1).lower() in lex.frame_only:
        return attribution, c0
    return attrs.evolve(attribution, cue=m.span(1)), m.end()


# -- whole utterances ----------------------------------------------------------------


def framed_whole(
    text: str,
    qs: QuoteSpan,
    frame: Attribution | None,
    s_start: int,
    after_rest: str,
    words: int,
) -> bool:
    """The quote runs from a comma after its frame (``frame``, found right before it)
    to the end of its sentence (``After the show, the singer told the crowd, "..."``):
    the whole utterance is quoted. With no frame found (a cue word not listed, another
    language), the lead must be short and the quote long (``As he related, "..."``)."""
    if re.search(r"\w", after_rest):
        return False
    lead = text[s_start : qs.start].rstrip()
    if not lead.endswith(","):
        return False
    if frame is not None:
        if frame.cue is None or frame.speaker is None:
            return False
        gap = text[max(frame.cue[1], frame.speaker[1]) : qs.start]
        return re.fullmatch(r"(?:\s+[\w\u2019'.\-]+){0,4}\s*,\s*", gap) is not None
    lead_words = re.findall(r"\w+", lead)
    return 2 <= len(lead_words) <= 5 and words > 6 and not _QUOTED.search(lead)


def split_frame(
    lex: Lexicon, text: str, prev: Attribution, prev_end: int, start: int
) -> Attribution | None:
    """The second piece (from ``start``) of a quoted sentence split by its frame
    (``"A," said Lee, "b ..."``, ``"A," comments Lee in a statement, "b ..."``):
    ``prev``, the frame of the piece before it (ending at ``prev_end``), when nothing
    but that frame stands between them."""
    if prev.speaker is None or prev.cue is None:
        return None
    first, second = sorted([prev.speaker, prev.cue])
    if first[0] < prev_end or second[1] > start:
        return None
    if re.search(r"\w", text[prev_end : first[0]]) or re.search(
        r"\w", text[first[1] : second[0]].replace("\u2019s", "")
    ):
        return None
    tail = text[second[1] : start]
    if len(re.findall(r"\w+", tail)) > 12 or not _FRAME_TAIL.fullmatch(tail):
        return None  # (" in a statement, ", " NBC News, ")
    if any(lex.cue.is_cue_word(w) for w in re.findall(r"\w+", text[second[1] : start])):
        return None  # "sings to Clinton before asking her,": a frame of its own
    return prev


# -- titles and labels ---------------------------------------------------------------


def long_title(lex: Lexicon, text: str, qs: QuoteSpan, s_start: int) -> bool:
    """A run of capitalised words inside a sentence: up to seven with only small words
    between them ("Takin' It to the Streets"), or up to ten, capitalised at both ends
    and mostly inside, in any language but German, which capitalises every noun ("As 5
    Etapas para Alfabetizar seus Filhos em Casa")."""
    words = re.findall(r"[\w\u2019'\-]+", " ".join(text[a:b] for a, b in qs.pieces))
    if not 2 <= len(words) <= 10 or qs.start == s_start:
        return False
    capital = [bool(w[:1].isupper() or w[:1].isdigit()) for w in words]
    small = [w.lower() in _SMALL for w in words]
    if len(words) <= 7 and all(c or m for c, m in zip(capital, small, strict=True)):
        return capital[0]
    return (
        lex.code != "de"
        and len(words) >= 4
        and capital[0]
        and capital[-1]
        and 5 * sum(capital) >= 3 * len(words)
    )


def own_line(text: str, paragraph: tuple[int, int], qs: QuoteSpan) -> bool:
    """The quote fills a line of a paragraph of several lines: a label or a title in a
    block of details (author, title, venue, hours), not words spoken."""
    ps, pe = paragraph
    if len(qs.pieces) != 1 or "\n" not in text[ps:pe].strip():
        return False
    line_start = text.rfind("\n", ps, qs.start) + 1 or ps
    line_end = text.find("\n", qs.end, pe)
    line_end = pe if line_end < 0 else line_end
    return not text[max(ps, line_start) : qs.start].strip() and not re.search(
        r"\w", text[qs.end : line_end]
    )


def heading_term(lex: Lexicon, text: str, qs: QuoteSpan, s_start: int, s_end: int) -> bool:
    """A short quote in a heading with other words and no word of saying: a term set
    off ('4. "Veggie-fy" your dip'). A heading that is all quote is a quoted
    sub-heading, and "Russia Tells Hamas to 'Keep Promises'" reports speech."""
    if len(re.findall(r"\w+", " ".join(text[s:e] for s, e in qs.pieces))) > 4:
        return False
    rest = text[s_start : qs.start] + " " + text[qs.end : s_end]
    return re.search(r"[^\W\d]", rest) is not None and not any(
        lex.cue.is_cue_word(w) or w.lower() in lex.intention for w in re.findall(r"\w+", rest)
    )


# -- frames that attribute nothing ---------------------------------------------------


def unreal(text: str, s_start: int, cue_start: int) -> bool:
    """The cue is negated or supposed: no one is said to have said anything ("cannot
    explain", "would have claimed", "never said")."""
    words = re.findall(r"[\w\u2019']+", text[max(s_start, cue_start - 40) : cue_start])
    low = [w.lower().replace("\u2019", "'") for w in words[-3:]]
    return any(w in _UNREAL or w.endswith("n't") for w in low)


# German: a topic after "über" ("Über das Schreiben hatte die Zeitung berichtet"), and an
# impersonal "es" after the verb ("Zusätzlich empfiehlt es sich, ...").
_TOPIC_DE = re.compile(
    r"\s*[Üü]ber\s+(?:den|die|das|dem|der|des|ein|eine|einen|einem|diese[nmrs]?|all|alle)\b"
)
_IMPERSONAL_DE = re.compile(r"\s+es\s+sich\b")


def _no_content_de(text: str, attribution: Attribution, c0: int, c1: int) -> bool:
    cue = attribution.cue
    if cue is not None and _IMPERSONAL_DE.match(text, cue[1]):
        return True
    if _RELATIVE_DE.match(text, c0, c1) and not _SUBJUNCTIVE_DE.search(text, c0, c1):
        return True  # "sagte Gaby Allendorf, die als Sprecherin ...": a clause about her
    if cue is not None:
        before = text[max(0, cue[0] - 12) : cue[0]].lower()
        if before.endswith(("anders ", "kurz ", "ehrlich ", "genauer ", "offen ")):
            return True  # "Anders gesagt:", "Kurz gesagt:": no one reports anything
        if before.endswith("zu ") and _COPULA_AFTER_DE.match(text, cue[1]):
            return True  # "Danke zu sagen, ist, wenn ...": the saying is a subject, not said
        if cue[1] <= c0 and _TOPIC_DE.match(text, cue[1], c0):
            return True  # "schreibt über die Themen, die ...": a topic and a clause about it
        verb = text[cue[0] : cue[1]].lower()
        if verb.startswith(("sprech", "sprach", "spricht")) and text[c0 : c0 + 1].isupper():
            return True  # "Zur Eröffnung sprechen A (B), C und D": who speaks, not what
    return _TOPIC_DE.match(text, c0, c1) is not None and (cue is None or cue[0] > c0)


# A relative clause (perhaps after a preposition) where reported content would start.
_RELATIVE_DE = re.compile(
    r"\s*(?:(?:bei|mit|in|an|auf|von|zu|für|über|nach|aus)\s+)?"
    r"(?:(?:denen|deren|dessen|welche[rmns]?)\b"
    r"|(?:der|die|das|dem|den)\s+(?![a-zäöüß]+(?:e|en|er|es|em)\b)[a-zäöüß])"
)  # (an article before an adjective or a noun opens reported content: "die neue Regierung")
_COPULA_AFTER_DE = re.compile(r"\s*,\s*(?:ist|war|sind|wäre|bleibt)\b")
# A verb in Konjunktiv I: a relative clause that holds one reports what was said.
_SUBJUNCTIVE_DE = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|solle|müsse|dürfe|wolle|gebe|stehe|liege|gehe)\b"
)


def supposed(text: str, s_start: int, cue_start: int) -> bool:
    """A modal right before the cue: the saying is supposed ("readers may wonder", "the
    compiler would complain"), not reported."""
    return _SUPPOSED.search(text, max(s_start, cue_start - 24), cue_start) is not None


def verbless_gerund(lex: Lexicon, text: str, attribution: Attribution) -> bool:
    """A gerund cue after a preposition ("by saying") whose subject governs no verb
    before it: a label or a list item ("Quick access to Siri by saying"), not a
    sentence with a subject who speaks ("She angered them by saying")."""
    if attribution.cue is None or attribution.speaker is None:
        return False
    c0, c1 = attribution.cue
    if text[c0:c1].lower() not in lex.gerunds:
        return False
    s1 = attribution.speaker[1]
    if s1 > c0 or not re.search(r"\b(?:by|for|without|from|through)\s+$", text[s1:c0]):
        return False
    return _FINITE_HINT.search(text, s1, c0) is None


@functools.cache
def _verb_words(lex: Lexicon) -> frozenset[str]:
    """Every word of ``lex`` that is (also) a verb form."""
    return (
        lex.cue.words
        | lex.indirect_cue.words
        | lex.intention
        | lex.clause_only
        | lex.frame_only
        | lex.gerunds
    )


def _compound_noun(lex: Lexicon, text: str, cue_start: int, word: str) -> bool:
    """A word that is a noun of speech or a verb ("post", "tweet", "comment") is the
    noun when a singular noun stands right before its base form ("the deputy prime
    minister post"): a verb there would be "posts" or "posted"."""
    if word.endswith(("s", "ed", "ing")):
        return False
    before = re.findall(r"[\w\u2019']+", text[max(0, cue_start - 40) : cue_start])
    if not before or not re.fullmatch(r"\s+", text[cue_start - 1 : cue_start]):
        return False
    prev = before[-1].lower()
    return (
        prev.isalpha()
        and not prev.endswith("s")
        and prev not in lex.pronouns
        and prev not in _AUXILIARIES
        and not lex.cue.is_cue_word(prev)
        and prev not in lex.determiners
    )


def ownerless_noun(lex: Lexicon, text: str, attribution: Attribution) -> bool:
    """A noun of speech ("argument", "statement", or "post" after a noun) frames an
    attribution only with its owner: a possessor ("Lee's argument", "his often-repeated
    vow") or a source after it ("the statement by Lee"); "no Clintonian argument that
    ..." has none."""
    if attribution.cue is None or attribution.speaker is None:
        return False
    c0, c1 = attribution.cue
    word = text[c0:c1].lower()
    if word not in lex.noun_cues:
        return False
    if word in _verb_words(lex) and not _compound_noun(lex, text, c0, word):
        return False  # a verb here ("others vow", "to comment")
    s0, s1 = attribution.speaker
    if s0 >= c1:
        return False  # "the statement by Lee", "the argument of the defence"
    said = text[s0 : min(s1 + 2, c0)].lower().replace("\u2019", "'")
    words = re.findall(r"[\w']+", said)
    near = text[max(s1, c0 - 40) : c0].lower().replace("\u2019", "'")
    words += re.findall(r"[\w'\-]+", near)[-3:]
    return not any(w in _POSSESSIVES or w.endswith(("'s", "s'")) for w in words)


def _no_subject(text: str, attribution: Attribution, s_start: int) -> bool:
    """The cue has no subject: an imperative opening its clause ("So far, tell me what
    ...", "Think and dream"), or a speaker taken from across a colon ("Q: ... tell me").
    Imperatives and labels are no sources."""
    if attribution.cue is None:
        return False
    c0, c1 = attribution.cue
    speaker = attribution.speaker
    if speaker is not None and speaker[1] <= c0 and ":" in text[speaker[1] : c0]:
        return True
    word = text[c0:c1].lower()
    if " " in word or word.endswith(("s", "ed", "ing", "en")) or word in _PAST:
        return False
    clause = re.split(r"[:;\u2014\u2013]", text[s_start:c0])[-1]
    clause = re.sub(r"^[^,]*,", "", clause) if clause.count(",") == 1 else clause
    return not re.sub(r"\b(?:please|just|now|then|so|and|but|first|simply)\b", "", clause).strip(
        " \t\n\"'\u201c\u201d\u2018\u2019(-"
    )


def no_content(
    lex: Lexicon, text: str, attribution: Attribution, s_start: int, c0: int, c1: int
) -> bool:
    """What a reporting frame in the sentence from ``s_start`` seems to govern,
    ``[c0, c1)``, is no reported content (English): a noun of speech with no owner; an
    imperative or a label as the source; a question left open ("before they know if");
    a topic after "said" ("said about his performance"); a phrase with no clause
    ("testified before the committee"); or, before a passive ("you'll be attacked by
    ..."), a person acted on."""
    if lex.code == "de":
        return _no_content_de(text, attribution, c0, c1)
    if lex.code != "en":
        return False  # (English word order and words)
    cue = attribution.cue
    said = text[cue[0] : cue[1]].lower() if cue is not None else ""
    if ownerless_noun(lex, text, attribution) or _no_subject(text, attribution, s_start):
        return True
    if _EMBEDDED_QUESTION.match(text, c0, c1) and (
        said in _KNOWING or (cue is not None and _REFUSED.search(text, max(0, cue[0] - 30), cue[0]))
    ):
        return True  # "before they know if it will pay", "He declined to say when ..."
    if (said in _SAYING or said in _THINKING) and _TOPIC.match(text, c0, c1):
        # "said about his performance", "others think about it": a topic, not what is
        # said or thought (a verb that talks "about" something has a topic: "spoke about")
        return True
    if cue is None:
        return False
    if adds_things(lex, text, cue):
        return True  # "we may need to add these back in": adding things, not words
    if supposed(text, s_start, cue[0]):
        return True  # "readers may wonder", "the compiler would complain": no one said it
    if _ADJECTIVE_USE.search(text, max(s_start, cue[0] - 30), cue[0]):
        return True  # "one of the most discussed stories": an adjective
    if verbless_gerund(lex, text, attribution):
        return True  # "a medium for telling stories": no one tells anything here
    gap = text[cue[1] : c0]
    if _HERE.match(text, cue[1], c1) or _RELATIVE_GAP.fullmatch(gap):
        # "the managers we've discussed here - while ...", "reported details of the
        # tour that stops at ...": no content follows the verb
        return True
    if (
        cue[1] <= c0
        and not text[cue[1] : c0].strip()
        and _PHRASE.match(text, c0, c1)
        and not re.search(r"\b(?:that|to)\b", text[c0:c1])
        and _FINITE_HINT.search(text, c0, c1) is None
    ):
        # "abandoned plans for an IPO", "testified before the committee": a phrase with
        # no clause in it (one talks "about" or "on" a topic, agrees "with" someone)
        return True
    if (
        cue[1] <= c0
        and not text[cue[1] : c0].strip()
        and _ADDRESSEE.match(text, c0, c1)
        and not re.search(r"\b(?:that|to)\b", text[c0:c1][3:])
        and _FINITE_HINT.search(text, c0, c1) is None
    ):
        return True  # "shouted to the crowd": the one spoken to, not what was said
    if cue[0] < c1 or "," in text[c1 : cue[0]]:
        return False
    last = re.findall(r"[\w\u2019']+", text[c0:c1])[-1:]
    word = last[0].lower().replace("\u2019", "'").split("'")[0] if last else ""
    return word in lex.pronouns or word in _OBJECTS


_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_NAMING_GAP = re.compile(r"\s*(?:as\s+|it\s+|an?\s+)?")


def what_named(text: str, frame_start: int, frame_end: int, quote_start: int) -> bool:
    """The frame ``[frame_start, frame_end)`` before a quote reads "what X called", the
    quote right after it ("under what Lee called "a rescue," the city ..."): the quote
    is the term X used; the rest of the sentence is the writer's."""
    if not _WHAT_BEFORE.search(text, max(0, frame_start - 6), frame_start):
        return False
    gap = _NAMING_GAP.match(text, frame_end, quote_start)
    return gap is not None and gap.end() == quote_start
