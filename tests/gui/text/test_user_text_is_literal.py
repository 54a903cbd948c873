"""User text is shown literally, never as markup: message boxes, names and questions in the window, ``&`` in menus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from sahel_panel.ui.core.prompts import QtPrompter, show_plain_message

HOSTILE = "<b>Aïcha</b> <img src=x>"
Button = QMessageBox.StandardButton


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
    from sahel_panel.ui.setup.dialog import SessionSetupDialog

    dialog = SessionSetupDialog(window.document, window)
    qtbot.addWidget(dialog)
    seen: list[dict] = []
    _answer_next_box(seen, Button.Ok)
    dialog._message_box("Import speaker list", "Nothing was imported from <b>speakers</b>.csv")
    assert seen[0]["format"] == Qt.TextFormat.PlainText
    assert "<b>speakers</b>" in seen[0]["text"]


def test_hostile_speaker_name_shows_literally(window, qtbot) -> None:  # noqa: ANN001
    import html

    from PySide6.QtCore import Qt as QtNS

    from sahel_panel.ui.contributions import commands
    from sahel_panel.ui.contributions.model import ContributionModel

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
