"""Statistics panel: the figures and bar lengths it shows follow the turns held, live."""

from __future__ import annotations

import pytest
from panel_helpers import close_sample, make_session
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from sahel_panel.domain.speaking_time import timer_text
from sahel_panel.ui.statistics.panel import BalanceBars, BarRow, StatisticsPanel, clock_text
from sahel_panel.ui.text.locale_text import percent_text


@pytest.fixture
def sample(tmp_path):
    s = make_session(tmp_path / "stats.sahel", rich=False)
    yield s
    close_sample(s)


def rows(panel, group):
    return {r.key: r for r in panel.bars[group].rows()}


def counted(qtbot, panel) -> None:  # noqa: ANN001
    """Wait for the count the last change asked for (it runs in a worker, ui/core/apart.py)."""
    qtbot.waitUntil(lambda: not panel.counting and panel.statistics is not None, timeout=20000)


def test_bars_and_numbers_follow_turns(qtbot, sample):
    panel = StatisticsPanel(sample.document)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    counted(qtbot, panel)
    assert rows(panel, "gender")["woman"].fraction == 0 and not panel.live

    s, sp = sample.service, sample.speaker_ids
    s.turns.start(sp["Gianluca Ferri"], sample.question_ids[0])  # man, regional body, age not stated
    sample.clock.advance(300)
    s.turns.start(sp["Mariam Ould Cheikh"], sample.question_ids[0])  # woman, civil society, youth
    sample.clock.advance(100)
    s.turns.stop()
    counted(qtbot, panel)
    gender = rows(panel, "gender")
    assert gender["man"].value == 300 and gender["woman"].value == 100
    assert gender["man"].fraction == pytest.approx(0.75) and gender["woman"].fraction == pytest.approx(0.25)
    assert gender["woman"].text == "01:40 · 1 turn · 25%"
    assert gender["man"].text == "05:00 · 1 turn · 75%"
    ages = rows(panel, "youth")
    assert ages["under_45"].fraction == pytest.approx(0.25)
    # Not stated is its own bar, never counted as 45 and over.
    assert ages["not_stated"].fraction == pytest.approx(0.75) and ages["45_and_over"].fraction == 0
    assert rows(panel, "category")["civil_society"].value == 100
    assert panel.totals.text() == "Speaking time 06:40 · 2 turns · speakers heard: 2"
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
    counted(qtbot, panel)
    assert panel.live
    sample.clock.advance(65)  # no change notice: only the timer can show this
    qtbot.waitUntil(lambda: rows(panel, "category")["international_organisation"].value == 65, timeout=2500)
    assert rows(panel, "category")["international_organisation"].text.startswith("01:05")
    sample.service.turns.stop()
    counted(qtbot, panel)
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
    counted(qtbot, panel)
    bars = panel.bars["gender"]
    image = bars.grab().toImage()
    bar_y = bars.fontMetrics().height() + 2 + 4  # inside the first row's bar (woman, 25%)
    right = image.pixelColor(bars.width() - 3, bar_y)
    left = image.pixelColor(3, bar_y)
    assert right.name() == "#8e44ad" and left.name() != "#8e44ad"


def test_clock_text():
    assert clock_text(59.6) == "01:00"  # as the floor's timer writes it (issue 7: one format)
    assert clock_text(59.6) == timer_text(60)
    assert clock_text(3725) == "1:02:05"


@pytest.fixture
def ui_locale():
    """Set the interface locale (what sahel_panel.i18n.install does) and restore it afterwards."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_percent_text_follows_the_interface_language():
    assert percent_text(0.25, QLocale("en")) == "25%"
    assert percent_text(0.25, QLocale("fr")) == "25\u202f%"  # French: narrow no-break space before %
    # Arabic keeps the interface's 0-9 digits (clocks, counts) and CLDR's marks, so it never shows "%25"
    assert percent_text(0.25, QLocale("ar")) == "25\u200e%\u200e"
    assert percent_text(0.0, QLocale("fr")) == "0\u202f%" and percent_text(1.0, QLocale("ar")) == "100\u200e%\u200e"


@pytest.mark.parametrize(("lang", "share"), [("en", "25%"), ("fr", "25\u202f%"), ("ar", "25\u200e%\u200e")])
def test_row_figures_use_the_locale_percent(qtbot, sample, ui_locale, lang, share):
    ui_locale(lang)
    panel = StatisticsPanel(sample.document)
    qtbot.addWidget(panel)
    panel.show()  # a hidden panel (behind another tab) counts again only when shown
    s, sp = sample.service, sample.speaker_ids
    s.turns.start(sp["Gianluca Ferri"], sample.question_ids[0])
    sample.clock.advance(300)
    s.turns.start(sp["Mariam Ould Cheikh"], sample.question_ids[0])
    sample.clock.advance(100)
    s.turns.stop()
    counted(qtbot, panel)
    assert rows(panel, "gender")["woman"].text.endswith(" · " + share)


def long_rows():
    return [BarRow("international_organisation", "ONU ou organisation internationale", 322, 0.28,
                   "05:22 · 2 prises de parole · 28\u202f%"),
            BarRow("parliamentarian", "Parlementaire", 180, 0.15, "03:00 · 1 prise de parole · 15\u202f%")]


def test_names_are_never_cut_short_figures_go_under_them(qtbot):
    bars = BalanceBars(QColor("#1f6fb2"))
    qtbot.addWidget(bars)
    bars.set_rows(long_rows())
    fm = bars.fontMetrics()
    needed = fm.horizontalAdvance(long_rows()[0].label) + bars.TEXT_GAP + fm.horizontalAdvance(long_rows()[0].text)
    assert not bars.stacked(needed + 10)  # wide dock: name and figures share a line
    one_line = bars.heightForWidth(needed + 10)
    assert bars.stacked(needed - 10)  # narrower: every row of the box gets a figures line
    assert bars.heightForWidth(needed - 10) == one_line + 2 * fm.height()
    # narrower than the name itself: the name wraps instead of being elided
    narrow = fm.horizontalAdvance("ONU ou organisation") + 4
    assert bars.heightForWidth(narrow) > bars.heightForWidth(needed - 10)


def test_stacked_rows_keep_bars_aligned_and_mirrored(qtbot):
    bars = BalanceBars(QColor("#1f6fb2"))
    qtbot.addWidget(bars)
    bars.set_rows(long_rows())
    fm = bars.fontMetrics()
    width = fm.horizontalAdvance(long_rows()[0].label) + 20
    bars.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    bars.resize(width, bars.heightForWidth(width))
    assert bars.stacked()
    image = bars.grab().toImage()
    bar_y = 2 * fm.height() + 2 + 4  # first row: name line, figures line, then its bar
    assert image.pixelColor(bars.width() - 3, bar_y).name() == "#1f6fb2"  # the fill starts at the right
    assert image.pixelColor(3, bar_y).name() != "#1f6fb2"


def test_hidden_panel_skips_work_and_catches_up_when_shown(qtbot, sample):
    panel = StatisticsPanel(sample.document)
    qtbot.addWidget(panel)
    s, sp = sample.service, sample.speaker_ids
    s.turns.start(sp["Gianluca Ferri"], sample.question_ids[0])
    sample.clock.advance(300)
    s.turns.stop()
    assert panel.statistics is None  # never shown: not counted at all, neither at start nor on changes
    panel.show()
    qtbot.waitExposed(panel)
    counted(qtbot, panel)
    assert panel.statistics.total_turns == 1


def test_a_dock_tabbed_behind_counts_nothing_until_raised(window, clock, qtbot):  # noqa: ANN001
    """Tabbed behind Questions the panel is off-screen but 'visible': the dock's signal is what counts."""
    panel = window.workspace.statistics_panel
    dock = window.docks["statistics"]
    qtbot.waitUntil(lambda: panel._dock_visible is False, timeout=2000)
    assert panel.isVisible() or not panel.shown()  # whatever Qt says of the widget, it is not shown
    before = panel.statistics
    service = window.document.service
    service.turns.start(service.speakers.list()[0].id, None)
    clock.advance(90)
    service.turns.stop()
    assert panel.statistics is before and not panel.live  # not counted behind the tab
    dock.raise_()
    qtbot.waitUntil(lambda: panel.shown(), timeout=2000)
    counted(qtbot, panel)
    assert panel.statistics.total_turns == 1 and panel.statistics.total_seconds == 90


def test_a_running_timer_costs_no_query(qtbot, sample):
    """While a turn runs the panel ticks every second without asking the file (constant time)."""
    panel = StatisticsPanel(sample.document)
    qtbot.addWidget(panel)
    panel.show()
    sample.service.turns.start(sample.speaker_ids["Awa Ndiaye"], sample.question_ids[1])
    counted(qtbot, panel)
    statements = []
    sample.service.store.db.conn.set_trace_callback(statements.append)
    sample.clock.advance(42)
    panel._tick()
    sample.service.store.db.conn.set_trace_callback(None)
    assert statements == []
    assert rows(panel, "category")["international_organisation"].value == 42


def test_recording_with_the_figures_in_view_sums_nothing_on_the_windows_connection(window, qtbot):  # noqa: ANN001
    """The statistics and the question list count on connections of their own (issue 7): the window's
    connection, on which Ctrl+Enter records, runs no aggregate over every row."""
    panel = window.workspace.statistics_panel
    window.docks["statistics"].raise_()
    qtbot.waitUntil(lambda: panel.shown(), timeout=2000)
    counted(qtbot, panel)
    before = panel.statistics
    statements: list[str] = []
    conn = window.document.service.store.db.conn
    conn.set_trace_callback(statements.append)
    try:
        ws = window.workspace
        ws.contributions.editor.text.setPlainText("Les parlements doivent contrôler les budgets de sécurité.")
        assert ws.contributions.commit()
        qtbot.wait(400)  # the question list's coalescing timer too
        counted(qtbot, panel)
    finally:
        conn.set_trace_callback(None)
    assert panel.statistics is not before  # counted again after the recording...
    assert not [s for s in statements if "GROUP BY" in s.upper()], statements  # ...but not here
