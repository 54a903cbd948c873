"""Full-text search over contributions and recommendations (FTS5)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sahel_panel.services.base import Context

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 16
SNIPPET_MAX_CHARS = 4000
"""FTS5's ``snippet()`` is quadratic in the matches inside one document (a 100,000-character
contribution took seconds per word); longer texts get :func:`excerpt` instead."""


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contribution" or "recommendation"
    id: str
    question_id: str | None
    snippet: str
    rank: float


def _words(text: str) -> list[str]:
    """The distinct words typed, in order, the last one kept last (it is matched as a prefix)."""
    # Composed form first: "se\u0301curite\u0301" (decomposed accents, as pasted from some PDFs)
    # must be the same words as "sécurité", not "se" and "curite".
    words = _TOKEN.findall(unicodedata.normalize("NFC", text))
    if not words:
        return []
    last = words[-1]
    seen = {_fold(last)}
    others: list[str] = []
    for w in words[:-1]:
        key = _fold(w)
        if key not in seen:
            seen.add(key)
            others.append(w)
    return [*others[: MAX_WORDS - 1], last]


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match, the last as a prefix.

    Words are quoted, so operators and stray brackets in user input are data, never syntax.
    Repeated words are dropped and at most :data:`MAX_WORDS` are kept: a long text pasted
    into the search box must not make a query that takes minutes.
    """
    words = _words(text)
    if not words:
        return None
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


def _fold(text: str) -> str:
    """Lower case without Latin accents, as the FTS tokenizer compares words."""
    if text.isascii():
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


def excerpt(text: str, words: list[str], width: int = 160) -> str:
    """A snippet around the first matching word, in linear time (used for long texts)."""
    keys = [k for k in (_fold(w[:100]) for w in words) if k]
    overlap = max((len(k) for k in keys), default=0)
    start = 0
    chunk = 4096
    for base in range(0, len(text), chunk):
        segment = text[max(0, base - overlap): base + chunk]
        offset = max(0, base - overlap)
        pieces: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(segment):
            folded = _fold(ch)
            pieces.append(folded)
            origin.extend([offset + i] * len(folded))
        haystack = "".join(pieces)
        found = [p for p in (haystack.find(k) for k in keys) if p >= 0]
        if found:
            start = origin[min(found)]
            break
    a = max(0, start - width // 4)
    b = min(len(text), a + width)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


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
                f"SELECT t.id, t.question_id,"
                f" CASE WHEN length(t.text) <= :max THEN snippet({kind}_fts, 0, '', '', '…', 24) END,"
                f" bm25({kind}_fts), CASE WHEN length(t.text) > :max THEN t.text END"
                f" FROM {kind}_fts JOIN {kind} t ON t.rowid = {kind}_fts.rowid"
                f" WHERE {kind}_fts MATCH :query ORDER BY bm25({kind}_fts) LIMIT :limit",
                {"query": query, "limit": limit, "max": SNIPPET_MAX_CHARS},
            ):
                snippet = r[2] if r[4] is None else excerpt(r[4], _words(text))
                hits.append(SearchHit(kind, r[0], r[1], snippet, r[3]))
        hits.sort(key=lambda h: h.rank)
        return hits[:limit]
