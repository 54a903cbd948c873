"""A killed export leaves a hidden ``.NAME.….part``: the next export to that folder removes it (and only stale ones)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from sahel_panel.exchange.export import export_session
from sahel_panel.output import atomic
from tests.unit.helpers import PYTHON, child_env, new_session, speakers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and pid liveness are POSIX here")

EXPORTER = textwrap.dedent(
    """
    import sys
    from sahel_panel.exchange.export import export_session
    print("go", flush=True)
    export_session(sys.argv[1], sys.argv[2])
    print("done", flush=True)
    """
)


@pytest.fixture(scope="module")
def big_session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    with new_session(folder, speakers=speakers()) as s:
        sp, q = s.speakers.list()[0].id, s.questions.list()[0].id
        with s.store.atomic():
            for i in range(4000):
                s.contributions.record(f"contribution {i} {uuid.uuid4()} la sécurité au Sahel — الأمن " * 4,
                                       speaker_id=sp, question_id=q)
    return folder / "s.sahel"


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".part"))


def test_killed_exports_leave_parts_that_the_next_export_removes(big_session: Path, tmp_path: Path,
                                                                 report_figure: Callable[[str], None]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    kills = left = 0
    for round_no in range(6):
        target = out / ("copy.sahel" if round_no % 2 else "s.json")
        proc = subprocess.Popen([PYTHON, "-c", EXPORTER, str(big_session), str(target)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=child_env())
        assert proc.stdout is not None and proc.stdout.readline() == "go\n"
        deadline = time.monotonic() + 30
        while not _parts(out) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.002)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        kills += 1
        left += len(_parts(out))
    assert left >= 3, "the kills should have caught exports while writing"
    export_session(big_session, out / "copy.sahel")  # the next export to that folder
    assert _parts(out) == []
    report_figure(f"stale parts: {kills} exports killed while writing, a part left behind {left} times; "
                  "the next export to the folder removed every stale one")


def test_only_stale_parts_are_removed(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([PYTHON, "-c", "import time; time.sleep(60)"])
    try:
        dead = subprocess.run([PYTHON, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
        dead_pid = int(dead.stdout)
        host = atomic._HOST
        other = "0" * 8 if host != "0" * 8 else "1" * 8
        names = {
            "live": f".a.pdf.{host}-{sleeper.pid}-abc123.part",
            "dead": f".b.json.{host}-{dead_pid}-abc123.part",
            "other host, young": f".c.docx.{other}-{dead_pid}-abc123.part",
            "other host, old": f".d.docx.{other}-{dead_pid}-abc124.part",
            "not ours": ".e.pdf.part",
            "user's file": "notes.part",
        }
        for name in names.values():
            (tmp_path / name).write_bytes(b"x")
        old = time.time() - atomic.STALE_AFTER - 60
        os.utime(tmp_path / names["other host, old"], (old, old))
        assert atomic.remove_stale_parts(tmp_path) == 2
        kept = {p.name for p in tmp_path.iterdir()}
        assert kept == {names[k] for k in ("live", "other host, young", "not ours", "user's file")}
    finally:
        sleeper.kill()
        sleeper.wait()
