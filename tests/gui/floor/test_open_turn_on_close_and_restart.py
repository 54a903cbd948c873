"""Time that was not spoken: a turn left open across Ctrl+Q or a crash does not keep counting (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sahel_panel.services import SessionService
from sahel_panel.services.base import stamp
from sahel_panel.ui.contributions.panel import EDITOR_DRAFT
from sahel_panel.ui.core.prompts import ScriptedPrompter
from tests.gui.conftest import fresh, type_text


def _leave_a_turn_open(session_path, clock) -> tuple[str, str]:  # noqa: ANN001
    """What a crash leaves: a turn open, a contribution, a later draft save; returns (turn id, last activity)."""
    with SessionService.open(session_path, clock=clock) as s:
        s.update_info(time_zone="Asia/Bahrain")  # times are told at the venue, whatever this computer's zone
        q = s.questions.list()[0].id
        sp = s.speakers.list()[0].id
        turn = s.turns.start(sp, q)
        clock.advance(50)
        s.contributions.record("Parliaments must vote the security budget with oversight.", sp, q, language="en")
        clock.advance(20)
        last = stamp(clock())
        s.drafts.save("recommendation-editor", "Create a joint fund", {})
    clock.advance(2 * 3600 + 29 * 60)  # the laptop is restarted hours later
    return turn.id, last


def test_restart_offers_to_end_the_turn_at_the_last_activity(make_window, session_path, clock, qtbot) -> None:  # noqa: ANN001
    turn_id, last = _leave_a_turn_open(session_path, clock)
    prompts = ScriptedPrompter(answers=[True, False])  # end the turn; do not recover the draft
    win = make_window(prompts)
    win.set_session(SessionService.open(session_path, clock=clock))
    qtbot.waitUntil(lambda: len(prompts.log) >= 1, timeout=3000)
    assert prompts.log[0][0] == "ask" and "Leila Haddad" in prompts.log[0][1]
    assert "at 14:30" in prompts.log[0][1] and "at 14:31" in prompts.log[0][1]
    qtbot.waitUntil(lambda: win.document.service.turns.current() is None, timeout=3000)
    with fresh(session_path) as s:
        turn = next(t for t in s.turns.list() if t.id == turn_id)
        assert turn.ended_at == last
        assert s.statistics().total_seconds == 70  # not 2 h 30 min
    # One undo step gives the floor back, in the file too.
    win.document.undo()
    with fresh(session_path) as s:
        assert s.turns.current().id == turn_id


def test_restart_can_leave_the_turn_as_it_is(make_window, session_path, clock, qtbot) -> None:  # noqa: ANN001
    turn_id, _last = _leave_a_turn_open(session_path, clock)
    prompts = ScriptedPrompter(answers=[False, False])
    win = make_window(prompts)
    win.set_session(SessionService.open(session_path, clock=clock))
    qtbot.waitUntil(lambda: len(prompts.log) >= 2, timeout=3000)
    with fresh(session_path) as s:
        assert s.turns.current().id == turn_id


def test_closing_the_window_asks_and_stops_the_turn_now(window, session_path, clock, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    ws.speakers.select_speaker(window.document.service.speakers.list()[0].id)
    ws.speakers.table.setFocus()
    qtbot.keyClick(ws.speakers.table, Qt.Key.Key_F6)  # give the floor from the registry
    qtbot.waitUntil(lambda: window.document.service.turns.current() is not None, timeout=2000)
    clock.advance(95)
    closing_time = stamp(clock())
    window.close()  # Ctrl+Q: the default scripted answer is yes
    assert any("still holds the floor" in text for kind, text in window.prompter.log if kind == "ask")
    with fresh(session_path) as s:
        assert s.turns.current() is None
        assert s.turns.list()[-1].ended_at == closing_time


def test_closing_and_answering_no_keeps_the_turn_for_the_next_start(make_window, session_path, clock, qtbot) -> None:  # noqa: ANN001
    prompts = ScriptedPrompter(answers=[False])
    win = make_window(prompts)
    win.set_session(SessionService.open(session_path, clock=clock))
    service = win.document.service
    service.turns.start(service.speakers.list()[0].id, None)
    win.close()
    with fresh(session_path) as s:
        assert s.turns.current() is not None


def test_recovered_text_puts_the_cursor_at_its_end(make_window, session_path, clock, qtbot) -> None:  # noqa: ANN001
    with SessionService.open(session_path, clock=clock) as s:
        s.drafts.save(EDITOR_DRAFT, "La sécurité d'abord", {"speaker_id": None, "question_id": None})
    prompts = ScriptedPrompter(answers=[True])
    win = make_window(prompts)
    win.set_session(SessionService.open(session_path, clock=clock))
    win.show()
    qtbot.waitExposed(win)
    editor = win.workspace.contributions.editor.text
    qtbot.waitUntil(lambda: editor.toPlainText() == "La sécurité d'abord", timeout=3000)
    editor.setFocus()
    assert editor.textCursor().position() == len("La sécurité d'abord")
    type_text(qtbot, editor, ", et la justice.")
    assert editor.toPlainText() == "La sécurité d'abord, et la justice."
