"""File > Export report… (PDF) and Export… (snapshot, JSON, DOCX), run off the GUI thread.

The report engine can take seconds on a long session; it runs in a
:class:`QRunnable` on the global thread pool and talks back only through
queued signals, so the live window never freezes. The engines are imported
inside the worker: reportlab is not on the start-up path, and a missing
engine becomes a message, not a crash. Cancelling sets a flag the engine
polls; the engine writes atomically, so a cancelled export leaves no file.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_panel import i18n
from sahel_panel.domain.model import LANGUAGES
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.text.bidi import isolate
from sahel_panel.ui.text.demo import dialog_title
from sahel_panel.ui.text.errors import error_text
from sahel_panel.ui.text.plain import plain_label

FORMATS = {"pdf": ".pdf", "sahel": ".sahel", "json": ".json", "docx": ".docx"}


class JobSignals(QObject):
    """Emitted from the worker thread; delivered queued to the dialog in the GUI thread."""

    progress = Signal(float)  # 0..1
    finished = Signal(str)  # output path
    failed = Signal(str)  # a sentence for the user
    cancelled = Signal()


def _call_with_optional(fn: Callable, *args: object, **optional: object) -> object:
    """Call ``fn`` passing only the optional keywords it accepts (older engines may lack progress/cancel)."""
    try:
        accepted = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        accepted = {}
    return fn(*args, **{k: v for k, v in optional.items() if k in accepted})


class ExportJob(QRunnable):
    """One export. Touches no widget: it only calls the engine and emits :class:`JobSignals`."""

    def __init__(self, kind: str, session_path: str, out_path: str, lang: str, paper: str,
                 statuses: str = "agreed,proposed") -> None:
        super().__init__()
        self.kind, self.session_path, self.out_path = kind, session_path, out_path
        self.lang, self.paper, self.statuses = lang, paper, statuses
        self.signals = JobSignals()
        self.cancel_event = threading.Event()
        self.setAutoDelete(False)  # the dialog holds it until its result arrived

    def run(self) -> None:
        from sahel_panel.output.errors import ReportCancelled

        progress = self.signals.progress.emit
        try:
            if self.kind == "pdf":
                from sahel_panel import report

                report.write_report(self.session_path, self.out_path, self.lang, self.paper,
                                    progress, self.cancel_event.is_set, statuses=self.statuses)
            else:
                from sahel_panel.exchange import export

                _call_with_optional(export.export_session, self.session_path, self.out_path,
                                    progress=progress, cancelled=self.cancel_event.is_set, lang=self.lang,
                                    paper=self.paper, statuses=self.statuses)
        except ReportCancelled:
            self.signals.cancelled.emit()
        except ImportError:
            self.signals.failed.emit(QCoreApplication.translate("ExportReportDialog", "This kind of export is not available in this build."))
        except Exception as exc:  # noqa: BLE001 - any engine failure becomes one sentence, never a traceback
            message = error_text(exc) or type(exc).__name__
            self.signals.failed.emit(QCoreApplication.translate("ExportReportDialog", "The export failed: %1").replace("%1", message))
        else:
            if self.cancel_event.is_set() and not Path(self.out_path).exists():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(self.out_path)


class ExportReportDialog(QDialog):
    """Choose format, report language, paper and file; Export runs in the background; Cancel stops it."""

    exported = Signal(str)  # output path, once written

    def __init__(self, document: SessionDocument, parent: QWidget | None = None, kind: str = "pdf") -> None:
        super().__init__(parent)
        self.document = document
        self.job: ExportJob | None = None
        self._released = False  # the session closed: delete this dialog once no job runs
        self.choose_path: Callable[[str], str] = self._ask_for_path
        self.pool = QThreadPool.globalInstance()
        self.setWindowTitle(dialog_title(QCoreApplication.translate("ExportReportDialog", "Export report"), document.service.path))
        self.setAccessibleName(QCoreApplication.translate("ExportReportDialog", "Export"))

        self.format = QComboBox(self)
        self.format.setAccessibleName(QCoreApplication.translate("ExportReportDialog", "Format"))
        for key, text in (("pdf", QCoreApplication.translate("ExportReportDialog", "PDF report")), ("docx", QCoreApplication.translate("ExportReportDialog", "Editable document (DOCX)")),
                          ("sahel", QCoreApplication.translate("ExportReportDialog", "Session snapshot (.sahel)")), ("json", QCoreApplication.translate("ExportReportDialog", "Data for other tools (JSON)"))):
            self.format.addItem(text, key)
        self.language = QComboBox(self)
        self.language.setAccessibleName(QCoreApplication.translate("ExportReportDialog", "Report language"))
        for lang in LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES[lang], lang)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.normalise(self.locale().name()))))
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(QCoreApplication.translate("ExportReportDialog", "Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem(QCoreApplication.translate("ExportReportDialog", "Letter"), "letter")
        if QLocale.system().territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada):
            self.paper.setCurrentIndex(1)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(QCoreApplication.translate("ExportReportDialog", "Outcome list"))
        for value, text in (
                ("agreed,proposed", QCoreApplication.translate("ExportReportDialog", "Agreed and proposed")),
                ("agreed", QCoreApplication.translate("ExportReportDialog", "Agreed only")),
                ("agreed,proposed,withdrawn", QCoreApplication.translate(
                    "ExportReportDialog", "Agreed and proposed, withdrawn set apart")),
                ("all", QCoreApplication.translate("ExportReportDialog", "All, drafts and withdrawn set apart"))):
            self.outcome.addItem(text, value)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(QCoreApplication.translate("ExportReportDialog", "Output file"))
        self.browse = QPushButton(QCoreApplication.translate("ExportReportDialog", "&Browse…"), self)
        self.browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportReportDialog", "&Format"), self.format)
        form.addRow(QCoreApplication.translate("ExportReportDialog", "Report &language"), self.language)
        form.addRow(QCoreApplication.translate("ExportReportDialog", "&Paper"), self.paper)
        form.addRow(QCoreApplication.translate("ExportReportDialog", "&Outcome list"), self.outcome)
        save_as = QLabel(QCoreApplication.translate("ExportReportDialog", "&Save as"), self)
        save_as.setBuddy(self.path)  # a row holding a layout gets no buddy by itself: "&" would show
        form.addRow(save_as, path_row)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(QCoreApplication.translate("ExportReportDialog", "Export progress"))
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.status = plain_label(QLabel(self))
        self.status.setWordWrap(True)
        self.export_button = QPushButton(QCoreApplication.translate("ExportReportDialog", "&Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(QCoreApplication.translate("ExportReportDialog", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(QCoreApplication.translate("ExportReportDialog", "Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.export_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

        self.format.currentIndexChanged.connect(lambda _i: self._follow_format())
        self.format.setCurrentIndex(max(0, self.format.findData(kind)))
        session = Path(self.document.service.path)
        self.path.setText(str(session.with_name(session.stem + "-report" + FORMATS[self.kind()])))
        self._follow_format()

    # -- choices -----------------------------------------------------------
    def kind(self) -> str:
        return self.format.currentData()

    def _follow_format(self) -> None:
        """Language and paper matter only to the documents; the file name follows the format."""
        is_document = self.kind() in ("pdf", "docx")
        self.language.setEnabled(is_document)
        self.paper.setEnabled(is_document)
        self.outcome.setEnabled(is_document)
        text = self.path.text().strip()
        if text:
            current = Path(text)
            stem = current.stem
            if self.kind() == "sahel" and stem.endswith("-report"):
                stem = stem[: -len("-report")] + "-snapshot"
            self.path.setText(str(current.with_name(stem + FORMATS[self.kind()])))

    def _ask_for_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ExportReportDialog", "Export to"), suggested,
                                                    f"*{FORMATS[self.kind()]}")
        return path

    def _browse(self) -> None:
        chosen = self.choose_path(self.path.text())
        if chosen:
            if not chosen.lower().endswith(FORMATS[self.kind()]):
                chosen += FORMATS[self.kind()]
            self.path.setText(chosen)

    # -- running -----------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> bool:
        """Start the export in the thread pool; False (with a message) when the target is not usable."""
        if self.running:
            return False
        out = self.path.text().strip()
        if not out:
            self.status.setText(QCoreApplication.translate("ExportReportDialog", "Choose where to save the file."))
            return False
        target = Path(out).expanduser()
        if not target.parent.is_dir():
            self.status.setText(QCoreApplication.translate("ExportReportDialog", "The folder %1 does not exist.").replace("%1", isolate(str(target.parent))))
            return False
        if target.resolve() == Path(self.document.service.path).resolve():
            self.status.setText(QCoreApplication.translate("ExportReportDialog", "Choose another file than the open session."))
            return False
        job = ExportJob(self.kind(), str(self.document.service.path), str(target),
                        self.language.currentData(), self.paper.currentData(), self.outcome.currentData())
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self.job = job
        self._set_running(True)
        self.progress.setValue(0)
        self.status.setText(QCoreApplication.translate("ExportReportDialog", "Exporting…"))
        self.pool.start(job)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel_event.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(QCoreApplication.translate("ExportReportDialog", "Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for widget in (self.format, self.path, self.browse, self.export_button):
            widget.setEnabled(not running)
        self.language.setEnabled(not running and self.kind() in ("pdf", "docx"))
        self.paper.setEnabled(not running and self.kind() in ("pdf", "docx"))
        self.outcome.setEnabled(not running and self.kind() in ("pdf", "docx"))
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def _on_progress(self, fraction: float) -> None:
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _finish(self, message: str) -> None:
        self.job = None
        self._set_running(False)
        self.status.setText(message)
        if self._released:
            self.deleteLater()

    def release_session(self) -> None:
        """The session closes: a running export is cancelled; the dialog goes once its job reported."""
        self._released = True
        self.hide()
        if self.running:
            self.cancel()
        else:
            self.deleteLater()

    def _on_finished(self, out_path: str) -> None:
        self.progress.setValue(1000)
        self._finish(QCoreApplication.translate("ExportReportDialog", "Saved to %1").replace("%1", isolate(str(out_path))))
        self.exported.emit(out_path)

    def _on_failed(self, message: str) -> None:
        self.progress.setValue(0)
        self._finish(message)

    def _on_cancelled(self) -> None:
        self.progress.setValue(0)
        self._finish(QCoreApplication.translate("ExportReportDialog", "Export cancelled; no file was written."))

    def reject(self) -> None:
        """Esc while exporting cancels the export; the dialog closes once nothing runs."""
        if self.running:
            self.cancel()
            return
        super().reject()
