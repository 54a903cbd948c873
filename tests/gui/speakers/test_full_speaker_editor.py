"""Every speaker field is correctable in the window, undoably, and the registry has context menus and import (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from sahel_panel.ui.core.prompts import ScriptedPrompter
from sahel_panel.ui.speakers.editor import SpeakerEditor
from tests.gui.conftest import fresh, type_text


def _editor_for_first(window, qtbot) -> SpeakerEditor:  # noqa: ANN001
    ws = window.workspace
    ws.speakers.select_speaker(window.document.service.speakers.list()[0].id)
    ws.speakers.table.setFocus()
    qtbot.keyClick(ws.speakers.table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    editor = ws.speakers.editor
    assert isinstance(editor, SpeakerEditor) and editor.isVisible()
    return editor


def _choose(qtbot, combo, value: str) -> None:  # noqa: ANN001
    combo.setFocus()
    while combo.currentData() != value:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        if combo.currentIndex() == before:  # at the end: start from the top
            combo.setCurrentIndex(0)
            if combo.currentData() == value:
                break


def test_every_field_is_editable_in_one_undo_step(window, session_path, qtbot) -> None:  # noqa: ANN001
    editor = _editor_for_first(window, qtbot)
    values = {"name": "Leila Haddad-Benali", "title": "Dr.", "organisation": "Inter-Parliamentary Union",
              "country": "Lebanon"}
    for field, value in values.items():
        edit = editor.edits[field]
        edit.setFocus()
        edit.selectAll()
        type_text(qtbot, edit, value)
    choices = {"role": "moderator", "category": "international_organisation", "gender": "woman",
               "age_group": "45_and_over"}
    for field, value in choices.items():
        _choose(qtbot, editor.combos[field], value)
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    with fresh(session_path) as s:
        sp = s.speakers.list()[0]
        assert {f: getattr(sp, f) for f in (*values, *choices)} == {**values, **choices}
    assert window.document.undo_stack.count() == 1
    window.document.undo()
    with fresh(session_path) as s:
        sp = s.speakers.list()[0]
        assert (sp.name, sp.title, sp.age_group, sp.role) == ("Leila Haddad", "", "not_stated", "")


def test_an_empty_name_is_refused_in_the_dialog(window, session_path, qtbot) -> None:  # noqa: ANN001
    editor = _editor_for_first(window, qtbot)
    editor.edits["name"].clear()
    editor.save()
    assert editor.isVisible() and editor.problem.isVisible() and "name" in editor.problem.text()
    editor.reject()
    with fresh(session_path) as s:
        assert s.speakers.list()[0].name == "Leila Haddad"


def test_remove_a_speaker_who_has_not_spoken_and_not_one_who_has(window, session_path, qtbot) -> None:  # noqa: ANN001
    editor = _editor_for_first(window, qtbot)
    assert editor.remove_button.isEnabled()
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    with fresh(session_path) as s:
        assert s.speakers.list() == []
    window.document.undo()
    with fresh(session_path) as s:
        sid = s.speakers.list()[0].id
    window.document.service.turns.start(sid, None)
    editor = _editor_for_first(window, qtbot)
    assert not editor.remove_button.isEnabled() and "re-attribute" in editor.remove_button.toolTip()
    editor.reject()


def test_registry_context_menu_has_the_same_actions(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    ws = window.workspace
    table = ws.speakers.table
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, *a: shown.append(self))
    ws.speakers._context_menu(table.visualRect(ws.speakers.proxy.index(0, 0)).center())
    texts = [a.text() for a in shown[0].actions()]
    assert texts == ["Edit all details…", "Add to the queue", "Give the floor", "Remove speaker"]
    shown[0].actions()[0].trigger()
    assert isinstance(ws.speakers.editor, SpeakerEditor) and ws.speakers.editor.isVisible()
    ws.speakers.editor.reject()


def test_speaker_import_from_the_menu_is_one_step_and_not_red(make_window, session_path, clock, tmp_path, qtbot) -> None:  # noqa: ANN001
    from sahel_panel.services import SessionService

    listing = tmp_path / "speakers.csv"
    listing.write_text("name,organisation,category\nAïssata Diallo,CIP G5 Sahel,regional\n"
                       "John Brandolino,UNODC,UN\nنورة السعدي,البرلمان العربي,regional\n", encoding="utf-8")
    win = make_window(ScriptedPrompter(paths=[str(listing)]))
    win.set_session(SessionService.open(session_path, clock=clock))
    menus = {a.text(): a.menu().actions() for a in win.menuBar().actions() if a.menu()}
    assert win.named_actions["import_speakers"] in menus["S&peakers"]
    win.named_actions["import_speakers"].trigger()
    with fresh(session_path) as s:
        ages = {sp.name: sp.age_group for sp in s.speakers.list()}
    assert len(ages) == 4 and ages["John Brandolino"] == "not_stated"  # no age column: not stated
    assert "3 speakers imported" in win.statusBar().currentMessage()
    assert "#b00020" not in win.statusBar().styleSheet()
    win.document.undo()
    with fresh(session_path) as s:
        assert [sp.name for sp in s.speakers.list()] == ["Leila Haddad"]
    QApplication.processEvents()
