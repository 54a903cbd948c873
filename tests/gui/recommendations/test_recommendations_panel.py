"""The recommendations panel driven like a rapporteur would: keyboard, mouse, drops; the store is the judge."""

from __future__ import annotations

import pytest
from panel_helpers import close_sample, make_session
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from sahel_panel.ui.core.document import CONTRIBUTION_MIME
from sahel_panel.ui.recommendations.list_view import ID_ROLE, RECOMMENDATION_MIME, SPEAKERS_ROLE, STATUS_ROLE, plain
from sahel_panel.ui.recommendations.panel import RecommendationsPanel

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def sample(tmp_path):
    s = make_session(tmp_path / "panel.sahel")
    yield s
    close_sample(s)


@pytest.fixture
def panel(qtbot, sample):
    widget = RecommendationsPanel(sample.document)
    qtbot.addWidget(widget)
    widget.resize(480, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def texts(sample, question_id):
    return [r.text for r in sample.service.recommendations.list(question_id)]


def focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=1000)


def test_draft_with_ctrl_enter_then_undo_redo(qtbot, panel, sample):
    q1 = sample.question_ids[0]
    before = texts(sample, q1)
    editor = panel.editor.text_edit
    focus(qtbot, editor)
    qtbot.keyClicks(editor, "Fund community policing pilots in border regions.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert texts(sample, q1) == [*before, "Fund community policing pilots in border regions."]
    assert editor.toPlainText() == ""
    assert panel.list.count() == len(before) + 1
    new_id = panel.current_id()
    assert sample.service.recommendations.get(new_id).status == "draft"
    sample.document.undo()
    assert texts(sample, q1) == before
    assert panel.list.count() == len(before)
    sample.document.redo()
    assert sample.service.recommendations.get(new_id).text.startswith("Fund community")
    assert panel.list.count() == len(before) + 1


def test_general_toggle_drafts_general(qtbot, panel, sample):
    focus(qtbot, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_G, CTRL)
    assert panel.general and panel.scope_question_id() is None
    assert panel.list.count() == 1
    focus(qtbot, panel.editor.text_edit)
    qtbot.keyClicks(panel.editor.text_edit, "Create a Sahel parliamentary observatory.")
    qtbot.keyClick(panel.editor.text_edit, Qt.Key.Key_Enter, CTRL)
    assert "Create a Sahel parliamentary observatory." in texts(sample, None)


def test_revise_keeps_history(qtbot, panel, sample):
    rid = sample.recommendation_ids[1]
    assert panel.select(rid)
    focus(qtbot, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = panel.editor.text_edit
    assert editor.toPlainText().startswith("Involve youth")
    assert panel.editor.submit_button.text() == "Save revision"
    qtbot.keyClicks(editor, "Guarantee seats for youth representatives in defence committees.")  # replaces selection
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    rec = sample.service.recommendations.get(rid)
    assert rec.text == "Guarantee seats for youth representatives in defence committees."
    revisions = sample.service.recommendations.revisions(rid)
    assert [r.number for r in revisions] == [1, 2]
    focus(qtbot, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_H, CTRL)
    dialog = panel._history
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["1", "2"]
    assert plain(table.item(0, 4).text()).startswith("Involve youth")
    assert plain(table.item(1, 4).text()).startswith("Guarantee seats")
    assert table.item(1, 2).text() == "Draft"
    assert len(table.item(1, 1).text()) == 8  # HH:MM:SS
    sample.document.undo()
    assert sample.service.recommendations.get(rid).text.startswith("Involve youth")
    assert table.rowCount() == 3  # the undo is itself recorded: nothing said is ever lost
    dialog.close()


def test_escape_cancels_revision(qtbot, panel, sample):
    panel.select(sample.recommendation_ids[0])
    panel.start_revision()
    editor = panel.editor.text_edit
    qtbot.keyClicks(editor, "scratch")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert panel.editor.revising is None and editor.toPlainText() == ""
    assert len(sample.service.recommendations.revisions(sample.recommendation_ids[0])) == 1


def test_reorder_by_keyboard_and_by_drag(qtbot, panel, sample):
    q1 = sample.question_ids[0]
    ids = [r.id for r in sample.service.recommendations.list(q1)]
    panel.select(ids[0])
    focus(qtbot, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, CTRL_SHIFT)
    assert [r.id for r in sample.service.recommendations.list(q1)] == [ids[1], ids[0], *ids[2:]]
    assert panel.current_id() == ids[0]
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, CTRL_SHIFT)
    assert [r.id for r in sample.service.recommendations.list(q1)] == ids
    sample.document.undo()
    assert [r.id for r in sample.service.recommendations.list(q1)] == [ids[1], ids[0], *ids[2:]]
    sample.document.undo()
    assert [r.id for r in sample.service.recommendations.list(q1)] == ids

    # drag the last one onto the top half of the first row
    mime = QMimeData()
    mime.setData(RECOMMENDATION_MIME, ids[-1].encode())
    top = panel.list.visualItemRect(panel.list.item(0))
    event = QDropEvent(QPointF(top.center().x(), top.top() + 2), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.list.dropEvent(event)
    assert [r.id for r in sample.service.recommendations.list(q1)] == [ids[-1], *ids[:-1]]
    assert panel.ids() == [ids[-1], *ids[:-1]]
    sample.document.undo()
    assert [r.id for r in sample.service.recommendations.list(q1)] == ids


def test_set_status_by_shortcut_and_combo(qtbot, panel, sample):
    rid = sample.recommendation_ids[1]
    panel.select(rid)
    focus(qtbot, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_3, CTRL)
    assert sample.service.recommendations.get(rid).status == "agreed"
    assert panel.list.currentItem().data(STATUS_ROLE) == "agreed"
    assert "Agreed" in panel.list.currentItem().text()
    qtbot.keyClick(panel.list, Qt.Key.Key_4, CTRL)
    item = panel.list.currentItem()
    assert sample.service.recommendations.get(rid).status == "withdrawn"
    assert item.font().strikeOut() and item.foreground().color().name() == "#9aa0a6"
    sample.document.undo()
    assert sample.service.recommendations.get(rid).status == "agreed"
    sample.document.undo()
    assert sample.service.recommendations.get(rid).status == "draft"
    sample.document.redo()
    assert sample.service.recommendations.get(rid).status == "agreed"
    # the combo box, by keyboard
    focus(qtbot, panel.status_combo)
    panel.status_combo.setCurrentIndex(1)
    panel.status_combo.activated.emit(1)
    assert sample.service.recommendations.get(rid).status == "proposed"


def test_link_selected_and_unlink(qtbot, panel, sample):
    rid = sample.recommendation_ids[1]
    c = sample.contribution_ids
    panel.select(rid)
    assert not panel.link_button.isEnabled()
    sample.document.set_selected_contributions([c[4], c[1]])
    assert panel.link_button.isEnabled()
    focus(qtbot, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_L, CTRL)
    assert set(sample.service.recommendations.get(rid).source_ids) == {c[2], c[4], c[1]}
    names = panel.list.currentItem().data(SPEAKERS_ROLE)
    assert names == ["خالد المنصوري", "Fatimetou Mint Ahmed", "Moussa Kaboré"]
    assert "Moussa Kaboré" in plain(panel.list.currentItem().text())
    assert panel.sources.count() == 3
    sample.document.undo()
    assert sample.service.recommendations.get(rid).source_ids == (c[2],)
    sample.document.redo()
    assert len(sample.service.recommendations.get(rid).source_ids) == 3
    # unlink the first supporting contribution with Del
    panel.sources.setCurrentRow(0)
    first = panel.sources.currentItem().data(ID_ROLE)
    focus(qtbot, panel.sources)
    qtbot.keyClick(panel.sources, Qt.Key.Key_Delete)
    assert first not in sample.service.recommendations.get(rid).source_ids
    sample.document.undo()
    assert first in sample.service.recommendations.get(rid).source_ids


def test_drop_contributions_onto_a_recommendation(qtbot, panel, sample):
    rid = sample.recommendation_ids[2]
    c = sample.contribution_ids
    mime = QMimeData()
    mime.setData(CONTRIBUTION_MIME, f"{c[0]}\n{c[4]}\n".encode())
    row = panel.ids().index(rid)
    rect = panel.list.visualItemRect(panel.list.item(row))
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.list.dropEvent(event)
    assert event.isAccepted()
    assert set(sample.service.recommendations.get(rid).source_ids) == {c[0], c[4]}
    assert panel.list.item(row).data(SPEAKERS_ROLE) == ["Gianluca Ferri", "Moussa Kaboré"]
    sample.document.undo()
    assert sample.service.recommendations.get(rid).source_ids == ()


def test_follows_question_and_reveal(qtbot, panel, sample):
    sample.document.set_current_question(sample.question_ids[3])
    assert panel.list.count() == 0
    assert panel.title.text() == "Recommendations — question 4"
    general = sample.recommendation_ids[-1]
    sample.document.reveal("recommendation", general)
    assert panel.general and panel.current_id() == general
    rid = sample.recommendation_ids[0]
    sample.document.reveal("recommendation", rid)
    assert not panel.general
    assert sample.document.current_question_id == sample.question_ids[0]
    assert panel.current_id() == rid


def test_delete_is_undoable(qtbot, panel, sample):
    rid = sample.recommendation_ids[0]
    panel.select(rid)
    focus(qtbot, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert rid not in panel.ids()
    sample.document.undo()
    assert panel.ids()[0] == rid
    assert len(sample.service.recommendations.revisions(rid)) == 1


@pytest.fixture
def ui_locale():
    """Set the interface locale (what sahel_panel.i18n.install does) and restore it afterwards."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(("lang", "separator"), [("en", ", "), ("fr", ", "), ("ar", "، ")])
def test_supported_by_joins_names_with_the_languages_comma(qtbot, panel, sample, ui_locale, lang, separator):
    ui_locale(lang)
    rid = sample.recommendation_ids[1]
    c = sample.contribution_ids
    sample.document.set_selected_contributions([c[4], c[1]])
    panel.select(rid)
    focus(qtbot, panel.list)
    qtbot.keyClick(panel.list, Qt.Key.Key_L, CTRL)
    text = panel.list.currentItem().text()
    assert plain(text).endswith(separator.join(["خالد المنصوري", "Fatimetou Mint Ahmed", "Moussa Kaboré"]))
    # each name is a bidi isolate: Latin names keep the list's order in an Arabic line, and vice versa
    assert "\u2068Fatimetou Mint Ahmed\u2069" in text
    assert ", " not in plain(text) if lang == "ar" else "، " not in plain(text)
