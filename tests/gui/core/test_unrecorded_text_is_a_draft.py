"""Text typed but not yet recorded is a draft on disk: the live editor, an edit in progress, a revision set aside;
a recovered draft goes back where it was typed."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from sahel_panel.services import SessionService
from sahel_panel.ui.contributions.panel import EDIT_DRAFT, EDITOR_DRAFT
from sahel_panel.ui.core.prompts import ScriptedPrompter
from sahel_panel.ui.shell.workspace import RECOMMENDATION_DRAFT
from tests.gui.conftest import fresh

CTRL = Qt.KeyboardModifier.ControlModifier


def _drafts(path) -> dict[str, str]:  # noqa: ANN001
    with fresh(path) as s:
        return {d.editor: d.text for d in s.drafts.list()}


def test_revising_a_recommendation_sets_the_typed_text_aside(window, session_path, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    panel, edit = ws.recommendations, ws.recommendations.editor.text_edit
    edit.setPlainText("First recommendation")
    panel.submit()
    assert edit.toPlainText() == ""
    edit.setPlainText("Create a regional fund for youth")
    ws.drafts.flush()
    assert _drafts(session_path)[RECOMMENDATION_DRAFT] == "Create a regional fund for youth"

    panel.list.setCurrentRow(0)
    panel.start_revision()
    assert edit.toPlainText() == "First recommendation"
    ws.drafts.flush()  # the draft keeps the set-aside text, not "" nor the revised wording
    assert _drafts(session_path)[RECOMMENDATION_DRAFT] == "Create a regional fund for youth"
    panel.cancel_revision()
    assert edit.toPlainText() == "Create a regional fund for youth"

    panel.start_revision()
    edit.setPlainText("First recommendation, revised")
    panel.submit()
    with fresh(session_path) as s:
        assert [r.text for r in s.recommendations.list(window.document.current_question_id)] == \
            ["First recommendation, revised"]
    assert edit.toPlainText() == "Create a regional fund for youth"
    ws.drafts.flush()
    assert _drafts(session_path)[RECOMMENDATION_DRAFT] == "Create a regional fund for youth"


def test_draft_save_failure_is_reported_once_and_retried(window, session_path, qtbot, monkeypatch) -> None:  # noqa: ANN001
    ws = window.workspace
    service = window.document.service
    errors: list[str] = []
    window.document.failed.connect(errors.append)
    real_save = service.drafts.save

    def full_disk(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(service.drafts, "save", full_disk)
    ws.contributions.editor.text.setPlainText("words that must survive")
    for _ in range(3):  # three timer ticks
        ws.drafts.flush()
    assert len(errors) == 1
    monkeypatch.setattr(service.drafts, "save", real_save)
    ws.drafts.flush()  # still dirty: the next tick writes it
    assert _drafts(session_path)[EDITOR_DRAFT] == "words that must survive"


def test_text_typed_while_editing_a_contribution_is_a_draft(window, session_path, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    panel = ws.contributions
    panel.editor.text.setPlainText("Original words.")
    assert panel.commit()
    panel.select(window.document.service.contributions.list()[0].id)
    panel.edit_selected()
    panel.editor.text.setPlainText("Corrected words.")
    ws.drafts.flush()
    assert _drafts(session_path).get(EDIT_DRAFT) == "Corrected words."
    panel.cancel_edit()
    ws.drafts.flush()
    assert EDIT_DRAFT not in _drafts(session_path)


def test_recovered_edit_draft_reopens_the_edit(make_window, session_path, qtbot) -> None:  # noqa: ANN001
    with SessionService.open(session_path) as s:
        q2 = s.questions.list()[1].id
        c = s.contributions.record("Original words.", question_id=q2)
        s.drafts.save(EDIT_DRAFT, "Corrected words.", {"contribution_id": c.id})
    win = make_window(ScriptedPrompter(answers=[True]))
    assert win.open_path(session_path)
    editor = win.workspace.contributions.editor
    qtbot.waitUntil(lambda: editor.editing_id == c.id, timeout=3000)
    assert editor.plain_text() == "Corrected words."
    assert win.document.current_question_id == q2
    assert win.workspace.contributions.commit()
    with fresh(session_path) as s:
        assert s.contributions.get(c.id).text == "Corrected words."


def test_recovered_contribution_draft_restores_its_question(make_window, session_path, qtbot) -> None:  # noqa: ANN001
    with SessionService.open(session_path) as s:
        q3 = s.questions.list()[2].id
        sid = s.speakers.list()[0].id
        s.drafts.save(EDITOR_DRAFT, "half a sentence", {"speaker_id": sid, "question_id": q3})
    win = make_window(ScriptedPrompter(answers=[True]))
    assert win.open_path(session_path)
    editor = win.workspace.contributions.editor
    qtbot.waitUntil(lambda: editor.plain_text() == "half a sentence", timeout=3000)
    assert editor.speaker_id() == sid
    assert win.document.current_question_id == q3


def test_edit_of_a_vanished_contribution_keeps_the_typed_text(window, session_path, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    panel, editor = ws.contributions, ws.contributions.editor
    editor.text.setPlainText("Original words.")
    assert panel.commit()
    editor.text.setPlainText("Half a sentence")
    panel.select(window.document.service.contributions.list()[0].id)
    panel.edit_selected()
    editor.text.setPlainText("Corrected words.")
    window.document.undo()  # undoes the recording: the contribution being edited is gone
    assert window.document.service.contributions.list() == []

    qtbot.keyClick(editor.text, Qt.Key.Key_Return, CTRL)
    assert editor.editing_id is None
    assert editor.plain_text() == "Half a sentence\nCorrected words."
    ws.drafts.flush()
    drafts = _drafts(session_path)
    assert drafts[EDITOR_DRAFT] == "Half a sentence\nCorrected words." and EDIT_DRAFT not in drafts
    assert panel.commit()  # Ctrl+Enter again records the words
    assert [c.text for c in window.document.service.contributions.list()] == ["Half a sentence\nCorrected words."]
