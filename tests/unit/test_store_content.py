"""Files whose pages are sound but whose values another tool wrote: sentences, never an internal error."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from sahel_panel.cli import main
from sahel_panel.exchange.check import check_file
from sahel_panel.services import SessionService
from sahel_panel.store import SCHEMA_VERSION, InvalidContent, content
from sahel_panel.store.connection import Database
from sahel_panel.store.content import SPEC, expected_columns
from sahel_panel.store.schema import MIGRATIONS
from tests.unit.helpers import new_session, speakers

# name: (SQL another program runs, the table and column `check` must name)
EDITS = {
    "invalid UTF-8 in a contribution": ("UPDATE contribution SET text = CAST(x'fffe41' AS TEXT)", "contribution", "text"),
    "invalid UTF-8 in the title": ("UPDATE session SET title = CAST(x'c3' AS TEXT)", "session", "title"),
    "invalid UTF-8 in a name": ("UPDATE speaker SET name = CAST(x'e228a1' AS TEXT)", "speaker", "name"),
    "user_version 0": ("PRAGMA user_version=0", "", ""),
    "user_version -1": ("PRAGMA user_version=-1", "", ""),
    "user_version 4": ("PRAGMA user_version=4", "", ""),
    "non-JSON tags": ("UPDATE contribution SET tags='not json'", "contribution", "tags"),
    "tags not a list": ("UPDATE contribution SET tags='{\"a\": 1}'", "contribution", "tags"),
    "BLOB for a contribution's text": ("UPDATE contribution SET text = x'00ff'", "contribution", "text"),
    "BLOB for a name": ("UPDATE speaker SET name = x'41'", "speaker", "name"),
    "BLOB for the title": ("UPDATE session SET title = x'41'", "session", "title"),
    "garbage recording time": ("UPDATE contribution SET recorded_at='yesterday'", "contribution", "recorded_at"),
    "garbage turn start": ("UPDATE turn SET started_at='garbage'", "turn", "started_at"),
    "garbage created time": ("UPDATE recommendation SET created='x'", "recommendation", "created"),
    "text position": ("UPDATE question SET position='first' WHERE rowid=1", "question", "position"),
    "text recommendation position": ("UPDATE recommendation SET position='a'", "recommendation", "position"),
    "dropped column": ("ALTER TABLE speaker DROP COLUMN organisation", "speaker", "organisation"),
    "dropped contribution kind": ("ALTER TABLE contribution DROP COLUMN kind", "contribution", "kind"),
    "dropped table": ("DROP TABLE recommendation_source", "recommendation_source", ""),
    "duplicate question positions": ("UPDATE question SET position=1", "question", "position"),
    "garbage date and times": ("UPDATE session SET date='soon', start_time='ab', end_time='cd'", "session", "date"),
    "real number for a position": ("UPDATE question SET position=1.5 WHERE rowid=2", "question", "position"),
    "integer for an end time": ("UPDATE turn SET ended_at=12", "turn", "ended_at"),
    "revision number as text": ("UPDATE recommendation_revision SET number='x' WHERE number=2", "recommendation_revision", "number"),
    "draft context not JSON": ("UPDATE draft SET context='x'", "draft", "context"),
}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("base")
    with new_session(folder, speakers=speakers()) as s:
        sp, qs = s.speakers.list(), s.questions.list()
        s.turns.start(sp[0].id, qs[0].id)
        c = s.contributions.record("La sécurité d'abord.", speaker_id=sp[0].id, question_id=qs[0].id, tags=["a"])
        s.turns.stop()
        r = s.recommendations.draft("Do it.", qs[0].id, source_ids=[c.id])
        s.recommendations.revise(r.id, "Do it well.")
        s.drafts.save("contribution", "half typed", {"speaker": sp[1].id})
    return folder / "s.sahel"


def edited(base: Path, folder: Path, sql: str) -> Path:
    path = folder / "edited.sahel"
    shutil.copy(base, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return path


def is_sentence(message: str) -> bool:
    return bool(message) and "\n" not in message and message.rstrip().endswith(".") and "Traceback" not in message


@pytest.mark.parametrize("edit", list(EDITS))
def test_edits_of_another_tool_give_sentences_not_internal_errors(base: Path, tmp_path: Path, edit: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    sql, table, column = EDITS[edit]
    path = edited(base, tmp_path, sql)
    before = path.read_bytes()
    (tmp_path / "none.csv").write_text("name\nAmina Diallo\n", encoding="utf-8")
    for argv in (["info", str(path)], ["export", str(path), "-o", str(tmp_path / "out.json")],
                 ["report", str(path), "-o", str(tmp_path / "out.pdf")], ["speakers", "import", str(path),
                                                                         str(tmp_path / "none.csv")]):
        code = main(argv)
        out = capsys.readouterr()
        assert code == 1, (argv[0], out.err)
        last = out.err.strip().splitlines()[-1]
        assert "unexpected error" not in last and is_sentence(last.removeprefix("sahel-panel: ")), last
        assert "edited.sahel" in last
    with pytest.raises(InvalidContent):
        SessionService.open(path)
    assert path.read_bytes() == before  # refused before anything was written
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.pdf").exists()
    kind, problems = check_file(path)
    assert kind == "session file" and problems
    text = [str(p) for p in problems]
    assert all(is_sentence(t) for t in text), text
    if table:
        assert any(f"table {table}" in t and (not column or f"column {column}" in t) for t in text), text
    if edit == "duplicate question positions":
        assert len(problems) == 3  # every row, not only the first


def test_unknown_values_are_listed_by_check_but_open(base: Path, tmp_path: Path) -> None:
    path = edited(base, tmp_path, "UPDATE speaker SET category='alien'; UPDATE recommendation SET status='weird'")
    with SessionService.open(path, read_only=True) as s:
        assert {sp.category for sp in s.speakers.list()} == {"alien"}
    _, problems = check_file(path)
    assert len(problems) == 5 and all("unknown value" in str(p) for p in problems)
    assert main(["info", str(path)]) == 0


def test_a_clean_session_has_no_content_problem(base: Path) -> None:
    assert check_file(base) == ("session file", [])


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_spec_knows_every_column_of_every_version(version: int) -> None:
    """When a migration adds a column, add it to ``SPEC`` in sahel_panel/store/content.py (with its version)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    db = Database(conn)
    with db.atomic():
        for number in range(version):
            MIGRATIONS[number](db)
    actual = {t: {r[0] for r in conn.execute("SELECT name FROM pragma_table_info(?)", (t,))}
              for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'") if t in SPEC}
    assert actual == expected_columns(version)
    assert set(SPEC) >= {t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                         if not t.endswith(("_fts", "_data", "_idx", "_config", "_docsize", "_content"))
                         and not t.startswith("sqlite_")}


@pytest.mark.parametrize("read_only", [False, True], ids=["rw", "ro"])
def test_checks_left_for_later_refuse_with_the_same_sentence(base: Path, tmp_path: Path, read_only: bool) -> None:
    sql, _table, _column = EDITS[next(iter(EDITS))]
    path = edited(base, tmp_path, sql)
    with pytest.raises(InvalidContent) as now:
        SessionService.open(path, read_only=read_only)
    service = SessionService.open(path, read_only=read_only, check_later=True)  # the window's open
    try:
        assert service.checks_pending
        with pytest.raises(InvalidContent) as later:
            service.check()  # what the window's worker runs once it is shown
        assert str(later.value) == str(now.value)
        assert service.checks_pending
    finally:
        service.close()
    clean = SessionService.open(base, read_only=read_only, check_later=True)
    try:
        clean.check()
        assert not clean.checks_pending and clean.store.content_problems == []
    finally:
        clean.close()


def test_a_check_stopped_midway_concludes_nothing(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sahel_panel.store import CheckStopped

    service = SessionService.open(base, check_later=True)

    def long_scan(conn, version):  # noqa: ANN001, ANN202 - a scan still running when the window closes
        rows = conn.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n")
        rows.fetchone()
        service.stop_check()  # from the window's thread, in life
        rows.fetchone()

    monkeypatch.setattr(content, "problems", long_scan)
    try:
        with pytest.raises(CheckStopped):
            service.check()
        assert service.checks_pending  # not trusted: it was not finished
        service.stop_check()  # nothing running: nothing to do
    finally:
        service.close()
