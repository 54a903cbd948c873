"""The embeddings cache as an SQLite table, so a second suggestion run computes nothing.

The workbook holds it (its migration runs :data:`EMBEDDING_TABLE_SQL`); any
other SQLite file can too. Rows are keyed by ``text_key``, the SHA-256 of the
model id and the normalised text (:func:`sahel_panel.series.embeddings.cache_key`),
so a text shared by several recommendations, or re-added from a newer snapshot,
is embedded once; ``model`` is kept beside it so the table reads well in
Datasette and stale models can be purged.

Each :meth:`SqliteEmbeddingCache.put_many` is one transaction: a batch is
either stored whole or not at all, like every other write of the workbook.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

import numpy as np

from sahel_panel.series.embeddings import chunks, from_blob, to_blob

TABLE = "embedding"

EMBEDDING_TABLE_SQL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    text_key TEXT PRIMARY KEY,          -- SHA-256 of the model id and the normalised text
    model TEXT NOT NULL,                -- which model computed the vector
    dimensions INTEGER NOT NULL,        -- length of the vector
    vector BLOB NOT NULL,               -- little-endian float32, unit length
    created_at TEXT NOT NULL            -- when it was computed (UTC, ISO 8601)
)
"""

_PARAMS = 500  # keys per query: well under SQLite's limit on parameters


class SqliteEmbeddingCache:
    """:class:`~sahel_panel.series.embeddings.EmbeddingCache` over a table of an open connection.

    ``conn`` must allow use from the calling thread; the table must exist
    (:data:`EMBEDDING_TABLE_SQL`, run by the workbook's migration).
    """

    def __init__(self, conn: sqlite3.Connection, table: str = TABLE) -> None:
        self.conn = conn
        self.table = table

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for batch in chunks(keys, _PARAMS):
            marks = ",".join("?" * len(batch))
            for key, blob in self.conn.execute(
                    f"SELECT text_key, vector FROM {self.table} WHERE text_key IN ({marks})", batch):
                found[key] = from_blob(blob)
        return found

    def put_many(self, vectors: dict[str, np.ndarray], model_id: str) -> None:
        if not vectors:
            return
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [(key, model_id, int(vec.shape[0]), to_blob(vec), now) for key, vec in vectors.items()]
        with _transaction(self.conn):
            self.conn.executemany(
                f"INSERT OR REPLACE INTO {self.table} (text_key, model, dimensions, vector, created_at) "
                "VALUES (?, ?, ?, ?, ?)", rows)

    def purge_other_models(self, model_id: str) -> int:
        """Delete vectors of any other model; returns how many went."""
        with _transaction(self.conn):
            return self.conn.execute(f"DELETE FROM {self.table} WHERE model != ?", (model_id,)).rowcount


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """All or nothing, on autocommit connections (``isolation_level=None``, as the stores open them) too.

    ``with conn:`` alone does not begin a transaction on such a connection; inside
    a transaction already open, a savepoint nests instead.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT embedding_cache")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO embedding_cache")
            conn.execute("RELEASE embedding_cache")
            raise
        conn.execute("RELEASE embedding_cache")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class DeferredCache:
    """A cache a worker thread can use while another thread owns the database connection.

    Built on the owner thread from what the real cache already holds
    (:meth:`preload`); the worker reads those vectors and adds fresh ones in
    memory; back on the owner thread, :meth:`flush` writes the fresh ones into
    the real cache (also after a Cancel: what was computed is kept).
    """

    def __init__(self) -> None:
        self.known: dict[str, np.ndarray] = {}
        self.fresh: dict[str, dict[str, np.ndarray]] = {}

    @classmethod
    def preload(cls, cache, keys: Sequence[str]) -> DeferredCache:  # noqa: ANN001 - EmbeddingCache
        deferred = cls()
        deferred.known = cache.get_many(keys)
        return deferred

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found = {k: self.known[k] for k in keys if k in self.known}
        for vectors in self.fresh.values():
            found.update({k: vectors[k] for k in keys if k in vectors})
        return found

    def put_many(self, vectors: dict[str, np.ndarray], model_id: str) -> None:
        self.fresh.setdefault(model_id, {}).update(vectors)

    def flush(self, cache) -> int:  # noqa: ANN001 - EmbeddingCache
        """Write the fresh vectors into ``cache`` (on the thread that owns it); returns how many."""
        count = 0
        for model_id, vectors in self.fresh.items():
            cache.put_many(vectors, model_id)
            count += len(vectors)
        self.known.update({k: v for vectors in self.fresh.values() for k, v in vectors.items()})
        self.fresh.clear()
        return count
