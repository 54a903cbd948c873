"""A thin transaction helper over ``sqlite3``, in the manner of sqlite-utils' ``Database``.

The window opens a session at start-up, and importing sqlite-utils (with
its plugin system and date parser) costs about as much as the whole bare
window; the store needs only these four operations of it. sqlite-utils is
still what the migrations use to build the full-text index (imported there,
when a file is created or upgraded).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class Database:
    """``conn`` in autocommit mode; :meth:`atomic` is the only way to group statements."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: tuple | list | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executescript(self, script: str) -> None:
        """Run a script statement by statement, so that an open transaction stays open.

        (``sqlite3.executescript`` would COMMIT it first.)
        """
        statement = ""
        for piece in script.split(";"):
            statement += piece + ";"
            if sqlite3.complete_statement(statement):
                if statement.strip(" \n\t;"):
                    self.conn.execute(statement)
                statement = ""
        if statement.strip(" \n\t;"):
            self.conn.execute(statement)

    @contextmanager
    def reading(self) -> Iterator[Database]:
        """One read transaction: every query inside sees the same state of the file.

        In WAL mode another connection (the window) may keep writing meanwhile;
        this connection reads the state as of its first query. Inside an open
        transaction it simply joins it.
        """
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested blocks become savepoints. Rolls back on any exception."""
        if self.conn.in_transaction:
            name = f"sp_{os.urandom(8).hex()}"  # what secrets.token_hex does, without importing hmac/hashlib
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
        else:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
