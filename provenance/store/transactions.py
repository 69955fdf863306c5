"""Explicit SQLite transactions on a connection in autocommit mode."""

from __future__ import annotations

import sqlite3

__all__ = ["Transactions"]


class Transactions:
    """``begin`` (taking the write lock at once), ``commit`` and ``rollback`` on ``_db``."""

    _db: sqlite3.Connection

    def begin(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
