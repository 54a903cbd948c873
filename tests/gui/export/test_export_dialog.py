"""Export dialog: the engine runs off the GUI thread with progress; Cancel stops it and leaves no file."""

from __future__ import annotations

import os
import threading
import time

import pytest
from panel_helpers import close_sample, make_session
from PySide6.QtCore import Qt

from sahel_panel import report
from sahel_panel.output.errors import ReportCancelled
from sahel_panel.ui.export.dialog import ExportReportDialog


@pytest.fixture
def sample(tmp_path):
    s = make_session(tmp_path / "export.sahel", rich=False)
    yield s
    close_sample(s)


class SlowWriter:
    """Stands in for the report engine: 40 steps of 10 ms, polls cancel, writes atomically at the end."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, session_path, out_path, lang="en", paper="a4", progress=None, cancelled=None,
                 statuses=None):
        self.calls.append((str(session_path), str(out_path), lang, paper))
        self.statuses = statuses
        self.on_gui_thread = threading.current_thread() is threading.main_thread()
        for step in range(40):
            if cancelled and cancelled():
                raise ReportCancelled()
            time.sleep(0.01)
            if progress:
                progress((step + 1) / 40)
        tmp = f"{out_path}.part"
        with open(tmp, "w") as fh:
            fh.write("%PDF-fake")
        os.replace(tmp, out_path)


@pytest.fixture
def writer(monkeypatch):
    fake = SlowWriter()
    monkeypatch.setattr(report, "write_report", fake)
    return fake


def test_report_runs_in_background_with_progress(qtbot, sample, writer, tmp_path):
    dialog = ExportReportDialog(sample.document)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    out = tmp_path / "rapport.pdf"
    dialog.path.setText(str(out))
    seen = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.exported, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.running and not dialog.export_button.isEnabled()  # returned at once: GUI not blocked
    assert blocker.args == [str(out)]
    assert out.read_text() == "%PDF-fake"
    assert writer.calls == [(str(sample.service.path), str(out), "ar", "letter")]
    assert writer.on_gui_thread is False
    assert dialog.progress.value() == 1000 and len(seen) > 5
    assert "rapport.pdf" in dialog.status.text()
    assert not dialog.running and dialog.export_button.isEnabled()


def test_cancel_leaves_no_file(qtbot, sample, writer, tmp_path):
    dialog = ExportReportDialog(sample.document)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "cancelled.pdf"
    dialog.path.setText(str(out))
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=3000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while running cancels, does not close
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.running, timeout=3000)
    assert dialog.status.text() == "Export cancelled; no file was written."
    assert not out.exists() and not (tmp_path / "cancelled.pdf.part").exists()


def test_engine_error_is_a_sentence(qtbot, sample, monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise RuntimeError("the font DejaVu Sans is missing")

    monkeypatch.setattr(report, "write_report", broken)
    dialog = ExportReportDialog(sample.document)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "x.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=3000)
    assert dialog.status.text() == "The export failed: the font DejaVu Sans is missing"
    assert not dialog.running and dialog.export_button.isEnabled()


def test_format_choice_changes_extension_and_options(qtbot, sample):
    dialog = ExportReportDialog(sample.document)
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith("export-report.pdf")
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.path.text().endswith("export-report.json")
    assert not dialog.language.isEnabled() and not dialog.paper.isEnabled()
    assert not dialog.outcome.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert dialog.language.isEnabled() and dialog.paper.isEnabled() and dialog.outcome.isEnabled()
    dialog.path.setText(str(sample.service.path))
    assert not dialog.start()
    assert "another file" in dialog.status.text()


def test_outcome_list_choice_reaches_the_report(qtbot, sample, writer, tmp_path):
    dialog = ExportReportDialog(sample.document)
    qtbot.addWidget(dialog)
    assert dialog.outcome.currentData() == "agreed,proposed"  # the default: what was agreed or put forward
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("agreed"))
    dialog.path.setText(str(tmp_path / "agreed.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        assert dialog.start()
    assert writer.statuses == "agreed"
