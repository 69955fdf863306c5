"""A small local web page to browse an archive: sources, quotes by speaker, search,
each quote highlighted in the text of its page with its verification result, and
each citation the archive keeps (``/citation/cit-…``). Everything is read from the
quote index; only the page shown is parsed.

Everything is generated here and escaped; the page loads no external asset
and runs no script. Archived HTML is never served: the viewer shows the text
extracted from it, and a Content-Security-Policy forbids scripts anyway.
Listens on 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import html
import threading
from collections import OrderedDict, defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

from .cite.citation import Citation
from .cite.formats import is_paraphrase, statement, to_markdown
from .cite.lookup import cite_quote, stored_citation
from .cite.verify import verify
from .errors import ProvenanceError
from .index import ArticleFacts, index_state, quotes_in, refresh, search_quotes, stored_quote
from .parse import Article, parse_record
from .quotes import Quote
from .store.archive import Archive
from .store.catalog import CatalogEntry
from .store.quoterows import QuoteRows

__all__ = ["ArchiveViewer", "make_server"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'self'"
_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
a{color:#0645ad} mark{background:#ffe066;padding:0 .1em} .muted{color:#666;font-size:.9em}
.ok{color:#176f2c;font-weight:600} .bad{color:#b00020;font-weight:600}
.warn{color:#8a5a00;font-weight:600}
blockquote{border-left:4px solid #ccc;margin:.5rem 0;padding:.2rem .8rem}
li{margin:.4rem 0} pre{white-space:pre-wrap;background:#f6f6f6;padding:.6rem}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _place(entry: CatalogEntry) -> str:
    return f"{entry.file}:{entry.offset}"


def _quote_href(entry: CatalogEntry, quote_id: str) -> str:
    return f"/quote/{quote(_place(entry), safe='')}/{quote(quote_id, safe='')}"


def _source_href(entry: CatalogEntry) -> str:
    return f"/source/{quote(_place(entry), safe='')}"


def _link(entry: CatalogEntry, q: Quote) -> str:
    return f'<li><a class="quote-link" href="{_e(_quote_href(entry, q.quote_id))}">'


_PAGE_SIZE = 100


class ArchiveViewer:
    """Pages of an archive as HTML strings (kept apart from the HTTP server for tests).

    Every page is a lookup in the quote index; only the page shown is parsed
    (for its text), and a few parsed pages are cached, so memory stays bounded
    whatever the archive's size. Records are named by place (``FILE:OFFSET``),
    as files may reuse record ids.
    """

    def __init__(self, archive: Archive, *, cached: int = 16) -> None:
        self.archive = archive
        self._articles: OrderedDict[str, Article] = OrderedDict()
        self._cached = cached
        self._lock = threading.Lock()
        refresh(archive)

    def _article(self, entry: CatalogEntry) -> Article | None:
        key = _place(entry)
        with self._lock:
            if key in self._articles:
                self._articles.move_to_end(key)
                return self._articles[key]
        try:
            article = parse_record(self.archive.read(entry))
        except ProvenanceError:
            return None
        with self._lock:
            self._articles[key] = article
            while len(self._articles) > self._cached:
                self._articles.popitem(last=False)
        return article

    def _frame(self, title: str, body: str) -> str:
        search = (
            '<form action="/search" method="get"><input name="q" type="search" '
            'placeholder="speaker or word" aria-label="search"> <button>Search</button></form>'
        )
        return (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
            f'<p><a href="/">Sources</a></p>{search}<h1>{_e(title)}</h1>{body}</body></html>'
        )

    def _failures_note(self) -> str:
        state = index_state(self.archive, full=False, failures=0)
        if not state.failed:
            return ""
        return (
            f'<p class="warn">{state.failed} archived page(s) could not be parsed and have no '
            'quotes: <a href="/unparsed">which</a></p>'
        )

    def index(self, after: int = 0) -> str:
        refresh(self.archive)
        rows = []
        last = after
        with self.archive.catalog() as catalog:
            quoted = QuoteRows(catalog.connection())
            for page in quoted.page_list(after, _PAGE_SIZE):
                last = page.rec
                entry = catalog.record_by_rec(page.rec)
                if entry is None or page.facts is None:
                    continue
                facts = ArticleFacts.from_json(page.facts)
                rows.append(
                    f'<li><a href="{_e(_source_href(entry))}">'
                    f"{_e(facts.title or entry.target_uri)}</a>"
                    f' <span class="muted">{_e(facts.outlet or "")} \u2014 captured '
                    f"{_e(entry.warc_date[:10])} ({_e(entry.origin or '')}) \u2014 "
                    f"{page.quotes} quotes</span></li>"
                )
        more = (
            f'<p><a href="/?after={last}">more sources</a></p>' if len(rows) >= _PAGE_SIZE else ""
        )
        body = "<ul>" + "".join(rows) + "</ul>" + more if rows else "<p>No pages.</p>"
        return self._frame("Sources", self._failures_note() + body)

    def unparsed(self) -> str:
        state = index_state(self.archive, full=False)
        rows = "".join(
            f'<li>{_e(f.url or "")} <span class="muted">{_e(f.record)} {_e(f.record_id)}: '
            f"{_e(f.error)}</span></li>"
            for f in state.failures
        )
        return self._frame(f"{state.failed} page(s) that could not be parsed", f"<ul>{rows}</ul>")

    def _entry(self, key: str) -> CatalogEntry | None:
        try:
            return self.archive.entry(key)
        except ProvenanceError:
            return None

    def source(self, key: str) -> str | None:
        entry = self._entry(key)
        if entry is None:
            return None
        try:
            entry, quotes = quotes_in(self.archive, _place(entry))
        except ProvenanceError:
            return None
        article = self._article(entry)
        if article is None:
            return None
        by_speaker: dict[str, list[Quote]] = defaultdict(list)
        for q in quotes:
            by_speaker[q.speaker_name or "(no speaker named)"].append(q)
        groups = []
        for speaker, items in sorted(by_speaker.items()):
            links = "".join(
                _link(entry, q)
                + f'\u201c{_e(q.text)}\u201d</a> <span class="muted">{_e(q.kind)}</span></li>'
                for q in items
            )
            groups.append(f"<h3>{_e(speaker)}</h3><ul>{links}</ul>")
        meta = (
            f'<p class="muted">{_e(article.outlet or "")} \u2014 {_e(", ".join(article.authors))} '
            f"\u2014 published {_e(article.published or 'unknown')} \u2014 "
            f'<a href="{_e(entry.target_uri or "")}" rel="noreferrer">original URL</a> \u2014 '
            f"record {_e(entry.record_id)} at {_e(_place(entry))}</p>"
        )
        text = "".join(f"<p>{_e(p)}</p>" for p in article.paragraph_texts())
        return self._frame(
            article.title or entry.target_uri or key,
            meta + "<h2>Quotes by speaker</h2>" + "".join(groups) + "<h2>Text</h2>" + text,
        )

    def _verdict(self, citation: Citation) -> tuple[str, str, bool]:
        report = verify(citation, self.archive.path, deep=True)
        if report.verified:
            verdict = '<p id="verdict" class="ok">Verified: every claim proven from the bytes</p>'
        elif report.quote_verified:
            verdict = f'<p id="verdict" class="warn">{_e(report.summary())}</p>'
        else:
            verdict = f'<p id="verdict" class="bad">{_e(report.summary())}</p>'
        checks = "".join(
            f'<li>{_e(c.name)}: {_e(c.status)} <span class="muted">{_e(c.detail)}</span></li>'
            for c in report.checks
        )
        return verdict, checks, report.status_of("speaker re-derived") == "passed"

    def quote_view(self, key: str, quote_id: str) -> str | None:
        entry = self._entry(key)
        if entry is None:
            return None
        try:
            found = stored_quote(self.archive, quote_id, _place(entry))
            citation = cite_quote(
                self.archive, quote_id, _place(entry), keep=not self.archive.readonly
            )
        except ProvenanceError:
            return None
        q, entry = found.quote, found.entry
        verdict, checks, rederived = self._verdict(citation)
        marks = sorted((c.start, c.end) for c in q.content)
        paragraphs = []
        article = self._article(entry)
        text = article.text if article is not None else ""
        for p in article.paragraphs if article is not None else ():
            pieces, pos = [], p.start
            for s, e in marks:
                s, e = max(s, p.start), min(e, p.end)
                if s >= e:
                    continue
                pieces.append(_e(text[pos:s]))
                pieces.append(f'<mark class="quote">{_e(text[s:e])}</mark>')
                pos = e
            pieces.append(_e(text[pos : p.end]))
            paragraphs.append("<p>" + "".join(pieces) + "</p>")
        who = q.speaker_name or "(no speaker named)"
        if not rederived:
            who += " (attribution not re-checked)"
        said = (
            f'<p class="paraphrase">{_e(statement(citation))} (paraphrase)</p>'
            if is_paraphrase(citation)
            else f"<blockquote>{_e(statement(citation))}</blockquote>"
        )
        retired = (
            ""
            if found.current
            else f'<p class="warn">Found by {_e(q.extractor)}, not by the current extractor</p>'
        )
        head = (
            f"{said}<p>\u2014 {_e(who)}"
            f' <span class="muted">({_e(q.kind)}, cue {_e(q.cue.text if q.cue else "none")}, '
            f"confidence {q.confidence:.2f})</span></p>{retired}{verdict}<ul>{checks}</ul>"
            f"<h2>Citation (Markdown)</h2><pre>{_e(to_markdown(citation))}</pre>"
            f'<p><a href="{_e(_source_href(entry))}">back to the source</a></p>'
        )
        return self._frame(
            f"Quote by {who}", head + "<h2>In the archived text</h2>" + "".join(paragraphs)
        )

    def citation_view(self, citation_id: str) -> str | None:
        """A citation the archive keeps, as it was made, with its verification now."""
        try:
            citation = stored_citation(self.archive, citation_id)
        except ProvenanceError:
            return None
        verdict, checks, _ = self._verdict(citation)
        said = f"<blockquote>{_e(statement(citation))}</blockquote>"
        return self._frame(
            f"Citation {citation_id}",
            f"{said}{verdict}<ul>{checks}</ul><h2>Citation (Markdown)</h2>"
            f"<pre>{_e(to_markdown(citation))}</pre>",
        )

    def search(self, term: str) -> str:
        rows = []
        seen: set[tuple[str, str]] = set()
        if term.strip():
            for how in ("speaker", "words"):
                try:
                    result = (
                        search_quotes(self.archive, speaker=term, limit=_PAGE_SIZE)
                        if how == "speaker"
                        else search_quotes(self.archive, words=term, limit=_PAGE_SIZE)
                    )
                except ProvenanceError:
                    continue
                for hit in result.hits:
                    key = (_place(hit.entry), hit.quote.quote_id)
                    if key in seen:
                        continue
                    seen.add(key)
                    q = hit.quote
                    rows.append(
                        _link(hit.entry, q)
                        + f"\u201c{_e(q.text)}\u201d</a> \u2014 "
                        + f"{_e(q.speaker_name or '(no speaker)')}"
                        + f' <span class="muted">{_e(hit.entry.target_uri or "")}</span></li>'
                    )
        body = "<ul>" + "".join(rows) + "</ul>" if rows else "<p>No quotes found.</p>"
        return self._frame(f"Quotes matching \u201c{term}\u201d", self._failures_note() + body)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        return None

    def _send(self, status: int, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", _CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        viewer = self.server.viewer
        page: str | None
        query = parse_qs(parts.query)
        if path == "/":
            after = query.get("after", ["0"])[0]
            page = viewer.index(int(after)) if after.isdigit() else None
        elif path == "/search":
            page = viewer.search(query.get("q", [""])[0])
        elif path == "/unparsed":
            page = viewer.unparsed()
        elif path.startswith("/source/"):
            page = viewer.source(path[len("/source/") :])
        elif path.startswith("/quote/"):
            key, _, quote_id = path[len("/quote/") :].rpartition("/")
            page = viewer.quote_view(key, quote_id)
        elif path.startswith("/citation/"):
            page = viewer.citation_view(path[len("/citation/") :])
        else:
            page = None
        if page is None:
            self._send(404, viewer._frame("Not found", "<p>Nothing here.</p>"))
        else:
            self._send(200, page)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], viewer: ArchiveViewer) -> None:
        super().__init__(address, _Handler)
        self.viewer = viewer


def make_server(archive: Archive, host: str = "127.0.0.1", port: int = 8765) -> _Server:
    """An HTTP server for ``archive`` (call ``serve_forever()``); loopback by default."""
    return _Server((host, port), ArchiveViewer(archive))
