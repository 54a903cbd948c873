"""Undoable floor changes: giving the floor (start a turn) and taking it back (stop)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sahel_panel.domain.model import Turn
from sahel_panel.services import SessionService
from sahel_panel.ui.core.document import ServiceCommand, UndoLabel


class StartTurn(ServiceCommand):
    """Give the floor; the turn open before (if any) is closed at the same instant."""

    def __init__(self, service: SessionService, speaker_id: str, question_id: str | None) -> None:
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Start speaking")))
        self.service, self.speaker_id, self.question_id = service, speaker_id, question_id
        self.turn: Turn | None = None
        self.previous_id: str | None = None

    def do(self) -> None:
        if self.turn is None:
            previous = self.service.turns.current()
            self.previous_id = previous.id if previous is not None else None
            self.turn = self.service.turns.start(self.speaker_id, self.question_id)
        else:
            self.service.turns.restore_start(self.turn, closing=self.previous_id)

    def undo_(self) -> None:
        assert self.turn is not None
        self.service.turns.remove_start(self.turn.id, reopen=self.previous_id)


class StopTurn(ServiceCommand):
    def __init__(self, service: SessionService) -> None:
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Stop speaking")))
        self.service = service
        self.turn: Turn | None = None

    def do(self) -> None:
        if self.turn is None:
            self.turn = self.service.turns.stop()
        else:  # redo: the turn ends when it first ended, not at the moment of the redo
            self.service.turns.restore_end(self.turn)

    def undo_(self) -> None:
        if self.turn is not None:
            self.service.turns.reopen(self.turn.id)


class EndTurnAtLastActivity(ServiceCommand):
    """End a turn left open (a crash, a close without stopping) at the last recorded moment, not now."""

    def __init__(self, service: SessionService) -> None:
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "End the open turn")))
        self.service = service
        self.turn: Turn | None = None

    def do(self) -> None:
        if self.turn is None:
            self.turn = self.service.turns.stop_at_last_activity()
        else:  # redo: the same end as the first time
            self.service.turns.restore_end(self.turn)

    def undo_(self) -> None:
        if self.turn is not None:
            self.service.turns.reopen(self.turn.id)
