"""Session set-up: metadata, the outcome questions in three languages, and importing a speaker list.

Every change is an undoable command on the document's stack. Metadata is
applied on OK/Apply as one step; question edits apply as they are made
(their texts when saved or when another question is chosen), so a rapporteur
preparing the panel never loses typed words to a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sahel_panel import i18n
from sahel_panel.domain.model import AREAS, LANGUAGES, DomainError
from sahel_panel.store import StoreError
from sahel_panel.ui.core.document import ServiceCommand, SessionDocument
from sahel_panel.ui.core.prompts import show_plain_message
from sahel_panel.ui.questions import commands as question_commands
from sahel_panel.ui.setup import commands as cmd
from sahel_panel.ui.setup.report_page import ReportPage
from sahel_panel.ui.speakers import commands as speaker_commands
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.demo import dialog_title
from sahel_panel.ui.text.errors import error_text
from sahel_panel.ui.text.plain import plain_label

TEXT_FIELDS = ("title", "series", "event", "venue", "room", "date", "start", "end")
QID_ROLE = Qt.ItemDataRole.UserRole


def load_speaker_list(path: str):  # noqa: ANN201 - list[Speaker]
    """The exchange loader, imported when needed (it is not on the start-up path)."""
    from sahel_panel.exchange.speakers import load_speaker_list as load

    return load(path)


def import_errors() -> tuple[type[BaseException], ...]:
    """Errors an import can raise whose message is meant for the user."""
    errors: list[type[BaseException]] = [DomainError, StoreError, OSError, UnicodeError, ValueError]
    try:
        from sahel_panel.exchange.errors import ExchangeError

        errors.insert(0, ExchangeError)
    except ImportError:  # the exchange package is optional for the dialog
        pass
    return tuple(errors)


def _shortcut(keys: str, widget: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A shortcut active only while ``widget`` has the focus."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


class SessionSetupDialog(QDialog):
    """Edit the open session's details and questions, import speakers. ``show_error`` is injectable for tests."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.show_error: Callable[[str, str], None] = self._message_box
        self.choose_file: Callable[[], str] = self._ask_for_file
        self._loaded_qid: str | None = None
        self.setWindowTitle(dialog_title(QCoreApplication.translate("SessionSetupDialog", "Session set-up"), document.service.path))
        self.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Session set-up"))
        self.resize(880, 560)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_details(), QCoreApplication.translate("SessionSetupDialog", "&Details"))
        self.tabs.addTab(self._build_questions(), QCoreApplication.translate("SessionSetupDialog", "&Questions"))
        self.report_page = ReportPage(self)
        self.tabs.addTab(self.report_page, QCoreApplication.translate("SessionSetupDialog", "&Report"))
        self.error_label = plain_label(QLabel(self))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Problem"))
        self.import_button = QPushButton(QCoreApplication.translate("SessionSetupDialog", "&Import speaker list…"), self)
        self.import_button.setToolTip(QCoreApplication.translate("SessionSetupDialog", "Add the speakers of a CSV or YAML file, all or none"))
        self.import_button.clicked.connect(lambda: self.import_speakers())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self.load_details()
        self.reload_questions()
        document.changed.connect(self._on_changed)
        self._listening = True

    # -- details -----------------------------------------------------------
    def _build_details(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        names = {"title": QCoreApplication.translate("SessionSetupDialog", "&Title"), "series": QCoreApplication.translate("SessionSetupDialog", "&Series"), "event": QCoreApplication.translate("SessionSetupDialog", "&Event"), "venue": QCoreApplication.translate("SessionSetupDialog", "&Venue"),
                 "room": QCoreApplication.translate("SessionSetupDialog", "&Room"), "date": QCoreApplication.translate("SessionSetupDialog", "&Date"), "start": QCoreApplication.translate("SessionSetupDialog", "S&tart"), "end": QCoreApplication.translate("SessionSetupDialog", "E&nd")}
        hints = {"date": "2023-03-11", "start": "14:30", "end": "17:30"}
        self.fields: dict[str, QLineEdit] = {}
        for key in TEXT_FIELDS:
            edit = QLineEdit(page)
            edit.setAccessibleName(names[key].replace("&", ""))
            if key in hints:
                edit.setPlaceholderText(hints[key])
                edit.setMaximumWidth(140)
            self.fields[key] = edit
        self.area = QComboBox(page)
        self.area.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Area"))
        for area in AREAS:
            self.area.addItem(labels.label(labels.AREA, area), area)
        self.language_boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for lang in LANGUAGES:
            box = QCheckBox(labels.label(labels.LANGUAGE, lang), page)
            self.language_boxes[lang] = box
            row.addWidget(box)
        row.addStretch(1)
        for key in ("title", "series"):
            form.addRow(names[key], self.fields[key])
        form.addRow(QCoreApplication.translate("SessionSetupDialog", "&Area"), self.area)
        for key in ("event", "venue", "room", "date", "start", "end"):
            form.addRow(names[key], self.fields[key])
        form.addRow(QCoreApplication.translate("SessionSetupDialog", "Languages"), row)
        return page

    def load_details(self) -> None:
        info = self.document.service.info()
        for key, edit in self.fields.items():
            edit.setText(getattr(info, key))
        self.area.setCurrentIndex(max(0, self.area.findData(info.area)))
        for lang, box in self.language_boxes.items():
            box.setChecked(lang in info.languages)
        self.report_page.load(info, self.document.service.speakers.list())

    def detail_changes(self) -> dict[str, object]:
        """Only the fields the user changed, so undo restores exactly those."""
        info = self.document.service.info()
        wanted: dict[str, object] = {key: edit.text().strip() for key, edit in self.fields.items()}
        wanted["area"] = self.area.currentData()
        wanted["languages"] = tuple(lang for lang, box in self.language_boxes.items() if box.isChecked())
        changed = {k: v for k, v in wanted.items() if getattr(info, k) != v}
        changed.update(self.report_page.changes(info))
        return changed

    # -- questions ---------------------------------------------------------
    def _build_questions(self) -> QWidget:
        page = QWidget(self)
        self.question_list = QListWidget(page)
        self.question_list.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Outcome questions"))
        self.question_list.setWordWrap(True)
        self.question_list.currentItemChanged.connect(lambda *_: self._on_question_selected())
        self.new_button = QPushButton(QCoreApplication.translate("SessionSetupDialog", "&New"), page)
        self.save_button = QPushButton(QCoreApplication.translate("SessionSetupDialog", "Sa&ve texts"), page)
        self.remove_button = QPushButton(QCoreApplication.translate("SessionSetupDialog", "Re&move"), page)
        self.up_button = QPushButton(QCoreApplication.translate("SessionSetupDialog", "Move &up"), page)
        self.down_button = QPushButton(QCoreApplication.translate("SessionSetupDialog", "Move do&wn"), page)
        self.new_button.setToolTip(QCoreApplication.translate("SessionSetupDialog", "Start a new question (Insert)"))
        self.save_button.setToolTip(QCoreApplication.translate("SessionSetupDialog", "Save the three texts (Ctrl+Enter)"))
        self.up_button.setToolTip(QCoreApplication.translate("SessionSetupDialog", "Ctrl+Shift+Up"))
        self.down_button.setToolTip(QCoreApplication.translate("SessionSetupDialog", "Ctrl+Shift+Down"))
        self.new_button.clicked.connect(self.new_question)
        self.save_button.clicked.connect(self.save_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        self.editors: dict[str, QPlainTextEdit] = {}
        editors = QHBoxLayout()
        for lang in LANGUAGES:
            column = QVBoxLayout()
            caption = QLabel(i18n.NATIVE_NAMES[lang], page)
            edit = QPlainTextEdit(page)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Question text: %1").replace("%1", labels.label(labels.LANGUAGE, lang)))
            # Each text box follows its language, whatever the window's direction; so does its caption.
            direction = Qt.LayoutDirection.RightToLeft if i18n.is_rtl(lang) else Qt.LayoutDirection.LeftToRight
            edit.setLayoutDirection(direction)
            caption.setLayoutDirection(direction)
            caption.setAlignment((Qt.AlignmentFlag.AlignRight if i18n.is_rtl(lang) else Qt.AlignmentFlag.AlignLeft)
                                 | Qt.AlignmentFlag.AlignAbsolute)
            caption.setBuddy(edit)
            column.addWidget(caption)
            column.addWidget(edit)
            editors.addLayout(column, 1)
            self.editors[lang] = edit
            _shortcut("Ctrl+Return", edit, self.save_question)
            _shortcut("Ctrl+Enter", edit, self.save_question)
        _shortcut("Insert", self.question_list, self.new_question)
        _shortcut("Del", self.question_list, self.remove_question)
        _shortcut("Ctrl+Shift+Up", self.question_list, lambda: self.move_question(-1))
        _shortcut("Ctrl+Shift+Down", self.question_list, lambda: self.move_question(1))
        layout = QVBoxLayout(page)
        layout.addWidget(self.question_list, 3)
        layout.addLayout(buttons)
        layout.addLayout(editors, 2)
        return page

    def reload_questions(self) -> None:
        keep = self._loaded_qid
        lang = i18n.normalise(self.locale().name())
        self.question_list.blockSignals(True)
        self.question_list.clear()
        for q in self.document.service.questions.list():
            text, _used = q.display(lang)
            item = QListWidgetItem(f"{q.position}. {' '.join(text.split())}")
            item.setData(QID_ROLE, q.id)
            self.question_list.addItem(item)
            if q.id == keep:
                self.question_list.setCurrentItem(item)
        self.question_list.blockSignals(False)

    def _select_row_of(self, qid: str | None) -> None:
        ids = self.question_ids()
        self.question_list.blockSignals(True)
        self.question_list.setCurrentRow(ids.index(qid) if qid in ids else -1)
        self.question_list.blockSignals(False)

    def question_ids(self) -> list[str]:
        return [self.question_list.item(i).data(QID_ROLE) for i in range(self.question_list.count())]

    def _editor_texts(self) -> dict[str, str]:
        return {lang: edit.toPlainText().strip() for lang, edit in self.editors.items()
                if edit.toPlainText().strip()}

    def _pending_text(self) -> bool:
        if self._loaded_qid is None:
            return False
        try:
            stored = self.document.service.questions.get(self._loaded_qid).text
        except DomainError:
            return False
        return self._editor_texts() != stored

    def _on_question_selected(self) -> None:
        item = self.question_list.currentItem()
        target = item.data(QID_ROLE) if item is not None else None
        if self._pending_text():
            self.save_question()  # keep what was typed before showing another question
        self._loaded_qid = target
        self._select_row_of(target)
        texts = self.document.service.questions.get(self._loaded_qid).text if self._loaded_qid else {}
        for lang, edit in self.editors.items():
            edit.setPlainText(texts.get(lang, ""))

    def new_question(self) -> None:
        if self._pending_text():
            self.save_question()
        self.question_list.setCurrentRow(-1)
        self._loaded_qid = None
        for edit in self.editors.values():
            edit.clear()
        self.editors["en"].setFocus()

    def save_question(self) -> bool:
        """Save the three texts: a new question when none is chosen, else the chosen one's new texts."""
        texts = self._editor_texts()
        if self._loaded_qid is None:
            command = question_commands.AddQuestion(self.document.service, texts)
            if not self._run(command):
                return False
            self._loaded_qid = command.question_id
            self.reload_questions()
            return True
        if not self._pending_text():
            return True
        return self._run(question_commands.EditQuestion(self.document.service, self._loaded_qid, texts))

    def remove_question(self) -> None:
        qid = self._loaded_qid
        if qid is None:
            return
        row = self.question_ids().index(qid)
        if self._run(question_commands.RemoveQuestion(self.document.service, qid)):
            self._loaded_qid = None
            ids = self.question_ids()
            if ids:
                self.question_list.setCurrentRow(min(row, len(ids) - 1))
            if self.document.current_question_id == qid:
                self.document.set_current_question(ids[min(row, len(ids) - 1)] if ids else None)
            if self.document.live_question_id == qid:
                self.document.set_live_question(ids[min(row, len(ids) - 1)] if ids else None)

    def move_question(self, delta: int) -> None:
        qid = self._loaded_qid
        if qid is None:
            return
        if self._pending_text():
            self.save_question()
        position = self.question_ids().index(qid) + 1 + delta
        if 1 <= position <= self.question_list.count():
            self._run(question_commands.MoveQuestion(self.document.service, qid, position))

    # -- speakers ----------------------------------------------------------
    def _ask_for_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("SessionSetupDialog", "Import speaker list"), "", QCoreApplication.translate("SessionSetupDialog", "Speaker lists (*.csv *.yaml *.yml);;All files (*)"))
        return path

    def import_speakers(self, path: str | None = None) -> int:
        """Import a CSV/YAML speaker list as one undoable step; returns how many speakers were added."""
        path = path or self.choose_file()
        if not path:
            return 0
        try:
            speakers = load_speaker_list(path)
        except ImportError:
            self.show_error(QCoreApplication.translate("SessionSetupDialog", "Import speaker list"), QCoreApplication.translate("SessionSetupDialog", "Importing speaker lists is not available in this build."))
            return 0
        except import_errors() as exc:
            self.show_error(QCoreApplication.translate("SessionSetupDialog", "Import speaker list"),
                            QCoreApplication.translate("SessionSetupDialog", "Nothing was imported.") + "\n\n" + error_text(exc))
            return 0
        if not speakers:
            self.show_error(QCoreApplication.translate("SessionSetupDialog", "Import speaker list"), QCoreApplication.translate("SessionSetupDialog", "The file lists no speakers."))
            return 0
        if not self._run(speaker_commands.ImportSpeakers(self.document.service, speakers, Path(path).name)):
            return 0
        self.error_label.setStyleSheet("color: #1b5e20;")  # a success is not shown like an error
        self.error_label.setText(QCoreApplication.translate("SessionSetupDialog", "%1 speakers imported.").replace("%1", str(len(speakers))))
        return len(speakers)

    # -- applying ----------------------------------------------------------
    def _run(self, command: ServiceCommand) -> bool:
        """Execute through the document; a refusal is shown here, in the dialog, in one sentence."""
        messages: list[str] = []
        self.document.failed.connect(messages.append)
        try:
            done = self.document.execute(command)
        finally:
            self.document.failed.disconnect(messages.append)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setText("" if done else (messages[0] if messages else QCoreApplication.translate("SessionSetupDialog", "The change was refused.")))
        return done

    def apply(self) -> bool:
        if self._pending_text() and not self.save_question():
            return False
        changes = self.detail_changes()
        if changes and not self._run(cmd.UpdateSessionInfo(self.document.service, changes)):
            self.tabs.setCurrentIndex(2 if set(changes) & {"time_zone", "summary", "translations"} else 0)
            return False
        for speaker_id, role in self.report_page.role_changes().items():
            if not self._run(speaker_commands.EditSpeaker(self.document.service, speaker_id, role=role)):
                self.tabs.setCurrentIndex(2)
                return False
        if self.report_page.role_changes():
            self.load_details()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def _on_changed(self, change: object) -> None:
        if getattr(change, "entity", "") == "question":
            self.reload_questions()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if not self._listening:  # shown again after it was closed: follow the session again
            self._listening = True
            self.document.changed.connect(self._on_changed)
            self.load_details()
            self.reload_questions()
        super().showEvent(event)

    def _message_box(self, title: str, text: str) -> None:
        show_plain_message(self, QMessageBox.Icon.Warning, title, text)  # file names are not markup

    def done(self, result: int) -> None:
        if self._listening:  # done() runs again when a finished dialog is closed
            self._listening = False
            self.document.changed.disconnect(self._on_changed)
        super().done(result)
