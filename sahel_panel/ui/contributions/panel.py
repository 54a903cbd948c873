"""The central panel: the contribution editor above the list of the current question's contributions.

Ctrl+Enter records (or, in edit mode, saves) through one undoable command.
The list is a drag source (``CONTRIBUTION_MIME``) and publishes its selection
to the document, so the recommendations panel can link what is selected.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain import language
from sahel_panel.domain.model import DomainError
from sahel_panel.services import Change
from sahel_panel.services.drafts import Draft
from sahel_panel.ui.contributions import commands
from sahel_panel.ui.contributions.editor import ContributionEditor
from sahel_panel.ui.contributions.model import CONTRIBUTION_ID_ROLE, ContributionModel
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.core.drafts import DraftKeeper
from sahel_panel.ui.text.errors import error_text
from sahel_panel.ui.text.locale_text import ui_language
from sahel_panel.ui.text.plain import menu_text

EDITOR_DRAFT = "contribution-editor"
EDIT_DRAFT = "contribution-edit"
WARM_UP_MS = 1500  # after start-up to idle (well under a second), before anyone has typed a sentence
"""Draft of the changed text of a recorded contribution being edited (F2)."""


class ContributionsPanel(QWidget):
    def __init__(self, document: SessionDocument, drafts: DraftKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributionsPanel")
        self.document, self.service, self.drafts = document, document.service, drafts
        self.editor = ContributionEditor(self)
        self.model = ContributionModel(self.service, self)
        self.list_label = QLabel(objectName="contributionsHeading")
        # A table, not a tree: a QTreeView lays out every row again after each insertion (asking
        # Python for flags and children of all ~7,000 rows of a question at 100k contributions),
        # while a table's rows are header sections of one fixed height.
        self.view = QTableView(objectName="contributionList")
        self.list_label.setBuddy(self.view)
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        # Times are always HH:MM: a fixed width spares measuring every row at each layout.
        header.setSectionResizeMode(ContributionModel.TIME, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ContributionModel.TIME, self.view.fontMetrics().horizontalAdvance("00:00") + 24)
        header.resizeSection(ContributionModel.SPEAKER, 160)
        header.resizeSection(ContributionModel.ORGANISATION, 110)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.list_label)
        lower_layout.addWidget(self.view, 1)
        # The whole of the selected contribution, wrapped: rows are one line each at 1366 px.
        self.preview = QPlainTextEdit(objectName="contributionPreview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(QCoreApplication.translate("ContributionsPanel", "Selected contribution, in full"))
        self.preview.setFixedHeight(self.preview.fontMetrics().lineSpacing() * 4 + 12)
        lower_layout.addWidget(self.preview)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_preview())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("contributionsSplitter")
        splitter.addWidget(self.editor)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 330])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.editor.tags_edit, self.view)

        self.editor.set_detector(lambda text, speaker_id: self.service.detect_language(
            text, speaker_id, "contribution", ui_language()))
        self.editor.text.submitted.connect(self.commit)
        self.editor.text.cancelled.connect(self.cancel_edit)
        # The language model loads in ~0.25 s (its library imports requests): done in a worker
        # shortly after the window is up, not on the first pause in typing, nor before the first paint.
        QTimer.singleShot(WARM_UP_MS, lambda: QThreadPool.globalInstance().start(language.warm_up))
        self.editor.set_speakers(list(self.model._speakers.values()))
        self.editor.set_questions(self.service.questions.list(), ui_language())
        current = self.service.turns.current()
        self.editor.set_speaker(current.speaker_id if current else None)
        drafts.watch(EDITOR_DRAFT, self.editor.text, self._draft_context, self.editor.stashed_text)
        drafts.watch(EDIT_DRAFT, self.editor.text, self._edit_draft_context, self.editor.edited_text)
        document.changed.connect(self._on_change)
        document.current_question_changed.connect(self._question_changed)
        document.current_question_changed.connect(lambda _q: self._show_target())
        document.live_question_changed.connect(lambda _q: self._show_target())
        document.reveal_requested.connect(self.reveal)
        self.model.load(document.current_question_id)
        self.set_read_only(document.read_only)
        self._retranslate(model=False)  # the model was just loaded in the current language
        self._show_target()

    # -- recording and editing --------------------------------------------------------
    def commit(self) -> bool:
        """Ctrl+Enter: record the text (or save the edit) and get ready for the next one."""
        if self.document.read_only:
            return False
        values = self.editor.values(ui_language())
        if not values["text"]:
            if self.editor.editing_id is None:
                self.document.failed.emit(QCoreApplication.translate("ContributionsPanel", "Nothing to record: the editor is empty."))
                return False
        if self.editor.editing_id is not None:
            return self._save_edit(values)
        command = commands.RecordContribution(self.service, question_id=self.document.live_question_id,
                                              **values)  # type: ignore[arg-type]
        if not self.document.execute(command):
            return False
        self.editor.clear_after_record()
        self.drafts.recorded(EDITOR_DRAFT)
        if command.contribution is not None:
            self.select(command.contribution.id, focus=False)
        self.editor.text.setFocus()
        return True

    def _save_edit(self, values: dict[str, object]) -> bool:
        cid = self.editor.editing_id
        assert cid is not None
        try:
            current = self.service.contributions.get(cid)
        except DomainError as exc:
            self.document.failed.emit(error_text(exc))
            self._keep_orphaned_edit()
            return False
        values["question_id"] = self.editor.question_combo.currentData()
        if self.editor.language_combo.currentData() is None:
            values["language"] = current.language
        changes = {k: v for k, v in values.items() if getattr(current, k) != v}
        if changes and not self.document.execute(commands.EditContribution(self.service, cid, **changes)):
            return False
        self.editor.end_edit()
        self.editor.set_speaker(self._floor_speaker())
        self.drafts.recorded(EDITOR_DRAFT)
        self.drafts.recorded(EDIT_DRAFT)
        return True

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.document.read_only:
            return
        c = self.service.contributions.get(ids[0])
        self.editor.begin_edit(c, self.model.speaker(c.speaker_id))

    def _keep_orphaned_edit(self) -> None:
        """The contribution being edited is gone (an undo of its recording): end the edit, keep the words.

        The typed text goes after the unrecorded text, to be recorded again with Ctrl+Enter.
        """
        text, speaker = self.editor.plain_text(), self.editor.speaker_id()
        self.editor.end_edit()
        if not self.editor.plain_text().strip():
            self.editor.set_speaker(self._floor_speaker())
        if text.strip():
            self.editor.add_unrecorded(text, speaker if not self.editor.plain_text().strip() else None)
        self.drafts.recorded(EDIT_DRAFT)
        self.drafts.flush()  # the words are now the editor's draft, at once

    def cancel_edit(self) -> None:
        if self.editor.editing_id is not None:
            self.editor.end_edit()
            self.editor.set_speaker(self._floor_speaker())

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.document.read_only:
            if self.editor.editing_id in ids:
                self.cancel_edit()
            self.document.execute(commands.DeleteContributions(self.service, ids))

    def reattribute(self, ids: list[str], **change: object) -> bool:
        """Another speaker or question for every contribution in ``ids``: all or none, one undo step."""
        if not ids or self.document.read_only:
            return False
        return self.document.execute(commands.ReattributeContributions(self.service, ids, **change))

    # -- selection and reveal ---------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.contribution(r).id for r in rows]

    def select(self, contribution_id: str, focus: bool = True) -> bool:
        row = self.model.row_of(contribution_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        # Explicit flags: QAbstractItemView.setCurrentIndex follows the keyboard modifiers held at
        # that instant (Ctrl toggles), so a reveal reached with Ctrl down would deselect the row.
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        if focus:
            self.view.setFocus()
        return True

    def reveal(self, kind: str, item_id: str) -> None:
        if kind != "contribution":
            return
        try:
            c = self.service.contributions.get(item_id)
        except DomainError as exc:
            self.document.failed.emit(error_text(exc))
            return
        self.document.set_current_question(c.question_id)
        self.select(item_id)

    def focus_editor(self) -> None:
        self.editor.text.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.text.setReadOnly(read_only)
        for w in (self.editor.speaker_combo, self.editor.kind_combo, self.editor.language_combo,
                  self.editor.tags_edit):
            w.setEnabled(not read_only)

    def restore_draft(self, draft: Draft) -> None:
        """Put recovered text back in the editor (after what is there, never over it).

        A draft of the recording editor comes back with its speaker and question;
        a draft of an edit reopens that contribution for editing with the changed text.
        """
        if draft.editor == EDIT_DRAFT:
            cid = draft.context.get("contribution_id")
            try:
                c = self.service.contributions.get(cid) if cid else None
            except DomainError:
                c = None
            if c is not None and self.editor.editing_id in (None, c.id):
                self.document.set_current_question(c.question_id)
                self.editor.begin_edit(c, self.model.speaker(c.speaker_id))
                self.editor.text.setPlainText(draft.text)
                self.editor.text.moveCursor(self.editor.text.textCursor().MoveOperation.End)
            else:  # the contribution is gone: keep the words as text to record
                self.editor.add_unrecorded(draft.text)
            return
        if draft.editor != EDITOR_DRAFT:
            return
        qid = draft.context.get("question_id")
        if self.editor.editing_id is None and qid and qid in {q.id for q in self.service.questions.list()}:
            self.document.set_current_question(qid)
            self.document.set_live_question(qid)  # the recovered words go where they were being typed
        sid = draft.context.get("speaker_id")
        self.editor.add_unrecorded(draft.text, sid if sid and self.model.speaker(sid) is not None else None)

    # -- internals ------------------------------------------------------------------------
    def _show_target(self) -> None:
        ids = [q.id for q in self.service.questions.list()]
        live = self.document.live_question_id
        self.editor.set_target(ids.index(live) + 1 if live in ids else 0, live != self.document.current_question_id)

    def _draft_context(self) -> dict:
        return {"speaker_id": self.editor.speaker_id(), "question_id": self.document.live_question_id}

    def _edit_draft_context(self) -> dict:
        return {"contribution_id": self.editor.editing_id, "speaker_id": self.editor.speaker_id(),
                "question_id": self.editor.question_combo.currentData()}

    def _floor_speaker(self) -> str | None:
        current = self.service.turns.current()
        return current.speaker_id if current else None

    def _on_change(self, change: Change) -> None:
        self.model.apply(change)
        if change.entity == "speaker":
            self.editor.set_speakers(list(self.model._speakers.values()))
        elif change.entity == "turn":
            self.editor.set_speaker(self._floor_speaker())
        elif change.entity == "question":
            self.editor.set_questions(self.service.questions.list(), ui_language())
        if change.entity in ("contribution", "question"):
            self._update_heading()

    def _question_changed(self, question_id: str | None) -> None:
        self.model.load(question_id)
        self._update_heading()
        self.document.set_selected_contributions([])

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self.document.set_selected_contributions(self.selected_ids())
        self._show_preview()

    def _show_preview(self) -> None:
        """Speaker, time and the full text of the current contribution, in the text's own direction."""
        index = self.view.currentIndex()
        if not index.isValid():
            self.preview.clear()
            return
        c = self.model.contribution(index.row())
        speaker = self.model.speaker(c.speaker_id)
        who = speaker.label() if speaker else QCoreApplication.translate("ContributionModel", "(no speaker)")
        org = f" ({speaker.organisation})" if speaker and speaker.organisation else ""
        self.preview.setPlainText(f"{self.model.data(self.model.index(index.row(), 0))} — {who}{org}\n{c.text}")
        option = self.preview.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if c.language == "ar" else Qt.LayoutDirection.LeftToRight)
        self.preview.document().setDefaultTextOption(option)

    def _update_heading(self) -> None:
        n = self.model.rowCount()
        self.list_label.setText(QCoreApplication.translate("ContributionsPanel", "Contri&butions on this question (%1)").replace("%1", str(n)))

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu | None:
        """The selected contributions' menu (None when nothing is selected); names and questions shown literally."""
        ids = self.selected_ids()
        if not ids:
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        writable = not self.document.read_only
        edit = menu.addAction(QCoreApplication.translate("ContributionsPanel", "Edit…"), self.edit_selected)
        edit.setEnabled(writable and len(ids) == 1)
        speakers = menu.addMenu(QCoreApplication.translate("ContributionsPanel", "Re-attribute to speaker"))
        speakers.setEnabled(writable)
        for s in sorted(self.model._speakers.values(), key=lambda s: s.name.casefold()):
            act = QAction(menu_text(s.label()), speakers)
            act.triggered.connect(lambda _=False, sid=s.id: self.reattribute(ids, speaker_id=sid))
            speakers.addAction(act)
        questions = menu.addMenu(QCoreApplication.translate("ContributionsPanel", "Move to question"))
        questions.setEnabled(writable)
        for i in range(self.editor.question_combo.count()):
            qid = self.editor.question_combo.itemData(i)
            act = QAction(menu_text(self.editor.question_combo.itemText(i)), questions)
            act.setEnabled(qid != self.document.current_question_id)
            act.triggered.connect(lambda _=False, q=qid: self.reattribute(ids, question_id=q))
            questions.addAction(act)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ContributionsPanel", "Delete"), self.delete_selected).setEnabled(writable)
        return menu

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and not self.document.closed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._retranslate(model=True)

    def _retranslate(self, model: bool) -> None:
        self.view.setAccessibleName(QCoreApplication.translate("ContributionsPanel", "Contributions on the current question"))
        if model:  # every row again (and the time column resized to contents): not needed right after a load
            self.model.retranslate()
        self.editor.retranslate()
        self.editor.set_questions(self.service.questions.list(), ui_language())
        self._update_heading()


__all__ = ["CONTRIBUTION_ID_ROLE", "EDITOR_DRAFT", "EDIT_DRAFT", "ContributionsPanel"]
