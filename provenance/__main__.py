"""``python -m provenance``: the same command line as ``provenance``."""

from .cli import run

run()
