"""Cancelled exports leave no file and the old one intact; the dialog passes its choices to the real writers;
a copy of the session is written in the background."""

from __future__ import annotations

from sahel_panel.services import SessionService
from sahel_panel.ui.core.prompts import ScriptedPrompter


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
    from sahel_panel.ui.export.dialog import ExportReportDialog

    dialog = ExportReportDialog(window.document, window, kind=kind)
    dialog.show()
    return dialog


def test_export_dialog_passes_the_language_to_docx(window, tmp_path, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from sahel_panel.report import docx_report

    calls: list[str] = []
    real = docx_report.write_docx

    def spy(session_path, out_path, lang="en", progress=None, cancelled=None, **options):  # noqa: ANN001, ANN202
        calls.append(lang)
        real(session_path, out_path, lang=lang, progress=progress, cancelled=cancelled, **options)

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


def test_save_copy_runs_in_background_and_never_deletes_the_old_file_first(
        make_window, session_path, tmp_path, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    from sahel_panel.exchange import snapshot
    from sahel_panel.ui.shell import file_ops

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
