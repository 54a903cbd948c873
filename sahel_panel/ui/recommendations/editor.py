"""The text box where a recommendation is drafted or revised (Ctrl+Enter), with its language.

Kept apart from the panel so the panel only decides *what* a submit means
(a new draft or a new revision); this widget only gathers the words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from sahel_panel import i18n
from sahel_panel.domain.language import Detection
from sahel_panel.domain.model import LANGUAGES
from sahel_panel.ui.core.document import USER_ERRORS
from sahel_panel.ui.text.language_choice import automatic_label


class RecommendationEditor(QWidget):
    """Emits :attr:`submitted` on Ctrl+Enter; Esc while revising emits :attr:`cancelled`."""

    submitted = Signal(str, str)  # text (stripped), language code
    cancelled = Signal()
    revision_ended = Signal()  # saved, cancelled or abandoned: no revision in progress any more

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.revising: str | None = None  # id of the recommendation being revised, None when drafting
        self._stash: tuple[str, str] | None = None  # (text, language) being drafted when a revision began
        self._original = ""  # text of the recommendation being revised, as stored
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(76)
        # "Automatic" first and by default: the language recognised in the text, shown before it is added.
        self.detector: Callable[[str], Detection] | None = None
        self.detection: Detection | None = None
        self._detect_later = QTimer(self, singleShot=True, interval=250)
        self._detect_later.timeout.connect(self.detect)
        self.text_edit.textChanged.connect(self._detect_later.start)
        self.language_combo = QComboBox(self, objectName="recommendationLanguage")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo.addItem(automatic_label(None)[0], None)
        for lang in LANGUAGES:
            self.language_combo.addItem(i18n.NATIVE_NAMES[lang], lang)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._follow_language())
        self.submit_button = QPushButton(self)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()

        self.submit_action = QAction(self)
        self.submit_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.submit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.submit_action.triggered.connect(self.submit)
        self.text_edit.addAction(self.submit_action)
        self.cancel_action = QAction(self)
        self.cancel_action.setShortcut(QKeySequence("Esc"))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.cancel_action.triggered.connect(self.cancel)
        self.text_edit.addAction(self.cancel_action)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language_combo)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit)
        layout.addLayout(row)
        self._follow_language()
        self.retranslate()

    def retranslate(self) -> None:
        self.text_edit.setAccessibleName(QCoreApplication.translate("RecommendationEditor", "Recommendation text"))
        self.language_combo.setAccessibleName(QCoreApplication.translate("RecommendationEditor", "Language of the recommendation"))
        self.text_edit.setPlaceholderText(
            QCoreApplication.translate("RecommendationEditor", "Revise the wording; Ctrl+Enter saves a new revision, Esc cancels.") if self.revising
            else QCoreApplication.translate("RecommendationEditor", "Type a recommendation; Ctrl+Enter adds it."))
        self.submit_button.setText(QCoreApplication.translate("RecommendationEditor", "Save revision") if self.revising else QCoreApplication.translate("RecommendationEditor", "Add"))
        self.submit_button.setToolTip(QCoreApplication.translate("RecommendationEditor", "Ctrl+Enter"))
        self.submit_button.setAccessibleName(self.submit_button.text())
        self.cancel_button.setText(QCoreApplication.translate("RecommendationEditor", "Cancel"))
        self.submit_action.setText(QCoreApplication.translate("RecommendationEditor", "Add or save recommendation"))
        self.cancel_action.setText(QCoreApplication.translate("RecommendationEditor", "Cancel revision"))
        self.cancel_button.setVisible(self.revising is not None)

    def set_detector(self, detector: Callable[[str], Detection]) -> None:
        self.detector = detector
        self.detect()

    def detect(self) -> Detection | None:
        """Recognise the language of the text now and show it in the "automatic" choice."""
        self._detect_later.stop()
        try:
            self.detection = self.detector(self.text_edit.toPlainText()) if self.detector else None
        except USER_ERRORS:  # the file went away (closing)
            self.detection = None
        text, tip = automatic_label(self.detection)
        self.language_combo.setItemText(0, text)
        self.language_combo.setItemData(0, tip, Qt.ItemDataRole.ToolTipRole)
        self._follow_language()
        return self.detection

    def choice(self) -> str | None:
        """The language chosen in the box; None for "automatic"."""
        return self.language_combo.currentData()

    def language(self) -> str:
        """The language that will be stored: the one chosen, else the one "automatic" shows."""
        chosen = self.choice()
        if chosen:
            return chosen
        detection = self.detection or self.detect()
        return detection.language if detection else i18n.normalise(self.locale().name())

    def set_language(self, lang: str | None) -> None:
        """Choose ``lang``; None goes back to "automatic"."""
        index = self.language_combo.findData(lang) if lang else 0
        self.language_combo.setCurrentIndex(max(0, index))

    def _follow_language(self) -> None:
        """Arabic is typed right-to-left: the box follows the chosen language, not the window."""
        effective = self.choice() or (self.detection.language if self.detection else None)
        rtl = effective == "ar"
        self.text_edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    def begin_revision(self, recommendation_id: str, text: str, language: str) -> None:
        """Load a recommendation for revision; what was being drafted is set aside, not lost."""
        if self.revising is None:
            self._stash = (self.text_edit.toPlainText(), self.choice())
        self.revising = recommendation_id
        self._original = text
        self.set_language(language)
        self.text_edit.setPlainText(text)
        self.text_edit.setFocus()
        self.text_edit.selectAll()
        self.retranslate()

    def finish(self) -> None:
        """The text was stored: a new draft empties the box; a revision brings back the set-aside text."""
        was_revising = self.revising is not None
        self.revising = None
        self._original = ""
        if was_revising:
            text, language = self._stash or ("", None)
            self._stash = None
            self.set_language(language)
            self.text_edit.setPlainText(text)
            self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)
        else:
            self.text_edit.clear()
        self.retranslate()
        if was_revising:
            self.revision_ended.emit()

    def keep_as_draft(self) -> None:
        """End the revision but keep its words: they become new draft text, after the set-aside one.

        For a recommendation that vanished while it was revised (an undo of its drafting):
        Ctrl+Enter then adds the text as a new recommendation.
        """
        if self.revising is None:
            return
        text, language = self.text_edit.toPlainText(), self.language()
        self.finish()
        if text.strip():
            if not self.text_edit.toPlainText().strip():
                self.set_language(language)
            self.add_unrecorded(text)

    def add_unrecorded(self, text: str) -> None:
        """Put text after the draft being typed (the set-aside one while revising), never over it."""
        if self.revising is not None:
            existing, language = self._stash or ("", self.language())
            self._stash = (f"{existing}\n{text}" if existing.strip() else text, language)
            return
        existing = self.text_edit.toPlainText()
        self.text_edit.setPlainText(f"{existing}\n{text}" if existing.strip() else text)
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)

    def cancel(self) -> None:
        if self.revising is not None:
            self.finish()
            self.cancelled.emit()

    def stashed_text(self) -> str:
        """The unrecorded draft: the set-aside text while revising, else the box's own text."""
        if self.revising is not None:
            return self._stash[0] if self._stash else ""
        return self.text_edit.toPlainText()

    def revised_text(self) -> str:
        """The changed text of the recommendation being revised; empty when not revising or unchanged."""
        if self.revising is None or self.text_edit.toPlainText() == self._original:
            return ""
        return self.text_edit.toPlainText()

    def submit(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if text:
            if self.choice() is None:
                self.detect()  # the text as it is now: what is shown is what is stored
            self.submitted.emit(text, self.language())

    def set_writable(self, writable: bool) -> None:
        self.text_edit.setReadOnly(not writable)
        self.submit_button.setEnabled(writable)
        self.submit_action.setEnabled(writable)
