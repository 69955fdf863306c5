"""Indirect speech: the reported clause of one sentence and who reports it.

Frames, tried in this order on a sentence (code points of ``Article.text``):

- ``CONTENT, X said.`` / ``CONTENT, according to X.`` / German ``..., so X.``;
- ``According to X, CONTENT`` / German ``Laut X CONTENT``, ``Nach Angaben X CONTENT``,
  ``X zufolge CONTENT``;
- ``X said (that) CONTENT`` / ``X told Y (that) CONTENT`` / German ``X sagte, CONTENT``
  and ``X erklärte, dass CONTENT``; a belief counts as PolNeAR counts it (``X believes
  CONTENT``), an intention, a decision or a wish does not (``X plans to ...``, ``X decided
  to ...``) unless the plan is made known (``X announced plans to ...``); a passive
  (``X is believed to ...``) does not make its subject a source;
- ``X's claim that CONTENT`` (a noun of speech with a possessor).

A German sentence in Konjunktiv I right after reported speech goes on with
it (``Sie sagte, die Lage sei ernst. Man habe keine Wahl.``): see
:func:`continues_reported_speech`.
"""

from __future__ import annotations

import bisect
import re

import attrs

from .authored import authored_start, document_phrase, with_author
from .clauses import (
    BOUNDARY,
    OBJECT_PHRASE,
    THAT_LEAD,
    passive_report,
    relative_frame,
)
from .complement import DATED, NUMERALS, clause_head_end, past_verb, plan_made_known
from .frames import (
    RELATIVE_WHO,
    Attribution,
    brought_to_speak,
    can_speak,
    cue_source,
    frame_after,
    subject,
    tokens,
)
from .frames_de import settled_subject_de
from .lang.places import PLACES
from .lexicon import Lexicon
from .np_around import np_after, np_before
from .phrase_words import MONTHS, WEEKDAY
from .written_de import written_report

__all__ = [
    "clause_before_quote",
    "continues_reported_speech",
    "indirect_in",
    "parenthetical_in",
]

_PASSIVE_AUX = frozenset(["is", "are", "was", "were", "be", "been", "being", "wird", "wurde"])
OBJECT_VERBS = frozenset(
    [
        "told", "tell", "tells", "telling", "informed", "assured", "reminded", "warned", "urged",
        "asked", "asks",
    ]
)  # fmt: skip
_TIME = re.compile(
    r"\s+(?:(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|autumn|fall|winter)"
    r"|(?:on|in|at|earlier|late)\s+[\w\-]+)(?=\s)"
)
_NOUN_SUBJECT = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would)\s")
_MAIN_VERB = re.compile(
    r"\s(?:was|were|is|are|has|have|had|drew|draws|prompted|sparked|led|angered|came|"
    r"wurde|war|ist|sorgte)\s"
)


def indirect_in(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """(attribution, content start, content end) of the sentence ``[s, e)``, or None."""
    found = _indirect_in(lex, text, s, e)
    if found is None or lex.code != "de":
        return found
    said = found[0]
    if said.speaker is None or said.cue is None or said.speaker[1] > said.cue[0]:
        return found
    speaker = settled_subject_de(lex, text, s, said.cue[0], said.speaker)
    return found if speaker == said.speaker else (attrs.evolve(said, speaker=speaker), *found[1:])


def _indirect_in(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    if lex.code == "de":
        written = written_report(lex, text, s, e)  # "In dem Schreiben heißt es, ..."
        if written is not None:
            return Attribution(written[0], written[1]), written[2], e
    if (
        lex.code == "en"
        and not lex.cue.found_in(text, s, e)
        and not lex.indirect_cue.found_in(text, s, e)
        and lex.preposed.search(text, s, e) is None
    ):
        # no cue word in the sentence (most sentences): only the frames that need none
        return _cueless(lex, text, s, e)
    # CONTENT, SPEAKER said.   /   CONTENT, according to SPEAKER.   /   ..., so SPEAKER.
    # (perhaps with an apposition after the speaker: "..., said Arroyo, a physician.")
    cues = lex.cue.finditer(text, max(s, e - 150), e)
    last_cue = cues[-1].start() if cues else -1
    for m in _COMMA.finditer(text, max(s, e - 150), e):
        comma = m.start()
        if lex.code == "en" and comma > last_cue and not _DASH_AFTER.match(text, comma + 1):
            continue  # no cue after this comma: no frame can follow it
        found = frame_after(lex, text, comma, e)
        if found is None:
            continue
        frame_end, cue_at = found[1], found[0].cue
        if (
            cue_at is not None
            and _OPENER_THEN_SOURCE.match(text[s : comma + 1])
            and lex.preposed.fullmatch(text[cue_at[0] : cue_at[1]])
        ):
            continue  # "In addition, according to X, ...": the content follows X
        if cue_at is not None and not text[comma + 1 : cue_at[0]].strip():
            head = text[s:comma]
            if (
                _APPOSED_NAME.match(head) or _APPOSED_SUBJECT.match(head)
            ) and not _FINITE.intersection(head.lower().split()):
                # "Megan Hester, director of ..., said parents want ...": her words; "The
                # lawsuit, filed by ..., claims the project ...": the lawsuit's
                continue
        told = cue_at is not None and text[cue_at[0] : cue_at[1]].lower() in OBJECT_VERBS
        if told and cue_at is not None and frame_end == cue_at[1]:
            obj = OBJECT_PHRASE.match(text, frame_end, e)  # "..., a source told AFP."
            frame_end = obj.end() if obj else frame_end
        attribution = found[0]
        cue_words = text[attribution.cue[0] : attribution.cue[1]] if attribution.cue else ""
        said_by = (
            text[attribution.speaker[0] : attribution.speaker[1]] if attribution.speaker else ""
        )
        if cue_words.lower() in lex.frame_only and _ACTIVITY.fullmatch(said_by):
            continue  # "..., the borrowing continued.": an activity goes on, no one speaks
        if _ends_frame(text, frame_end, e):
            if lex.code == "en" and lex.preposed.fullmatch(cue_words):
                # "Trump said he was ..., according to The New York Times": the one who
                # said it, not the one who reported that he did
                inner = _plain_report(lex, text, s, comma)
                if inner is not None:
                    return inner
            return attribution, s, comma
        tail = _SOURCE_TAIL.match(text, found[1], e)
        if tail is not None and attribution.speaker and lex.preposed.fullmatch(cue_words):
            # "..., according to an analysis from Poynter.": the source is the whole phrase
            speaker = (attribution.speaker[0], tail.end())
            return attrs.evolve(attribution, speaker=speaker), s, comma
    found_pre = _preposed(lex, text, s, e) or _according(lex, text, s, e)
    if found_pre is not None:
        return said_inside(lex, text, *found_pre) or found_pre
    return (
        _first_verb_frame(lex, text, s, e)
        or _cueless(lex, text, s, e)
        or _source_inside_de(lex, text, s, e)
    )


# Verbs that say, with nothing else in them ("said", not "forecast" or "found").
PLAIN_SAYING = frozenset(
    "said says told tells wrote writes added adds stated states declared declares".split()  # noqa: SIM905
)


def said_inside(
    lex: Lexicon, text: str, frame: Attribution, start: int, end: int
) -> tuple[Attribution, int, int] | None:
    """ "According to the Journal, Acme has stated it will ...": the report in
    ``[start, end)`` after the preposed ``frame`` opens with its own speaker and verb of
    saying, so the speaker is Acme (the Journal reported that Acme said it)."""
    if lex.code != "en" or frame.cue is None or frame.cue[0] > start:
        return None
    if not lex.preposed.fullmatch(text[frame.cue[0] : frame.cue[1]]):
        return None
    inner = _plain_report(lex, text, start, end)
    if inner is None or inner[0].speaker is None:
        return None
    if text[start : inner[0].speaker[0]].strip(" ,\t\n"):
        return None  # the speaker opens the report, or this is no report of saying
    return inner


def _plain_report(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """The first report in ``[s, e)`` framed by a plain verb of saying with its own
    speaker ("Acme has stated ...", "Trump said ..."), or None."""
    inner = _first_verb_frame(lex, text, s, e)
    if inner is None or inner[0].speaker is None or inner[0].cue is None:
        return None
    verb = text[inner[0].cue[0] : inner[0].cue[1]].split()[0].lower()
    return inner if verb in PLAIN_SAYING else None


def _first_verb_frame(
    lex: Lexicon, text: str, s: int, e: int
) -> tuple[Attribution, int, int] | None:
    """The first verb of saying in ``[s, e)`` that frames a report."""
    for cue in lex.indirect_cue.finditer(text, s, e):
        if lex.preposed.fullmatch(cue.group(0)):
            continue  # a preposition frame: its object is the source, not the content
        if lex.code == "en" and _THINK_TANK.match(text, cue.end(), e):
            continue  # "a London think tank": a noun, no thinking reported
        if lex.code == "en" and _not_reported(lex, text, s, cue):
            continue
        got = _verb_frame(lex, text, s, e, cue)
        if got is not None:
            return got
    return None


def _source_inside_de(
    lex: Lexicon, text: str, s: int, e: int
) -> tuple[Attribution, int, int] | None:
    """German ``Die Firma wartet laut X noch auf ...`` / ``800 Menschen wurden nach
    Angaben des Roten Kreuzes obdachlos``: a source named inside the sentence, which is
    its report as a whole."""
    if lex.code != "de" or ("laut" not in text[s:e] and "nach Angaben" not in text[s:e]):
        return None
    m = _INSIDE_DE.search(text, s, e)
    if m is None or not text[s : m.start()].strip():
        return None  # at the sentence start: the preposed frame's
    np = np_after(lex, text, m.end(), min(e, m.end() + 80))
    if np is None or len(re.findall(r"\w+", text[s : m.start()] + " " + text[np[1] : e])) < 3:
        return None
    if not _SOURCE_DE.match(text[np[0] : np[1]]):
        return None  # "sang laut Lieder", "war laut und ...": the adverb "laut" (loud)
    return Attribution(np, (m.start(), m.end())), s, e


# A source after "laut" inside a sentence: a phrase with an article, a name of two
# words, a quoted name, an acronym or reports ("Medienberichten").
_SOURCE_DE = re.compile(
    r"(?:der|des|dem|den|einem|einer|eines|[\u201e\u201c\"])\s*\S"
    r"|[A-ZÄÖÜ][\w\-]+\s+[A-ZÄÖÜ][\w\-]+"
    r"|\w*[A-Z]\w*[A-Z]"
    r"|\w+(?:berichten|angaben|informationen|meldungen)\b"
)
_INSIDE_DE = re.compile(r"\b(?:laut|nach Angaben(?: von| vom)?)(?=\s+[\w\u201e\u201c\"])")


def _cueless(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """Frames whose cue is no cue word: a noun of speech (``X's claim that``), a relative
    clause (``what he said was``), a passive with no agent (``is expected to``)."""
    return (
        _noun_frame(lex, text, s, e)
        or relative_frame(lex, text, s, e)
        or passive_report(lex, text, s, e)
    )


def parenthetical_in(
    lex: Lexicon, text: str, s: int, e: int
) -> tuple[Attribution, tuple[tuple[int, int], ...]] | None:
    """ "The key, says Jack Buser, is that ..." / "The costs, she said, are high": a
    reporting clause set off by commas inside the sentence; the content is the sentence
    around it, in two pieces."""
    if lex.code != "en" or text.count(",", s, e) < 2:
        return None  # a clause set off by commas needs two
    for cue in lex.cue.finditer(text, s, e):
        if cue.group(0).lower() not in _PARENTHETICAL_CUES:
            continue
        head = text[s : cue.start()]
        inverted = re.search(r",\s*$", head[-4:])
        if inverted:  # ", says Jack Buser,"
            np = np_after(lex, text, cue.end(), e)
            if np is None:
                continue
            open_at, close_from = cue.start() - 4 + inverted.start(), np[1]
            if len(head) < 4:
                open_at = s + head.rfind(",")
        else:  # ", she said,"
            comma = head.rfind(",")
            if comma < 0 or not _COMMA_NEXT.match(text, cue.end(), e):
                continue
            np = np_before(lex, text, s + comma + 1, cue.start())
            if np is None or text[s + comma + 1 : np[0]].strip():
                continue
            open_at, close_from = s + comma, cue.end()
        close = re.match(r"\s*,\s*", text[close_from:e])
        if close is None:
            continue
        before = re.findall(r"\w+", text[s:open_at])
        after = re.findall(r"\w+", text[close_from + close.end() : e])
        if len(before) < 2 or len(after) < 3 or len(before) > 25:
            continue
        if _TRAILING_CLAUSE.match(text, close_from):
            continue  # "..., the company said, adding that ...": the content ends before
        pieces = ((s, open_at), (close_from + close.end(), e))
        return Attribution(np, (cue.start(), cue.end())), pieces
    return None


_COMMA_NEXT = re.compile(r"\s*,")
_PARENTHETICAL_CUES = frozenset(
    """
    says said argues argued adds added notes noted explains explained insists insisted
    contends contended writes wrote warns warned believes believed thinks thought
    """.split()  # noqa: SIM905
)


# A name and an apposition before a comma: the subject of the verb after it.
_APPOSED_NAME = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Still|Meanwhile)\s+)?[A-Z][\w.\u2019'\-]*"
    r"(?:\s+[A-Z][\w.\u2019'\-]*){0,3},\s+[^,]{3,}$"
)


# A subject with a determiner, then a participle or a relative clause set off after it
# ("The lawsuit, filed by the club,", "A group, which formed in May,").
_APPOSED_SUBJECT = re.compile(
    r"\W*(?:The|A|An|This|That|These|Those|Its|His|Her|Their)\s+(?:[\w\u2019'\-]+\s+){0,3}?"
    r"[\w\u2019'\-]+,\s+(?:who|which|[a-z]+ed|[a-z]+en|led|made|set|sent|held|built|run|"
    r"won)\b[^,]{3,}$"
)


def _ends_frame(text: str, pos: int, end: int) -> bool:
    """Nothing but an apposition after a frame's speaker, to the sentence end."""
    rest = text[pos:end]
    if not re.search(r"\w", rest) or _TRAILING_APPOSITION.match(rest):
        return True
    # "..., the agency said on Friday." / "... in a statement."
    adjunct = _ADJUNCT.match(rest)
    after = adjunct.end() if adjunct is not None else 0
    if _TRAILING_CLAUSE.match(rest, after):
        return True  # "..., lawmakers said Friday, as they ...", "..., he said, adding that"
    return adjunct is not None and (
        not re.search(r"\w", rest[adjunct.end() :])
        or bool(_TRAILING_APPOSITION.match(rest, adjunct.end()))
    )


_COMMA = re.compile(",")
_COMMA_LEAD_DE = re.compile(r"\s*,\s*(?:dass\s+)?")
_DASH_AFTER = re.compile(r"[\s\xa0]*(?:[\u2015\u2014\u2013]|--)")
# What may follow a source's head to the sentence end: "from Poynter", "by the agency
# citing industry sources", "released on Monday".
_SOURCE_TAIL = re.compile(
    r"(?:\s+(?:from|by|of|at|for|on|in|with|citing|released|published|obtained|compiled|"
    r"conducted)\b[^,;:.!?]{1,80}?)+(?=[\s\xa0]*[.!?]?[\s\xa0]*$)"
)
_ADJUNCT = re.compile(
    r"(?:\s+(?:(?:on|in|at|during|via|through|last|this|late|earlier|early)\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?[\w\-]+(?:\s+(?:interview|statement|post|"
    r"email|call|conference|release|briefing|night|week|month|year|morning|afternoon|evening)s?)?"
    r"|" + WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|earlier|later|afterwards|recently"
    r"|(?:with|to)\s+(?:(?:the|a|an)\s+)?(?:reporters|journalists|[A-Z][\w\-.&\u2019']*"
    r"(?:\s+[A-Z][\w\-.&\u2019']*){0,4})"
    r"|with\s+an?\s+(?:smile|laugh|shrug|sigh|grin|chuckle|nod)))+"
)  # ("in an interview with the Herald", "to reporters", "with a smile")
_TRAILING_CLAUSE = re.compile(
    r"\s*,\s*(?:as|while|after|when|before|because|even|despite|though|although|amid|"
    r"and\s+the\s|"
    r"adding|saying|citing|noting|calling|arguing|insisting|warning|explaining|referring|"
    r"(?!during\b|according\b)[a-z]{3,}ing)\b"
)
_TRAILING_APPOSITION = re.compile(
    r"\s*,\s*(?:a|an|the|who|whose|which|his|her|their|its|one|another|[A-Z]"
    r"|(?:der|die|das|dem|den|deren|dessen)\s+[a-zäöüß])[^;:]*$"
)  # (German: "..., sagte Gaby Allendorf, die als Sprecherin ...")


def _preposed(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """``According to X, ...`` / ``Laut X ...`` / ``X zufolge ...`` at the sentence start."""
    m = lex.preposed.match(text, s + len(text[s:e]) - len(text[s:e].lstrip()), e)
    if m:
        np = np_after(lex, text, m.end(), min(e, m.end() + 120))
        if np is not None:
            rest = text[np[1] : e]
            lead = re.match(r"\s*,\s*", rest)
            if lead is None and lex.code == "en":
                return None
            start = np[1] + (lead.end() if lead else len(rest) - len(rest.lstrip()))
            return Attribution(np, (m.start(), m.end())), start, e
    if lex.postposed is not None:
        post = lex.postposed.search(text, s, min(e, s + 80))
        if post is not None:
            np = np_before(lex, text, s, post.start())
            if np is not None and np[0] - s < 3:
                return Attribution(np, (post.start(), post.end())), post.end(), e
    return None


_preposed_seen: tuple[str, str, list[re.Match[str]], list[int]] | None = None


def _preposed_in(lex: Lexicon, text: str, s: int, e: int) -> list[re.Match[str]]:
    """The preposition frames ("according to") in ``[s, e)``: one search per text."""
    global _preposed_seen
    seen = _preposed_seen
    if seen is None or seen[0] is not text or seen[1] != lex.code:
        found = list(lex.preposed.finditer(text))
        seen = (text, lex.code, found, [m.start() for m in found])
        _preposed_seen = seen
    lo = bisect.bisect_left(seen[3], s)
    hi = bisect.bisect_left(seen[3], e, lo)
    return [m for m in seen[2][lo:hi] if m.end() <= e]


def _according(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """``CONTENT, according to federal statistics.`` / ``According to a new report by X,
    CONTENT`` / ``CONTENT, according to X, more than ...``: the source is the phrase after
    the preposition up to the next comma, whatever its head (a report, data, figures); not
    a manner ("according to plan", "sorted according to size")."""
    if lex.code != "en":
        return None
    for m in _preposed_in(lex, text, s, e):
        phrase = _SOURCE_PHRASE.match(text, m.end(), e)
        if phrase is None:
            continue
        src = (phrase.start(1), phrase.end(1))
        words = re.findall(r"[\w\u2019'\-]+", text[src[0] : src[1]].lower())
        if not words or len(words) > 16 or words[-1] in _MANNER or words[0] in _MANNER:
            continue
        noun = words[: words.index("who")] if "who" in words[1:] else words
        if any(w in _FINITE for w in noun) or words[0] in lex.clause_openers:
            continue  # (a finite verb only in a relative clause: "an aide who was ...")
        cue = (m.start(), m.end())
        head = text[s : m.start()]
        after = _OPENER_THEN_SOURCE.match(head)
        if after is not None and text[src[1] : e].lstrip().startswith(","):
            # "In addition, according to the department, nearly nine million ...": after
            # a short opener the content follows the source
            start = text.index(",", src[1]) + 1
            if len(re.findall(r"\w+", text[start:e])) >= 4:
                return Attribution(src, cue), start, e
        if not head.strip():  # at the sentence start: the content follows the comma
            if not text[src[1] : e].lstrip().startswith(","):
                continue
            start = text.index(",", src[1]) + 1
            if len(re.findall(r"\w+", text[start:e])) < 4:
                continue
            return Attribution(src, cue), start, e
        comma = re.search(r"[,\u2014\u2013]\s*$", head)
        if comma is None:
            continue
        aside = _ASIDE.match(head, 0, comma.start())
        first = s + (aside.end() if aside else 0)
        if len(re.findall(r"\w+", text[first : s + comma.start()])) < 4:
            continue
        return Attribution(src, cue), first, s + comma.start()
    return None


# The phrase after "according to", up to a comma, a dash or the sentence end.
_SOURCE_PHRASE = re.compile(
    r"\s+([^,;:.!?\u2014\u2013\s][^,;:!?\u2014\u2013]*?)\s*(?=[,;:.!?\u2014\u2013]|\s-+\s|$)"
)
# A short opener before "according to X,": a connective or a phrase of time.
_OPENER_THEN_SOURCE = re.compile(
    r"\W*(?:(?:But|And|Yet|So|Still|However|Meanwhile|Moreover|Also|Now|Instead|Indeed|"
    r"Overall|Today|Yesterday|In\s+addition|In\s+all|In\s+total|In\s+fact|At\s+the\s+same\s+time|"
    r"(?:Since|In|By|As\s+of|Until)\s+(?:last\s+|early\s+|late\s+)?[A-Z0-9]\w*(?:\s+\d+)?)"
    r"\s*,?\s*)+$"
)
# A dash that opens an aside: "Given that history - the paper counted ..., according to".
_ASIDE = re.compile(r".*(?:\s-+\s|[\u2014\u2013]|\s--\s)")
_MANNER = frozenset(
    """
    plan plans schedule script rule rules size age type taste need needs custom tradition
    instructions instruction form protocol design order rank priority merit merits
    """.split()  # noqa: SIM905
)


def _verb_frame(
    lex: Lexicon, text: str, s: int, e: int, cue: re.Match[str]
) -> tuple[Attribution, int, int] | None:
    word = cue.group(0).lower()
    if lex.code == "en" and _NOUN_SUBJECT.match(text, cue.end(), e):
        return None  # "The harbor plan was approved": the cue word is a noun, the subject
    before = tokens(lex, text, s, cue.start())
    if [t[2].lower() for t in before[-2:]] == ["according", "to"]:
        return None  # "according to plan": a noun after the preposition
    if lex.code == "en" and word in _PUT_OUT and _FINDING_LATER.match(text, cue.end(), e):
        return None  # "a poll released last week showed ...": the poll's finding, not a release
    if lex.code == "en" and PREPOSITION_FRAME.search(word):
        return _preposition_frame(lex, text, s, e, cue, before)
    if lex.code == "en" and _no_report(text, s, e, cue, before):
        return None
    while len(before) > 1 and re.fullmatch(
        r"[a-z]+ly|first|finally|also|then|later|once|now", before[-1][2]
    ):
        before = before[:-1]  # "is largely viewed"
    if before and before[-1][2].lower() in _PASSIVE_AUX and not word.endswith("ing"):
        # "X is believed to ...", "the tool was found": X is what is spoken of; with a
        # "by" agent the agent reports it ("The plan was criticized by the union").
        return _by_agent(lex, text, s, e, cue, before)
    if before and before[-1][2] == "," and word in lex.frame_only:
        return None  # "The bill, called ...": a name given, not speech
    if (
        word in _EVIDENTIAL
        and before
        and before[-1][2] == ","
        and _PASSIVE_MAIN.search(text, s, before[-1][0])
    ):
        return None  # "Similar issues were reported ..., suggesting ...": no one suggests
    if (
        word.endswith("ed")
        and before
        and before[-1][2].lower() in (",", "then", "and", "later", "also")
        and re.match(r"\s+(?:as|by)\b", text[cue.end() : e])
    ):
        return None  # "..., then recommended as a key technology by the panel": a passive
    np = cue_source(lex, text, s, cue)
    np = brought_to_speak(lex, text, s, cue.start()) or np
    if np is not None and lex.code == "en":
        put_out = _PUT_OUT_END.search(text[np[0] : np[1]])
        if put_out is not None and put_out.start() > 0:
            np = (np[0], np[0] + put_out.start())  # "A poll from X released (Monday) found"
    if lex.code == "de":
        np = settled_subject_de(lex, text, s, cue.start(), np)
    verb_that = word in lex.frame_only and re.match(r"\s+that\s", text[cue.end() : e])
    if np is None and word in lex.frame_only and not verb_that:
        near = np_before(lex, text, s, cue.start())
        opener = tokens(lex, text, s, near[0])[-1:] if near is not None else []
        if near is not None and opener and opener[0][2].lower() in _NEW_CLAUSE:
            np = near  # "..., but analysts agreed ...": the clause's own subject
    if np is None and (word in ("asked", "asks") or verb_that):
        # a cue only beside a quote elsewhere: "asked whether", "Trump claims that ..."
        prev = before[-1][2].lower() if before else ""
        if prev in lex.determiners or prev in _POSSESSIVES or prev.endswith(("'s", "\u2019s")):
            return None  # "the claims that": a noun
        np = np_before(lex, text, s, cue.start())
        if np is None:
            return None
    if np is None and lex.code == "de":
        np = np_after(lex, text, cue.end(), min(e, cue.end() + 80))  # Am Montag sagte X, ...
        verb = re.match(r"\w+", cue.group(0))
        if np is None and verb is not None and " " in cue.group(0):
            # "Am Abend gab er jedoch bekannt, ...": the subject inside the verb's frame
            np = np_after(lex, text, cue.start() + verb.end(), cue.end())
            if np is not None and text[np[0] : np[1]].lower() in lex.impersonal:
                np = None
            lead = _COMMA_LEAD_DE.match(text, cue.end(), e)
            if np is not None and lead is not None:
                return Attribution(np, (cue.start(), cue.end())), lead.end(), e
            np = None
        if np is not None:
            rest = cue.end() + (np[1] - cue.end())
            comma = re.match(r"[^,.;]{0,60}?,\s*(?:dass\s+)?", text[rest:e])
            if comma is None:
                return None
            return Attribution(np, (cue.start(), cue.end())), rest + comma.end(), e
    if np is None and word not in lex.noun_cues:
        np = subject(lex, text, s, cue.start())  # "The group, formed in May, endorsed ..."
        if np is not None and word in _NAMING and not _ADJACENT.fullmatch(text, np[1], cue.start()):
            np = None  # "a molecule called succinate": a name given, no one calling it
        participle = bool(before) and before[-1][2] == "," and word.endswith("ing")
        if np is not None and lex.code == "en" and not participle:
            # (", saying that ...": the main clause's subject, however far)
            gap = re.sub(r",[^,]*,", " ", text[np[1] : cue.start()]).lower()
            if _VERB_IN_GAP.search(gap) and not _AUX_GAP.fullmatch(gap):
                np = None  # "The lessons learned ... will be critical ..., which intends"
            elif _CLAUSE_IN_GAP.match(gap):
                # "Morale has suffered, employees complain of ...": the clause before the
                # comma is the writer's; the cue's subject is the phrase after it
                near = np_before(lex, text, s, cue.start())
                last_comma = text.rfind(",", np[1], cue.start())
                np = near if near is not None and near[0] > last_comma else None

    if np is not None and lex.code == "en":
        charged = _CHARGED_PHRASE.match(text, s, np[0])
        if charged is not None:  # "The woman accused of driving onto a sidewalk told ..."
            np = (charged.start(1), charged.end(1))
    unnamed = np is None and _QUANTIFIER.fullmatch(text, s, cue.start()) is not None
    if unnamed:  # "Some believe ...", "Many say ...": people, unnamed
        np = (s, cue.start())
    if np is None or np[0] - s > 120:
        return None
    ahead = tokens(lex, text, s, np[0])
    authored = authored_start(lex, text, s, np) if lex.code == "en" else None
    if authored is not None:
        np = (authored, np[1])  # "A study by Jo Roe found ...": the study and its author
    elif (
        ahead
        and ahead[-1][2].lower() in _PREPOSITIONS
        and lex.code == "en"
        and not RELATIVE_WHO.match(text, np[1], cue.start())  # "from the president, who said"
    ):
        # "In a statement released Monday", "A study that appeared in the journal found":
        # the object of a preposition is no source; the clause's subject may be
        np = subject(lex, text, s, cue.start())
        if np is None or tokens(lex, text, s, np[0]):
            return None
    if authored is None and lex.code == "en":
        np = with_author(lex, text, np, cue.start())  # "A study by Jo Roe, an economist,"
    rest = cue.end()
    if lex.code == "de":
        comma = re.match(r"[^,.;:]{0,60}?[,:]\s*(?:dass\s+)?", text[rest:e])
        if comma is None:
            return None
        return Attribution(np, (cue.start(), cue.end())), rest + comma.end(), e
    if word.split()[0] in OBJECT_VERBS:
        obj = OBJECT_PHRASE.match(text, rest, e) if " " not in word else _TIME.match(text, rest, e)
        if obj:
            rest = obj.end()
    that = that_after(text, rest, e)
    if that and "that" in that.group(0).split()[:-1]:
        that = None
    if that and word.split()[0] in lex.clause_only and not _TIME_THAT.fullmatch(that.group(0)):
        that = None  # "finds programs that seem ...": a relative clause, not what was found
    if that and rest == cue.end() and _CLAUSE_BEFORE_THAT.match(that.group(0)):
        that = None  # "said they felt dejected that ...": the clause is what was said
    if that and _DEMONSTRATIVE_THAT.match(that.group(0)):
        that = None  # "said the figures could change that": the reported clause's object
    start = that.end() if that else rest
    if that is None and lex.code == "en":
        start = after_time(text, start, e)
    if that is None and (
        _ADVERBIAL_CLAUSE.match(text, start, e)
        or (
            " " not in word
            and word not in _SPOKE  # "spoke at length about ...": a topic
            and not lex.cue.is_cue_word(word)
            and _PHRASE_AFTER.match(text, start, e)
        )
    ):
        # "hinted at a link", "feel like ...", "the reports, before the public wonders":
        # a phrase or a clause of time or reason, no reported clause
        return None
    lead = THAT_LEAD.match(text, start, e)
    start = lead.end() if lead else start
    if _WRITERS_TURN.match(text, start, e):
        return None  # "larger than the figure X cited, but it is ...": the writer's clause
    if (
        that is None
        and (word.split()[0] in lex.clause_only or word in _WITH_OBJECT)
        and not _document(lex, text[np[0] : np[1]])
        and not (" by " in text[np[0] : np[1]] and document_phrase(lex, text[np[0] : np[1]]))
        and not _reported_clause(lex, text, start, e, word, plan_made_known(before))
        and not _parenthetical(text, s, np[0], cue.end(), start)  # "X, he found, Y"
        and not (word in _JUDGING and _JUDGED.match(text, start, e))
        and not (word in ("asked", "asks") and text[max(s, start - 4) : start].strip() == "to")
    ):
        return None  # "NASA released satellite images": an object, not reported words
    return Attribution(None if unnamed else np, (cue.start(), cue.end())), start, e


_THINK_TANK = re.compile(r"[\s-]+tanks?\b", re.IGNORECASE)
# A negated verb: "has not outlined", "hasn't yet said", "never publicly claimed".
_NEGATED = re.compile(
    r"(?:\bnot|\bnever|n[\u2019']t)(?:\s+(?:yet|publicly|explicitly|specifically|formally|"
    r"fully|directly|been|ever|once|even))*\s+$",
    re.IGNORECASE,
)
_DECLINED_THING = re.compile(r"\s+(?:an?|the|his|her|its|their|any|all|several|two|three)\b")
# After an intention noun, "that" and a subject: the content of a hope or a fear.
_NOUN_CLAUSE = re.compile(
    r"\s+that\s+(?!(?:would|will|could|can|should|may|might|must|is|was|has|had|have|"
    r"are|were|does|did)\b)\w",
    re.IGNORECASE,
)
_ANNOUNCING = frozenset(
    """unveiled unveils announced announces proposed proposes outlined outlines released
    releases presented presents introduced introduces detailed details offered offers""".split()  # noqa: SIM905
)
# "denied (them) entry", "denying flu vaccines to ...", "denied the request": a thing
# withheld or turned down, not a claim denied.
_WITHHELD = re.compile(
    r"\s+(?:(?:him|her|them|us|me|the|a|an|any|his|her|their|its)\s+)?(?:[a-z]+\s+)?"
    r"(?:access|entry|visas?|vaccines?|vaccinations?|bail|permission|permits?|benefits|services"
    r"|care|treatment|coverage|funding|requests?|applications?|appeals?|petitions?|a\s+hearing)\b"
)
# "admitted to (the) hospital", "admitted to the United States": let in, not speech.
_ADMITTED_TO = re.compile(r"\s+to\s+(?:the\s+)?([A-Za-z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_ADMITTING = frozenset(
    """hospital country program programme school university college bar facility camp
    clinic ward unit center centre academy club party union hall""".split()  # noqa: SIM905
)
_NOUN_LEAD = frozenset("a an the his her its their our this that every any no".split())  # noqa: SIM905


def _not_reported(lex: Lexicon, text: str, s: int, cue: re.Match[str]) -> bool:
    """A cue that reports nothing said: negated ("she has not outlined a plan"), a
    refusal of a thing ("Gore declined an interview request"), or an intention word used
    as a noun ("a plan to overhaul taxes", "the hope that ...")."""
    word = cue.group(0).lower()
    if _NEGATED.search(text, max(s, cue.start() - 40), cue.start()):
        return True
    if word in ("declined", "declines", "decline") and _DECLINED_THING.match(text, cue.end()):
        return True
    if word in ("denied", "denies", "deny", "denying") and _WITHHELD.match(text, cue.end()):
        return True  # "is denying flu vaccines to immigrants": a thing withheld, not words
    if word in ("admitted", "admits", "admit"):
        place = _ADMITTED_TO.match(text, cue.end())
        if place is not None and (
            place.group(1).lower() in PLACES or place.group(1).lower() in _ADMITTING
        ):
            return True  # "refugees admitted to the United States", "admitted to hospital"
    if word.endswith("ing"):
        prior = re.findall(r"\w+", text[max(s, cue.start() - 20) : cue.start()])[-1:]
        if prior and prior[0].lower() in _BEFORE_AN_ADJECTIVE:
            return True  # "a promising start", "the most promising": an adjective
    if word in lex.intention:
        window = max(s, cue.start() - 40)
        before = list(re.finditer(r"\w+", text[window : cue.start()]))[-2:]
        low = [w.group().lower() for w in before]
        # "unveiled a plan to ...": told (but not "has not outlined a plan to ...")
        verb = window + before[0].start() if before else cue.start()
        announced = (
            len(low) == 2
            and low[0] in _ANNOUNCING
            and not _NEGATED.search(text, max(s, verb - 40), verb)
        )
        noun = bool(low) and low[-1] in _NOUN_LEAD and not announced
        # (but "the hope that the council will fall": a belief and what it holds)
        return noun and _NOUN_CLAUSE.match(text, cue.end()) is None
    return False


def _parenthetical(text: str, s: int, np_start: int, cue_end: int, start: int) -> bool:
    """``These cells, she found, release ...``: the frame set off by commas inside the
    reported clause, which goes on after it (not ``a slow feel, and they ...``)."""
    return (
        text[cue_end:start].lstrip().startswith(",")
        and text[s:np_start].rstrip().endswith(",")
        and re.match(r"[\s,]*(?:and|but|or|so|yet)\b", text[cue_end:start]) is None
    )


# Verbs of speech that also take a thing as their object ("claimed victory", "claims
# credit"): speech only with a clause after them.
_WITH_OBJECT = frozenset(["claim", "claims", "claimed"])
_ADVERBIAL_CLAUSE = re.compile(
    r"\s*(?:,\s*(?:before|after|since|until|when|while)|because|although|though|unless)\s+"
    r"(?:the|a|an|he|she|they|it|we|i|you|his|her|their|its)\s"
)
_PHRASE_AFTER = re.compile(
    r"\s*(?:at|into|for|with|like|from|by|upon|against|through|over|under|in|on)\s+"
    r"(?!" + WEEKDAY + r"|" + MONTHS + r"|\d)"
)


# Verbs of judgement whose object is judged "as" or "for" something: "attacked her
# opponent as a fraud", "questioned Lee for not ...". Not "attacked the town for a week".
_JUDGING = frozenset(
    "attack attacks attacked question questions questioned reject rejects rejected".split()  # noqa: SIM905
)
_JUDGED = re.compile(
    r"[^,;:.!?]{1,60}?\s(?:as\s+(?:a|an|the|being|\u201c|\")"
    r"|for\s+(?:his|her|their|its|being|not|\w+ing\b))"
)


def _preposition_frame(
    lex: Lexicon,
    text: str,
    s: int,
    e: int,
    cue: re.Match[str],
    before: list[tuple[int, int, str]],
) -> tuple[Attribution, int, int] | None:
    """``X called for CONTENT`` / ``X called on Y to ...`` / ``X pointed to CONTENT as ...``:
    a speaker's verb and preposition, the object what was said or asked for. Not a noun
    ("his calls for reform"), a passive, a thing ("the recipe calls for eggs"), a gesture
    ("pointed to the door") or a turn ("the teacher called on a student")."""
    word = cue.group(0).lower()
    prev = before[-1][2].lower() if before else ""
    passive = prev in _PASSIVE_AUX and not word.split()[0].endswith("ing")
    if prev in lex.determiners or passive or prev.endswith(("'s", "\u2019s")):
        return None
    if any(t[2].lower() in _SUPPOSING for t in before[-3:]):
        return None  # "might call for", "if they pushed for"
    rest = text[cue.end() : e]
    if word.endswith(" on") and not _INFINITIVE_AFTER.match(rest):
        return None
    if word.split()[0].startswith("point") and not _POINTED_AT_CONTENT.search(rest[:160]):
        return None
    np = cue_source(lex, text, s, cue)
    if np is None:
        np = subject(lex, text, s, cue.start())
        if np is not None:
            gap = re.sub(r",[^,]*,", " ", text[np[1] : cue.start()]).lower()
            if _VERB_IN_GAP.search(gap) and not _AUX_GAP.fullmatch(gap):
                np = None
    if np is None or np[0] - s > 120 or not can_speak(lex, text[np[0] : np[1]]):
        return None
    ahead = tokens(lex, text, s, np[0])
    if ahead and ahead[-1][2].lower() in _PREPOSITIONS:
        return None
    lead = THAT_LEAD.match(text, cue.end(), e)
    start = lead.end() if lead else cue.end()
    if len(re.findall(r"\w+", text[start:e])) < 2:
        return None
    return Attribution(np, (cue.start(), cue.end())), start, e


# Cues of a verb and a preposition ("called for", "pointed to", "railed against").
PREPOSITION_FRAME = re.compile(
    r"^(?:call|point|talk|brag|advoca|push|press|lobb|rail|spoke|speak|rais|voic)\w*"
    r" .*(?:for|on|to|about|against|over)$"
)
# "called on lawmakers to act": a request, not a turn given ("called on a student").
_INFINITIVE_AFTER = re.compile(r"\s+[^,.;:!?]{1,80}?\bto\s+(?!the\b|a\b|an\b)[a-z]+")
# What one points to as an argument: "... as the reason", a record, a finding, an abstract
# noun; not a thing in the room ("pointed to the door").
_POINTED_AT_CONTENT = re.compile(
    r"^[^.;:!?]*?(?:\bas\b|\bthat\b|\bshowing\b|\w(?:tion|sion|ment|ity|ness|ance|ence|ism|ure|"
    r"cy|ies|ics)s?\b|\b(?:record|records|polls?|data|figures|numbers|evidence|reports?|stud(?:y|ies)|"
    r"surveys?|success|failures?|examples?|history|comments|remarks|statements?|decisions?|"
    r"facts?|rise|fall|drop|increase|decline|growth|cost|costs|gains?|losses|need|risk|"
    r"threat|deficit|debt)\b)"
)


# Participles that draw a conclusion from what the main clause says; after a passive main
# clause nobody is their subject.
_EVIDENTIAL = frozenset("suggesting indicating signaling signalling".split())  # noqa: SIM905
_PASSIVE_MAIN = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE
)


def _by_agent(
    lex: Lexicon, text: str, s: int, e: int, cue: re.Match[str], before: list[tuple[int, int, str]]
) -> tuple[Attribution, int, int] | None:
    """``CONTENT was reported by X``: the subject is the content, the agent its source."""
    if lex.code != "en" or cue.group(0).lower() in lex.frame_only:
        return None
    by = re.match(r"\s+(?:\w+ly\s+)?by\s+", text[cue.end() : e])
    if by is None:
        return None
    np = np_after(lex, text, cue.end() + by.end(), min(e, cue.end() + by.end() + 80))
    if np is None:
        return None
    first = next((i for i, t in enumerate(before) if t[2].lower() in _PASSIVE_AUX), None)
    i = first if first is not None else len(before) - 1
    while i > 0 and before[i - 1][2].lower() in ("has", "have", "had"):
        i -= 1
    if i > 0 and before[i - 1][2].lower() in _MODALS:
        return None  # "the deal must be approved by members": nothing said yet
    if i == 0 or re.search(r"\bthat\b", text[s : before[i][0]]):
        return None  # ("Lee's claim that ... was rejected by": the claim is reported)
    content = text[s : before[i][0]]
    if re.search(r"\byou\b|\byou[\u2019']", content, re.IGNORECASE):
        return None  # "In your adventures, you'll be attacked by ...": no reported content
    return Attribution(np, (cue.start(), cue.end())), s, before[i][0]


_MODALS = frozenset("will would may might must can could should shall".split())  # noqa: SIM905
# Words that show a finite verb: a clause, not a noun phrase.
_FINITE = frozenset(
    """
    is are was were am be been has have had will would can could should may might must shall
    do does did isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't
    shouldn't doesn't don't didn't
    """.split()  # noqa: SIM905
)
_NAMING = frozenset(
    """
    call calls called dub dubs dubbed label labels labeled labelled brand brands branded
    """.split()  # noqa: SIM905
)
_ADJACENT = re.compile(r"\s*(?:(?:has|have|had|also|then|once|\w+ly)\s+)*")
_VERB_IN_GAP = re.compile(
    r"\b(?:which|who|will|would|is|are|was|were|can|could|should|must|means|may|might)\b"
)
# Participles that put a document out ("a poll released last week").
_PUT_OUT = frozenset("released published issued conducted".split())  # noqa: SIM905
_PUT_OUT_END = re.compile(r"\s+(?:" + "|".join(sorted(_PUT_OUT)) + r")$")
# After such a participle, a time or its maker and then the document's own verb of
# finding: the participle only qualifies the document ("..., released Monday by the
# institute, showed ...").
_FINDING_LATER = re.compile(
    r"\s*,?\s*(?:on|last|this|earlier|late|early|in|by|today|yesterday|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b[^.;:\"\u201c\u201d]{0,100}?"
    r"\b(?:showed|shows|found|finds|suggests|suggested|indicates|indicated|revealed|reveals)\b",
    re.IGNORECASE,
)
# A finished clause between a subject and the cue: its verb, then a comma ("has suffered,").
_CLAUSE_IN_GAP = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:has|have|had)\s+[a-z]+ed\s*,\s*(?:(?:and|but)\s+)?[a-z]"
)
_AUX_GAP = re.compile(
    r"\s*(?:(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|"
    r"might|must|do|does|did|not|also|still|now|then|\w+ly)\s+)*"
)
_PERCEPTION = frozenset(
    """
    remember remembers remembered recall recalls recalled see sees saw show shows showed
    """.split()  # noqa: SIM905
)
_CONTRACTED = re.compile(r"(?:it|he|she|that|there|what|who|here|they|we|you|i)'(?:s|re|ll|ve|d|m)")
_WH = frozenset(["whether", "if", "how", "why", "what", "when", "where", "who", "which"])
_PREPOSITIONS = frozenset(
    ["in", "on", "at", "by", "for", "with", "from", "of", "to", "into", "about", "after"]
)
_STARTS_PHRASE = frozenset(
    """
    by from to in on at for with of into as up down out off over back away since until during
    after before because despite although though while unless
    """.split()  # noqa: SIM905
)
# "found on Tuesday that", "showed last week that": a time before the reported clause.
_FRAME_THAT = re.compile(r"\s+(?:(?:[\w\u2019'.-]+\s+){0,6}?that\b|:)")
# "the company that owns": a noun and its relative clause, no "that" of a reported clause
# (a determiner first, a verb right after "that")
_NOUN_LEAD_THAT = re.compile(r"\s+(?:the|a|an|this|these|those|his|her|its|their)\s", re.I)
_VERB_AFTER_THAT = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|\w+ed|"
    r"\w+s\s+(?:the|a|an|his|her|its|their|our|them|him|it|us|to|on|in|for|up|out))\b",
    re.IGNORECASE,
)


def that_after(text: str, rest: int, end: int) -> re.Match[str] | None:
    """The words from a verb of saying (ending at ``rest``) to the "that" or colon that
    opens its reported clause: a few words, or adjuncts of time, place or occasion ("said
    last week at a meeting of the board that"); None for a relative "that" ("said the
    company that owns ...")."""
    that = _FRAME_THAT.match(text, rest, end)
    if (
        that is not None
        and _NOUN_LEAD_THAT.match(that.group(0))
        and _VERB_AFTER_THAT.match(text, that.end(), end)
    ):
        return None
    return that or _ADJUNCTS_THAT.match(text, rest, end)


def after_time(text: str, start: int, end: int) -> int:
    """Past a time right after a verb of saying ("said Thursday the ferry ...": when it
    was said, not what)."""
    when = _LEAD_TIME.match(text, start, end)
    return when.end() if when is not None else start


# Adjuncts of time, place or occasion between a verb of saying and its "that".
_ADJUNCTS_THAT = re.compile(
    r"\s+(?:last|this|earlier|late|on|in|at|during|before|after|with|via|from|"
    + WEEKDAY
    + r"|yesterday|today)\b"
    r"(?:(?!\b(?:that|and|or|to)\b)[^,;:.!?\"\u201c\u201d\u2018\u2019\n]){0,80}?\s+that\b",
    re.IGNORECASE,
)
# A time right after a verb of saying, before the reported clause.
_LEAD_TIME = re.compile(
    r"\s+(?:(?:on\s+)?" + WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|"
    r"(?:last|this|earlier\s+this|late\s+last|early\s+this)\s+(?:week|weekend|month|year|"
    r"morning|afternoon|evening|night))"
    r"(?=,?\s+(?:the|a|an|he|she|it|they|we|i|his|her|its|their|there|this|these|those|"
    r"[A-Z])\b)"
)
_TIME_THAT = re.compile(
    r"\s+(?:(?:on|in|at|last|this|next|earlier|later|also|previously|recently|now|then|"
    r"just|only|a|few|several|some|two|three|four|five|ago|weeks|months|years|days|decades|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|today|"
    r"yesterday|[\d,]+|(?:in|on|via)\s+(?:a|an|the|his|her|its|their)\s+(?:statement|"
    r"interview|letter|tweet|post|release|filing|email|speech))\s+){0,6}that",
    re.IGNORECASE,
)


# Words ending in -s that are no present-tense verb ("added a goal as the Bruins ...").
_NO_VERB_S = frozenset(
    """
    as its this us thus plus his hers ours yours theirs whereas perhaps always unless besides
    towards afterwards news series species
    """.split()  # noqa: SIM905
)
# Words that open the writer's own clause: what follows is no reported content.
# A subject and its verb between a cue and "that": "said they felt sure that ...".
_CLAUSE_BEFORE_THAT = re.compile(
    r"\s+(?:he|she|they|we|i|it|you)\s+(?:\w+\s+){0,4}?that\b", re.IGNORECASE
)
# "that" after a modal or an auxiliary of the reported clause is its object, not the
# conjunction that opens it ("said rates would change that").
_DEMONSTRATIVE_THAT = re.compile(
    r"\s+(?:\S+\s+)*?(?:could|would|will|can|should|may|might|must|did|does|do|is|are|was|"
    r"were|has|have|had)\s+(?:\S+\s+){0,2}that$"
)  # (lower case: "said in May that" holds the month, no modal)
_NEW_CLAUSE = frozenset(["but", "and", "though", "although", "while", ",", ";"])
_POSSESSIVES = frozenset(["his", "her", "their", "its", "our", "my", "your"])
_QUANTIFIER = re.compile(
    r"\s*(?:(?:However|But|And|Yet|Still|Meanwhile),?\s+)?"
    r"(?:Some|Many|Most|Few|Several|Others"
    r"|(?:[Oo]nly\s+|[Aa]bout\s+|[Nn]early\s+|[Aa]lmost\s+)?\d[\d.,]*\s*(?:percent|per cent|%)"
    r"(?:\s+of\s+[\w\u2019'\- ]{1,40}?)?)"  # "63 percent of voters said": poll respondents
    r"\s+(?:also\s+)?"
)
_WRITERS_TURN = re.compile(r"(?:but|yet|although|though|however)\b", re.IGNORECASE)


def _no_report(
    text: str, s: int, e: int, cue: re.Match[str], before: list[tuple[int, int, str]]
) -> bool:
    """An English cue word that reports nothing here: a refusal ("declined to comment"),
    a number ("declined 0.3%"), a place or time after it ("testified before Congress"),
    a noun or an adjective ("abandoned plans for", "his alleged role"), a doubt or a
    supposition ("might argue", "would have claimed", "if they believed", "don't know"),
    or evidence shown ("the footage shows")."""
    word = cue.group(0).lower()
    after = text[cue.end() : min(e, cue.end() + 40)]
    if word in _REFUSALS and re.match(r"\s+(?:to\b|[\d$\u20ac\u00a3])", after):
        return True
    means = bool(before) and before[-1][2].lower() in _MEANS
    if means and word == "adding" and not re.match(r"\s*(?:that\b|[,:\"\u201c])", after):
        return True  # "eliminates that by adding a small clock": a means, not speech
    if re.match(r"\s+about\b[^.;!?]*:\s*$", text[cue.end() : e]):
        return True  # "what PFF said about his performance:": the words follow elsewhere
    if _PLACE_AFTER.match(after) and not re.search(r"\bthat\b", text[cue.end() : cue.end() + 80]):
        return True
    if word in _SPOKE and not _SPOKE_OF.match(after):
        return True  # "spoke in a cottage", "spoke for five minutes": no words reported
    prev = [t[2].lower() for t in before[-3:]]
    noun = bool(prev) and (prev[-1] in _NOUN_MARKERS or prev[-1].endswith(("\u2019s", "'s")))
    if noun and word in _NOUN_OR_ADJECTIVE and not re.match(r"\s+(?:that|to)\b", after):
        return True  # "abandoned plans for an IPO", "his alleged role"
    modified = len(before) >= 2 and before[-2][2].lower() in _NOUN_MARKERS
    if (
        modified
        and word in _NOUN_OR_ADJECTIVE
        and before[-1][2].isalpha()
        and before[-1][2].islower()
        and re.match(r"\s+\w+ing\b", after)
    ):
        return True  # "a ransom note demanding ...": a noun and its participle
    if word in _WISHING:
        return True  # "many businesses want ...": a wish, not speech
    if _NOT_SPEECH_AFTER.match(after) and word.split()[0] in _PHRASAL_OTHER:
        return True  # "called off the talks", "went on to explain ...": another verb
    if word in _CHARGED and re.match(r"\s+of\b", after):
        return True  # "A man accused of killing a deputy": a passive participle, no one speaks
    if _REFLEXIVE_AGAINST.match(after):
        return True  # "defended himself against accusations": what it was about, not what
    if prev and prev[-1] == "(":
        return True  # "(think of the 1976 race)": the writer's aside to the reader
    if prev and prev[-1] in _NO_VERB_AFTER and word.endswith("ed"):
        return True  # "a majority of pledged delegates": an adjective
    if (
        word in _NOUN_OR_VERB
        and prev
        and len(prev[-1]) > 5
        and prev[-1].endswith("ing")
        and prev[-1] not in _ING_NOUNS
    ):
        return True  # "a campaign fanning fears of ...": the object of a verb, a noun
    if word.endswith(("ing", "ed")) and prev and prev[-1] in _ARTICLES:
        return True  # "its promising design", "the reported deaths": an adjective
    if word in _PLANS and not re.match(r"\s+(?:that|to)\b", after):
        return True  # "exploration plans since ...", "the plan I've developed": a noun
    opening = [t[2].lower() for t in before[:3]]
    if_clause = (
        "if" in opening[:2]
        and opening[1:3] != ["anything", ","]  # not "If anything,"
        and (opening[:2] != ["as", "if"] or "," not in [t[2] for t in before])
    )  # ("As if things were not bad enough, Deadline reports ...": the main clause reports)
    # (not the month or the surname: "In May, Lee said ...", "Ada May said ...")
    if any(t[2].lower() in _SUPPOSING and t[2] != "May" for t in before[-3:]) or if_clause:
        return True
    if word in _COGNITION and any(w in _NEGATIONS for w in prev):
        return True
    # (the subject's head noun stands near the verb or opens the sentence: "Images of
    # the scene, and the death toll, indicate that ...")
    subject = [t[2].lower() for t in before[-4:] + before[:1]]
    return word in _SHOWING and any(w in _EVIDENCE for w in subject)


_MEANS = frozenset(["by", "after", "before", "without", "while", "for"])
_REFUSALS = frozenset("declined declines decline refused refuses refuse".split())  # noqa: SIM905
_PLACE_AFTER = re.compile(
    r"\s+(?:before|at|in|on|during|under|from)\s+(?:the\s+)?(?!" + WEEKDAY + r"\b)[A-Z]"
)
_NOUN_MARKERS = frozenset(
    "a an the its his her their our my your this that these those current expected".split()  # noqa: SIM905
)
_SPOKE = frozenset("spoke speaks speak spoken talked talks".split())  # noqa: SIM905
_SPOKE_OF = re.compile(
    r"\s+(?:\w+ly\s+)?(?:on|out)\b"
    r"|[^,.;:!?]{0,50}?\b(?:of|about(?!\s+(?:\d|one|two|three|four|five|six|ten|a\s+(?:minute|hour|dozen)|an\s+hour|half)))\b"
)
_NOUN_OR_ADJECTIVE = frozenset(
    """
    plan plans hope hopes claim claims argument arguments post posts alleged expected
    reported suspected purported promise promises warning warnings note notes
    """.split()  # noqa: SIM905
)
_WISHING = frozenset("want wants wanted wanting".split())  # noqa: SIM905
_ARTICLES = frozenset("a an the its his their our my your".split())  # noqa: SIM905
_PLANS = frozenset(["plan", "plans", "hope", "hopes"])
# Verbs of saying that with a particle after them are other verbs ("called off the
# deal", "went on to win").
_PHRASAL_OTHER = frozenset("call calls called calling went goes go going".split())  # noqa: SIM905
_NOT_SPEECH_AFTER = re.compile(r"\s+(?:off|up|back|on\s+to)\b|\s+to\s+\w")
_CHARGED = frozenset("accused suspected convicted".split())  # noqa: SIM905
# A subject with a participle phrase after it: the subject is the words before it.
_CHARGED_PHRASE = re.compile(
    r"\s*((?:The|A|An|[A-Z][\w.\u2019'\-]*)(?:\s+[\w\u2019'\-]+){0,4}?)"
    r"\s+(?:" + "|".join(sorted(_CHARGED)) + r")\s+of\s"
)
_REFLEXIVE_AGAINST = re.compile(r"\s+(?:himself|herself|themselves|itself)\s+(?:against|from)\b")
# Words after which no finite verb stands: a preposition.
_NO_VERB_AFTER = frozenset("of for with about from into".split())  # noqa: SIM905
# Cue words that are also plural nouns, and -ing words that are nouns.
_NOUN_OR_VERB = frozenset(
    "fears hopes claims promises charges demands warnings worries doubts concerns".split()  # noqa: SIM905
)
_ING_NOUNS = frozenset("nothing something anything everything evening morning".split())  # noqa: SIM905
_SUPPOSING = frozenset(["might", "may", "could", "would", "if", "unless", "whether"])
_NEGATIONS = frozenset(
    "not never cannot can't don't doesn't didn't won't n't no nobody".split()  # noqa: SIM905
)
_COGNITION = frozenset(
    """
    know knows knew think thinks thought believe believes believed expect expects expected
    explain explains explained understand understands understood feel feels felt
    """.split()  # noqa: SIM905
)
_SHOWING = frozenset(
    "show shows showed shown indicate indicates indicated suggest suggests suggested".split()  # noqa: SIM905
)
_EVIDENCE = frozenset(
    """
    footage video videos image images photo photos photograph photographs picture pictures
    fact facts evidence
    """.split()  # noqa: SIM905
)


def _document(lex: Lexicon, phrase: str) -> bool:
    """A study, report, poll or average: its findings are attributions with an object too
    ("the study found 31 cases", "the average shows Clinton ahead")."""
    words = re.findall(r"[a-z]+", phrase.lower())
    return bool(words) and any(w in lex.document_nouns for w in words[-3:])


# A description headed by a word in -ing: an activity ("the borrowing", "the fighting").
_ACTIVITY = re.compile(r"(?:the|this|that)\s+(?:[a-z\-]+\s+)?[a-z]+ing", re.IGNORECASE)
# Words after which a word in -ing qualifies a noun ("a rising star", "the most promising").
_BEFORE_AN_ADJECTIVE = frozenset("a an the very most more".split())  # noqa: SIM905
_BEFORE_AN_ADJECTIVE_OR_JOIN = _BEFORE_AN_ADJECTIVE | {"but", "and", "or"}


def _reported_clause(
    lex: Lexicon, text: str, start: int, end: int, cue: str, announced: bool = False
) -> bool:
    """The words after a reporting verb are a clause (``he said the plan would fail``,
    ``she asked whether ...``), a request (``asked to ...``) or a plan made known
    (``unveiled plans to ...``); a bare object
    (``released images``, ``announced the opening``) or a phrase (``published to``,
    ``found by``: a participle) is none."""
    words = [w.lower() for w in re.findall(r"[\w\u2019'\-]+", text[start : min(end, start + 160)])]
    if not words:
        return False
    if words[0] in _WH:
        return True
    if words[0] in ("and", "or", "but"):
        return False  # "found and rescued her": a second verb of the subject
    # An intention, a decision or a wish is no speech ("NASA plans to fly", "decided to
    # wait", "wants to win"); a request is ("asked to"), and so is a plan made known
    # ("unveiled a plan to", "announced plans to").
    intends = cue in ("asked", "asks") or (announced and cue in ("plan", "plans"))
    if intends and (words[0] in ("to", "not") or (words[0] in _STARTS_PHRASE and "to" in words)):
        return True  # "asked to ...", "announced plans to ..."
    if words[0] in _STARTS_PHRASE:
        return False
    clause = re.split(r"[,;:]", text[start : min(end, start + 160)])[0]
    head = [w.replace("\u2019", "'") for w in re.findall(r"[\w\u2019'\-]+", clause.lower())[:14]]
    if not head:
        return False
    if cue in _PERCEPTION and any(
        w.endswith("ing") and head[i] not in _BEFORE_AN_ADJECTIVE_OR_JOIN
        for i, w in enumerate(head[1:4])
    ):
        return True  # "remembered Jobs rehearsing there": what was perceived
        # (not "showed an awkward but promising transition": an adjective)
    # The finite verb must come before a relative clause opens or a phrase starts with a
    # verb form: "released videos in which they appeared" and "learned the importance of
    # staying hydrated" hold no reported clause.
    end_at = clause_head_end(head)
    if end_at < len(head) - 1 and head[end_at] == "that" and DATED.search(" ".join(head[:end_at])):
        return True  # "announced Nov. 18 that it ...": a date before the reported clause
    head = head[:end_at]
    # ("in May": no modal; the written words are read only when "may" is there)
    month = "may" in head and "May" in re.findall(r"[\w\u2019'\-]+", clause)[: len(head)]
    finite = any(
        (w in _FINITE and not (w == "may" and month))
        or _CONTRACTED.fullmatch(w)
        or (i > 0 and past_verb(head, i))
        for i, w in enumerate(head)
    )
    # A present-tense verb after a subject: "he wants", "Clinton leads", "the other lacks"
    # (not "satellite images showing").
    written = re.findall(r"[\w\u2019'\-]+", text[start : min(end, start + 160)])[:4]
    return (
        finite
        or any(
            w.endswith("s")
            and not w.endswith("ss")
            and w not in _NO_VERB_S
            and "'" not in w + head[i - 1]  # "each other's policies": a possessive, no verb
            and (
                head[i - 1] in lex.pronouns
                or written[i - 1][:1].isupper()
                or (i >= 2 and head[i - 2] in lex.determiners and head[i - 2] not in NUMERALS)
            )
            for i, w in enumerate(head[1:4], start=1)
        )
    )


def _noun_frame(lex: Lexicon, text: str, s: int, e: int) -> tuple[Attribution, int, int] | None:
    """``X's claim that CONTENT was ...``: the content ends before the main verb."""
    if text.find("that", s, e) < 0:
        return None  # (most sentences: no search needed)
    for m in re.finditer(r"\b(\w+)\s+that\s", text[s:e]):
        word = m.group(1).lower()
        if word not in lex.noun_cues:
            continue
        cue = re.match(r"\w+", text[s + m.start(1) :])
        if cue is None:
            continue
        span = (s + m.start(1), s + m.end(1))
        fake = re.compile(re.escape(cue.group(0))).search(text, span[0], span[1])
        if fake is None:
            continue
        np = cue_source(lex, text, s, fake)
        if np is None:
            continue
        start = s + m.end()
        verbs = list(_MAIN_VERB.finditer(text, start, e))
        end = verbs[-1].start() if verbs else e  # the main clause's verb comes last
        return Attribution(np, span), start, end
    return None


def clause_before_quote(
    lex: Lexicon, text: str, s: int, quote_start: int
) -> tuple[Attribution, int, int] | None:
    """``While he acknowledged X, Lee noted "..."``: a report in the clauses of a sentence
    before its first quotation, up to the last clause boundary before the quote."""
    if lex.code != "en":
        return None
    cuts = list(BOUNDARY.finditer(text, s, quote_start))
    if not cuts:
        return None
    end = cuts[-1].start()
    if len(re.findall(r"\w+", text[s:end])) < 5:
        return None
    return indirect_in(lex, text, s, end)


def continues_reported_speech(lex: Lexicon, text: str, s: int, e: int) -> bool:
    """A sentence with no frame of its own that goes on reporting (Konjunktiv I)."""
    if not lex.subjunctive:
        return False
    words = {w.lower() for w in re.findall(r"\w+", text[s:e])}
    return bool(words & lex.subjunctive) and not (words & {"ich", "wir", "du"})
