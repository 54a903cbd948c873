"""The projector window (F5): question, speaker and timer in large type for the room.

A separate top-level window, so it can sit full-screen on a second screen
while the rapporteur works on the laptop. It only reads: the current question
from the document, the speaker and timer from ``service.turns.current()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from sahel_panel import i18n
from sahel_panel.domain.model import DomainError
from sahel_panel.domain.speaking_time import NEAR, NORMAL, OVER, timer_state, timer_text
from sahel_panel.ui.core.document import SessionDocument

TIMER_COLOURS = {NORMAL: "#f5f5f5", NEAR: "#ffb300", OVER: "#ff5252"}
"""The timer's colour in each state of :func:`~sahel_panel.domain.speaking_time.timer_state` (dark background)."""


class ProjectorWindow(QWidget):
    """Large-type view for the room; Esc closes it, :meth:`show_on_best_screen` places it."""

    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.document = document
        self.limit_seconds: int | None = None
        self.timer_state = NORMAL
        self.setWindowTitle(QCoreApplication.translate("ProjectorWindow", "Sahel Panel — projector"))
        self.setAccessibleName(QCoreApplication.translate("ProjectorWindow", "Projector"))
        self.setObjectName("projector")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#projector { background: #10243a; } QLabel { color: #f5f5f5; }"
                           " #rule { background: #3d5a7a; }")

        self.question_number = QLabel(self)
        self.question_text = QLabel(self)
        self.question_text.setWordWrap(True)
        self.question_text.setTextFormat(Qt.TextFormat.PlainText)
        self.question_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
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
        document.current_question_changed.connect(self._question_changed)
        self.resize(1024, 576)
        self._apply_fonts()
        self.refresh()

    # -- public ------------------------------------------------------------
    def set_timer_limit(self, seconds: int | None) -> None:
        """The speaking-time limit (None: no limit); colours follow the floor panel's rule (domain/speaking_time.py)."""
        self.limit_seconds = seconds if seconds else None
        self._update_timer()

    def show_on_best_screen(self) -> QScreen:
        """Full screen on a screen other than the main window's when there are several, else a normal window."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        own = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not own]
        if len(screens) > 1 and others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            target = own
            self.showNormal()
        self.raise_()
        return target

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
        self.question_text.setAlignment(start | Qt.AlignmentFlag.AlignTop)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _show_question(self) -> None:
        service = self.document.service
        qid = self.document.current_question_id
        question = None
        if qid is not None:
            try:
                question = service.questions.get(qid)
            except DomainError:
                question = None
        if question is None:
            self.question_number.setText("")
            self.question_text.setText(service.info().title)
            return
        total = len(service.questions.list())
        self.question_number.setText(QCoreApplication.translate("ProjectorWindow", "Question %1 of %2").replace("%1", str(question.position))
                                     .replace("%2", str(total)))
        text, _lang = question.display(self.language())
        self.question_text.setText(text)
        self._fit_question()

    def _fit_question(self) -> None:
        """Shrink the question's type until the whole text fits: a clipped question is worse than a smaller one."""
        label = self.question_text
        width, height = label.width(), label.height()
        if width < 50 or height < 20:
            return
        font = QFont(label.font())
        size = max(12, int(max(300, self.height()) * 0.075))
        flags = int(Qt.TextFlag.TextWordWrap)
        while size > 12:
            font.setPixelSize(size)
            if QFontMetrics(font).boundingRect(0, 0, width, 100000, flags, label.text()).height() <= height:
                break
            size -= 2
        font.setPixelSize(size)
        label.setFont(font)

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
