"""Ctrl+F: find a contribution or recommendation by its words and jump to it.

Non-modal, so the rapporteur can keep it open while the panel goes on. Search
runs as the user types, debounced, through the services' full-text search;
results are shown as plain text (what speakers said is data, never markup).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import DomainError
from sahel_panel.services.search import SearchHit
from sahel_panel.store import StoreError
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.recommendations.list_view import embedded
from sahel_panel.ui.text.errors import error_text
from sahel_panel.ui.text.plain import plain_label, tooltip
from sahel_panel.ui.text.plurals import plurals

DEBOUNCE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole


def one_line(text: str) -> str:
    """Snippets fold newlines and runs of spaces, so each hit is one readable row."""
    return " ".join(text.split())


class SearchDialog(QDialog):
    """Search box over a results list; Enter or double-click reveals the hit in the window."""

    hit_chosen = Signal(str, str)  # kind, id (after the document was asked to reveal it)

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A window of its own, not a dialog kept above the main window: once a hit is chosen the
        # main window comes to the front with the result, instead of staying hidden behind the search.
        self.setWindowFlags(Qt.WindowType.Window)
        self.document = document
        self.setModal(False)
        self.setWindowTitle(QCoreApplication.translate("SearchDialog", "Search"))
        self.setAccessibleName(QCoreApplication.translate("SearchDialog", "Search contributions and recommendations"))
        self.resize(720, 420)
        self._hits: list[SearchHit] = []

        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(QCoreApplication.translate("SearchDialog", "Words to find in contributions and recommendations"))
        self.query.setAccessibleName(QCoreApplication.translate("SearchDialog", "Search text"))
        self.results = QTreeWidget(self)
        self.results.setAccessibleName(QCoreApplication.translate("SearchDialog", "Search results"))
        self.results.setColumnCount(4)
        self.results.setHeaderLabels([QCoreApplication.translate("SearchDialog", "Kind"), QCoreApplication.translate("SearchDialog", "Question"), QCoreApplication.translate("SearchDialog", "Speaker"), QCoreApplication.translate("SearchDialog", "Text")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAllColumnsShowFocus(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.results.header()
        # Widths from the words the columns can hold, not ResizeToContents (which measures every row
        # of every search); the reader can still drag them.
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.status = plain_label(QLabel(self))
        self.status.setAccessibleName(QCoreApplication.translate("SearchDialog", "Search status"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._on_text_changed)
        self.query.installEventFilter(self)
        # Enter and double-click (the view ignores the Enter afterwards; QDialog has no default button to press).
        self.results.itemActivated.connect(self._activate_item)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, activated=self.focus_query)
        document.changed.connect(self._on_changed)

    # -- public ------------------------------------------------------------
    def focus_query(self) -> None:
        """Show, raise and select the search text, ready to type over (what Ctrl+F should do)."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def run_search(self) -> None:
        """Search now (the debounce timer calls this); keeps the chosen row when it is still found."""
        self._timer.stop()
        text = self.query.text()
        keep = self._current_key()
        try:
            self._hits = self.document.service.search(text, limit=200) if text.strip() else []
        except (DomainError, StoreError) as exc:
            self._hits = []
            self.status.setText(error_text(exc))
            self.results.clear()
            return
        self._fill(keep)
        if not text.strip():
            self.status.setText("")
        elif not self._hits:
            self.status.setText(QCoreApplication.translate("SearchDialog", "Nothing found."))
        else:
            self.status.setText(plurals().results(len(self._hits)))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.status.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                                 | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def choose(self, hit: SearchHit) -> None:
        """*View* the hit's question and reveal the hit; the live question (where Ctrl+Enter records and
        what the projector shows) does not move. The main window comes to the front with the result."""
        if hit.question_id is not None:
            self.document.set_current_question(hit.question_id)
        self.document.reveal(hit.kind, hit.id)
        self.hit_chosen.emit(hit.kind, hit.id)
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if window is not None:
            window.raise_()
            window.activateWindow()

    # -- internals ---------------------------------------------------------
    def _current_key(self) -> tuple[str, str] | None:
        item = self.results.currentItem()
        if item is None:
            return None
        hit: SearchHit = item.data(0, HIT_ROLE)
        return hit.kind, hit.id

    def _fill(self, keep: tuple[str, str] | None) -> None:
        service = self.document.service
        positions = {q.id: q.position for q in service.questions.list()}
        speakers = service.speakers_by_id()
        kinds = {"contribution": QCoreApplication.translate("SearchDialog", "Contribution"), "recommendation": QCoreApplication.translate("SearchDialog", "Recommendation")}
        self.results.clear()
        chosen = None
        lead = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        # One query for the speakers of every contribution hit, not one get() per hit.
        contributions = service.contributions.get_many(h.id for h in self._hits if h.kind == "contribution")
        self._size_columns(kinds)
        items = []
        for hit in self._hits:
            who = ""
            if hit.kind == "contribution":
                found = contributions.get(hit.id)
                speaker = speakers.get(found.speaker_id) if found is not None and found.speaker_id else None
                who = speaker.name if speaker else ""
            question = str(positions[hit.question_id]) if hit.question_id in positions else QCoreApplication.translate("SearchDialog", "General")
            snippet = one_line(hit.snippet)
            item = QTreeWidgetItem([kinds.get(hit.kind, hit.kind), question, embedded(who), embedded(snippet)])
            item.setData(0, HIT_ROLE, hit)
            item.setToolTip(3, tooltip(one_line(hit.snippet)))
            for col in range(4):
                item.setTextAlignment(col, lead)
            items.append(item)
            if keep == (hit.kind, hit.id):
                chosen = item
        self.results.addTopLevelItems(items)
        if chosen is None and self.results.topLevelItemCount():
            chosen = self.results.topLevelItem(0)
        if chosen is not None:
            self.results.setCurrentItem(chosen)

    def _size_columns(self, kinds: dict[str, str]) -> None:
        """Kind and question columns as wide as their longest possible word; the speaker's a fixed share."""
        metrics = self.results.fontMetrics()
        pad = 4 * metrics.averageCharWidth()
        header = self.results.header()
        header.resizeSection(0, max(metrics.horizontalAdvance(k) for k in kinds.values()) + pad)
        header.resizeSection(1, max(metrics.horizontalAdvance(QCoreApplication.translate("SearchDialog", "General")),
                                    metrics.horizontalAdvance("88")) + pad)
        header.resizeSection(2, 18 * metrics.averageCharWidth())

    def _on_text_changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()  # restarted by every keystroke: one search when typing pauses
        else:
            self.run_search()

    def _activate_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.choose(hit)

    def activate_current(self) -> None:
        if self._timer.isActive():
            self.run_search()  # Enter pressed before the debounce fired: search first
        item = self.results.currentItem()
        if item is not None:
            self._activate_item(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """In the search box, Enter opens the chosen hit and Up/Down move through results."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QCoreApplication.sendEvent(self.results, event)
                return True
        return super().eventFilter(watched, event)

    def _on_changed(self, change: object) -> None:
        if self.isVisible() and self.query.text().strip() and \
                getattr(change, "entity", "") in ("contribution", "recommendation", "question"):
            self._timer.start()
