"""Citation formats, each generated from the canonical :class:`Citation` (never from another).

``json`` (canonical), ``annotation`` (W3C Web Annotation JSON-LD), ``markdown``,
``html`` (all text escaped; ``blockquote cite=``, Robust Links attributes),
``text``, ``bibtex`` (BibLaTeX ``@online``), ``csl-json`` (for citeproc
processors), and a text-fragment link (``#:~:text=``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote as _percent

from .citation import Citation

__all__ = ["FORMATS", "is_paraphrase", "render", "statement", "text_fragment_url"]

_ORIGIN = {"live": "fetched live", "seed": "bundled seed copy, not fetched live"}


def _date_parts(value: str | None) -> list[list[int]] | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    return [[int(g) for g in m.groups() if g is not None]]


def _speaker(c: Citation) -> str:
    q = c.quote
    if q.speaker_name and q.speaker and q.speaker_name != q.speaker:
        return q.speaker_name
    return q.speaker_name or q.speaker or "unattributed"


def is_paraphrase(c: Citation) -> bool:
    """Indirect and mixed speech: not quoted as a whole, so never shown in quotation marks
    (a mixed quote keeps the source's own marks around the words it quoted)."""
    return c.quote.kind in ("indirect", "mixed")


def statement(c: Citation) -> str:
    """What the source reports, in words that claim no more than it does: a direct
    quote in quotation marks; paraphrase (indirect or mixed speech) as the speaker and
    cue followed by the source's own words, "according to the article", with no
    quotation marks but those the source put around the words it quoted."""
    q = c.quote
    if not is_paraphrase(c):
        return f"\u201c{q.text}\u201d"
    text = q.text.strip()
    bare = text.rstrip(_CLOSERS)
    if bare.endswith(","):
        tail = " according to the article"
    elif bare.endswith((".", "!", "?", ";", ":")):
        tail = " (according to the article)"
    else:
        tail = ", according to the article"
    who = q.speaker_name or q.speaker
    if not who:
        return f"The article reports: {text}{tail}"
    first = text.lstrip(_OPENERS)[:1]
    joint = ": " if first.isupper() or first.isdigit() else " "
    return f"{who[:1].upper()}{who[1:]} {q.cue or 'said'}{joint}{text}{tail}"


_CLOSERS = "\"'\u201d\u2019\u00bb\u203a "
_OPENERS = "\"'\u201c\u2018\u201e\u00ab\u2039 "


def _archived(c: Citation) -> str:
    cap = c.capture
    text = (
        f"archived {cap.warc_date} ({_ORIGIN.get(cap.origin, cap.origin)}) as record "
        f"{cap.record_id} in {cap.warc_file} at offset {cap.offset}, "
        f"sha256 {c.integrity.record_sha256}"
    )
    if c.proof is not None and c.proof.signature is not None:
        text += f"; signed by key {c.proof.signature.fingerprint}"
    if c.proof is not None and c.proof.timestamp is not None:
        stamp = c.proof.timestamp
        text += f"; timestamped {stamp.time} by {stamp.authority or 'an RFC 3161 authority'}"
    corr = c.corroboration
    if corr is not None and corr.version_url:
        held = next((a.archive for a in corr.archives if a.memento_url == corr.version_url), "")
        text += f"; also held by {held or 'another archive'}: {corr.version_url}"
    return text


def text_fragment_url(c: Citation) -> str:
    """A link that highlights the quote in a browser (a convenience, never a proof).

    Per the text-fragment spec, ``-``, ``,`` and ``&`` in the terms are percent-encoded.
    """

    def enc(term: str) -> str:
        return _percent(term, safe="").replace("-", "%2D")

    words = c.quote.text.split()
    if len(words) <= 8:
        directive = enc(" ".join(words))
    else:
        directive = enc(" ".join(words[:4])) + "," + enc(" ".join(words[-4:]))
    base = c.source.url.split("#", 1)[0]
    return f"{base}#:~:text={directive}"


def to_json(c: Citation) -> str:
    return c.to_json()


def to_annotation(c: Citation) -> str:
    a = c.anchor
    data: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"urn:provenance:{c.citation_id}",
        "type": "Annotation",
        "motivation": "quoting",
        "creator": {"type": "Software", "name": "provenance"},
        "body": {
            "type": "TextualBody",
            "value": (statement(c) if is_paraphrase(c) else f"{_speaker(c)}: {statement(c)}"),
            "format": "text/plain",
        },
        "target": {
            "source": c.source.url,
            "state": {
                "type": "TimeState",
                "sourceDate": c.capture.warc_date,
                "cached": f"{c.capture.warc_file}#record={c.capture.record_id}",
            },
            "selector": [
                {"type": "DataPositionSelector", "start": a.byte_start, "end": a.byte_end},
                {"type": "TextPositionSelector", "start": a.text_start, "end": a.text_end},
                {
                    "type": "TextQuoteSelector",
                    "exact": a.exact,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                },
            ],
        },
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def to_markdown(c: Citation) -> str:
    s = c.source
    title = (s.title or s.url).replace("[", "\\[").replace("]", "\\]")
    parts = [f"[{title}]({s.url})"]
    if s.outlet:
        parts.append(s.outlet)
    if s.authors:
        parts.append("by " + ", ".join(s.authors))
    if s.published:
        parts.append(s.published[:10])
    tail = (
        f"Source: {', '.join(parts)}. Archived copy: {_archived(c)}. Citation `{c.citation_id}`.\n"
    )
    if is_paraphrase(c):
        return f"{statement(c)} (paraphrase).\n\n{tail}"
    quote = "\n".join("> " + line for line in statement(c).splitlines())
    cue = f" ({c.quote.cue})" if c.quote.cue else ""
    return f"{quote}\n>\n> \u2014 {_speaker(c)}{cue}\n\n{tail}"


def to_html(c: Citation) -> str:
    e = html.escape
    s = c.source
    day = c.capture.warc_date[:10]
    meta = ", ".join(
        e(x)
        for x in (s.outlet, ("by " + ", ".join(s.authors)) if s.authors else None, s.published)
        if x
    )
    if is_paraphrase(c):
        said = f'  <p class="paraphrase">{e(statement(c))} (paraphrase).</p>\n'
        who = ""
    else:
        said = f'  <blockquote cite="{e(s.url)}"><p>{e(statement(c))}</p></blockquote>\n'
        who = f"\u2014 {e(_speaker(c))}, "
    return (
        f'<figure class="provenance-citation" id="{e(c.citation_id)}">\n'
        + said
        + f"  <figcaption>{who}"
        f'<a href="{e(s.url)}" data-originalurl="{e(s.url)}"{_version_url(c)} '
        f'data-versiondate="{e(day)}">'
        f"<cite>{e(s.title or s.url)}</cite></a>"
        + (f", {meta}" if meta else "")
        + f". <small>{e(_archived(c))}; citation <code>{e(c.citation_id)}</code>.</small>"
        "</figcaption>\n</figure>\n"
    )


def _version_url(c: Citation) -> str:
    """Robust Links ``data-versionurl``: another archive's copy holding the quoted words."""
    corr = c.corroboration
    if corr is None or not corr.version_url:
        return ""
    return f' data-versionurl="{html.escape(corr.version_url)}"'


def to_text(c: Citation) -> str:
    s = c.source
    said = (
        [f"{statement(c)} (paraphrase)."]
        if is_paraphrase(c)
        else [
            statement(c),
            f"\u2014 {_speaker(c)}" + (f" ({c.quote.cue})" if c.quote.cue else ""),
        ]
    )
    lines = [
        *said,
        f"Source: {s.title or s.url}"
        + (f", {s.outlet}" if s.outlet else "")
        + (f", {s.published[:10]}" if s.published else ""),
        f"URL: {s.url}",
        f"Archived: {_archived(c)}",
        f"Citation: {c.citation_id}",
    ]
    return "\n".join(lines) + "\n"


_BIB_SPECIAL = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "%": r"\%",
        "&": r"\&",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "^": r"\^{}",
        "~": r"\~{}",
    }
)


def to_bibtex(c: Citation) -> str:
    s = c.source

    def esc(v: str) -> str:
        return v.translate(_BIB_SPECIAL)

    fields = [("title", esc(s.title or s.url))]
    if s.authors:
        fields.append(("author", " and ".join("{" + esc(a) + "}" for a in s.authors)))
    if s.outlet:
        fields.append(("organization", esc(s.outlet)))
    if s.published:
        fields.append(("date", esc(s.published[:10])))
    fields.append(("url", s.url.replace("%", r"\%").replace("#", r"\#")))
    fields.append(("urldate", esc(c.capture.warc_date[:19])))
    fields.append(
        (
            "note",
            esc(
                f"Paraphrase: {statement(c)}. {_archived(c)}."
                if is_paraphrase(c)
                else f"Quoted: {statement(c)} \u2014 {_speaker(c)}. {_archived(c)}."
            ),
        )
    )
    key = c.citation_id.replace("-", "")
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@online{{{key},\n{body}\n}}\n"


def _csl_name(name: str) -> dict[str, str]:
    parts = name.split()
    if len(parts) >= 2 and all(p[:1].isupper() for p in parts):
        return {"family": parts[-1], "given": " ".join(parts[:-1])}
    return {"literal": name}


def to_csl(c: Citation) -> str:
    s = c.source
    item: dict[str, Any] = {
        "id": c.citation_id,
        "type": "article-newspaper",
        "title": s.title or s.url,
        "URL": s.url,
        "accessed": {"date-parts": _date_parts(c.capture.warc_date)},
        "custom": {
            "quote": c.quote.text,
            "kind": c.quote.kind,
            "statement": statement(c),
            "speaker": _speaker(c),
            "record_id": c.capture.record_id,
            "warc_file": c.capture.warc_file,
            "offset": c.capture.offset,
            "length": c.capture.length,
            "warc_date": c.capture.warc_date,
            "origin": c.capture.origin,
            "record_sha256": c.integrity.record_sha256,
            "representation_sha256": c.integrity.representation_sha256,
        },
    }
    if s.outlet:
        item["container-title"] = s.outlet
    if s.authors:
        item["author"] = [_csl_name(a) for a in s.authors]
    issued = _date_parts(s.published)
    if issued:
        item["issued"] = {"date-parts": issued}
    return json.dumps([item], indent=2, ensure_ascii=False)


FORMATS: dict[str, Callable[[Citation], str]] = {
    "json": to_json,
    "annotation": to_annotation,
    "markdown": to_markdown,
    "html": to_html,
    "text": to_text,
    "bibtex": to_bibtex,
    "csl-json": to_csl,
    "text-fragment": text_fragment_url,
}


def render(c: Citation, fmt: str) -> str:
    """The citation in format ``fmt`` (one of :data:`FORMATS`)."""
    try:
        return FORMATS[fmt](c)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
