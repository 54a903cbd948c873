"""Arabic search finds the spellings people actually type: without hamza, harakat or tatweel, ى for ي."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sahel_panel.domain.search_text import SEPARATORS, fold
from sahel_panel.exchange import json_export
from sahel_panel.services import SessionService
from sahel_panel.store import schema
from tests.unit.helpers import FIXTURES, new_session


# -- the normaliser -----------------------------------------------------------
@pytest.mark.parametrize(("typed", "folded"), [
    ("الأمن", "الامن"),
    ("أحمد", "احمد"),
    ("إسلام", "اسلام"),
    ("القرآن", "القران"),
    ("ٱلله", "الله"),
    ("مستشفى", "مستشفي"),
    ("مؤتمر", "موتمر"),
    ("مسائل", "مسايل"),
    ("كَلِمَةٌ", "كلمة"),  # harakat and tanwin go; ة stays (see the module docstring)
    ("شدَّة", "شدة"),
    ("سُكْون", "سكون"),
    ("رحمٰن", "رحمن"),  # superscript alef
    ("ســــلام", "سلام"),  # tatweel
    ("ا\u0654من", "امن"),  # hamza as a combining mark (decomposed أ)
    ("start\u202eevil\u202c", "start evil "),  # bidi marks stay word separators, never glue
    ("a\u200bb\ufeffc\u061cd", "a b c d"),
    ("sécurité Sahel 2023", "sécurité Sahel 2023"),  # Latin is the tokenizer's business
    ("se\u0301curite\u0301", "sécurité"),  # ... but composed, as the query is
    ("ء", "ء"),  # a bare hamza is a letter of its own
    ("مدرسة مدرسه", "مدرسة مدرسه"),
    ("", ""),
    ("plain ascii", "plain ascii"),
])
def test_fold(typed: str, folded: str) -> None:
    assert fold(typed) == folded
    assert fold(folded) == folded  # idempotent


def test_fold_separators_are_those_of_the_index() -> None:
    assert SEPARATORS == schema.FTS_SEPARATORS


# -- searching ----------------------------------------------------------------
@pytest.fixture
def s(tmp_path: Path):  # type: ignore[no-untyped-def]
    service = new_session(tmp_path)
    yield service
    service.close()


def ids(s: SessionService, text: str) -> set[str]:
    return {h.id for h in s.search(text)}


@pytest.mark.parametrize(("stored", "typed"), [
    ("يجب تعزيز الأمن في المنطقة", "الامن"),
    ("يجب تعزيز الامن في المنطقة", "الأمن"),
    ("تحدث أحمد عن الشباب", "احمد"),
    ("تحدث احمد عن الشباب", "أحمد"),
    ("دور إفريقيا", "افريقيا"),
    ("دور افريقيا", "إفريقيا"),
    ("تلاوة القرآن", "القران"),
    ("المستشفى الوطني", "المستشفي"),
    ("المستشفي الوطني", "المستشفى"),
    ("عقد مؤتمر إقليمي", "موتمر اقليمي"),
    ("هذه كَلِمة مهمة", "كلمة"),
    ("هذه كلمة مهمة", "كَلِمَة"),
    ("ســلام دائم", "سلام"),
    ("سلام دائم", "ســــلام"),
    ("مسائل الأمن", "مسايل"),
])
def test_arabic_variants_find_each_other(s: SessionService, stored: str, typed: str) -> None:
    c = s.contributions.record(stored, language="ar")
    r = s.recommendations.draft(stored, language="ar")
    s.contributions.record("نص آخر لا علاقة له", language="ar")
    assert ids(s, typed) == {c.id, r.id}
    assert ids(s, typed[:-1]) >= {c.id, r.id}  # the last word typed is still a prefix


def test_latin_accents_still_folded(s: SessionService) -> None:
    fr = s.contributions.record("La sécurité alimentaire, priorité régionale.", language="fr")
    assert ids(s, "securite") == {fr.id}
    assert ids(s, "SÉCURITÉ regionale") == {fr.id}
    assert ids(s, "se\u0301curite\u0301") == {fr.id}


def test_snippet_shows_the_original_text(s: SessionService) -> None:
    original = "قال النائب إنّ الأمنَ أولاً في منطقة السّاحل"
    c = s.contributions.record(original, language="ar")
    (hit,) = s.search("الامن")
    assert hit.id == c.id and hit.snippet == original
    long = "كلام " * 2000 + "ثم تحدّث أحمد عن الأمن الغذائي " + "كلام " * 2000
    c2 = s.contributions.record(long, language="ar")
    (hit,) = s.search("احمد")
    assert hit.id == c2.id
    assert "تحدّث أحمد عن الأمن" in hit.snippet  # harakat and hamza as written, not folded
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…") and len(hit.snippet) < 400


def test_snippet_prefers_the_start_of_a_word(s: SessionService) -> None:
    c = s.contributions.record("Another brother " + "x " * 200 + "the end")
    (hit,) = s.search("the")
    assert hit.id == c.id and hit.snippet.endswith("the end") and "brother" not in hit.snippet


def test_every_text_write_keeps_the_index_folded(s: SessionService) -> None:
    c = s.contributions.record("نص أول", language="ar")
    s.contributions.edit(c.id, text="تحدث أحمد")
    assert ids(s, "احمد") == {c.id} and ids(s, "اول") == set()
    s.contributions.edit_many({c.id: {"text": "المستشفى"}})
    assert ids(s, "المستشفي") == {c.id} and ids(s, "احمد") == set()
    s.contributions.edit(c.id, kind="question")  # other fields: the text stays findable
    assert ids(s, "المستشفي") == {c.id}
    removed = s.contributions.delete(c.id)
    assert ids(s, "المستشفي") == set()
    s.contributions.restore(removed)
    assert ids(s, "المستشفي") == {c.id}
    (removed,) = s.contributions.delete_many([c.id])
    s.contributions.restore_many([removed])
    assert ids(s, "المستشفي") == {c.id}
    r = s.recommendations.draft("إشراك الشباب", language="ar")
    assert ids(s, "اشراك") == {r.id}
    s.recommendations.revise(r.id, "إشراك النساء")
    assert ids(s, "النساء اشراك") == {r.id} and ids(s, "الشباب") == set()
    s.recommendations.set_status(r.id, "agreed")
    assert ids(s, "اشراك") == {r.id}
    gone = s.recommendations.remove(r.id)
    assert ids(s, "اشراك") == set()
    s.recommendations.restore(gone)
    assert ids(s, "اشراك") == {r.id}
    rows = s.store.query("SELECT text, search_text FROM contribution UNION ALL"
                         " SELECT text, search_text FROM recommendation")
    assert rows and all(row["search_text"] == fold(row["text"]) for row in rows)
    for table in ("contribution_fts", "recommendation_fts"):
        s.store.db.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")


@pytest.mark.parametrize("typed", [
    "\u064e", "ـــ", "\u0670", "أ", "ى*", '"الأمن', "الأمن AND (", "NEAR(أحمد", "\u202eالامن\u202c", "\ufeff",
    "إ" * 5000, "الأمن " * 500, "كَ" * 300, "\x00أ", "أ\u0654\u0655\u0653",
])
def test_hostile_arabic_queries_never_raise(s: SessionService, typed: str) -> None:
    s.contributions.record("الأمن أولاً في منطقة الساحل", language="ar")
    hits = s.search(typed)
    assert isinstance(hits, list) and all(isinstance(h.snippet, str) for h in hits)


def test_folded_copy_stays_out_of_the_json_export(s: SessionService) -> None:
    s.contributions.record("الأمن", language="ar")
    s.recommendations.draft("إشراك الشباب", language="ar")
    path = s.store.path
    s.close()
    document = json_export.build(path)
    assert "search_text" not in str(document)
    assert document["contributions"][0]["text"] == "الأمن"


# -- migration ------------------------------------------------------------------
def _integrity_checks(conn: sqlite3.Connection) -> None:
    for table in ("contribution_fts", "recommendation_fts"):
        conn.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")


@pytest.mark.parametrize("read_only", [False, True])
def test_v1_file_migrates_to_folded_search(tmp_path: Path, read_only: bool) -> None:
    old = tmp_path / "old.sahel"
    shutil.copyfile(FIXTURES / "session_v1.sahel", old)
    with SessionService.open(old, read_only=read_only) as s:
        assert s.store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        # Rows written long before the folded index existed.
        assert ids(s, "اشراك الشباب") == {"00000000-0000-4000-8000-000000000503"}  # stored as إشراك
        assert ids(s, "إشراك") == {"00000000-0000-4000-8000-000000000503"}
        assert ids(s, "البرلمانات") == {"00000000-0000-4000-8000-000000000403"}
        assert ids(s, "securite") == {"00000000-0000-4000-8000-000000000402"}
        (hit,) = s.search("اشراك")
        assert "إشراك" in hit.snippet
        rows = s.store.query("SELECT text, search_text FROM contribution UNION ALL"
                             " SELECT text, search_text FROM recommendation")
        assert len(rows) == 8 and all(row["search_text"] == fold(row["text"]) for row in rows)
        _integrity_checks(s.store.db.conn)
        assert s.store.integrity_ok()
    if not read_only:
        with sqlite3.connect(old) as conn:
            _integrity_checks(conn)
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='contribution_fts'").fetchone()[0]
            assert "search_text" in sql and "remove_diacritics 2" in sql and "separators" in sql
        conn.close()
