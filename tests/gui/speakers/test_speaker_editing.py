"""A misspelt name or a wrong category is corrected in the registry (F2), as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from sahel_panel.ui.speakers.model import SpeakerModel
from tests.gui.conftest import fresh


def _row_of(panel, name: str) -> int:  # noqa: ANN001
    for row in range(panel.proxy.rowCount()):
        sid = panel.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
        if panel.model.by_id(sid).name == name:
            return row
    raise AssertionError(name)


def _edit(qtbot, panel, name: str, column: int):  # noqa: ANN001, ANN202
    table = panel.table
    index = panel.proxy.index(_row_of(panel, name), column)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    return editor


def test_f2_renames_a_speaker_and_undo_restores(window, session_path: Path, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.speakers
    first = panel.model.speakers()[0].name
    editor = _edit(qtbot, panel, first, SpeakerModel.NAME)
    assert isinstance(editor, QLineEdit) and editor.text() == first  # the bare name, without the honorific
    editor.selectAll()
    editor.clear()
    editor.insert("Aïssata Diallo-")  # QTest types ASCII only; the rest is typed key by key
    qtbot.keyClicks(editor, "Toure")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Aïssata Diallo-Toure" in {sp.name for sp in panel.model.speakers()})
    with fresh(session_path) as s:
        assert "Aïssata Diallo-Toure" in {sp.name for sp in s.speakers.list()}
    window.workspace.document.undo()
    with fresh(session_path) as s:
        names = {sp.name for sp in s.speakers.list()}
        assert first in names and "Aïssata Diallo-Toure" not in names


def test_category_is_chosen_from_the_translated_list(window, session_path: Path, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.speakers
    speaker = panel.model.speakers()[0]
    editor = _edit(qtbot, panel, speaker.name, SpeakerModel.CATEGORY)
    assert isinstance(editor, QComboBox)
    target = "civil_society" if speaker.category != "civil_society" else "expert"
    editor.setCurrentIndex(editor.findData(target))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.by_id(speaker.id).category == target)
    with fresh(session_path) as s:
        assert s.speakers.get(speaker.id).category == target


def test_an_empty_name_is_refused_and_nothing_changes(window, session_path: Path, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.speakers
    first = panel.model.speakers()[0]
    editor = _edit(qtbot, panel, first.name, SpeakerModel.NAME)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(window.workspace.document.failed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    with fresh(session_path) as s:
        assert s.speakers.get(first.id).name == first.name
    assert not window.workspace.document.undo_stack.canUndo()


def test_read_only_registry_is_not_editable(window) -> None:  # noqa: ANN001
    panel = window.workspace.speakers
    panel.set_read_only(True)
    assert not panel.model.flags(panel.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
