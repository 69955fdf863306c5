"""Seed lookup, the manifest, and URL keys."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from provenance import InvalidURL, SeedIntegrityError, SeedNotFound, find_seed, url_key
from provenance.capture.seeds import load_manifest, original_url_of
from provenance.urls import check_http_url
from tests.conftest import SEED_URL, SHARED

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_manifest_matches_the_seed_files() -> None:
    entries = load_manifest(SEEDS)
    assert entries
    for entry in entries:
        data = (SEEDS / entry.file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry.sha256
        assert original_url_of(data) == entry.url


def test_seed_copies_are_byte_for_byte_the_shared_ones() -> None:
    shared = SHARED / "seeds"
    if not shared.is_dir():
        pytest.skip("shared seeds not present")
    for src in shared.iterdir():
        assert (SEEDS / src.name).read_bytes() == src.read_bytes()


@pytest.mark.parametrize(
    "variant",
    [
        SEED_URL,
        SEED_URL + "/",
        SEED_URL + "#comments",
        SEED_URL.replace("https://www.themoscowtimes.com", "HTTPS://WWW.TheMoscowTimes.com"),
        SEED_URL.replace(".com/", ".com:443/", 1),
    ],
)
def test_seed_found_by_url_variants(variant: str) -> None:
    seed = find_seed(variant, SEEDS)
    assert seed.url == SEED_URL
    assert seed.data.endswith(SEED_URL.encode() + b">")


@pytest.mark.parametrize(
    "other",
    [
        SEED_URL.replace("https://", "http://") + "x",
        SEED_URL + "?page=2",
        SEED_URL.upper(),  # the path is case-sensitive
    ],
)
def test_other_urls_have_no_seed(other: str) -> None:
    with pytest.raises(SeedNotFound):
        find_seed(other, SEEDS)


def test_altered_seed_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    entry = load_manifest(copy)[0]
    path = copy / entry.file
    path.write_bytes(path.read_bytes().replace(b"Hamas", b"Hanas", 1))
    with pytest.raises(SeedIntegrityError, match="does not match its manifest hash"):
        find_seed(SEED_URL, copy)
    path.unlink()
    with pytest.raises(SeedIntegrityError, match="cannot be read"):
        find_seed(SEED_URL, copy)


def test_manifest_cannot_point_outside_its_directory(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text(
        json.dumps({"seeds": [{"url": "https://a.test/", "file": "../x", "sha256": "00"}]})
    )
    with pytest.raises(SeedIntegrityError, match="outside"):
        find_seed("https://a.test/", tmp_path)


def test_url_keys() -> None:
    assert url_key("HTTP://Example.com:80/a/") == "http://example.com/a"
    assert url_key("http://example.com:8080/a?b=1#c") == "http://example.com:8080/a?b=1"
    assert url_key("https://[::1]:443/") == "https://[::1]/"
    assert url_key("https://example.com/A") != url_key("https://example.com/a")


def test_check_http_url() -> None:
    assert check_http_url("https://example.com") == "https://example.com/"
    assert check_http_url("https://example.com/a#frag") == "https://example.com/a"
    for bad in ("mailto:a@b.c", "https://exa\nmple.com/", "http://:80/", "http://h:99999/"):
        with pytest.raises(InvalidURL):
            check_http_url(bad)
