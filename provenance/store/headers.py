"""Looking up a header in an ordered list of (name, value) pairs."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["first_header"]


def first_header(pairs: Iterable[tuple[str, str]], name: str) -> str | None:
    """The first value of header ``name`` (case-insensitive), or None."""
    wanted = name.lower()
    for key, value in pairs:
        if key.lower() == wanted:
            return value
    return None
