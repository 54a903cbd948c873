"""Undoable edits of the speakers registry: add, correct, remove, import a whole list.

Each class is one user gesture = one service call = one undo step (see
:class:`~sahel_panel.ui.core.document.ServiceCommand`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sahel_panel.domain.model import Speaker
from sahel_panel.services import SessionService
from sahel_panel.services.base import new_id
from sahel_panel.ui.core.document import ServiceCommand, UndoLabel


class AddSpeaker(ServiceCommand):
    def __init__(self, service: SessionService, **fields: object) -> None:
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Add speaker")))
        self.service = service
        self.fields = dict(fields)
        self.fields.setdefault("speaker_id", new_id())
        self.speaker: Speaker | None = None

    def do(self) -> None:
        if self.speaker is None:
            self.speaker = self.service.speakers.add(**self.fields)  # type: ignore[arg-type]
        else:
            self.service.speakers.restore(self.speaker)

    def undo_(self) -> None:
        assert self.speaker is not None
        self.service.speakers.remove(self.speaker.id)


class EditSpeaker(ServiceCommand):
    def __init__(self, service: SessionService, speaker_id: str, **changes: object) -> None:
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Edit speaker")))
        self.service, self.speaker_id, self.changes = service, speaker_id, changes
        self.before: dict[str, object] | None = None

    def do(self) -> None:
        if self.before is None:  # read inside do(): a vanished speaker is a refusal, not a crash
            current = self.service.speakers.get(self.speaker_id)
            self.before = {k: getattr(current, k) for k in self.changes}
        self.service.speakers.edit(self.speaker_id, **self.changes)

    def undo_(self) -> None:
        assert self.before is not None
        self.service.speakers.edit(self.speaker_id, **self.before)


class RemoveSpeaker(ServiceCommand):
    def __init__(self, service: SessionService, speaker_id: str) -> None:
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Remove speaker")))
        self.service, self.speaker_id = service, speaker_id
        self.speaker: Speaker | None = None

    def do(self) -> None:
        self.speaker = self.service.speakers.remove(self.speaker_id)

    def undo_(self) -> None:
        assert self.speaker is not None
        self.service.speakers.restore(self.speaker)


class ImportSpeakers(ServiceCommand):
    """A whole speaker list in one step: all added or none (the service refuses a bad list whole)."""

    def __init__(self, service: SessionService, speakers: list[Speaker], source: str = "") -> None:
        super().__init__(UndoLabel("SetupCommands", QT_TRANSLATE_NOOP("SetupCommands", "Import speaker list %1"), (source,)) if source
                         else UndoLabel("SetupCommands", QT_TRANSLATE_NOOP("SetupCommands", "Import speaker list")))
        self._service = service
        self._speakers = [s if s.id else _with_id(s) for s in speakers]

    @property
    def speaker_ids(self) -> list[str]:
        return [s.id for s in self._speakers]

    def do(self) -> None:
        self._service.speakers.add_many(self._speakers)

    def undo_(self) -> None:
        self._service.speakers.unimport(self.speaker_ids)


def _with_id(speaker: Speaker) -> Speaker:
    return replace(speaker, id=new_id())
