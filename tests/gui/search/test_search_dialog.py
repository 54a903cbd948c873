"""Search dialog: type, wait for the debounce, Enter: the hit is revealed and its question made current."""

from __future__ import annotations

import pytest
from panel_helpers import close_sample, make_session
from PySide6.QtCore import Qt

from sahel_panel.ui.recommendations.list_view import plain
from sahel_panel.ui.search.dialog import SearchDialog


@pytest.fixture
def sample(tmp_path):
    s = make_session(tmp_path / "search.sahel")
    yield s
    close_sample(s)


@pytest.fixture
def dialog(qtbot, sample):
    d = SearchDialog(sample.document)
    qtbot.addWidget(d)
    d.focus_query()
    qtbot.waitExposed(d)
    return d


def test_typing_then_enter_reveals_contribution_and_switches_question(qtbot, dialog, sample):
    sample.document.set_current_question(sample.question_ids[5])
    qtbot.keyClicks(dialog.query, "legislative draft")
    assert dialog.hits() == []  # debounced: nothing yet
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=2000)
    item = dialog.results.topLevelItem(0)
    assert item.text(0) == "Contribution"
    assert item.text(1) == "2"
    assert plain(item.text(2)) == "Awa Ndiaye"
    assert "legislative drafting" in item.text(3)
    with qtbot.waitSignal(sample.document.reveal_requested, timeout=1000) as blocker:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert blocker.args == ["contribution", sample.contribution_ids[3]]
    assert sample.document.current_question_id == sample.question_ids[1]
    assert dialog.isVisible()  # non-modal, stays open


def test_recommendation_hits_arabic_and_general(qtbot, dialog, sample):
    dialog.query.insert("شبكة")  # QTest can only type ASCII; this is what an input method does
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() >= 1, timeout=2000)
    kinds = {dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())}
    assert "Recommendation" in kinds
    dialog.query.clear()
    assert dialog.results.topLevelItemCount() == 0  # emptied at once, no debounce
    qtbot.keyClicks(dialog.query, "Summit")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=2000)
    assert dialog.results.topLevelItem(0).text(1) == "General"
    sample.document.set_current_question(sample.question_ids[2])
    revealed = []
    sample.document.reveal_requested.connect(lambda kind, item_id: revealed.append((kind, item_id)))
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert revealed == [("recommendation", sample.recommendation_ids[-1])]
    assert sample.document.current_question_id == sample.question_ids[2]  # general: question unchanged


def test_hostile_text_is_shown_literally(qtbot, dialog, sample):
    c = sample.service.contributions.record("<b>bold</b> &amp; <font name=x>markup</font>",
                                            sample.speaker_ids["Awa Ndiaye"], sample.question_ids[0])
    qtbot.keyClicks(dialog.query, "markup (")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 1, timeout=2000)
    assert "<b>bold</b> &amp;" in dialog.results.topLevelItem(0).text(3)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Enter)
    assert sample.document.current_question_id == sample.question_ids[0]
    assert c.id == dialog.results.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole).id


def test_down_arrow_moves_through_results_and_double_click(qtbot, dialog, sample):
    qtbot.keyClicks(dialog.query, "security")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() >= 2, timeout=2000)
    first = dialog.results.currentItem()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    second = dialog.results.currentItem()
    assert second is not first
    rect = dialog.results.visualItemRect(second)
    revealed = []
    sample.document.reveal_requested.connect(lambda kind, item_id: revealed.append(item_id))
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(sample.document.reveal_requested) as blocker:
        qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[1] == second.data(0, Qt.ItemDataRole.UserRole).id
    assert revealed == [blocker.args[1]]  # once, not once per signal path


def test_search_result_reveals_the_contribution(window, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    service = window.document.service
    q3 = ws.question_bar.questions[2].id
    c = service.contributions.record("Pilot projects in border towns", None, q3)
    assert window.document.current_question_id != q3
    window.document.reveal("contribution", c.id)
    assert window.document.current_question_id == q3
    assert ws.contributions.selected_ids() == [c.id]
    r = service.recommendations.draft("Fund pilot projects", ws.question_bar.questions[1].id)
    window.document.reveal("recommendation", r.id)
    assert window.document.current_question_id == ws.question_bar.questions[1].id
