"""A second quote its speaker adds in the same sentence, after a second verb of saying:
``"A," Lee said, adding: "B."``, ``"A," Lee said before adding: "B."``, ``"A," Lee sings
to Kim before asking her, "B?"``, ``"A," Lee said on Monday, and then predicted: "B."``.
The verb's subject is the first quote's speaker, so the second quote is Lee's too."""

from __future__ import annotations

import re

from .frames import Attribution
from .lexicon import Lexicon

# Between the first frame and the second verb: a short phrase with no quotation mark,
# no sentence end and no clause of someone else ("who", "which"), then a join
# (", adding", " before adding", ", and then predicted", " and added").
_JOINED = re.compile(
    r"(?P<lead>[^\"\u201c\u201d\u2018\u2019.;:!?]{0,60}?)"
    r"(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+(?:before|and|then|and\s+then)\s+)"
    r"(?P<cue>[a-z]+)"
    r"(?:\s+(?:him|her|them|us|me|reporters))?"
    r"\s*[:,]?\s*"
)
# A second verb that carries words of its own: a participle or a past form.
_FORM = re.compile(r"(?:ing|ed)$")
# Words in the lead that start a clause about someone else, or another subject.
_OTHER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|while|when|as|but|and|or)\b", re.IGNORECASE)
# The lead is empty or an adverbial: a phrase of time, place or means ("on Monday", "in
# a statement", "later", "of the plan").
_ADVERBIAL = re.compile(
    r"\s*(?:,\s*)?(?:on|in|at|to|of|about|during|after|from|with|for|via|through|"
    r"over|earlier|later|today|yesterday|tonight|again|also|then)\b",
    re.IGNORECASE,
)


def added_piece(
    lex: Lexicon, text: str, prev: Attribution, prev_end: int, start: int
) -> Attribution | None:
    """The frame of the quote at ``start`` when the frame of the quote ending at
    ``prev_end`` (``prev``: its speaker and cue, both after that quote) goes on with a
    second verb of saying of the same subject, right before the quote: ``prev``'s
    speaker with the second verb as cue. None otherwise."""
    if lex.code != "en" or prev.speaker is None or prev.cue is None:
        return None
    first, second = sorted([prev.speaker, prev.cue])
    if first[0] < prev_end or second[1] > start or start - second[1] > 90:
        return None
    if re.search(r"\w", text[prev_end : first[0]]) or re.search(
        r"\w", text[first[1] : second[0]].replace("\u2019s", "")
    ):
        return None  # only the frame between the quotes: '"A," Lee said'
    tail = text[second[1] : start]
    found = _JOINED.fullmatch(tail)
    lead = found.group("lead") if found is not None else ""
    if found is None or (lead.strip() and not _ADVERBIAL.match(lead)):
        return None  # '"A," Lee said, Kim noting: "b"': another subject
    if _OTHER_CLAUSE.search(lead):
        return None  # '"A," Lee said, then left, and Kim, noting: "b"': another clause
    word = found.group("cue")
    if not _FORM.search(word) or not lex.cue.is_cue_word(word):
        return None  # "..., Lee said, noting" yes; "..., Lee said, then left" no
    cue = second[1] + found.start("cue")
    return Attribution(prev.speaker, (cue, cue + len(word)))


_ASKING = frozenset(["asked", "asks"])
# Words that open what was asked, not whom ("asked whether ...", "asked them to ...").
_ASKED_WHAT = frozenset("if whether why how what who when where to that about for".split())  # noqa: SIM905


def asked_whom(text: str, cue: tuple[int, int] | None, rest: list[str]) -> bool:
    """'"...?" Lee asked the reporter.': after "asked", the rest of the sentence
    (``rest``, its words) is only whom the question was put to, no new report."""
    if cue is None or text[cue[0] : cue[1]].lower() not in _ASKING:
        return False
    return 0 < len(rest) <= 5 and not any(w.lower() in _ASKED_WHAT for w in rest)
