"""Opening and closing sessions leaves nothing of them alive: documents, draft keepers, panels."""

from __future__ import annotations

import gc
import shutil
import weakref

from PySide6.QtCore import QCoreApplication, QEvent

from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.core.drafts import DraftKeeper


def _settle(qtbot) -> None:  # noqa: ANN001
    """Run the deferred deletions (deleteLater) and collect what Python still holds."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(10)
        gc.collect()


def _alive(kind: type) -> int:
    return sum(1 for obj in gc.get_objects() if isinstance(obj, kind))


def test_five_sessions_opened_and_closed_leave_nothing_alive(make_window, session_path, tmp_path, qtbot) -> None:  # noqa: ANN001
    window = make_window()
    window.show()
    _settle(qtbot)
    before = (_alive(SessionDocument), _alive(DraftKeeper))
    refs = []
    for i in range(5):
        path = tmp_path / f"copy{i}.sahel"
        shutil.copy(session_path, path)
        assert window.open_path(path)
        ws = window.workspace
        refs += [weakref.ref(ws.document), weakref.ref(ws.drafts), weakref.ref(ws)]
        window.named_actions["search"].trigger()  # a session-bound window too
        window.named_actions["projector"].trigger()
        del ws
        window.close_session()
        _settle(qtbot)
    assert [r for r in refs if r() is not None] == []
    assert (_alive(SessionDocument), _alive(DraftKeeper)) == before
