"""The projector window (F5): question, speaker and timer in large type for the room.

A separate top-level window, so it can sit full-screen on a second screen
while the rapporteur works on the laptop. It only reads: the current question
from the document, the speaker and timer from ``service.turns.current()``.

It never takes the keyboard (``WindowDoesNotAcceptFocus``, shown without
activating): a sentence typed after F5 must land in the editor, on one screen
or two. F5 toggles it from the main window, and from the projector too when a
window manager hands it the focus anyway. The question is shown in each of the
session's languages, the interface language first and largest.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from sahel_panel import i18n
from sahel_panel.domain.model import DomainError
from sahel_panel.domain.speaking_time import NEAR, NORMAL, OVER, timer_state, timer_text
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.text.bidi import text_direction

TIMER_COLOURS = {NORMAL: "#f5f5f5", NEAR: "#ffb300", OVER: "#ff5252"}
"""The timer's colour in each state of :func:`~sahel_panel.domain.speaking_time.timer_state` (dark background)."""


class ProjectorWindow(QWidget):
    """Large-type view for the room; Esc closes it, :meth:`show_on_best_screen` places it."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.document = document
        self.limit_seconds: int | None = None
        self.timer_state = NORMAL
        self.setWindowTitle(QCoreApplication.translate("ProjectorWindow", "Sahel Panel — projector"))
        self.setAccessibleName(QCoreApplication.translate("ProjectorWindow", "Projector"))
        self.setObjectName("projector")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#projector { background: #10243a; } QLabel { color: #f5f5f5; }"
                           " QLabel#otherLanguage { color: #b8c7d9; } #rule { background: #3d5a7a; }")

        self.question_number = QLabel(self)
        self.question_text = QLabel(self)
        self.question_text.setWordWrap(True)
        self.question_text.setTextFormat(Qt.TextFormat.PlainText)
        self.question_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The same question in the session's other languages, smaller, each in its own direction.
        self.other_texts: list[QLabel] = []
        for _ in range(2):
            other = QLabel(self)
            other.setWordWrap(True)
            other.setTextFormat(Qt.TextFormat.PlainText)
            other.setObjectName("otherLanguage")
            other.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.other_texts.append(other)
        rule = QFrame(self)
        rule.setObjectName("rule")
        rule.setFixedHeight(3)
        self.speaker_name = QLabel(self)
        self.speaker_organisation = QLabel(self)
        self.timer_label = QLabel(self)
        for label in (self.question_number, self.speaker_name, self.speaker_organisation):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.timer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_number.setAccessibleName(QCoreApplication.translate("ProjectorWindow", "Question number"))
        self.question_text.setAccessibleName(QCoreApplication.translate("ProjectorWindow", "Current question"))
        self.speaker_name.setAccessibleName(QCoreApplication.translate("ProjectorWindow", "Current speaker"))
        self.speaker_organisation.setAccessibleName(QCoreApplication.translate("ProjectorWindow", "Organisation"))
        self.timer_label.setAccessibleName(QCoreApplication.translate("ProjectorWindow", "Speaking time"))

        speaker_box = QVBoxLayout()
        speaker_box.addWidget(self.speaker_name)
        speaker_box.addWidget(self.speaker_organisation)
        bottom = QHBoxLayout()  # mirrored by Qt under right-to-left: the timer stays at the line's end
        bottom.addLayout(speaker_box, 1)
        bottom.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(18)
        layout.addWidget(self.question_number)
        layout.addWidget(self.question_text, 1)
        for other in self.other_texts:
            layout.addWidget(other)
        layout.addWidget(rule)
        layout.addLayout(bottom)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)
        # A child timer, not QTimer.singleShot(0, self, self._fit_question): with PySide 6.11 that call
        # keeps a reference to the bound method, so every projector shown stayed alive with its document.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_question)
        document.changed.connect(self._on_changed)
        document.live_question_changed.connect(self._question_changed)  # the live one, not the one browsed
        self.resize(1024, 576)
        self._apply_fonts()
        self.refresh()

    # -- public ------------------------------------------------------------
    def set_timer_limit(self, seconds: int | None) -> None:
        """The speaking-time limit (None: no limit); colours follow the floor panel's rule (domain/speaking_time.py)."""
        self.limit_seconds = seconds if seconds else None
        self._update_timer()

    def show_on_best_screen(self) -> QScreen:
        """Full screen on a screen other than the main window's when there are several, else a window
        at the side of the one screen; either way without taking the keyboard from the main window."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        own = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not own]
        focus = QApplication.focusWidget()
        if len(screens) > 1 and others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            target = own
            area = own.availableGeometry()
            width, height = min(1024, area.width() * 3 // 5), min(576, area.height() * 3 // 5)
            self.resize(width, height)
            self.move(area.right() - width, area.bottom() - height)
            self.showNormal()
        self.raise_()
        self._give_keyboard_back(focus)
        return target

    def bind_toggle(self, action: QAction) -> None:
        """F5 (the main window's action) toggles from here too, should a window manager focus this window."""
        self.addAction(action)

    def _give_keyboard_back(self, focus: QWidget | None) -> None:
        """Some window managers activate a new window whatever it asks: hand the keyboard straight back."""
        parent = self.parentWidget()
        if parent is None:
            return

        def back() -> None:
            if not parent.isActiveWindow():
                parent.activateWindow()
            target = focus if focus is not None and shiboken6.isValid(focus) else parent.focusWidget()
            if target is not None and target.window() is parent:
                target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

        back()
        QTimer.singleShot(0, parent, back)

    def language(self) -> str:
        """The interface language, which the projector follows (the room reads what the rapporteur set)."""
        return i18n.normalise(self.locale().name())

    def refresh(self) -> None:
        self._show_question()
        self._show_speaker()

    # -- showing -----------------------------------------------------------
    def _apply_fonts(self) -> None:
        """Sizes follow the window height, so the text fills a projector and still fits a laptop window."""
        h = max(300, self.height())
        for label, ratio, bold in ((self.question_number, 0.045, False), (self.question_text, 0.075, True),
                                   *((other, 0.05, False) for other in self.other_texts),
                                   (self.speaker_name, 0.07, True), (self.speaker_organisation, 0.045, False),
                                   (self.timer_label, 0.16, True)):
            font = QFont(label.font())
            font.setPixelSize(max(12, int(h * ratio)))
            font.setBold(bold)
            label.setFont(font)
        digits = QFont(self.timer_label.font())
        digits.setStyleHint(QFont.StyleHint.Monospace)
        digits.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.timer_label.setFont(digits)
        self._align()

    def _align(self) -> None:
        """Explicit start alignment: a label beginning with Latin would otherwise stay left under Arabic."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        start = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        for label in (self.question_number, self.speaker_name, self.speaker_organisation):
            label.setAlignment(start | Qt.AlignmentFlag.AlignVCenter)
        self.question_text.setAlignment(self._start_of(self.question_text.text()) | Qt.AlignmentFlag.AlignTop)
        for other in self.other_texts:
            other.setAlignment(self._start_of(other.text()) | Qt.AlignmentFlag.AlignTop)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    @staticmethod
    def _start_of(text: str) -> Qt.AlignmentFlag:
        """Where a paragraph in its own language starts: Arabic on the right, English and French on the left."""
        rtl = text_direction(text) == Qt.LayoutDirection.RightToLeft
        return (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute

    def _show_question(self) -> None:
        service = self.document.service
        qid = self.document.live_question_id  # the room sees the live question, not what the rapporteur browses
        question = None
        if qid is not None:
            try:
                question = service.questions.get(qid)
            except DomainError:
                question = None
        for other in self.other_texts:
            other.clear()
            other.hide()
        if question is None:
            self.question_number.setText("")
            self.question_text.setText(service.info().title)
            self._align()
            return
        total = len(service.questions.list())
        self.question_number.setText(QCoreApplication.translate("ProjectorWindow", "Question %1 of %2").replace("%1", str(question.position))
                                     .replace("%2", str(total)))
        session_languages = service.info().languages
        text, used = question.display(self.language(), session_languages)
        self.question_text.setText(text)
        others = [question.text[lang] for lang in session_languages
                  if lang != used and question.text.get(lang, "").strip()]
        for label, other in zip(self.other_texts, others, strict=False):
            label.setText(other)
            label.show()
        self._align()
        self._fit_question()

    def _fit_question(self) -> None:
        """Shrink the question's type until every language of it fits: a clipped question is worse than a
        smaller one. The other languages keep two thirds of the main one's size."""
        label = self.question_text
        others = [o for o in self.other_texts if o.isVisible() and o.text()]
        width = label.width()
        height = label.height() + sum(o.height() for o in others)
        if width < 50 or height < 20:
            return
        font = QFont(label.font())
        small = QFont(others[0].font()) if others else QFont(label.font())
        size = max(12, int(max(300, self.height()) * 0.075))
        flags = int(Qt.TextFlag.TextWordWrap)
        spacing = self.layout().spacing() if self.layout() else 0
        while size > 12:
            font.setPixelSize(size)
            small.setPixelSize(max(12, size * 2 // 3))
            need = QFontMetrics(font).boundingRect(0, 0, width, 100000, flags, label.text()).height()
            need += sum(QFontMetrics(small).boundingRect(0, 0, width, 100000, flags, o.text()).height() + spacing
                        for o in others)
            if need <= height:
                break
            size -= 2
        font.setPixelSize(size)
        label.setFont(font)
        for other in others:
            other.setFont(small)

    def _show_speaker(self) -> None:
        turn = self.document.service.turns.current()
        speaker = None
        if turn is not None:
            try:
                speaker = self.document.service.speakers.get(turn.speaker_id)
            except DomainError:
                speaker = None
        if speaker is None:
            self.speaker_name.setText(QCoreApplication.translate("ProjectorWindow", "The floor is open") if turn is None else "")
            self.speaker_organisation.setText("")
        else:
            self.speaker_name.setText(speaker.label())
            self.speaker_organisation.setText(speaker.organisation)
        if turn is not None and self.isVisible():
            self._tick.start()
        else:
            self._tick.stop()
        self._update_timer()

    def _update_timer(self) -> None:
        turn = self.document.service.turns.current()
        if turn is None:
            self.timer_label.setText("")
            self.timer_state = NORMAL
            return
        seconds = turn.seconds(self.document.service.now())
        self.timer_state = timer_state(seconds, self.limit_seconds)
        self.timer_label.setText(timer_text(seconds))
        self.timer_label.setStyleSheet(f"color: {TIMER_COLOURS[self.timer_state]};")

    def _on_changed(self, change: object) -> None:
        if not self.isVisible():
            return
        entity = getattr(change, "entity", "")
        if entity in ("turn", "speaker"):
            self._show_speaker()
        elif entity in ("question", "session"):
            self._show_question()

    # -- events ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # Activated anyway (a window manager, a click, a platform that ignores the hint): the
            # keyboard goes straight back to the main window and the widget that had it there.
            QTimer.singleShot(0, self, lambda: self._give_keyboard_back(None))
        # A hidden projector reads nothing: it refreshes when shown (and its file may be closed by then).
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.LocaleChange):
            self._align()
            if self.isVisible():
                self.refresh()
        elif event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(QCoreApplication.translate("ProjectorWindow", "Sahel Panel — projector"))
            if self.isVisible():
                self.refresh()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._apply_fonts()
        self._fit_timer.start()  # once the layout has given the label its new size

    def _question_changed(self, _question_id: object) -> None:
        if self.isVisible():  # a hidden projector reads nothing
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._tick.stop()
        super().closeEvent(event)
