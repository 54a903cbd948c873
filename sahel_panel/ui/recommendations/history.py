"""The revision history of one recommendation: every saved wording with its number, time and status.

A separate small dialog so the rapporteur can check what was said before a
wording changed, without leaving the keyboard (Esc closes it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.clock import local_clock
from sahel_panel.domain.model import DomainError, Revision
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.recommendations.list_view import embedded
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.plurals import plurals


class RecommendationHistoryDialog(QDialog):
    """Lists the revisions of ``recommendation_id``, newest last, as plain text (user text is data)."""

    COLUMNS = ("number", "time", "status", "language", "text")

    def __init__(self, document: SessionDocument, recommendation_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RecommendationHistory", "Recommendation history"))
        self.setAccessibleName(QCoreApplication.translate("RecommendationHistory", "Recommendation history"))
        self.resize(760, 380)
        self._document = document
        document.closing.connect(self.close)  # never outlives its session (another file opened)
        self.recommendation_id = recommendation_id
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName(QCoreApplication.translate("RecommendationHistory", "Revisions"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RecommendationHistory", "No."), QCoreApplication.translate("RecommendationHistory", "Time"), QCoreApplication.translate("RecommendationHistory", "Status"), QCoreApplication.translate("RecommendationHistory", "Language"), QCoreApplication.translate("RecommendationHistory", "Text")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        document.changed.connect(self._on_changed)
        self._listening = True
        self.reload()

    def revisions(self) -> list[Revision]:
        try:
            return self._document.service.recommendations.revisions(self.recommendation_id)
        except DomainError:
            return []

    def reload(self) -> None:
        revisions = self.revisions()
        zone = self._document.service.info().time_zone  # read at the venue, whatever this computer's zone
        caption = plurals().revisions(len(revisions))
        self.caption.setText(caption)
        self.table.setRowCount(len(revisions))
        lead = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        for row, rev in enumerate(revisions):
            cells = (str(rev.number), local_clock(rev.created, zone, seconds=True) or rev.created,
                     labels.label(labels.STATUS, rev.status),
                     labels.label(labels.LANGUAGE, rev.language), rev.text)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(embedded(value) if col == len(cells) - 1 else value)
                if col == len(cells) - 1:
                    # Arabic wording right-aligned, Latin left: follow the text, not the window.
                    rtl = rev.language == "ar"
                    item.setTextAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                                          | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
                else:
                    item.setTextAlignment(lead)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        if revisions:
            self.table.selectRow(len(revisions) - 1)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # wrapped text needs the column's final width

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _on_changed(self, change: object) -> None:
        if getattr(change, "entity", "") == "recommendation" and self.recommendation_id in getattr(change, "ids", ()):
            self.reload()

    def done(self, result: int) -> None:
        if self._listening:  # done() runs again when a finished dialog is closed
            self._listening = False
            self._document.changed.disconnect(self._on_changed)
        super().done(result)
