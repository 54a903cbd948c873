"""Regression tests for a second review of the window: plain-text message boxes, edits whose row
vanished, type-to-jump past bidi marks, literal ``&`` in menus, closed windows freed at once."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStyleOptionViewItem, QWidget

from sahel_panel.services import SessionService
from sahel_panel.ui.bidi import embedded, plain
from sahel_panel.ui.contributions_panel import EDIT_DRAFT, EDITOR_DRAFT
from sahel_panel.ui.prompts import QtPrompter, ScriptedPrompter, show_plain_message
from sahel_panel.ui.workspace import RECOMMENDATION_DRAFT, REVISION_DRAFT
from tests.gui.conftest import fresh

CTRL = Qt.KeyboardModifier.ControlModifier
Button = QMessageBox.StandardButton


def _drafts(path) -> dict[str, tuple[str, dict]]:  # noqa: ANN001
    with fresh(path) as s:
        return {d.editor: (d.text, d.context) for d in s.drafts.list()}


# -- 1. message boxes show file names and folders literally ------------------------------------
def _answer_next_box(seen: list[dict], button: QMessageBox.StandardButton) -> None:
    """When the next message box is up, note what it shows and click ``button``."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append({"format": box.textFormat(), "text": box.text(),
                     "labels": {lab.textFormat() for lab in box.findChildren(QLabel) if lab.text()}})
        box.button(button).click()

    QTimer.singleShot(0, look)


def test_qt_prompter_shows_markup_in_file_names_literally(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    prompter = QtPrompter(parent)
    name = "“<b>x</b>.sahel”"
    seen: list[dict] = []

    _answer_next_box(seen, Button.Yes)
    assert prompter.ask("Open", f"Open {name}?") is True
    _answer_next_box(seen, Button.No)
    assert prompter.ask("Open", f"Open {name}?") is False
    _answer_next_box(seen, Button.Ok)
    prompter.inform("Saved", "Saved in <img src=x>")
    _answer_next_box(seen, Button.Ok)
    prompter.warn("Cannot open", f"{name} is not a session file.")

    assert [s["format"] for s in seen] == [Qt.TextFormat.PlainText] * 4
    assert "<b>x</b>" in seen[0]["text"] and "<img src=x>" in seen[2]["text"] and "<b>x</b>" in seen[3]["text"]
    assert all(s["labels"] == {Qt.TextFormat.PlainText} for s in seen)


def test_informative_text_of_a_message_box_is_plain_too(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[dict] = []
    _answer_next_box(seen, Button.Ok)
    show_plain_message(parent, QMessageBox.Icon.Warning, "Import", "<i>speakers</i>.csv",
                       informative="Folder <img src=x>", detailed="<b>line 3</b>")
    assert seen[0]["labels"] == {Qt.TextFormat.PlainText}


def test_setup_dialog_error_box_shows_file_names_literally(window, qtbot) -> None:  # noqa: ANN001
    from sahel_panel.ui.setup_dialog import SessionSetupDialog

    dialog = SessionSetupDialog(window.document, window)
    qtbot.addWidget(dialog)
    seen: list[dict] = []
    _answer_next_box(seen, Button.Ok)
    dialog._message_box("Import speaker list", "Nothing was imported from <b>speakers</b>.csv")
    assert seen[0]["format"] == Qt.TextFormat.PlainText
    assert "<b>speakers</b>" in seen[0]["text"]


# -- 2. an edit whose row vanished keeps its words ---------------------------------------------------
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
    assert drafts[EDITOR_DRAFT][0] == "Half a sentence\nCorrected words." and EDIT_DRAFT not in drafts
    assert panel.commit()  # Ctrl+Enter again records the words
    assert [c.text for c in window.document.service.contributions.list()] == ["Half a sentence\nCorrected words."]


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
    assert REVISION_DRAFT not in _drafts(session_path)  # unchanged: nothing to recover
    edit.setPlainText("First recommendation, revised")
    ws.drafts.flush()
    drafts = _drafts(session_path)
    assert drafts[REVISION_DRAFT][0] == "First recommendation, revised"
    assert drafts[REVISION_DRAFT][1]["recommendation_id"] == rid
    assert drafts[RECOMMENDATION_DRAFT][0] == "Unsent idea"
    panel.submit()  # saved: the revision draft goes at once
    drafts = _drafts(session_path)
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


# -- 3. type-to-jump finds names behind their bidi marks --------------------------------------------
def _add_speakers(window) -> dict[str, str]:  # noqa: ANN001
    service = window.document.service
    return {name: service.speakers.add(name=name).id for name in ("Zainab Traoré", "Amadou Diallo", "عبد الله الزياني")}


def _new_search(qtbot) -> None:  # noqa: ANN001
    """Let the typed letters expire, so the next ones start a new search."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)


def test_type_to_jump_in_the_speakers_table(window, qtbot) -> None:  # noqa: ANN001
    _add_speakers(window)
    table = window.workspace.speakers.table
    table.setCurrentIndex(table.model().index(0, 0))
    table.keyboardSearch("Z")
    assert plain(table.currentIndex().data()) == "Zainab Traoré"
    _new_search(qtbot)
    table.keyboardSearch("عبد")
    assert plain(table.currentIndex().data()) == "عبد الله الزياني"
    assert table.currentIndex().data().startswith("\u202b")  # still embedded for display


def test_type_to_jump_in_the_contributions_view(window, qtbot) -> None:  # noqa: ANN001
    ids = _add_speakers(window)
    panel = window.workspace.contributions
    for name, text in (("Zainab Traoré", "Youth first."), ("Amadou Diallo", "Budgets next.")):
        panel.editor.speaker_combo.setCurrentIndex(panel.editor.speaker_combo.findData(ids[name]))
        panel.editor.text.setPlainText(text)
        assert panel.commit()
    view = panel.view
    panel.select(window.document.service.contributions.list()[1].id)  # current cell: the time column
    view.keyboardSearch("Za")
    assert panel.model.contribution(view.currentIndex().row()).speaker_id == ids["Zainab Traoré"]
    view.setCurrentIndex(panel.model.index(0, panel.model.TEXT))
    _new_search(qtbot)
    view.keyboardSearch("Bud")
    assert panel.model.contribution(view.currentIndex().row()).text == "Budgets next."


def test_type_to_jump_in_the_queue(window, qtbot) -> None:  # noqa: ANN001
    ids = _add_speakers(window)
    floor = window.workspace.speakers.floor
    for name in ("Amadou Diallo", "Zainab Traoré", "عبد الله الزياني"):
        floor.enqueue(ids[name])
    floor.queue.setCurrentRow(0)
    floor.queue.keyboardSearch("Z")
    assert floor.queue.currentItem().text() == "Zainab Traoré"
    # painted in its own direction all the same
    option = QStyleOptionViewItem()
    floor.queue.itemDelegate().initStyleOption(option, floor.queue.model().index(2, 0))
    assert option.text == embedded("عبد الله الزياني")


# -- 4. an & in user text is shown, not taken as a mnemonic -------------------------------------
def test_recent_file_with_ampersand_keeps_it(window, settings, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "Peace & Security.sahel"
    path.write_bytes(b"")
    settings.add_recent(path)
    window.menus.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.menus.recent_menu.actions()]
    assert "&1 Peace && Security.sahel" in texts


def test_reattribute_menus_show_ampersands(window, qtbot) -> None:  # noqa: ANN001
    service = window.document.service
    service.speakers.add(name="Sy & Diallo")
    service.questions.add({"en": "Peace & security?"})
    panel = window.workspace.contributions
    panel.editor.text.setPlainText("Words.")
    assert panel.commit()
    panel.view.selectAll()
    texts: list[list[str]] = []

    def read_and_close() -> None:  # the menu as the user sees it, then Esc
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, read_and_close)
            return
        texts.extend([a.text() for a in act.menu().actions()] for act in menu.actions() if act.menu())
        menu.close()

    QTimer.singleShot(0, read_and_close)
    panel._context_menu(QPoint(5, 5))
    speaker_texts, question_texts = texts
    assert "Sy && Diallo" in speaker_texts
    assert any(t.endswith("Peace && security?") for t in question_texts)


# -- 5. closed secondary windows are freed at once --------------------------------------------------
def test_closed_secondary_windows_are_deleted(window, session_path, tmp_path, qtbot) -> None:  # noqa: ANN001
    import shutil

    from shiboken6 import isValid

    from sahel_panel.ui import dialogs

    setup = dialogs.setup(window, window.document)
    export = dialogs.export(window, window.document)
    for dialog in (setup, export):
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not isValid(d), timeout=2000)
    window.actions["projector"].trigger()
    projector = window.projector
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(projector), timeout=2000)
    window.actions["projector"].trigger()  # opens a new one after the deleted one
    assert window.projector is not None and isValid(window.projector) and window.projector.isVisible()
    window.actions["projector"].trigger()
    assert window.projector is None

    again = dialogs.setup(window, window.document)  # replaces nothing alive; no error on the deleted one
    assert isValid(again)
    other = tmp_path / "other.sahel"
    shutil.copy(session_path, other)
    assert window.open_path(other)  # the session closes: releasing the deleted dialogs is harmless
    qtbot.waitUntil(lambda: not isValid(again), timeout=2000)
