"""The speakers' registry as a Qt item model, refreshed row by row from change notices.

Also the type-ahead filter: it folds case and diacritics in Latin names
(``Sénégal`` ~ ``senegal``) and harakat and hamza forms in Arabic ones
(``أحمد`` ~ ``احمد``), because a rapporteur types fast and bare; the fold is
the search's own (:func:`sahel_panel.domain.search_text.filter_key`), so ة
stays distinct from ه here as in a search.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from sahel_panel.domain.model import DomainError, Speaker
from sahel_panel.domain.search_text import filter_key as fold
from sahel_panel.services import Change, SessionService
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.bidi import PLAIN_TEXT_ROLE, PlainTextMatch, embedded, plain_display
from sahel_panel.ui.text.plain import tooltip

Index = QModelIndex | QPersistentModelIndex

SPEAKER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SpeakerModel(PlainTextMatch, QAbstractTableModel):
    """Columns: name, organisation, category, gender. Rows follow the service's change notices."""

    NAME, ORGANISATION, CATEGORY, GENDER = range(4)
    FIELDS = ("name", "organisation", "category", "gender")

    edit_requested = Signal(str, str, object)  # speaker id, field, new value: the panel runs the command

    def __init__(self, service: SessionService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.editable = not service.read_only
        # Rows are kept in the table's default order (names, locale-aware) by the model itself, so the
        # view needs no proxy sort at start-up: sorting 2,000 rows through a Python data() cost ~0.3 s.
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ordered = sorted(((self._order(s), s) for s in service.speakers_by_id().values()), key=lambda pair: pair[0])
        self._rows: list[Speaker] = [s for _, s in ordered]
        self._orders: list[object] = [o for o, _ in ordered]
        # Folded names for the filter: made at the first keystroke in it, not at every start.
        self._keys: list[str | None] = [None] * len(self._rows)

    def _order(self, s: Speaker) -> object:
        return self._collator.sortKey(s.name)

    @staticmethod
    def _key(s: Speaker) -> str:
        return fold(" ".join((s.name, s.title, s.organisation, s.country)))

    # -- reading -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def speaker(self, row: int) -> Speaker:
        return self._rows[row]

    def row_of(self, speaker_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == speaker_id), -1)

    def search_key(self, row: int) -> str:
        key = self._keys[row]
        if key is None:
            key = self._keys[row] = self._key(self._rows[row])
        return key

    def by_id(self, speaker_id: str | None) -> Speaker | None:
        row = self.row_of(speaker_id) if speaker_id else -1
        return self._rows[row] if row >= 0 else None

    def speakers(self) -> list[Speaker]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:  # user text keeps its own direction (ui/text/bidi.py)
                return embedded(s.label())
            if col == self.ORGANISATION:
                return embedded(s.organisation) if s.organisation else ""
            if col == self.CATEGORY:
                return labels.label(labels.CATEGORY, s.category)
            if col == self.GENDER:
                return labels.label(labels.GENDER, s.gender)
        elif role == Qt.ItemDataRole.ToolTipRole:
            parts = [s.label(), s.organisation, s.country, labels.label(labels.CATEGORY, s.category),
                     labels.label(labels.AGE_GROUP, s.age_group)]
            return tooltip(" · ".join(p for p in parts if p))
        elif role == Qt.ItemDataRole.EditRole:
            return getattr(s, self.FIELDS[col])
        elif role == SPEAKER_ID_ROLE:
            return s.id
        elif role == PLAIN_TEXT_ROLE:  # type-to-jump compares the name without its bidi marks
            return plain_display(self, index)
        return None

    # -- editing (F2): the change goes through the services as one undoable command ----------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.editable and index.isValid() else base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        s = self._rows[index.row()]
        field = self.FIELDS[index.column()]
        if isinstance(value, str) and field in ("name", "organisation"):
            value = value.strip()
        if value != getattr(s, field):
            self.edit_requested.emit(s.id, field, value)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("SpeakerModel", "Name"),
                QCoreApplication.translate("SpeakerModel", "Organisation"),
                QCoreApplication.translate("SpeakerModel", "Category"),
                QCoreApplication.translate("SpeakerModel", "Gender"),
            )[section]
        return None

    def retranslate(self) -> None:
        """New labels for every row; and, when the interface's language changed, its name order
        (Arabic names sort by the Arabic alphabet in an Arabic window), keeping selections."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._collator.locale() != QLocale():
            self._resort()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        before = {s.id: row for row, s in enumerate(self._rows)}
        self._rows.sort(key=self._order)
        self._keys = [None] * len(self._rows)
        self._orders = [self._order(s) for s in self._rows]
        after = {s.id: row for row, s in enumerate(self._rows)}
        moved = {old: after[sid] for sid, old in before.items()}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(moved[p.row()], p.column()) if 0 <= p.row() < len(moved) else QModelIndex()
            for p in persistent])
        self.layoutChanged.emit()

    # -- following the store ---------------------------------------------------
    def apply(self, change: Change) -> None:
        """Insert, update or remove only the rows the notice names."""
        if change.entity != "speaker":
            return
        for sid in change.ids:
            row = self.row_of(sid)
            try:
                fresh = self.service.speakers.get(sid) if change.op != "removed" else None
            except DomainError:
                fresh = None
            if row >= 0 and (fresh is None or fresh.name != self._rows[row].name):
                self.beginRemoveRows(QModelIndex(), row, row)  # gone, or renamed: it moves
                del self._rows[row], self._keys[row], self._orders[row]
                self.endRemoveRows()
                row = -1
            if fresh is None:
                continue
            if row >= 0:
                self._rows[row], self._keys[row] = fresh, None
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
            else:
                order = self._order(fresh)
                at = bisect.bisect_right(self._orders, order)
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows.insert(at, fresh)
                self._keys.insert(at, None)
                self._orders.insert(at, order)
                self.endInsertRows()


class ChoiceDelegate(QStyledItemDelegate):
    """Category and gender are edited with a list of their translated labels, never typed."""

    TABLES = {SpeakerModel.CATEGORY: labels.CATEGORY, SpeakerModel.GENDER: labels.GENDER}

    def initStyleOption(self, option, index: Index) -> None:  # noqa: ANN001, N802
        """Names lose their middle (the view's mode); the other columns their end ("Parliamen…")."""
        super().initStyleOption(option, index)
        if index.column() != SpeakerModel.NAME:
            option.textElideMode = Qt.TextElideMode.ElideRight

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: ANN001, N802
        table = self.TABLES.get(index.column())
        if table is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key in table:
            combo.addItem(labels.label(table, key), key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: ANN001, N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class SpeakerFilter(PlainTextMatch, QSortFilterProxyModel):
    """Type-ahead filter over names, titles, organisations and countries (folded).

    Rows come in the model's own order (by name); a click on a column header sorts here
    (see the speakers panel), a click back on Name ascending returns to the model's order.
    """

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        key = self.sourceModel().search_key(row)  # type: ignore[attr-defined]
        return all(w in key for w in self._words)
