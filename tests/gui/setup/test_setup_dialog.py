"""Set-up dialog: metadata and questions edited through the widgets; a bad speaker list imports nothing."""

from __future__ import annotations

import pytest
from panel_helpers import close_sample, make_session
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sahel_panel.ui.setup.dialog import SessionSetupDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sample(tmp_path):
    s = make_session(tmp_path / "setup.sahel", rich=False)
    yield s
    close_sample(s)


@pytest.fixture
def dialog(qtbot, sample):
    d = SessionSetupDialog(sample.document)
    errors: list[tuple[str, str]] = []
    d.show_error = lambda title, text: errors.append((title, text))
    d.errors = errors
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=1000)


def test_metadata_edit_apply_and_undo(qtbot, dialog, sample):
    room = dialog.fields["room"]
    focus(qtbot, room)
    room.selectAll()
    qtbot.keyClicks(room, "Hall E2")
    dialog.area.setCurrentIndex(dialog.area.findData("development"))
    dialog.language_boxes["fr"].setChecked(False)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)
    info = sample.service.info()
    assert (info.room, info.area, info.languages) == ("Hall E2", "development", ("en", "ar"))
    assert info.title.startswith("Mitigating")
    sample.document.undo()
    info = sample.service.info()
    assert (info.room, info.area, info.languages) == ("Grand Hall E", "security", ("en", "fr", "ar"))


def test_bad_metadata_is_refused_in_the_dialog(qtbot, dialog, sample):
    dialog.fields["end"].setText("12:00")  # before the start
    dialog.accept()
    assert dialog.isVisible()
    assert "end" in dialog.error_label.text()
    assert sample.service.info().end == "17:30"
    assert sample.document.undo_stack.count() == 0


def test_questions_add_edit_reorder_remove(qtbot, dialog, sample):
    dialog.tabs.setCurrentIndex(1)
    focus(qtbot, dialog.question_list)
    qtbot.keyClick(dialog.question_list, Qt.Key.Key_Insert)
    en = dialog.editors["en"]
    assert QApplication.focusWidget() is en
    qtbot.keyClicks(en, "How can parliaments protect journalists covering the Sahel?")
    dialog.editors["fr"].setPlainText("Comment les parlements peuvent-ils protéger les journalistes ?")
    dialog.editors["ar"].setPlainText("كيف يمكن للبرلمانات حماية الصحفيين؟")
    assert dialog.editors["ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.keyClick(en, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    questions = sample.service.questions.list()
    assert len(questions) == 15
    new = questions[-1]
    assert new.text == {"en": "How can parliaments protect journalists covering the Sahel?",
                        "fr": "Comment les parlements peuvent-ils protéger les journalistes ?",
                        "ar": "كيف يمكن للبرلمانات حماية الصحفيين؟"}
    # edit its Arabic text, then pick another question: the edit is saved on the way
    dialog.editors["ar"].setPlainText("كيف يمكن للبرلمانات حماية الصحفيين في الساحل؟")
    dialog.question_list.setCurrentRow(0)
    assert sample.service.questions.get(new.id).text["ar"].endswith("في الساحل؟")
    assert dialog.editors["en"].toPlainText().startswith("What is the role of parliaments")
    # move the new one up with the keyboard
    dialog.question_list.setCurrentRow(14)
    focus(qtbot, dialog.question_list)
    qtbot.keyClick(dialog.question_list, Qt.Key.Key_Up, CTRL_SHIFT)
    assert sample.service.questions.get(new.id).position == 14
    assert dialog.question_ids()[13] == new.id
    sample.document.undo()
    assert sample.service.questions.get(new.id).position == 15
    # remove it with Del, undo brings it back with the same id
    dialog.question_list.setCurrentRow(14)
    focus(qtbot, dialog.question_list)
    qtbot.keyClick(dialog.question_list, Qt.Key.Key_Delete)
    assert len(sample.service.questions.list()) == 14
    sample.document.undo()
    assert sample.service.questions.get(new.id).position == 15


def test_question_in_use_cannot_be_removed(qtbot, dialog, sample):
    sample.service.contributions.record("A statement.", sample.speaker_ids["Awa Ndiaye"], sample.question_ids[0])
    dialog.tabs.setCurrentIndex(1)
    dialog.question_list.setCurrentRow(0)
    dialog.remove_question()
    assert len(sample.service.questions.list()) == 14
    assert "already has contributions" in dialog.error_label.text()


def test_good_speaker_csv_is_one_undo_step(qtbot, dialog, sample, tmp_path):
    path = tmp_path / "speakers.csv"
    path.write_text("\ufeffname,organisation,category,gender,youth\n"
                    "Aïcha Touré,CIP G5 Sahel,regional_parliamentary_body,woman,yes\n"
                    "عمر الهاشمي,البرلمان العربي,regional_parliamentary_body,man,no\n", encoding="utf-8")
    dialog.choose_file = lambda: str(path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = {s.name for s in sample.service.speakers.list()}
    assert {"Aïcha Touré", "عمر الهاشمي"} <= names
    assert dialog.errors == []
    sample.document.undo()
    names = {s.name for s in sample.service.speakers.list()}
    assert "Aïcha Touré" not in names and "عمر الهاشمي" not in names


def test_bad_speaker_csv_shows_message_and_imports_nothing(qtbot, dialog, sample, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,organisation,gender\nAïcha Touré,CIP G5 Sahel,woman\nOmar,PAM,robot\n", encoding="utf-8")
    before = len(sample.service.speakers.list())
    assert dialog.import_speakers(str(path)) == 0
    assert len(sample.service.speakers.list()) == before
    assert len(dialog.errors) == 1
    title, text = dialog.errors[0]
    assert "Nothing was imported" in text and "bad.csv" in text and "Traceback" not in text
    assert sample.document.undo_stack.count() == 0


def test_missing_file_shows_message(qtbot, dialog, sample, tmp_path):
    assert dialog.import_speakers(str(tmp_path / "nowhere.csv")) == 0
    assert dialog.errors and "nowhere.csv" in dialog.errors[0][1]
