"""Word lists for attribution: reporting cues, pronouns, speaker nouns.

English first; German cue verbs are included for ``„…“`` quotes.
"""

from __future__ import annotations

import re

__all__ = [
    "ABBREVIATIONS",
    "CUE",
    "GERUNDS",
    "INDIRECT_CUE",
    "PRONOUNS",
    "SPEAKER_NOUNS",
    "CueFinder",
]

# Multi-word cues first so the regex prefers them.
_MULTI = [
    r"(?:was|were|is|are|has been|had been) quoted as (?:saying|telling)",
    r"(?:was|were|is|are) quoted",
    r"went on to (?:say|add|note|argue|discuss)",
    r"went on",
    r"(?:said|says|wrote|writes|added|told \w+(?: \w+)?) in (?:a|an|the|his|her|their) "
    r"(?:statement|interview|email|e-mail|letter|post|tweet|speech|release|op-ed|blog post)",
    r"told (?:reporters|journalists|the media|the press|a news conference|a press conference)",
    r"pointed out",
    r"according to",
    r"in the words of",
    r"made clear",
    r"spoke of",
    r"speaking of",
    r"put it",
    r"summed (?:it )?up",
]
_VERBS = (
    "say says said saying tell tells told telling add adds added adding ask asks asked "
    "write writes wrote written note notes noted explain explains explained warn warns warned "
    "urge urges urged stress stresses stressed insist insists insisted argue argues argued "
    "claim claims claimed declare declares declared announce announces announced state states "
    "stated continue continues continued reply replies replied respond responds responded "
    "comment comments commented tweet tweets tweeted post posts posted recall recalls recalled "
    "acknowledge acknowledges acknowledged admit admits admitted complain complains complained "
    "suggest suggests suggested predict predicts predicted emphasize emphasizes emphasized "
    "emphasise emphasised conclude concludes concluded confirm confirms confirmed deny denies "
    "denied assert asserts asserted mention mentions mentioned observe observes observed "
    "remark remarks remarked report reports reported reveal reveals revealed boast boasts "
    "boasted joke jokes joked quip quips quipped shout shouts shouted yell yelled cry cried "
    "exclaim exclaimed whisper whispered concede concedes conceded caution cautions cautioned "
    "promise promises promised vow vows vowed pledge pledges pledged threaten threatened "
    "charge charges charged accuse accuses accused allege alleges alleged contend contends "
    "contended maintain maintains maintained describe describes described call calls called "
    "demand demands demanded agree agrees agreed disagree disagreed counter countered "
    "testify testified estimate estimates estimated answer answers answered retort retorts "
    "retorted boom boomed chant chants chanted read reads thank thanks thanked label labels "
    "labeled labelled labeling dub dubbed brand branded greet greeted scream screamed "
    "lament lamented muse mused sing sang sung opine opined grumble grumbled gush gushed "
    "shoot shot fire fired hit"
).split()
GERUNDS = frozenset(
    "saying telling writing adding noting asking arguing warning explaining insisting "
    "declaring calling describing urging stressing claiming replying responding tweeting "
    "posting stating"
    .split()
)
_BELIEF = (
    "believe believes believed think thinks thought feel feels felt hope hopes hoped fear "
    "fears feared expect expects expected want wants wanted worry worries worried know knows "
    "knew doubt doubts doubted plan plans planned intend intends intended show shows showed "
    "shown find finds found indicate indicates indicated suggest suggests suggested"
).split()
_GERMAN = (
    "saying telling writing adding noting asking arguing warning explaining insisting "
    "declaring describing urging stressing claiming replying responding tweeting posting "
    "sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint fügte hinzu "
    "teilte mit schrieb schreibt warnte warnt kritisierte kritisiert forderte fordert "
    "berichtete berichtet so zufolge"
).split()


class CueFinder:
    """Finds reporting cues: multi-word patterns first, then single words by
    set lookup (much faster than one regex alternation of hundreds of words)."""

    _WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

    def __init__(self, multi: list[str], words: list[str]) -> None:
        self.multi = re.compile(r"\b(?:" + "|".join(multi) + r")\b", re.IGNORECASE)
        self.words = frozenset(w.lower() for w in words)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        stop = len(text) if end is None else end
        found = list(self.multi.finditer(text, start, stop))
        taken = [(m.start(), m.end()) for m in found]
        for m in self._WORD.finditer(text, start, stop):
            if m.group(0).lower() in self.words and not any(a <= m.start() < b for a, b in taken):
                found.append(m)
        found.sort(key=lambda m: m.start())
        return found

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        found = self.finditer(text, start, end)
        return found[0] if found else None

    def is_cue_word(self, word: str) -> bool:
        return word.lower() in self.words


CUE = CueFinder(_MULTI, _VERBS + _GERMAN)
INDIRECT_CUE = CueFinder([*_MULTI[:5], _MULTI[7]], _VERBS + _BELIEF)

PRONOUNS = frozenset("he she they we i it you him her them us".split())
DETERMINERS = frozenset(
    "the a an his her their its our my your one another some many several two three four "
    "five other both each this that these those most few no any all".split()
)
SPEAKER_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople minister ministry
    ministers president secretary senator senators representative governor mayor chief
    director executive executives analyst analysts expert experts critic critics source
    sources police prosecutor prosecutors lawyer lawyers attorney attorneys judge court
    researchers researcher scientists scientist economist economists professor study report
    survey poll polls statement residents witnesses witness people voters supporters
    opponents leader leaders aide aides adviser advisers advisor advisors agency department
    government administration company firm group committee campaign party members member
    authorities authority observers officer officers doctor doctors activists activist
    ambassador envoy commander general military army spokesmen chairman chairwoman chair ceo
    founder manager owner organizers organisers union council board bank fund office
    democrats republicans candidate nominee insiders insider colleagues friends family
    daughter son wife husband mother father parents""".split()
)
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt st jan feb mar apr jun jul aug sep
    sept oct nov dec inc corp co ltd jr sr no vs etc u.s u.k e.g i.e a.m p.m ft mt rev hon
    pres vol fig dept est approx""".split()
)
