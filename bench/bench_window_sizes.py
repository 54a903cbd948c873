#!/usr/bin/env python3
"""The live window at 1k, 10k and 100k contributions, each figure against a bare Qt baseline of the same run.

    python bench/bench_window_sizes.py [--sizes 1000 10000 100000] [--count 40] [--runs 5]

Sessions are built once through the services API (the built-in template's 14 questions,
2,000 speakers, one turn per five contributions, texts cycling through English, French and
Arabic; one transaction per batch) and cached in ``bench/.cache/`` (git-ignored): building
100,000 contributions takes a while. Every measurement runs on a copy.

For each size it prints:

- start-up: ``sahel-panel FILE --quit-when-idle`` from spawn to exit, against a bare
  QMainWindow script (fresh processes, alternated, median of ``--runs``);
- Ctrl+Enter to idle (p50, p90): the contribution panel's commit path, then the event loop
  until idle, against a bare QPlainTextEdit + QListWidget append; the deferred work (the
  question list's coverage reload 250 ms later) is timed separately;
- switching question (Next question, to idle) and opening search results (a query with
  hundreds of hits, to the filled list);
- CPU per second while a turn is open, window idle otherwise (over 5 s; on the window's thread and
  in the whole process, whose workers count the question list's coverage), with the
  default layout (Statistics tabbed behind Questions) and with the Statistics dock raised.

Runs offscreen. Targets (issue 7): start-up at most 2x bare at 1k and growing at most 1.3x
from 1k to 100k; Ctrl+Enter p50 at most 12 ms at 10k and 20 ms at 100k; CPU with an open turn at
most 5 ms per second at every size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "bench" / ".cache"
FORMAT = "v2"  # bump when the built sessions change

TEXTS = {
    "en": "Parliaments must oversee security budgets and hear the communities of the border regions.",
    "fr": "Les parlements doivent contrôler les budgets de sécurité et entendre les communautés frontalières.",
    "ar": "يجب على البرلمانات مراقبة ميزانيات الأمن والاستماع إلى مجتمعات المناطق الحدودية.",
}
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1366, 768); w.show()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
app.exec()
"""


class StepClock:
    """The session's clock while building: twelve seconds per contribution, from the panel's start."""

    def __init__(self) -> None:
        self.now = datetime(2023, 3, 11, 11, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def build(size: int) -> Path:
    """The cached session of ``size`` contributions (built on first use)."""
    from sahel_panel.domain.model import AGE_GROUPS, CATEGORIES, GENDERS, Speaker
    from sahel_panel.exchange.templates import resolve
    from sahel_panel.services import SessionService

    path = CACHE / f"window-{size}-{FORMAT}.sahel"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(".part")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)
    clock = StepClock()
    started = time.perf_counter()
    with SessionService.create(part, resolve("ipu146-sahel-security").session, clock=clock) as s:
        s.speakers.add_many([Speaker(id=f"speaker-{i}", name=f"Speaker {i:04d}", organisation=f"Parliament {i % 57}",
                                     category=CATEGORIES[i % len(CATEGORIES)], gender=GENDERS[i % 2],
                                     age_group=AGE_GROUPS[i % 3]) for i in range(2000)])
        questions = [q.id for q in s.questions.list()]
        speakers = [sp.id for sp in s.speakers.list()]
        langs = list(TEXTS)
        batch = 2000
        for first in range(0, size, batch):
            with s.store.atomic():  # one transaction per batch: each call below is a savepoint in it
                for i in range(first, min(size, first + batch)):
                    q = questions[(i * 14) // size]
                    if i % 5 == 0:
                        speaker = speakers[(i // 5 * 7) % len(speakers)]
                        s.turns.start(speaker, q)
                    lang = langs[i % 3]
                    s.contributions.record(f"{i}: {TEXTS[lang]}", speaker, q, language=lang)
                    clock.now += timedelta(seconds=12)
        s.turns.stop()
        for i in range(200):
            s.recommendations.draft(f"Recommendation {i}: {TEXTS['en']}", questions[i % 14])
    part.rename(path)
    print(f"  built {size:,} contributions in {time.perf_counter() - started:.0f} s -> {path}", flush=True)
    return path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# -- start-up (separate processes) ------------------------------------------------------
def startup(path: Path, runs: int, work: Path) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"),
               XDG_DATA_HOME=str(work / "data"), PYTHONPYCACHEPREFIX=str(work / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    copy = work / "startup.sahel"
    app_s, bare_s = [], []
    for i in range(runs + 1):  # the first pair warms the byte-code cache and the disk cache
        shutil.copy(path, copy)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "sahel_panel", str(copy), "--quit-when-idle"], env=env, check=True,
                       cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        a = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE], env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        b = time.perf_counter() - t
        if i:
            app_s.append(a)
            bare_s.append(b)
    return statistics.median(app_s), statistics.median(bare_s)


# -- in the window ------------------------------------------------------------------------
def in_window(path: Path, count: int, work: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

    from sahel_panel.ui.core.prompts import ScriptedPrompter
    from sahel_panel.ui.core.settings import Settings
    from sahel_panel.ui.shell.app import build_window, create_application

    app = create_application()
    copy = work / "window.sahel"
    shutil.copy(path, copy)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = build_window(app, settings, ScriptedPrompter())
    window.resize(1366, 768)
    assert window.open_path(copy)
    window.show()
    wait(app, 400)
    ws = window.workspace
    doc, service = ws.document, ws.document.service
    service.turns.start(service.speakers.list()[0].id, doc.current_question_id)
    wait(app, 400)

    bare = QWidget()
    editor, rows = QPlainTextEdit(bare), QListWidget(bare)
    layout = QVBoxLayout(bare)
    layout.addWidget(editor)
    layout.addWidget(rows)
    rows.addItems([f"Existing contribution {i}" for i in range(72)])
    bare.resize(540, 500)
    bare.show()
    app.processEvents()

    panel = ws.contributions
    record, deferred, base = [], [], []
    for i in range(count):  # alternate, so machine noise hits both alike
        text = f"Recorded {i}: {TEXTS[('en', 'fr', 'ar')[i % 3]]}"
        panel.editor.text.setPlainText(text)
        t = time.perf_counter()
        assert panel.commit()
        app.processEvents()
        record.append((time.perf_counter() - t) * 1000)
        deferred.append(deferred_ms(app, 350))  # (window's thread, whole process incl. workers)
        editor.setPlainText(text)
        t = time.perf_counter()
        rows.addItem(editor.toPlainText())
        rows.scrollToBottom()
        editor.clear()
        app.processEvents()
        base.append((time.perf_counter() - t) * 1000)

    switch = []
    for _ in range(min(count, 20)):
        t = time.perf_counter()
        window.named_actions["next_question"].trigger()
        app.processEvents()
        switch.append((time.perf_counter() - t) * 1000)
        wait(app, 300)
        window.named_actions["prev_question"].trigger()
        wait(app, 300)

    search = []
    dialog = window.windows.search(doc)
    for word in ("parlements", "budgets", "البرلمانات", "communities", "Recommendation"):
        dialog.query.setText(word)
        t = time.perf_counter()
        dialog.run_search()
        app.processEvents()
        search.append((time.perf_counter() - t) * 1000)
    hits = dialog.results.topLevelItemCount()
    dialog.close()
    wait(app, 300)

    cpu_hidden = cpu_ms_per_second(app, 5)
    window.docks["statistics"].raise_()
    wait(app, 500)
    cpu_shown = cpu_ms_per_second(app, 5)
    bare.close()
    window.close()
    wait(app, 100)
    return {"record_p50": statistics.median(record), "record_p90": percentile(record, 0.9),
            "deferred_p50": statistics.median(d[0] for d in deferred),
            "deferred_all_p50": statistics.median(d[1] for d in deferred), "bare_p50": statistics.median(base),
            "bare_p90": percentile(base, 0.9), "switch_p50": statistics.median(switch),
            "search_p50": statistics.median(search), "hits": hits, "cpu_hidden": cpu_hidden,
            "cpu_shown": cpu_shown}


def wait(app, ms: int) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def deferred_ms(app, ms: int) -> tuple[float, float]:  # noqa: ANN001
    """CPU time in the next ``ms`` (timers the recording started): on the window's thread (what
    delays the next keystroke), and in the whole process (workers included)."""
    thread, process = time.thread_time(), time.process_time()
    wait(app, ms)
    return (time.thread_time() - thread) * 1000, (time.process_time() - process) * 1000


def cpu_ms_per_second(app, seconds: int) -> tuple[float, float]:  # noqa: ANN001
    """CPU per second on the window's thread, and in the whole process (workers included)."""
    thread, process = time.thread_time(), time.process_time()
    wait(app, seconds * 1000)
    return ((time.thread_time() - thread) * 1000 / seconds, (time.process_time() - process) * 1000 / seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one size in this process
    args = parser.parse_args()
    if args.one:
        size = int(args.one)
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["XDG_CONFIG_HOME"] = tmp
            result = in_window(build(size), args.count, Path(tmp))
        print(repr(result))
        return 0
    rows = []
    for size in args.sizes:
        path = build(size)
        with tempfile.TemporaryDirectory() as tmp:
            app_s, bare_s = startup(path, args.runs, Path(tmp))
        # Each size in a fresh process, so one window's caches do not flatter the next.
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--count", str(args.count)],
                             check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        rows.append((size, app_s, bare_s, eval(out)))  # noqa: S307 - our own repr of a dict of floats
    print()
    print(f"Window benchmarks (offscreen, {os.cpu_count()} cores; 14 questions, 2,000 speakers, "
          "one turn per five contributions, en/fr/ar)")
    head = ("contributions", "start-up s", "bare s", "ratio", "Ctrl+Enter p50/p90 ms", "deferred ms window/all",
            "bare p50/p90 ms", "switch q ms", "search ms (hits)",
            "CPU ms/s turn open, window/all (stats hidden; shown)")
    print(" | ".join(head))
    print(" | ".join("---" for _ in head))
    for size, app_s, bare_s, r in rows:
        print(" | ".join((
            f"{size:,}", f"{app_s:.2f}", f"{bare_s:.2f}", f"{app_s / bare_s:.2f}x",
            f"{r['record_p50']:.1f} / {r['record_p90']:.1f}", f"{r['deferred_p50']:.1f} / {r['deferred_all_p50']:.1f}",
            f"{r['bare_p50']:.1f} / {r['bare_p90']:.1f}", f"{r['switch_p50']:.1f}",
            f"{r['search_p50']:.1f} ({r['hits']})", f"{r['cpu_hidden'][0]:.1f}/{r['cpu_hidden'][1]:.1f}; {r['cpu_shown'][0]:.1f}/{r['cpu_shown'][1]:.1f}")))
    if len(rows) > 1:
        print(f"start-up growth {rows[0][0]:,} -> {rows[-1][0]:,}: {rows[-1][1] / rows[0][1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
