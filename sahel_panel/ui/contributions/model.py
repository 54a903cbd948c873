"""Contributions of one question as a Qt item model, kept in step with change notices.

Switching question reloads one question's rows (one indexed query); any
other change touches only the rows it names, so a session with thousands of
contributions stays instant while the rapporteur types.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sahel_panel.domain.clock import local_clock
from sahel_panel.domain.model import Contribution, DomainError, Speaker
from sahel_panel.services import Change, SessionService
from sahel_panel.ui.core.document import CONTRIBUTION_MIME
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.bidi import PLAIN_TEXT_ROLE, PlainTextMatch, embedded, plain_display
from sahel_panel.ui.text.plain import tooltip

Index = QModelIndex | QPersistentModelIndex
CONTRIBUTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_UNSET = object()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROW_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
              | Qt.ItemFlag.ItemIsDragEnabled)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, int(Qt.ItemDataRole.TextAlignmentRole), CONTRIBUTION_ID_ROLE, int(PLAIN_TEXT_ROLE)})
_MATCH = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ALIGN_AR = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_OTHER = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


class ContributionModel(PlainTextMatch, QAbstractTableModel):
    TIME, SPEAKER, ORGANISATION, TEXT = range(4)

    def __init__(self, service: SessionService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.question_id: object = _UNSET
        self._rows: list[Contribution] = []
        self._speakers: dict[str, Speaker] = service.speakers_by_id()
        self._cache: dict[str, tuple[str, str, str, str, int]] = {}  # display strings by contribution id
        self.zone = service.info().time_zone  # times read at the venue, whatever this computer's zone

    def load(self, question_id: str | None) -> None:
        self.beginResetModel()
        self.question_id = question_id
        self.zone = self.service.info().time_zone
        self._rows = self.service.contributions.list(question_id)
        self._cache.clear()
        self.endResetModel()

    # -- reading ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def contribution(self, row: int) -> Contribution:
        return self._rows[row]

    def row_of(self, contribution_id: str) -> int:
        """Looked for from the end: what is asked for is nearly always what was just recorded."""
        rows = self._rows
        return next((i for i in range(len(rows) - 1, -1, -1) if rows[i].id == contribution_id), -1)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return self._speakers.get(speaker_id) if speaker_id else None

    def _display(self, c: Contribution) -> tuple[str, str, str, str, int]:
        """Time, speaker, organisation, text and text alignment of one row, computed once per refresh:
        a view asks for every role of every cell each time it lays out or paints."""
        cached = self._cache.get(c.id)
        if cached is None:
            speaker = self.speaker(c.speaker_id)
            first = " ".join(c.text.split())
            tags = " ".join(f"#{t}" for t in c.tags)
            kind = "" if c.kind == "statement" else f"[{labels.label(labels.KIND, c.kind)}] "
            # User text keeps its own direction whatever the window's (see ui/text/bidi.py).
            cached = (local_clock(c.recorded_at, self.zone),
                      embedded(speaker.label()) if speaker
                      else QCoreApplication.translate("ContributionModel", "(no speaker)"),
                      embedded(speaker.organisation) if speaker and speaker.organisation else "",
                      embedded(f"{kind}{first}{'  ' + tags if tags else ''}", first),
                      _ALIGN_AR if c.language == "ar" else _ALIGN_OTHER)
            self._cache[c.id] = cached
        return cached

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        if role not in _ROLES or not index.isValid():
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self._display(c)[col] if 0 <= col <= self.TEXT else None
        if role == _TOOLTIP:
            if col == self.TEXT:
                return tooltip(c.text if len(c.text) < 2000 else c.text[:2000] + "…")
            if col in (self.SPEAKER, self.ORGANISATION):  # long names are elided in the cell
                speaker = self.speaker(c.speaker_id)
                return tooltip(speaker.label() if col == self.SPEAKER else speaker.organisation) if speaker else None
        elif role == CONTRIBUTION_ID_ROLE:
            return c.id
        elif role == PLAIN_TEXT_ROLE:  # type-to-jump compares the text without its bidi marks
            return plain_display(self, index)
        elif col == self.TIME:  # alignment
            return _ALIGN_CENTER
        elif col == self.TEXT:  # each text sits on its own script's side, whatever the UI direction
            return self._display(c)[4]
        return None

    def match(self, start, role, value, hits=1, flags=_MATCH):  # noqa: ANN001, ANN201
        """Type-to-jump: letters typed on the time column (where a selected row's current cell is)
        look for the speaker; digits still look for a time."""
        if role == Qt.ItemDataRole.DisplayRole and start.isValid() and start.column() == self.TIME \
                and isinstance(value, str) and value[:1] and not value[:1].isdigit():
            start = start.sibling(start.row(), self.SPEAKER)
        return super().match(start, role, value, hits, flags)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("ContributionModel", "Time"), QCoreApplication.translate("ContributionModel", "Speaker"), QCoreApplication.translate("ContributionModel", "Organisation"), QCoreApplication.translate("ContributionModel", "Contribution"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every cell at each selection change: a constant, not enum arithmetic per call.
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CONTRIBUTION_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = list(dict.fromkeys(self._rows[i.row()].id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(CONTRIBUTION_MIME, QByteArray("\n".join(ids).encode("utf-8")))
        mime.setText("\n\n".join(self._rows[self.row_of(i)].text for i in ids))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._cache.clear()
        self._all_changed()

    # -- following the store -------------------------------------------------------
    def apply(self, change: Change) -> None:
        if change.entity == "session":  # the venue's time zone may have changed: times are shown in it
            self.zone = self.service.info().time_zone
            self._cache.clear()
            self._all_changed()
        elif change.entity == "speaker":
            self._speakers = self.service.speakers_by_id()
            self._cache.clear()
            self._all_changed()
        elif change.entity == "contribution":
            for cid in change.ids:
                self._apply_one(change.op, cid)

    def _apply_one(self, op: str, cid: str) -> None:
        self._cache.pop(cid, None)
        row = self.row_of(cid)
        fresh: Contribution | None = None
        if op != "removed":
            try:
                fresh = self.service.contributions.get(cid)
            except DomainError:
                fresh = None
        belongs = fresh is not None and fresh.question_id == self.question_id
        if row >= 0 and not belongs:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        elif row >= 0 and fresh is not None:
            self._rows[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
        elif belongs and fresh is not None:
            at = len(self._rows)
            key = (fresh.recorded_at,)
            while at > 0 and (self._rows[at - 1].recorded_at,) > key:
                at -= 1
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, fresh)
            self.endInsertRows()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))
