"""Background work of the Series window: one :class:`QRunnable` on the global pool per job.

A job runs a plain function ``fn(progress, cancelled)`` that touches no widget and no
connection of the open workbook (checking files, computing suggestions, writing a
report from a read-only connection of its own); its result comes back by queued
signal to the window's thread, which alone writes to the workbook.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sahel_panel.ui.text.errors import error_text

Work = Callable[[Callable[[float], None], Callable[[], bool]], object]


class JobSignals(QObject):
    """Exactly one of finished, failed or cancelled is emitted per run."""

    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """Runs ``work(progress, cancelled)``; any exception becomes one sentence, never a traceback."""

    def __init__(self, work: Work, cancelled_types: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self.work, self.cancelled_types = work, cancelled_types
        self.signals = JobSignals()
        self.cancel_event = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.cancel_event.is_set)
        except self.cancelled_types:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - shown as a sentence
            self.signals.failed.emit(error_text(exc) or type(exc).__name__)
        else:
            if self.cancel_event.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


class JobRunner(QObject):
    """Starts a :class:`Job` behind a progress dialog with Cancel, and keeps it alive until it reports."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.running: dict[str, Job] = {}

    def start(self, name: str, label: str, work: Work, on_done: Callable[[object], None],
              on_failed: Callable[[str], None], cancelled_types: tuple[type[BaseException], ...] = (),
              on_cancelled: Callable[[], None] | None = None) -> Job | None:
        if name in self.running:
            return None
        job = Job(work, cancelled_types)
        dialog = QProgressDialog(label, QCoreApplication.translate("SeriesWindow", "Cancel"), 0, 1000,
                                 self.parent_widget)
        dialog.setObjectName(f"progress_{name}")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel_event.set)
        job.signals.progress.connect(lambda f: dialog.setValue(int(max(0.0, min(1.0, f)) * 1000)))

        def end() -> None:
            self.running.pop(name, None)
            dialog.close()
            dialog.deleteLater()

        def finished(result: object) -> None:
            end()
            on_done(result)

        def cancelled() -> None:
            end()
            if on_cancelled is not None:
                on_cancelled()

        def failed(message: str) -> None:
            end()
            on_failed(message)

        job.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        job.signals.cancelled.connect(cancelled, Qt.ConnectionType.QueuedConnection)
        self.running[name] = job
        QThreadPool.globalInstance().start(job)
        return job

    def cancel_all(self) -> None:
        for job in list(self.running.values()):
            job.cancel_event.set()

    def wait(self, msecs: int = 30000) -> None:
        QThreadPool.globalInstance().waitForDone(msecs)
