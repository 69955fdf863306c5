"""WARC digest labels as found in the wild: checked and normalised.

``sha1:`` base32 (wget, Heritrix, warcio, Common Crawl), ``sha1:`` hex
(warcprox), ``sha256:`` hex (browsertrix, and provenance itself), labels
such as ``sha-256:``, and base64 values are all accepted.
"""

from __future__ import annotations

import base64
import hashlib

__all__ = ["check_digest", "normalise_digest"]

_ALGORITHMS = ("sha1", "sha256", "sha512", "md5")


def normalise_digest(label: str) -> str:
    """``algorithm:value`` with the algorithm lowercase and unhyphenated.

    >>> normalise_digest("SHA-256:abc")
    'sha256:abc'
    """
    algo, _, value = label.strip().partition(":")
    return f"{algo.lower().replace('-', '')}:{value.strip()}"


def check_digest(label: str, data: bytes) -> bool | None:
    """Whether ``data`` has digest ``label``; None for an algorithm that cannot be checked."""
    algo, _, value = normalise_digest(label).partition(":")
    if algo not in _ALGORITHMS:
        return None
    raw = hashlib.new(algo, data).digest()
    if value.lower() == raw.hex():
        return True
    try:
        if base64.b32decode(value.upper() + "=" * (-len(value) % 8)) == raw:
            return True
    except ValueError:
        pass
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True) == raw
    except ValueError:
        return False
