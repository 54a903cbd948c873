"""Opening, creating, copying session files, with the user's questions behind a Prompter.

A file locked by another window or not writable is never silently refused:
the user is told why and offered a read-only view. Nothing here blocks longer
than a file open: "Save a copy" runs the verified snapshot export in the
background (atomic: an older file of that name is replaced only once the copy is complete).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QProgressDialog, QWidget

from sahel_panel.domain.model import DomainError
from sahel_panel.services import NewSession, SessionService
from sahel_panel.store import SessionLocked, SessionNotWritable, StoreError
from sahel_panel.ui.core.prompts import Prompter
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.text.bidi import isolate
from sahel_panel.ui.text.demo import dialog_title
from sahel_panel.ui.text.errors import error_text

SESSION_SUFFIX = ".sahel"
BUILTIN_TEMPLATE = "ipu146-sahel-security"
"""The Manama panel: first in File > New and the welcome page's first choice."""


def session_filter() -> str:
    return QCoreApplication.translate("FileOps", "Sahel Panel sessions (*.sahel);;All files (*)")


class FileOps:
    def __init__(self, settings: Settings, prompter: Prompter) -> None:
        self.settings = settings
        self.prompter = prompter
        self.copy_jobs: list = []  # ExportJobs of "Save a copy" still running (kept alive until they report)

    def open(self, path: str | Path) -> SessionService | None:
        """The session at ``path``; read-only (after asking) when locked or not writable; None on refusal."""
        path = Path(path)
        try:
            # The checks that read the whole file run once the window shows it (main_window).
            service = SessionService.open(path, check_later=True)
        except (SessionLocked, SessionNotWritable) as exc:
            question = QCoreApplication.translate("FileOps", "%1\n\nOpen it read-only? You can read and search it, but not change it.").replace(
                "%1", error_text(exc))
            if not self.prompter.ask(QCoreApplication.translate("FileOps", "Session already in use"), question):
                return None
            try:
                service = SessionService.open(path, read_only=True, check_later=True)
            except (StoreError, DomainError) as again:
                self._refused(path, again)
                return None
        except (StoreError, DomainError) as exc:
            self._refused(path, exc)
            return None
        self.settings.add_recent(path)
        return service

    def _refused(self, path: Path, exc: Exception) -> None:
        if not path.exists():
            self.settings.remove_recent(path)
        self.prompter.warn(QCoreApplication.translate("FileOps", "Cannot open the session"), error_text(exc))

    def ask_open(self) -> SessionService | None:
        path = self.prompter.open_path(QCoreApplication.translate("FileOps", "Open a session"), session_filter())
        return self.open(path) if path else None

    def new(self, builtin: bool = False) -> SessionService | None:
        """Choose a template (the built-in Manama panel first, and the default), then a file name.

        ``builtin`` skips the choice: the welcome page's "Start the Manama panel". The last options
        are a blank session and a template file of one's own (YAML).
        """
        try:
            from sahel_panel.exchange.templates import builtin_templates

            templates = builtin_templates()
        except Exception as exc:  # noqa: BLE001 - a broken template must not block a blank session
            templates = []
            self.prompter.warn(QCoreApplication.translate("FileOps", "Templates unavailable"), error_text(exc))
        templates.sort(key=lambda t: t.name != BUILTIN_TEMPLATE)
        if builtin and templates:
            spec = templates[0].session
        else:
            options = [t.session.title or t.name for t in templates] + [
                QCoreApplication.translate("FileOps", "Blank session"),
                QCoreApplication.translate("FileOps", "A template file of my own (YAML)…")]
            choice = self.prompter.choose(QCoreApplication.translate("FileOps", "New session"),
                                          QCoreApplication.translate("FileOps", "Start from:"), options)
            if choice is None:
                return None
            if choice < len(templates):
                spec = templates[choice].session
            elif choice == len(templates):
                spec = None
            else:
                spec = self._template_file()
                if spec is None:
                    return None
        target = self.prompter.save_path(QCoreApplication.translate("FileOps", "Create the session file"), session_filter(),
                                         str(Path.home() / f"session{SESSION_SUFFIX}"))
        if not target:
            return None
        path = Path(target)
        if not path.suffix:
            path = path.with_suffix(SESSION_SUFFIX)
        try:
            service = SessionService.create(path, spec or NewSession(title=path.stem))
        except (StoreError, DomainError) as exc:
            self.prompter.warn(QCoreApplication.translate("FileOps", "Cannot create the session"), error_text(exc))
            return None
        self.settings.add_recent(path)
        return service

    def _template_file(self) -> NewSession | None:
        path = self.prompter.open_path(QCoreApplication.translate("FileOps", "Choose a template"),
                                       QCoreApplication.translate("FileOps", "Session templates (*.yaml *.yml);;All files (*)"))
        if not path:
            return None
        from sahel_panel.exchange.errors import ExchangeError
        from sahel_panel.exchange.templates import load_template

        try:
            return load_template(Path(path)).session
        except (ExchangeError, DomainError, OSError, ValueError) as exc:
            self.prompter.warn(QCoreApplication.translate("FileOps", "Cannot use this template"), error_text(exc))
            return None

    def demo(self) -> SessionService | None:
        """The demo session (created in the data folder the first time), to practise on."""
        from sahel_panel.exchange.demo import ensure_demo_session

        try:
            path = ensure_demo_session()
        except (StoreError, DomainError, OSError) as exc:
            self.prompter.warn(QCoreApplication.translate("FileOps", "Cannot open the demo"), error_text(exc))
            return None
        return self.open(path)

    def save_copy(self, service: SessionService, parent: QWidget | None = None):  # noqa: ANN201 - ExportJob | None
        """A verified copy elsewhere, written in the background; the open file stays the one being written.

        Returns the running job (None when nothing was started); the user hears of the result when it ends.
        """
        from sahel_panel.ui.export.dialog import ExportJob

        suggested = service.path.with_name(f"{service.path.stem} (copy){SESSION_SUFFIX}")
        title = dialog_title(QCoreApplication.translate("FileOps", "Save a copy of the session"), service.path)
        target = self.prompter.save_path(title, session_filter(), str(suggested))
        if not target:
            return None
        path = Path(target)
        if path.resolve() == service.path.resolve():
            self.prompter.warn(QCoreApplication.translate("FileOps", "Cannot save the copy"), QCoreApplication.translate("FileOps", "Choose another file than the open session."))
            return None
        job = ExportJob("sahel", str(service.path), str(path), "en", "a4")
        dialog = QProgressDialog(QCoreApplication.translate("ExportReportDialog", "Exporting…"),
                                 QCoreApplication.translate("ExportReportDialog", "Cancel"), 0, 1000, parent)
        dialog.setWindowTitle(title)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)  # a quick copy does not flash a window
        dialog.setValue(0)
        dialog.canceled.connect(job.cancel_event.set)
        job.signals.progress.connect(lambda f: dialog.setValue(int(max(0.0, min(1.0, f)) * 999)))

        def done() -> None:
            if job in self.copy_jobs:
                self.copy_jobs.remove(job)
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()

        def finished(_out: str) -> None:
            done()
            self.prompter.inform(QCoreApplication.translate("FileOps", "Copy saved"), QCoreApplication.translate("FileOps", "A copy of the session was written to %1.").replace("%1", isolate(str(path))))

        def failed(message: str) -> None:
            done()
            self.prompter.warn(QCoreApplication.translate("FileOps", "Cannot save the copy"), message)

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        job.signals.cancelled.connect(done)
        self.copy_jobs.append(job)
        QThreadPool.globalInstance().start(job)
        return job
