"""The contribution editor: what the speaker says, typed live, recorded with Ctrl+Enter.

It has two modes. *Recording* (the usual): the text goes to the speaker
holding the floor (or the one chosen) on the current question, and the
editor clears for the next one. *Editing* (F2 on a recorded contribution):
the same fields load an existing contribution so text, speaker, question,
kind and tags can be changed; whatever was being typed is set aside and
comes back afterwards, so no unrecorded word is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.language import Detection
from sahel_panel.domain.model import KINDS, LANGUAGES, Contribution, Question, Speaker
from sahel_panel.ui.core.document import USER_ERRORS
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.elided import ElidedComboBox, ElidedLabel
from sahel_panel.ui.text.language_choice import automatic_label

Detector = Callable[[str, "str | None"], Detection]
"""``(text, speaker_id) -> Detection``: the session's rule (``SessionService.detect_language``)."""


def parse_tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.lstrip("#") for t in re.split(r"[\s,;]+", text) if t.lstrip("#")))


class TextEditor(QPlainTextEdit):
    """Plain text (never markup) with Ctrl+Enter/Esc handed to the owner even without shortcuts."""

    submitted = Signal()
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class ContributionEditor(QWidget):
    """Fields + text; emits nothing itself: the panel reads :meth:`values` and runs commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing_id: str | None = None
        self.target: tuple[int, bool] = (0, False)  # live question's number (0: general), viewing another one
        self.detector: Detector | None = None
        self.detection: Detection | None = None
        self._detected_for: tuple[str, str | None] | None = None
        self._detect_later = QTimer(self, singleShot=True, interval=250)
        self._detect_later.timeout.connect(self.detect)
        self._stash: tuple[str, str | None] | None = None
        self._original = ""  # text of the contribution being edited, as stored
        self.speaker_combo = ElidedComboBox(objectName="contributionSpeaker")
        self.speaker_combo.setMinimumContentsLength(14)
        self.speaker_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo = QComboBox(objectName="contributionKind")
        self.language_combo = QComboBox(objectName="contributionLanguage")
        self.tags_edit = QLineEdit(objectName="contributionTags")
        self.question_combo = ElidedComboBox(objectName="contributionQuestion")
        self.question_combo.setMinimumContentsLength(24)
        self.question_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speaker_label, self.tags_label, self.question_label = QLabel(), QLabel(), QLabel()
        for lab, w in ((self.speaker_label, self.speaker_combo), (self.tags_label, self.tags_edit),
                       (self.question_label, self.question_combo)):
            lab.setBuddy(w)
        self.banner = ElidedLabel(2, objectName="editBanner")  # a long name must not push the text down
        self.banner.setStyleSheet("QLabel#editBanner { background: #fff4c2; color: #3a2f00; padding: 4px; }")
        self.text = TextEditor(objectName="contributionText")
        self.text.setTabChangesFocus(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)

        row = QHBoxLayout()
        row.addWidget(self.speaker_label)
        row.addWidget(self.speaker_combo, 1)
        self.hint = ElidedLabel(objectName="recordHint")  # never wider than the room beside the speaker
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(self.hint)
        details = QHBoxLayout()
        details.addWidget(self.kind_combo)
        details.addWidget(self.language_combo)
        details.addWidget(self.tags_label)
        details.addWidget(self.tags_edit, 1)
        for combo in (self.kind_combo, self.language_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.question_row = QFrame()
        qrow = QHBoxLayout(self.question_row)
        qrow.setContentsMargins(0, 0, 0, 0)
        qrow.addWidget(self.question_label)
        qrow.addWidget(self.question_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.question_row)
        layout.addWidget(self.text, 1)
        layout.addLayout(details)
        self.banner.hide()
        self.question_row.hide()
        self.text.textChanged.connect(self._detect_later.start)
        self.speaker_combo.currentIndexChanged.connect(self._detect_later.start)
        for a, b in ((self.text, self.speaker_combo), (self.speaker_combo, self.kind_combo),
                     (self.kind_combo, self.language_combo), (self.language_combo, self.tags_edit)):
            QWidget.setTabOrder(a, b)
        self.retranslate()

    # -- contents ---------------------------------------------------------------
    def set_speakers(self, speakers: list[Speaker]) -> None:
        current = self.speaker_combo.currentData()
        self.speaker_combo.blockSignals(True)
        self.speaker_combo.clear()
        self.speaker_combo.addItem(QCoreApplication.translate("ContributionEditor", "— no speaker —"), None)
        for s in sorted(speakers, key=lambda s: s.name.casefold()):
            org = f" ({s.organisation})" if s.organisation else ""
            self.speaker_combo.addItem(f"{s.label()}{org}", s.id)
        self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(current)))
        self.speaker_combo.blockSignals(False)

    def set_questions(self, questions: list[Question], lang: str) -> None:
        current = self.question_combo.currentData()
        self.question_combo.clear()
        self.question_combo.addItem(QCoreApplication.translate("ContributionEditor", "General (no question)"), None)
        for q in questions:
            text, _ = q.display(lang)
            short = text if len(text) < 90 else text[:87] + "…"
            self.question_combo.addItem(f"{q.position}. {short}", q.id)
        self.question_combo.setCurrentIndex(max(0, self.question_combo.findData(current)))

    def set_speaker(self, speaker_id: str | None) -> None:
        if self.editing_id is None:
            self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(speaker_id)))

    def speaker_id(self) -> str | None:
        return self.speaker_combo.currentData()

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def set_target(self, live_number: int, viewing_another: bool) -> None:
        """Where Ctrl+Enter will record, shown beside the speaker it records for."""
        self.target = (live_number, viewing_another)
        self.show_target()

    def show_target(self) -> None:
        number, elsewhere = self.target
        self.hint.setText(
            QCoreApplication.translate("ContributionEditor", "Ctrl+Enter records on question %1 (live)").replace("%1", str(number))
            if number else QCoreApplication.translate("ContributionEditor", "Ctrl+Enter records on the general discussion (live)"))
        self.hint.setStyleSheet("background: #fff4c2; color: #3a2f00; padding: 0 4px;" if elsewhere
                                else "color: palette(placeholder-text);")

    def set_detector(self, detector: Detector) -> None:
        self.detector = detector
        self._detected_for = None
        self.detect()

    def detect(self) -> Detection | None:
        """Detect the language of the text now and show it in the "automatic" choice."""
        self._detect_later.stop()
        key = (self.plain_text(), self.speaker_id())
        if key == self._detected_for and self.detection is not None and self.detection.reason in ("model", "script"):
            # Recording right after the pause's detection: the same text gives the same answer (only
            # short texts depend on what was recorded since, so they are always asked again).
            return self.detection
        try:
            self.detection = self.detector(*key) if self.detector else None
        except USER_ERRORS:  # the file went away (closing): nothing to show
            self.detection = None
        self._detected_for = key if self.detection is not None else None
        text, tip = automatic_label(self.detection)
        if self.language_combo.count():
            self.language_combo.setItemText(0, text)
            self.language_combo.setItemData(0, tip, Qt.ItemDataRole.ToolTipRole)
        return self.detection

    def language(self, ui_language: str) -> str:
        """The language that will be stored: the one chosen, else the one the "automatic" choice shows."""
        chosen = self.language_combo.currentData()
        if chosen:
            return chosen
        detection = self.detect()  # the text as it is now: what is shown is what is stored
        return detection.language if detection else ui_language

    def values(self, ui_language: str) -> dict[str, object]:
        """Fields for the service call; an empty text means nothing to record."""
        text = self.plain_text().strip()
        lang = self.language(ui_language)
        return {"text": text, "speaker_id": self.speaker_id(), "language": lang,
                "kind": self.kind_combo.currentData(), "tags": parse_tags(self.tags_edit.text())}

    def clear_after_record(self) -> None:
        self.text.clear()
        self.tags_edit.clear()
        self.kind_combo.setCurrentIndex(0)

    # -- edit mode ---------------------------------------------------------------
    def begin_edit(self, c: Contribution, speaker: Speaker | None) -> None:
        if self.editing_id is None:
            self._stash = (self.plain_text(), self.speaker_id())
        self.editing_id = c.id
        self._original = c.text
        self.text.setPlainText(c.text)
        self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(c.speaker_id)))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(c.kind)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(c.language)))
        self.tags_edit.setText(" ".join(c.tags))
        self.question_combo.setCurrentIndex(max(0, self.question_combo.findData(c.question_id)))
        who = speaker.label() if speaker else QCoreApplication.translate("ContributionEditor", "(no speaker)")
        self.banner.setText(QCoreApplication.translate("ContributionEditor", "Editing the contribution of %1 — Ctrl+Enter saves, Esc cancels.").replace("%1", who))
        self.banner.show()
        self.question_row.show()
        self.text.setFocus()

    def end_edit(self) -> None:
        """Back to recording, with the text that was being typed before."""
        self.editing_id = None
        self._original = ""
        self.banner.hide()
        self.question_row.hide()
        text, speaker = self._stash or ("", None)
        self._stash = None
        self.text.setPlainText(text)
        self.tags_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.language_combo.setCurrentIndex(0)
        self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(speaker)))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def stashed_text(self) -> str:
        """The unrecorded text: the stash while editing, else the editor's own text."""
        return self._stash[0] if self.editing_id is not None and self._stash else self.plain_text()

    def edited_text(self) -> str:
        """The changed text of the contribution being edited; empty when not editing or unchanged."""
        if self.editing_id is None or self.plain_text() == self._original:
            return ""
        return self.plain_text()

    def add_unrecorded(self, text: str, speaker_id: str | None = None) -> None:
        """Put recovered text after the unrecorded text (the set-aside one while editing), never over it;
        ``speaker_id`` (when given) becomes the speaker it will be recorded for."""
        if self.editing_id is not None:
            existing, speaker = self._stash or ("", None)
            self._stash = (f"{existing}\n{text}" if existing.strip() else text, speaker_id or speaker)
            return
        existing = self.plain_text()
        self.text.setPlainText(f"{existing}\n{text}" if existing.strip() else text)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)  # the next words go after the recovered ones
        if speaker_id:
            self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(speaker_id)))

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.speaker_label.setText(QCoreApplication.translate("ContributionEditor", "Spea&ker:"))
        self.show_target()
        self.kind_combo.setToolTip(QCoreApplication.translate("ContributionEditor", "Kind of contribution"))
        self.language_combo.setToolTip(QCoreApplication.translate("ContributionEditor", "Language of the contribution: recognised as you type (English, French or Arabic), or chosen here"))
        self.tags_label.setText(QCoreApplication.translate("ContributionEditor", "Ta&gs:"))
        self.question_label.setText(QCoreApplication.translate("ContributionEditor", "Q&uestion:"))
        self.tags_edit.setPlaceholderText(QCoreApplication.translate("ContributionEditor", "e.g. youth budget"))
        self.text.setPlaceholderText(QCoreApplication.translate("ContributionEditor", "Type what the speaker says… Ctrl+Enter records it and clears the editor."))
        for w, name in ((self.text, QCoreApplication.translate("ContributionEditor", "Contribution text")), (self.speaker_combo, QCoreApplication.translate("ContributionEditor", "Speaker of the contribution")),
                        (self.kind_combo, QCoreApplication.translate("ContributionEditor", "Kind of contribution")), (self.tags_edit, QCoreApplication.translate("ContributionEditor", "Tags")),
                        (self.language_combo, QCoreApplication.translate("ContributionEditor", "Language of the contribution")),
                        (self.question_combo, QCoreApplication.translate("ContributionEditor", "Question of the contribution"))):
            w.setAccessibleName(name)
        kind = self.kind_combo.currentData()
        self.kind_combo.clear()
        for key in KINDS:
            self.kind_combo.addItem(labels.label(labels.KIND, key), key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        lang = self.language_combo.currentData()
        self.language_combo.clear()
        self.language_combo.addItem(automatic_label(self.detection)[0], None)
        self.language_combo.setItemData(0, automatic_label(self.detection)[1], Qt.ItemDataRole.ToolTipRole)
        for key in LANGUAGES:
            self.language_combo.addItem(labels.label(labels.LANGUAGE, key), key)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lang)))
        if self.speaker_combo.count():
            self.speaker_combo.setItemText(0, QCoreApplication.translate("ContributionEditor", "— no speaker —"))
