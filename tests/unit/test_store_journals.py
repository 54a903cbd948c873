"""Leftover journals and awkward folders: a foreign -wal, a hot journal, a read-only folder."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sahel_panel.cli import main
from sahel_panel.services import SessionService
from sahel_panel.store import StoreError
from sahel_panel.store.journal import ForeignJournal, InterruptedChange
from tests.unit.helpers import FIXTURES, PYTHON, child_env, new_session, speakers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and POSIX permissions")

KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from sahel_panel.services import SessionService
    s = SessionService.open(sys.argv[1])
    sp = s.speakers.list()[0].id
    for i in range(300):
        s.contributions.record("copy B " + str(i) * 50, speaker_id=sp)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def is_sentence(message: str) -> bool:
    return bool(message) and "\n" not in message and message.rstrip().endswith(".") and "Traceback" not in message


def _session_with_foreign_wal(folder: Path) -> Path:
    """A.sahel, closed cleanly, with beside it the -wal of a crashed writer of another copy (B) of it."""
    new_session(folder, name="A.sahel", speakers=speakers()).close()
    a, b = folder / "A.sahel", folder / "B.sahel"
    shutil.copy(a, b)
    done = subprocess.run([PYTHON, "-c", KILLED_WRITER, str(b)], env=child_env(), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    with SessionService.open(a) as s:  # meanwhile A goes its own way
        sp = s.speakers.list()[1].id
        for i in range(200):
            s.contributions.record("copy A " + str(i) * 80, speaker_id=sp)
        s.speakers.add("Someone else")
    shutil.copy(folder / "B.sahel-wal", folder / "A.sahel-wal")
    return a


def test_foreign_wal_is_refused_before_any_writable_open_touches_either_file(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    a = _session_with_foreign_wal(tmp_path)
    wal = tmp_path / "A.sahel-wal"
    before = (a.read_bytes(), wal.read_bytes())
    for read_only in (False, True):
        with pytest.raises(ForeignJournal) as err:
            SessionService.open(a, read_only=read_only)
        message = str(err.value)
        assert is_sentence(message) and "“A.sahel-wal”" in message and "move" in message, message
        assert (a.read_bytes(), wal.read_bytes()) == before
    speakers_csv = tmp_path / "list.csv"
    speakers_csv.write_text("name\nAmina\n", encoding="utf-8")
    for argv in (["speakers", "import", str(a), str(speakers_csv)], ["info", str(a)], ["check", str(a)]):
        assert main(argv) == 1
        out = capsys.readouterr()
        assert "A.sahel-wal" in out.out + out.err and "unexpected" not in out.err
        assert (a.read_bytes(), wal.read_bytes()) == before
    # Moved away as the sentence says, the session opens with all of its own work.
    wal.rename(tmp_path / "from-B.wal")
    (tmp_path / "A.sahel-shm").unlink(missing_ok=True)
    with SessionService.open(a) as s:
        assert s.store.integrity_ok()
        assert s.counts().contributions == 200


def test_own_wal_after_a_crash_is_replayed_not_refused(tmp_path: Path) -> None:
    new_session(tmp_path, name="B.sahel", speakers=speakers()).close()
    b = tmp_path / "B.sahel"
    done = subprocess.run([PYTHON, "-c", KILLED_WRITER, str(b)], env=child_env(), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == -signal.SIGKILL
    assert (tmp_path / "B.sahel-wal").stat().st_size > 32
    with SessionService.open(b) as s:
        assert s.counts().contributions == 300 and s.store.integrity_ok()


HOT_JOURNAL = textwrap.dedent(
    """
    import sqlite3, sys, time, uuid
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA cache_size=-64")  # pages spill into the file before COMMIT, as in a long migration
    sp = c.execute("SELECT id FROM speaker").fetchone()[0]
    c.execute("BEGIN")
    for i in range(3000):
        c.execute("INSERT INTO contribution (id, speaker_id, text, recorded_at, created, updated)"
                  " VALUES (?, ?, ?, 't', 't', 't')", (str(uuid.uuid4()), sp, "x" * 500))
    print("ready", flush=True)
    time.sleep(60)
    """
)


def test_hot_journal_is_named_for_what_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.sahel"
    shutil.copy(FIXTURES / "session_v1.sahel", path)
    proc = subprocess.Popen([PYTHON, "-c", HOT_JOURNAL, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert (tmp_path / "x.sahel-journal").stat().st_size > 0
    with pytest.raises(InterruptedChange) as err:
        SessionService.open(path, read_only=True)
    assert is_sentence(str(err.value)) and "interrupted" in str(err.value)
    assert "not a Sahel Panel session file" not in str(err.value)
    for argv in (["info", str(path)], ["check", str(path)], ["export", str(path), "-o", str(tmp_path / "o.json")]):
        assert main(argv) == 1
        out = capsys.readouterr()
        assert "interrupted" in out.out + out.err and "unexpected" not in out.err
    with SessionService.open(path) as s:  # opening for writing rolls the change back (and migrates)
        assert s.counts().contributions == 5 and s.store.integrity_ok()


def _run_without_root_powers(argv: list[str]) -> subprocess.CompletedProcess[str]:
    cmd = [PYTHON, "-m", "sahel_panel", *argv]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: a read-only folder is writable to root")
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=child_env(), timeout=120)


def test_session_in_a_read_only_folder_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "cdrom"
    folder.mkdir()
    with new_session(folder, speakers=speakers()) as s:
        s.contributions.record("read from a read-only folder", speaker_id=s.speakers.list()[0].id)
    path = folder / "s.sahel"
    before = path.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    folder.chmod(0o555)
    try:
        info = _run_without_root_powers(["info", str(path)])
        assert info.returncode == 0, info.stderr
        assert "1" in info.stdout and "not a Sahel Panel session file" not in info.stderr
        check = _run_without_root_powers(["check", str(path)])
        assert check.returncode == 0, check.stdout + check.stderr
        exported = _run_without_root_powers(["export", str(path), "-o", str(out / "s.json")])
        assert exported.returncode == 0, exported.stderr
        assert "read from a read-only folder" in (out / "s.json").read_text(encoding="utf-8")
        opened = _run_without_root_powers(["speakers", "import", str(path), str(out / "none.csv")])
        assert opened.returncode == 1 and "Traceback" not in opened.stderr
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["s.sahel"]


def test_store_errors_are_one_line(tmp_path: Path) -> None:
    """SQLite's integrity reports span lines; the sentence shown must not."""
    from sahel_panel.store.journal import damaged_message

    message = damaged_message("x.sahel", "*** in database main ***\nOn tree page 10 cell 24: Rowid 221 out of order")
    assert is_sentence(message) and "On tree page 10 cell 24" in message
    assert isinstance(StoreError(message), Exception)
