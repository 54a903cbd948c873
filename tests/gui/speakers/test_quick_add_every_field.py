"""Quick-add takes title, country and age group too, by keyboard alone, as one undo step.

A speaker list without ages made everyone "45 and over"; quick-add had no way to say
"under 45". These tests type with key events only (Tab between fields, arrow keys in the
lists, Enter adds) and read what the session file holds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import fresh, type_text

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return


def _focused():  # noqa: ANN202
    return QApplication.focusWidget()


def _choose(qtbot, combo, key: str) -> None:  # noqa: ANN001
    """Walk a focused list with the arrow keys until ``key`` is chosen, as a rapporteur would."""
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == key:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{key} is not offered")


def test_every_field_by_keyboard_lands_in_the_file(window, session_path: Path, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.speakers
    panel.focus_quick_add()
    assert _focused() is panel.name_edit
    type_text(qtbot, _focused(), "Aïcha Maïga")
    qtbot.keyClick(_focused(), TAB)
    assert _focused() is panel.title_edit
    type_text(qtbot, _focused(), "Hon.")
    qtbot.keyClick(_focused(), TAB)
    assert _focused() is panel.org_edit
    type_text(qtbot, _focused(), "Assemblée nationale")
    qtbot.keyClick(_focused(), TAB)
    assert _focused() is panel.country_edit
    type_text(qtbot, _focused(), "Niger")
    qtbot.keyClick(_focused(), TAB)
    assert _focused() is panel.category_combo
    _choose(qtbot, _focused(), "parliamentarian")
    qtbot.keyClick(_focused(), TAB)
    assert _focused() is panel.gender_combo
    _choose(qtbot, _focused(), "woman")
    qtbot.keyClick(_focused(), TAB)
    assert _focused() is panel.age_combo
    assert panel.age_combo.currentData() == "not_stated"  # never guessed
    _choose(qtbot, _focused(), "under_45")
    qtbot.keyClick(_focused(), ENTER)

    with fresh(session_path) as s:
        added = next(x for x in s.speakers.list() if x.name == "Aïcha Maïga")
    assert (added.title, added.organisation, added.country, added.category, added.gender, added.age_group) == (
        "Hon.", "Assemblée nationale", "Niger", "parliamentarian", "woman", "under_45")
    # Ready for the next speaker: text fields empty, gender and age back to "not stated", category kept.
    assert _focused() is panel.name_edit
    assert [e.text() for e in (panel.name_edit, panel.title_edit, panel.org_edit, panel.country_edit)] == [""] * 4
    assert panel.gender_combo.currentData() == panel.age_combo.currentData() == "not_stated"
    assert panel.category_combo.currentData() == "parliamentarian"

    document = window.workspace.document
    assert document.undo_stack.count() == 1  # one gesture, one step
    document.undo()
    with fresh(session_path) as s:
        assert "Aïcha Maïga" not in {x.name for x in s.speakers.list()}
    document.redo()
    with fresh(session_path) as s:
        again = next(x for x in s.speakers.list() if x.name == "Aïcha Maïga")
        assert (again.id, again.country, again.age_group) == (added.id, "Niger", "under_45")


def test_enter_in_the_age_list_adds_and_shift_enter_queues(window, session_path: Path, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.speakers
    panel.focus_quick_add()
    type_text(qtbot, panel.name_edit, "Youssouf Traoré")
    panel.age_combo.setFocus()
    _choose(qtbot, panel.age_combo, "45_and_over")
    qtbot.keyClick(panel.age_combo, ENTER, Qt.KeyboardModifier.ShiftModifier)
    with fresh(session_path) as s:
        added = next(x for x in s.speakers.list() if x.name == "Youssouf Traoré")
    assert added.age_group == "45_and_over" and added.title == "" and added.country == ""
    assert panel.floor.queued_ids() == [added.id]


def test_a_title_too_long_is_refused_in_one_sentence_and_nothing_is_added(window, session_path: Path, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.speakers
    document = window.workspace.document
    panel.focus_quick_add()
    type_text(qtbot, panel.name_edit, "Ibrahim Sanogo")
    panel.title_edit.setText("x" * 5000)  # the service's own check, the same as the full editor's
    with qtbot.waitSignal(document.failed) as failed:
        qtbot.keyClick(panel.title_edit, ENTER)
    sentence = failed.args[0]
    assert "title" in sentence.lower() and "Traceback" not in sentence
    assert document.undo_stack.count() == 0
    assert panel.name_edit.text() == "Ibrahim Sanogo"  # what was typed stays, to be corrected
    with fresh(session_path) as s:
        assert "Ibrahim Sanogo" not in {x.name for x in s.speakers.list()}


def test_the_lists_are_translated_with_the_window(window, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.speakers
    panel.age_combo.setCurrentIndex(panel.age_combo.findData("under_45"))
    window.set_language("fr")
    try:
        assert panel.age_combo.currentData() == "under_45"  # the choice survives the switch
        assert panel.age_combo.currentText() != "Under 45"
        assert panel.country_edit.placeholderText() != "Country"
    finally:
        window.set_language("en")
