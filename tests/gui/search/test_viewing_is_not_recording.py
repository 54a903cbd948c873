"""Browsing is not recording: a search result or previous/next changes the viewed question only (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import fresh

CTRL = Qt.KeyboardModifier.ControlModifier


def test_search_result_then_ctrl_enter_records_on_the_live_question(window, session_path, qtbot) -> None:  # noqa: ANN001
    doc = window.document
    service = doc.service
    q1, q2 = [q.id for q in service.questions.list()][:2]
    sp = service.speakers.list()[0].id
    service.contributions.record("Oversight of the armed forces needs budgets.", sp, q2, language="en")
    assert doc.live_question_id == q1
    window.named_actions["search"].trigger()
    dialog = window.windows.get("search")
    assert not dialog.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert (dialog.windowFlags() & Qt.WindowType.WindowType_Mask) == Qt.WindowType.Window  # not a dialog kept above
    dialog.query.setText("armed forces")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 0, timeout=3000)
    dialog.results.setFocus()
    dialog.results.setCurrentItem(dialog.results.topLevelItem(0))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert doc.current_question_id == q2  # viewed
    assert doc.live_question_id == q1  # not moved
    assert "question 1 (live)" in window.workspace.question_bar.live_label.text()
    assert "question 1 (live)" in window.workspace.contributions.editor.hint.text()
    # Ctrl+E and type: the words go to the live question, as the store holds.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_E, CTRL)
    editor = window.workspace.contributions.editor.text
    qtbot.keyClicks(editor, "Back to the role of parliaments.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    with fresh(session_path) as s:
        recorded = [c for c in s.contributions.list() if c.text == "Back to the role of parliaments."][0]
        assert recorded.question_id == q1


def test_previous_next_do_not_move_the_projector(window, qtbot) -> None:  # noqa: ANN001
    doc = window.document
    window.toggle_projector()
    proj = window.projector
    shown = proj.question_text.text()
    window.named_actions["next_question"].trigger()
    assert doc.current_question_id != doc.live_question_id
    assert proj.question_text.text() == shown
    window.named_actions["make_live"].trigger()
    assert doc.live_question_id == doc.current_question_id and proj.question_text.text() != shown
