"""Who holds the floor: the speaking timer, its limit, and the queue of speakers waiting.

The timer reads the session's clock (``service.now()``), not the wall clock,
so tests drive it with a fake clock; a QTimer only repaints. The queue is
kept in the session file (as the ``speaker-queue`` draft) so a crash does not
lose the moderator's list.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import Speaker, Turn, parse_time
from sahel_panel.domain.speaking_time import NEAR, NORMAL, OVER, timer_state
from sahel_panel.domain.speaking_time import timer_text as clock_text
from sahel_panel.services import Change
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.floor import commands
from sahel_panel.ui.floor.limit import limit_spin, set_spin_seconds, spin_seconds
from sahel_panel.ui.text.bidi import EmbeddingDelegate
from sahel_panel.ui.text.elided import ElidedLabel
from sahel_panel.ui.text.plain import tooltip
from sahel_panel.ui.text.steady import hold_widest

QUEUE_DRAFT = "speaker-queue"
SPEAKER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The speaker id of a queue row."""


class SpeakerLookup(Protocol):
    """What the floor needs of the registry (the speakers room's model): a speaker by id."""

    def by_id(self, speaker_id: str | None) -> Speaker | None: ...
_STYLE = {
    NORMAL: "",
    NEAR: "QLabel#timer { background: #f5b700; color: #1a1a1a; border-radius: 6px; }",
    OVER: "QLabel#timer { background: #c62828; color: #ffffff; border-radius: 6px; }",
}


class FloorPanel(QWidget):
    speaker_changed = Signal(object)  # speaker id holding the floor, or None
    limit_changed = Signal(object)  # seconds, or None for no limit

    def __init__(self, document: SessionDocument, speakers: SpeakerLookup, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.speakers, self.settings = document, speakers, settings
        self.service = document.service
        self.turn: Turn | None = self.service.turns.current()

        # Two lines whatever the name: "Mr. Giuseppe Roberto Alessandro Romano-Castellani — Parliamentary
        # Assembly…" is shown smaller, then cut (whole in the tooltip); the timer and queue never move.
        self.current_label = ElidedLabel(2, (1.0, 0.85), objectName="currentSpeaker")
        font = self.current_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.current_label.setFont(font)
        self.timer_label = QLabel("00:00", objectName="timer")
        tfont = self.timer_label.font()
        tfont.setPointSizeF(tfont.pointSizeF() * 2.6)
        tfont.setBold(True)
        self.timer_label.setFont(tfont)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Its text changes every second: a fixed size keeps that from relaying out the window.
        hold_widest(self.timer_label, ("00:00", "0:00:00"), _STYLE.values(), QSize(24, 16))
        self.limit_spin = limit_spin(QSpinBox(objectName="speakingLimit"), "")
        set_spin_seconds(self.limit_spin, settings.speaking_limit())
        self.limit_spin.valueChanged.connect(self._limit_changed)
        self.limit_spin.setMinimumWidth(self.limit_spin.fontMetrics().horizontalAdvance("60 min") + 40)
        self.limit_label = QLabel()
        self.limit_label.setBuddy(self.limit_spin)

        self.queue = QListWidget(objectName="speakerQueue")
        self.queue.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Names keep their own direction when painted; the item text stays plain for type-to-jump.
        self.queue.setItemDelegate(EmbeddingDelegate(self.queue))
        self.queue.model().rowsMoved.connect(self._save_queue)
        self.queue.itemActivated.connect(lambda item: self.start(item.data(SPEAKER_ID_ROLE)))
        self.queue.installEventFilter(self)
        self.queue_label = QLabel()
        self.queue_label.setBuddy(self.queue)
        self.up_button, self.down_button, self.remove_button = QToolButton(), QToolButton(), QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.remove_button.setText("✕")
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)

        top = QHBoxLayout()
        top.addWidget(self.timer_label)
        top.addWidget(self.current_label, 1)
        # The limit on its own row: beside the name it made the dock too wide for a 1366-pixel screen.
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit_label)
        limit_row.addWidget(self.limit_spin)
        limit_row.addStretch(1)
        queue_head = QHBoxLayout()
        queue_head.addWidget(self.queue_label, 1)
        for b in (self.up_button, self.down_button, self.remove_button):
            b.setAutoRaise(True)
            queue_head.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(limit_row)
        layout.addLayout(queue_head)
        layout.addWidget(self.queue, 1)

        document.ticked.connect(self.refresh_timer)
        self._load_queue()
        document.changed.connect(self._on_change)
        self.retranslate()
        self.refresh_turn()

    # -- public operations -------------------------------------------------
    def queued_ids(self) -> list[str]:
        return [self.queue.item(i).data(SPEAKER_ID_ROLE) for i in range(self.queue.count())]

    def enqueue(self, speaker_id: str) -> None:
        if speaker_id in self.queued_ids() or self.speakers.by_id(speaker_id) is None:
            return
        self.queue.addItem(self._item(speaker_id))
        self._save_queue()

    def start(self, speaker_id: str | None = None) -> bool:
        """Give the floor to ``speaker_id`` (default: the selected, else the first queued speaker)."""
        if speaker_id is None:
            current = self.queue.currentItem()
            item = current if current is not None else self.queue.item(0)
            speaker_id = item.data(SPEAKER_ID_ROLE) if item is not None else None
        if speaker_id is None:
            self.document.failed.emit(QCoreApplication.translate("FloorPanel", "Choose a speaker first: add one to the queue or select one."))
            return False
        ok = self.document.execute(
            commands.StartTurn(self.service, speaker_id, self.document.live_question_id))
        if ok:
            self._drop(speaker_id)
        return ok

    def next_speaker(self) -> bool:
        """Close the running turn and start the first queued speaker (one undo step)."""
        if self.queue.count() == 0:
            return self.stop()
        return self.start(self.queue.item(0).data(SPEAKER_ID_ROLE))

    def stop(self) -> bool:
        if self.service.turns.current() is None:
            return False
        return self.document.execute(commands.StopTurn(self.service))

    def move_selected(self, step: int) -> None:
        row = self.queue.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.queue.count():
            return
        item = self.queue.takeItem(row)
        self.queue.insertItem(target, item)
        self.queue.setCurrentRow(target)
        self._save_queue()

    def remove_selected(self) -> None:
        row = self.queue.currentRow()
        if row >= 0:
            self.queue.takeItem(row)
            self._save_queue()

    def limit_seconds(self) -> int | None:
        """The speaking-time limit in seconds; None when there is none."""
        return spin_seconds(self.limit_spin)

    def set_limit_seconds(self, seconds: int | None) -> None:
        """Apply a limit chosen elsewhere (Preferences) to the running timer (None: no limit)."""
        set_spin_seconds(self.limit_spin, seconds)

    def elapsed(self) -> float:
        if self.turn is None:
            return 0.0
        return max(0.0, (self.service.now() - parse_time(self.turn.started_at)).total_seconds())

    def state(self) -> str:
        return timer_state(self.elapsed(), self.limit_seconds()) if self.turn else NORMAL

    # -- display -----------------------------------------------------------------
    def refresh_turn(self) -> None:
        self.turn = self.service.turns.current()
        speaker = self.speakers.by_id(self.turn.speaker_id) if self.turn else None
        if speaker is None:
            self.current_label.setText(QCoreApplication.translate("FloorPanel", "Nobody holds the floor"))
        else:
            org = f" — {speaker.organisation}" if speaker.organisation else ""
            self.current_label.setText(f"{speaker.label()}{org}")
        self.speaker_changed.emit(self.turn.speaker_id if self.turn else None)
        self.refresh_timer()

    def refresh_timer(self) -> None:
        state = self.state()
        self.timer_label.setText(clock_text(self.elapsed()))
        if self.timer_label.property("state") != state:
            self.timer_label.setProperty("state", state)
            self.timer_label.setStyleSheet(_STYLE[state])
        limit = self.limit_seconds()
        self.timer_label.setAccessibleDescription(
            QCoreApplication.translate("FloorPanel", "Speaking time, limit %1").replace("%1", clock_text(limit)) if limit
            else QCoreApplication.translate("FloorPanel", "Speaking time, no limit"))

    def retranslate(self) -> None:
        self.limit_label.setText(QCoreApplication.translate("FloorPanel", "Speaking-time &limit:"))
        self.limit_spin.setSuffix(QCoreApplication.translate("FloorPanel", " min"))
        self.limit_spin.setSpecialValueText(QCoreApplication.translate("FloorPanel", "No limit"))
        self.queue_label.setText(QCoreApplication.translate("FloorPanel", "&Queue"))
        self.queue.setToolTip(QCoreApplication.translate("FloorPanel", "Enter gives the floor · Alt+↑/↓ reorders · Del removes · F8 next speaker"))
        self.up_button.setToolTip(QCoreApplication.translate("FloorPanel", "Move up in the queue"))
        self.down_button.setToolTip(QCoreApplication.translate("FloorPanel", "Move down in the queue"))
        self.remove_button.setToolTip(QCoreApplication.translate("FloorPanel", "Remove from the queue"))
        self.up_button.setAccessibleName(QCoreApplication.translate("FloorPanel", "Move up in the queue"))
        self.down_button.setAccessibleName(QCoreApplication.translate("FloorPanel", "Move down in the queue"))
        self.remove_button.setAccessibleName(QCoreApplication.translate("FloorPanel", "Remove from the queue"))
        self.queue.setAccessibleName(QCoreApplication.translate("FloorPanel", "Speakers queue"))
        self.timer_label.setAccessibleName(QCoreApplication.translate("FloorPanel", "Speaking timer"))
        self.limit_spin.setAccessibleName(QCoreApplication.translate("FloorPanel", "Speaking-time limit in minutes"))
        self.current_label.setAccessibleName(QCoreApplication.translate("FloorPanel", "Speaker holding the floor"))
        self.refresh_turn()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and not self.document.closed:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: ANN001, N802
        if watched is self.queue and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    # -- internals -------------------------------------------------------------
    def _item(self, speaker_id: str) -> QListWidgetItem:
        speaker = self.speakers.by_id(speaker_id)
        text = speaker.label() if speaker else "?"
        if speaker and speaker.organisation:
            text = f"{text} — {speaker.organisation}"
        item = QListWidgetItem(text)  # painted in its own direction by the EmbeddingDelegate (ui/text/bidi.py)
        item.setToolTip(tooltip(text))
        item.setData(SPEAKER_ID_ROLE, speaker_id)
        return item

    def _drop(self, speaker_id: str) -> None:
        ids = self.queued_ids()
        if speaker_id in ids:
            self.queue.takeItem(ids.index(speaker_id))
            self._save_queue()

    def _limit_changed(self, _minutes: int) -> None:
        limit = self.limit_seconds()
        self.settings.set_speaking_limit(limit)
        self.refresh_timer()
        self.limit_changed.emit(limit)

    def _save_queue(self, *args: object) -> None:
        self.service.drafts.save(QUEUE_DRAFT, "\n".join(self.queued_ids()), {"kind": "queue"})

    def _load_queue(self) -> None:
        for draft in self.service.drafts.list():
            if draft.editor == QUEUE_DRAFT:
                for sid in draft.text.split():
                    if self.speakers.by_id(sid) is not None:
                        self.queue.addItem(self._item(sid))

    def _on_change(self, change: Change) -> None:
        if change.entity == "turn":
            self.refresh_turn()
        elif change.entity == "speaker":
            for i in reversed(range(self.queue.count())):
                sid = self.queue.item(i).data(SPEAKER_ID_ROLE)
                if sid in change.ids:
                    if self.speakers.by_id(sid) is None:
                        self.queue.takeItem(i)
                    else:
                        self.queue.item(i).setText(self._item(sid).text())
            if self.turn and self.turn.speaker_id in change.ids:
                self.refresh_turn()
