"""The secondary windows close with their session and are freed once closed; the next opening builds a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_session_dialogs_close_when_another_file_opens(make_window, session_path, tmp_path, qtbot) -> None:  # noqa: ANN001
    import shutil

    from shiboken6 import isValid

    other = tmp_path / "other.sahel"
    shutil.copy(session_path, other)
    win = make_window()
    assert win.open_path(session_path)
    win.show()
    old_search = win.windows.search(win.document)
    old_search.query.setText("parl")  # the debounce timer is running when the file switches
    old_export = win.windows.export(win.document)
    old_projector = win.windows.projector(win.document)
    panel = win.workspace.recommendations
    panel.editor.text_edit.setPlainText("A recommendation")
    panel.submit()
    history = panel.show_history()
    assert history is not None and history.isVisible()
    old_doc = win.document

    assert win.open_path(other)
    assert old_doc.closed
    for old in (old_search, old_export, old_projector, history):
        qtbot.waitUntil(lambda old=old: not isValid(old) or not old.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: not isValid(old_search), timeout=2000)  # deleted, timers and all
    qtbot.wait(400)  # longer than the search debounce: no tick reaches the closed file
    new_search = win.windows.search(win.document)
    assert new_search is not old_search and new_search.document is win.document
    new_search.query.setText("parliament")
    new_search.run_search()


def test_closed_secondary_windows_are_deleted(window, session_path, tmp_path, qtbot) -> None:  # noqa: ANN001
    import shutil

    from shiboken6 import isValid

    setup = window.windows.setup(window.document)
    export = window.windows.export(window.document)
    for dialog in (setup, export):
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not isValid(d), timeout=2000)
    window.named_actions["projector"].trigger()
    projector = window.projector
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(projector), timeout=2000)
    window.named_actions["projector"].trigger()  # opens a new one after the deleted one
    assert window.projector is not None and isValid(window.projector) and window.projector.isVisible()
    window.named_actions["projector"].trigger()
    assert window.projector is None

    again = window.windows.setup(window.document)  # replaces nothing alive; no error on the deleted one
    assert isValid(again)
    other = tmp_path / "other.sahel"
    shutil.copy(session_path, other)
    assert window.open_path(other)  # the session closes: releasing the deleted dialogs is harmless
    qtbot.waitUntil(lambda: not isValid(again), timeout=2000)
