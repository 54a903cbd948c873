#!/usr/bin/env python3
"""Recording a contribution in the live window (Ctrl+Enter to idle) against a bare Qt baseline.

    python bench/bench_record_window.py [--count 60]

The window holds a session of 1,000 contributions and 200 recommendations
(the start-up benchmark's). Each sample types a text into the contribution
editor, records it through the panel's commit path (the service call, the
undo stack, the change notices, every view refresh) and lets the event loop
go idle. The baseline, measured in the same run, is a bare QPlainTextEdit +
QListWidget of the same size doing the least a recorder could do: append the
text as a row and clear the editor. Runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_startup  # noqa: E402
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QVBoxLayout, QWidget  # noqa: E402

from sahel_panel.ui.core.settings import Settings  # noqa: E402
from sahel_panel.ui.shell.app import build_window, create_application  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # leave the user's settings alone
        app = create_application()
        path = bench_startup.build_session(Path(tmp))
        window = build_window(app, Settings())
        window.open_path(path)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        panel = window.workspace.contributions
        service = window.workspace.document.service
        service.turns.start(service.speakers.list()[0].id, window.workspace.document.current_question_id)
        app.processEvents()

        bare = QWidget()
        editor, rows = QPlainTextEdit(bare), QListWidget(bare)
        layout = QVBoxLayout(bare)
        layout.addWidget(editor)
        layout.addWidget(rows)
        rows.addItems([f"Existing contribution {i}" for i in range(72)])
        bare.resize(540, 500)
        bare.show()
        app.processEvents()

        app_ms: list[float] = []
        bare_ms: list[float] = []
        for i in range(args.count):  # alternate the two, so machine noise hits both alike
            text = f"Contribution {i}: parliaments must oversee security budgets in the Sahel."
            panel.editor.text.setPlainText(text)
            start = time.perf_counter()
            assert panel.commit()
            app.processEvents()
            app_ms.append((time.perf_counter() - start) * 1000)

            editor.setPlainText(text)
            start = time.perf_counter()
            rows.addItem(editor.toPlainText())
            rows.scrollToBottom()
            editor.clear()
            app.processEvents()
            bare_ms.append((time.perf_counter() - start) * 1000)
        window.close()
    app_med, bare_med = statistics.median(app_ms), statistics.median(bare_ms)
    print(f"{args.count} recordings into a session of 1,000 contributions (offscreen)")
    print(f"Sahel Panel Ctrl+Enter to idle: median {app_med:.1f} ms  p90 {percentile(app_ms, 0.9):.1f} ms")
    print(f"bare editor + list append:      median {bare_med:.1f} ms  p90 {percentile(bare_ms, 0.9):.1f} ms")
    print(f"ratio (median): {app_med / bare_med:.1f}  — what a rapporteur feels is the absolute time: "
          "under ~50 ms is instant")
    return 0


if __name__ == "__main__":
    sys.exit(main())
