"""Recommendations of the current question (or the general ones): draft, revise, order, status, links.

The panel never changes the store itself: every edit is a command from
:mod:`recommendation_commands` run through :meth:`SessionDocument.execute`, so
it is one undo step; the list is rebuilt from the services when they report a
change, which keeps it true after undo/redo from anywhere in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import STATUSES, DomainError, Recommendation
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.recommendations import commands as cmd
from sahel_panel.ui.recommendations.editor import RecommendationEditor
from sahel_panel.ui.recommendations.history import RecommendationHistoryDialog
from sahel_panel.ui.recommendations.list_view import (
    ID_ROLE,
    SPEAKERS_ROLE,
    STATUS_ROLE,
    RecommendationList,
    embedded,
    status_icon,
)
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.locale_text import joined, ui_language
from sahel_panel.ui.text.plain import tooltip

__all__ = ["ID_ROLE", "SPEAKERS_ROLE", "STATUS_ROLE", "RecommendationsPanel"]



class RecommendationsPanel(QWidget):
    """Recommendations for ``document.current_question_id``, or the general ones when :attr:`general` is on."""

    scope_changed = Signal(object)  # question id, or None for general recommendations

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setAccessibleName(QCoreApplication.translate("RecommendationsPanel", "Recommendations"))
        self._general = False
        self._history: RecommendationHistoryDialog | None = None
        self._build()
        self._make_actions()
        document.current_question_changed.connect(self._on_question_changed)
        document.changed.connect(self._on_changed)
        document.reveal_requested.connect(self._on_reveal)
        document.contribution_selection_changed.connect(lambda _ids: self._update_enabled())
        self.refresh()

    # -- construction ------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.general_button = QToolButton(self)
        self.general_button.setCheckable(True)
        self.general_button.toggled.connect(self.set_general)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.general_button)

        self.list = RecommendationList(self)
        self.list.setAccessibleName(QCoreApplication.translate("RecommendationsPanel", "Recommendations list"))
        self.list.currentItemChanged.connect(lambda *_: self._on_current_changed())
        self.list.itemDoubleClicked.connect(lambda _item: self.start_revision())
        self.list.contributions_dropped.connect(self.link)
        self.list.move_requested.connect(self._move_to_row)

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(QCoreApplication.translate("RecommendationsPanel", "Status"))
        for status in STATUSES:
            self.status_combo.addItem(status_icon(status), labels.label(labels.STATUS, status), status)
        self.status_combo.activated.connect(lambda i: self.set_status(self.status_combo.itemData(i)))
        self.link_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.up_button = QToolButton(self)
        self.down_button = QToolButton(self)
        tools = QHBoxLayout()
        tools.addWidget(self.status_combo)
        tools.addWidget(self.link_button)
        tools.addWidget(self.history_button)
        tools.addStretch(1)
        tools.addWidget(self.up_button)
        tools.addWidget(self.down_button)

        self.sources_label = QLabel(self)
        self.sources = QListWidget(self)
        self.sources.setAccessibleName(QCoreApplication.translate("RecommendationsPanel", "Supporting contributions"))
        self.sources.setMaximumHeight(62)  # the recommendations list above gets the space
        self.sources.setWordWrap(True)
        self.sources_label.setBuddy(self.sources)
        self.unlink_button = QPushButton(self)

        self.editor = RecommendationEditor(self)
        self.editor.set_detector(lambda text: self.document.service.detect_language(
            text, None, "recommendation", ui_language()))
        self.editor.submitted.connect(self._on_submitted)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addLayout(tools)
        sources_row = QHBoxLayout()
        sources_row.addWidget(self.sources_label, 1)
        sources_row.addWidget(self.unlink_button)
        layout.addLayout(sources_row)
        layout.addWidget(self.sources)
        layout.addWidget(self.editor)

    def _action(self, slot, keys: list[QKeySequence | str], on: QWidget | None = None,  # noqa: ANN001
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        (on or self).addAction(action)
        return action

    def _make_actions(self) -> None:
        """Shortcuts live on the panel (or its editor), so they act only where the rapporteur's focus is."""
        self.submit_action = self.editor.submit_action
        self.edit_action = self._action(self.start_revision, ["F2"], self.list, Qt.ShortcutContext.WidgetShortcut)
        self.delete_action = self._action(self.remove_current, ["Del"], self.list, Qt.ShortcutContext.WidgetShortcut)
        self.unlink_action = self._action(self.unlink_current_source, ["Del"], self.sources,
                                          Qt.ShortcutContext.WidgetShortcut)
        self.up_action = self._action(lambda: self.move_current(-1), ["Ctrl+Shift+Up"])
        self.down_action = self._action(lambda: self.move_current(1), ["Ctrl+Shift+Down"])
        self.link_action = self._action(self.link_selected, ["Ctrl+L"])
        self.history_action = self._action(self.show_history, ["Ctrl+H"])
        self.general_action = self._action(self.general_button.toggle, ["Ctrl+G"])
        self.status_actions = {
            status: self._action(lambda _=False, s=status: self.set_status(s), [f"Ctrl+{i}"])
            for i, status in enumerate(STATUSES, start=1)
        }
        for button, action, arrow in ((self.up_button, self.up_action, Qt.ArrowType.UpArrow),
                                      (self.down_button, self.down_action, Qt.ArrowType.DownArrow)):
            button.setDefaultAction(action)
            button.setArrowType(arrow)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.link_button.clicked.connect(self.link_selected)
        self.history_button.clicked.connect(self.show_history)
        self.unlink_button.clicked.connect(self.unlink_current_source)
        self.retranslate()

    def actions_for_help(self) -> list[QAction]:
        """The panel's shortcuts, for Help > Keyboard shortcuts."""
        return [self.submit_action, self.edit_action, self.up_action, self.down_action, self.link_action,
                self.history_action, self.general_action, *self.status_actions.values(), self.delete_action,
                self.unlink_action]

    def retranslate(self) -> None:
        """Set every visible text; call again after the UI language changed."""
        self.general_button.setText(QCoreApplication.translate("RecommendationsPanel", "General"))
        self.general_button.setToolTip(QCoreApplication.translate("RecommendationsPanel", "Show the general recommendations, not tied to a question (Ctrl+G)"))
        self.general_button.setAccessibleName(QCoreApplication.translate("RecommendationsPanel", "General recommendations"))
        self.link_button.setText(QCoreApplication.translate("RecommendationsPanel", "Link selected"))
        self.link_button.setToolTip(QCoreApplication.translate("RecommendationsPanel", "Link the contributions selected in the contributions list (Ctrl+L)"))
        self.history_button.setText(QCoreApplication.translate("RecommendationsPanel", "History…"))
        self.history_button.setToolTip(QCoreApplication.translate("RecommendationsPanel", "Every revision of this recommendation (Ctrl+H)"))
        self.unlink_button.setText(QCoreApplication.translate("RecommendationsPanel", "Unlink"))
        self.unlink_button.setToolTip(QCoreApplication.translate("RecommendationsPanel", "Detach the chosen supporting contribution (Del)"))
        self.sources_label.setText(QCoreApplication.translate("RecommendationsPanel", "Supporting contributions:"))
        self.editor.retranslate()
        texts = {
            "edit_action": QCoreApplication.translate("RecommendationsPanel", "Revise recommendation"), "delete_action": QCoreApplication.translate("RecommendationsPanel", "Delete recommendation"),
            "unlink_action": QCoreApplication.translate("RecommendationsPanel", "Unlink contribution"), "up_action": QCoreApplication.translate("RecommendationsPanel", "Move recommendation up"),
            "down_action": QCoreApplication.translate("RecommendationsPanel", "Move recommendation down"), "link_action": QCoreApplication.translate("RecommendationsPanel", "Link selected contributions"),
            "history_action": QCoreApplication.translate("RecommendationsPanel", "Recommendation history"), "general_action": QCoreApplication.translate("RecommendationsPanel", "Show general recommendations"),
        }
        for name, text in texts.items():
            getattr(self, name).setText(text)
        for status, action in self.status_actions.items():
            action.setText(QCoreApplication.translate("RecommendationsPanel", "Set status: %1").replace("%1", labels.label(labels.STATUS, status)))
        for i, status in enumerate(STATUSES):
            self.status_combo.setItemText(i, labels.label(labels.STATUS, status))
        self.up_button.setToolTip(QCoreApplication.translate("RecommendationsPanel", "Move up (Ctrl+Shift+Up)"))
        self.down_button.setToolTip(QCoreApplication.translate("RecommendationsPanel", "Move down (Ctrl+Shift+Down)"))
        self._update_title()

    # -- scope -------------------------------------------------------------
    @property
    def general(self) -> bool:
        return self._general

    def scope_question_id(self) -> str | None:
        """The question whose recommendations are listed; ``None`` means the general ones."""
        return None if self._general else self.document.current_question_id

    def set_general(self, on: bool) -> None:
        if on == self._general:
            return
        self._general = on
        self.general_button.blockSignals(True)
        self.general_button.setChecked(on)
        self.general_button.blockSignals(False)
        self.cancel_revision()
        self.refresh()
        self.scope_changed.emit(self.scope_question_id())

    def _on_question_changed(self, _question_id: object) -> None:
        if not self._general:
            self.cancel_revision()
            self.refresh()
            self.scope_changed.emit(self.scope_question_id())

    def _update_title(self) -> None:
        qid = self.scope_question_id()
        if qid is None:
            self.title.setText(QCoreApplication.translate("RecommendationsPanel", "General recommendations"))
            return
        try:
            position = self.document.service.questions.get(qid).position
        except DomainError:
            position = 0
        self.title.setText(QCoreApplication.translate("RecommendationsPanel", "Recommendations — question %1").replace("%1", str(position)))

    # -- showing -----------------------------------------------------------
    def recommendations(self) -> list[Recommendation]:
        return self.document.service.recommendations.list(self.scope_question_id())

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def select(self, recommendation_id: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == recommendation_id:
                self.list.setCurrentRow(i)
                self.list.scrollToItem(self.list.item(i))
                return True
        return False

    def _speaker_names(self, source_ids: tuple[str, ...], speakers: dict) -> list[str]:
        names: list[str] = []
        for cid in source_ids:
            try:
                speaker = speakers.get(self.document.service.contributions.get(cid).speaker_id)
            except DomainError:
                continue
            if speaker is not None and speaker.name not in names:
                names.append(speaker.name)
        return names

    def refresh(self) -> None:
        """Rebuild from the store, keeping the selected recommendation selected."""
        keep = self.current_id()
        recs = self.recommendations()
        speakers = self.document.service.speakers_by_id()
        self.list.blockSignals(True)
        self.list.clear()
        for n, rec in enumerate(recs, start=1):
            names = self._speaker_names(rec.source_ids, speakers)
            status = labels.label(labels.STATUS, rec.status)
            lines = [embedded(f"{n}. {rec.text}", rec.text), status]
            if names:
                lines[1] += " · " + QCoreApplication.translate("RecommendationsPanel", "Supported by: %1").replace("%1", joined(names, isolate=True))
            item = QListWidgetItem(status_icon(rec.status), "\n".join(lines))
            item.setData(ID_ROLE, rec.id)
            item.setData(STATUS_ROLE, rec.status)
            item.setData(SPEAKERS_ROLE, names)
            item.setToolTip(tooltip(rec.text))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            if rec.status == "withdrawn":
                item.setForeground(QColor("#9aa0a6"))
                font = QFont(self.list.font())
                font.setStrikeOut(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if keep is None or not self.select(keep):
            self.list.setCurrentRow(-1)
        self._update_title()
        self._on_current_changed()

    def _on_current_changed(self) -> None:
        rid = self.current_id()
        self.sources.clear()
        if rid is not None:
            try:
                rec = self.document.service.recommendations.get(rid)
            except DomainError:
                rec = None
            if rec is not None:
                self.status_combo.setCurrentIndex(STATUSES.index(rec.status) if rec.status in STATUSES else 0)
                self._fill_sources(rec)
        self._update_enabled()

    def _fill_sources(self, rec: Recommendation) -> None:
        speakers = self.document.service.speakers_by_id()
        for cid in rec.source_ids:
            try:
                c = self.document.service.contributions.get(cid)
            except DomainError:
                continue
            speaker = speakers.get(c.speaker_id)
            who = speaker.name if speaker else QCoreApplication.translate("RecommendationsPanel", "(no speaker)")
            snippet = " ".join(c.text.split())
            snippet = snippet[:90] + "…" if len(snippet) > 90 else snippet
            item = QListWidgetItem(embedded(f"{who}: {snippet}", snippet))
            item.setData(ID_ROLE, cid)
            item.setToolTip(tooltip(c.text))
            self.sources.addItem(item)
        if self.sources.count():
            self.sources.setCurrentRow(0)

    def _update_enabled(self) -> None:
        writable = not self.document.read_only
        has = self.current_id() is not None
        row = self.list.currentRow()
        for widget in (self.status_combo, self.history_button, self.history_action, self.edit_action,
                       self.delete_action, *self.status_actions.values()):
            widget.setEnabled(has and (writable or widget in (self.history_button, self.history_action)))
        self.link_action.setEnabled(has and writable and bool(self.document.selected_contribution_ids))
        self.link_button.setEnabled(self.link_action.isEnabled())
        self.up_action.setEnabled(has and writable and row > 0)
        self.down_action.setEnabled(has and writable and 0 <= row < self.list.count() - 1)
        self.unlink_button.setEnabled(writable and self.sources.currentItem() is not None)
        self.unlink_action.setEnabled(self.unlink_button.isEnabled())
        self.editor.set_writable(writable)

    def _on_changed(self, change: object) -> None:
        entity = getattr(change, "entity", "")
        if entity == "contribution" and getattr(change, "op", "") == "added":
            return  # a new contribution supports nothing yet: no recommendation line changes
        if entity in ("recommendation", "contribution", "speaker", "question"):
            if self.editor.revising and self.editor.revising not in {r.id for r in self.recommendations()}:
                if self._exists(self.editor.revising):  # moved to another list
                    self.cancel_revision()
                else:  # gone (an undo of its drafting): the words stay, as new draft text
                    self.editor.keep_as_draft()
            self.refresh()

    def _exists(self, recommendation_id: str) -> bool:
        try:
            self.document.service.recommendations.get(recommendation_id)
        except DomainError:
            return False
        return True

    def _on_reveal(self, kind: str, item_id: str) -> None:
        if kind != "recommendation":
            return
        try:
            rec = self.document.service.recommendations.get(item_id)
        except DomainError:
            return
        if rec.question_id is None:
            self.set_general(True)
        else:
            self.set_general(False)
            self.document.set_current_question(rec.question_id)
        self.select(item_id)
        self.list.setFocus()

    # -- editing -----------------------------------------------------------
    def start_revision(self) -> None:
        """Load the selected recommendation into the editor; Ctrl+Enter then saves a new revision."""
        rid = self.current_id()
        if rid is None or self.document.read_only:
            return
        rec = self.document.service.recommendations.get(rid)
        self.editor.begin_revision(rid, rec.text, rec.language)

    def cancel_revision(self) -> None:
        self.editor.cancel()

    def restore_revision(self, recommendation_id: str | None, text: str, language: str | None = None) -> bool:
        """Reopen a recovered revision with its changed text; a vanished recommendation's text
        becomes new draft text. True when the revision was reopened."""
        try:
            rec = self.document.service.recommendations.get(recommendation_id) if recommendation_id else None
        except DomainError:
            rec = None
        if rec is None or self.document.read_only:
            self.editor.add_unrecorded(text)
            return False
        self.set_general(rec.question_id is None)
        if rec.question_id is not None:
            self.document.set_current_question(rec.question_id)
        self.select(rec.id)
        self.editor.begin_revision(rec.id, rec.text, rec.language)
        self.editor.text_edit.setPlainText(text)
        if language:
            self.editor.set_language(language)
        return True

    def submit(self) -> None:
        self.editor.submit()

    def _on_submitted(self, text: str, lang: str) -> None:
        """A new recommendation, or a new revision of the one being edited."""
        rid = self.editor.revising
        if rid is not None:
            done = self.document.execute(cmd.ReviseRecommendation(self.document.service, rid, text, lang))
        else:
            command = cmd.DraftRecommendation(self.document.service, text, self.scope_question_id(), lang)
            rid = command.recommendation_id
            done = self.document.execute(command)
        if done:
            self.editor.finish()
            self.select(rid)

    def set_status(self, status: str) -> None:
        rid = self.current_id()
        if rid is not None:
            self.document.execute(cmd.SetRecommendationStatus(self.document.service, rid, status))

    def move_current(self, delta: int) -> None:
        rid = self.current_id()
        if rid is not None:
            self._move_to_row(rid, self.ids().index(rid) + delta + (1 if delta > 0 else 0))

    def _move_to_row(self, rid: str, row: int) -> None:
        """Move ``rid`` so it lands before the row that is now at ``row`` (drag-and-drop semantics)."""
        old = self.ids()
        if rid not in old:
            return
        index = old.index(rid)
        new = [i for i in old if i != rid]
        new.insert(max(0, min(row - (1 if row > index else 0), len(new))), rid)
        if new != old:
            self.document.execute(cmd.ReorderRecommendations(self.document.service, old, new))
            self.select(rid)

    def link(self, recommendation_id: str, contribution_ids: list[str]) -> None:
        if recommendation_id and contribution_ids:
            self.document.execute(cmd.LinkContributions(self.document.service, recommendation_id, contribution_ids))
            self.select(recommendation_id)

    def link_selected(self) -> None:
        """Attach the contributions selected in the contributions panel to the selected recommendation."""
        rid = self.current_id()
        if rid is not None and self.document.selected_contribution_ids:
            self.link(rid, list(self.document.selected_contribution_ids))

    def unlink_current_source(self) -> None:
        rid, item = self.current_id(), self.sources.currentItem()
        if rid is not None and item is not None:
            self.document.execute(cmd.UnlinkContributions(self.document.service, rid, [item.data(ID_ROLE)]))

    def remove_current(self) -> None:
        rid = self.current_id()
        if rid is not None:
            if self.editor.revising == rid:  # removed on purpose: its revision goes too
                self.cancel_revision()
            self.document.execute(cmd.RemoveRecommendation(self.document.service, rid))

    def show_history(self) -> RecommendationHistoryDialog | None:
        """Open (non-blocking) the revision history of the selected recommendation."""
        rid = self.current_id()
        if rid is None:
            return None
        if self._history is not None:
            self._history.close()  # one history at a time: it follows the selection
        dialog = RecommendationHistoryDialog(self.document, rid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_history(d))
        self._history = dialog
        dialog.show()
        return dialog

    def _forget_history(self, dialog: RecommendationHistoryDialog) -> None:
        if self._history is dialog:
            self._history = None
