"""Undoable set-up edit of the session metadata.

The set-up dialog's question edits are in :mod:`sahel_panel.ui.questions.commands`, its
speaker-list import in :mod:`sahel_panel.ui.speakers.commands`.

Set-up happens in a dialog but lands on the same undo stack as the live work.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sahel_panel.services import SessionService
from sahel_panel.ui.core.document import ServiceCommand, UndoLabel


class UpdateSessionInfo(ServiceCommand):
    def __init__(self, service: SessionService, changes: dict[str, object]) -> None:
        super().__init__(UndoLabel("SetupCommands", QT_TRANSLATE_NOOP("SetupCommands", "Edit session details")))
        self._service = service
        self._new = dict(changes)
        self._old: dict[str, object] | None = None

    def do(self) -> None:
        if self._old is None:
            info = self._service.info()
            self._old = {key: getattr(info, key) for key in self._new}
        self._service.update_info(**self._new)

    def undo_(self) -> None:
        assert self._old is not None
        self._service.update_info(**self._old)
