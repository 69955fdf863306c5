"""Helpers shared by the quote tests: quotes of a short passage of our own."""

from __future__ import annotations

from provenance.parse import parse_document
from provenance.quotes import Quote, extract_quotes
from provenance.quotes.evidence import chain_problem


def quotes(text: str, media_type: str = "text/plain") -> list[Quote]:
    """Every quote of ``text``, parsed as a plain-text (or ``media_type``) page."""
    art = parse_document(text.encode(), media_type=media_type, charset="utf-8")
    return list(extract_quotes(art))


def quote_of(text: str, start: str) -> Quote:
    """The one quote of ``text`` whose words start with ``start``."""
    found = [q for q in quotes(text) if q.text.startswith(start)]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(text)]
    return found[0]


def chain_ok(q: Quote) -> None:
    """The resolution's evidence holds by the rules a verifier applies."""
    assert q.speaker is not None and q.speaker_name is not None
    mention = (q.speaker.text, q.speaker.start, q.speaker.end)
    chain = tuple((a.text, a.start, a.end) for a in q.antecedents)
    assert chain_problem(mention, chain, q.speaker_name) is None


def names_no_one(q: Quote) -> bool:
    """The quote gives no name, or says its name is unresolved."""
    return q.speaker_name is None or "unresolved" in q.resolution


def mention(q: Quote) -> str | None:
    """The speaker mention as written, or None."""
    return q.speaker.text if q.speaker else None


GERMAN_LEAD = "Die Lage blieb ruhig und der Regen fiel auf die Stadt.\n\n"


def german_quote_with(text: str, inner: str) -> tuple[str, str | None]:
    """(kind, speaker mention) of the one quote of a German passage (after a lead
    paragraph) holding ``inner``."""
    found = [q for q in quotes(GERMAN_LEAD + text) if inner in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(GERMAN_LEAD + text)]
    return found[0].kind, mention(found[0])
