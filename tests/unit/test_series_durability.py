"""A workbook writer killed with SIGKILL loses nothing it acknowledged, and frees the lock; cancel and progress."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sahel_panel.series import Workbook
from tests.unit.helpers import PYTHON, child_env
from tests.unit.series_sessions import series_files

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sahel_panel.series import Workbook
    book = Workbook.open(sys.argv[1])
    files = sys.argv[2:]
    report = book.add_files(files)
    print("added", sum(o.status == "added" for o in report.outcomes), flush=True)
    rec = book.recommendations.list()[0]
    c = book.consolidated.merge([rec.id], texts={"ar": "نص موحّد"})
    print("merged", c.id, flush=True)
    book.consolidated.set_text(c.id, "fr", "Texte consolidé.")
    print("edited", flush=True)
    sys.stdin.readline()  # wait, holding the lock, until killed
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_writer_loses_nothing_it_acknowledged(tmp_path: Path) -> None:
    files = series_files(tmp_path)
    Workbook.create(tmp_path / "b.sahelbook").close()
    proc = subprocess.Popen([PYTHON, "-c", WRITER, str(tmp_path / "b.sahelbook"), *map(str, files)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=child_env())
    assert proc.stdout is not None
    lines = [proc.stdout.readline() for _ in range(3)]
    assert lines[0] == "added 5\n", proc.stderr.read() if proc.stderr else ""
    consolidated_id = lines[1].split()[1]
    with pytest.raises(Exception, match="already open for writing"):
        Workbook.open(tmp_path / "b.sahelbook")
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    with Workbook.open(tmp_path / "b.sahelbook") as book:  # the kernel released the lock
        assert book.store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert book.counts()["sessions"] == 5
        assert book.consolidated.get(consolidated_id).texts == {"fr": "Texte consolidé.", "ar": "نص موحّد"}


def test_progress_and_cancel_between_files(tmp_path: Path) -> None:
    files = series_files(tmp_path)
    seen: list[float] = []
    with Workbook.create(tmp_path / "b.sahelbook") as book:
        report = book.add_files(files[:2], progress=seen.append)
        assert report.ok and seen[-1] == 1.0 and seen == sorted(seen)
        written: list[float] = []  # cancel once the first file of this batch is written (progress past 4/6)
        report = book.add_files(files[2:], progress=lambda f: written.append(f) if f > 0.6 else None,
                                cancelled=lambda: bool(written))
        assert [o.status for o in report.outcomes] == ["added", "refused", "refused"]
        assert "cancelled" in str(report.outcomes[1].message)
        assert book.counts()["sessions"] == 3  # what was done before the cancel stays, committed
