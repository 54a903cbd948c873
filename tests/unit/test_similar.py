"""Mechanics of the near-duplicate suggestions: cache, progress, Cancel, sessions, groups, folding.

A small bag-of-words embedder stands in for the model here (the model itself is
measured in test_similar_labelled.py), so these tests are quick and exact.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from sahel_panel.series.embeddings import (
    BATCH,
    Cancelled,
    MemoryCache,
    cache_key,
    embed_all,
    from_blob,
    normalise,
    to_blob,
)
from sahel_panel.series.similar import Candidate, suggest, wording_text


class WordsEmbedder:
    """Unit vectors of hashed words: texts sharing words point the same way. Counts what it embeds."""

    model_id = "test-words"
    dim = 64

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def embed(self, texts):
        self.embedded.extend(texts)
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        for r, text in enumerate(texts):
            for word in wording_text(text).split():
                rows[r, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)


def recs(*rows: tuple[str, str, str]) -> list[Candidate]:
    return [Candidate(f"r{i}", session, text, language) for i, (session, text, language) in enumerate(rows)]


def test_second_run_is_served_from_the_cache():
    cands = recs(("s1", "Protect schools from attacks.", "en"), ("s2", "Protect schools from attacks!", "en"),
                 ("s3", "Protéger les écoles contre les attaques.", "fr"))
    cache, model = MemoryCache(), WordsEmbedder()
    first = suggest(cands, embedder=model, cache=cache)
    assert len(model.embedded) == 3 and len(cache.vectors) == 3
    second = suggest(cands, embedder=model, cache=cache)
    assert len(model.embedded) == 3  # nothing computed again
    assert [(s.a.id, s.b.id, s.score) for s in first.suggestions] == \
           [(s.a.id, s.b.id, s.score) for s in second.suggestions]


def test_cache_key_is_the_normalised_text_and_the_model():
    assert cache_key("Protect  schools\n", "m") == cache_key("Protect schools", "m")
    assert cache_key("Protect schools", "m") != cache_key("protect schools", "m")  # case is meaning to a model
    assert cache_key("Protect schools", "m") != cache_key("Protect schools", "other-model")
    assert normalise("e\u0301cole ") == "\u00e9cole"
    vector = np.arange(5, dtype=np.float32) / 7
    assert np.array_equal(from_blob(to_blob(vector)), vector)


def test_progress_rises_to_one_and_cancel_stops_between_batches():
    cands = [Candidate(f"r{i}", f"s{i % 5}", f"Recommendation number {i} on water", "en") for i in range(BATCH * 3)]
    seen: list[float] = []
    suggest(cands, embedder=WordsEmbedder(), progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) >= 5

    cache, model, calls = MemoryCache(), WordsEmbedder(), []

    def cancel_after_first_batch() -> bool:
        calls.append(1)
        return len(model.embedded) >= BATCH

    with pytest.raises(Cancelled):
        suggest(cands, embedder=model, cache=cache, cancelled=cancel_after_first_batch)
    assert len(cache.vectors) == BATCH  # the batch computed before Cancel is kept
    embed_all([c.text for c in cands], model, cache)
    assert len(model.embedded) == len(cands)  # the next run only computed the rest


def test_same_session_pairs_are_blocked_unless_asked_and_then_come_last():
    cands = recs(("s1", "Create youth parliaments in every country.", "en"),
                 ("s1", "Create youth parliaments in every country!", "en"),
                 ("s2", "Create youth parliaments in every country", "en"))
    default = suggest(cands, embedder=None)
    assert {(s.a.id, s.b.id) for s in default.suggestions} == {("r0", "r2"), ("r1", "r2")}
    assert all(s.cross_session for s in default.suggestions) and not default.same_session_included
    both = suggest(cands, embedder=None, include_same_session=True)
    assert [s.cross_session for s in both.suggestions] == [True, True, False]


def test_wording_is_folded_as_for_search():
    assert wording_text("Sécurité ÉCOLES, d'abord!") == "securite ecoles d abord"
    # hamza, harakat and tatweel folded: the same Arabic recommendation typed two ways
    cands = recs(("s1", "إعادة فتح المدارس وحمايتها", "ar"), ("s2", "اعادة فتـح المدارس وحمايتها", "ar"),
                 ("s3", "Rouvrir les écoles et les protéger", "fr"))
    result = suggest(cands, embedder=None)
    assert [(s.a.id, s.b.id, s.method, s.score) for s in result.suggestions] == [("r0", "r1", "wording", 1.0)]


def test_groups_join_pairs_and_pairs_carry_method_and_scores():
    cands = recs(("s1", "Fund solar mini-grids in rural areas.", "en"),
                 ("s2", "Fund solar mini-grids in rural areas", "en"),
                 ("s3", "fund solar mini grids in rural areas", "en"),
                 ("s4", "Train more teachers for remote schools.", "en"))
    result = suggest(cands, embedder=WordsEmbedder())
    assert {s.method for s in result.suggestions} == {"wording+meaning"}
    assert all(0.0 <= s.score <= 1.0 and s.wording is not None and s.meaning is not None for s in result.suggestions)
    assert [g.ids for g in result.groups] == [("r0", "r1", "r2")]
    assert result.groups[0].sessions == 3 and result.groups[0].languages == ("en",)
    assert result.compared == 4 and result.model_id == "test-words"


def test_nothing_to_compare():
    assert suggest([], embedder=WordsEmbedder()).suggestions == []
    assert suggest(recs(("s1", "Alone.", "en")), embedder=WordsEmbedder()).groups == []


def test_sqlite_cache_round_trip_all_or_nothing(tmp_path):
    import sqlite3

    from sahel_panel.series.similar_cache import EMBEDDING_TABLE_SQL, SqliteEmbeddingCache

    conn = sqlite3.connect(tmp_path / "cache.db", isolation_level=None)
    conn.execute(EMBEDDING_TABLE_SQL)
    cache, model = SqliteEmbeddingCache(conn), WordsEmbedder()
    texts = [f"Recommendation {i} about wells" for i in range(BATCH + 5)]
    first = embed_all(texts, model, cache)
    assert conn.execute("SELECT count(*), min(model), max(dimensions) FROM embedding").fetchone() == \
           (len(texts), "test-words", 64)
    again = embed_all(texts, model, SqliteEmbeddingCache(sqlite3.connect(tmp_path / "cache.db")))
    assert len(model.embedded) == len(texts) and np.array_equal(first, again)
    conn.execute("CREATE TRIGGER no_b BEFORE INSERT ON embedding WHEN NEW.text_key = 'b' BEGIN SELECT RAISE(ABORT, 'full'); END")
    with pytest.raises(sqlite3.DatabaseError):
        cache.put_many({"a": first[0], "b": first[1]}, "test-words")
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM embedding").fetchone() == (len(texts),)
    assert cache.purge_other_models("another-model") == len(texts)


def test_groups_do_not_chain_through_a_middle_recommendation():
    from sahel_panel.series.similar import Suggestion, _groups

    a, b, c, d = recs(("s1", "A", "en"), ("s2", "B", "fr"), ("s3", "C", "ar"), ("s4", "D", "en"))
    # a~b, b~c, c~d but a, c not alike: {a, b} and {c, d}, never a chain of four.
    pairs = [Suggestion(a, b, 0.9, "meaning", None, 0.9), Suggestion(b, c, 0.8, "meaning", None, 0.8),
             Suggestion(c, d, 0.7, "meaning", None, 0.7), Suggestion(a, d, 0.2, "meaning", None, 0.6),
             Suggestion(b, d, 0.1, "meaning", None, 0.6)]
    groups = _groups(pairs)
    assert [g.ids for g in groups] == [("r0", "r1"), ("r2", "r3")]
    assert [g.score for g in groups] == [0.9, 0.8] and groups[0].languages == ("en", "fr")


def test_shared_boilerplate_alone_does_not_make_a_pair():
    opening = "We call on the governments and parliaments of the Sahel region to"
    topics = ["fund wells", "train teachers", "open clinics", "build roads", "protect forests", "pay nurses",
              "register births", "map land", "insure herds", "light villages", "feed pupils", "plant trees"]
    cands = [Candidate(f"r{i}", f"s{i}", f"{opening} {t}.", "en") for i, t in enumerate(topics)]
    cands.append(Candidate("dup", "s-dup", f"{opening} fund wells!", "en"))
    model = WordsEmbedder()
    vectors = model.embed([c.text for c in cands])
    raw = int(((vectors @ vectors.T) >= 0.60).sum() - len(cands)) // 2
    result = suggest(cands, embedder=model)
    assert raw > 50  # the opening alone puts every pair over the cut-off...
    assert {(s.a.id, s.b.id) for s in result.suggestions if s.method != "wording"} == {("dup", "r0")}


def test_deferred_cache_lets_a_worker_compute_and_the_owner_store():
    import threading

    from sahel_panel.series.similar_cache import DeferredCache

    cands = recs(("s1", "Protect schools from attacks.", "en"), ("s2", "Protéger les écoles des attaques.", "fr"))
    owner, model = MemoryCache(), WordsEmbedder()
    embed_all([cands[0].text], model, owner)
    deferred = DeferredCache.preload(owner, [cache_key(c.text, model.model_id) for c in cands])
    worker = threading.Thread(target=lambda: suggest(cands, embedder=model, cache=deferred))
    worker.start()
    worker.join()
    assert model.embedded == [cands[0].text, cands[1].text]  # only the French one was new to the worker
    assert len(owner.vectors) == 1 and deferred.flush(owner) == 1 and len(owner.vectors) == 2


def test_blank_texts_match_nothing():
    cands = recs(("s1", "", "en"), ("s2", " … ", "en"), ("s3", "Protect schools.", "en"))
    result = suggest(cands, embedder=WordsEmbedder())
    assert result.suggestions == [] and result.compared == 1


def test_with_embeddings_wording_is_compared_only_for_pairs_close_in_meaning():
    from sahel_panel.series import similar

    cands = recs(("s1", "Fund wells in every village of the region.", "en"),
                 ("s2", "Fund wells in every village of the region!", "en"),
                 ("s3", "Fund wells in every village of the region.", "fr"))
    result = suggest(cands, embedder=WordsEmbedder())
    by_pair = {(s.a.id, s.b.id): s for s in result.suggestions}
    assert by_pair[("r0", "r1")].method == "wording+meaning"
    assert by_pair[("r0", "r2")].wording is None  # other language: never compared by wording
    assert similar.WORDING_PREFILTER < min(s.meaning for s in result.suggestions)
