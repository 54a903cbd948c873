"""Near-duplicate recommendations across the sessions of a series, in and across languages.

The secretariat merges recommendations that say the same thing; this module
only *suggests* the pairs worth a look, best first, and never merges anything.
Two signals:

* **wording** — within one language, :mod:`rapidfuzz` on the text folded as
  for search (Arabic spelling variants, Latin accents and case), so a
  recommendation copied from one panel to the next with a few words changed is
  found even when no embedding model is installed;
* **meaning** — across languages (and for paraphrases), cosine similarity of
  multilingual sentence embeddings (:mod:`sahel_panel.series.embeddings`),
  computed offline and cached by text.

Cut-offs are calibrated on the labelled set in
``tests/fixtures/similar_pairs.yaml``, not guessed: see :data:`MEANING_CUTOFF`
and :data:`WORDING_CUTOFF`. Each item keeps at most :data:`MAX_PER_ITEM`
partners (its best ones), so a series full of near-identical boilerplate does
not drown the list (a recommendation raised at six panels still has its five).
Pairs from the same session are left out by default (the rapporteur already
consolidated their own panel); when asked for, they come after every
cross-session pair.

Qt-free and synchronous: the window runs :func:`suggest` in a worker thread
with ``progress`` and ``cancelled``; the command line calls it directly.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process, utils

from sahel_panel.domain.search_text import fold
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.series.embeddings import Cancelled, Embedder, EmbeddingCache, embed_all, load_embedder

__all__ = ["Cancelled", "Candidate", "Suggestion", "SuggestionGroup", "SimilarityResult", "suggest",
           "MEANING_CUTOFF", "WORDING_CUTOFF", "MAX_PER_ITEM"]

MEANING_CUTOFF = 0.60
"""Cosine (USE multilingual v3) from which two texts are suggested as the same recommendation.

On the labelled set, translations, paraphrases and copies score 0.34–0.99
(median 0.79) and different recommendations 0.13 at the median, 0.45 at the
99th percentile and up to 0.74 for the hardest same-topic pair; 0.60 is the
cut-off with the best F1 there (with wording added: precision 0.944, recall
0.944, see tests/unit/test_similar_labelled.py; a cut-off fitted on half the
set and measured on the other half gives the same picture, bench/bench_similar.py).
"""

WORDING_CUTOFF = 88.0
"""rapidfuzz ``token_sort_ratio`` (0–100) on folded text, same language only.

High on purpose: lightly edited copies score 89–100 on the labelled set, while
same-topic recommendations written from one template share most of their
words — "Réserver des sièges aux jeunes / aux femmes dans les parlements
nationaux..." scores 90, wording's one false positive there: wording alone
cannot tell them apart, which is why meaning is the main signal.
"""

WORDING_PREFILTER = 0.50
"""With embeddings, wording is compared only for same-language pairs at least this close in meaning.

Lightly edited copies score 0.91–0.99 on the labelled set; a pair under 0.50 could
reach the wording cut-off only by sharing its words in another sense. (On the
2,500 generated recommendations of the bench: the same 251 wording pairs as
comparing every same-language pair, in a tenth of the time.)
"""

HUB_SKIP, HUB_K, HUB_MARGIN = 5, 20, 0.20
"""A pair found by meaning must also stand out of its two texts' neighbourhoods (see :func:`_meaning_pairs`).

Without it, texts that share an opening or a closing clause ("Parliaments should
...", "with the support of regional parliaments") pass the cut-off by the
thousand: in bench/similar_corpus.py's 1,000 boilerplate-heavy recommendations,
8,400 pairs against 1,200 with it, for 88 % of the true duplicates still found;
on the labelled set it changes nothing (same precision and recall).
"""

MAX_PER_ITEM = 6
"""At most this many partners kept for one recommendation (its best)."""

MODE_FULL = "wording_and_meaning"
MODE_WORDING = "wording_only"

_ROWS = 256  # rows of the similarity matrix computed per step (progress, Cancel, memory)


@dataclass(frozen=True)
class Candidate:
    """One recommendation to compare: its id, its session, its text and language (en, fr, ar)."""

    id: str
    session_id: str
    text: str
    language: str


@dataclass(frozen=True)
class Suggestion:
    """Two recommendations that may say the same thing.

    ``score`` is in [0, 1]: 0 at the cut-off of the method that found the pair,
    1 for identical texts, so pairs found by wording and by meaning rank on one
    scale. ``wording`` (0–100, same language only) and ``meaning`` (cosine) are
    the raw figures, None when not computed. ``a`` is the side whose session
    sorts first.
    """

    a: Candidate
    b: Candidate
    score: float
    method: str  # "wording", "meaning", or "wording+meaning"
    wording: float | None
    meaning: float | None

    @property
    def cross_session(self) -> bool:
        return self.a.session_id != self.b.session_id

    @property
    def cross_language(self) -> bool:
        return self.a.language != self.b.language


@dataclass(frozen=True)
class SuggestionGroup:
    """Recommendations that were all suggested with one another; ``score`` is their best pair's."""

    ids: tuple[str, ...]
    sessions: int
    languages: tuple[str, ...]
    score: float


@dataclass
class SimilarityResult:
    """Everything :func:`suggest` found, and how.

    ``mode`` is :data:`MODE_FULL` or :data:`MODE_WORDING` (no embedding model:
    ``note`` then says why, as a translatable sentence, and no pair across
    languages can be found).
    """

    suggestions: list[Suggestion]
    groups: list[SuggestionGroup]
    mode: str
    model_id: str | None
    compared: int
    note: str = ""
    same_session_included: bool = False
    cached: int = field(default=0)


def wording_text(text: str) -> str:
    """``text`` folded as the search index folds it, for comparing wording.

    :func:`~sahel_panel.domain.search_text.fold` handles the Arabic variants;
    Latin accents and case are removed here as the FTS5 tokenizer removes them
    (``remove_diacritics 2``) — fold() already took the Arabic marks, so every
    combining mark left is an accent; punctuation becomes spaces.
    """
    decomposed = unicodedata.normalize("NFKD", fold(text))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(utils.default_process(unicodedata.normalize("NFC", bare)).split())


def suggest(
    candidates: Sequence[Candidate],
    *,
    embedder: Embedder | None | bool = True,
    cache: EmbeddingCache | None = None,
    include_same_session: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SimilarityResult:
    """Ranked near-duplicate pairs and groups among ``candidates``.

    ``embedder=True`` loads the default model (falling back to wording only,
    with a note, when its package is absent); pass an :class:`Embedder` to use
    another, or ``None`` to compare wording only. ``progress(fraction)`` is
    called as work advances; ``cancelled()`` is polled and raises
    :class:`Cancelled`. Embeddings computed before a cancel stay in ``cache``.
    """
    note = ""
    if embedder is True:
        status = load_embedder()
        embedder = status.embedder
        if embedder is None:
            note = Message(QT_TRANSLATE_NOOP(
                "Errors", "Suggestions compare wording within each language only: {reason}."),
                reason=status.reason)
    elif embedder is False:
        embedder = None
    items = [c for c in candidates if wording_text(c.text)]  # nothing but spaces or punctuation: nothing to match
    n = len(items)
    report = progress or (lambda _f: None)
    check = cancelled or (lambda: False)
    report(0.0)
    meaning: dict[tuple[int, int], float] = {}
    if embedder is not None and n > 1:
        vectors = embed_all([c.text for c in items], embedder, cache,
                            progress=lambda done, total: report(0.9 * (done / total if total else 1.0)),
                            cancelled=check)
        meaning, close = _meaning_pairs(vectors, items, include_same_session, check)
        wording = _wording_of(items, close)
    else:
        wording = _wording_pairs(items, check)
    suggestions = _combine(items, wording, meaning, include_same_session)
    report(1.0)
    return SimilarityResult(
        suggestions=suggestions,
        groups=_groups(suggestions),
        mode=MODE_FULL if embedder is not None else MODE_WORDING,
        model_id=embedder.model_id if embedder is not None else None,
        compared=n,
        note=note,
        same_session_included=include_same_session,
    )


def _wording_pairs(items: list[Candidate], cancelled: Callable[[], bool]) -> dict[tuple[int, int], float]:
    """(i, j) -> token_sort_ratio for same-language pairs at or above :data:`WORDING_CUTOFF`."""
    by_language: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        by_language.setdefault(item.language, []).append(index)
    found: dict[tuple[int, int], float] = {}
    for indices in by_language.values():
        texts = [_sorted_words(items[i].text) for i in indices]
        for start in range(0, len(indices), _ROWS):
            if cancelled():
                raise Cancelled()
            scores = process.cdist(texts[start:start + _ROWS], texts, scorer=fuzz.ratio, processor=None,
                                   score_cutoff=WORDING_CUTOFF, dtype=np.float32, workers=-1)
            rows, cols = np.nonzero(scores)
            for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
                i, j = indices[start + r], indices[c]
                if i < j:
                    found[(i, j)] = float(scores[r, c])
    return found


def _sorted_words(text: str) -> str:
    # token_sort_ratio is ratio on the words sorted: sort them once per text, not once per pair
    return " ".join(sorted(wording_text(text).split()))


def _wording_of(items: list[Candidate], close: list[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """token_sort_ratio of the given same-language pairs, kept at or above :data:`WORDING_CUTOFF`.

    With embeddings, only pairs whose cosine reaches :data:`WORDING_PREFILTER`
    are compared: a lightly edited copy is always that close in meaning, and
    the list is a small fraction of all pairs (the cached run's main cost).
    """
    if not close:
        return {}
    texts = {i: _sorted_words(items[i].text) for i in {i for pair in close for i in pair}}
    scores = process.cpdist([texts[i] for i, _ in close], [texts[j] for _, j in close], scorer=fuzz.ratio,
                            processor=None, score_cutoff=WORDING_CUTOFF, dtype=np.float32, workers=-1)
    return {pair: float(score) for pair, score in zip(close, scores.tolist(), strict=True) if score}


def _meaning_pairs(vectors: np.ndarray, items: list[Candidate], include_same_session: bool,
                   cancelled: Callable[[], bool]) -> tuple[dict[tuple[int, int], float], list[tuple[int, int]]]:
    """(i, j) -> cosine for pairs at or above :data:`MEANING_CUTOFF` that stand out of their neighbourhood.

    Also returns the same-language pairs at or above :data:`WORDING_PREFILTER`,
    the only ones whose wording is then compared.

    A text's *level* is its mean cosine to its neighbours ranked after the best
    :data:`HUB_SKIP` (the next :data:`HUB_K`): how close it is to everything
    around it. Boilerplate ("We call on governments to...") raises it for every
    text sharing it; the best few neighbours are skipped because a
    recommendation raised at several panels has that many true duplicates (too
    few texts to skip: no penalty). A pair stands out when ``2 cos - level(i) -
    level(j) >= HUB_MARGIN`` (the "cross-domain similarity local scaling" of
    bilingual lexicon induction). One pass over the similarity matrix, by
    blocks of rows: the levels and the few entries above the lower cut-off are
    taken from the same product. Blocked same-session pairs are skipped.
    """
    n = len(items)
    skip_all = n - 1 <= HUB_SKIP
    k = 0 if skip_all else min(HUB_K, n - 1 - HUB_SKIP)
    level = np.zeros(n, dtype=np.float32)
    low = min(MEANING_CUTOFF, WORDING_PREFILTER)
    pair_rows: list[np.ndarray] = []
    pair_cols: list[np.ndarray] = []
    pair_values: list[np.ndarray] = []
    for start in range(0, n, _ROWS):
        if cancelled():
            raise Cancelled()
        block = vectors[start:start + _ROWS] @ vectors.T
        size = len(block)
        rows, cols = np.nonzero(block >= low)
        upper = cols > rows + start  # each pair once, never a text with itself
        pair_rows.append(rows[upper] + start)
        pair_cols.append(cols[upper])
        pair_values.append(block[rows[upper], cols[upper]])
        if not skip_all:
            block[np.arange(size), np.arange(start, start + size)] = -np.inf
            top = -np.partition(-block, HUB_SKIP + k - 1, axis=1)[:, :HUB_SKIP + k]
            top.sort(axis=1)
            level[start:start + size] = top[:, :k].mean(axis=1)  # ascending: the k after the best skip
    i = np.concatenate(pair_rows) if pair_rows else np.zeros(0, dtype=np.intp)
    j = np.concatenate(pair_cols) if pair_cols else np.zeros(0, dtype=np.intp)
    value = np.concatenate(pair_values) if pair_values else np.zeros(0, dtype=np.float32)
    if not include_same_session:
        codes: dict[str, int] = {}
        sessions = np.array([codes.setdefault(c.session_id, len(codes)) for c in items])
        apart = sessions[i] != sessions[j]
        i, j, value = i[apart], j[apart], value[apart]
    meaning = (value >= MEANING_CUTOFF) & (2 * value - level[i] - level[j] >= HUB_MARGIN)
    found = dict(zip(zip(i[meaning].tolist(), j[meaning].tolist(), strict=True), value[meaning].tolist(),
                     strict=True))
    languages: dict[str, int] = {}
    language = np.array([languages.setdefault(c.language, len(languages)) for c in items])
    same = (value >= WORDING_PREFILTER) & (language[i] == language[j])
    close = list(zip(i[same].tolist(), j[same].tolist(), strict=True))
    return found, close


def _rescale(value: float, cutoff: float, top: float) -> float:
    return max(0.0, min(1.0, (value - cutoff) / (top - cutoff)))


def _combine(items: list[Candidate], wording: dict[tuple[int, int], float],
             meaning: dict[tuple[int, int], float], include_same_session: bool) -> list[Suggestion]:
    scored: list[tuple[float, int, int]] = []
    for i, j in wording.keys() | meaning.keys():
        a, b = items[i], items[j]
        if a.id == b.id or (not include_same_session and a.session_id == b.session_id):
            continue
        w, m = wording.get((i, j)), meaning.get((i, j))
        score = max(_rescale(w, WORDING_CUTOFF, 100.0) if w is not None else 0.0,
                    _rescale(m, MEANING_CUTOFF, 1.0) if m is not None else 0.0)
        scored.append((score, i, j))
    scored.sort(key=lambda s: (-s[0], items[s[1]].id, items[s[2]].id))
    kept: list[Suggestion] = []
    partners: dict[int, int] = {}
    for score, i, j in scored:
        if partners.get(i, 0) >= MAX_PER_ITEM or partners.get(j, 0) >= MAX_PER_ITEM:
            continue
        partners[i] = partners.get(i, 0) + 1
        partners[j] = partners.get(j, 0) + 1
        a, b = items[i], items[j]
        if (b.session_id, b.id) < (a.session_id, a.id):
            a, b = b, a
        w, m = wording.get((i, j)), meaning.get((i, j))
        method = "wording+meaning" if w is not None and m is not None else ("wording" if w is not None else "meaning")
        kept.append(Suggestion(a, b, round(score, 4), method, w, None if m is None else round(m, 4)))
    kept.sort(key=lambda s: (not s.cross_session, -s.score, s.a.id, s.b.id))
    return kept


def _groups(suggestions: list[Suggestion]) -> list[SuggestionGroup]:
    """Groups in which every two members are themselves a suggested pair (complete linkage), best first.

    Joining whatever is connected would chain "A like B like C" into one group
    of a whole theme; here pairs are taken best first and two groups join only
    when each member of one was suggested with each member of the other.
    """
    linked = {frozenset((s.a.id, s.b.id)) for s in suggestions}
    group_of: dict[str, int] = {}
    members: dict[int, list[Candidate]] = {}
    best: dict[int, float] = {}
    next_group = itertools.count()
    for s in sorted(suggestions, key=lambda s: (-s.score, s.a.id, s.b.id)):
        ga, gb = group_of.get(s.a.id), group_of.get(s.b.id)
        if ga is None:
            ga = next(next_group)
            members[ga], best[ga], group_of[s.a.id] = [s.a], s.score, ga
        if gb is None:
            gb = next(next_group)
            members[gb], best[gb], group_of[s.b.id] = [s.b], s.score, gb
        if ga == gb or not all(frozenset((x.id, y.id)) in linked for x in members[ga] for y in members[gb]):
            continue
        for cand in members.pop(gb):
            members[ga].append(cand)
            group_of[cand.id] = ga
        best[ga] = max(best[ga], best.pop(gb))
    groups = [SuggestionGroup(ids=tuple(sorted(c.id for c in cands)),
                              sessions=len({c.session_id for c in cands}),
                              languages=tuple(sorted({c.language for c in cands})),
                              score=best[g])
              for g, cands in members.items() if len(cands) > 1]
    groups.sort(key=lambda g: (-g.score, g.ids))
    return groups
