"""A revision in progress is a draft; a revised recommendation that vanishes keeps the typed text."""

from __future__ import annotations

from sahel_panel.services import SessionService
from sahel_panel.ui.core.prompts import ScriptedPrompter
from sahel_panel.ui.shell.workspace import RECOMMENDATION_DRAFT, REVISION_DRAFT
from tests.gui.conftest import fresh


def _drafts_ctx(path) -> dict[str, tuple[str, dict]]:  # noqa: ANN001
    with fresh(path) as s:
        return {d.editor: (d.text, d.context) for d in s.drafts.list()}


def test_revision_of_a_vanished_recommendation_keeps_the_typed_text(window, qtbot) -> None:  # noqa: ANN001
    panel, edit = window.workspace.recommendations, window.workspace.recommendations.editor.text_edit
    edit.setPlainText("First recommendation")
    panel.submit()
    edit.setPlainText("Unsent idea")
    panel.list.setCurrentRow(0)
    panel.start_revision()
    edit.setPlainText("First recommendation, revised")
    window.document.undo()  # undoes the drafting: the recommendation being revised is gone

    assert panel.editor.revising is None
    assert edit.toPlainText() == "Unsent idea\nFirst recommendation, revised"
    panel.submit()
    assert [r.text for r in panel.recommendations()] == ["Unsent idea\nFirst recommendation, revised"]


def test_removing_the_revised_recommendation_on_purpose_drops_the_revision(window, qtbot) -> None:  # noqa: ANN001
    panel, edit = window.workspace.recommendations, window.workspace.recommendations.editor.text_edit
    edit.setPlainText("First recommendation")
    panel.submit()
    edit.setPlainText("Unsent idea")
    panel.list.setCurrentRow(0)
    panel.start_revision()
    panel.remove_current()
    assert panel.editor.revising is None and edit.toPlainText() == "Unsent idea"


def test_a_revision_in_progress_is_a_draft(window, session_path, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    panel, edit = ws.recommendations, ws.recommendations.editor.text_edit
    edit.setPlainText("First recommendation")
    panel.submit()
    rid = panel.ids()[0]
    edit.setPlainText("Unsent idea")
    panel.list.setCurrentRow(0)
    panel.start_revision()
    ws.drafts.flush()
    assert REVISION_DRAFT not in _drafts_ctx(session_path)  # unchanged: nothing to recover
    edit.setPlainText("First recommendation, revised")
    ws.drafts.flush()
    drafts = _drafts_ctx(session_path)
    assert drafts[REVISION_DRAFT][0] == "First recommendation, revised"
    assert drafts[REVISION_DRAFT][1]["recommendation_id"] == rid
    assert drafts[RECOMMENDATION_DRAFT][0] == "Unsent idea"
    panel.submit()  # saved: the revision draft goes at once
    drafts = _drafts_ctx(session_path)
    assert REVISION_DRAFT not in drafts and drafts[RECOMMENDATION_DRAFT][0] == "Unsent idea"


def test_recovered_revision_draft_reopens_the_revision(make_window, session_path, qtbot) -> None:  # noqa: ANN001
    with SessionService.open(session_path) as s:
        q2 = s.questions.list()[1].id
        rec = s.recommendations.draft("Fund youth projects.", q2)
        s.drafts.save(REVISION_DRAFT, "Fund youth projects in every region.",
                      {"recommendation_id": rec.id, "language": "en"})
        s.drafts.save(RECOMMENDATION_DRAFT, "Another idea", {})
    win = make_window(ScriptedPrompter(answers=[True, True]))
    assert win.open_path(session_path)
    panel = win.workspace.recommendations
    qtbot.waitUntil(lambda: panel.editor.revising == rec.id, timeout=3000)
    assert win.document.current_question_id == q2
    assert panel.editor.text_edit.toPlainText() == "Fund youth projects in every region."
    panel.submit()
    with fresh(session_path) as s:
        assert s.recommendations.get(rec.id).text == "Fund youth projects in every region."
    assert panel.editor.text_edit.toPlainText() == "Another idea"


def test_recovered_revision_of_a_vanished_recommendation_becomes_draft_text(make_window, session_path,  # noqa: ANN001
                                                                           qtbot) -> None:
    with SessionService.open(session_path) as s:
        s.drafts.save(REVISION_DRAFT, "Words of a recommendation that is gone.", {"recommendation_id": "gone"})
    win = make_window(ScriptedPrompter(answers=[True]))
    assert win.open_path(session_path)
    panel = win.workspace.recommendations
    qtbot.waitUntil(lambda: panel.editor.text_edit.toPlainText() == "Words of a recommendation that is gone.",
                    timeout=3000)
    assert panel.editor.revising is None
