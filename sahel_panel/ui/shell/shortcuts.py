"""Help > Keyboard shortcuts: every action that has a shortcut, as the user's platform writes it.

Built from the live QActions, so the list can never drift from what the keys do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def action_label(action: QAction) -> str:
    """Menu text without mnemonics ("&Save" -> "Save", "&&" stays "&") and without a trailing ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    for suffix in ("…", "..."):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def shortcut_text(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
    return ", ".join(keys)


class ShortcutsDialog(QDialog):
    """A filterable two-column table: action, shortcut."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.resize(520, 560)
        seen: set[tuple[str, str]] = set()
        self.rows: list[tuple[str, str]] = []
        for action in actions:
            row = (action_label(action), shortcut_text(action))
            if row[0] and row[1] and row not in seen:
                seen.add(row)
                self.rows.append(row)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(QCoreApplication.translate("ShortcutsDialog", "Filter"))
        self.filter.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(len(self.rows), 2, self)
        self.table.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Shortcuts"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ShortcutsDialog", "Action"), QCoreApplication.translate("ShortcutsDialog", "Shortcut")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Keys are Latin even in an Arabic window: align them to the start side explicitly, not by their text.
        start = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        for r, (name, keys) in enumerate(self.rows):
            for c, value in enumerate((name, keys)):
                item = QTableWidgetItem(value)
                item.setTextAlignment(start)
                self.table.setItem(r, c, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.setFocus()

    def visible_rows(self) -> list[tuple[str, str]]:
        return [self.rows[r] for r in range(len(self.rows)) if not self.table.isRowHidden(r)]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for r, (name, keys) in enumerate(self.rows):
            self.table.setRowHidden(r, bool(needle) and needle not in name.casefold() and needle not in keys.casefold())
