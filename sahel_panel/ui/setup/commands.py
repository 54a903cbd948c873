"""Undoable set-up edit of the session metadata.

The set-up dialog's question edits are in :mod:`sahel_panel.ui.questions.commands`, its
speaker-list import in :mod:`sahel_panel.ui.speakers.commands`.

Set-up happens in a dialog but lands on the same undo stack as the live work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sahel_panel.services import SessionService
from sahel_panel.ui.core.document import ServiceCommand


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
