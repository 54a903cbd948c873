"""The open series workbook as the Series window sees it: the services, one undo stack, change signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sahel_panel.series import Workbook
from sahel_panel.services import Change
from sahel_panel.ui.core.document import UndoableDocument


class WorkbookDocument(UndoableDocument):
    """Owns the :class:`Workbook` of the open file; every edit goes through :meth:`execute`."""

    changed = Signal(object)  # services.Change
    closing = Signal()

    def __init__(self, book: Workbook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.closed = False
        book.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    @property
    def read_only(self) -> bool:
        return self.book.read_only

    def close(self) -> None:
        if self.closed:
            return
        self.closing.emit()
        self.closed = True
        self.book.unsubscribe(self._relay)
        self.undo_stack.clear()
        self.book.close()
