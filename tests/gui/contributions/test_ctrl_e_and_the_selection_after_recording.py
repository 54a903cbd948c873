"""Ctrl+E reaches the editor from every field of the window, and recording leaves a selection that means something."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.conftest import fresh


class X11LineEditKeys(QObject):
    """What X11's key theme makes a QLineEdit do: claim Ctrl+E (end of line) and Ctrl+K (delete to end)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        if event.type() == QEvent.Type.ShortcutOverride and QKeySequence(event.keyCombination()) in (
                QKeySequence("Ctrl+E"), QKeySequence("Ctrl+K")):
            event.accept()
            return True
        return False


def test_ctrl_e_goes_to_the_editor_from_every_line_edit(window, session_path, qtbot) -> None:  # noqa: ANN001
    editor = window.workspace.contributions.editor.text
    fields = [w for w in window.findChildren(QLineEdit) if w.isVisible() and w.isEnabled()]
    names = {w.objectName() for w in fields}
    assert {"speakerFilter", "quickName", "quickOrganisation", "contributionTags"} <= names
    x11 = X11LineEditKeys()
    for field in fields:
        field.installEventFilter(x11)
        field.setFocus()
        qtbot.keyClicks(field, "x")
        before = field.text()
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is editor, field.objectName()
        assert field.text() == before  # the key did not act in the field either
        field.removeEventFilter(x11)
        field.clear()
    # Ctrl+K finds a speaker from the editor's tags field as well.
    tags = window.workspace.contributions.editor.tags_edit
    tags.installEventFilter(x11)
    tags.setFocus()
    qtbot.keyClick(tags, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.workspace.speakers.filter_edit
    # ... and the sentence typed after Ctrl+E is recorded, as the store holds.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Budgets need oversight.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with fresh(session_path) as s:
        assert [c.text for c in s.contributions.list()] == ["Budgets need oversight."]


def test_recording_selects_only_the_new_contribution(window, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.contributions
    editor = panel.editor.text
    for text in ("First point on budgets.", "Second point on justice."):
        editor.setFocus()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    panel.view.selectAll()
    assert len(window.document.selected_contribution_ids) == 2
    editor.setFocus()
    qtbot.keyClicks(editor, "Third point on youth.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    third = [c for c in window.document.service.contributions.list() if c.text == "Third point on youth."][0]
    assert window.document.selected_contribution_ids == [third.id]
    rows = {i.row() for i in panel.view.selectionModel().selectedRows()}
    assert rows == {panel.model.row_of(third.id)}
