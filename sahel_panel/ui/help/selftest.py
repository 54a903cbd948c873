"""Help > Self-test, and the window step of ``sahel-panel --self-test``.

The dialog runs :mod:`sahel_panel.selftest` on a worker thread (QThread), so the window stays
responsive while the reports are written, and shows one translated line per step. The window step
needs the interface thread: the worker asks for it through a blocking queued signal, the dialog
builds a second main window on the self-test's session (settings in a throw-away ini file, no
real dialogs), draws it off screen with ``grab()``, and closes it; the worker then goes on. The
command line instead opens the window on Qt's offscreen platform
(``sahel_panel.ui.shell.app.offscreen_window_check``). The main window is built by a factory the
shell passes in, so this room does not import the shell.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_panel import selftest
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.ui.core.prompts import Prompter, ScriptedPrompter
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.text.errors import message_text
from sahel_panel.ui.text.locale_text import western_digits
from sahel_panel.ui.text.plain import plain_label


def step_text(message: Message | str) -> str:
    """A step title or detail in the interface language (the self-test's own sentences, else an error's)."""
    if not isinstance(message, Message):
        return str(message)
    translated = QCoreApplication.translate("SelfTest", message.template)
    if translated == message.template and QCoreApplication.translate("Errors", message.template) != translated:
        return message_text(message)
    try:
        params = {k: step_text(v) if isinstance(v, Message) else v for k, v in message.params.items()}
        return translated.format(**params) if params else translated
    except (KeyError, IndexError, ValueError):
        return str(message)


def result_line(result: selftest.StepResult) -> str:
    state = QCoreApplication.translate("SelfTestDialog", "ok") if result.ok else QCoreApplication.translate("SelfTestDialog", "FAILED")
    seconds = western_digits(QLocale()).toString(result.seconds, "f", 2)
    return (QCoreApplication.translate("SelfTestDialog", "[%1/%2] %3 — %4: %5 (%6 s)").replace("%1", str(result.number)).replace("%2", str(result.total))
            .replace("%3", state).replace("%4", step_text(result.title)).replace("%5", step_text(result.detail))
            .replace("%6", seconds))


WindowFactory = Callable[[Settings, Prompter], QWidget]
"""Builds a main window from settings and a prompter (given by the shell: this room does not know it)."""


def window_round_trip(make_window: WindowFactory, path: Path, settings_file: Path, show: bool) -> str:
    """Open ``path`` in a new main window, draw it, close it; the detail of the step.

    Settings go to ``settings_file`` (throw-away), questions to a prompter that answers no, so the
    user's recent files, window layout and screen are not touched.
    """
    app = QApplication.instance()
    window = make_window(Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)),
                         ScriptedPrompter(default=False))
    try:
        if not window.open_path(path):
            raise selftest.StepFailed(Message(QT_TRANSLATE_NOOP("SelfTest", "the window did not open the session.")))
        if show:
            window.show()
        app.processEvents()
        if window.document is None or window.grab().isNull():
            raise selftest.StepFailed(Message(QT_TRANSLATE_NOOP("SelfTest", "the window did not show the session.")))
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return Message(QT_TRANSLATE_NOOP("SelfTest", "session shown in the window, window closed"))


class _Worker(QObject):
    """Runs the self-test on the worker thread; asks the dialog for the window step."""

    step_done = Signal(object)        # selftest.StepResult
    finished = Signal(bool)
    window_wanted = Signal(str)       # connected blocking-queued: returns once the dialog has checked

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False
        self.window_result: str | BaseException = ""

    @Slot()
    def run(self) -> None:
        ok = selftest.run_in_temp_folder(self.step_done.emit, self._window, lambda: self.cancelled)
        self.finished.emit(ok)

    def _window(self, path: Path) -> str:
        self.window_wanted.emit(str(path))
        if isinstance(self.window_result, BaseException):
            raise self.window_result
        return self.window_result


class SelfTestDialog(QDialog):
    """Runs the self-test as soon as it is opened; Run again after it ends; Close cancels between steps."""

    def __init__(self, make_window: WindowFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfTestDialog")
        self.make_window = make_window
        self.resize(720, 420)
        self.intro = plain_label(QLabel(objectName="selfTestIntro"))
        self.intro.setWordWrap(True)
        self.lines = QPlainTextEdit(objectName="selfTestLines")
        self.lines.setReadOnly(True)
        self.lines.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.progress = QProgressBar(objectName="selfTestProgress")
        self.summary = plain_label(QLabel(objectName="selfTestSummary"))
        self.summary.setWordWrap(True)
        self.run_button = QPushButton(objectName="selfTestRun")
        self.run_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.lines, self.progress, self.summary, self.buttons):
            layout.addWidget(widget)
        self.results: list[selftest.StepResult] = []
        self.passed: bool | None = None
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._close_when_done = False
        self.retranslate()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self.running:
            return
        self.results, self.passed = [], None
        self.lines.clear()
        self.progress.setRange(0, 9)
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self._thread, self._worker = QThread(self), _Worker()
        self._worker.moveToThread(self._thread)
        self._worker.step_done.connect(self._step_done, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._worker.window_wanted.connect(self._check_window, Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.started.connect(self._worker.run)
        self._thread.start()
        self.retranslate()

    @Slot(str)
    def _check_window(self, path: str) -> None:
        """On the interface thread, while the worker waits."""
        with tempfile.TemporaryDirectory(prefix="sahel-panel-self-test-settings-") as folder:
            try:
                self._worker.window_result = window_round_trip(self.make_window, Path(path),
                                                               Path(folder) / "settings.ini", show=False)
            except Exception as exc:  # noqa: BLE001 - reported as the window step's failure
                self._worker.window_result = exc

    @Slot(object)
    def _step_done(self, result: selftest.StepResult) -> None:
        self.results.append(result)
        self.progress.setRange(0, result.total)
        self.progress.setValue(result.number)
        self.lines.appendPlainText(result_line(result))

    @Slot(bool)
    def _finished(self, ok: bool) -> None:
        self.passed = ok and len(self.results) > 0 and all(r.ok for r in self.results)
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self.run_button.setEnabled(True)
        self.retranslate()
        if self._close_when_done:
            self.close()

    def _set_direction(self) -> None:
        """The lines start with "[1/8]": without this an Arabic interface would align them to the left."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option = self.lines.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        self.lines.document().setDefaultTextOption(option)

    def retranslate(self) -> None:
        self._set_direction()
        self.setWindowTitle(QCoreApplication.translate("SelfTestDialog", "Self-test"))
        self.intro.setText(QCoreApplication.translate("SelfTestDialog", "Checks this installation, offline, in a temporary folder that is removed "
                              "afterwards: a session from the built-in template, speakers, contributions and "
                              "recommendations, language detection, the PDF report in English and Arabic, a DOCX "
                              "report, a verified snapshot, and the main window. Your own sessions are not "
                              "touched."))
        self.lines.setAccessibleName(QCoreApplication.translate("SelfTestDialog", "Self-test steps"))
        self.progress.setAccessibleName(QCoreApplication.translate("SelfTestDialog", "Self-test progress"))
        self.run_button.setText(QCoreApplication.translate("SelfTestDialog", "&Run again"))
        if self.running:
            self.summary.setText(QCoreApplication.translate("SelfTestDialog", "Running…"))
        elif self.passed is None:
            self.summary.setText("")
        elif self.passed:
            self.summary.setText(QCoreApplication.translate("SelfTestDialog", "Self-test passed: Sahel Panel works on this computer."))
        else:
            failed = next((r for r in self.results if not r.ok), None)
            self.summary.setText(QCoreApplication.translate("SelfTestDialog", "Self-test failed at the step “%1”. Please report the lines above.").replace(
                "%1", step_text(failed.title) if failed else QCoreApplication.translate("SelfTestDialog", "cancelled")))
        if self.results:
            self.lines.setPlainText("\n".join(result_line(r) for r in self.results))

    def _stop_first(self) -> bool:
        """While running, stop after the current step and close then (the worker must not outlive us)."""
        if self.running and self._worker is not None:
            self._worker.cancelled = True
            self._close_when_done = True
            self.summary.setText(QCoreApplication.translate("SelfTestDialog", "Stopping after the current step…"))
            return True
        return False

    def reject(self) -> None:  # Esc and Close
        if not self._stop_first():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._stop_first():
            event.ignore()
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)
