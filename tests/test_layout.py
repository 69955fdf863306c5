"""The pipeline's one-way rule, read from each module's import statements.

``provenance/__init__.py`` imports the whole public API, so importing a stage
at run time would pull in everything; the rule is checked on the source.
"""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "provenance"

# Which stages each stage may import. "base" is errors, urls and _version.
ALLOWED = {
    "base": {"base"},
    "store": {"base", "store"},
    "parse": {"base", "store", "parse"},
    "quotes": {"base", "store", "parse", "quotes"},
    "capture": {"base", "store", "capture"},
    "index": {"base", "store", "parse", "quotes", "index"},
    "trust": {"base", "store", "trust"},
    "cite": {"base", "store", "parse", "quotes", "index", "trust", "cite"},
    "serve": {"base", "store", "parse", "quotes", "index", "trust", "cite", "serve"},
}
TOP = {"cli", "__init__", "__main__", "_compat"}
# The store's writing side: parse and quotes may read records, never write them.
STORE_WRITERS = {"archive", "catalog", "warc", "importer", "wacz", "cdxj", "warcscan"}


def stage_of(module: tuple[str, ...]) -> str:
    head = module[0] if module else "__init__"
    if head in ("errors", "urls", "_version"):
        return "base"
    return head


def modules() -> list[tuple[tuple[str, ...], Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        out.append((parts, path))
    return out


def imported(parts: tuple[str, ...], path: Path) -> list[tuple[str, ...]]:
    """Modules of provenance that ``path`` imports, as paths inside the package."""
    package = parts[:-1]  # a package's __init__ resolves relative imports like its modules
    found: list[tuple[str, ...]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = (*base, *(node.module.split(".") if node.module else ()))
                if node.module is None or not target:
                    # ``from . import x`` names submodules
                    found.extend((*base, alias.name) for alias in node.names)
                    continue
            elif node.module and node.module.split(".")[0] == "provenance":
                target = tuple(node.module.split(".")[1:])
            else:
                continue
            found.append(target)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "provenance":
                    found.append(tuple(alias.name.split(".")[1:]))
    return found


def test_every_stage_imports_only_stages_below_it() -> None:
    wrong = []
    seen = 0
    for parts, path in modules():
        stage = stage_of(parts)
        if stage in TOP or parts[0] in TOP:
            continue
        assert stage in ALLOWED, f"{'/'.join(parts)} is in no known stage"
        for target in imported(parts, path):
            seen += 1
            other = stage_of(target)
            if other not in ALLOWED[stage]:
                wrong.append(f"{'/'.join(parts)} imports {'.'.join(target)} ({other})")
            elif (
                stage in ("parse", "quotes")
                and other == "store"
                and (len(target) < 2 or target[1] in STORE_WRITERS)
            ):
                wrong.append(f"{'/'.join(parts)} imports the store's writer {target}")
    assert seen > 50  # the walk really read the imports
    assert not wrong, "\n".join(wrong)


def test_nothing_imports_the_command_line() -> None:
    for parts, path in modules():
        if parts[0] in ("cli", "__main__"):
            continue
        for target in imported(parts, path):
            assert not target or target[0] != "cli", f"{'/'.join(parts)} imports the CLI"
            if parts[0] != "cli":
                assert not target or target[0] != "serve" or parts == ("__init__",), parts


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from ..cite.citation import Citation\nfrom ..store import archive\n")
    targets = imported(("parse", "bad"), bad)
    assert ("cite", "citation") in targets
    assert stage_of(targets[0]) not in ALLOWED["parse"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("provenance.archive", "provenance.store.archive"),
        ("provenance.citation", "provenance.cite.citation"),
    ],
)
def test_old_import_paths_warn_and_work(old: str, new: str) -> None:
    import importlib
    import sys

    sys.modules.pop(old, None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        module = importlib.import_module(old)
    assert module is importlib.import_module(new)
    assert any(issubclass(w.category, DeprecationWarning) and new in str(w.message) for w in caught)
