"""Independent checks of WARC files: warcio's and FastWARC's own tools."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fastwarc.warc import ArchiveIterator as FastIterator
from warcio.archiveiterator import ArchiveIterator as WarcioIterator


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300
    )


# warcio's checker decodes br bodies with the `brotli` module and crashes on
# brotli >= 1.0 (it sets an attribute the C Decompressor does not have). The
# digest checks need no decoding, so the checker runs with brotli hidden.
_WARCIO_MAIN = "import sys; sys.modules['brotli'] = None; from warcio.cli import main; main()"


def warcio_check(path: Path) -> None:
    """`warcio check -v`: every digest present must pass."""
    proc = _run(_WARCIO_MAIN, "check", "-v", str(path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "digest fail" not in proc.stdout, proc.stdout


def fastwarc_check(path: Path) -> None:
    """`fastwarc check --verify-payloads`: block and payload digests."""
    proc = _run("from fastwarc.cli import main; main()", "check", "-p", "-q", str(path))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def warcio_records(path: Path) -> list[tuple[str, str, int]]:
    """(record id, type, offset) of every record, as warcio reads them."""
    out = []
    with open(path, "rb") as fh:
        it = WarcioIterator(fh)
        for rec in it:
            rid = rec.rec_headers.get_header("WARC-Record-ID")
            rtype = rec.rec_type
            rec.raw_stream.read()
            out.append((rid, rtype, it.get_record_offset()))
    return out


def fastwarc_records(path: Path) -> list[tuple[str, str, int]]:
    """(record id, type, offset) of every record, as FastWARC reads them, digests verified."""
    out = []
    with open(path, "rb") as fh:
        for rec in FastIterator(fh, parse_http=False):
            assert rec.verify_block_digest(False), rec.record_id
            if "WARC-Payload-Digest" in rec.headers:
                rec.parse_http()
                assert rec.verify_payload_digest(False), rec.record_id
            out.append((rec.record_id, rec.headers["WARC-Type"], rec.stream_pos))
    return out


def check_archive_files(archive_path: Path, expected: list[tuple[str, str, str, int]]) -> None:
    """Every WARC file passes both checkers and reads back record for record.

    ``expected`` is (file, record id, type, offset) from the catalog.
    """
    files = sorted({f for f, _, _, _ in expected})
    for name in files:
        path = archive_path / "warcs" / name
        warcio_check(path)
        fastwarc_check(path)
        want = [(rid, rtype, off) for f, rid, rtype, off in expected if f == name]
        assert warcio_records(path) == want
        assert fastwarc_records(path) == want
