"""Statistics panel: the figures and bar lengths it shows follow the turns held, live."""

from __future__ import annotations

import pytest
from panel_helpers import close_sample, make_session
from PySide6.QtCore import Qt

from sahel_panel.ui.statistics_panel import StatisticsPanel, clock_text


@pytest.fixture
def sample(tmp_path):
    s = make_session(tmp_path / "stats.sahel", rich=False)
    yield s
    close_sample(s)


def rows(panel, group):
    return {r.key: r for r in panel.bars[group].rows()}


def test_bars_and_numbers_follow_turns(qtbot, sample):
    panel = StatisticsPanel(sample.document)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert rows(panel, "gender")["woman"].fraction == 0 and not panel.live

    s, sp = sample.service, sample.speaker_ids
    s.turns.start(sp["Gianluca Ferri"], sample.question_ids[0])  # man, regional body, 45+
    sample.clock.advance(300)
    s.turns.start(sp["Mariam Ould Cheikh"], sample.question_ids[0])  # woman, civil society, youth
    sample.clock.advance(100)
    s.turns.stop()
    gender = rows(panel, "gender")
    assert gender["man"].value == 300 and gender["woman"].value == 100
    assert gender["man"].fraction == pytest.approx(0.75) and gender["woman"].fraction == pytest.approx(0.25)
    assert gender["woman"].text == "1:40 · 1 turn · 25%"
    assert gender["man"].text == "5:00 · 1 turn · 75%"
    assert rows(panel, "youth")["youth"].fraction == pytest.approx(0.25)
    assert rows(panel, "category")["civil_society"].value == 100
    assert panel.totals.text() == "Speaking time 6:40 · 2 turns · speakers heard: 2"
    assert panel.coverage.text() == "Questions addressed: 0 of 14"

    # switch the bars to turns with the keyboard
    panel.metric_combo.setFocus()
    qtbot.keyClick(panel.metric_combo, Qt.Key.Key_Down)
    assert panel.metric_combo.currentData() == "turns"
    assert rows(panel, "gender")["woman"].fraction == pytest.approx(0.5)
    assert rows(panel, "gender")["woman"].value == 1


def test_ticks_every_second_while_a_turn_is_open(qtbot, sample):
    panel = StatisticsPanel(sample.document)
    qtbot.addWidget(panel)
    panel.show()
    sample.service.turns.start(sample.speaker_ids["Awa Ndiaye"], sample.question_ids[1])
    assert panel.live
    sample.clock.advance(65)  # no change notice: only the timer can show this
    qtbot.waitUntil(lambda: rows(panel, "category")["international_organisation"].value == 65, timeout=2500)
    assert rows(panel, "category")["international_organisation"].text.startswith("1:05")
    sample.service.turns.stop()
    assert not panel.live


def test_rtl_mirrors_bars(qtbot, sample):
    panel = StatisticsPanel(sample.document)
    qtbot.addWidget(panel)
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    panel.resize(400, 500)
    sample.service.turns.start(sample.speaker_ids["Awa Ndiaye"], sample.question_ids[1])
    sample.clock.advance(60)
    sample.service.turns.start(sample.speaker_ids["Moussa Kaboré"], sample.question_ids[1])
    sample.clock.advance(180)
    sample.service.turns.stop()
    panel.show()
    qtbot.waitExposed(panel)
    bars = panel.bars["gender"]
    image = bars.grab().toImage()
    bar_y = bars.fontMetrics().height() + 2 + 4  # inside the first row's bar (woman, 25%)
    right = image.pixelColor(bars.width() - 3, bar_y)
    left = image.pixelColor(3, bar_y)
    assert right.name() == "#8e44ad" and left.name() != "#8e44ad"


def test_clock_text():
    assert clock_text(59.6) == "1:00"
    assert clock_text(3725) == "1:02:05"
