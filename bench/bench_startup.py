#!/usr/bin/env python3
"""Start-up time of the live window against a bare PySide6 QMainWindow, measured in the same run.

    python bench/bench_startup.py [--runs 7]

Each sample is a fresh process, timed from spawn to exit; the process shows
its window, lets the event loop go idle once (``QTimer.singleShot(0)``) and
quits. The app opens a session of 1,000 contributions and 200
recommendations. Targets: median under 0.6 s, ratio to the bare window under 2.

Both sides run with bytecode caching on (into a temporary
``PYTHONPYCACHEPREFIX``, warmed by the first sample), as an installed copy
does: site-packages, hence the whole bare window, is compiled at install
time, so a ``PYTHONDONTWRITEBYTECODE`` inherited from the shell would make
only the app recompile its ~50 modules from source on every sample.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
APP = """
import sys
from sahel_panel.ui.shell.app import run
sys.exit(run({path!r}, quit_when_idle=True))
"""


def build_session(folder: Path) -> Path:
    from sahel_panel.exchange.demo import ensure_demo_session
    from sahel_panel.services import SessionService

    path = ensure_demo_session(folder)
    with SessionService.open(path) as s:
        questions = s.questions.list()
        speakers = s.speakers.list()
        with s.store.atomic():
            ids = []
            for i in range(1000):
                q, sp = questions[i % len(questions)], speakers[i % len(speakers)]
                text = f"Contribution {i}: parliaments must strengthen oversight of security spending in the Sahel."
                ids.append(s.contributions.record(text, sp.id, q.id).id)
            for i in range(200):
                q = questions[i % len(questions)]
                s.recommendations.draft(f"Recommendation {i} on oversight and budgets.", q.id,
                                        source_ids=ids[i * 5:i * 5 + 3])
        c = s.counts()
        assert (c.contributions, c.recommendations) == (1000, 200), c
    return path


def sample(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        path = build_session(tmpdir)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_CONFIG_HOME=str(tmpdir / "config"), XDG_DATA_HOME=str(tmpdir / "data"),
                   PYTHONPYCACHEPREFIX=str(tmpdir / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_code = APP.format(path=str(path))
        sample(BARE, env), sample(app_code, env)  # warm the file cache for both
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            bare.append(sample(BARE, env))
            app.append(sample(app_code, env))
    mb, ma = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow : median {mb:.3f} s  (min {min(bare):.3f}, max {max(bare):.3f}, n={len(bare)})")
    print(f"Sahel Panel      : median {ma:.3f} s  (min {min(app):.3f}, max {max(app):.3f}, n={len(app)})"
          "  [1,000 contributions, 200 recommendations]")
    print(f"ratio            : {ma / mb:.2f}  (target < 2; median target < 0.6 s)")
    return 0 if ma < 0.6 and ma / mb < 2 else 1


if __name__ == "__main__":
    sys.exit(main())
