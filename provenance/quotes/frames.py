"""Attribution frames: the speaker noun phrase and the cue around a quote.

Pure functions over ``Article.text`` (code points): the frames ``"...," X said``,
``X said: "..."``, ``According to X, "..."``, ``X: "..."``, a clause's subject and a
cue's source. The noun phrase right before or after a cue comes from
:mod:`provenance.quotes.np_around`. Which words are cues, pronouns and determiners
comes from the article's :class:`~provenance.quotes.lexicon.Lexicon`.
"""

from __future__ import annotations

import re

from .authored import authored_start, with_author
from .cue_words import TIME_WORDS, adds_things, noun_use, state_of_town, time_phrase
from .frames_de import after_so, cue_speaker, quoting_object, subject_de
from .lexicon import Lexicon
from .np_around import (
    AUXILIARIES,
    PAST_FORMS,
    SAYING_WORD,
    np_after,
    np_before,
    said_clause_subject,
)
from .phrase_edges import modified, owned_noun_ends
from .phrase_tokens import (
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    Attribution,
    adverb,
    sentences,
    tokens,
    trim,
    valid_speaker,
)
from .phrase_words import LEAD_DROP, NAMING_CUES, NP_STOP
from .relative_subject import relative_head
from .written_de import written_source

__all__ = [
    "CLOSED_RELATIVE",
    "ON_TOPIC",
    "RELATIVE_WHO",
    "Attribution",
    "brought_to_speak",
    "can_speak",
    "colon_speaker",
    "cue_source",
    "frame_after",
    "frame_before",
    "noun_of_speech",
    "sentences",
    "subject",
    "tokens",
    "valid_speaker",
]


# -- attribution frames -------------------------------------------------------------


_DASH_LEAD = re.compile(r"[\s\xa0]*([\u2015\u2014\u2013]|--)[\s\xa0]*")
_DASH_REST = re.compile(r"[\s\xa0.,;]*(?:$|[\"\u201c\u201d\u00ab])")
# '"..." -- Ann Wu, resident since 1970': a role set off after the name, to the line's end
_DASH_APPOSITION = re.compile(r",[ \t\xa0]+[a-z][^\n\"\u201c\u201d]{0,80}")
_PUNCT_LEAD = re.compile(r"[\s,.:;!?\u2014\u2013-]*")
_WORD_RUN = re.compile(r"\w+")


def frame_after(lex: Lexicon, text: str, start: int, end: int) -> tuple[Attribution, int] | None:
    """``," the ministry said`` / ``," said Caddell`` / ``, according to X``."""
    dash = _DASH_LEAD.match(text, start, end)
    if dash:
        np = np_after(lex, text, dash.end(), end)
        line_end = text.find("\n", dash.end(), end)
        if np is not None and (line_end == -1 or np[1] <= line_end):
            rest = text[np[1] : line_end if line_end != -1 else end]
            if _DASH_REST.match(rest) or _DASH_APPOSITION.fullmatch(rest.rstrip()):
                dash_cue = (dash.start(1), dash.end(1))
                return Attribution(np, dash_cue), np[1]
    m = _PUNCT_LEAD.match(text, start, end)
    pos = m.end() if m else start
    if pos >= end:
        return None
    so = after_so(lex, text, pos, end) if lex.code == "de" else None
    if so is not None:  # German: "...", so Vogt. / "...", so charakterisierte ihn Aubin.
        return Attribution(so[0], so[1]), so[0][1]
    window_end = min(end, pos + 120)
    cue = next(
        (c for c in lex.cue.finditer(text, pos, window_end) if not noun_use(lex, text, c)), None
    )
    if cue is None or cue.start() > pos + 60:
        cue = _unlisted_verb(lex, text, start, pos) or cue
    if cue is None:
        return None
    if cue.start() == pos or text[pos : cue.start()].strip() == "":
        if cue.group(0).lower() in _SPOKEN_TO or cue.group(0).lower().endswith("ing"):
            return None  # ", told the BBC", ", saying he ...": no speaker after the cue
        verb = _WORD_RUN.match(cue.group(0))
        if lex.code == "de" and verb is not None and verb.end() < len(cue.group(0)):
            # "..., teilte Gouverneur Aguirre mit": the speaker inside the cue's frame
            np = np_after(lex, text, cue.start() + verb.end(), cue.end())
            if np is not None and text[np[0] : np[1]].lower() not in lex.impersonal:
                return Attribution(np, (cue.start(), cue.start() + verb.end())), cue.end()
        inverted = cue.group(0).lower() != "according to"
        np = np_after(lex, text, cue.end(), end, inverted=inverted)
        if np is not None and cue.group(0).lower() == "according to":
            np = _with_tail(text, np, end)
        if np is None or _introduces_next(text, np[1], end):
            return None
        if inverted and lex.code == "en" and _VERB_AFTER_SUBJECT.match(text, np[1], end):
            return None  # '"...," said the candidate could win': a clause said, not a frame
        return Attribution(np, (cue.start(), cue.end())), np[1]
    if noun_of_speech(lex, text, pos, cue):
        return None  # '"...," playing on Lee's remarks about ...': their content follows them
    at_quote = end < len(text) and text[end] in _OPENING_MARKS
    np = cue_source(lex, text, pos, cue, end if at_quote else None, beside_quote=not at_quote)
    if np is None:
        return None
    # The phrase opens the frame, unless a possessor or a "by" agent names the source.
    special = cue.group(0).lower() in lex.noun_cues or _passive(lex, text, pos, cue)
    if np[0] != first_word(lex, text, pos) and not special:
        np = _named_before_apposition(lex, text, pos, cue.start())
        if np is None:
            return None
    if _introduces_next(text, cue.end(), end):
        return None
    return Attribution(np, (cue.start(), cue.end())), cue.end()


# A finite verb right after the phrase a verb of saying is followed by: its subject.
_VERB_AFTER_SUBJECT = re.compile(
    r"[ \t\xa0]+(?:could|would|will|can|may|might|should|must|was|were|is|are|has|had|have|"
    r"did|does)\b"
)
_SPOKEN_TO = frozenset(["told", "tells", "tell", "informed", "assured", "reminded", "urged"])
# Past verbs of acts, not of saying, after a quote ('"...," Vell proposed.' is one).
_NOT_SPEECH = frozenset("died arrived returned resigned crashed escaped".split())  # noqa: SIM905
# '"...," an angry Vell retorted.': a subject and a past verb that ends the frame.
_SUBJECT_AND_VERB = re.compile(
    r"(?:(?:an?|the)[ \t\xa0]+[a-z][\w-]*[ \t\xa0]+)?"
    r"(?:(?:[A-Z][\w\u2019'-]*[ \t\xa0]+){0,2}[A-Z][\w\u2019'-]*|he|she)"
    r"[ \t\xa0]+([a-z]{3,}ed)(?=[ \t\xa0]*(?:[.;]|,[ \t\xa0]*[\"\u201c']|$))",
    re.M,
)


def _unlisted_verb(lex: Lexicon, text: str, start: int, pos: int) -> re.Match[str] | None:
    """After a quote that ends with a comma inside its marks, a subject and a past verb
    of no list that end the sentence or lead to the next quote ('"...," an angry Vell
    retaliated. "..."'): in a report, the verb tells how the words were said."""
    if lex.code != "en" or "," not in text[max(0, start - 3) : start]:
        return None
    m = _SUBJECT_AND_VERB.match(text, pos)
    if m is None or m.group(1) in _NOT_SPEECH:
        return None
    return _WORD_RUN.match(text, m.start(1))


def _introduces_next(text: str, pos: int, end: int) -> bool:
    """``Smith agreed: "..."``: a frame that opens the next quote, not one of the last."""
    return re.match(r"[\s\xa0]*:", text[pos:end]) is not None


_APPOSITION = re.compile(
    r",\s+(?:a|an|the|his|her|their|its|one|another)\b[^.;:!?\"\u201c\u201d\u201e\u00ab\u00bb]*$"
)


def _named_before_apposition(
    lex: Lexicon, text: str, pos: int, cue_start: int
) -> tuple[int, int] | None:
    """``Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and
    Water think tank told``: the apposition's closing comma is missing, so the phrase
    before the cue is the apposition's tail; the name before it is the source."""
    np = np_after(lex, text, first_word(lex, text, pos), cue_start)
    if np is None or not text[np[0] : np[0] + 1].isupper():
        return None
    rest = text[np[1] : cue_start].rstrip()
    if len(rest) > 140 or not _APPOSITION.match(rest):
        return None
    return np


def first_word(lex: Lexicon, text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isalnum():
        pos += 1
    return pos


_OPENERS = frozenset(
    [
        "at",
        "in",
        "on",
        "during",
        "after",
        "before",
        "while",
        "when",
        "following",
        "amid",
        "with",
        "for",
        "from",
        "by",
        "as",
        "since",
        "earlier",
        "later",
        "last",
        "this",
        "friday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "saturday",
        "sunday",
        "speaking",
        "asked",
        "back",
        "just",
        "here",
        "there",
        "meanwhile",
        "instead",
        "still",
        "immediately",
        "if",
    ]
)
# Words that open a spoken or chatty sentence before its comma, no part of its subject.
_INTERJECTIONS = frozenset("well yes no oh okay ok look sure".split())  # noqa: SIM905


_PLURAL_NOUN_CUES = frozenset(
    """
    states claims reports notes remarks comments charges demands promises answers calls posts
    tweets chants estimates
    """.split()  # noqa: SIM905
)
# A dateline before a story's first sentence: "WASHINGTON --", "NEW YORK (AP) \u2014".
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.\u2019'\-]+(?:\s+[A-Z][A-Z.\u2019'\-]+){0,3}(?:\s*\([A-Za-z .]{1,20}\))?"
    r"\s*(?:--|[\u2014\u2013\u2015])\s*"
)


def _opener_tail(toks: list[tuple[int, int, str]], comma: int) -> list[tuple[int, int, str]]:
    """The tokens after a leading phrase that ends at ``toks[comma]``, with the phrase's
    own further pieces skipped: the state after a town ("At a rally in Ames, Iowa, on
    Sunday, Ann Lee said") and a time after it ("..., on Sunday,")."""
    while True:
        rest = toks[comma + 1 :]
        nxt = next((i for i, t in enumerate(rest[:6]) if t[2] == ","), None)
        if nxt is None or nxt == 0:
            return rest
        piece = [t[2] for t in rest[:nxt]]
        words = [w for w in piece if w[0].isalnum()]
        place = state_of_town([t[2] for t in toks[: comma + 1]], " ".join(words))
        when = (
            len(words) <= 4
            and piece[0].lower() in ("on", "in", "last", "this", "earlier")
            and (words[-1].lower() in TIME_WORDS or words[-1].isdigit())
        )
        if not (place or when):
            return rest
        toks, comma = rest, nxt


_GROUP_NOUNS = frozenset("teams crews staffers workers employees residents".split())  # noqa: SIM905
# Roles a party's or person's name qualifies ("GOP rival Tom Vell", "Quill ally Ada Roe").
_ROLE_AFTER_NAME = frozenset(
    """rival ally opponent strategist pollster operative donor consultant loyalist stalwart
    hopeful contender challenger frontrunner front-runner""".split()  # noqa: SIM905
)


def subject(lex: Lexicon, text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The subject of the clause starting at ``start``: the words before its
    first verb-like word (a leading "At the meeting," phrase is skipped)."""
    dateline = _DATELINE.match(text, start, limit)
    if dateline is not None:
        start = dateline.end()  # "WASHINGTON -- President Obama said": the place is no subject
    toks = tokens(lex, text, start, limit)
    if len(toks) > 2 and toks[0][2].lower() in _INTERJECTIONS and toks[1][2] == ",":
        toks = toks[2:]  # "Well, if you read between the lines, Vell was saying ..."
    first = toks[0][2].lower() if toks else ""
    lead = next((i for i, t in enumerate(toks[:6]) if t[2] == ","), None)
    if lead and time_phrase(text[toks[0][0] : toks[lead][0]]):
        toks = toks[lead + 1 :]  # "Hours later, she ...", "Eight years ago, he ..."
        # and a second opener after the time ("On Thursday, after a long wait, Lee ...")
        first = toks[0][2].lower() if toks and toks[0][2].lower() in _OPENERS else ""
    participle = first.endswith("ed") and len(toks) > 1 and toks[1][2].lower() in PREPOSITIONS
    if first in ("here", "there") and (len(toks) < 2 or toks[1][2] not in (",", "in", "at")):
        first = ""  # ("There are 40 delegates": no opening phrase; "Here in Ames," is one)
    if first in _OPENERS or first.endswith(("ing", "ly")) or first in LEAD_DROP or participle:
        # "At the meeting," / "Smiling broadly," / "Likewise," / "Reached by phone," come
        # before the subject.
        comma = next((i for i, t in enumerate(toks[:16]) if t[2] == ","), None)
        if comma is not None:
            toks = _opener_tail(toks, comma)
    picked: list[tuple[int, int, str]] = []
    for tok in toks:
        word = tok[2]
        low = word.lower()
        if not word[0].isalnum():
            if word in ("'", "\u2019", "-") and picked and not text[tok[0] - 1].isspace():
                picked.append(tok)
                continue
            break  # a spaced dash ends the phrase: "its tally - the letter ..."
        if len(picked) > 1 and owned_noun_ends([t[2] for t in picked], word):
            break  # "Clinton's advisers still insist"
        # "The only two Arab states signed": a cue word that is a plural noun after a
        # determiner's phrase ("The company states that ..." stays a verb)
        plural_noun = (
            low in _PLURAL_NOUN_CUES
            and bool(picked)
            and (
                picked[0][2].lower() in lex.determiners
                or picked[0][2].endswith(("'s", "\u2019s"))  # "Vell's angry posts"
            )
            and not re.match(r"\s+that\b", text[tok[1] : tok[1] + 6])
        )
        verbish = (
            word[0].islower()
            and not plural_noun
            and (
                low.endswith("ed")
                or low in AUXILIARIES
                or low in NP_STOP
                or low in PAST_FORMS
                or lex.cue.is_cue_word(low)
                # "Schiff believes": a lower-case word right after a name is its verb
                # (not after one capitalised gerund: "Breathing tests")
                or (
                    bool(picked)
                    and all(
                        t[2][:1].isupper() and t[2].lower() not in lex.determiners for t in picked
                    )
                    and not (len(picked) == 1 and picked[0][2].lower().endswith("ing"))
                    and low not in ("of", "and", "de", "von", "van", "der", "al", "bin", "la")
                    # ("Recovery teams confirmed", "Embassy officials said": a noun for people)
                    and not (low in lex.speaker_nouns or low in _GROUP_NOUNS)
                    and low not in _ROLE_AFTER_NAME
                    and not (low.endswith("s") and low[:-1] in lex.speaker_nouns)
                    # (after a possessive, the noun it owns: "Clinton's advisers have";
                    # but "Clinton's response was:", "Lee's study found" are theirs)
                    and (
                        not picked[-1][2].endswith(("'s", "\u2019s"))
                        or low in lex.noun_cues
                        or low in lex.document_nouns
                    )
                )
                # "That makes him ...": a present-tense verb after a pronoun
                or (
                    len(picked) == 1
                    and picked[0][2].lower() in ("that", "this", "it", "what")
                    and low.endswith("s")
                )
                # "The ad uses": a present-tense verb after a determiner and a noun
                or (
                    len(picked) >= 2
                    and picked[0][2].lower() in lex.determiners
                    and low.endswith("s")
                    and not low.endswith(("ss", "'s", "\u2019s"))
                    and low not in lex.speaker_nouns
                    and low[:-1] not in lex.body_nouns  # ("two liberal groups rolled out")
                )
            )
        )
        noun = (  # "Republican presidential candidate": an adjective before its noun
            lex.code == "en"
            and modified(picked, word)
            and low not in AUXILIARIES
            and low not in NP_STOP
            and low not in PAST_FORMS
            and not lex.cue.is_cue_word(low)
        )
        if (
            low == "and"
            and picked
            and lex.code == "en"
            and all(t[2][:1].isupper() for t in picked)
            and (joined := _JOINT_SET_OFF.match(text, picked[-1][1])) is not None
        ):
            return picked[0][0], joined.end(1)  # "Tina Marsh and Ola Brandt, two of ..., made"
        if verbish and picked and not noun:
            break
        picked.append(tok)
        if len(picked) > 8:
            return None
    if (
        lex.code == "en"
        and len(picked) > 1
        and modified(picked[:1], picked[1][2])
        and not picked[-1][2][:1].isupper()
    ):
        picked = picked[:1]  # "Partial transcript as follows": no name after the adjective
    picked = trim(lex, picked)
    words = [t[2] for t in picked if t[2][0].isalnum()]
    if not picked or not valid_speaker(lex, words):
        return None
    if (
        len(words) > 1
        and words[0].lower() in lex.determiners
        and not any(w[:1].isupper() for w in words[1:])
        and not _people(lex, words[-1].lower())
    ):
        return None  # "The decision", "The efforts": a thing, not a speaker
    return picked[0][0], picked[-1][1]


# A second name joined by "and", then a comma that opens an apposition.
_JOINT_SET_OFF = re.compile(
    r"(\s+and\s+(?:[A-Z][\w.\-\u2019']*\s+){0,3}[A-Z][\w.\-\u2019']*),\s+[a-z]"
)


def _people(lex: Lexicon, noun: str) -> bool:
    """A common noun for people, bodies or documents that speak."""
    return (
        noun in lex.speaker_nouns
        or noun.removesuffix("s") in lex.speaker_nouns
        or noun in lex.document_nouns
        or noun in lex.org_heads
        or re.search(r"(?:ists?|ians?|ers?|ors?|ants?|ents?|eys?)$", noun) is not None
    )


def _german_colon_frame(
    lex: Lexicon, text: str, start: int, colon: int
) -> tuple[Attribution, int] | None:
    """``Seibert versuchte mit den Worten zu beruhigen:`` / ``Boudgoust hat ... bestätigt:``
    / ``Die Zeitung zitiert einen Augenzeugen mit den Worten:``: a German clause with a
    cue before the colon; its speaker is the one quoted or the clause's subject."""
    written = written_source(lex, text, start, colon)  # "Darin heißt es:"
    if written is not None:
        return Attribution(*written), start
    cues = lex.cue.finditer(text, start, colon)
    worded = re.search(r"\bmit (?:den|folgenden) Worten\b", text[start:colon])
    if not cues and worded is None:
        return None
    cue = (cues[-1].start(), cues[-1].end()) if cues else (colon, colon + 1)
    verb = re.match(r"\w+", cues[-1].group(0)) if cues else None
    if verb is not None:
        cue = (cue[0], cue[0] + verb.end())  # "teilte ... mit": the verb
    quoted = quoting_object(lex, text, start, colon)
    if quoted is not None:
        return Attribution(quoted, cue), start
    np = cue_speaker(lex, text, start, colon, cue) if cues else None
    if np is None:
        np = subject_de(lex, text, start, colon)
    if np is None:
        return None
    return Attribution(np, cue), start


def colon_speaker(lex: Lexicon, text: str, start: int, colon: int) -> tuple[int, int] | None:
    """Who speaks after a colon with no reporting verb: a name right before the
    colon ("... doesn't surprise pollster Daron Shaw:"), else the clause subject
    ("She then addressed the supporters again:")."""
    if lex.code == "de":
        return subject_de(lex, text, start, colon)
    np = np_before(lex, text, start, colon)
    if np is not None:
        words = text[np[0] : np[1]].split()
        described = words[-1][:1].islower() and (
            words[0].lower() in lex.determiners
            or _DETERMINED.search(text, max(start, np[0] - 30), np[0]) is not None
        )
        named = not described and (
            any(w[:1].isupper() for w in words[1:]) or (np[0] > start and words[0][:1].isupper())
        )  # (not "the national HSB file": a name only qualifies its noun)
        before = tokens(lex, text, start, np[0])
        governed = bool(before) and before[-1][2].lower() in PREPOSITIONS
        if named and not governed:  # "collaborating with Smith and York:" is no speaker
            inner = subject(lex, text, np[0], colon)
            if inner is not None and inner[1] < np[1]:
                return inner  # "Sanders made the following comment:": the clause's subject
            return np
    np = subject(lex, text, start, colon)
    if np is None or not can_speak(lex, text[np[0] : np[1]]):
        return None  # "That process led to a realization:"
    return np


# A writing of a named author, alone before a colon ("From Vell's Facebook post:").
_OWNED_WRITING_FRAME = re.compile(
    r"\s*(?:(?:From|In|from|in)\s+)?((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[\u2019']s"
    r"(?:\s+[A-Z][\w\-]*){0,2}\s+(post|tweet|statement|letter|memo|e-?mail|op-ed|column))"
    r"\s*:\s*"
)
# An article and perhaps an adjective right before a phrase: it is part of theirs.
_DETERMINED = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[a-z]+\s+)?$")


# A topic after a speaker in a label before a colon ("Obama on Climate:", "X On Y:").
ON_TOPIC = re.compile(r"\s+on\s+", re.IGNORECASE)


def can_speak(lex: Lexicon, phrase: str) -> bool:
    """A name, a personal pronoun or a phrase headed by a noun for people or bodies."""
    words = re.findall(r"[\w\u2019'\-]+", phrase)
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in lex.pronouns:
        return low[0] not in ("it",)
    content = [w for w, lw in zip(words, low, strict=True) if lw not in lex.determiners]
    if any(w[:1].isupper() for w in content):
        return True
    return bool(low) and re.sub(r"[\u2019']s$", "", low[-1]) in lex.speaker_nouns


# A relative clause's object pronoun and subject right before a cue ("the workers, whom
# Lee referred to"): a clause closed before the quote frames none of it.
CLOSED_RELATIVE = re.compile(
    r",\s+(?:whom|which)\s+(?:(?:[A-Z][\w\u2019'.-]*|the|a|an|he|she|they|[a-z]+ly)\s+){1,5}$"
)


# A cause that brings someone to speak: "led her to declare", "prompted Vell to say".
_LED_TO = re.compile(
    r"\b(?:led|leads|leading|prompted|prompts|prompting|caused|causes|forced|forces|spurred|"
    r"compelled|moved)\s+(him|her|them|(?:[A-Z][\w.\-\u2019']*\s+){0,2}[A-Z][\w.\-\u2019']*)"
    r"\s+to\s+$"
)


def brought_to_speak(lex: Lexicon, text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    """The one a cause brought to speak, right before the cue ("a win that led her to
    declare"): the speaker, not the clause's subject."""
    if lex.code != "en":
        return None
    led = _LED_TO.search(text, max(start, cue_start - 50), cue_start)
    return led.span(1) if led is not None else None


def frame_before(lex: Lexicon, text: str, start: int, end: int) -> tuple[Attribution, int] | None:
    """``Marzuk told RIA Novosti that "`` / ``Caddell continued: "`` / ``According to X, "``
    / ``Kasich: "`` / ``..., saying: "``."""
    segment = text[start:end]
    if lex.code == "de" and segment.rstrip().endswith(":"):
        found = _german_colon_frame(lex, text, start, start + segment.rstrip().rindex(":"))
        if found is not None:
            return found
    colon = re.fullmatch(r"\s*([^:\n]{1,60}?)\s*:\s*", segment)
    if colon and not lex.cue.search(text, start + colon.start(1), start + colon.end(1)):
        head_end = start + colon.end(1)
        topic = ON_TOPIC.search(text, start + colon.start(1), head_end)
        if topic is not None:  # "CNN Chief On Debates: '...'": the speaker ends before "On"
            head_end = topic.start()
        np = np_after(lex, text, start + colon.start(1), head_end)
        if np is not None and np[1] == head_end:
            c = start + segment.rindex(":")
            return Attribution(np, (c, c + 1)), np[0]
    owned = _OWNED_WRITING_FRAME.fullmatch(segment) if lex.code == "en" else None
    if owned is not None:
        # "From Vell's Facebook post: \"...\"": the post is the source, and it is Vell's
        np = (start + owned.start(1), start + owned.end(1))
        return Attribution(np, (start + owned.start(2), start + owned.end(2))), np[0]
    cues: list[re.Match[str]] = []
    for cue in lex.cue.finditer(text, start, end):
        between = text[cue.end() : end]
        if len(between) > 120 or re.search(r"[.!?;]\s|[\"\u201c\u201d\u201e\u00ab\u00bb]", between):
            continue
        if cues and (
            _WHEN_ASKED.search(text, max(start, cue.start() - 8), cue.end())
            or noun_use(lex, text, cue)
        ):
            # "who told Congress when asked about the email inquiry: \"...\"": a clause of
            # time, a noun ("the email"); the verb before frames the quote
            continue
        cues.append(cue)
    # The last cue, but a verb before a noun of speech ("called Lee's remarks \"...\"")
    verbs = [c for c in cues if c.group(0).lower() not in lex.noun_cues]
    best = (verbs or cues)[-1] if cues else None
    if best is None:
        return None
    cue_start, cue_end = best.start(), best.end()
    if CLOSED_RELATIVE.search(text, max(start, cue_start - 70), cue_start) and (
        "," in text[cue_end:end]
    ):
        return None  # "the workers, whom Lee referred to in a speech, were "..."": not hers
    if adds_things(lex, text, best.span()):
        return None  # "We need to add these back in - ... "full-fat" ...": no frame
    if best.group(0).lower() == "according to":
        np = np_after(lex, text, cue_end, end)
        np = _with_tail(text, np, end) if np else None
        return (Attribution(np, (cue_start, cue_end)), start) if np else None
    word = best.group(0).lower()
    np = _progressive_pronoun(lex, text, start, best) or _name_before_gerund(lex, text, start, best)
    if np is not None:
        return Attribution(np, (cue_start, cue_end)), np[0]
    np = _quoted_as(lex, text, start, best)
    if np is not None:
        return Attribution(np, (cue_start, cue_end)), np[0]
    np = None if word in lex.gerunds else cue_source(lex, text, start, best, end)
    np = brought_to_speak(lex, text, start, cue_start) or np
    clause = (
        word not in lex.gerunds  # ("issued a statement warning that": the statement's)
        and _VERB_THAT.match(text, cue_end, end) is not None
        and not noun_use(lex, text, best)
    )
    framed = word in lex.noun_cues or word in lex.frame_only
    if (
        np is None
        and word in lex.frame_only
        and lex.code == "en"
        and _JOINED_VERB.search(text, start, cue_start)
        and _BESIDE.fullmatch(text, cue_end, end)
    ):
        # "thanked her home state and then boomed, \"...\"": the clause's subject
        framed = False
    if np is None and ((framed and not clause) or _passive(lex, text, start, best)):
        return None
    if np is None:
        np = np_after(lex, text, cue_end, end) if best.group(0).lower() not in lex.gerunds else None
        if np is not None and not re.fullmatch(
            r"\s*[,:\u2014\u2013-][\s,:\u2014\u2013-]*", text[np[1] : end]
        ):
            # "who had written the song, she was ...": an object, not the source;
            # "accused the campaign of being \"...\"": the phrase runs into the quote
            np = None
        if np is None and word in lex.gerunds and lex.code == "en":
            np = said_clause_subject(lex, text, start, cue_start)
        who = (
            RELATIVE_WHO.search(text, max(start, cue_start - 40), cue_start)
            or _NAME_WHO.search(text, max(start, cue_start - 40), cue_start)
            if np is None and lex.code == "en"
            else None
        )
        if who is not None:
            # "a lecture from the president, who said that ...": the relative pronoun
            # speaks (for the name before it), not the sentence's subject
            np = who.span(1)
        if np is None:
            np = subject(lex, text, start, cue_start)
            if np is None:
                return None
    if lex.code == "en":
        np = with_author(lex, text, np, cue_start)  # "A study by Jo Roe, an economist, found"
    return Attribution(np, (cue_start, cue_end)), min(np[0], cue_start)


# "this tweet from Rikkie Dell who tweeted": a name and its relative pronoun, no comma.
_NAME_WHO = re.compile(r"\b[A-Z][\w\u2019'.-]*[ \t\xa0]+(who)[ \t\xa0]+(?:[a-z]+[ \t\xa0]+){0,2}$")
# "when asked", "if asked": a clause of time inside a frame, no frame of its own.
_WHEN_ASKED = re.compile(r"\b(?:when|if|after|as|before|while|once)[ \t\xa0]+asked$", re.IGNORECASE)
# A verb joined to the clause before it ("... and then boomed"), and the marks that set
# its quote right after it.
_JOINED_VERB = re.compile(
    r"[a-z][,]?[ \t\xa0]+and(?:[ \t\xa0]+(?:then|later|also|finally))?[ \t\xa0]+$"
)
_BESIDE = re.compile(r"[ \t\xa0]*[,:][ \t\xa0]*")
# The relative pronoun of a clause set off by a comma, right before its verb ("the
# president, who said", "Hale, who has since said").
RELATIVE_WHO = re.compile(r",[ \t\xa0]+(who)[ \t\xa0]+(?:[\w\u2019']+[ \t\xa0]+){0,3}$")
# "notes that", "found that": a word that is a cue only in a frame, its clause after it.
_VERB_THAT = re.compile(r"[ \t\xa0]+that\b")


# The rest of a source phrase after "according to", up to its comma: its author or place.
_SOURCE_TAIL = re.compile(
    r"(?:\s+(?:by|of|from|at|for|with)\s+[^,;:.!?\u2014\u2013\"\u201c\u201e()]{1,60}?)+(?=\s*,)"
    # or, at the sentence's end, its author ("according to calculations by Jo Roe of Oslo.")
    r"|(?:\s+(?:by|of)\s+[^,;:.!?\u2014\u2013\"\u201c\u201e()]{1,60}?)+"
    r"(?=(?<![A-Z])[.!?](?:\s|$)|\s*$)"
)


def _with_tail(text: str, np: tuple[int, int], end: int) -> tuple[int, int]:
    """The source phrase after "according to" with its author or place, up to its comma
    or the sentence's end ("according to a 2018 survey by Jo Roe of Oslo, ...")."""
    more = _SOURCE_TAIL.match(text, np[1], end)
    return (np[0], more.end()) if more is not None else np


_OPENING_MARKS = "\"\u201c\u201e\u00ab\u00bb\u2018'"
_CONTENT_AFTER_NOUN = re.compile(
    r"\s*(?:that\b|:|about\b|of\b|on\b|to\b"
    r"|,(?!\s*(?:but|and|or|yet|which|who|while|although|though|so)\b)"  # (", but ...": none)
    r"|[\"\u201c\u201e\u00ab\u2018']|$)"
)
_PASSIVE_AUX = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_FRAME_GAP = re.compile(
    r"[\s,:]*(?:that\s*)?"
    r"|\s+(?:[\w\u2019'.\-]+\s+){0,5}?as\s*"
    r"|\s+(?:for|on|of)\s*"
    r"|\s+(?:[\w\u2019'.\-]+\s+){0,3}?(?:a|an|the|his|her|their|its)\s*"
)


# "called Wells Fargo's behavior \"...\"": what is named, then the name given it
# ("calls for taxing \"...\"": a demand, as PolNeAR counts it).
_NAMED_OBJECT = re.compile(
    r"\s+(?!(?:to|on|in|at|by|with|from|about|off|out|up)\b)(?:[\w\u2019'.\-]+\s+){1,9}"
)


def _passive(lex: Lexicon, text: str, limit: int, cue: re.Match[str]) -> bool:
    before = tokens(lex, text, limit, cue.start())
    return bool(before) and before[-1][2].lower() in _PASSIVE_AUX


def cue_source(
    lex: Lexicon,
    text: str,
    limit: int,
    cue: re.Match[str],
    quote_start: int | None = None,
    *,
    beside_quote: bool = False,
) -> tuple[int, int] | None:
    """The source of a cue that comes before its content, or None when the cue is no
    attribution frame: a noun of speech needs a possessor and a content after it
    ("Smith's claim that ...", not "his blog comments are ..."); a word that is a
    cue only beside a quote must stand right before it ("called it a \"...\"");
    a passive takes its ``by`` agent or none ("was described by Reuters as")."""
    word = cue.group(0).lower()
    quoted = _quoted_as(lex, text, limit, cue)
    if quoted is not None:
        return quoted
    if adds_things(lex, text, cue.span()):
        return None  # "we may need to add these back in": adding things, not words
    before = tokens(lex, text, limit, cue.start())
    prev = before[-1][2].lower() if before else ""
    if word in lex.noun_cues and _noun_reading(lex, before):
        if not _CONTENT_AFTER_NOUN.match(text, cue.end()):
            return None
        owner = _possessor(lex, text, limit, before)
        ahead = tokens(lex, text, limit, owner[0]) if owner is not None else []
        verb = ahead[-1][2] if ahead else ""
        if verb[:1].islower() and (lex.cue.is_cue_word(verb) or lex.indirect_cue.is_cue_word(verb)):
            return None  # "Moore called Obama's remarks \"...\"": the remarks are her object
        return owner
    if prev in _PASSIVE_AUX and word.endswith("ed"):
        by = re.match(r"\s+by\s+", text[cue.end() : cue.end() + 6])
        if by is None:
            return None
        return np_after(lex, text, cue.end() + by.end(), min(len(text), cue.end() + 80))
    says = _says_verb(lex, before, word) and not (
        quote_start is not None
        and quote_start > cue.end()
        and lex.cue.found_in(text, cue.end(), quote_start)
    )  # ("The Journal notes that Coulter tweeted ...": the nearer frame is the quote's)
    if word in lex.frame_only and not beside_quote and not says:
        if quote_start is None or quote_start < cue.end():
            return None
        naming = word in NAMING_CUES
        gap = text[cue.end() : quote_start]
        if not _FRAME_GAP.fullmatch(gap) and not (naming and _NAMED_OBJECT.fullmatch(gap)):
            return None
        if naming and word.endswith("ed") and not gap.strip():
            np = np_before(lex, text, limit, cue.start())
            if np is not None and not re.search(r"\b[A-Z]", text[np[0] : np[1]]):
                return None  # "a box labeled \"...\"": a thing named, no one speaking
        if naming and prev == ",":
            # "the bill, called \"...\"": a name, not speech; but "Ines Duarte, an
            # adviser, called ...": a named speaker before an apposition
            np = np_before(lex, text, limit, cue.start())
            if np is None or not re.match(r"[^,]*,[^,]+,\s*$", text[np[0] : cue.start()]):
                return None
            return np if re.search(r"\b[A-Z]", text[np[0] : np[1]]) else None
        if (naming and prev == "so") or text[max(0, cue.start() - 3) : cue.start()].endswith("so-"):
            return None
    found = _progressive_pronoun(lex, text, limit, cue) or np_before(lex, text, limit, cue.start())
    if found is not None and lex.code == "en":
        authored = authored_start(lex, text, limit, found)
        if authored is not None:
            return authored, found[1]  # "A study by Jo Roe found": the study and its author
        if word in lex.frame_only or not lex.cue.is_cue_word(word):
            return found
        return relative_head(text, limit, found) or found  # "The lawyer who represents X said"
    return found


# "CNN quoted an American witness as saying": the one quoted is the speaker.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^,;:.\"\u201c]{2,80}?)\s+as\s+$")


def _quoted_as(lex: Lexicon, text: str, limit: int, cue: re.Match[str]) -> tuple[int, int] | None:
    """``CNN quoted a witness as saying``: the one quoted ("a witness"), or None."""
    if cue.group(0).lower() != "saying" or lex.code != "en":
        return None
    quoted = _QUOTED_AS.search(text, max(limit, cue.start() - 100), cue.start())
    if quoted is None:
        return None
    return np_after(lex, text, quoted.start("who"), quoted.end("who"))


_CONTRACTED_BE = re.compile(r"(he|she|they|we|i)[\u2019'](?:s|re|m)", re.IGNORECASE)


def _progressive_pronoun(
    lex: Lexicon, text: str, limit: int, cue: re.Match[str]
) -> tuple[int, int] | None:
    """``He's claiming that ...``, ``They're saying``: the pronoun of the contraction."""
    if not cue.group(0).lower().endswith("ing"):
        return None
    before = tokens(lex, text, limit, cue.start())
    while len(before) > 1 and adverb(before[-1][2]):
        before = before[:-1]  # "she's now saying"
    if not before:
        return None
    m = _CONTRACTED_BE.fullmatch(before[-1][2])
    return (before[-1][0], before[-1][0] + m.end(1)) if m else None


# Words after which a name and a gerund are someone shown or heard saying something.
_OF_WHOM = frozenset("of shows showed show showing heard hear features featured".split())  # noqa: SIM905


def _name_before_gerund(
    lex: Lexicon, text: str, limit: int, cue: re.Match[str]
) -> tuple[int, int] | None:
    """ "footage of Trump saying", "a video of Ann Lee telling": the name right before
    a gerund (no comma between) is the one saying it, not the sentence's subject."""
    if cue.group(0).lower() not in lex.gerunds:
        return None
    before = tokens(lex, text, limit, cue.start())
    if len(before) < 3 or before[-1][1] != cue.start() - 1 or not before[-1][2][:1].isupper():
        return None
    first = len(before) - 1
    while first > 0 and before[first - 1][2][:1].isupper() and len(before) - first < 4:
        first -= 1
    if first == 0 or before[first - 1][2].lower() not in _OF_WHOM:
        return None  # the name opens the sentence (its subject all the same) or is no object
    return before[first][0], before[-1][1]


# Verbs of saying in -s that are nouns too ("his claims"): right after a name or a subject
# pronoun, a verb that takes a clause ("Hale claims the project ...").
_CLAUSE_VERBS_IN_S = frozenset(
    "claims states notes maintains mentions observes promises".split()  # noqa: SIM905
)
_VERB_SUBJECTS = frozenset("he she it they".split())  # noqa: SIM905


def _says_verb(lex: Lexicon, before: list[tuple[int, int, str]], word: str) -> bool:
    """``word`` is a verb of saying with its subject right before it: a name ("Hale
    claims") or a subject pronoun ("she notes"), with no determiner or possessor before
    that ("the Hale claims", "his Senate claims" are nouns)."""
    if lex.code != "en" or word not in _CLAUSE_VERBS_IN_S or not before:
        return False
    prev = before[-1][2]
    if prev.lower() in _VERB_SUBJECTS:
        return True
    if (
        not prev[:1].isupper()
        or prev.endswith(("'s", "\u2019s"))
        or prev.isupper()
        or prev.lower() in lex.determiners  # "Another notes her summer job"
    ):
        return False
    i = len(before) - 1
    while i > 0 and before[i - 1][2][:1].isupper() and len(before) - i < 4:
        i -= 1
    ahead = before[i - 1][2].lower() if i > 0 else ""
    return (
        ahead not in lex.determiners
        and ahead not in POSSESSIVE_PRONOUNS
        and ahead not in ("of", "to", "about", "on", "for", "with", "in", "by", "from", "at")
    )


def noun_of_speech(lex: Lexicon, text: str, limit: int, cue: re.Match[str]) -> bool:
    """The cue is a noun of speech here ("Lee's remarks", "the official pledge"): its
    content follows it, so a quote before it is none of its content."""
    return cue.group(0).lower() in lex.noun_cues and _noun_reading(
        lex, tokens(lex, text, limit, cue.start())
    )


def _noun_reading(lex: Lexicon, before: list[tuple[int, int, str]]) -> bool:
    if not before:
        return False
    prev = before[-1][2].lower()
    if prev in lex.determiners or prev in POSSESSIVE_PRONOUNS or prev.endswith(("'s", "\u2019s")):
        return True
    if prev in ("s", "'", "\u2019"):
        return True
    if before[-1][2][:1].isupper():
        # "a Donald Trump tweet", "the Kremlin statement": a name as a modifier
        i = len(before) - 1
        while i > 0 and before[i][2][:1].isupper():
            i -= 1
        # "11% of Democratic claims": a modifier after a preposition
        low = before[i][2].lower()
        return not before[i][2][:1].isupper() and (
            low in lex.determiners or low in ("of", "to", "about", "on", "for", "with")
        )
    prev2 = before[-2][2].lower() if len(before) > 1 else ""
    if prev in _ADJECTIVE_TOO and prev2 in POSSESSIVE_PRONOUNS:
        return True  # "her official pledge": an adjective, though "an official" is someone
    if prev in lex.speaker_nouns or prev in lex.pronouns:
        return False
    if prev.endswith("ed") and len(prev) > 4:
        return True  # "restricted comments", "repeated claims": a verb or adjective before it
    # "his repeated claims": an adjective after a determiner or possessor; "Lee's more
    # blunt vow": after a word of degree
    return bool(prev2) and (
        prev2 in lex.determiners
        or prev2 in POSSESSIVE_PRONOUNS
        or prev2.endswith("s")
        or prev2 in ("more", "most", "less", "least", "very")
    )


# Speaker nouns that are adjectives too ("her official pledge", "his public statement").
_ADJECTIVE_TOO = frozenset(["official", "public", "democratic", "republican", "conservative"])


def _possessor(
    lex: Lexicon, text: str, limit: int, before: list[tuple[int, int, str]]
) -> tuple[int, int] | None:
    """The possessor before a noun of speech: "his" / "President Donald Trump's"."""
    for i in range(len(before) - 1, max(-1, len(before) - 5), -1):
        word = before[i][2]
        low = word.lower()
        if low in POSSESSIVE_PRONOUNS:
            return before[i][0], before[i][1]
        if low.endswith(("'s", "\u2019s")):
            end = before[i][1] - 2
            np = np_before(lex, text, limit, end)
            if np is None:
                start = before[i][0]
                return (start, end) if end > start else None
            saying = [m for m in SAYING_WORD.finditer(text, np[0], end)]
            if saying:  # "Pence said his running mate Trump's tweet": the verb ends it
                rest = re.match(r"\s*", text[saying[-1].end() : end])
                start = saying[-1].end() + (rest.end() if rest else 0)
                return (start, end) if end > start else None
            return np[0], end
        if low in ("'", "\u2019") and i > 0 and i + 1 < len(before) and before[i + 1][2] == "s":
            continue
    return None
