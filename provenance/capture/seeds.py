"""Bundled seed copies: found by URL, checked against the manifest before use.

A seed directory holds the copies and a ``manifest.json``::

    {"version": 1,
     "seeds": [{"url": "https://...", "file": "000_x.txt",
                "sha256": "<hex>", "media_type": "text/markdown; charset=utf-8"}]}

Lookup ignores scheme and host case, a default port, a trailing slash and a
fragment (see :func:`provenance.urls.url_key`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path, PurePosixPath

import attrs

from ..errors import SeedIntegrityError, SeedNotFound
from ..urls import url_key

__all__ = [
    "MANIFEST_NAME",
    "SeedCopy",
    "SeedEntry",
    "default_seed_dir",
    "find_seed",
    "load_manifest",
    "original_url_of",
]

MANIFEST_NAME = "manifest.json"
_ORIGINAL_URL = re.compile(rb"Original url:\s*<?(https?://[^\s>]+)>?\s*\Z", re.IGNORECASE)


@attrs.frozen
class SeedEntry:
    """One manifest row: the original URL, the file and its expected sha256."""

    url: str
    file: str
    sha256: str
    media_type: str


@attrs.frozen
class SeedCopy:
    """A seed copy whose bytes were checked against the manifest."""

    url: str
    path: Path
    sha256: str
    media_type: str
    data: bytes = attrs.field(repr=False)


def default_seed_dir() -> Path:
    """Where seeds are looked up when no directory is given.

    ``$PROVENANCE_SEEDS`` if set; else the copies installed with the package;
    else the ``seeds/`` folder beside the package in a source checkout.
    """
    env = os.environ.get("PROVENANCE_SEEDS")
    if env:
        return Path(env)
    package = Path(__file__).resolve().parents[1]
    installed = package / "seeds"
    if (installed / MANIFEST_NAME).is_file():
        return installed
    return package.parent / "seeds"


def original_url_of(data: bytes) -> str | None:
    """The URL given on the ``Original url:`` line that ends a seed copy."""
    match = _ORIGINAL_URL.search(data[-2048:])
    return match.group(1).decode("ascii") if match else None


def load_manifest(seed_dir: Path) -> tuple[SeedEntry, ...]:
    """Read and check the shape of ``seed_dir/manifest.json`` (missing: no seeds)."""
    path = seed_dir / MANIFEST_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ()
    except (OSError, ValueError) as exc:
        raise SeedIntegrityError(f"unreadable seed manifest {path}: {exc}", path=str(path)) from exc
    entries = []
    try:
        for row in raw["seeds"]:
            entry = SeedEntry(
                url=str(row["url"]),
                file=str(row["file"]),
                sha256=str(row["sha256"]).lower(),
                media_type=str(row.get("media_type", "text/plain; charset=utf-8")),
            )
            name = PurePosixPath(entry.file)
            if name.name != entry.file or entry.file in ("", ".", ".."):
                raise SeedIntegrityError(
                    f"seed manifest names a file outside {seed_dir}: {entry.file!r}",
                    path=str(path),
                )
            entries.append(entry)
    except (KeyError, TypeError) as exc:
        raise SeedIntegrityError(f"malformed seed manifest {path}: {exc}", path=str(path)) from exc
    return tuple(entries)


def find_seed(url: str, seed_dir: Path | None = None) -> SeedCopy:
    """Return the checked seed copy for ``url``.

    Raises :class:`SeedNotFound` when no seed matches and
    :class:`SeedIntegrityError` when the file is missing or altered.
    """
    directory = seed_dir if seed_dir is not None else default_seed_dir()
    key = url_key(url)
    for entry in load_manifest(directory):
        if url_key(entry.url) != key:
            continue
        path = directory / entry.file
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SeedIntegrityError(
                f"seed file {path} listed in the manifest cannot be read: {exc}", path=str(path)
            ) from exc
        digest = hashlib.sha256(data).hexdigest()
        if digest != entry.sha256:
            raise SeedIntegrityError(
                f"seed file {path} does not match its manifest hash "
                f"(sha256 {digest}, expected {entry.sha256})",
                path=str(path),
            )
        return SeedCopy(
            url=entry.url, path=path, sha256=digest, media_type=entry.media_type, data=data
        )
    raise SeedNotFound(f"no seed copy for {url} in {directory}", url=url)
