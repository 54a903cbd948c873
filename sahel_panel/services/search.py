"""Full-text search over contributions and recommendations (FTS5)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from sahel_panel.domain.search_text import fold
from sahel_panel.services.base import Context

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 16


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "contribution" or "recommendation"
    id: str
    question_id: str | None
    snippet: str
    rank: float


def _words(text: str) -> list[str]:
    """The distinct words typed, folded as the index stores text, in order, the last one kept last (prefix)."""
    # fold() composes first: "se\u0301curite\u0301" (decomposed accents, as pasted from some PDFs)
    # must be the same words as "sécurité", not "se" and "curite"; it also drops harakat, tatweel
    # and hamza, as in the indexed ``search_text``, so "الامن" and "الأمن" are the same word.
    words = _TOKEN.findall(fold(text))
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


class _CharKeys(dict):
    """One character of the original text as the index compares it ("" for harakat, tatweel...), memoised."""

    def __missing__(self, ch: str) -> str:
        key = _fold(fold(ch))
        if len(self) < 65536:
            self[ch] = key
        return key


_CHAR_KEYS = _CharKeys()


def excerpt(text: str, words: list[str], width: int = 160) -> str:
    """Plain original text around the first matching word, in linear time.

    ``words`` come from :func:`_words` (already folded). Matches at the start of a word are
    preferred; the text shown is always the original, with its hamza and harakat.
    """
    keys = sorted({k for k in (_fold(w[:100]) for w in words) if k}, key=len, reverse=True)
    start = 0
    if keys:
        alternatives = "|".join(re.escape(k) for k in keys)
        at_word_start = re.compile(rf"(?<!\w)(?:{alternatives})")
        anywhere = re.compile(alternatives)
        overlap = 4 * len(keys[0]) + 1  # the original may carry harakat or tatweel the keys lack
        chunk = 4096
        fallback: int | None = None
        for base in range(0, len(text), chunk):
            offset = max(0, base - overlap)
            segment = text[offset: base + chunk]
            if segment.isascii():
                pieces = None
                haystack = segment.lower()
            else:
                pieces = list(map(_CHAR_KEYS.__getitem__, segment))
                haystack = "".join(pieces)

            def origin(position: int, offset: int = offset, pieces: list[str] | None = pieces) -> int:
                """Index in ``text`` of the character whose folded form holds ``position``."""
                if pieces is None:
                    return offset + position
                return offset + bisect_right(list(accumulate(map(len, pieces))), position)

            found = at_word_start.search(haystack)
            if found:
                start = origin(found.start())
                break
            if fallback is None and (found := anywhere.search(haystack)):
                fallback = origin(found.start())
        else:
            start = fallback or 0
    a = max(0, start - width // 4)
    if a:  # begin at a word boundary when one is near
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else a
    b = min(len(text), a + width)
    if b < len(text):
        space = text.rfind(" ", start, b)
        b = space if space > start else b
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


class SearchService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def __call__(self, text: str, limit: int = 200) -> list[SearchHit]:
        query = fts_query(text)
        if query is None:
            return []
        hits: list[SearchHit] = []
        words = _words(text)
        for kind in ("contribution", "recommendation"):
            # The index holds the folded ``search_text``; the snippet is cut from the original ``text``
            # (FTS5's snippet() would show the folded copy, and is quadratic in the matches of a long text).
            for r in self._ctx.store.db.execute(
                f"SELECT t.id, t.question_id, bm25({kind}_fts), t.text"
                f" FROM {kind}_fts JOIN {kind} t ON t.rowid = {kind}_fts.rowid"
                f" WHERE {kind}_fts MATCH :query ORDER BY bm25({kind}_fts) LIMIT :limit",
                {"query": query, "limit": limit},
            ):
                hits.append(SearchHit(kind, r[0], r[1], excerpt(r[3], words), r[2]))
        hits.sort(key=lambda h: h.rank)
        return hits[:limit]
