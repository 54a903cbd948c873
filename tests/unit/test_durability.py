"""Durability: a writer killed with SIGKILL at random moments never loses an acknowledged contribution.

A child process records contributions through the services API and prints each id to stdout
only after ``record()`` returned. The parent kills it at a random moment, then checks that every
acknowledged id is in the file with its exact text, that ``PRAGMA integrity_check`` is ok and
that at most one turn is open. The next round reopens the same file (the kernel must have
released the writer lock).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sahel_panel.services import SessionService
from tests.unit.helpers import PYTHON, child_env, new_session, speakers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROUNDS = 25

WRITER = textwrap.dedent(
    """
    import sys
    from sahel_panel.services import SessionService
    path, round_no = sys.argv[1], int(sys.argv[2])
    s = SessionService.open(path)
    speakers = [sp.id for sp in s.speakers.list()]
    questions = [q.id for q in s.questions.list()]
    print("ready", flush=True)
    i = 0
    while True:
        sp, q = speakers[i % len(speakers)], questions[i % len(questions)]
        if i % 7 == 0:
            s.turns.start(sp, q)  # closes the open turn and opens another in one transaction
        c = s.contributions.record(f"round {round_no} item {i}: la sécurité au Sahel — الأمن", speaker_id=sp,
                                   question_id=q, language="fr", tags=["r%d" % round_no])
        print(c.id, i, flush=True)
        if i % 11 == 5:
            s.recommendations.draft(f"round {round_no} recommendation {i}", question_id=q, source_ids=[c.id])
        i += 1
    """
)


def _expected_text(round_no: int, i: int) -> str:
    return f"round {round_no} item {i}: la sécurité au Sahel — الأمن"


def test_sigkill_never_loses_an_acknowledged_contribution(tmp_path: Path,
                                                         report_figure: Callable[[str], None]) -> None:
    new_session(tmp_path, speakers=speakers()).close()
    path = tmp_path / "s.sahel"
    rng = random.Random(20230311)
    acknowledged: dict[str, tuple[int, int]] = {}
    deadline = time.monotonic() + 60
    rounds_done = 0
    for round_no in range(ROUNDS):
        if time.monotonic() > deadline:
            break
        proc = subprocess.Popen([PYTHON, "-c", WRITER, str(path), str(round_no)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=child_env())
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        assert first == "ready\n", proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.35))
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        lines = out.split("\n")
        complete = lines[:-1]  # the last piece may be a line cut by the kill: not acknowledged
        for line in complete:
            cid, i = line.split()
            acknowledged[cid] = (round_no, int(i))
        with SessionService.open(path) as s:  # the dead writer's lock is gone
            assert s.store.integrity_ok()
            assert s.store.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
            stored = {c.id: c for c in s.contributions.list()}
            missing = [cid for cid in acknowledged if cid not in stored]
            assert not missing, f"round {round_no}: {len(missing)} acknowledged contributions lost"
            for cid, (r, i) in acknowledged.items():
                assert stored[cid].text == _expected_text(r, i)
                assert stored[cid].tags == (f"r{r}",)
            assert sum(t.is_open for t in s.turns.list()) <= 1
            # Full-text index in step with the table after the crash.
            for table in ("contribution_fts", "recommendation_fts"):
                s.store.db.conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            s.turns.stop()  # the next writer starts from a closed floor, as after a real restart
        rounds_done += 1
    assert rounds_done >= 10
    assert len(acknowledged) > rounds_done  # the writers really wrote between kills
    report_figure(f"recording kill loop: {rounds_done} kills, {len(acknowledged)} acknowledged contributions, "
                  "all present")
    with SessionService.open(path) as s:
        assert s.search("securite sahel")
        assert s.counts().contributions >= len(acknowledged)
