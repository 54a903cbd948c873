"""The current outcome question, large, with previous/next and the session clock.

The text is shown in the interface language, falling back to another one
(and saying so) when a translation is missing; its alignment follows the
text's own script, so an Arabic question sits right even in an English window.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QToolButton, QVBoxLayout, QWidget

from sahel_panel.domain.clock import local_date, utc_from_local
from sahel_panel.domain.model import DomainError, Question, SessionInfo, parse_time
from sahel_panel.domain.speaking_time import timer_text as clock_text
from sahel_panel.i18n import is_rtl
from sahel_panel.services import Change
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.elided import ElidedLabel
from sahel_panel.ui.text.locale_text import ui_language
from sahel_panel.ui.text.steady import hold_widest

OVER_STYLE = "color: #c62828; font-weight: bold;"  # the session clock once past the scheduled end


def session_window(info: SessionInfo, first_turn: datetime | None, now: datetime) -> tuple[datetime | None,
                                                                                           datetime | None]:
    """(anchor, scheduled end): the scheduled start when the session is today at the venue, else the first turn.

    The schedule is the venue's wall clock (``info.time_zone``, see :mod:`sahel_panel.domain.clock`),
    whatever this computer's zone.
    """
    zone = info.time_zone
    today = local_date(now, zone)
    anchor: datetime | None = None
    end: datetime | None = None
    if today is not None and info.date == today.isoformat() and info.start:
        anchor = utc_from_local(info.date, info.start, zone)
        end = utc_from_local(info.date, info.end, zone) if info.end else None
    elif first_turn is not None:
        anchor = first_turn
        minutes = info.scheduled_minutes()
        end = anchor + timedelta(minutes=minutes) if minutes else None
    return anchor, end


class QuestionBar(QWidget):
    def __init__(self, document: SessionDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionBar")
        self.document, self.service = document, document.service
        self.questions: list[Question] = self.service.questions.list()
        self.info = self.service.info()
        first = self.service.turns.first_started_at()
        self.first_turn = parse_time(first) if first else None

        self.prev_button, self.next_button = QToolButton(objectName="prevQuestion"), QToolButton(
            objectName="nextQuestion")
        style = self.style()
        self.prev_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        for b in (self.prev_button, self.next_button):
            # Arrows only (named in their tooltips, and as text in the toolbar): with "Précédente",
            # "Suivante", the clock and "Make this question live" the bar was wider than the centre.
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        # Shown while the viewed question is not the live one: only this moves where recording goes.
        self.live_button = QPushButton(objectName="makeLive")
        self.live_button.clicked.connect(self.make_live)
        self.live_label = ElidedLabel(objectName="liveQuestion")
        self.live_label.setStyleSheet("QLabel#liveQuestion { background: #fff4c2; color: #3a2f00; padding: 2px 6px; }")
        self.position_label = QLabel(objectName="questionPosition")
        self.fallback_label = ElidedLabel(objectName="questionFallback")
        self.fallback_label.setStyleSheet("color: #8a5a00;")
        self.clock_label = QLabel(objectName="sessionClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
        # Three lines of the large font whatever the question: a long one is shown smaller (read whole
        # in four lines of the window's own size at worst), then cut with its whole text in the tooltip; never taller.
        self.text_label = ElidedLabel(3, (1.0, 0.85, 0.72, 0.65), objectName="questionText")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.55)
        font.setBold(True)
        self.text_label.setFont(font)

        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.position_label)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.fallback_label, 1)
        top.addWidget(self.live_label)
        top.addWidget(self.live_button)
        top.addWidget(self.clock_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.text_label)
        self.setStyleSheet("QWidget#questionBar { border-bottom: 1px solid palette(mid); }")

        document.ticked.connect(self.refresh_clock)
        document.current_question_changed.connect(lambda _: self.refresh())
        document.live_question_changed.connect(lambda _: self.refresh())
        document.changed.connect(self._on_change)
        document.reveal_requested.connect(self._reveal)
        self.retranslate()

    # -- navigation ----------------------------------------------------------------
    def index(self) -> int:
        qid = self.document.current_question_id
        return next((i for i, q in enumerate(self.questions) if q.id == qid), -1)

    def previous(self) -> None:
        i = self.index()
        if self.questions and i != 0:
            self.document.set_current_question(self.questions[max(0, i - 1)].id)

    def next(self) -> None:
        i = self.index()
        if self.questions and i < len(self.questions) - 1:
            self.document.set_current_question(self.questions[i + 1].id)

    def make_live(self) -> None:
        """The explicit action (Ctrl+Shift+L): the viewed question becomes where recording goes."""
        self.document.set_live_question(self.document.current_question_id)

    def live_position(self) -> int:
        qid = self.document.live_question_id
        return next((i for i, q in enumerate(self.questions) if q.id == qid), -1) + 1

    def current(self) -> Question | None:
        i = self.index()
        return self.questions[i] if i >= 0 else None

    # -- display -----------------------------------------------------------------------
    def refresh(self) -> None:
        q, i, n = self.current(), self.index(), len(self.questions)
        lang = ui_language()
        if q is None:
            self.position_label.setText(QCoreApplication.translate("QuestionBar", "General") if n else QCoreApplication.translate("QuestionBar", "No questions"))
            self.text_label.setText(QCoreApplication.translate("QuestionBar", "General discussion (no outcome question)") if n else
                                    QCoreApplication.translate("QuestionBar", "This session has no outcome questions yet: add them in Session set-up."))
            shown = lang
            self.fallback_label.clear()
        else:
            text, shown = q.display(lang)
            self.position_label.setText(QCoreApplication.translate("QuestionBar", "Question %1 of %2").replace("%1", str(i + 1)).replace("%2", str(n)))
            self.text_label.setText(text)
            self.fallback_label.setText(
                "" if shown == lang else QCoreApplication.translate("QuestionBar", "(not available in this language; shown in %1)").replace(
                    "%1", labels.label(labels.LANGUAGE, shown)))
        rtl = is_rtl(shown)
        self.text_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop |
                                     (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))
        self.prev_button.setEnabled(bool(self.questions) and i != 0)
        self.next_button.setEnabled(bool(self.questions) and i < n - 1)
        self.text_label.setAccessibleDescription(self.position_label.text())
        elsewhere = self.document.live_question_id != self.document.current_question_id
        live = self.live_position()
        self.live_label.setText(
            (QCoreApplication.translate("QuestionBar", "Viewing only: recording goes to question %1 (live)").replace("%1", str(live))
             if live else QCoreApplication.translate("QuestionBar", "Viewing only: recording goes to the general discussion (live)"))
            if elsewhere else "")
        self.live_label.setVisible(elsewhere)
        self.live_button.setVisible(elsewhere)

    def refresh_clock(self) -> None:
        now = self.service.now()
        anchor, end = session_window(self.info, self.first_turn, now)
        if anchor is None:
            self.clock_label.setText(QCoreApplication.translate("QuestionBar", "Not started"))
            self._set_over(False)
            return
        elapsed = (now - anchor).total_seconds()
        parts = [QCoreApplication.translate("QuestionBar", "Elapsed %1").replace("%1", clock_text(elapsed)) if elapsed >= 0 else
                 QCoreApplication.translate("QuestionBar", "Starts in %1").replace("%1", clock_text(-elapsed))]
        over = False
        if end is not None:
            left = (end - now).total_seconds()
            over = left < 0
            parts.append(QCoreApplication.translate("QuestionBar", "%1 left").replace("%1", clock_text(left)) if left >= 0 else
                         QCoreApplication.translate("QuestionBar", "%1 over time").replace("%1", clock_text(-left)))
        self.clock_label.setText("  ·  ".join(parts))
        self._set_over(over)

    def _set_over(self, over: bool) -> None:
        """Red once over time. Only on a change: a style sheet set every second re-polished the
        label and repainted most of the window each tick (7 ms of CPU a second with a turn open)."""
        if self.clock_label.property("over") != over:
            self.clock_label.setProperty("over", over)
            self.clock_label.setStyleSheet(OVER_STYLE if over else "")

    def _on_change(self, change: Change) -> None:
        if change.entity == "question":
            self.questions = self.service.questions.list()
            if self.document.current_question_id not in {q.id for q in self.questions} and self.questions:
                self.document.set_current_question(self.questions[0].id)
            if self.document.live_question_id not in {q.id for q in self.questions} and self.questions:
                self.document.set_live_question(self.questions[0].id)
            self.refresh()
        elif change.entity == "session":
            self.info = self.service.info()
            self.refresh_clock()
        elif change.entity == "turn":
            if self.first_turn is None or change.op == "removed":  # only then can the first turn change
                first = self.service.turns.first_started_at()
                self.first_turn = parse_time(first) if first else None
            self.refresh_clock()

    def _reveal(self, kind: str, item_id: str) -> None:
        """Search results on recommendations: bring their question to the top (contributions do it themselves)."""
        if kind == "recommendation":
            try:
                rec = self.service.recommendations.get(item_id)
            except DomainError:  # a stale search hit; the recommendations panel reports it
                return
            self.document.set_current_question(rec.question_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and not self.document.closed:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # Set every second: sized once per language for its longest text, so that it never asks
        # the window for a new layout (see ui/text/steady.py).
        long_time = "0:00:00"
        hold_widest(self.clock_label, (
            QCoreApplication.translate("QuestionBar", "Not started"),
            "  ·  ".join((QCoreApplication.translate("QuestionBar", "Elapsed %1").replace("%1", long_time),
                          QCoreApplication.translate("QuestionBar", "%1 left").replace("%1", long_time))),
            "  ·  ".join((QCoreApplication.translate("QuestionBar", "Starts in %1").replace("%1", long_time),
                          QCoreApplication.translate("QuestionBar", "%1 over time").replace("%1", long_time))),
            "  ·  ".join((QCoreApplication.translate("QuestionBar", "Elapsed %1").replace("%1", long_time),
                          QCoreApplication.translate("QuestionBar", "%1 over time").replace("%1", long_time)))),
            ("", OVER_STYLE), QSize(6, 0))
        style = self.style()  # mirrored under right-to-left: the "previous" arrow points to the start of the line
        self.prev_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack, None, self))
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward, None, self))
        self.live_button.setText(QCoreApplication.translate("QuestionBar", "Make this question &live"))
        self.live_button.setToolTip(QCoreApplication.translate("QuestionBar", "Record, give the floor and project on this question from now on (Ctrl+Shift+L)"))
        self.prev_button.setText(QCoreApplication.translate("QuestionBar", "Previous"))
        self.next_button.setText(QCoreApplication.translate("QuestionBar", "Next"))
        self.prev_button.setToolTip(QCoreApplication.translate("QuestionBar", "Previous question (Ctrl+PgUp)"))
        self.next_button.setToolTip(QCoreApplication.translate("QuestionBar", "Next question (Ctrl+PgDown)"))
        self.prev_button.setAccessibleName(QCoreApplication.translate("QuestionBar", "Previous question"))
        self.next_button.setAccessibleName(QCoreApplication.translate("QuestionBar", "Next question"))
        self.text_label.setAccessibleName(QCoreApplication.translate("QuestionBar", "Current question"))
        self.clock_label.setAccessibleName(QCoreApplication.translate("QuestionBar", "Session clock"))
        self.refresh()
        self.refresh_clock()
