"""Mining quotes out of whole crawls: any number of WARC files, on all cores or a Dask cluster.

The unit of work is a *chunk*: a WARC file, or a byte range of a gzip WARC
that starts at a member boundary (so one big file is shared between
workers too). :func:`mine_chunk` is a plain function of (path, start, end)
returning JSON-ready quote rows, so the same function runs in a local
process pool or as a ``dask.bag`` map on a ``dask.distributed`` cluster.
Rows come out in file and offset order whatever ran them, so a local run and
a Dask run write the same lines. Memory stays bounded: a worker holds one
record at a time and the writer a few chunks' rows.

Paths may be local files or URLs that fsspec opens (``s3://bucket/crawl/*.warc.gz``
once ``s3fs`` is installed): workers read their byte ranges directly.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

import attrs

from ..errors import ProvenanceError
from ..parse import parse_record
from ..quotes import extract_quotes
from ..store.warcscan import is_member_warc, next_member, open_source, scan_warc

__all__ = ["Chunk", "MineReport", "mine", "mine_chunk", "plan_chunks"]

DEFAULT_CHUNK = 16 * 1024 * 1024
_PAGE_TYPES = ("text/html", "application/xhtml", "text/plain", "text/markdown")


@attrs.frozen
class Chunk:
    path: str
    start: int
    end: int | None  # None: to the end of the file


@attrs.frozen
class MineReport:
    files: int
    chunks: int
    records: int
    quotes: int


def _size(path: str) -> int:
    with open_source(path) as fh:
        fh.seek(0, os.SEEK_END)
        return fh.tell()


def plan_chunks(paths: Iterable[str], chunk_bytes: int = DEFAULT_CHUNK) -> list[Chunk]:
    """Split the files into chunks that start at gzip member boundaries."""
    chunks: list[Chunk] = []
    for path in paths:
        if not is_member_warc(path):
            chunks.append(Chunk(path, 0, None))
            continue
        size = _size(path)
        cuts = [0]
        pos = chunk_bytes
        while pos < size:
            cut = next_member(path, pos)
            if cut is None:
                break
            if cut > cuts[-1]:
                cuts.append(cut)
            pos = cut + chunk_bytes
        bounds = [*cuts, size]
        chunks.extend(Chunk(path, a, b) for a, b in itertools.pairwise(bounds))
    return chunks


def _is_page(content_type: str | None) -> bool:
    return content_type is None or content_type.lower().startswith(_PAGE_TYPES)


def mine_chunk(chunk: Chunk) -> tuple[int, list[str]]:
    """(pages read, one JSON line per quote) for one chunk.

    Rows are serialised at once: a list of strings costs the garbage
    collector nothing, a list of dicts is scanned again and again.
    """
    rows: list[str] = []
    records = 0
    for scanned in scan_warc(chunk.path, chunk.start, chunk.end):
        rec = scanned.record
        if rec is None or rec.record_type not in ("response", "resource"):
            continue
        ctype = rec.header("Content-Type")
        if rec.record_type == "response":
            head = rec.block[: rec.block.find(b"\r\n\r\n")].lower()
            if not head.startswith(b"http/") or b" 200" not in head[:16]:
                continue
            ctype = None
            for line in head.split(b"\r\n")[1:]:
                if line.startswith(b"content-type:"):
                    ctype = line[13:].strip().decode("latin-1")
        if not _is_page(ctype):
            continue
        records += 1
        try:
            article = parse_record(rec)
        except ProvenanceError:
            continue  # not a page after all (binary, undecodable)
        for q in extract_quotes(article):
            if q.kind in ("scare", "nested"):
                continue
            rows.append(
                _json_line(
                    {
                        "file": chunk.path,
                        "offset": scanned.offset,
                        "length": scanned.length,
                        "record_id": rec.record_id,
                        "url": rec.target_uri,
                        "warc_date": rec.date,
                        "quote_id": q.quote_id,
                        "kind": q.kind,
                        "text": q.text,
                        "speaker": q.speaker.text if q.speaker else None,
                        "speaker_name": q.speaker_name,
                        "cue": q.cue.text if q.cue else None,
                        "confidence": q.confidence,
                        "bytes": [[c.byte_start, c.byte_end] for c in q.content],
                        "recipe": list(article.recipe),
                    }
                )
            )
    return records, rows


def _json_line(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False)


def _local(chunks: list[Chunk], jobs: int) -> Iterator[tuple[int, list[str]]]:
    if jobs <= 1:
        for chunk in chunks:
            yield mine_chunk(chunk)
        return
    context = multiprocessing.get_context("spawn" if os.name != "posix" else "fork")
    with context.Pool(jobs) as pool:
        yield from pool.imap(mine_chunk, chunks, chunksize=1)


def _dask(chunks: list[Chunk], address: str) -> Iterator[tuple[int, list[str]]]:
    import dask.bag
    import distributed

    bag_module: Any = dask.bag
    client_class: Any = distributed.Client
    with client_class(address) as client:
        bag = bag_module.from_sequence(chunks, npartitions=max(1, len(chunks))).map(mine_chunk)
        for future in client.compute(bag.to_delayed()):  # in chunk order
            yield from future.result()


def mine(
    paths: Iterable[str],
    out: TextIO,
    *,
    jobs: int = 1,
    dask_address: str | None = None,
    chunk_bytes: int = DEFAULT_CHUNK,
    progress: Callable[[int, int], None] | None = None,
) -> MineReport:
    """Write the quotes of every page in ``paths`` to ``out`` as JSON lines."""
    files = list(paths)
    workers = jobs if not dask_address else 8
    if workers > 1:  # enough chunks to keep every worker busy
        total = sum(_size(f) for f in files)
        chunk_bytes = min(chunk_bytes, max(1 << 20, total // (workers * 4)))
    chunks = plan_chunks(files, chunk_bytes)
    results = _dask(chunks, dask_address) if dask_address else _local(chunks, jobs)
    records = quotes = 0
    for done, (pages, rows) in enumerate(results, 1):
        records += pages
        quotes += len(rows)
        for line in rows:
            out.write(line + "\n")
        if progress is not None:
            progress(done, len(chunks))
    return MineReport(files=len(files), chunks=len(chunks), records=records, quotes=quotes)
