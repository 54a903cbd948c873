"""Regression tests for the defects a review found (drafts, dialogs, exports, undo, rich text)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from sahel_panel.services import SessionService
from sahel_panel.ui.contributions_panel import EDIT_DRAFT, EDITOR_DRAFT
from sahel_panel.ui.prompts import ScriptedPrompter
from sahel_panel.ui.workspace import RECOMMENDATION_DRAFT
from tests.gui.conftest import fresh

CTRL = Qt.KeyboardModifier.ControlModifier


def _drafts(path) -> dict[str, str]:  # noqa: ANN001
    with fresh(path) as s:
        return {d.editor: d.text for d in s.drafts.list()}


# -- 1. revising a recommendation keeps the one being typed ---------------------------------
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


# -- 2. a failing draft save is retried and reported once --------------------------------------
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


# -- 9. edits in progress are kept; a recovered draft returns to its question -------------------
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


# -- 6. re-attributing several contributions is one undo step, all or none ----------------------
def _record_three(window) -> list[str]:  # noqa: ANN001
    panel = window.workspace.contributions
    for text in ("One.", "Two.", "Three."):
        panel.editor.text.setPlainText(text)
        assert panel.commit()
    return [c.id for c in window.document.service.contributions.list()]


def test_reattributing_several_contributions_is_one_undo_step(window, qtbot) -> None:  # noqa: ANN001
    doc, service = window.document, window.document.service
    ids = _record_three(window)
    other = service.speakers.add(name="Amadou Diallo").id
    steps = doc.undo_stack.count()
    assert window.workspace.contributions.reattribute(ids, speaker_id=other)
    assert doc.undo_stack.count() == steps + 1
    assert {service.contributions.get(c).speaker_id for c in ids} == {other}
    doc.undo()
    assert other not in {service.contributions.get(c).speaker_id for c in ids}


def test_reattributing_with_a_vanished_row_changes_nothing(window, qtbot) -> None:  # noqa: ANN001
    doc, service = window.document, window.document.service
    ids = _record_three(window)
    other = service.speakers.add(name="Amadou Diallo").id
    service.contributions.delete(ids[2])  # gone behind the panel's back
    errors: list[str] = []
    doc.failed.connect(errors.append)
    steps = doc.undo_stack.count()
    assert not window.workspace.contributions.reattribute(ids, speaker_id=other)
    assert errors and doc.undo_stack.count() == steps
    assert other not in {service.contributions.get(c).speaker_id for c in ids[:2]}


# -- 7. deleting several contributions: one service transaction, notices after the commit --------
def test_deleting_several_contributions_notifies_after_commit(window, qtbot) -> None:  # noqa: ANN001
    doc, service = window.document, window.document.service
    ids = _record_three(window)
    rec = service.recommendations.draft("Joint budget line.", doc.current_question_id)
    service.recommendations.link(rec.id, ids[:2])
    seen: list[tuple[str, str, bool]] = []
    service.subscribe(lambda ch: seen.append((ch.entity, ch.op, service.store.db.conn.in_transaction)))
    panel = window.workspace.contributions
    panel.view.selectAll()
    panel.delete_selected()
    assert service.contributions.list() == []
    assert seen and not any(in_tx for _e, _o, in_tx in seen)
    assert ("contribution", "removed", False) in seen
    seen.clear()
    doc.undo()
    assert [c.id for c in service.contributions.list()] == ids
    assert set(service.recommendations.get(rec.id).source_ids) == set(ids[:2])
    assert seen and not any(in_tx for _e, _o, in_tx in seen)


def test_delete_many_is_all_or_none(session_path, clock) -> None:  # noqa: ANN001
    import pytest

    from sahel_panel.domain.model import DomainError

    with SessionService.open(session_path, clock=clock) as s:
        a = s.contributions.record("A.").id
        with pytest.raises(DomainError):
            s.contributions.delete_many([a, "no-such-id"])
        assert [c.id for c in s.contributions.list()] == [a]
        removed = s.contributions.delete_many([a])
        assert s.contributions.list() == []
        s.contributions.restore_many(removed)
        assert [c.id for c in s.contributions.list()] == [a]


# -- 5. exports: the chosen language reaches DOCX; Cancel stops every writer, atomically ----------
def _polls_of(session_path, out) -> int:  # noqa: ANN001
    from sahel_panel.exchange.export import export_session

    count = [0]

    def never() -> bool:
        count[0] += 1
        return False

    export_session(session_path, out, cancelled=never)
    return count[0]


def test_cancelled_exports_leave_no_file_and_the_old_one_intact(session_path, tmp_path, clock) -> None:  # noqa: ANN001
    import pytest

    from sahel_panel.exchange.export import export_session
    from sahel_panel.report import ReportCancelled

    with SessionService.open(session_path, clock=clock) as s:
        s.contributions.record("Words worth keeping.", speaker_id=s.speakers.list()[0].id,
                               question_id=s.questions.list()[0].id)
    for suffix in (".sahel", ".json", ".docx"):
        out = tmp_path / "out" / f"export{suffix}"
        out.parent.mkdir(exist_ok=True)
        polls = _polls_of(session_path, out)
        assert polls >= 3, (suffix, polls)  # the writer checks between its steps, not only at the start
        out.write_bytes(b"OLD")
        for stop_at in range(1, polls + 1):
            seen = [0]

            def cancelled(stop_at: int = stop_at, seen: list[int] = seen) -> bool:
                seen[0] += 1
                return seen[0] >= stop_at

            with pytest.raises(ReportCancelled):
                export_session(session_path, out, cancelled=cancelled)
            assert out.read_bytes() == b"OLD", (suffix, stop_at)
            assert sorted(p.name for p in out.parent.iterdir()) == [out.name], (suffix, stop_at)
        out.unlink()


def _export_dialog(window, kind: str):  # noqa: ANN001, ANN202
    from sahel_panel.ui.export_dialog import ExportReportDialog

    dialog = ExportReportDialog(window.document, window, kind=kind)
    dialog.show()
    return dialog


def test_export_dialog_passes_the_language_to_docx(window, tmp_path, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from sahel_panel.report import docx_report

    calls: list[str] = []
    real = docx_report.write_docx

    def spy(session_path, out_path, lang="en", progress=None, cancelled=None):  # noqa: ANN001, ANN202
        calls.append(lang)
        real(session_path, out_path, lang=lang, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(docx_report, "write_docx", spy)
    dialog = _export_dialog(window, "docx")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    out = tmp_path / "rapport.docx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        assert dialog.start()
    assert calls == ["fr"] and out.exists()


def test_export_dialog_cancel_stops_real_writers(window, tmp_path, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    for kind in ("sahel", "json", "docx"):
        dialog = _export_dialog(window, kind)

        class CancelFirst:  # the user presses Cancel before the worker gets going
            def start(self, job, dialog=dialog):  # noqa: ANN001, ANN202
                dialog.cancel()
                QThreadPool.globalInstance().start(job)

        dialog.pool = CancelFirst()
        out = tmp_path / f"cancelled.{kind}"
        dialog.path.setText(str(out))
        assert dialog.start()
        qtbot.waitUntil(lambda dialog=dialog: not dialog.running, timeout=15000)
        assert dialog.status.text() == "Export cancelled; no file was written.", kind
        assert not out.exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cancelled")] == []
        dialog.close()


# -- 3. "Save a copy" is a verified snapshot written in the background, atomically ----------------
def test_save_copy_runs_in_background_and_never_deletes_the_old_file_first(
        make_window, session_path, tmp_path, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    from sahel_panel.exchange import snapshot
    from sahel_panel.ui import file_ops

    copy = tmp_path / "copy.sahel"
    copy.write_bytes(b"OLD COPY")
    prompts = ScriptedPrompter(paths=[str(copy), str(copy)])
    win = make_window(prompts)
    assert win.open_path(session_path)
    win.workspace.contributions.editor.text.setPlainText("First words.")
    assert win.workspace.contributions.commit()

    class CancelAtOnce:  # the user cancels before the worker starts: the old copy must survive
        @staticmethod
        def globalInstance():  # noqa: ANN205, N802
            return CancelAtOnce()

        def start(self, job):  # noqa: ANN001, ANN202
            job.cancel_event.set()
            QThreadPool.globalInstance().start(job)

    monkeypatch.setattr(file_ops, "QThreadPool", CancelAtOnce)
    job = win.files.save_copy(win.document.service, win)
    assert job is not None
    qtbot.waitUntil(lambda: not win.files.copy_jobs, timeout=10000)
    assert copy.read_bytes() == b"OLD COPY"
    monkeypatch.undo()

    job = win.files.save_copy(win.document.service, win)
    assert job is not None and win.files.copy_jobs == [job]  # returned while the copy is being written
    qtbot.waitUntil(lambda: not win.files.copy_jobs, timeout=10000)
    assert prompts.log[-1][0] == "inform"
    assert snapshot.verify(copy) == []
    with SessionService.open(copy, read_only=True) as s:
        assert [c.text for c in s.contributions.list()] == ["First words."]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".copy")) == []


# -- 4. windows bound to a session close with it --------------------------------------------------
def test_session_dialogs_close_when_another_file_opens(make_window, session_path, tmp_path, qtbot) -> None:  # noqa: ANN001
    import shutil

    from shiboken6 import isValid

    from sahel_panel.ui import dialogs

    other = tmp_path / "other.sahel"
    shutil.copy(session_path, other)
    win = make_window()
    assert win.open_path(session_path)
    win.show()
    old_search = dialogs.search(win, win.document)
    old_search.query.setText("parl")  # the debounce timer is running when the file switches
    old_export = dialogs.export(win, win.document)
    old_projector = dialogs.projector(win, win.document)
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
    new_search = dialogs.search(win, win.document)
    assert new_search is not old_search and new_search.document is win.document
    new_search.query.setText("parliament")
    new_search.run_search()


# -- 8. user text is shown literally, never as markup --------------------------------------------
HOSTILE = "<b>Aïcha</b> <img src=x>"


def test_hostile_speaker_name_shows_literally(window, qtbot) -> None:  # noqa: ANN001
    import html

    from PySide6.QtCore import Qt as QtNS

    from sahel_panel.ui import commands
    from sahel_panel.ui.contributions_model import ContributionModel

    doc, service = window.document, window.document.service
    ws = window.workspace
    sid = service.speakers.add(name=HOSTILE, organisation="<i>UNODC</i>").id
    service.turns.start(sid, doc.current_question_id)
    floor = ws.speakers.floor
    qtbot.waitUntil(lambda: HOSTILE in floor.current_label.text(), timeout=2000)
    assert floor.current_label.textFormat() == QtNS.TextFormat.PlainText

    assert doc.execute(commands.RecordContribution(service, f"Said {HOSTILE}", sid, doc.current_question_id))
    panel = ws.contributions
    panel.select(service.contributions.list()[0].id)
    panel.edit_selected()
    banner = panel.editor.banner
    assert HOSTILE in banner.text() and banner.textFormat() == QtNS.TextFormat.PlainText
    tip = panel.model.data(panel.model.index(0, ContributionModel.TEXT), QtNS.ItemDataRole.ToolTipRole)
    assert html.escape(f"Said {HOSTILE}", quote=False) in tip and "<b>" not in tip
    panel.cancel_edit()

    rec_panel = ws.recommendations
    rec_panel.editor.text_edit.setPlainText(HOSTILE)
    rec_panel.submit()
    item = rec_panel.list.item(0)
    assert "<img" not in item.toolTip() and "&lt;img src=x&gt;" in item.toolTip()


def test_hostile_question_text_shows_literally(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt as QtNS

    doc, service = window.document, window.document.service
    service.questions.edit(doc.current_question_id, {"en": HOSTILE})
    bar = window.workspace.question_bar
    qtbot.waitUntil(lambda: bar.text_label.text() == HOSTILE, timeout=2000)
    assert bar.text_label.textFormat() == QtNS.TextFormat.PlainText
