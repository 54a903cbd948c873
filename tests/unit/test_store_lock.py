"""The writer lock is keyed on the file itself: every path to one session meets the same lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sahel_panel.services import SessionService
from sahel_panel.store import SessionLocked, Store
from sahel_panel.store.lock import LockHeld, WriterLock, identity_lock_path, lock_path
from tests.unit.helpers import PYTHON, child_env, new_session, speakers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="hard links and SIGKILL as on POSIX")

RECORDER = textwrap.dedent(
    """
    import sys
    from sahel_panel.services import SessionService
    s = SessionService.open(sys.argv[1])
    sp = s.speakers.list()[0].id
    q = s.questions.list()[0].id
    print("ready", flush=True)
    i = 0
    while True:
        c = s.contributions.record(f"first writer {i}", speaker_id=sp, question_id=q)
        print(c.id, flush=True)
        i += 1
    """
)


def _other_paths(tmp_path: Path, path: Path) -> dict[str, Path]:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    hard = elsewhere / "copy.sahel"
    os.link(path, hard)
    sym = elsewhere / "link.sahel"
    sym.symlink_to(path)
    nested = tmp_path / "sub"
    nested.mkdir()
    via_dotdot = nested / ".." / path.name
    return {"hard link": hard, "symlink": sym, "other spelling": via_dotdot}


def test_second_writer_through_a_hard_link_or_symlink_is_refused_while_the_first_records(
        tmp_path: Path, report_figure: Callable[[str], None]) -> None:
    new_session(tmp_path, speakers=speakers()).close()
    path = tmp_path / "s.sahel"
    others = _other_paths(tmp_path, path)
    proc = subprocess.Popen([PYTHON, "-c", RECORDER, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=child_env())
    assert proc.stdout is not None and proc.stderr is not None
    try:
        assert proc.stdout.readline() == "ready\n", proc.stderr.read()
        attempts = 0
        for _ in range(5):
            for how, other in others.items():
                with pytest.raises(SessionLocked) as err:
                    SessionService.open(other)
                assert "read-only" in str(err.value), how
                attempts += 1
                # A child process through the other path is refused too.
                code = ("import sys\nfrom sahel_panel.store import Store, SessionLocked\n"
                        "try:\n    Store.open(sys.argv[1])\nexcept SessionLocked:\n    print('refused')\n")
                done = subprocess.run([PYTHON, "-c", code, str(other)], capture_output=True, text=True,
                                      env=child_env(), timeout=60)
                assert done.stdout.strip() == "refused", (how, done.stderr)
                attempts += 1
            # A reader through the hard link sees the live writer's work (it reads through the writer's path).
            with SessionService.open(others["hard link"], read_only=True) as ro:
                assert ro.counts().contributions > 0
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
    acknowledged = [line for line in out.split("\n")[:-1] if line]
    assert len(acknowledged) > 10  # it really was recording all along
    with SessionService.open(others["hard link"]) as s:  # the dead writer's lock is gone, through any path
        assert s.store.integrity_ok()
        stored = {c.id for c in s.contributions.list()}
        assert set(acknowledged) <= stored
    report_figure(f"{attempts} second-writer attempts through other paths refused while "
          f"{len(acknowledged)} contributions were recorded")


def test_same_process_second_writer_through_a_hard_link_is_refused(tmp_path: Path) -> None:
    with new_session(tmp_path) as s:
        s.contributions.record("first")
        hard = tmp_path / "hard.sahel"
        os.link(s.path, hard)
        with pytest.raises(SessionLocked):
            Store.open(hard)
        s.contributions.record("still writable after the refused attempt")
        assert s.store.integrity_ok()
    with SessionService.open(hard) as again:
        assert again.counts().contributions == 2


def test_lock_files_are_removed_on_release_and_the_lock_is_reusable(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    lock = WriterLock(db)
    lock.acquire()
    ident = identity_lock_path(db)
    assert lock.held and ident.exists() and lock_path(db).exists()
    with pytest.raises(LockHeld):
        WriterLock(tmp_path / "." / "x.db").acquire()
    lock.release()
    lock.release()  # idempotent
    assert not ident.exists() and not lock_path(db).exists()
    with WriterLock(db) as again:
        assert again.held
    assert not ident.exists()


def test_lock_never_opens_the_database_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening (and closing) a descriptor of the database would drop SQLite's POSIX locks."""
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    opened: list[str] = []
    real_open = os.open

    def spy(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(os.path.realpath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    with WriterLock(db):
        pass
    assert str(db.resolve()) not in opened and opened


def test_connections_keep_sqlites_same_thread_check(tmp_path: Path) -> None:
    """Nothing shares a connection across threads (exports open their own): keep SQLite's safety net."""
    import sqlite3
    import threading

    with new_session(tmp_path) as s:
        errors: list[BaseException] = []

        def use() -> None:
            try:
                s.store.query("SELECT count(*) FROM contribution")
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion
                errors.append(exc)

        thread = threading.Thread(target=use)
        thread.start()
        thread.join()
        assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)
