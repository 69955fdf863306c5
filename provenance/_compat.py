"""Old import paths, kept for one release: ``provenance.archive`` and the other
modules that moved into stage packages still import, with a DeprecationWarning
naming the new path. Nothing in provenance itself uses them.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import warnings
from types import ModuleType

__all__ = ["MOVED", "install"]

#: Old module path -> new module path.
MOVED = {
    "provenance.archive": "provenance.store.archive",
    "provenance.catalog": "provenance.store.catalog",
    "provenance.warc": "provenance.store.warc",
    "provenance.warcscan": "provenance.store.warcscan",
    "provenance.importer": "provenance.store.importer",
    "provenance.wacz": "provenance.store.wacz",
    "provenance.cdxj": "provenance.store.cdxj",
    "provenance.digests": "provenance.store.digests",
    "provenance.headers": "provenance.store.headers",
    "provenance.representation": "provenance.store.representation",
    "provenance.fetch": "provenance.capture.fetch",
    "provenance.seeds": "provenance.capture.seeds",
    "provenance.batch": "provenance.capture.batch",
    "provenance.citation": "provenance.cite.citation",
    "provenance.formats": "provenance.cite.formats",
    "provenance.verify": "provenance.cite.verify",
    "provenance.report": "provenance.cite.report",
    "provenance.mine": "provenance.index.mine",
}


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MOVED:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        new = MOVED[spec.name]
        warnings.warn(
            f"{spec.name} moved to {new}; the old path goes away in the next release",
            DeprecationWarning,
            stacklevel=2,
        )
        return importlib.import_module(new)

    def exec_module(self, module: ModuleType) -> None:
        return None  # the module is already executed under its new name


def install() -> None:
    """Put the alias finder on ``sys.meta_path`` (once)."""
    if not any(isinstance(f, _Alias) for f in sys.meta_path):
        sys.meta_path.append(_Alias())
