"""A real pywb (``wb-manager`` + ``wayback``) on 127.0.0.1, serving collections of WARC files."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """A console script of the test extra; skipped without it, except in CI, where it fails."""
    path = BIN / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (pip install -e '.[test]')")
        pytest.skip(f"{name} is not installed")
    return str(path)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_pywb(root: Path, collections: Mapping[str, Sequence[Path]]) -> Iterator[str]:
    """Start wayback over ``collections`` (name -> WARC files); yields ``http://127.0.0.1:PORT``."""
    wb_manager, wayback = tool("wb-manager"), tool("wayback")
    root.mkdir(parents=True, exist_ok=True)
    for name, warcs in collections.items():
        subprocess.run([wb_manager, "init", name], cwd=root, check=True, capture_output=True)
        for warc in warcs:
            subprocess.run(
                [wb_manager, "add", name, str(warc)], cwd=root, check=True, capture_output=True
            )
    port = _free_port()
    proc = subprocess.Popen(
        [wayback, "-p", str(port), "-b", "127.0.0.1", "-t", "2"],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("wayback did not start") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
