"""The series workbook file and adding files to it: identity, lock, origin, idempotence, replacement, refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from sahel_panel.series import RecommendationFilter, Workbook
from sahel_panel.series.schema import APPLICATION_ID, SCHEMA_VERSION
from sahel_panel.series.store import NewerWorkbook, NotAWorkbook, ReadOnlyWorkbook, WorkbookError, WorkbookLocked
from sahel_panel.services import SessionService, read_session
from tests.unit.helpers import FIXTURES
from tests.unit.series_sessions import AREAS, area_session, series_files, snapshot_of


@pytest.fixture(scope="module")
def five(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return series_files(tmp_path_factory.mktemp("series"))


def _book(tmp_path: Path, files: list[Path] | None = None, name: str = "b.sahelbook") -> Workbook:
    book = Workbook.create(tmp_path / name, title="The Call of the Sahel")
    if files:
        assert book.add_files(files).ok
    return book


def _dump(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                             " AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables if t not in skip}
    finally:
        conn.close()


def test_workbook_file_identity_and_pragmas(tmp_path: Path) -> None:
    with _book(tmp_path) as book:
        conn = book.store.db.conn
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert book.info().title == "The Call of the Sahel"
        with pytest.raises(WorkbookLocked, match="already open for writing"):
            Workbook.open(book.path)
        with Workbook.open(book.path, read_only=True) as reader:  # reading while the writer holds it
            assert reader.info().title == "The Call of the Sahel"
            with pytest.raises(ReadOnlyWorkbook):
                reader.set_title("x")
    with Workbook.open(tmp_path / "b.sahelbook") as again:  # the lock went with the first writer
        assert again.set_title("Renamed") == "The Call of the Sahel"
    with pytest.raises(WorkbookError, match="already exists"):
        Workbook.create(tmp_path / "b.sahelbook")


def test_sessions_and_other_files_are_not_workbooks(tmp_path: Path) -> None:
    session = area_session(tmp_path, "security")
    with pytest.raises(NotAWorkbook, match="security.sahel"):
        Workbook.open(session)
    text = tmp_path / "notes.sahelbook"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(NotAWorkbook, match="notes.sahelbook"):
        Workbook.open(text)
    _book(tmp_path, name="n.sahelbook").close()
    conn = sqlite3.connect(tmp_path / "n.sahelbook")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerWorkbook, match="newer version"):
        Workbook.open(tmp_path / "n.sahelbook")


def test_five_areas_go_in_with_their_origin_on_every_row(tmp_path: Path, five: list[Path]) -> None:
    with _book(tmp_path, five) as book:
        sessions = book.sessions()
        assert [s.area for s in sessions] == list(AREAS)
        counts = book.counts()
        assert counts["sessions"] == 5 and counts["recommendations"] == 17 and counts["vanished"] == 0
        conn = book.store.db.conn
        for table in ("question", "speaker", "turn", "contribution", "recommendation", "recommendation_revision"):
            orphans = conn.execute(
                f"SELECT count(*) FROM {table} t LEFT JOIN source_file f ON f.id = t.source_file_id"
                f" JOIN session s ON s.id = t.session_id WHERE f.file_name IS NULL OR f.added_at = ''").fetchone()[0]
            assert orphans == 0, table
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0
        for f, s in zip(five, [next(x for x in sessions if x.area == a) for a in AREAS], strict=True):
            assert s.source_file.file_name == f.name
            assert s.source_file.file_sha256 == hashlib.sha256(f.read_bytes()).hexdigest()
            assert s.source_file.kind == "snapshot"
            content = read_session(f)
            assert s.id == content.info.id  # the session's own UUIDs
            ids = {r.id for r in book.recommendations.list(RecommendationFilter(session_ids=(s.id,)))}
            assert ids == {r.id for r in content.recommendations}


def test_a_workbook_rebuilt_elsewhere_has_the_same_ids(tmp_path: Path, five: list[Path]) -> None:
    with _book(tmp_path, five, "a.sahelbook") as a, _book(tmp_path, list(reversed(five)), "b.sahelbook") as b:
        for book in (a, b):
            rec = book.recommendations.list(RecommendationFilter(text="oversight"))[0]
            book.consolidated.merge([rec.id])
        skip = ("workbook", "source_file", "session", "consolidated_recommendation", "consolidated_text",
                "consolidated_source", "chapter")
        assert _dump(a.path, skip) == _dump(b.path, skip)
        assert [c.id for c in a.chapters.list()] == [c.id for c in b.chapters.list()]
        assert [p.id for p in a.people.list()] == [p.id for p in b.people.list()]


def test_the_same_content_twice_changes_nothing(tmp_path: Path, five: list[Path]) -> None:
    live = five[2].parent / "live" / "security.sahel"
    again = snapshot_of(live, tmp_path, "security-again.sahel")  # another snapshot of the same state
    with _book(tmp_path, five) as book:
        before = _dump(book.path)
        report = book.add_files([five[2], live, again])
        assert [o.status for o in report.outcomes] == ["unchanged"] * 3
        assert report.ok
        assert "same content" in str(report.outcomes[0].message)
        assert _dump(book.path) == before


def test_older_session_files_are_read_through_the_migrations(tmp_path: Path) -> None:
    old = tmp_path / "old.sahel"
    shutil.copy(FIXTURES / "session_v1.sahel", old)
    before = old.read_bytes()
    with _book(tmp_path) as book:
        report = book.add_files([old])
        assert report.outcomes[0].status == "added", report.outcomes[0].message
        assert book.sessions()[0].source_file.kind == "session"
        assert book.sessions()[0].source_file.schema_version > 1
    assert old.read_bytes() == before
    assert not (tmp_path / "old.sahel.v1-backup").exists()


def test_a_live_session_open_in_the_window_is_read_consistently(tmp_path: Path) -> None:
    path = area_session(tmp_path, "education")
    with SessionService.open(path) as window, _book(tmp_path) as book:
        report = book.add_files([path])
        assert report.outcomes[0].status == "added"
        speaker = window.speakers.list()[0]
        q = window.questions.list()[0]
        window.contributions.record("Still recording after the add.", speaker.id, q.id)  # lock and file intact
        with pytest.raises(Exception, match="already open for writing"):
            SessionService.open(path)
        second = book.add_files([path]).outcomes[0]
        assert second.status == "replaced" and second.changes == ()
        assert book.counts()["contributions"] == 5


def test_refused_files_are_named_and_the_others_go_in(tmp_path: Path, five: list[Path]) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    truncated = bad / "truncated.sahel"
    truncated.write_bytes(five[0].read_bytes()[: 3 * 4096 + 100])
    garbage = bad / "garbage.sahel"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    text = bad / "notes.sahel"
    text.write_text("Minutes of the panel\n", encoding="utf-8")
    tampered = bad / "tampered.sahel"
    shutil.copy(five[1], tampered)
    conn = sqlite3.connect(tampered)
    conn.execute("UPDATE recommendation SET text = 'Something else entirely.' WHERE rowid = 1")
    conn.commit()
    conn.close()
    newer = bad / "newer.sahel"
    shutil.copy(five[3], newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version=999")
    conn.close()
    other_db = bad / "other.sahel"
    conn = sqlite3.connect(other_db)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    files = [truncated, five[0], garbage, text, tampered, five[1], newer, other_db, bad, bad / "missing.sahel"]
    with _book(tmp_path) as book:
        report = book.add_files(files)
        statuses = [o.status for o in report.outcomes]
        assert statuses == ["refused", "added", "refused", "refused", "refused", "added", "refused", "refused",
                            "refused", "refused"]
        assert not report.ok and len(report.refused) == 8
        for outcome, path in zip(report.outcomes, files, strict=True):
            message = str(outcome.message)
            assert path.name in message and message.count(".") >= 1 and "\n" not in message
        by_name = {Path(o.path).name: str(o.message) for o in report.outcomes}
        assert "damaged" in by_name["truncated.sahel"]
        assert "SHA-256 manifest" in by_name["tampered.sahel"]
        assert "newer version" in by_name["newer.sahel"]
        assert "not a Sahel Panel session file" in by_name["notes.sahel"]
        assert "not a Sahel Panel session file" in by_name["other.sahel"]
        assert book.counts()["sessions"] == 2


def test_adding_the_workbook_to_itself_is_refused(tmp_path: Path) -> None:
    with _book(tmp_path) as book:
        outcome = book.add_files([book.path]).outcomes[0]
        assert outcome.status == "refused" and "workbook itself" in str(outcome.message)
