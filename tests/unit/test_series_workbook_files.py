"""The series workbook's file is guarded like a session file, by the session store's own mechanisms.

Mirrors the session-file tests (``test_store_lock.py``, ``test_store_journals.py``,
``test_store_backup.py``) through ``Workbook.create``/``Workbook.open``: a second
writer through a hard link or a symlink, a foreign ``-wal``, a hot journal, a
read-only folder, the backup kept before a migration (also under kills), SQLite's same-thread check.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sahel_panel.series import Workbook
from sahel_panel.series.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from sahel_panel.series.store import WorkbookError, WorkbookLocked
from sahel_panel.store import SessionLocked, StoreError
from sahel_panel.store.backup import backup_path, backup_problem
from sahel_panel.store.connection import Database
from sahel_panel.store.journal import ForeignJournal, InterruptedChange
from tests.unit.helpers import PYTHON, child_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="hard links, SIGKILL and POSIX permissions")

TITLER = textwrap.dedent(
    """
    import sys
    from sahel_panel.series import Workbook
    book = Workbook.open(sys.argv[1])
    print("ready", flush=True)
    i = 0
    while True:
        book.set_title(f"{sys.argv[2]} {i}")
        print(i, flush=True)
        i += 1
    """
)

CHAPTERS_THEN_KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from sahel_panel.series import Workbook
    book = Workbook.open(sys.argv[1])
    for i in range(int(sys.argv[2])):
        book.chapters.add({"en": sys.argv[3] + " " + str(i) * 40})
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def is_sentence(message: str) -> bool:
    return bool(message) and "\n" not in message and message.rstrip().endswith(".") and "Traceback" not in message


def _book(folder: Path, name: str = "b.sahelbook") -> Path:
    Workbook.create(folder / name, title="The Call of the Sahel").close()
    return folder / name


def _other_paths(tmp_path: Path, path: Path) -> dict[str, Path]:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    hard = elsewhere / "copy.sahelbook"
    os.link(path, hard)
    sym = elsewhere / "link.sahelbook"
    sym.symlink_to(path)
    return {"hard link": hard, "symlink": sym}


def _killed_writer(path: Path, chapters: int, text: str) -> None:
    done = subprocess.run([PYTHON, "-c", CHAPTERS_THEN_KILLED, str(path), str(chapters), text], env=child_env(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr


# -- one writer, whatever the path -------------------------------------------------
def test_second_writer_through_a_hard_link_or_symlink_is_refused_while_the_first_writes(tmp_path: Path) -> None:
    path = _book(tmp_path)
    others = _other_paths(tmp_path, path)
    proc = subprocess.Popen([PYTHON, "-c", TITLER, str(path), "first writer"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=child_env())
    assert proc.stdout is not None and proc.stderr is not None
    try:
        assert proc.stdout.readline() == "ready\n", proc.stderr.read()
        for how, other in others.items():
            with pytest.raises(SessionLocked) as err:  # a WorkbookLocked: the window offers read-only
                Workbook.open(other)
            assert isinstance(err.value, WorkbookLocked)
            assert is_sentence(str(err.value)) and f"“{other.name}”" in str(err.value), how
            code = ("import sys\nfrom sahel_panel.series import Workbook\nfrom sahel_panel.series.store import "
                    "WorkbookLocked\ntry:\n    Workbook.open(sys.argv[1])\nexcept WorkbookLocked:\n    print('refused')\n")
            done = subprocess.run([PYTHON, "-c", code, str(other)], capture_output=True, text=True, env=child_env(),
                                  timeout=60)
            assert done.stdout.strip() == "refused", (how, done.stderr)
        # A reader through the hard link sees the live writer's work (it reads through the writer's path).
        with Workbook.open(others["hard link"], read_only=True) as reader:
            assert reader.info().title.startswith("first writer")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
    acknowledged = [line for line in out.split("\n")[1:] if line]  # after "ready"
    assert acknowledged
    # The dead writer left its unsaved pages in b.sahelbook-wal: through the hard link they are still seen,
    # read-only and for writing (SQLite is given the path the crashed writer used).
    # (Killed between a commit and its print, the title may be one further than the last acknowledged.)
    last = {f"first writer {int(acknowledged[-1]) + n}" for n in (0, 1)}
    with Workbook.open(others["hard link"], read_only=True) as reader:
        assert reader.info().title in last
        seen = reader.info().title
    with Workbook.open(others["hard link"]) as book:
        assert book.info().title == seen
        assert book.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_same_process_second_writer_through_a_hard_link_is_refused(tmp_path: Path) -> None:
    with Workbook.create(tmp_path / "b.sahelbook", title="First") as book:
        hard = tmp_path / "hard.sahelbook"
        os.link(book.path, hard)
        with pytest.raises(WorkbookLocked):
            Workbook.open(hard)
        with pytest.raises(WorkbookLocked):
            Workbook.open(tmp_path / "." / "b.sahelbook")
        book.set_title("Still writable after the refused attempts")
    with Workbook.open(hard) as again:
        assert again.info().title == "Still writable after the refused attempts"


def test_workbook_connections_keep_sqlites_same_thread_check(tmp_path: Path) -> None:
    """Nothing shares the workbook's connection across threads (the window's worker gets a DeferredCache)."""
    path = _book(tmp_path)
    for read_only in (False, True):
        with Workbook.open(path, read_only=read_only) as book:
            errors: list[BaseException] = []

            def use(book: Workbook = book, errors: list[BaseException] = errors) -> None:
                try:
                    book.info()
                except BaseException as exc:  # noqa: BLE001 - collected for the assertion
                    errors.append(exc)

            thread = threading.Thread(target=use)
            thread.start()
            thread.join()
            assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError), read_only


# -- journals left beside the workbook ----------------------------------------------
def test_foreign_wal_is_refused_before_any_writable_open_touches_either_file(tmp_path: Path) -> None:
    a = _book(tmp_path, "A.sahelbook")
    b = tmp_path / "B.sahelbook"
    shutil.copy(a, b)
    _killed_writer(b, 1200, "copy B")  # past SQLite's automatic checkpoint: the WAL then holds B's latest pages only
    assert (tmp_path / "B.sahelbook-wal").stat().st_size > 32
    with Workbook.open(a) as book:  # meanwhile A goes its own way
        for i in range(200):
            book.chapters.add({"en": "copy A " + str(i) * 80})
    wal = tmp_path / "A.sahelbook-wal"
    shutil.copy(tmp_path / "B.sahelbook-wal", wal)
    before = (a.read_bytes(), wal.read_bytes())
    for read_only in (False, True):
        with pytest.raises(ForeignJournal) as err:
            Workbook.open(a, read_only=read_only)
        message = str(err.value)
        assert is_sentence(message) and "“A.sahelbook-wal”" in message and "move" in message, message
        assert (a.read_bytes(), wal.read_bytes()) == before
    # Moved away as the sentence says, the workbook opens with all of its own work.
    wal.rename(tmp_path / "from-B.wal")
    (tmp_path / "A.sahelbook-shm").unlink(missing_ok=True)
    with Workbook.open(a) as book:
        assert book.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert len(book.chapters.list()) == 200


def test_own_wal_after_a_crash_is_replayed_not_refused(tmp_path: Path) -> None:
    b = _book(tmp_path)
    _killed_writer(b, 120, "chapter")
    assert (tmp_path / "b.sahelbook-wal").stat().st_size > 32
    with Workbook.open(b, read_only=True) as reader:
        assert len(reader.chapters.list()) == 120
    with Workbook.open(b) as book:
        assert len(book.chapters.list()) == 120


HOT_JOURNAL = textwrap.dedent(
    """
    import sqlite3, sys, time, uuid
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA cache_size=-64")  # pages spill into the file before COMMIT, as in a long migration
    c.execute("BEGIN")
    for i in range(3000):
        c.execute("INSERT INTO chapter (id, position, title_en, created, updated) VALUES (?, ?, ?, 't', 't')",
                  (str(uuid.uuid4()), 1000 + i, "x" * 500))
    print("ready", flush=True)
    time.sleep(60)
    """
)


def test_hot_journal_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = _book(tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")  # as another tool may leave it: a rollback journal, not a WAL
    conn.close()
    proc = subprocess.Popen([PYTHON, "-c", HOT_JOURNAL, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert (tmp_path / "b.sahelbook-journal").stat().st_size > 0
    with pytest.raises(InterruptedChange) as err:
        Workbook.open(path, read_only=True)
    message = str(err.value)
    assert is_sentence(message) and "interrupted" in message and "b.sahelbook-journal" in message
    assert "not a Sahel Panel series workbook" not in message
    with Workbook.open(path) as book:  # opening for writing rolls the change back
        assert book.chapters.list() == [] and book.info().title == "The Call of the Sahel"
    with Workbook.open(path, read_only=True) as reader:
        assert reader.info().title == "The Call of the Sahel"


READER = textwrap.dedent(
    """
    import sys
    from sahel_panel.series import Workbook
    from sahel_panel.store import SessionNotWritable, StoreError
    with Workbook.open(sys.argv[1], read_only=True) as book:
        print(book.info().title, len(book.chapters.list()))
    try:
        Workbook.open(sys.argv[1])
    except StoreError as exc:
        print("refused:", exc)
        print(type(exc).__name__, isinstance(exc, SessionNotWritable))  # the window then offers read-only
    """
)


def _run_without_root_powers(code: str, path: Path) -> subprocess.CompletedProcess[str]:
    cmd = [PYTHON, "-c", code, str(path)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: a read-only folder is writable to root")
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=child_env(), timeout=120)


def test_workbook_in_a_read_only_folder_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "cdrom"
    folder.mkdir()
    with Workbook.create(folder / "b.sahelbook", title="Read from a read-only folder") as book:
        book.chapters.add({"en": "Security"})
    path = folder / "b.sahelbook"
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        done = _run_without_root_powers(READER, path)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Read from a read-only folder 1", done.stdout + done.stderr
    assert lines[1].startswith("refused: ") and "read-only" in lines[1] and is_sentence(lines[1]), lines
    assert lines[2] == "WorkbookNotWritable True", lines
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["b.sahelbook"]


# -- the backup kept before a migration --------------------------------------------
def _version_1_workbook(folder: Path, chapters: int = 0) -> Path:
    old = folder / "old.sahelbook"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode=WAL")
    db = Database(conn)
    with db.atomic():
        MIGRATIONS[0](db)
        db.execute("INSERT INTO workbook (id, title, created, updated) VALUES ('w', 'Old series', 't', 't')")
        conn.executemany("INSERT INTO chapter (id, position, title_en, title_ar, created, updated)"
                         " VALUES (?, ?, ?, ?, 't', 't')",
                         [(f"c{i}", i, f"Chapter {i}: security and resilience in the Sahel " * 6,
                           "الأمن والتنمية في منطقة الساحل " * 6) for i in range(chapters)])
        db.execute("PRAGMA user_version=1")
    conn.close()
    return old


def test_migration_writes_a_verified_backup_first(tmp_path: Path) -> None:
    assert SCHEMA_VERSION > 1
    old = _version_1_workbook(tmp_path)
    before = old.read_bytes()
    with Workbook.open(old) as book:
        assert book.info().title == "Old series"
    backup = backup_path(old, 1)
    assert backup.name == "old.sahelbook.v1-backup"
    assert backup_problem(backup, 1, APPLICATION_ID) is None
    assert backup_problem(backup, 1) is not None  # a workbook's copy is not a session's
    assert backup.read_bytes() != b"" and len(backup.read_bytes()) <= len(before) + 4096
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


@pytest.mark.parametrize("broken", ["empty", "garbage", "a session's copy"])
def test_a_broken_backup_is_replaced_never_trusted(tmp_path: Path, broken: str) -> None:
    old = _version_1_workbook(tmp_path)
    backup = backup_path(old, 1)
    if broken == "empty":
        backup.write_bytes(b"")
    elif broken == "garbage":
        backup.write_bytes(os.urandom(8192))
    else:
        shutil.copy(old, backup)
        conn = sqlite3.connect(backup)
        conn.execute("PRAGMA application_id=0")
        conn.close()
    stale = tmp_path / f".{backup.name}.abc123.part"
    stale.write_bytes(b"\x00" * 4096)
    Workbook.open(old).close()
    assert backup_problem(backup, 1, APPLICATION_ID) is None
    assert not stale.exists()


def test_no_room_for_the_backup_means_no_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sahel_panel.store import backup as backup_module

    old = _version_1_workbook(tmp_path)
    before = old.read_bytes()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module.os, "fsync", full)
    with pytest.raises(StoreError) as err:
        Workbook.open(old)
    message = str(err.value)
    assert is_sentence(message) and "old.sahelbook.v1-backup" in message and "not upgraded" in message, message
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sahelbook"]
    monkeypatch.undo()
    with Workbook.open(old, read_only=True) as reader:  # still the old workbook, readable as before
        assert reader.info().title == "Old series"
    with pytest.raises(WorkbookError):
        Workbook.open(tmp_path / "missing.sahelbook")


MIGRATOR = textwrap.dedent(
    """
    import sys
    from sahel_panel.series import Workbook
    print("go", flush=True)
    Workbook.open(sys.argv[1]).close()
    print("done", flush=True)
    """
)


def _migrate_in_child(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([PYTHON, "-c", MIGRATOR, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=child_env())
    assert proc.stdout is not None and proc.stdout.readline() == "go\n"
    return proc


def _chapters_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM chapter").fetchone()[0]
    finally:
        conn.close()


def test_kills_at_random_moments_of_a_migration_never_leave_a_trusted_broken_backup(
        tmp_path: Path, report_figure: Callable[[str], None]) -> None:
    template_folder = tmp_path / "template"
    template_folder.mkdir()
    template = _version_1_workbook(template_folder, chapters=6000)
    probe = tmp_path / "probe"
    probe.mkdir()
    shutil.copy(template, probe / template.name)
    started = time.monotonic()
    proc = _migrate_in_child(probe / template.name)
    assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    duration = time.monotonic() - started
    rng = random.Random(20261201)
    rounds = interrupted = broken_left = stale_parts = 0
    deadline = time.monotonic() + 12
    while rounds < 12 and time.monotonic() < deadline:
        folder = tmp_path / f"r{rounds}"
        folder.mkdir()
        path = folder / template.name
        shutil.copy(template, path)
        proc = _migrate_in_child(path)
        time.sleep(rng.uniform(0.0, duration * (0.35 if rounds % 2 else 1.1)))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        interrupted += "done" not in out
        backup = backup_path(path, 1)
        if backup.exists() and backup_problem(backup, 1, APPLICATION_ID) is not None:
            broken_left += 1
        stale_parts += sum(1 for p in folder.iterdir() if p.name.endswith(".part"))
        with Workbook.open(path) as book:  # the next open finishes the job: verified backup, then migration
            assert book.store.scalar("PRAGMA user_version") == SCHEMA_VERSION
            assert book.store.scalar("PRAGMA integrity_check") == "ok"
            assert len(book.chapters.list()) == 6000
        assert backup_problem(backup, 1, APPLICATION_ID) is None, f"round {rounds}"
        assert _chapters_in(backup) == 6000
        assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []
        rounds += 1
        shutil.rmtree(folder)
    assert rounds >= 5 and interrupted >= 2
    report_figure(f"workbook migration kill loop: {rounds} kills at random moments ({interrupted} mid-migration), "
                  f"{broken_left} left a broken backup and {stale_parts} a temporary part, "
                  f"all {rounds} reopened with a verified backup and every row")
