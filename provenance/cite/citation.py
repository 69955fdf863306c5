"""Citations: a quote tied to the archived bytes it came from, as a frozen value.

A :class:`Citation` separates what can be proven from bytes forever (facts)
from what the extractor made of them (interpretations), and carries the
evidence for every interpretation:

``quote``      the quote's words, kind, speaker mention and resolved name, cue,
               confidence, how it was resolved, and the extractor version
``source``     URL, title, outlet, authors, published date
``capture``    the record (id, type, WARC file, offset, length, ``WARC-Date``),
               live or seed, and the *companion* record that vouches for it (the
               ``request`` sent for a live response, the ``metadata`` record of a
               seed copy)
``integrity``  sha256 of the stored gzip member, the decoding recipe, sha256 of
               the representation, how it is read (charset, codec, format) and
               the parser version
``anchor``     byte span (W3C ``DataPositionSelector``), code point span
               (``TextPositionSelector``), exact/prefix/suffix, the quote's sha256
``evidence``   byte spans with their words: the speaker mention, the cue, the
               antecedent mentions a name was resolved through, the quoted
               stretches and their quotation marks, and where the page states
               each metadata value
``proof``      (when the capture was signed or timestamped) the signature, public
               key and RFC 3161 token over the record digests, and where the proof
               record is (see :mod:`provenance.cite.trusted`); absent otherwise
``corroboration``  (when attached) what other web archives answered; never part of
               the citation's id

Its id is derived from its content, so equal citations have equal ids, and
its canonical JSON round-trips exactly. Citations of the first schema
(``provenance-citation/1``) are still read, and verify for what they can prove.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import attrs

from ..errors import CitationError
from ..parse import Article
from ..parse.statements import FIELDS
from ..quotes import Quote, TextSpan
from ..store.catalog import CatalogEntry
from .trusted import (
    CitedCorroboration,
    CitedProof,
    corroboration_from_dict,
    proof_from_dict,
)

__all__ = [
    "LEGACY_SCHEMA",
    "SCHEMA",
    "Anchor",
    "Citation",
    "CitationError",
    "CitedCapture",
    "CitedQuote",
    "CitedSource",
    "Companion",
    "Evidence",
    "Integrity",
    "MetadataStatement",
    "Span",
    "load_citation",
]

SCHEMA = "provenance-citation/2"
LEGACY_SCHEMA = "provenance-citation/1"
_CONTEXT = 32


@attrs.frozen
class Span:
    """Bytes ``[byte_start, byte_end)`` of the representation, and the words they hold."""

    byte_start: int
    byte_end: int
    text: str

    @classmethod
    def of(cls, span: TextSpan) -> Span:
        return cls(span.byte_start, span.byte_end, span.text)


@attrs.frozen
class CitedQuote:
    quote_id: str
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    cue: str | None
    confidence: float
    resolution: str
    extractor: str


@attrs.frozen
class CitedSource:
    url: str
    title: str | None
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None


@attrs.frozen
class Companion:
    """The record written with the cited one that says how it was captured."""

    record_id: str
    record_type: str
    offset: int
    length: int
    record_sha256: str


@attrs.frozen
class CitedCapture:
    record_id: str
    record_type: str
    warc_file: str
    offset: int
    length: int
    warc_date: str
    origin: str
    companion: Companion | None


@attrs.frozen
class Integrity:
    record_sha256: str
    representation_sha256: str
    representation_length: int
    recipe: tuple[str, ...]
    codec: str
    charset: str
    source_format: str
    parser: str


@attrs.frozen
class Anchor:
    """Where the quote is: bytes of the representation and code points of the text."""

    byte_start: int
    byte_end: int
    text_start: int
    text_end: int
    exact: str
    prefix: str
    suffix: str
    quote_sha256: str
    pieces: tuple[tuple[int, int], ...]


@attrs.frozen
class MetadataStatement:
    """``value`` of ``field`` is stated by bytes ``[byte_start, byte_end)``; with no
    bytes, it follows from the source URL (the outlet as its host, a date in its path)."""

    field: str
    value: str
    byte_start: int | None
    byte_end: int | None


@attrs.frozen
class Evidence:
    speaker: Span | None
    cue: Span | None
    antecedents: tuple[Span, ...]
    quoted: tuple[Span, ...]
    marks: tuple[Span, ...]
    metadata: tuple[MetadataStatement, ...]


def _plain(value: Any) -> Any:
    """A value in JSON's shapes: attrs classes become dicts, tuples lists."""
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None:
        return {f.name: _plain(getattr(value, f.name)) for f in fields}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _content_id(body: dict[str, Any]) -> str:
    digest = hashlib.sha256(_canonical(body).encode("utf-8")).hexdigest()
    return "cit-" + digest[:24]


def _statements(article: Article, source: CitedSource) -> tuple[MetadataStatement, ...]:
    out: list[MetadataStatement] = []
    seen: set[tuple[str, str]] = set()
    for ev in article.evidence:
        value = getattr(source, ev.field, None)
        values = value if isinstance(value, tuple) else (value,)
        if ev.field not in FIELDS or ev.value not in values or (ev.field, ev.value) in seen:
            continue
        seen.add((ev.field, ev.value))
        out.append(MetadataStatement(ev.field, ev.value, ev.byte_start, ev.byte_end))
    return tuple(out)


def _origin(entry: CatalogEntry, companion: CatalogEntry | None) -> str:
    """``seed``, ``live`` (a response with the request sent for it, whoever wrote the
    file) or ``imported`` (a record from another tool's file, with no such request)."""
    if entry.origin == "imported" and companion is not None and companion.record_type == "request":
        return "live"
    return entry.origin or "live"


@attrs.frozen
class Citation:
    """A verifiable citation of one quote."""

    quote: CitedQuote
    source: CitedSource
    capture: CitedCapture
    integrity: Integrity
    anchor: Anchor
    evidence: Evidence
    proof: CitedProof | None = None
    corroboration: CitedCorroboration | None = None
    schema: str = SCHEMA
    #: Only for citations of the first schema: the software that made them.
    legacy_generator: str | None = None

    @property
    def citation_id(self) -> str:
        return _content_id(self._body())

    @property
    def legacy(self) -> bool:
        """A citation of the first schema, which carries less evidence."""
        return self.schema == LEGACY_SCHEMA

    @classmethod
    def from_quote(
        cls,
        quote: Quote,
        article: Article,
        entry: CatalogEntry,
        companion: CatalogEntry | None = None,
        proof: CitedProof | None = None,
    ) -> Citation:
        """Cite ``quote`` of ``article``, parsed from the record ``entry`` locates;
        ``companion`` is that record's request record or seed metadata record, ``proof``
        the signature and timestamp that cover it."""
        first, last = quote.content[0], quote.content[-1]
        start, end = first.start, last.end
        text = article.text
        source = CitedSource(
            url=entry.target_uri or article.url or "",
            title=article.title,
            outlet=article.outlet,
            authors=article.authors,
            published=article.published,
        )
        return cls(
            quote=CitedQuote(
                quote_id=quote.quote_id,
                text=quote.text,
                kind=quote.kind,
                speaker=quote.speaker.text if quote.speaker else None,
                speaker_name=quote.speaker_name,
                cue=quote.cue.text if quote.cue else None,
                confidence=quote.confidence,
                resolution=quote.resolution,
                extractor=quote.extractor,
            ),
            source=source,
            capture=CitedCapture(
                record_id=entry.record_id,
                record_type=entry.record_type,
                warc_file=entry.file,
                offset=entry.offset,
                length=entry.length,
                warc_date=entry.warc_date,
                origin=_origin(entry, companion),
                companion=(
                    Companion(
                        companion.record_id,
                        companion.record_type,
                        companion.offset,
                        companion.length,
                        companion.record_sha256,
                    )
                    if companion is not None and companion.file == entry.file
                    else None
                ),
            ),
            integrity=Integrity(
                record_sha256=entry.record_sha256,
                representation_sha256=article.representation_sha256,
                representation_length=article.representation_length,
                recipe=article.recipe,
                codec=article.offsets.encode_codec,
                charset=article.charset,
                source_format=article.source_format,
                parser=article.parser,
            ),
            anchor=Anchor(
                byte_start=first.byte_start,
                byte_end=last.byte_end,
                text_start=start,
                text_end=end,
                exact=text[start:end],
                prefix=text[max(0, start - _CONTEXT) : start],
                suffix=text[end : end + _CONTEXT],
                quote_sha256=hashlib.sha256(quote.text.encode("utf-8")).hexdigest(),
                pieces=tuple((c.byte_start, c.byte_end) for c in quote.content),
            ),
            evidence=Evidence(
                speaker=Span.of(quote.speaker) if quote.speaker else None,
                cue=Span.of(quote.cue) if quote.cue else None,
                antecedents=tuple(Span.of(a) for a in quote.antecedents),
                quoted=tuple(Span.of(q) for q in quote.quoted),
                marks=tuple(Span.of(m) for m in quote.marks),
                metadata=_statements(article, source),
            ),
            proof=proof,
        )

    # -- canonical JSON ------------------------------------------------------------

    def _body(self) -> dict[str, Any]:
        if self.legacy:
            return _legacy_body(self)
        data = _plain(self)
        data.pop("legacy_generator")
        data.pop("corroboration")  # an observation about other archives, not content
        if data["proof"] is None:
            data.pop("proof")
        return {k: data[k] for k in sorted(data)}

    def to_dict(self) -> dict[str, Any]:
        body = self._body()
        body["citation_id"] = _content_id(body)
        if self.corroboration is not None:
            body["corroboration"] = json.loads(json.dumps(attrs.asdict(self.corroboration)))
        return body

    def with_corroboration(self, corroboration: CitedCorroboration | None) -> Citation:
        """This citation with ``corroboration`` attached (its id does not change)."""
        return attrs.evolve(self, corroboration=corroboration)

    def to_json(self) -> str:
        """Canonical JSON: sorted keys, no insignificant space, UTF-8 text."""
        return _canonical(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any) -> Citation:
        """Rebuild a citation from untrusted data; raise :class:`CitationError` if malformed."""
        if not isinstance(data, dict):
            raise CitationError("a citation must be a JSON object")
        schema = data.get("schema")
        try:
            if schema == SCHEMA:
                citation = _from_v2(data)
            elif schema == LEGACY_SCHEMA:
                citation = _from_v1(data)
            else:
                raise CitationError(f"not a {SCHEMA} (or {LEGACY_SCHEMA}) citation")
        except CitationError:
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise CitationError(f"malformed citation: {exc!r}") from exc
        _check_types(citation)
        return citation

    @classmethod
    def from_json(cls, text: str | bytes) -> Citation:
        return load_citation(text)[0]


def load_citation(text: str | bytes) -> tuple[Citation, str | None]:
    """A citation from its JSON, and the ``citation_id`` the JSON claims (None if absent)."""
    if len(text) > 4 * 1024 * 1024:
        raise CitationError("citation JSON is larger than 4 MiB")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise CitationError(f"citation is not valid JSON: {exc}") from exc
    citation = Citation.from_dict(data)
    claimed = data.get("citation_id")
    if claimed is not None and not isinstance(claimed, str):
        raise CitationError("citation_id must be a string")
    return citation, claimed


# -- reading untrusted data ----------------------------------------------------------


def _fields(data: Any, cls: type, **convert: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise CitationError(f"{cls.__name__} must be an object")
    names = [f.name for f in attrs.fields(cls)]
    missing = [n for n in names if n not in data]
    if missing:
        raise CitationError(f"{cls.__name__} lacks {', '.join(missing)}")
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise CitationError(f"{cls.__name__} has unknown fields {', '.join(unknown)}")
    out = {n: data[n] for n in names}
    for name, fn in convert.items():
        out[name] = fn(out[name])
    return out


def _span(data: Any) -> Span | None:
    return None if data is None else Span(**_fields(data, Span))


def _spans(data: Any) -> tuple[Span, ...]:
    if not isinstance(data, list):
        raise CitationError("a list of spans is expected")
    return tuple(Span(**_fields(d, Span)) for d in data)


def _pairs(data: Any) -> tuple[tuple[int, int], ...]:
    return tuple((s, e) for s, e in data)


def _from_v2(data: dict[str, Any]) -> Citation:
    top = {"quote", "source", "capture", "integrity", "anchor", "evidence", "schema"}
    top |= {"proof", "corroboration"}
    unknown = sorted(set(data) - top - {"citation_id"})
    if unknown:
        raise CitationError(f"the citation has unknown fields {', '.join(unknown)}")
    cap = _fields(
        data["capture"],
        CitedCapture,
        companion=lambda c: None if c is None else Companion(**_fields(c, Companion)),
    )
    ev = data["evidence"]
    return Citation(
        quote=CitedQuote(**_fields(data["quote"], CitedQuote)),
        source=CitedSource(**_fields(data["source"], CitedSource, authors=tuple)),
        capture=CitedCapture(**cap),
        integrity=Integrity(**_fields(data["integrity"], Integrity, recipe=tuple)),
        anchor=Anchor(**_fields(data["anchor"], Anchor, pieces=_pairs)),
        evidence=Evidence(
            **_fields(
                ev,
                Evidence,
                speaker=_span,
                cue=_span,
                antecedents=_spans,
                quoted=_spans,
                marks=_spans,
                metadata=lambda ms: tuple(
                    MetadataStatement(**_fields(m, MetadataStatement)) for m in ms
                ),
            )
        ),
        proof=None if data.get("proof") is None else proof_from_dict(data["proof"]),
        corroboration=(
            None
            if data.get("corroboration") is None
            else corroboration_from_dict(data["corroboration"])
        ),
        schema=SCHEMA,
    )


_V1 = {
    "quote": ("text", "kind", "speaker", "speaker_name", "cue", "confidence"),
    "source": ("url", "title", "outlet", "authors", "published"),
    "capture": ("record_id", "warc_file", "offset", "length", "warc_date", "origin"),
    "integrity": (
        "record_sha256",
        "representation_sha256",
        "representation_length",
        "recipe",
        "codec",
        "charset",
        "source_format",
    ),
    "anchor": (
        "byte_start",
        "byte_end",
        "text_start",
        "text_end",
        "exact",
        "prefix",
        "suffix",
        "quote_sha256",
        "pieces",
        "speaker_bytes",
    ),
}


def _v1_part(data: dict[str, Any], part: str) -> dict[str, Any]:
    section = data[part]
    if not isinstance(section, dict):
        raise CitationError(f"{part} must be an object")
    missing = [n for n in _V1[part] if n not in section]
    if missing:
        raise CitationError(f"{part} lacks {', '.join(missing)}")
    unknown = sorted(set(section) - set(_V1[part]))
    if unknown:
        raise CitationError(f"{part} has unknown fields {', '.join(unknown)}")
    return section


def _from_v1(data: dict[str, Any]) -> Citation:
    """A first-schema citation: no quote id, extractor or parser version, companion,
    cue, antecedent, mark or metadata evidence; the speaker mention's bytes only."""
    unknown = sorted(set(data) - set(_V1) - {"generator", "schema", "citation_id"})
    if unknown:
        raise CitationError(f"the citation has unknown fields {', '.join(unknown)}")
    q, s, c = _v1_part(data, "quote"), _v1_part(data, "source"), _v1_part(data, "capture")
    i, a = _v1_part(data, "integrity"), _v1_part(data, "anchor")
    speaker_bytes = a["speaker_bytes"]
    speaker = q["speaker"]
    return Citation(
        quote=CitedQuote(
            "", q["text"], q["kind"], speaker, q["speaker_name"], q["cue"], q["confidence"], "", ""
        ),
        source=CitedSource(s["url"], s["title"], s["outlet"], tuple(s["authors"]), s["published"]),
        capture=CitedCapture(
            c["record_id"],
            "",
            c["warc_file"],
            c["offset"],
            c["length"],
            c["warc_date"],
            c["origin"],
            None,
        ),
        integrity=Integrity(
            i["record_sha256"],
            i["representation_sha256"],
            i["representation_length"],
            tuple(i["recipe"]),
            i["codec"],
            i["charset"],
            i["source_format"],
            "",
        ),
        anchor=Anchor(
            a["byte_start"],
            a["byte_end"],
            a["text_start"],
            a["text_end"],
            a["exact"],
            a["prefix"],
            a["suffix"],
            a["quote_sha256"],
            _pairs(a["pieces"]),
        ),
        evidence=Evidence(
            speaker=(
                Span(int(speaker_bytes[0]), int(speaker_bytes[1]), speaker)
                if speaker_bytes and isinstance(speaker, str)
                else None
            ),
            cue=None,
            antecedents=(),
            quoted=(),
            marks=(),
            metadata=(),
        ),
        schema=LEGACY_SCHEMA,
        legacy_generator=str(data.get("generator", "")),
    )


def _legacy_body(c: Citation) -> dict[str, Any]:
    sp = c.evidence.speaker
    return {
        "anchor": {
            "byte_end": c.anchor.byte_end,
            "byte_start": c.anchor.byte_start,
            "exact": c.anchor.exact,
            "pieces": [list(p) for p in c.anchor.pieces],
            "prefix": c.anchor.prefix,
            "quote_sha256": c.anchor.quote_sha256,
            "speaker_bytes": [sp.byte_start, sp.byte_end] if sp else None,
            "suffix": c.anchor.suffix,
            "text_end": c.anchor.text_end,
            "text_start": c.anchor.text_start,
        },
        "capture": {k: getattr(c.capture, k) for k in _V1["capture"]},
        "generator": c.legacy_generator or "",
        "integrity": {
            **{k: getattr(c.integrity, k) for k in _V1["integrity"]},
            "recipe": list(c.integrity.recipe),
        },
        "quote": {k: getattr(c.quote, k) for k in _V1["quote"]},
        "schema": LEGACY_SCHEMA,
        "source": {
            **{k: getattr(c.source, k) for k in _V1["source"]},
            "authors": list(c.source.authors),
        },
    }


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_types(c: Citation) -> None:
    ints = [
        c.capture.offset,
        c.capture.length,
        c.anchor.byte_start,
        c.anchor.byte_end,
        c.anchor.text_start,
        c.anchor.text_end,
        c.integrity.representation_length,
        *(x for p in c.anchor.pieces for x in p),
    ]
    ev = c.evidence
    spans = [ev.speaker, ev.cue, *ev.antecedents, *ev.quoted, *ev.marks]
    ints.extend(x for s in spans if s is not None for x in (s.byte_start, s.byte_end))
    for m in ev.metadata:
        ints.extend(x for x in (m.byte_start, m.byte_end) if x is not None)
    if c.capture.companion is not None:
        ints.extend((c.capture.companion.offset, c.capture.companion.length))
    if not all(_is_int(i) for i in ints):
        raise CitationError("offsets and lengths must be non-negative integers")
    strings = [
        c.quote.text,
        c.quote.kind,
        c.quote.quote_id,
        c.quote.resolution,
        c.quote.extractor,
        c.capture.record_id,
        c.capture.record_type,
        c.capture.warc_file,
        c.capture.warc_date,
        c.capture.origin,
        c.integrity.record_sha256,
        c.integrity.representation_sha256,
        c.integrity.codec,
        c.integrity.charset,
        c.integrity.source_format,
        c.integrity.parser,
        c.anchor.exact,
        c.anchor.prefix,
        c.anchor.suffix,
        c.anchor.quote_sha256,
        c.source.url,
        *c.integrity.recipe,
        *c.source.authors,
        *(s.text for s in spans if s is not None),
        *(x for m in ev.metadata for x in (m.field, m.value)),
    ]
    optional = [c.quote.speaker, c.quote.speaker_name, c.quote.cue, c.source.title]
    optional += [c.source.outlet, c.source.published]
    if not all(isinstance(s, str) for s in strings) or not all(
        s is None or isinstance(s, str) for s in optional
    ):
        raise CitationError("text fields must be strings")
    if not isinstance(c.quote.confidence, int | float) or isinstance(c.quote.confidence, bool):
        raise CitationError("confidence must be a number")
    for m in ev.metadata:
        if (m.byte_start is None) != (m.byte_end is None):
            raise CitationError("a metadata statement needs both byte offsets or neither")
