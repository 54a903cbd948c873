"""The session file: identity, pragmas, migrations, refusals and the writer lock."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import textwrap
from pathlib import Path

import pytest

from sahel_panel.services import SessionService
from sahel_panel.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    NewerSessionFile,
    NotASessionFile,
    ReadOnlySession,
    SessionLocked,
    Store,
    StoreError,
)
from sahel_panel.store import schema as schema_module
from tests.unit.helpers import FIXTURES, PYTHON, child_env, new_session

V1_FIXTURE = FIXTURES / "session_v1.sahel"


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def tables(path: Path) -> set[str]:
    with raw(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}


def header(path: Path) -> tuple[int, int]:
    conn = raw(path)
    try:
        return (conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def pragmas(store: Store) -> tuple[str, int, int]:
    conn = store.db.conn
    return (conn.execute("PRAGMA journal_mode").fetchone()[0], conn.execute("PRAGMA synchronous").fetchone()[0],
            conn.execute("PRAGMA foreign_keys").fetchone()[0])


def is_sentence(message: str) -> bool:
    return bool(message) and "\n" not in message and message.rstrip().endswith(".") and "Traceback" not in message


# -- identity and pragmas ----------------------------------------------------
def test_create_writes_identity_and_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.sahel"
    store = Store.create(path)
    try:
        assert pragmas(store) == ("wal", 2, 1)
    finally:
        store.close()
    assert header(path) == (APPLICATION_ID, SCHEMA_VERSION)
    assert {"session", "question", "speaker", "turn", "contribution", "recommendation", "recommendation_revision",
            "recommendation_source", "draft", "contribution_fts", "recommendation_fts"} <= tables(path)


def test_open_sets_pragmas_on_every_connection(tmp_path: Path) -> None:
    new_session(tmp_path).close()
    store = Store.open(tmp_path / "s.sahel")
    try:
        assert pragmas(store) == ("wal", 2, 1)
        assert store.integrity_ok()
    finally:
        store.close()
    ro = Store.open(tmp_path / "s.sahel", read_only=True)
    try:
        assert pragmas(ro)[1:] == (2, 1)
    finally:
        ro.close()


def test_create_refuses_existing_file_and_missing_folder(tmp_path: Path) -> None:
    existing = tmp_path / "x.sahel"
    existing.write_text("keep me")
    with pytest.raises(StoreError) as err:
        Store.create(existing)
    assert is_sentence(str(err.value))
    assert existing.read_text() == "keep me"
    with pytest.raises(StoreError) as err:
        Store.create(tmp_path / "nowhere" / "x.sahel")
    assert is_sentence(str(err.value))


# -- migration from version 1 ------------------------------------------------
@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.sahel"
    shutil.copyfile(V1_FIXTURE, target)
    return target


def test_fixture_is_really_version_1() -> None:
    assert header(V1_FIXTURE) == (APPLICATION_ID, 1)
    names = tables(V1_FIXTURE)
    assert "contribution" in names and "draft" not in names and "contribution_fts" not in names


def test_v1_file_is_migrated_with_data_intact(v1_copy: Path) -> None:
    before_bytes = v1_copy.read_bytes()
    with SessionService.open(v1_copy) as s:
        assert header(v1_copy) == (APPLICATION_ID, SCHEMA_VERSION)
        assert pragmas(s.store) == ("wal", 2, 1)
        info = s.info()
        assert info.title == "Mitigating the impact of security threats by building resilience in the Sahel"
        assert (info.series, info.area, info.date, info.start, info.end) == (
            "The Call of the Sahel", "security", "2023-03-11", "14:30", "17:30")
        assert info.languages == ("en", "fr", "ar")
        counts = s.counts()
        assert (counts.questions, counts.speakers, counts.turns, counts.contributions, counts.recommendations) == (
            3, 4, 4, 5, 3)
        qs = s.questions.list()
        assert [q.position for q in qs] == [1, 2, 3]
        assert qs[2].display("en") == ("ما دور الشباب والنساء في بناء السلام؟", "ar")
        assert "عادل العسومي" in {sp.name for sp in s.speakers.list()}
        contributions = s.contributions.list()
        assert [c.tags for c in contributions] == [()] * 5  # the new column's default
        assert contributions[1].text.startswith("La criminalité organisée")
        assert contributions[4].kind == "point_of_order" and contributions[4].speaker_id is None
        agreed = s.recommendations.get("00000000-0000-4000-8000-000000000501")
        assert agreed.status == "agreed"
        assert agreed.source_ids == ("00000000-0000-4000-8000-000000000401", "00000000-0000-4000-8000-000000000402")
        assert [v.number for v in s.recommendations.revisions(agreed.id)] == [1, 2, 3]
        # Full-text search covers rows written before FTS existed, in every language.
        assert {h.id for h in s.search("securite")} == {"00000000-0000-4000-8000-000000000402"}
        assert [h.kind for h in s.search("judicial cooperation")] == ["recommendation"]
        assert {h.id for h in s.search("البرلمانات")} == {"00000000-0000-4000-8000-000000000403"}
        assert {h.id for h in s.search("résilience")} == {"00000000-0000-4000-8000-000000000502"}
        # ... and rows written after.
        new = s.contributions.record("Nouvelle intervention sur la sécurité alimentaire", language="fr")
        assert new.id in {h.id for h in s.search("securite alimentaire")}
        st = s.statistics()
        assert st.coverage[0].recommendations == 1
        assert st.general_recommendations == 0  # the general one is withdrawn
        assert s.store.integrity_ok()
    backup = v1_copy.with_name("old.sahel.v1-backup")
    assert backup.exists()
    assert header(backup) == (APPLICATION_ID, 1)
    with raw(backup) as conn:
        assert conn.execute("SELECT count(*) FROM contribution").fetchone()[0] == 5
    assert before_bytes  # the fixture copy was a real file
    # A second open neither migrates again nor touches the backup.
    mtime = backup.stat().st_mtime_ns
    with SessionService.open(v1_copy) as s:
        assert s.counts().contributions == 6
    assert backup.stat().st_mtime_ns == mtime


def test_v1_file_is_readable_read_only_without_being_touched(v1_copy: Path) -> None:
    """Reports and `info` of an old file work; the file itself stays at version 1."""
    before = v1_copy.read_bytes()
    with SessionService.open(v1_copy, read_only=True) as s:
        assert s.counts().contributions == 5
        assert s.search("Sahel")  # the index exists in the upgraded in-memory copy
        with pytest.raises(ReadOnlySession) as err:
            s.speakers.add("Someone")
        assert is_sentence(str(err.value))
    assert header(v1_copy) == (APPLICATION_ID, 1)
    assert v1_copy.read_bytes() == before
    assert not v1_copy.with_name(v1_copy.name + ".v1-backup").exists()


def test_failed_migration_leaves_file_at_old_version(v1_copy: Path) -> None:
    real_v2 = schema_module.MIGRATIONS[1]

    def half_then_crash(db) -> None:  # type: ignore[no-untyped-def]
        real_v2(db)
        db.execute("INSERT INTO draft (editor, text, updated) VALUES ('x', 'y', 'z')")
        raise RuntimeError("power cut in the middle of the migration")

    before = tables(v1_copy)
    schema_module.MIGRATIONS[1] = half_then_crash
    try:
        with pytest.raises(RuntimeError):
            Store.open(v1_copy)
    finally:
        schema_module.MIGRATIONS[1] = real_v2
    assert header(v1_copy) == (APPLICATION_ID, 1)
    assert tables(v1_copy) == before  # no draft, no FTS tables, no new index
    with raw(v1_copy) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(contribution)")}
        assert "tags" not in columns
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The lock was released, and the real migration then succeeds.
    with SessionService.open(v1_copy) as s:
        assert s.counts().contributions == 5
    assert header(v1_copy) == (APPLICATION_ID, SCHEMA_VERSION)


# -- refusals ----------------------------------------------------------------
def test_newer_file_is_refused_with_a_clear_sentence(tmp_path: Path) -> None:
    new_session(tmp_path).close()
    path = tmp_path / "s.sahel"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    for read_only in (False, True):
        with pytest.raises(NewerSessionFile) as err:
            Store.open(path, read_only=read_only)
        message = str(err.value)
        assert is_sentence(message)
        assert "newer version" in message and "s.sahel" in message
        assert str(SCHEMA_VERSION + 1) in message
    assert header(path)[1] == SCHEMA_VERSION + 1  # untouched
    # The refusal released the lock: nothing is held.
    with pytest.raises(NewerSessionFile):
        Store.open(path)


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()


def _other_app(path: Path) -> None:
    _foreign_sqlite(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id=1234")
    conn.execute("PRAGMA user_version=1")
    conn.close()


def _truncated_session(path: Path) -> None:
    src = path.with_name("full.sahel")
    s = SessionService.create(src, __import__("tests.unit.helpers", fromlist=["spec"]).spec())
    for i in range(200):
        s.contributions.record(f"contribution {i} " + "words " * 50)
    s.close()
    path.write_bytes(src.read_bytes()[:8192])


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: _foreign_sqlite(p), NotASessionFile),
        (lambda p: _other_app(p), NotASessionFile),
        (lambda p: p.write_text("title: not a database\n", encoding="utf-8"), NotASessionFile),
        (lambda p: p.write_bytes(b""), NotASessionFile),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 300), StoreError),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000), StoreError),
        (lambda p: p.mkdir(), NotASessionFile),
        (lambda p: None, StoreError),  # missing
        (_truncated_session, StoreError),
    ],
    ids=["plain-sqlite", "other-application", "text", "empty", "sqlite-header-garbage", "sqlite-header-zeros",
         "folder", "missing", "truncated-session"],
)
@pytest.mark.parametrize("read_only", [False, True], ids=["rw", "ro"])
def test_files_that_are_not_sessions_are_refused_clearly(tmp_path: Path, make, expected, read_only: bool) -> None:
    path = tmp_path / "thing.sahel"
    make(path)
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(expected) as err:
        s = SessionService.open(path, read_only=read_only)
        # Some damage is only seen when the rows are read: reading must also refuse clearly.
        try:
            s.contributions.list()
            s.store.integrity_ok() or (_ for _ in ()).throw(StoreError("damaged."))
        finally:
            s.close()
    assert isinstance(err.value, StoreError)
    assert not isinstance(err.value, sqlite3.Error)
    assert is_sentence(str(err.value)), str(err.value)
    assert "thing.sahel" in str(err.value)
    if before is not None:
        assert path.read_bytes() == before  # a refused file is never changed
    assert not path.with_name("thing.sahel-wal").exists() or read_only


# -- the writer lock across processes ----------------------------------------
HOLDER = textwrap.dedent(
    """
    import sys
    from sahel_panel.services import SessionService
    s = SessionService.open(sys.argv[1])
    s.contributions.record("held by the other window")
    print("ready", flush=True)
    sys.stdin.readline()
    s.close()
    print("closed", flush=True)
    """
)


def _start_holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([PYTHON, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=child_env())
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line
    return proc


def test_second_writer_in_another_process_is_refused(tmp_path: Path) -> None:
    new_session(tmp_path).close()
    path = tmp_path / "s.sahel"
    proc = _start_holder(path)
    try:
        with pytest.raises(SessionLocked) as err:
            SessionService.open(path)
        assert is_sentence(str(err.value)) and "read-only" in str(err.value)
        # Read-only works meanwhile, sees the other window's committed work, and refuses writes.
        with SessionService.open(path, read_only=True) as ro:
            assert ro.read_only
            assert [c.text for c in ro.contributions.list()] == ["held by the other window"]
            assert ro.search("other window")
            with pytest.raises(ReadOnlySession):
                ro.contributions.record("sneaky second writer")
            with pytest.raises(ReadOnlySession):
                ro.speakers.add("Someone")
            with pytest.raises(ReadOnlySession):
                ro.update_info(title="Changed")
            with pytest.raises(ReadOnlySession):
                with ro.store.atomic() as db:  # even bypassing the services
                    db.execute("DELETE FROM contribution")
        # Still refused for writing a second time (the failed attempt left nothing behind).
        with pytest.raises(SessionLocked):
            Store.open(path)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "closed"
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with SessionService.open(path) as s:  # released after a clean close
        assert s.counts().contributions == 1


def test_lock_is_released_when_the_holder_is_killed(tmp_path: Path) -> None:
    new_session(tmp_path).close()
    path = tmp_path / "s.sahel"
    proc = _start_holder(path)
    with pytest.raises(SessionLocked):
        Store.open(path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with SessionService.open(path) as s:
        assert [c.text for c in s.contributions.list()] == ["held by the other window"]
        assert s.store.integrity_ok()


def test_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with new_session(tmp_path) as s:
        s.contributions.record("first window")
        with pytest.raises(SessionLocked):
            Store.open(s.path)
        reader = Store.open(s.path, read_only=True)
        try:
            assert reader.query("SELECT text FROM contribution") == [{"text": "first window"}]
        finally:
            reader.close()
        s.contributions.record("still writable after the refused attempt")
    with SessionService.open(tmp_path / "s.sahel") as again:
        assert again.counts().contributions == 2


def test_read_only_open_of_a_closed_session(tmp_path: Path) -> None:
    with new_session(tmp_path) as s:
        s.contributions.record("one")
    path = tmp_path / "s.sahel"
    before = path.read_bytes()
    with SessionService.open(path, read_only=True) as ro:
        assert [c.text for c in ro.contributions.list()] == ["one"]
        ro.drafts.save("editor", "ignored when read-only")
        assert ro.drafts.list() == []
    assert path.read_bytes() == before
    # A writer may open while a reader is open (WAL), and the reader keeps working.
    ro = SessionService.open(path, read_only=True)
    try:
        with SessionService.open(path) as rw:
            rw.contributions.record("two")
        assert [c.text for c in ro.contributions.list()] == ["one", "two"]
    finally:
        ro.close()


def test_store_backup_is_a_consistent_session(tmp_path: Path) -> None:
    with new_session(tmp_path) as s:
        s.contributions.record("kept in the copy")
        s.store.backup_to(tmp_path / "copy.sahel")
    assert header(tmp_path / "copy.sahel") == (APPLICATION_ID, SCHEMA_VERSION)
    with SessionService.open(tmp_path / "copy.sahel") as c:
        assert [x.text for x in c.contributions.list()] == ["kept in the copy"]


DOUBLE_OPEN = textwrap.dedent(
    """
    import os, signal, subprocess, sys
    from sahel_panel.services import SessionService
    from sahel_panel.store import SessionLocked, Store
    path = sys.argv[1]
    s = SessionService.open(path)
    for i in range(5):
        s.contributions.record(f"before {i}")
    try:
        Store.open(path)  # the user opens the same file twice in one window
    except SessionLocked:
        pass
    Store.open(path, read_only=True).close()  # a read-only view (report, export) comes and goes
    # Another program (sqlite-utils, Datasette, a backup tool) reads the file and closes it.
    code = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM contribution'); c.close()"
    subprocess.run([sys.executable, "-c", code, path], check=True)
    for i in range(5):
        s.contributions.record(f"after {i}")
    print(s.counts().contributions, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_refused_second_open_does_not_drop_the_writers_locks(tmp_path: Path) -> None:
    """Regression: a refused second open used to close a descriptor of the database file, which on
    POSIX dropped SQLite's own locks; another program then deleted the live -wal file and the
    next crash lost every contribution recorded after that."""
    new_session(tmp_path).close()
    path = tmp_path / "s.sahel"
    done = subprocess.run([PYTHON, "-c", DOUBLE_OPEN, str(path)], capture_output=True, text=True, env=child_env(),
                          timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.strip() == "10"
    with SessionService.open(path) as s:
        assert s.counts().contributions == 10
        assert s.store.integrity_ok()


def test_lock_sidecar_is_removed_on_close_and_a_stale_one_is_harmless(tmp_path: Path) -> None:
    with new_session(tmp_path) as s:
        assert (tmp_path / "s.sahel.lock").exists()
    assert not (tmp_path / "s.sahel.lock").exists()
    (tmp_path / "s.sahel.lock").write_text("left by a crash")
    with SessionService.open(tmp_path / "s.sahel") as s:
        s.contributions.record("opened despite the stale sidecar")
    assert not (tmp_path / "s.sahel.lock").exists()


def test_turns_carry_created_and_updated_times_after_migration(v1_copy: Path) -> None:
    with SessionService.open(v1_copy) as s:
        turns = s.turns.list()
        assert turns and all(t.created == t.started_at for t in turns)
        assert all(t.updated == (t.ended_at or t.started_at) for t in turns)
        speaker = s.speakers.list()[0]
        started = s.turns.start(speaker.id, None)
        assert started.created and started.updated == started.created
        stopped = s.turns.stop()
        assert stopped.updated == stopped.ended_at
