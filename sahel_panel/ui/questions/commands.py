"""Undoable edits of the session's questions (used by the set-up dialog): add, edit, move, remove.

Set-up happens in a dialog but lands on the same undo stack as the live work,
so a removed question is one Ctrl+Z away.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sahel_panel.domain.model import Question
from sahel_panel.services import SessionService
from sahel_panel.services.base import new_id
from sahel_panel.ui.core.document import ServiceCommand, UndoLabel


class AddQuestion(ServiceCommand):
    def __init__(self, service: SessionService, text: dict[str, str], position: int | None = None) -> None:
        super().__init__(UndoLabel("SetupCommands", QT_TRANSLATE_NOOP("SetupCommands", "Add question")))
        self._service = service
        self._text, self._position = dict(text), position
        self.question_id = new_id()

    def do(self) -> None:
        self._service.questions.add(self._text, self._position, question_id=self.question_id)

    def undo_(self) -> None:
        self._service.questions.remove(self.question_id)


class EditQuestion(ServiceCommand):
    def __init__(self, service: SessionService, question_id: str, text: dict[str, str]) -> None:
        super().__init__(UndoLabel("SetupCommands", QT_TRANSLATE_NOOP("SetupCommands", "Edit question")))
        self._service = service
        self._id = question_id
        self._new = dict(text)
        self._old: dict[str, str] | None = None

    def do(self) -> None:
        if self._old is None:  # read here, not in __init__: a vanished question is a refusal execute() reports
            self._old = dict(self._service.questions.get(self._id).text)
        self._service.questions.edit(self._id, self._new)

    def undo_(self) -> None:
        assert self._old is not None
        self._service.questions.edit(self._id, self._old)


class MoveQuestion(ServiceCommand):
    def __init__(self, service: SessionService, question_id: str, position: int) -> None:
        super().__init__(UndoLabel("SetupCommands", QT_TRANSLATE_NOOP("SetupCommands", "Move question")))
        self._service = service
        self._id = question_id
        self._new = position
        self._old: int | None = None

    def do(self) -> None:
        if self._old is None:
            self._old = self._service.questions.get(self._id).position
        self._service.questions.move(self._id, self._new)

    def undo_(self) -> None:
        assert self._old is not None
        self._service.questions.move(self._id, self._old)


class RemoveQuestion(ServiceCommand):
    """Remove a question nothing refers to yet; undo puts it back at its place with its id."""

    def __init__(self, service: SessionService, question_id: str) -> None:
        super().__init__(UndoLabel("SetupCommands", QT_TRANSLATE_NOOP("SetupCommands", "Remove question")))
        self._service = service
        self._id = question_id
        self._removed: Question | None = None

    def do(self) -> None:
        self._removed = self._service.questions.remove(self._id)

    def undo_(self) -> None:
        if self._removed is not None:
            q = self._removed
            self._service.questions.add(q.text, q.position, question_id=q.id)
