"""A whole mini-session driven through the real widgets with keyboard and mouse; the store is checked after."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sahel_panel.ui.floor.panel import NEAR, NORMAL, OVER
from tests.gui.conftest import fresh, type_text

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def quick_add(qtbot, panel, name: str, org: str, category_key: str, gender_key: str, queue: bool) -> None:  # noqa: ANN001
    qtbot.keyClick(panel.window(), Qt.Key.Key_A, CTRL | SHIFT)  # Speakers > Add a speaker
    assert panel.name_edit.hasFocus()
    type_text(qtbot, panel.name_edit, name)
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Tab)
    type_text(qtbot, panel.org_edit, org)
    panel.category_combo.setCurrentIndex(panel.category_combo.findData(category_key))
    panel.gender_combo.setCurrentIndex(panel.gender_combo.findData(gender_key))
    qtbot.keyClick(panel.gender_combo, Qt.Key.Key_Return, SHIFT if queue else Qt.KeyboardModifier.NoModifier)


def test_mini_session(window, qtbot, session_path, clock) -> None:  # noqa: ANN001
    ws = window.workspace
    sp, floor, contrib = ws.speakers, ws.speakers.floor, ws.contributions

    # Speakers by quick-add, without the mouse; Shift+Enter queues as well.
    quick_add(qtbot, sp, "Aïssata Diallo", "CIP G5 Sahel", "regional_parliamentary_body", "woman", queue=True)
    quick_add(qtbot, sp, "أحمد المنصوري", "البرلمان العربي", "regional_parliamentary_body", "man", queue=True)
    quick_add(qtbot, sp, "Mariam Ouédraogo", "UNODC", "international_organisation", "woman", queue=False)
    assert sp.name_edit.text() == "" and sp.name_edit.hasFocus()
    with fresh(session_path) as s:
        by_name = {x.name: x for x in s.speakers.list()}
    assert by_name["Aïssata Diallo"].organisation == "CIP G5 Sahel"
    assert by_name["Aïssata Diallo"].gender == "woman"
    assert by_name["أحمد المنصوري"].category == "regional_parliamentary_body"
    assert floor.queued_ids() == [by_name["Aïssata Diallo"].id, by_name["أحمد المنصوري"].id]

    # Type-ahead filter, accents and hamza optional.
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(sp.filter_edit, "ouedraogo")
    assert sp.proxy.rowCount() == 1
    qtbot.keyClick(sp.filter_edit, Qt.Key.Key_Return)  # Enter queues the match
    assert floor.queued_ids()[-1] == by_name["Mariam Ouédraogo"].id
    sp.filter_edit.clear()

    # F8: next speaker from the queue; the timer follows the session clock and changes colour.
    q1 = window.document.current_question_id
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert floor.current_label.text().startswith("Aïssata Diallo")
    clock.advance(100)
    floor.refresh_timer()
    assert floor.timer_label.text() == "01:40" and floor.state() == NORMAL
    clock.advance(150)  # 4:10 of a 5-minute limit
    floor.refresh_timer()
    assert floor.timer_label.property("state") == NEAR
    clock.advance(60)
    floor.refresh_timer()
    assert floor.timer_label.property("state") == OVER

    # Ctrl+Enter records for the speaker holding the floor on the current question, and clears.
    editor = contrib.editor.text
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "Parliaments must fund border security & oversight <b>now</b>.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert editor.toPlainText() == ""
    with fresh(session_path) as s:
        [c1] = s.contributions.list()
    assert c1.text == "Parliaments must fund border security & oversight <b>now</b>."
    assert (c1.speaker_id, c1.question_id, c1.language) == (by_name["Aïssata Diallo"].id, q1, "en")

    # Next speaker (Arabic name) closes the first turn at the same instant; Arabic text is detected.
    qtbot.keyClick(window, Qt.Key.Key_F8)
    clock.advance(45)
    type_text(qtbot, editor, "يجب تعزيز الرقابة البرلمانية")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    with fresh(session_path) as s:
        turns = s.turns.list()
        c2 = s.contributions.list()[-1]
    assert len(turns) == 2 and turns[0].ended_at == turns[1].started_at and turns[1].is_open
    assert turns[0].seconds() == 310
    assert (c2.speaker_id, c2.language) == (by_name["أحمد المنصوري"].id, "ar")

    # Step to the next question by keyboard; the list shows only that question's contributions.
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    q2 = window.document.current_question_id
    assert q2 != q1 and ws.question_bar.index() == 1
    assert contrib.model.rowCount() == 0
    # Browsing is not recording: the live question stays until it is moved explicitly (Ctrl+Shift+L).
    assert window.document.live_question_id == q1 and ws.question_bar.live_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.live_question_id == q2 and not ws.question_bar.live_button.isVisible()
    qtbot.keyClicks(editor, "Oversight committees need access to operations.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert contrib.model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    assert window.document.current_question_id == q1 and contrib.model.rowCount() == 2

    # Coverage: question 1 and 2 addressed, question 3 still marked.
    ws.questions.model.reload()
    assert ws.questions.unaddressed_positions() == [3]

    # Edit a recorded contribution (F2 in the list, Ctrl+Enter saves) and re-attribute it to question 2.
    contrib.view.setFocus()
    contrib.select(c1.id)
    qtbot.keyClick(contrib.view, Qt.Key.Key_F2)
    assert contrib.editor.editing_id == c1.id and contrib.editor.plain_text() == c1.text
    editor.selectAll()
    qtbot.keyClicks(editor, "Parliaments must fund oversight.")
    qtbot.keyClicks(contrib.editor.tags_edit, "budget oversight")
    contrib.editor.question_combo.setCurrentIndex(contrib.editor.question_combo.findData(q2))
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert contrib.editor.editing_id is None
    with fresh(session_path) as s:
        edited = s.contributions.get(c1.id)
    assert (edited.text, edited.tags, edited.question_id) == ("Parliaments must fund oversight.",
                                                              ("budget", "oversight"), q2)
    assert contrib.model.row_of(c1.id) == -1  # moved away from the current question

    # Undo / redo across panels with Ctrl+Z / Ctrl+Shift+Z.
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    with fresh(session_path) as s:
        assert s.contributions.get(c1.id).text == c1.text
    assert contrib.model.row_of(c1.id) >= 0
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    with fresh(session_path) as s:
        assert s.contributions.get(c1.id).question_id == q2

    # Delete with Ctrl+Delete in the list, then undo brings it back with the same id.
    contrib.select(c2.id)
    qtbot.keyClick(contrib.view, Qt.Key.Key_Delete, CTRL)
    with fresh(session_path) as s:
        assert c2.id not in {c.id for c in s.contributions.list()}
    window.named_actions["undo"].trigger()
    with fresh(session_path) as s:
        assert s.contributions.get(c2.id).text == c2.text

    # Stop speaking (Shift+F8), undo reopens the turn.
    qtbot.keyClick(window, Qt.Key.Key_F8, SHIFT)
    with fresh(session_path) as s:
        assert s.turns.current() is None
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    with fresh(session_path) as s:
        assert s.turns.current() is not None


def test_question_fallback_and_clicking_the_list(window, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    third = ws.questions.model.index(2, 1)
    rect = ws.questions.view.visualRect(third)
    qtbot.mouseClick(ws.questions.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ws.question_bar.index() == 2
    assert ws.question_bar.text_label.text() == "Quels projets pilotes pour la paix ?"
    assert ws.question_bar.fallback_label.text() != ""  # shown in French, and it says so
    qtbot.mouseClick(ws.question_bar.prev_button, Qt.MouseButton.LeftButton)
    assert ws.question_bar.index() == 1


def test_quick_add_refuses_empty_name_without_undo_step(window, qtbot, session_path) -> None:  # noqa: ANN001
    sp = window.workspace.speakers
    qtbot.keyClick(sp.name_edit, Qt.Key.Key_Return)
    assert window.document.undo_stack.count() == 0
    with fresh(session_path) as s:
        assert len(s.speakers.list()) == 1
