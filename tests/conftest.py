from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance import Archive
from tests.pages_server import PagesServer, serve
from tests.tsa_server import TsaServer, serve_tsa

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROVENANCE_SHARED", ROOT.parent / "shared"))
AEB_DIR = SHARED / "corpus" / "articles" / "aeb" / "html"
WARCS_DIR = SHARED / "corpus" / "warcs"
SEED_URL = (
    "https://www.themoscowtimes.com/2025/02/04/"
    "russia-tells-hamas-to-keep-promises-on-hostage-release-a87847"
)


@pytest.fixture(scope="session")
def server() -> Iterator[PagesServer]:
    with serve(AEB_DIR if AEB_DIR.is_dir() else None) as srv:
        yield srv


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path / "archive")


@pytest.fixture(scope="session")
def aeb_names() -> list[str]:
    if not AEB_DIR.is_dir():
        pytest.skip("shared corpus not present")
    return sorted(p.name[: -len(".html.gz")] for p in AEB_DIR.glob("*.html.gz"))


@pytest.fixture(scope="session")
def tsa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TsaServer]:
    """A local RFC 3161 authority (openssl) on 127.0.0.1; see tests/tsa_server.py."""
    with serve_tsa(tmp_path_factory.mktemp("tsa")) as srv:
        yield srv
