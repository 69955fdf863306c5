"""A small local web page to browse an archive: sources, quotes by speaker, search,
and each quote highlighted in the text of its page with its verification result.

Everything is generated here and escaped; the page loads no external asset
and runs no script. Archived HTML is never served: the viewer shows the text
extracted from it, and a Content-Security-Policy forbids scripts anyway.
Listens on 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import html
import threading
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, unquote, urlsplit

from .cite.citation import Citation
from .cite.formats import is_paraphrase, statement, to_markdown
from .cite.lookup import proof_of
from .cite.verify import verify
from .errors import ProvenanceError
from .parse import Article, parse_record
from .quotes import Quote, extract_quotes
from .store.archive import Archive
from .store.catalog import CatalogEntry

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


def _quote_href(record_id: str, quote_id: str) -> str:
    return f"/quote/{quote(record_id, safe='')}/{quote(quote_id, safe='')}"


def _source_href(record_id: str) -> str:
    return f"/source/{quote(record_id, safe='')}"


def _link(entry: CatalogEntry, q: Quote) -> str:
    return f'<li><a class="quote-link" href="{_e(_quote_href(entry.record_id, q.quote_id))}">'


class ArchiveViewer:
    """Pages of an archive as HTML strings (kept apart from the HTTP server for tests)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._cache: dict[str, tuple[CatalogEntry, Article, tuple[Quote, ...]]] = {}
        self._lock = threading.Lock()

    def _pages(self) -> list[CatalogEntry]:
        return [
            e
            for e in self.archive.entries(types=("response", "resource"))
            if (e.http_status or 200) < 300
        ]

    def _load(self, entry: CatalogEntry) -> tuple[CatalogEntry, Article, tuple[Quote, ...]] | None:
        with self._lock:
            if entry.record_id not in self._cache:
                try:
                    article = parse_record(self.archive.read(entry))
                except ProvenanceError:
                    return None
                quotes = tuple(
                    q for q in extract_quotes(article) if q.kind not in ("scare", "nested")
                )
                self._cache[entry.record_id] = (entry, article, quotes)
            return self._cache[entry.record_id]

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

    def index(self) -> str:
        rows = []
        for entry in self._pages():
            loaded = self._load(entry)
            if loaded is None:
                continue
            _, article, quotes = loaded
            rows.append(
                f'<li><a href="{_e(_source_href(entry.record_id))}">'
                f"{_e(article.title or entry.target_uri)}</a>"
                f' <span class="muted">{_e(article.outlet or "")} \u2014 captured '
                f"{_e(entry.warc_date[:10])} ({_e(entry.origin or '')}) \u2014 {len(quotes)} quotes"
                f"</span></li>"
            )
        return self._frame(
            "Sources", "<ul>" + "".join(rows) + "</ul>" if rows else "<p>No pages.</p>"
        )

    def _by_id(self, record_id: str) -> tuple[CatalogEntry, Article, tuple[Quote, ...]] | None:
        try:
            entry = self.archive.entry(record_id)
        except ProvenanceError:
            return None
        return self._load(entry)

    def source(self, record_id: str) -> str | None:
        loaded = self._by_id(record_id)
        if loaded is None:
            return None
        entry, article, quotes = loaded
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
            f"record {_e(entry.record_id)}</p>"
        )
        text = "".join(f"<p>{_e(p)}</p>" for p in article.paragraph_texts())
        return self._frame(
            article.title or entry.target_uri or record_id,
            meta + "<h2>Quotes by speaker</h2>" + "".join(groups) + "<h2>Text</h2>" + text,
        )

    def quote_view(self, record_id: str, quote_id: str) -> str | None:
        loaded = self._by_id(record_id)
        if loaded is None:
            return None
        entry, article, quotes = loaded
        q = next((x for x in quotes if x.quote_id == quote_id), None)
        if q is None:
            return None
        citation = Citation.from_quote(
            q, article, entry, self.archive.companion(entry), proof_of(self.archive, entry)
        )
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
        marks = sorted((c.start, c.end) for c in q.content)
        paragraphs = []
        for p in article.paragraphs:
            pieces, pos = [], p.start
            for s, e in marks:
                s, e = max(s, p.start), min(e, p.end)
                if s >= e:
                    continue
                pieces.append(_e(article.text[pos:s]))
                pieces.append(f'<mark class="quote">{_e(article.text[s:e])}</mark>')
                pos = e
            pieces.append(_e(article.text[pos : p.end]))
            paragraphs.append("<p>" + "".join(pieces) + "</p>")
        who = q.speaker_name or "(no speaker named)"
        if report.status_of("speaker re-derived") != "passed":
            who += " (attribution not re-checked)"
        said = (
            f'<p class="paraphrase">{_e(statement(citation))} (paraphrase)</p>'
            if is_paraphrase(citation)
            else f"<blockquote>{_e(statement(citation))}</blockquote>"
        )
        head = (
            f"{said}<p>\u2014 {_e(who)}"
            f' <span class="muted">({_e(q.kind)}, cue {_e(q.cue.text if q.cue else "none")}, '
            f"confidence {q.confidence:.2f})</span></p>{verdict}<ul>{checks}</ul>"
            f"<h2>Citation (Markdown)</h2><pre>{_e(to_markdown(citation))}</pre>"
            f'<p><a href="{_e(_source_href(entry.record_id))}">back to the source</a></p>'
        )
        return self._frame(
            f"Quote by {who}", head + "<h2>In the archived text</h2>" + "".join(paragraphs)
        )

    def search(self, term: str) -> str:
        wanted = term.strip().lower()
        rows = []
        for entry in self._pages():
            loaded = self._load(entry)
            if loaded is None or not wanted:
                continue
            _, article, quotes = loaded
            for q in quotes:
                names = f"{q.speaker_name or ''} {q.speaker.text if q.speaker else ''}".lower()
                if wanted in names or wanted in q.text.lower():
                    rows.append(
                        _link(entry, q)
                        + f"\u201c{_e(q.text)}\u201d</a> \u2014 "
                        + f"{_e(q.speaker_name or '(no speaker)')}"
                        + f' <span class="muted">{_e(article.title or "")}</span></li>'
                    )
        body = "<ul>" + "".join(rows) + "</ul>" if rows else "<p>No quotes found.</p>"
        return self._frame(f"Quotes matching \u201c{term}\u201d", body)


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
        if path == "/":
            page = viewer.index()
        elif path == "/search":
            page = viewer.search(parse_qs(parts.query).get("q", [""])[0])
        elif path.startswith("/source/"):
            page = viewer.source(path[len("/source/") :])
        elif path.startswith("/quote/"):
            record_id, _, quote_id = path[len("/quote/") :].rpartition("/")
            page = viewer.quote_view(record_id, quote_id)
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
