"""Small synthetic news pages of our own, written straight into an archive (for index tests)."""

from __future__ import annotations

from datetime import datetime, timezone

from provenance import Archive
from provenance.store import PendingRecord, RecordDraft, RecordFacts

SPEAKERS = ("Ana López", "Musa Abu Marzuk", "Greta Lindqvist", "Jean-Paul Okafor")


def page_html(n: int) -> bytes:
    who = SPEAKERS[n % len(SPEAKERS)]
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>Bridge {n} reopens</title></head><body><article><h1>Bridge {n} reopens</h1>"
        f"<p>\u201cWe will rebuild bridge number {n} before the spring floods,\u201d said {who}, "
        "who spoke at the town hall on Monday.</p>"
        f"<p>The council voted on the plan {n % 9 + 2} times, according to officials.</p>"
        "</article></body></html>"
    ).encode()


def page_record(n: int, *, record_id: str | None = None) -> PendingRecord:
    draft = RecordDraft(
        record_type="resource",
        target_uri=f"https://news.example/bridges/{n}",
        date=datetime(2025, 3, 1 + n % 28, 12, 0, tzinfo=timezone.utc),
        content_type="text/html; charset=utf-8",
        block=page_html(n),
        payload_start=0,
        **({"record_id": record_id} if record_id else {}),
    )
    return PendingRecord(draft, RecordFacts(origin="seed", content_type="text/html"))


def fill(archive: Archive, start: int, count: int, *, per_append: int = 50) -> None:
    """Append pages ``start`` .. ``start + count - 1``."""
    for first in range(start, start + count, per_append):
        last = min(start + count, first + per_append)
        archive.append([page_record(n) for n in range(first, last)])
