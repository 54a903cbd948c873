"""All outcome questions with their live coverage, so unaddressed ones stand out.

Coverage (contributions, recommendations, minutes) comes from
``service.coverage_apart()``, counted in a worker at most a few times a second
after a change notice (coalesced by a single-shot timer), never per keystroke
and never on the window's thread.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import DomainError, Question
from sahel_panel.domain.stats import Coverage
from sahel_panel.services import Change, SessionService
from sahel_panel.store import StoreError
from sahel_panel.ui.core.apart import count_apart
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.text.locale_text import ui_language
from sahel_panel.ui.text.plain import tooltip

Index = QModelIndex | QPersistentModelIndex
QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 3
UNADDRESSED_ROLE = Qt.ItemDataRole.UserRole + 4
_WATCHED = {"contribution", "recommendation", "turn", "question"}
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FONT, _ALIGNMENT, _FOREGROUND, _BACKGROUND, QUESTION_ID_ROLE,
                    UNADDRESSED_ROLE})
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class CoverageModel(QAbstractTableModel):
    NUMBER, TEXT, CONTRIBUTIONS, RECOMMENDATIONS, MINUTES = range(5)

    def __init__(self, service: SessionService, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.current_id: str | None = None
        self._questions: list[Question] = []
        self._coverage: dict[str, Coverage] = {}
        self._cache: dict[str, tuple[str, ...]] = {}  # display strings and tool tip by question id
        self._fonts: dict[bool, QFont] = {}
        self._known = False  # counts not read yet: shown blank, not as zeros (nothing is "unaddressed" yet)
        self._generation = 0  # a count started before a newer one is dropped when it arrives
        self._counted_at = None  # the moment the counts shown were taken (the open turn's time runs on)
        if service.reads_apart:
            self._apply(service.questions.list(), {})
            self.reload_apart()
        else:
            self.reload()

    def reload(self) -> None:
        """Count now, on this thread (tests, and files read through a copy in memory)."""
        self._generation += 1
        self._counted_at = self.service.now()
        self._known = True
        self._apply(self.service.questions.list(), {c.question_id: c for c in self.service.coverage()})

    def reload_apart(self) -> None:
        """Count in a worker on a connection of its own, then show: the sums read every row (0.1 s at
        100,000 contributions), which start-up and each recording would otherwise wait for."""
        if not self.service.reads_apart:
            self.reload()
            return
        self._generation += 1
        self._counted_at = now = self.service.now()
        service = self.service
        count_apart(lambda: (service.coverage_apart(now), now), self._generation, self, self._counted)

    def _counted(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        coverage, self._counted_at = result
        self._known = True
        try:
            questions = self.service.questions.list()
        except (DomainError, StoreError, sqlite3.ProgrammingError):  # the file was closed meanwhile
            return
        self._apply(questions, {c.question_id: c for c in coverage})

    def advance_open_turn(self) -> None:
        """Time passed, nothing changed: the open turn's question gains the minutes since the last
        count, in constant time (a recount read every row: 0.1 s at 100,000 contributions)."""
        if not self._known or self._counted_at is None:
            return
        now = self.service.now()
        turn = self.service.turns.current()
        cov = self._coverage.get(turn.question_id) if turn is not None and turn.question_id else None
        if cov is None:
            self._counted_at = now
            return
        self._coverage[cov.question_id] = replace(
            cov, seconds=cov.seconds + max(0.0, (now - self._counted_at).total_seconds()))
        self._counted_at = now
        self._cache.pop(cov.question_id, None)
        row = self.row_of(cov.question_id)
        self.dataChanged.emit(self.index(row, self.MINUTES), self.index(row, self.MINUTES))

    def _apply(self, questions: list[Question], coverage: dict[str, Coverage]) -> None:
        if [q.id for q in questions] != [q.id for q in self._questions]:
            self.beginResetModel()
            self._questions, self._coverage = questions, coverage
            self._cache.clear()
            self.endResetModel()
        else:
            self._questions, self._coverage = questions, coverage
            self._cache.clear()
            if questions:
                self.dataChanged.emit(self.index(0, 0), self.index(len(questions) - 1, self.MINUTES))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def coverage(self, row: int) -> Coverage | None:
        return self._coverage.get(self._questions[row].id)

    def row_of(self, question_id: str | None) -> int:
        return next((i for i, q in enumerate(self._questions) if q.id == question_id), -1)

    def _cells(self, q: Question) -> tuple[str, ...]:
        """The five display strings and the tool tip of one row, computed once per reload or language
        switch: a view asks for every role of every cell each time it lays out or paints."""
        cached = self._cache.get(q.id)
        if cached is None:
            cov = self._coverage.get(q.id)
            unaddressed = self._known and (cov is None or not cov.addressed)
            text = q.display(ui_language())[0]
            note = QCoreApplication.translate("QuestionList", "Not yet addressed") if unaddressed else ""
            counts = ("", "", "") if not self._known else ("0", "0", "0") if cov is None else (
                str(cov.contributions), str(cov.recommendations), f"{cov.seconds / 60:.0f}")
            mark = "" if not self._known else "○ " if unaddressed else "● "
            cached = (f"{mark}{q.position}", text, *counts, f"{text}\n{note}".strip())
            self._cache[q.id] = cached
        return cached

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        if role not in _ROLES or not index.isValid():
            return None
        q = self._questions[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return self._cells(q)[col] if 0 <= col <= self.MINUTES else None
        if role == _TOOLTIP:
            return tooltip(self._cells(q)[5])
        if role == _FONT:
            bold = q.id == self.current_id  # no italic: the bundled font has none, Arabic would fall back
            font = self._fonts.get(bold)
            if font is None:
                font = self._fonts[bold] = QFont()
                font.setBold(bold)
            return QFont(font)
        if role == _ALIGNMENT:
            return _ALIGN_CENTER if col != self.TEXT else None
        if role == QUESTION_ID_ROLE:
            return q.id
        cov = self._coverage.get(q.id)
        unaddressed = self._known and (cov is None or not cov.addressed)
        if role == UNADDRESSED_ROLE:
            return unaddressed
        if role == _FOREGROUND and unaddressed:
            return QBrush(QColor("#a33a00"))
        if role == _BACKGROUND and q.id == self.current_id:
            return QBrush(QColor("#dbe9ff"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("#", QCoreApplication.translate("QuestionList", "Question"), QCoreApplication.translate("QuestionList", "Contrib."), QCoreApplication.translate("QuestionList", "Recom."), QCoreApplication.translate("QuestionList", "Min."))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return ("", "", QCoreApplication.translate("QuestionList", "Contributions"), QCoreApplication.translate("QuestionList", "Recommendations (not withdrawn)"), QCoreApplication.translate("QuestionList", "Minutes of speaking"))[
                section]
        return None

    def set_current(self, question_id: str | None) -> None:
        old, self.current_id = self.row_of(self.current_id), question_id
        for row in {old, self.row_of(question_id)} - {-1}:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.MINUTES))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.MINUTES)
        self._cache.clear()
        if self._questions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._questions) - 1, self.MINUTES))


class TwoLineDelegate(QStyledItemDelegate):
    """Rows two lines tall whatever their text: the view never measures a question to lay out."""

    LINES = 2

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), option.fontMetrics.lineSpacing() * self.LINES + 6)


_NARROW = (CoverageModel.NUMBER, CoverageModel.CONTRIBUTIONS, CoverageModel.RECOMMENDATIONS, CoverageModel.MINUTES)


class QuestionList(QWidget):
    """The questions dock: click or Enter makes a question current."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionList")
        self.document = document
        self.model = CoverageModel(document.service, self)
        self.model.set_current(document.current_question_id)
        self.view = QTreeView(objectName="questionCoverage")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        # Two wrapped lines a question (the rest cut with "…", the whole question in the tooltip and in
        # the header once chosen): uniform rows keep all fourteen in view on a laptop, and the question
        # column takes whatever width the dock is given.
        self.view.setUniformRowHeights(True)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CoverageModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for col in _NARROW:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.view.activated.connect(self._activate)
        self.view.clicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self._pending = QTimer(self, singleShot=True, interval=250)
        self._pending.timeout.connect(self.model.reload_apart)
        self._minutes = QTimer(self, interval=30_000)  # an open turn's minutes grow without notices
        self._minutes.timeout.connect(self.model.advance_open_turn)
        self._minutes.start()
        document.changed.connect(self._on_change)
        document.current_question_changed.connect(self._current_changed)
        self._retranslate_view()  # the model was just built in the current language

    def unaddressed_positions(self) -> list[int]:
        return [r + 1 for r in range(self.model.rowCount())
                if self.model.data(self.model.index(r, 0), UNADDRESSED_ROLE)]

    def focus(self) -> None:
        self.view.setFocus()
        row = self.model.row_of(self.document.current_question_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _activate(self, index: QModelIndex) -> None:
        qid = index.data(QUESTION_ID_ROLE)
        if qid:
            self.document.set_current_question(qid)

    def _current_changed(self, question_id: str | None) -> None:
        self.model.set_current(question_id)
        row = self.model.row_of(question_id)
        if row >= 0:
            self.view.scrollTo(self.model.index(row, 0))

    def _on_change(self, change: Change) -> None:
        if change.entity in _WATCHED:
            self._pending.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and not self.document.closed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._retranslate_view()
        self.model.retranslate()

    def _fit_columns(self) -> None:
        """Narrow columns sized from their header and widest possible figure, once per language.

        Sizing them to contents measured every cell at each layout pass (start-up and every refresh).
        """
        header = self.view.header()
        bold = QFont(self.view.font())
        bold.setBold(True)
        cells, titles = QFontMetrics(bold), header.fontMetrics()
        for col, sample in zip(_NARROW, ("○ 00", "000", "000", "000"), strict=True):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            header.resizeSection(col, max(cells.horizontalAdvance(sample), titles.horizontalAdvance(title)) + 12)

    def _retranslate_view(self) -> None:
        self._fit_columns()
        self.view.setAccessibleName(QCoreApplication.translate("QuestionList", "Outcome questions and their coverage"))
        self.view.setToolTip(QCoreApplication.translate("QuestionList", "○ not yet addressed · ● addressed. Enter or click makes a question current."))
