"""The backup kept before a migration: written atomically, verified, replaced when broken — even under kills."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from sahel_panel.store import SCHEMA_VERSION, Store
from sahel_panel.store.backup import backup_path, backup_problem
from tests.unit.helpers import FIXTURES, PYTHON, child_env

V1 = FIXTURES / "session_v1.sahel"


def v1_copy(folder: Path, extra: int = 0) -> Path:
    path = folder / "old.sahel"
    shutil.copy(V1, path)
    if extra:
        conn = sqlite3.connect(path)
        sp = conn.execute("SELECT id FROM speaker").fetchone()[0]
        conn.executemany(
            "INSERT INTO contribution (id, speaker_id, text, language, recorded_at, created, updated)"
            " VALUES (?, ?, ?, 'fr', ?, ?, ?)",
            [(str(uuid.uuid4()), sp, f"contribution {i}: la sécurité au Sahel — الأمن والتنمية " * 4,
              "2023-03-11T11:30:00.000+00:00", "2023-03-11T11:30:00.000+00:00", "2023-03-11T11:30:00.000+00:00")
             for i in range(extra)])
        conn.commit()
        conn.close()
    return path


def counts(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM contribution").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("broken", ["empty", "garbage", "truncated", "journal beside", "wrong version"])
def test_a_broken_backup_is_replaced_never_trusted(tmp_path: Path, broken: str) -> None:
    path = v1_copy(tmp_path)
    backup = backup_path(path, 1)
    if broken == "empty":
        backup.write_bytes(b"")
    elif broken == "garbage":
        backup.write_bytes(os.urandom(8192))
    elif broken == "truncated":
        backup.write_bytes(V1.read_bytes()[: len(V1.read_bytes()) // 2])
    elif broken == "journal beside":
        shutil.copy(V1, backup)
        Path(f"{backup}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 504)
    else:
        shutil.copy(path, backup)
        conn = sqlite3.connect(backup)
        conn.execute("PRAGMA user_version=4")
        conn.close()
    assert backup_problem(backup, 1) is not None
    Store.open(path).close()
    # Rewritten, and a journal of the old copy no longer waits to be rolled back onto the new one.
    assert not Path(f"{backup}-journal").exists()
    assert backup_problem(backup, 1) is None
    assert counts(backup) == 5


def test_a_good_backup_is_kept_and_stale_parts_are_removed(tmp_path: Path) -> None:
    path = v1_copy(tmp_path)
    backup = backup_path(path, 1)
    shutil.copy(V1, backup)
    stamp = backup.stat().st_mtime_ns
    stale = tmp_path / f".{backup.name}.abc123.part"
    stale.write_bytes(b"\x00" * 4096)
    Store.open(path).close()
    assert backup.stat().st_mtime_ns == stamp
    assert not stale.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_no_room_for_the_backup_means_no_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sahel_panel.store import StoreError
    from sahel_panel.store import backup as backup_module

    path = v1_copy(tmp_path)
    before = path.read_bytes()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module.os, "fsync", full)
    with pytest.raises(StoreError) as err:
        Store.open(path)
    assert "old.sahel.v1-backup" in str(err.value) and "not upgraded" in str(err.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sahel"]


MIGRATOR = textwrap.dedent(
    """
    import sys
    from sahel_panel.store import Store
    print("go", flush=True)
    Store.open(sys.argv[1]).close()
    print("done", flush=True)
    """
)


def _migrate_in_child(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([PYTHON, "-c", MIGRATOR, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=child_env())
    assert proc.stdout is not None and proc.stdout.readline() == "go\n"
    return proc


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kills_at_random_moments_of_a_migration_never_leave_a_trusted_broken_backup(
        tmp_path: Path, report_figure: Callable[[str], None]) -> None:
    template = v1_copy(_mkdir(tmp_path / "template"), extra=3000)
    expected = counts(template)
    probe = _mkdir(tmp_path / "probe")
    shutil.copy(template, probe / "old.sahel")
    started = time.monotonic()
    proc = _migrate_in_child(probe / "old.sahel")
    assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    duration = time.monotonic() - started
    rng = random.Random(20231201)
    rounds = interrupted = broken_left = stale_parts = 0
    deadline = time.monotonic() + 25
    while rounds < 40 and time.monotonic() < deadline:
        folder = _mkdir(tmp_path / f"r{rounds}")
        path = folder / "old.sahel"
        shutil.copy(template, path)
        proc = _migrate_in_child(path)
        # Half the kills aimed at the first third, where the backup is being written.
        time.sleep(rng.uniform(0.0, duration * (0.35 if rounds % 2 else 1.1)))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        interrupted += "done" not in out
        backup = backup_path(path, 1)
        if backup.exists() and backup_problem(backup, 1) is not None:
            broken_left += 1
        stale_parts += sum(1 for p in folder.iterdir() if p.name.endswith(".part"))
        # The next open finishes the job: a verified backup of the old file, then the migration.
        store = Store.open(path)
        try:
            assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert store.integrity_ok()
            assert store.db.execute("SELECT count(*) FROM contribution").fetchone()[0] == expected
        finally:
            store.close()
        assert backup_problem(backup, 1) is None, f"round {rounds}: {backup_problem(backup, 1)}"
        assert counts(backup) == expected
        assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []
        rounds += 1
        shutil.rmtree(folder)
    assert rounds >= 10 and interrupted >= 5
    report_figure(f"migration kill loop: {rounds} kills at random moments ({interrupted} mid-migration), "
                  f"{broken_left} left a broken backup and {stale_parts} a temporary part, "
                  f"all {rounds} reopened with a verified backup and every row")


def _mkdir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder
