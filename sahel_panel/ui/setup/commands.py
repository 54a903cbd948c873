"""Undoable set-up edits: session metadata, outcome questions, imported speaker lists.

Set-up happens in a dialog but lands on the same undo stack as the live work,
so a wrong import or a removed question is one Ctrl+Z away.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from sahel_panel.domain.model import DomainError, Question, Speaker
from sahel_panel.services import SessionService
from sahel_panel.services.base import new_id
from sahel_panel.ui.document import ServiceCommand


class UpdateSessionInfo(ServiceCommand):
    def __init__(self, service: SessionService, changes: dict[str, object]) -> None:
        super().__init__(QCoreApplication.translate("SetupCommands", "Edit session details"))
        self._service = service
        info = service.info()
        self._new = dict(changes)
        self._old = {key: getattr(info, key) for key in changes}

    def do(self) -> None:
        self._service.update_info(**self._new)

    def undo_(self) -> None:
        self._service.update_info(**self._old)


class AddQuestion(ServiceCommand):
    def __init__(self, service: SessionService, text: dict[str, str], position: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("SetupCommands", "Add question"))
        self._service = service
        self._text, self._position = dict(text), position
        self.question_id = new_id()

    def do(self) -> None:
        self._service.questions.add(self._text, self._position, question_id=self.question_id)

    def undo_(self) -> None:
        self._service.questions.remove(self.question_id)


class EditQuestion(ServiceCommand):
    def __init__(self, service: SessionService, question_id: str, text: dict[str, str]) -> None:
        super().__init__(QCoreApplication.translate("SetupCommands", "Edit question"))
        self._service = service
        self._id = question_id
        self._old = dict(service.questions.get(question_id).text)
        self._new = dict(text)

    def do(self) -> None:
        self._service.questions.edit(self._id, self._new)

    def undo_(self) -> None:
        self._service.questions.edit(self._id, self._old)


class MoveQuestion(ServiceCommand):
    def __init__(self, service: SessionService, question_id: str, position: int) -> None:
        super().__init__(QCoreApplication.translate("SetupCommands", "Move question"))
        self._service = service
        self._id = question_id
        self._old = service.questions.get(question_id).position
        self._new = position

    def do(self) -> None:
        self._service.questions.move(self._id, self._new)

    def undo_(self) -> None:
        self._service.questions.move(self._id, self._old)


class RemoveQuestion(ServiceCommand):
    """Remove a question nothing refers to yet; undo puts it back at its place with its id."""

    def __init__(self, service: SessionService, question_id: str) -> None:
        super().__init__(QCoreApplication.translate("SetupCommands", "Remove question"))
        self._service = service
        self._id = question_id
        self._removed: Question | None = None

    def do(self) -> None:
        self._removed = self._service.questions.remove(self._id)

    def undo_(self) -> None:
        if self._removed is not None:
            q = self._removed
            self._service.questions.add(q.text, q.position, question_id=q.id)


class ImportSpeakers(ServiceCommand):
    """A whole speaker list in one step: all added or none (the service refuses a bad list whole)."""

    def __init__(self, service: SessionService, speakers: list[Speaker], source: str = "") -> None:
        super().__init__(QCoreApplication.translate("SetupCommands", "Import speaker list %1").replace("%1", source).strip())
        self._service = service
        self._speakers = [s if s.id else _with_id(s) for s in speakers]

    @property
    def speaker_ids(self) -> list[str]:
        return [s.id for s in self._speakers]

    def do(self) -> None:
        self._service.speakers.add_many(self._speakers)

    def undo_(self) -> None:
        # Check first, so an undo refused because someone already spoke removes nobody.
        for speaker in self._speakers:
            if self._service.speakers.usage(speaker.id):
                raise DomainError(QCoreApplication.translate("SetupCommands", "%1 has already spoken; the import can no longer be undone.")
                                  .replace("%1", speaker.name), "speaker")
        for speaker in reversed(self._speakers):
            self._service.speakers.remove(speaker.id)


def _with_id(speaker: Speaker) -> Speaker:
    return replace(speaker, id=new_id())
