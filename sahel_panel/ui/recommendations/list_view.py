"""The recommendations list view: status dots, drag to reorder, drop contributions to link.

It only *asks* for changes (signals); the panel turns them into undoable
commands and rebuilds the rows from the store, so Qt never moves rows itself.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from sahel_panel.ui.core.document import CONTRIBUTION_MIME
from sahel_panel.ui.text.bidi import embedded, plain, text_direction  # noqa: F401 - re-exported

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
SPEAKERS_ROLE = Qt.ItemDataRole.UserRole + 2
RECOMMENDATION_MIME = "application/x-sahel-panel-recommendation-id"
"""Internal drag payload: the id of the recommendation being moved (UTF-8)."""
STATUS_COLOURS = {"draft": "#8a8f98", "proposed": "#1f6fb2", "agreed": "#2e7d32", "withdrawn": "#c7c9cc"}


def contribution_ids_from(mime: QMimeData) -> list[str]:
    """The contribution ids a drag carries (one per line, UTF-8); empty when it carries none."""
    if not mime.hasFormat(CONTRIBUTION_MIME):
        return []
    raw = bytes(mime.data(CONTRIBUTION_MIME).data()).decode("utf-8", "replace")
    return [line.strip() for line in raw.splitlines() if line.strip()]


def status_icon(status: str) -> QIcon:
    """A filled dot in the status colour, so status reads at a glance even in a narrow panel."""
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATUS_COLOURS.get(status, "#8a8f98")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pix)


class RecommendationList(QListWidget):
    """The list: drag to reorder, drop contributions (``CONTRIBUTION_MIME``) onto a row to link them."""

    contributions_dropped = Signal(str, list)  # recommendation id, contribution ids
    move_requested = Signal(str, int)  # recommendation id, target row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def mimeData(self, items: list) -> QMimeData:  # noqa: N802 - Qt override
        """Tag an internal drag with the recommendation's id, so a drop needs no Qt row bookkeeping."""
        mime = super().mimeData(items)
        if items:
            mime.setData(RECOMMENDATION_MIME, str(items[0].data(ID_ROLE)).encode("utf-8"))
        return mime

    def _wanted(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(RECOMMENDATION_MIME) or mime.hasFormat(CONTRIBUTION_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._wanted(event):
            event.ignore()
            return
        super().dragMoveEvent(event)  # draws the drop indicator
        if event.mimeData().hasFormat(CONTRIBUTION_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        pos = event.position().toPoint()
        item = self.itemAt(pos)
        ids = contribution_ids_from(event.mimeData())
        if ids:
            target = item or self.currentItem()
            if target is not None:
                self.contributions_dropped.emit(target.data(ID_ROLE), ids)
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
        elif event.mimeData().hasFormat(RECOMMENDATION_MIME):
            moved = bytes(event.mimeData().data(RECOMMENDATION_MIME).data()).decode("utf-8", "replace")
            row = self.count() if item is None else self.row(item)
            if item is not None and pos.y() > self.visualItemRect(item).center().y():
                row += 1
            self.move_requested.emit(moved, row)
            # The panel rebuilds the list from the store; Qt must not move or delete rows itself.
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
        else:
            event.ignore()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()






