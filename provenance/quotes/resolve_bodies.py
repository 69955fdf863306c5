"""Who a bare group, a document or a body description stands for, read from the text.

Rules the resolver (:mod:`provenance.quotes.resolve`) consults for speaker
descriptions that name no one themselves:

- staff of a body ("officials", "the researchers") after the text tied that
  noun to one organisation ("NASA officials", "researchers at Oxford
  University"): that organisation, when it is the only one so tied;
- a document ("the paper", "the study") after a sentence said who made it
  ("a study by ...", "Roe and Baker published the paper"), or with its maker
  as possessor ("Pew's survey", "NASA's new report"): its makers;
- a body's own definite description ("the French foreign ministry",
  "Russia's defence ministry", "the South Korean government"): it names
  the body by itself, with no antecedent needed;
- indefinite quantities of people ("Others", "Some", "Many of them"):
  no one in particular, whatever their capital letter says;
- a name of a thing ("the Paris Agreement", "the Affordable Care Act"): no
  referent for "they", which stands for people or a body of them;
- written words put out by a body ("the council issued a statement calling"):
  the body that issued them;
- a lone surname two people of one family bear ("Jeb Bush ... George W. Bush
  ... Bush said"): no one, as the text does not say which.

Each finder returns the earlier mention it went through, so the resolution
keeps a chain a verifier can check. Positions are code points.
"""

from __future__ import annotations

import re

from .cue_words import TIME_WORDS
from .entities import MAIN, Entity, EntityModel, given_gender, titled_thing
from .evidence import NOT_NAME_WORDS, mention_kind, name_words
from .lang.places import PLACES
from .lexicon import PARTY_MEMBERS
from .phrase_words import DEPARTMENTS, DOCUMENT_PARTICIPLES, ISSUING

__all__ = [
    "OWN_WRITINGS",
    "QUANTIFIERS",
    "campaign_before",
    "document_maker",
    "document_makers",
    "document_owner",
    "german_common_noun",
    "german_opener",
    "german_proper_phrase",
    "named_staff",
    "names_its_body",
    "nouns_of_nouns",
    "staff_body",
    "staff_noun",
    "staff_of_a_kind",
    "thing_name",
]

Span = tuple[int, int]

#: Words for an unnamed share of people; alone or with "of ..." they name no one.
QUANTIFIERS = frozenset(
    "others some many several few most another one".split()  # noqa: SIM905
)
# Plural nouns for the people who work for a body and speak for it.
_STAFF = frozenset(
    """
    officials researchers scientists engineers executives employees staff investigators
    spokespeople spokespersons representatives organizers organisers managers
    """.split()  # noqa: SIM905
)
# Kinds of body whose staff speak for one named body ("company officials"); not the
# government or the administration at large.
_STAFF_KINDS = frozenset(
    """company firm agency ministry department club team union university bank airline
    carmaker automaker retailer utility studio label""".split()  # noqa: SIM905
)
# Documents with makers: "the study", "the paper".
_DOCUMENTS = frozenset(
    """
    study paper report survey poll analysis review audit research assessment suit lawsuit complaint
    petition memo letter filing motion summary declaration affidavit calculations projections
    analyses
    """.split()  # noqa: SIM905
)
# Bodies of findings a possessor made ("Roe's work shows").
_FINDINGS = frozenset("work findings research results data analysis".split())  # noqa: SIM905
# Writings of one author ("Vell's memoir", "his book"): the author speaks through them.
OWN_WRITINGS = frozenset(
    "book memoir memoirs autobiography diary post posts tweet tweets column essay op-ed".split()  # noqa: SIM905
)
# Verbs for making a document, between its makers and the document noun.
_MAKING = re.compile(
    r"\b(?:published|publish|publishes|released|releases|conducted|conducts|wrote|writes|"
    r"authored|co-authored|led|carried\s+out|issued|issues|produced|compiled|presented|"
    r"prepared|did|ran|filed|files|sent|sends|signed|submitted|brought)\b"
)
_BY = re.compile(
    r"[ \t\xa0]+(?:(?:published|released|conducted|written|authored|led|carried[ \t\xa0]+out|"
    r"issued|produced|compiled|prepared|commissioned)[ \t\xa0]+)?(?:by|from)[ \t\xa0]+"
    r"(?:the[ \t\xa0]+)?"
)
_AT = re.compile(r"[ \t\xa0]+(?:at|from|of|with)[ \t\xa0]+(?:the[ \t\xa0]+)?")
# Between a body's name and its staff: a possessive and up to two lower-case words
# ("NASA's top officials", "Boeing safety engineers").
_BEFORE_STAFF = re.compile(r"(?:[\u2019']s?)?(?:[ \t\xa0]+[a-z][\w\-]*){0,2}[ \t\xa0]+$")
# A body's own definite description: what kind of body, after a proper qualifier.
_STATE_BODIES = frozenset(
    """government ministry embassy army military navy cabinet parliament administration
    police consulate""".split()  # noqa: SIM905
)
# The race a candidate's campaign runs in, and parties (whose campaign is no one body).
_RACES = frozenset(
    """presidential reelection re-election senate gubernatorial mayoral congressional
    primary general-election""".split()  # noqa: SIM905
)
_PARTIES = frozenset("republican republicans democratic democrats gop labour tory".split())  # noqa: SIM905
# Last words of the names of things: laws, treaties, programmes, products.
_THINGS = frozenset(
    """act acts agreement agreements accord accords treaty treaties law laws bill bills
    protocol amendment plan system directive regulation regulations deal pact charter
    constitution""".split()  # noqa: SIM905
)


# Words of how recent a document is, before its maker's name ("a new Harbour poll").
_FRESH = frozenset(
    "new recent latest fresh separate online statewide national nationwide".split()  # noqa: SIM905
)
# The verb by which someone puts out written words ("issued a statement").
_ISSUED = re.compile(
    r"\s" + ISSUING + r"\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w\u2019'-]+\s+)?$"
)


def staff_noun(low: list[str]) -> str | None:
    """The staff noun of a bare mention ("officials", "the researchers"), else None."""
    words = low[1:] if len(low) == 2 and low[0] in ("the", "these", "those") else low
    if len(words) == 1 and words[0] in _STAFF:
        return words[0]
    return None


def staff_of_a_kind(low: list[str], bodies: frozenset[str]) -> str | None:
    """The kind of body of staff named by it ("company officials", "the agency's
    engineers": "company", "agency"), else None."""
    words = low[1:] if low[:1] == ["the"] else low
    if len(words) != 2 or words[1] not in _STAFF:
        return None
    kind = words[0][:-2] if words[0].endswith(("'s", "\u2019s")) else words[0]
    return kind if kind in bodies and kind in _STAFF_KINDS else None


def _body_like(ent: Entity) -> bool:
    """An organisation the text gives a kind, an acronym of three or more capitals
    ("NASA", "ESET"), or a name that spoke and is no one's "he" or "she"."""
    if ent.kind == "person" or ent.kind == "group" or ent.gender:
        return False
    if ent.name.split()[-1].lower() in _THINGS:
        return False
    if ent.kind == "organisation" and ent.roles:
        return True  # "... University", "... Ministry": a kind of body
    letters = ent.name.replace("&", "")
    return (letters.isalpha() and letters.isupper() and len(letters) >= 3) or (
        ent.kind == "organisation" and ent.speaks
    )


def _whole(text: str, span: Span, ent: Entity) -> bool:
    """The mention names the body itself, not a word it shares with it ("Swiss" of
    "Swiss Army"): it ends in the body's last word, or is an acronym."""
    words = text[span[0] : span[1]].split()
    if not words:
        return False
    last = _bare(words[-1])
    return last.lower() == ent.last_word or (last.isupper() and len(words) == 1)


def _mention_ending(model: EntityModel, end_before: int, lo: int) -> tuple[Span, Entity] | None:
    """The mention that ends latest in ``[lo, end_before]``."""
    best: tuple[Span, Entity] | None = None
    for ent in model.entities:
        for s, e in ent.mentions:
            if lo <= e <= end_before and (best is None or e > best[0][1]):
                best = (s, e), ent
    return best


def named_staff(model: EntityModel, span: Span, low: list[str]) -> tuple[Span, Entity] | None:
    """ "NASA officials", "Berrien County Health Department officials": the staff of a body
    named right before the staff noun speak for it; that name's mention and entity."""
    if len(low) < 2 or low[-1] not in _STAFF:
        return None
    text = model.text
    end = span[0] + text[span[0] : span[1]].rstrip().rfind(" ")
    if end <= span[0]:
        return None
    ent = model.entity_starting_at(span[0])
    if ent is None or (span[0], end) not in ent.mentions or not _body_like(ent):
        return None
    return (span[0], end), ent


def staff_body(model: EntityModel, span: Span, noun: str) -> tuple[Span, Entity] | None:
    """The one body the text tied ``noun`` to before ``span`` ("NASA officials",
    "officials at the ministry"): the mention that tied it, and its entity. None when
    the noun was tied to none or to more than one body."""
    text = model.text
    # the same plural: "a Treasury official" is one person, not the officials of a body
    pattern = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    found: dict[int, tuple[Span, Entity]] = {}
    for m in pattern.finditer(text, 0, span[0]):
        if model.in_quote(m.start()):
            continue
        before = _BEFORE_STAFF.search(text, max(0, m.start() - 40), m.start())
        hit = None
        if before is not None:
            hit = _mention_ending(model, before.start(), before.start())
        if hit is None:
            after = _AT.match(text, m.end())
            if after is not None:
                ent = model.entity_starting_at(after.end())
                if ent is not None:
                    end = next(e for s, e in ent.mentions if s == after.end())
                    hit = (after.end(), end), ent
        if hit is not None and _body_like(hit[1]) and _whole(text, *hit):
            found[id(hit[1])] = hit
    if len(found) != 1:
        return None
    return next(iter(found.values()))


# A body whose work a document is ("the lab of X"); written or passed-on words whose outlet
# speaks for them ("a report in X", "sources cited by X"), and the verbs that pass them on.
_MADE_BY = frozenset(["laboratory", "lab", "team", "campaign", "office"])
_SOURCES = frozenset(["sources", "article", "articles", "story", "stories"])
_CITED = frozenset(["cited", "quoted"])
# Records a body keeps or publishes, named after it with no article ("Census Bureau data").
_RECORDS = frozenset(["filings", "records", "data", "figures", "statistics", "documents"])
_MAKER_WORD = re.compile(r"[\w\u2019'\-.]+")


# A lower-case word right after a name inside the phrase: the name is a modifier ("polls
# from the New Hampshire primary"), not the maker.
_NOUN_AFTER = re.compile(
    r"[ \t\xa0]+(?!(?:of|at|in|on|for|and|to|from|with|who|which|that|last|this)\b)"
    r"(?![a-z]+(?:ing|ed)\b)[a-z]"
)
# Words of time between a document's noun and its maker's "by"/"from" (with TIME_WORDS).
_REPORT_TIMES = frozenset("today yesterday tonight late early last this".split())  # noqa: SIM905


def document_maker(
    model: EntityModel, span: Span, low: list[str], documents: frozenset[str]
) -> tuple[Span, Entity] | None:
    """The body or person a document is by ("an analysis from Poynter", "a report by
    DigiTimes"): the name right after the document noun's "by"/"from"/"of"."""
    words = [w.strip(",.") for w in low]
    cased = _as_written(model.text[span[0] : span[1]], words)
    at = next(
        (
            i
            for i, w in enumerate(words)
            if w in ("by", "from", "of", "in")
            and not (  # "University of Ohio": a preposition inside a name
                0 < i < len(words) - 2
                and cased[i - 1][:1].isupper()
                and cased[i + 1][:1].isupper()
                and words[i - 1] not in documents
            )
        ),
        None,
    )
    made = next(
        (
            i
            for i, w in enumerate(words)
            if i >= 2
            and w == "by"
            and (
                (words[i - 1] in DOCUMENT_PARTICIPLES and words[i - 2] in documents)
                or (words[i - 1] in _RECORDS and words[0] in ("a", "an", "the"))
            )
        ),
        None,
    )
    maker_from = 0  # where a maker's name may start
    if at is not None and made is not None and words[at] == "of" and made > at:
        # "the average of recent polls compiled by Harbour Data", "an analysis of county
        # voter data by Civicount": the compiler, the analyst
        at = made
        maker_from = len(" ".join(cased[: made + 1]))
    if at is None and words[-1] in _DOCUMENTS and words[0] in ("the", "a", "an", "its"):
        return _named_on_it(model, span)  # "the IMF report": the IMF's
    if at is None and words[-1] in _DOCUMENTS and model.text[span[0] : span[0] + 1].isupper():
        return _named_on_it(model, span, 0, named=True)  # "Harbour Data poll shows"
    if at is None and words[-1] in _RECORDS and model.text[span[0] : span[0] + 1].isupper():
        return _named_on_it(model, span, 0)  # "Federal Harbour Commission filings"
    if at is None or not at:
        return None
    noun = words[at - 1]
    dated = 0  # "a report Tuesday from WKOW", "a statement late Monday by the ministry"
    while at - dated > 1 and (noun in _REPORT_TIMES or noun in TIME_WORDS):
        dated += 1
        noun = words[at - 1 - dated]
    if noun in _CITED and at >= 2 and words[at] == "by":
        noun = words[at - 2]  # "reports cited by MySA", "sources quoted by Reuters"
        outlet = True
    elif noun in DOCUMENT_PARTICIPLES and at >= 2 and words[at] == "by":
        noun = words[at - 2]  # "the survey, conducted by the Vell Institute"
        outlet = False
    elif noun == "out" and at >= 3 and words[at - 2] == "carried" and words[at] == "by":
        noun = words[at - 3]  # "the study, carried out by ..."
        outlet = False
    else:  # "a report in the Des Moines Register", not "a study in 50 people"
        after = " ".join(w for w in _MAKER_WORD.findall(model.text[span[0] : span[1]])[at + 1 :])
        outlet = words[at] == "in" and re.match(r"(?:the\s+)?[A-Z]", after) is not None
    kinds = documents | _SOURCES
    if noun not in kinds and (outlet or noun not in _MADE_BY):
        return None
    found: tuple[Span, Entity] | None = None
    last: tuple[Span, Entity] | None = None
    for ent in model.entities:
        if ent.kind == "group":
            continue
        if outlet and words[at] == "in" and ent.name.lower() in PLACES:
            continue  # "the exit polls in Ohio": where they were taken, not who made them
        for s, e in ent.mentions:
            named = mention_kind(model.text[s:e]) == "name" or ent.kind == "organisation"
            if span[0] + maker_from <= s and e <= span[1] and named:
                gap = model.text[span[0] : s].lower().split()
                apposed = outlet and e == span[1]  # "by Taiwanese publication DigiTimes"
                if apposed:
                    last = (s, e), ent  # the name that ends the phrase wins
                elif (
                    gap
                    and gap[-1] in ("by", "from", "of", "the", "in")
                    and (found is None or s < found[0][0])
                    and not (len(gap) > at and _NOUN_AFTER.match(model.text, e, span[1]))
                ):
                    found = (s, e), ent
    found = last or found
    if found is None or len(model.text[span[0] : found[0][0]].split()) > at + (4 if outlet else 2):
        if noun in _DOCUMENTS and words[0] in ("the", "a", "an", "its"):
            # "a Harbour Post analysis of campaign filings", "a Watchdog report released
            # by the governor's office": no maker after it, the body named before its noun
            head = model.text[span[0] : span[1]]
            cut = re.search(rf"\b{re.escape(noun)}\b", head, re.IGNORECASE)
            if cut is not None:
                return _named_on_it(model, (span[0], span[0] + cut.end()))
        return None
    return found


def _as_written(phrase: str, words: list[str]) -> list[str]:
    """``words`` (lower-cased, from ``phrase``) as ``phrase`` writes them."""
    low, at, out = phrase.lower(), 0, []
    for w in words:
        i = low.find(w, at)
        out.append(phrase[i : i + len(w)] if i >= 0 else w)
        at = i + len(w) if i >= 0 else at
    return out


def _joint_makers(model: EntityModel, start: int, end: int) -> tuple[Span, Entity] | None:
    """Two makers' names joined by a slash before a document's noun ("a Harbour
    College/Daily Courier poll"), each a name of its own: both together made it."""
    slash = model.text.find("/", start, end)
    if slash < 0 or "/" in model.text[slash + 1 : end]:
        return None
    left = model.entity_at((start, slash))
    right = model.entity_at((slash + 1, end))
    if left is None or right is None or (start, slash) not in left.mentions:
        return None
    if (slash + 1, end) not in right.mentions:
        return None
    if "organisation" not in (left.kind, right.kind):
        return None
    return (start, end), left


def _named_on_it(
    model: EntityModel, span: Span, first: int = 1, named: bool = False
) -> tuple[Span, Entity] | None:
    """ "the IMF report", "a Vell Group study": a body's name (or a name written in
    capitals) right before the document's noun, after its article (``first`` is where
    the name may start: 0 for none), is its maker (``named``: a name of two words or more
    that is no person's may be too, with no article)."""
    words = list(_MAKER_WORD.finditer(model.text, span[0], span[1]))
    while first and len(words) > first + 2 and words[first].group() in _FRESH:
        first += 1  # "a new Harbour Research survey": how recent it is, no part of the name
    if first and len(words) > first + 2 and re.fullmatch(r"(?:19|20)\d\d", words[first].group()):
        first += 1  # "a 2015 Harbour Research survey": the year is no part of the name
    if len(words) < first + 2:
        return None
    start, end = words[first].start(), words[-2].end()
    ent = model.entity_at((start, end))
    if ent is None or (start, end) not in ent.mentions:
        return _joint_makers(model, start, end)
    body = ent.kind == "organisation" or (ent.name.isupper() and len(ent.name) > 2)
    named = (bool(first) or named) and ent.kind == "unknown" and " " in ent.name  # "Vell Data"
    if not body and not named:
        return None  # ("the Clinton memo": whose it is, not who wrote it)
    if not first and " " not in model.text[start:end] and not model.text[start:end].isupper():
        return None  # ("Senate filings": a candidate's, kept by the Senate)
    return (start, end), ent


def document_makers(model: EntityModel, span: Span, noun: str) -> tuple[Span, Entity] | None:
    """Who made the document ``noun`` ("the study") stands for: in the latest of the
    three sentences before it that names that kind of document, the name after "by" or
    "from" ("a study by ..."), or the subject of a verb of making ("Roe and Baker
    published the paper"). None when that sentence says neither."""
    if noun not in _DOCUMENTS:
        return None
    text = model.text
    here = model.sentence_index(span[0])
    kinds = "(?:law)?suit" if noun in ("suit", "lawsuit") else noun  # "the suit": a lawsuit
    pattern = re.compile(rf"\b{kinds}\b", re.IGNORECASE)
    for idx in range(here, max(-1, here - 4), -1):
        start = model.sentence_starts[idx]
        end = span[0] if idx == here else model.sentence_starts[idx + 1]
        hits = [m for m in pattern.finditer(text, start, end) if not model.in_quote(m.start())]
        if not hits:
            continue
        doc = hits[-1]
        by = _BY.match(text, doc.end())
        if by is not None:
            ent = model.entity_starting_at(by.end())
            if ent is not None and ent.kind != "group":
                stop = next(e for s, e in ent.mentions if s == by.end())
                return (by.end(), stop), ent
        maker = _maker_subject(model, start, doc.start())
        return maker
    return None


def document_owner(
    model: EntityModel, span: Span, head: str, documents: frozenset[str]
) -> tuple[Span, Entity] | None:
    """The one name whose possessive opens a document's description ("Pew's survey",
    "NASA's new report"), or None. A person's relative is no document: only a
    document noun or a body of findings as head."""
    if head not in documents and head not in _FINDINGS and head not in OWN_WRITINGS:
        return None
    text = model.text
    phrase = text[span[0] : span[1]]
    owned = re.search(r"[\u2019']s\b", phrase)
    if owned is None or re.search(r"\s(?:and|&)\s", phrase[: owned.start()]):
        return None  # no possessor, or two ("Roe and Baker's work": a pair, not one name)
    end = span[0] + owned.start()
    for ent in model.entities:
        if ent.kind == "group":
            continue
        for s, e in ent.mentions:
            if e == end and span[0] <= s and mention_kind(text[s:e]) == "name":
                return (s, e), ent
    owner = text[span[0] : end]
    if head not in OWN_WRITINGS or " " in owner or not owner[:1].isupper():
        return None
    # "Vell's Facebook post", read as one run of capitals: the one person of that
    # surname named before it
    people = [
        e
        for e in model.entities
        if e.kind == "person"
        and " " in e.name
        and e.name.split()[-1] == owner
        and e.mentions[0][0] < span[0]
    ]
    return ((span[0], end), people[0]) if len(people) == 1 else None


def _maker_subject(model: EntityModel, start: int, doc: int) -> tuple[Span, Entity] | None:
    """The main subject between ``start`` and the document noun at ``doc``, with a verb
    of making after it ("Roe and Baker published the paper")."""
    text = model.text
    subjects = [(s, e) for s, e, w in model.mentions_between(start, doc) if w >= MAIN]
    if not subjects:
        return None
    s, ent = subjects[0]
    stop = next((b for a, b in ent.mentions if a == s), None)
    if stop is None or _MAKING.search(text, stop, doc) is None:
        return None
    if any(a < doc and b > stop for a, b in model.quoted if a >= stop):
        return None
    group = next(
        ((g, m) for g in model.entities if g.kind == "group" for m in g.mentions if m[0] == s),
        None,
    )
    if group is not None:
        return group[1], group[0]  # "Roe and Baker": both made it
    return (s, stop), ent


def names_its_body(mention: str) -> bool:
    """A body's own definite description: "the" or a proper possessor, proper words
    (a nation, a leader), perhaps a department, and the kind of body ("the French
    foreign ministry", "Russia's defence ministry", "the South Korean government")."""
    words = mention.split()
    if len(words) < 2 or mention_kind(mention) != "description":
        return False
    head = words[-1].lower()
    if head == "campaign":
        return _a_candidates_campaign(words[:-1])
    if head == "office":
        return _a_named_office(words[:-1])
    if head not in _STATE_BODIES:
        return False
    body = words[:-1]
    while body and body[-1].lower() in DEPARTMENTS:
        body = body[:-1]
    if body and body[0].lower() == "the":
        body = body[1:]
    if not body or len(body) > 3:
        return False
    # "Monday's government", "His government": a day or a pronoun is no one's name
    return _proper(body)


def _a_named_office(words: list[str]) -> bool:
    """The words before "office" are someone's name in the possessive, perhaps with
    titles: "Sen. Jo Hale's office", "House Speaker Paul Ryan's office" (not "the
    governor's office", "his office", "the Oval Office")."""
    if not words or len(words) > 5 or not words[-1].endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return False
    return _proper(words)


def _a_candidates_campaign(words: list[str]) -> bool:
    """The words before "campaign" name a candidate: "the Clinton campaign", "Mrs.
    Clinton's presidential campaign", "Trump's campaign" (not "the Republican campaign",
    "the 2016 campaign", "her campaign")."""
    if words and (words[0].lower() == "the" or _HONORIFIC.match(words[0] + " ")):
        words = words[1:]  # ("Ms. Marsh's campaign")
    while words and words[-1].lower() in _RACES:
        words = words[:-1]
    if not words or len(words) > 3:
        return False
    return _proper(words, _PARTIES)


_POSSESSIVE_END = re.compile(r"[\u2019']s?$")


def _bare(word: str) -> str:
    """``word`` without a possessive ending ("Hale's" -> "Hale", "Jones'" -> "Jones")."""
    return _POSSESSIVE_END.sub("", word)


def _proper(words: list[str], besides: frozenset[str] = frozenset()) -> bool:
    """Every word a capitalised one that can be part of a name (possessives read bare),
    none of ``besides`` (lower case)."""
    return all(
        w[:1].isupper() and _bare(w) not in NOT_NAME_WORDS and _bare(w).lower() not in besides
        for w in words
    )


_CAMPAIGN_WORD = re.compile(r"\bcampaign\b")


def campaign_before(text: str, pos: int) -> str | None:
    """The candidate whose campaign the last "campaign" before ``pos`` is ("the Hale
    campaign" -> "Hale"), or None when that campaign is no candidate's ("her campaign",
    "the presidential campaign")."""
    found = list(_CAMPAIGN_WORD.finditer(text, max(0, pos - 3000), pos))
    if not found:
        return None
    last = found[-1]
    words = text[max(0, last.start() - 60) : last.start()].split()[-4:]
    for i in range(len(words)):
        if _a_candidates_campaign(words[i:]) and words[i][:1].isupper():
            named = [w for w in words[i:] if w.lower() not in _RACES]
            return _bare(named[-1])
    return None


def named_thing(ent: Entity) -> bool:
    """A name whose last word names a law, a treaty, a plan or a system ("the Paris
    Agreement", "the Space Launch System"), and that never spoke."""
    return not ent.speaks and ent.name.split()[-1].lower() in _THINGS


def thing_name(ent: Entity) -> bool:
    """A name of a thing, no one who speaks: its last word names a law, a treaty or a
    programme ("the Paris Agreement", "the Affordable Care Act"), or it is one word
    that is an organisation only for the "the" before it ("the Roomba", "the
    Republican"): no kind of body, no acronym, no plural, and it never spoke."""
    if ent.speaks:
        return False
    if named_thing(ent):
        return True
    letters = ent.name.replace("&", "").replace(".", "")
    last = ent.name.split()[-1].lower()
    people = last.endswith("s") and not last.endswith("ss")  # "Democrats", "Tea Party Patriots"
    one_word = " " not in ent.name.strip()  # "Republican", "Syrian", "the Roomba"
    return (
        ent.kind == "organisation"
        and one_word
        and not ent.roles
        and not letters.isupper()
        and not people
    )


def issued_by(model: EntityModel, text: str, span: Span) -> tuple[Span, Entity] | None:
    """ "the council issued a statement calling ...": the name right before the verb
    that issued the written words, the one speaking through them."""
    lo = model.sentence_starts[model.sentence_index(span[0])]
    verb = _ISSUED.search(text, max(lo, span[0] - 40), span[0])
    if verb is None:
        return None
    end = verb.start()
    aside = _RELATIVE_ASIDE.search(text, max(lo, end - 100), end)
    if aside is not None:
        end = aside.start()  # "the Commission, which regulates finances, issued a statement"
    for ent in model.entities:
        for s, e in ent.mentions:
            if lo <= s and end - 1 <= e <= end and ent.kind != "group":
                return (s, e), ent
    return None


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;:.]{1,90},\s*$")


def one_of_a_family(model: EntityModel, ent: Entity, mention: str, span: Span) -> Entity | None:
    """A lone surname when two people of that surname were named before it ("Jeb
    Bush ... George W. Bush ... Bush said"): None, as the text does not say which
    (a given name, "Jeb said", or a title, "Mrs. Bush", is no lone surname); None too
    when the honorific and the one found may not agree."""
    found = _family_member(model, ent, mention, span)
    gender = _honorific_gender(mention)
    if found is not None and gender and given_gender(found.name) not in ("", gender):
        return None  # "Mr. Lee" is not Hillary Lee
    return found


def _family_member(model: EntityModel, ent: Entity, mention: str, span: Span) -> Entity | None:
    if len(ent.words) < 2 or ent.kind not in ("person", "unknown"):
        return ent
    if name_words(mention).lower() != ent.last_word:
        return ent
    surname = ent.last_word
    named = [
        e
        for e in model.entities
        if surname in e.words
        and e is not ent
        and e.last_word == surname
        and len(e.words) >= 2
        and e.kind in ("person", "unknown")
        and not titled_thing(e)  # ("Sons of Vell": a play)
        and any(m[0] < span[0] and m[1] - m[0] > len(e.last_word) for m in e.mentions)
        and not _one_name(model, ent, e)
    ]
    if not named:
        return None if _both_honorifics(model, ent, mention) else ent
    bearers = (ent, *named)
    gender = _honorific_gender(mention)  # "Mrs. Clinton" of Bill and Hillary Clinton
    if gender:
        same = [e for e in bearers if e.gender == gender]
        if len(same) == 1 and all(e.gender for e in bearers):
            return same[0]
    told = _SAID_OF_SELF.match(model.text, span[1])  # "Clinton ... said she was ..."
    if told is not None:
        gender = "f" if told.group(1).lower() == "she" else "m"
        same = [e for e in bearers if e.gender == gender]
        if len(same) == 1:
            return same[0]
    return _surname_in_use(model, bearers, surname)


def _honorific_gender(mention: str) -> str:
    """The gender an honorific opening ``mention`` gives ("Mr. Lee": m), or ""."""
    found = _HONORIFIC.match(mention)
    return "" if found is None else _TITLE_GENDER[found.group(1)]


def _both_honorifics(model: EntityModel, ent: Entity, mention: str) -> bool:
    """The only full name of a surname, of no known given name, whose mentions bear both
    honorifics ("Kaveh and Roshan Daneshvar ... Mr. Daneshvar ... Ms. Daneshvar"): two
    people read as one, and "Mr. Daneshvar" may not be the full name's bearer."""
    if not _honorific_gender(mention) or given_gender(ent.name):
        return False
    worn = set()
    for start, end in ent.mentions:
        before = _HONORIFIC_BEFORE.search(model.text, max(0, start - 6), end)
        if before is not None:
            worn.add(_TITLE_GENDER[before.group(1)])
    return len(worn) > 1


def _surname_in_use(model: EntityModel, bearers: tuple[Entity, ...], surname: str) -> Entity | None:
    """The bearer the text already called by the bare surname before it named any other
    ("Donald Trump ... Trump said ... his daughter Ivanka Trump ... Trump said": the
    text's own convention), or None when it set none."""

    def full_start(e: Entity) -> int:
        return min((m[0] for m in e.mentions if m[1] - m[0] > len(surname)), default=1 << 60)

    first = min(bearers, key=full_start)
    if first.kind != "person":
        return None  # ("Plus Democrats": no one's name)
    named, others = full_start(first), min(full_start(e) for e in bearers if e is not first)
    bare = any(
        named < s < others and name_words(model.text[s:e]).lower() == surname
        for s, e in first.mentions
    )
    return first if bare else None


# After a lone surname, its own verb of saying and a pronoun subject of what was said,
# which is the same person ("Clinton, at a town hall, said she was ...").
# An honorific that gives its bearer's gender, before a surname.
_HONORIFIC = re.compile(r"(Mr|Mrs|Ms|Miss)\.?[ \t\xa0]")
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t\xa0]+")
_TITLE_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_SAID_OF_SELF = re.compile(
    r"(?:\s*,[^;:.]{0,100}?,)?\s+(?:\w+\s+)?(?:said|says|told\s+\w+|added|insisted|argued)"
    r"\s+(?:that\s+)?(he|she)\b"
)


def _one_name(model: EntityModel, a: Entity, b: Entity) -> bool:
    """Two forms of one person's name, not two people: one holds no given name
    ("Attorney General Hart"), or their given names share a word ("Michael Hart",
    "Michael B. Hart") or begin alike ("Sandy Hart", "Sandra Hart")."""
    first = _given(model, a)
    second = _given(model, b)
    if not first or not second or first & second:
        return True
    return any(len(x) >= 3 and len(y) >= 3 and x[:3] == y[:3] for x in first for y in second)


def _given(model: EntityModel, ent: Entity) -> set[str]:
    """The words of an entity's name before its surname; titles, roles, a party's member
    ("Republican Jo Hale") and initials left out."""
    lex = model.lex
    skip = NOT_NAME_WORDS | lex.titles | lex.female_titles | lex.male_titles | PARTY_MEMBERS
    words = [w.lower().rstrip(".,") for w in name_words(ent.name).split()]
    surname = ent.last_word
    cut = words.index(surname) if surname in words else len(words)
    return {w for w in words[:cut] if len(w) > 1 and w not in skip}


# German words that open a clause or a phrase, never a name ("Laut Unterlagen", "Soweit der
# Kläger", "Zuerst"): a speaker phrase that begins with one names no one.
_GERMAN_OPENERS = frozenset(
    """
    laut soweit sodass und oder aber dann zuerst dafür dabei daher deshalb wahrscheinlich
    vielleicht jetzt nun auch noch erst schon bereits zudem außerdem man was wie wenn als ob
    weil dass würdest würde manche manchen mancher einige einigen mehrere mehreren viele
    vielen andere anderen verschiedene verschiedenen zahlreiche zahlreichen
    """.split()  # noqa: SIM905
)
# German words for reports and data, written as one compound ("Herstellerangaben",
# "Medienberichten", "Polizeiquellen"): a source no one names.
_GERMAN_SOURCE_NOUN = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]*(?:angaben|berichten|berichte|informationen|quellen|kreisen|"
    r"schätzungen|meldungen|daten|zahlen|umfragen)"
)
_GERMAN_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines diese dieser dieses diesen".split()  # noqa: SIM905
)


def german_opener(words: list[str]) -> bool:
    """A German speaker phrase that opens with a word no name begins with, or that is one
    compound for reports or data ("Herstellerangaben", "Medienberichten")."""
    if not words:
        return False
    if len(words) == 1 and _GERMAN_SOURCE_NOUN.fullmatch(words[0]):
        return True
    return words[0].lower() in _GERMAN_OPENERS


def german_common_noun(words: list[str]) -> bool:
    """``Die Polizei``, ``Diese Abteilung``, ``der neue Chef``: an article and one noun (German
    capitalises every noun), no name; an acronym (``Die FAZ``) is one."""
    if not words or words[0].lower() not in _GERMAN_ARTICLES:
        return False
    caps = [w for w in words[1:] if w[:1].isupper()]
    return len(caps) == 1 and not (len(caps[0]) > 1 and caps[0].isupper())


def german_proper_phrase(words: list[str]) -> bool:
    """``der Europäische Gerichtshof``, ``die Deutsche Bahn``: an article, then capitalised
    words the first of which is an adjective (German writes adjectives in lower case but in
    names), so a body's name."""
    if len(words) < 3 or words[0].lower() not in _GERMAN_ARTICLES:
        return False
    rest = words[1:]
    return (
        all(w[:1].isupper() for w in rest)
        and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)", rest[0]) is not None
        and len(rest[-1]) > 3
    )


_LOWER_INSIDE = re.compile(r"\s(?:der|des|die|den|dem)\s")


def nouns_of_nouns(name: str) -> bool:
    """A German run of nouns joined by an article ("Druck der Regierung", "Sekretär des
    Weltkongresses der Uiguren"), with no full name of two words after its last article
    (as "Außenminister der Russischen Föderation Sergei Lawrow" has)."""
    inside = list(_LOWER_INSIDE.finditer(name))
    return bool(inside) and len(name[inside[-1].end() :].split()) < 2
