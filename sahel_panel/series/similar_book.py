"""Near-duplicate suggestions over a series workbook, with the embeddings cached in it.

    result = suggest_for_book(book, progress=..., cancelled=...)   # SimilarityResult
    data = result_data(book, result)                               # plain data for --json

The recommendations compared are those in their session's latest file (the
ones a consolidation can still take); their current text is compared. The
vectors go into the workbook's ``embedding`` table (schema migration 2), so
the second run over the same workbook embeds nothing; a workbook opened
read-only keeps them in memory for the run instead.

Threads: :func:`suggest_for_book` uses the workbook's connection, so run it on
the thread that owns the workbook (the command line), or give the worker a
:class:`~sahel_panel.series.similar_cache.DeferredCache` filled on the owner
thread and flush it there afterwards (the window).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from sahel_panel.series.embeddings import EmbeddingCache, MemoryCache
from sahel_panel.series.similar import Candidate, SimilarityResult, suggest
from sahel_panel.series.similar_cache import TABLE, SqliteEmbeddingCache


class WorkbookEmbeddingCache:
    """The workbook's ``embedding`` table as an :class:`EmbeddingCache`; memory only when read-only."""

    def __init__(self, book) -> None:  # noqa: ANN001 - Workbook
        self._book = book
        self._table = SqliteEmbeddingCache(book.store.db.conn, TABLE)
        self._memory = MemoryCache()

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found = self._table.get_many(keys)
        found.update(self._memory.get_many([k for k in keys if k not in found]))
        return found

    def put_many(self, vectors: dict[str, np.ndarray], model_id: str) -> None:
        if self._book.read_only:
            self._memory.put_many(vectors, model_id)
            return
        with self._book.store.atomic():  # the workbook's own transaction and error sentence
            self._table.put_many(vectors, model_id)

    def purge_other_models(self, model_id: str) -> int:
        if self._book.read_only:
            return 0
        with self._book.store.atomic():
            return self._table.purge_other_models(model_id)


def candidates(book) -> list[Candidate]:  # noqa: ANN001 - Workbook
    """Every recommendation of the series still in its session's latest file, in series order."""
    return [Candidate(r.id, r.session_id, r.text, r.language) for r in book.recommendations.list()]


def suggest_for_book(
    book,  # noqa: ANN001 - Workbook
    *,
    include_same_session: bool = False,
    embedder=True,  # noqa: ANN001 - see similar.suggest
    cache: EmbeddingCache | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SimilarityResult:
    """:func:`~sahel_panel.series.similar.suggest` over the workbook's recommendations, cached in the workbook."""
    cache = cache if cache is not None else WorkbookEmbeddingCache(book)
    result = suggest(candidates(book), embedder=embedder, cache=cache, include_same_session=include_same_session,
                     progress=progress, cancelled=cancelled)
    if result.model_id and isinstance(cache, WorkbookEmbeddingCache):
        cache.purge_other_models(result.model_id)  # vectors of a model no longer used would never be read
    return result


def result_data(book, result: SimilarityResult) -> dict:  # noqa: ANN001 - Workbook
    """Plain data with stable keys (``series similar --json``); sides carry their session's title."""
    titles = {s.id: s.title for s in book.sessions()}

    def side(c: Candidate) -> dict:
        return {"id": c.id, "session_id": c.session_id, "session_title": titles.get(c.session_id, ""),
                "language": c.language, "text": c.text}

    return {
        "file": str(book.path),
        "mode": result.mode,
        "model": result.model_id,
        "note": str(result.note),
        "compared": result.compared,
        "same_session_included": result.same_session_included,
        "pairs": [{"score": s.score, "method": s.method, "wording": s.wording, "meaning": s.meaning,
                   "cross_session": s.cross_session, "cross_language": s.cross_language,
                   "a": side(s.a), "b": side(s.b)} for s in result.suggestions],
        "groups": [{"ids": list(g.ids), "sessions": g.sessions, "languages": list(g.languages), "score": g.score}
                   for g in result.groups],
    }
