"""The state of one pass over an article, shared by the quote finder's steps: sentences and
paragraphs, the quotes found so far and how each is made, and the last step, which settles
every speaker mention (the part of the phrase that can name someone, then its resolution in
text order, each with the evidence a verifier checks).
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from ..parse import Article
from .evidence import chain_problem, mention_kind
from .frames import Attribution, sentences
from .lexicon import for_language
from .marks import QuoteSpan
from .phrase_edges import noun_phrase
from .resolve import Request, Resolver
from .speaker_phrase import addressee, apposed_end, modifier_only, speaker_span
from .values import Quote, TextSpan, quote_id_of, text_span

__all__ = ["NO_SPEAKER", "PENDING", "QUOTE_CHARS", "FinderState"]

#: The resolution of a quote found but not yet resolved, before how it was attributed.
PENDING = "pending: "
#: The resolution of a speaker phrase that holds no one who can speak.
NO_SPEAKER = "none (no speaker in the phrase)"
QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u2018\u2019'"


# A short phrase of place or affiliation after a description, up to a comma ("at Lehigh",
# "from the firm").
_PLACE_BEFORE_COMMA = re.compile(
    r"[ \t\xa0]+(?:at|of|from|in|with)[ \t\xa0]+[^,;:.!?\"\u201c\u201d()]{1,40}?(?=,)"
)


class FinderState:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.lex = for_language(article.language, self.text)
        self.paragraphs = [(p.start, p.end) for p in article.paragraphs]
        self.kinds = [p.kind for p in article.paragraphs]
        self.pulled: frozenset[int] = frozenset()  # pull-quote paragraphs
        self.nicknames: set[tuple[int, int]] = set()  # quotes that are nicknames in names
        self.sentences: list[tuple[int, int, int]] = []  # (start, end, paragraph index)
        for i, (ps, pe) in enumerate(self.paragraphs):
            self.sentences.extend((s, e, i) for s, e in sentences(self.lex, self.text, ps, pe))
        ordered = all(a[1] <= b[0] for a, b in itertools.pairwise(self.sentences))
        self._sentence_starts = [s for s, _, _ in self.sentences] if ordered else None
        self.resolver = Resolver(self.text, self.lex)
        self.quotes: list[Quote] = []
        self.last_attribution: Attribution | None = None
        self.last_para = -1
        self.double_style = False

    def sentence_at(self, pos: int) -> tuple[int, int, int]:
        if self._sentence_starts is not None:  # in order, none overlapping: one look-up
            k = bisect.bisect_right(self._sentence_starts, pos) - 1
            if k >= 0 and pos < self.sentences[k][1]:
                return self.sentences[k]
            return pos, pos, -1
        for s, e, i in self.sentences:
            if s <= pos < e:
                return s, e, i
        return pos, pos, -1

    def resolve_speakers(self) -> None:
        """Every speaker mention resolved in text order, direct and reported speech
        alike, so that each resolution knows who spoke before it."""
        if self.lex.code == "en":
            self.quotes = [self.tidy_speaker(q) for q in self.quotes]
            self.carry_from_latest()
        asked = [
            i
            for i, q in enumerate(self.quotes)
            if q.speaker is not None and q.resolution != NO_SPEAKER
        ]
        requests: dict[tuple[int, int], Request] = {}
        for i in asked:
            q = self.quotes[i]
            assert q.speaker is not None
            mention = (q.speaker.start, q.speaker.end)
            if mention not in requests:
                requests[mention] = Request(
                    mention,
                    tuple((c.start, c.end) for c in q.quoted + q.content),
                    (q.cue.start, q.cue.end) if q.cue is not None else None,
                )
        found = self.resolver.resolve_all(list(requests.values()))
        for i in asked:
            q = self.quotes[i]
            assert q.speaker is not None
            res = found[(q.speaker.start, q.speaker.end)]
            confidence, resolution = res.confidence, res.how
            if q.resolution == PENDING + "previous":
                confidence = min(confidence, 0.6)
                resolution = f"{resolution}, carried from the previous quote"
            elif q.resolution == PENDING + "subject":
                confidence = min(confidence, 0.6)
                resolution = f"{resolution}, the subject of the sentence before"
            name, chain = res.name, res.chain if res.name else ()
            if name is not None and self._unprovable(q.speaker, chain, name):
                # a name whose evidence a verifier would reject is not given
                name, chain = None, ()
                confidence = min(confidence, 0.3)
                resolution = f"{resolution}, unresolved (the text gives no checkable chain)"
            self.quotes[i] = attrs.evolve(
                q,
                speaker_name=name,
                confidence=round(confidence, 2),
                resolution=resolution,
                # A chain is evidence for a name: with no name resolved, there is none.
                antecedents=tuple(text_span(self.article, a, b) for a, b in chain),
            )

    def carry_from_latest(self) -> None:
        """A quote carried on from the last direct quote's speaker, when a report found
        later stands between them ("Sanders pointed to young voters. "..."") and names
        someone after that speaker: the quote goes on from that report instead."""
        for i, q in enumerate(self.quotes):
            if q.resolution != PENDING + "previous" or q.speaker is None:
                continue
            para = self.paragraph_of(q.start)
            before = next(
                (p for p in reversed(self.quotes[:i]) if p.end <= q.start and p.speaker), None
            )
            if before is None or before.speaker is None or before.kind != "indirect":
                continue
            if before.speaker.start <= q.speaker.start or before.resolution == NO_SPEAKER:
                continue
            if mention_kind(before.speaker.text) != "name":
                continue  # "tweeted a warning": only a name is a new speaker for sure
            if self.paragraph_of(before.speaker.start) not in (para, para - 1):
                continue
            sentence = self.resolver.model.sentence_index
            if sentence(before.speaker.start) == sentence(q.speaker.start):
                continue  # '"...," Lee said, after Roe argued that ...': still Lee's turn
            self.quotes[i] = attrs.evolve(q, speaker=before.speaker, cue=before.cue)

    def _unprovable(self, speaker: TextSpan, chain: tuple[tuple[int, int], ...], name: str) -> bool:
        """The chain from ``speaker`` to ``name`` breaks the rules a verifier checks it by
        (:func:`~provenance.quotes.evidence.chain_problem`)."""
        mention = (self.text[speaker.start : speaker.end], speaker.start, speaker.end)
        links = tuple((self.text[a:b], a, b) for a, b in chain)
        return chain_problem(mention, links, name) is not None

    def tidy_speaker(self, q: Quote) -> Quote:
        """``q`` with only the part of its speaker phrase that can name someone
        (:mod:`provenance.quotes.speaker_phrase`); no speaker when none can."""
        if q.speaker is None:
            return q
        mention = (q.speaker.start, q.speaker.end)
        cue = (q.cue.start, q.cue.end) if q.cue is not None else None
        if cue is not None and addressee(self.text, cue, mention):  # "told the audience"
            return attrs.evolve(q, speaker_name=None, confidence=0.0, resolution=NO_SPEAKER)
        if self.lex.code == "en" and modifier_only(self.text, mention, cue):
            return attrs.evolve(q, speaker_name=None, confidence=0.0, resolution=NO_SPEAKER)
        kept = speaker_span(self.text, mention)
        if kept is not None and self.lex.code == "en" and q.resolution != PENDING + "previous":
            kept = noun_phrase(self.text, kept, cue)  # no clause, no fragment
        comma = kept is not None and self.text[kept[1] : kept[1] + 1] == ","
        things = self.lex.document_nouns
        named = apposed_end(self.resolver.model, kept, things) if kept and comma else None
        place = _PLACE_BEFORE_COMMA.match(self.text, kept[1]) if kept and not comma else None
        if kept is not None and place is not None and self.lex.code == "en":
            # "said his best friend at Lehigh, Jo Roe, who ...": the name after the place
            named = apposed_end(self.resolver.model, (kept[0], place.end()), things)
        if kept is not None and named is not None:
            kept = (kept[0], named)  # "the deputy prosecutor, Eva Lind, said"
        if kept == mention:
            return q
        if kept is None:
            return attrs.evolve(q, speaker_name=None, confidence=0.0, resolution=NO_SPEAKER)
        return attrs.evolve(q, speaker=text_span(self.article, *kept))

    def paragraph_of(self, pos: int) -> int:
        for i, (ps, pe) in enumerate(self.paragraphs):
            if ps <= pos < pe:
                return i
        return -1

    def add_plain(
        self, qs: QuoteSpan, kind: str, parent: str | None, note: str | None = None
    ) -> Quote:
        """A quote with no attribution (scare, nested)."""
        quote = self.make(qs, kind, None, "none")
        quote = attrs.evolve(quote, parent_id=parent, note=note)
        self.quotes[-1] = quote
        return quote

    def trimmed(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` without white space at its edges."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def mark_spans(self, pieces: tuple[tuple[int, int], ...]) -> tuple[TextSpan, ...]:
        """The quotation marks right around each quoted piece (doubled apostrophes
        count as one mark; a piece that runs on to the next paragraph has no closer)."""
        text = self.text
        out: list[TextSpan] = []
        for s, e in pieces:
            o = s - 2 if s >= 2 and text[s - 2 : s] in ("''", "``") else s - 1
            if o >= 0 and text[s - 1] in QUOTE_CHARS:
                out.append(text_span(self.article, o, s))
            c = e + 2 if text[e : e + 2] == "''" else e + 1
            if e < len(text) and text[e] in QUOTE_CHARS:
                out.append(text_span(self.article, e, c))
        return tuple(out)

    def make(
        self,
        qs: QuoteSpan,
        kind: str,
        attribution: Attribution | None,
        how: str,
        clause: tuple[int, int] | None = None,
    ) -> Quote:
        """A quote of ``qs``; ``clause`` is the reported clause of a mixed quote."""
        pieces = tuple(self.trimmed(s, e) for s, e in qs.pieces)
        quoted_pieces = () if kind == "indirect" else pieces
        quoted = tuple(text_span(self.article, s, e) for s, e in quoted_pieces)
        if clause is not None:
            content: tuple[TextSpan, ...] = (text_span(self.article, *self.trimmed(*clause)),)
        else:
            content = tuple(text_span(self.article, s, e) for s, e in pieces)
        speaker = cue = None
        resolution, note = "none", None
        if attribution is not None and attribution.speaker is not None:
            speaker = text_span(self.article, *_without_party(self.text, attribution.speaker))
            if attribution.cue is not None:
                cue = text_span(self.article, *attribution.cue)
            resolution = PENDING + how  # resolved later, in text order
        else:
            note = "the text names no speaker for this quote"
        quote = Quote(
            quote_id=quote_id_of(self.article, content, quoted),
            kind=kind,
            text=" ".join(c.text for c in content),
            content=content,
            cue=cue,
            speaker=speaker,
            speaker_name=None,
            confidence=0.0,
            resolution=resolution,
            note=note,
            quoted=quoted,
            marks=self.mark_spans(() if kind == "indirect" else qs.pieces),
        )
        self.quotes.append(quote)
        return quote


# A party and state in brackets after a name: "(D-Nev.)", "(R)", "(R-Texas)".
_PARTY = re.compile(r"[ \t\xa0]*\((?:[RDI]|[RDI]-[A-Z][\w. ]{0,16})\)$")


def _without_party(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The speaker phrase without a party and state in brackets after the name ("Rep.
    Jim Clyburn (D-S.C.)" is "Rep. Jim Clyburn"): no word of the name."""
    found = _PARTY.search(text, span[0], span[1])
    return (span[0], found.start()) if found is not None and found.start() > span[0] else span
