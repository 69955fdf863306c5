"""The benchmark's rule for matching a resolved name against a gold name (printed with the
figures): an acronym matches the name it spells, and nothing else."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def _score() -> ModuleType:
    path = Path(__file__).parents[1] / "benchmarks" / "_quote_score.py"
    spec = importlib.util.spec_from_file_location("_quote_score_for_tests", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_an_acronym_matches_the_name_it_spells() -> None:
    name_ok = _score().name_ok
    assert name_ok("United States", "The US", "person")
    assert name_ok("IMF", "International Monetary Fund", "person")
    assert name_ok("CBP", "U.S. Customs and Border Protection", "person")
    assert not name_ok("US", "Harbour Vote", "person")
    assert not name_ok("VW", "Volkswagen", "person")
    assert not name_ok("HPA", "Hale Port", "person")


def test_the_other_rules_hold() -> None:
    name_ok = _score().name_ok
    assert name_ok("Trump", "Donald Trump", "person")
    assert not name_ok("the ministry", "Russian Foreign Ministry", "person")
    assert name_ok(None, None, "unattributed")
