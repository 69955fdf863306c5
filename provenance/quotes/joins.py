"""Quotes that are one attribution in several pieces, joined: a quote split by its
frame (``"A," said X. "B."``), a mixed quote and the same speaker's next quoted
sentence, and quoted fragments inside one mixed quote's clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from ..parse import Article
from .values import Quote, quote_id_of, text_span

__all__ = ["attribution_of", "join_split_quotes"]

_QUOTE_OR_SPACE = re.compile("[\\s\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e]")


def join_split_quotes(
    article: Article, paragraph_of: Callable[[int], int], quotes: list[Quote]
) -> list[Quote]:
    """``quotes`` (in text order) with the pieces of one attribution joined."""
    return _Joiner(article, paragraph_of).join(quotes)


def attribution_of(q: Quote) -> dict[str, Any]:
    """The fields of ``q`` that say who said it and how that was found."""
    names = ("cue", "speaker", "speaker_name", "confidence", "resolution", "antecedents", "note")
    return {name: getattr(q, name) for name in names}


class _Joiner:
    def __init__(self, article: Article, paragraph_of: Callable[[int], int]) -> None:
        self.article = article
        self.text = article.text
        self.paragraph_of = paragraph_of

    def join(self, quotes: list[Quote]) -> list[Quote]:
        """One attribution, several quoted pieces: ``"A," said X. "B."`` and
        ``"A." "B," X said.`` are one quote with two content pieces."""
        out: list[Quote] = []
        for q in quotes:
            prev = out[-1] if out else None
            if (
                prev is not None
                and q.kind == "direct"
                and prev.kind == "scare"
                and prev.parent_id is None
                and "title" not in (prev.note or "")  # ('on HBN's "Meet the Harbour." "...'")
                and self.paragraph_of(prev.end) == self.paragraph_of(q.start)
                and not re.sub(_QUOTE_OR_SPACE, "", self.text[prev.end : q.start])
            ):
                # "One." "Two," Lee said. -- the first piece is no scare quote.
                out[-1] = attrs.evolve(self.merged(q, prev, q), note=None)
                continue
            if (
                prev is not None
                and q.kind == "direct"
                and prev.kind in ("direct", "mixed")
                and self.paragraph_of(prev.end) == self.paragraph_of(q.start)
                and self._same_attribution(prev, q)
            ):
                if q.content[0].start >= prev.content[-1].end:
                    both = self.merged(prev if prev.speaker is not None else q, prev, q)
                    out[-1] = attrs.evolve(both, kind=prev.kind)  # a mixed quote stays mixed
                    continue
                if prev.kind == "mixed" and self._inside(q, prev):
                    # a quoted sentence inside the reported clause: one more fragment of it
                    out[-1] = self.widened(prev, q)
                    if prev.speaker is None and q.speaker is not None:
                        out[-1] = attrs.evolve(out[-1], **attribution_of(q))
                    continue
            host = next(
                (o for o in reversed(out[-4:]) if o.kind == "mixed" and self._inside(q, o)), None
            )
            if (
                host is not None
                and q.kind in ("scare", "mixed")
                and q.parent_id is None
                and (q.kind == "scare" or q.cue == host.cue or q.speaker is None)
            ):
                # Cruz called Trump a "liar" who is "amoral": one attribution, two fragments.
                out[out.index(host)] = self.widened(host, q)
                continue
            out.append(q)
        return out

    def _inside(self, q: Quote, host: Quote) -> bool:
        first = q.quoted[0] if q.quoted else q.content[0]
        return host.content[0].start <= first.start and first.end <= host.content[-1].end

    def widened(self, host: Quote, q: Quote) -> Quote:
        """``host`` (a mixed quote) with ``q``'s quoted words as one more fragment."""
        start = min(host.content[0].start, q.content[0].start)
        end = max(host.content[-1].end, q.content[-1].end)
        content = (text_span(self.article, start, end),)
        quoted = tuple(sorted(host.quoted + q.quoted, key=lambda x: x.start))
        marks = tuple(sorted(host.marks + q.marks, key=lambda x: x.start))
        return attrs.evolve(
            host,
            quote_id=quote_id_of(self.article, content, quoted),
            content=content,
            quoted=quoted,
            marks=marks,
            text=content[0].text,
        )

    def merged(self, base: Quote, first: Quote, second: Quote) -> Quote:
        """``base`` with the pieces of ``first`` and ``second`` as one quote."""
        content = first.content + second.content
        quoted = first.quoted + second.quoted
        return attrs.evolve(
            base,
            quote_id=quote_id_of(self.article, content, quoted),
            content=content,
            quoted=quoted,
            marks=first.marks + second.marks,
            text=first.text + " " + second.text,
        )

    def _same_attribution(self, prev: Quote, q: Quote) -> bool:
        between = self.text[prev.end : q.start]
        if q.resolution.endswith("carried from the previous quote"):
            return True
        if prev.cue is not None and q.cue is not None and prev.cue.start == q.cue.start:
            return True
        return prev.speaker is None and not re.search(r"\w", between)
