"""Full-text search over contributions and recommendations (FTS5)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sahel_panel.services.base import Context

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contribution" or "recommendation"
    id: str
    question_id: str | None
    snippet: str
    rank: float


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match, the last as a prefix.

    Words are quoted, so operators and stray brackets in user input are data, never syntax.
    """
    # Composed form first: "se\u0301curite\u0301" (decomposed accents, as pasted from some PDFs)
    # must be the same words as "sécurité", not "se" and "curite".
    words = _TOKEN.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


class SearchService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def __call__(self, text: str, limit: int = 200) -> list[SearchHit]:
        query = fts_query(text)
        if query is None:
            return []
        hits: list[SearchHit] = []
        for kind in ("contribution", "recommendation"):
            for r in self._ctx.store.db.execute(
                f"SELECT t.id, t.question_id, snippet({kind}_fts, 0, '', '', '…', 24), bm25({kind}_fts)"
                f" FROM {kind}_fts JOIN {kind} t ON t.rowid = {kind}_fts.rowid"
                f" WHERE {kind}_fts MATCH ? ORDER BY bm25({kind}_fts) LIMIT ?",
                (query, limit),
            ):
                hits.append(SearchHit(kind, r[0], r[1], r[2], r[3]))
        hits.sort(key=lambda h: h.rank)
        return hits[:limit]
