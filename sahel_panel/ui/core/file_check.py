"""The whole-file checks of an opened session, run in a worker once the window is shown.

SQLite's ``quick_check`` and the content check read every row: half a second
at 100,000 contributions, which start-up would otherwise pay on every open
(see :meth:`sahel_panel.store.Store.open`, ``check_later``). The window opens
the file with its header, format and columns checked, shows it, and runs these
on a read-only connection of their own; a refusal closes the session with the
sentence the open would have given. Nothing is recorded on a file that was
refused, except what the rapporteur typed in the moment before, which stays in
the file (every action is committed at once).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, Signal

from sahel_panel.domain.model import DomainError
from sahel_panel.services import SessionService
from sahel_panel.store import CheckStopped, StoreError
from sahel_panel.ui.text.errors import error_text


class FileCheckSignals(QObject):
    """Emitted from the worker; delivered queued on the window's thread."""

    passed = Signal()
    refused = Signal(str)  # the sentence naming the file and what is wrong


class FileCheck(QRunnable):
    """One run of :meth:`SessionService.check`. Touches no widget."""

    def __init__(self, service: SessionService, receiver: QObject) -> None:
        super().__init__()
        self.service = service
        # Owned by the receiver (the window, on its thread): the pool deletes this runnable once
        # run() returned, on its own thread, where a QObject of the window's must not be deleted.
        self.signals = FileCheckSignals(receiver)
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            self.service.check()
        except CheckStopped:
            return  # closing or quitting: nobody waits for the answer
        except (StoreError, DomainError) as exc:
            self._tell(self.signals.refused, error_text(exc))
        except Exception as exc:  # noqa: BLE001 - the file could not be read again: say so, no traceback
            self._tell(self.signals.refused, error_text(exc) or type(exc).__name__)
        else:
            self._tell(self.signals.passed)

    @staticmethod
    def _tell(signal, *args: object) -> None:  # noqa: ANN001 - a bound signal
        try:
            signal.emit(*args)
        except RuntimeError:  # the window went away meanwhile (its signals object with it)
            pass

    def stop(self) -> None:
        self.service.stop_check()
