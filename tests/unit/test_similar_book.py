"""Suggestions over a real workbook: the five panels, the cache table (migration 2), read-only use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sahel_panel.series import Workbook
from sahel_panel.series.embeddings import MODEL_ID, load_embedder
from sahel_panel.series.schema import MIGRATIONS, SCHEMA_VERSION
from sahel_panel.series.similar import MODE_FULL
from sahel_panel.series.similar_book import candidates, result_data, suggest_for_book
from sahel_panel.services import SessionService
from tests.unit.series_sessions import area_session, series_files, snapshot_of

OVERSIGHT_FR = "Instituer un contrôle parlementaire conjoint des budgets de la défense et de la sécurité."


class Spy:
    """The real model, counting what it is asked to embed."""

    def __init__(self) -> None:
        self.inner = load_embedder().embedder
        assert self.inner is not None
        self.model_id, self.dim, self.embedded = self.inner.model_id, self.inner.dim, 0

    def embed(self, texts):
        self.embedded += len(texts)
        return self.inner.embed(texts)


@pytest.fixture(scope="module")
def book_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("similar-book")
    files = series_files(folder)
    # A sixth panel repeats the security panel's oversight recommendation, in French.
    extra = area_session(folder / "live", "development", name="development-bis.sahel")
    with SessionService.open(extra) as s:
        s.update_info(title="Development, again: the Nouakchott follow-up")
        s.recommendations.draft(OVERSIGHT_FR, None, language="fr")
    path = folder / "call.sahelbook"
    with Workbook.create(path, title="The Call of the Sahel") as book:
        report = book.add_files([*files, snapshot_of(extra, folder)])
        assert report.ok
    return path


def test_migration_2_adds_the_embedding_cache_table(tmp_path: Path) -> None:
    from sahel_panel.series.similar_cache import EMBEDDING_TABLE_SQL
    from sahel_panel.series.store import APPLICATION_ID
    from sahel_panel.store.connection import Database

    assert SCHEMA_VERSION >= 2
    old = tmp_path / "old.sahelbook"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    db = Database(conn)
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute("PRAGMA user_version=1")
    conn.close()
    with Workbook.open(old) as book:
        columns = [r[1] for r in book.store.db.execute("PRAGMA table_info(embedding)")]
    expected = sqlite3.connect(":memory:")
    expected.execute(EMBEDDING_TABLE_SQL)
    assert columns == [r[1] for r in expected.execute("PRAGMA table_info(embedding)")]
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_suggestions_across_panels_and_languages_cached_in_the_workbook(book_path: Path) -> None:
    spy = Spy()
    with Workbook.open(book_path) as book:
        texts = {c.text for c in candidates(book)}
        first = suggest_for_book(book, embedder=spy)
        assert first.mode == MODE_FULL and spy.embedded == len(texts)
        stored = book.store.query("SELECT model, dimensions, count(*) AS n FROM embedding GROUP BY model")
        assert stored == [{"model": MODEL_ID, "dimensions": 512, "n": len(texts)}]
        titles = {s.id: s.title for s in book.sessions()}
        pairs = {(titles[s.a.session_id], s.a.text, titles[s.b.session_id], s.b.text): s for s in first.suggestions}

    # the same recommendation in English (security panel) and French (the sixth panel)
    oversight = [s for key, s in pairs.items() if OVERSIGHT_FR in key]
    assert any(s.cross_language and s.method == "meaning" and "oversight" in (s.a.text + s.b.text)
               for s in oversight)
    # "women and young people" / "women and youth" in local security committees, two panels, by wording too
    assert any("wording" in s.method and "local security committees" in s.a.text for s in first.suggestions)
    assert all(s.cross_session for s in first.suggestions)

    again = Spy()
    with Workbook.open(book_path) as book:
        second = suggest_for_book(book, embedder=again)
        data = result_data(book, second)
    assert again.embedded == 0  # the second run computes nothing
    assert [(s.a.id, s.b.id) for s in second.suggestions] == [(s.a.id, s.b.id) for s in first.suggestions]
    assert data["mode"] == "wording_and_meaning" and data["model"] == MODEL_ID
    assert data["pairs"][0]["a"]["session_title"] and data["groups"]


def test_read_only_workbook_is_not_written(book_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sahelbook"
    with Workbook.open(book_path, read_only=True) as book:
        book.store.db.conn.backup(sqlite3.connect(copy))
    with Workbook.open(copy) as book:
        book.store.db.execute("DELETE FROM embedding")
    before = copy.read_bytes()
    with Workbook.open(copy, read_only=True) as book:
        result = suggest_for_book(book)
    assert result.suggestions and copy.read_bytes() == before
