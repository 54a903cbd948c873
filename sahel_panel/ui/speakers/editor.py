"""The full speaker editor: every field of a registered speaker, one undo step per save.

Opened with F2 on the registry, a double-click with Ctrl, or the context menu. Quick-add
and the table's in-place editing cover the common fixes while a speaker talks; this is
where the rest is corrected (title, country, age group...) without leaving the window.
Saving is one :class:`~sahel_panel.ui.speakers.commands.EditSpeaker` — one service call —
with only the fields that changed; a refusal (an empty name, say) is shown in the dialog,
which stays open with what was typed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import AGE_GROUPS, CATEGORIES, GENDERS, ROLES, DomainError, Speaker
from sahel_panel.services.speakers import validated
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.speakers import commands
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.errors import error_text
from sahel_panel.ui.text.plain import plain_label

TEXT_FIELDS = ("name", "title", "organisation", "country")
CHOICE_FIELDS = ("role", "category", "gender", "age_group")
CHOICES: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "category": (CATEGORIES, labels.CATEGORY), "gender": (GENDERS, labels.GENDER),
    "age_group": (AGE_GROUPS, labels.AGE_GROUP), "role": (("", *ROLES), labels.ROLE)}
"""The keys and translated labels of each choice field: the editor and quick-add offer the same lists."""


def fill_choices(combo: QComboBox, field: str, current: str) -> None:
    """(Re)fill ``combo`` with the translated choices of ``field``, ``current`` selected (no signals)."""
    keys, table = CHOICES[field]
    combo.blockSignals(True)
    combo.clear()
    for key in keys:
        combo.addItem(labels.label(table, key), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def title_placeholder() -> str:
    return QCoreApplication.translate("SpeakerEditor", "e.g. Hon., H.E., Dr.")


class SpeakerEditor(QDialog):
    """Edit one speaker; ``removed`` is emitted after the speaker was removed from here."""

    removed = Signal(str)

    def __init__(self, document: SessionDocument, speaker_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerEditor")
        self.document = document
        self.speaker_id = speaker_id
        self.speaker: Speaker = document.service.speakers.get(speaker_id)
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels: dict[str, QLabel] = {}
        for field in TEXT_FIELDS:
            edit = QLineEdit(objectName=f"speaker_{field}")
            edit.setText(getattr(self.speaker, field))
            edit.setMinimumWidth(320)
            self.edits[field] = edit
            self.form_labels[field] = QLabel()
            self.form_labels[field].setBuddy(edit)
            form.addRow(self.form_labels[field], edit)
        for field in CHOICE_FIELDS:
            combo = QComboBox(objectName=f"speaker_{field}")
            self.combos[field] = combo
            self.form_labels[field] = QLabel()
            self.form_labels[field].setBuddy(combo)
            form.addRow(self.form_labels[field], combo)
        self.problem = plain_label(QLabel(objectName="speakerEditorProblem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = QPushButton(objectName="removeSpeaker")
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        read_only = document.read_only
        for w in (*self.edits.values(), *self.combos.values()):
            w.setEnabled(not read_only)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not read_only)
        self.retranslate()
        self.edits["name"].setFocus()
        self.edits["name"].selectAll()

    # -- values ---------------------------------------------------------------------
    def changes(self) -> dict[str, object]:
        """The fields that differ from the stored speaker, as the service expects them."""
        out: dict[str, object] = {}
        for field, edit in self.edits.items():
            value = edit.text().strip()
            if value != getattr(self.speaker, field):
                out[field] = value
        for field, combo in self.combos.items():
            value = combo.currentData()
            if value != getattr(self.speaker, field):
                out[field] = value
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        try:  # checked first, so the sentence shows here beside the fields, not only in the status bar
            validated(replace(self.speaker, **changes))
        except DomainError as exc:
            self._show_problem(error_text(exc))
            return
        if self.document.execute(commands.EditSpeaker(self.document.service, self.speaker_id, **changes)):
            self.accept()

    def remove(self) -> None:
        if self.document.execute(commands.RemoveSpeaker(self.document.service, self.speaker_id)):
            self.removed.emit(self.speaker_id)
            self.accept()

    def _show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    # -- language -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("SpeakerEditor", "Speaker — %1").replace("%1", self.speaker.label()))
        for field, text in (("name", QCoreApplication.translate("SpeakerEditor", "&Name:")), ("title", QCoreApplication.translate("SpeakerEditor", "&Title:")), ("organisation", QCoreApplication.translate("SpeakerEditor", "&Organisation:")),
                            ("country", QCoreApplication.translate("SpeakerEditor", "Co&untry:")), ("category", QCoreApplication.translate("SpeakerEditor", "&Category:")), ("gender", QCoreApplication.translate("SpeakerEditor", "&Gender:")),
                            ("age_group", QCoreApplication.translate("SpeakerEditor", "&Age group:")), ("role", QCoreApplication.translate("SpeakerEditor", "&Role in the panel:"))):
            self.form_labels[field].setText(text)
        self.edits["title"].setPlaceholderText(title_placeholder())
        for field, combo in self.combos.items():
            fill_choices(combo, field, combo.currentData() if combo.count() else getattr(self.speaker, field))
        self.remove_button.setText(QCoreApplication.translate("SpeakerEditor", "Re&move speaker"))
        used = self.document.service.speakers.usage(self.speaker_id)
        self.remove_button.setEnabled(not used and not self.document.read_only)
        self.remove_button.setToolTip(
            QCoreApplication.translate("SpeakerEditor", "This speaker has turns or contributions; re-attribute them before removing.") if used
            else QCoreApplication.translate("SpeakerEditor", "Remove this speaker from the registry (Ctrl+Z puts them back)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(QCoreApplication.translate("SpeakerEditor", "&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("SpeakerEditor", "Cancel"))
