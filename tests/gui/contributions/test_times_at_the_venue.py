"""The window shows times at the venue (the session's time zone), whatever this computer's zone."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime

import pytest

from sahel_panel.services import Change, NewSession, SessionService
from sahel_panel.ui.contributions.model import ContributionModel
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.questions.bar import session_window
from sahel_panel.ui.recommendations.history import RecommendationHistoryDialog
from tests.gui.conftest import FakeClock


def test_contribution_times_and_the_schedule_follow_the_venue(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("TZ", "America/New_York")  # the rapporteur's laptop is still on another continent
    clock = FakeClock()  # 2023-03-11 11:30 UTC = 14:30 in Manama
    spec = NewSession(title="Manama", date="2023-03-11", start="14:00", end="17:30", time_zone="Asia/Bahrain",
                      questions=[{"en": "Q?"}])
    service = SessionService.create(tmp_path / "m.sahel", spec, clock=clock)
    try:
        q = service.questions.list()[0].id
        service.contributions.record("Words", None, q)
        model = ContributionModel(service)
        model.load(q)
        assert model.index(0, ContributionModel.TIME).data() == "14:30"
        revision = service.recommendations.draft("Fund pilots", q)
        history = RecommendationHistoryDialog(SessionDocument(service), revision.id)
        qtbot.addWidget(history)
        assert history.table.item(0, 1).text() == "14:30:00"

        anchor, end = session_window(service.info(), None, clock())
        assert anchor == datetime(2023, 3, 11, 11, 0, tzinfo=UTC)  # 14:00 at the venue
        assert end == datetime(2023, 3, 11, 14, 30, tzinfo=UTC)

        service.update_info(time_zone="Europe/Paris")  # a corrected zone: the column follows at once
        model.apply(Change("session", "changed"))
        assert model.index(0, ContributionModel.TIME).data() == "12:30"
    finally:
        service.close()


@pytest.fixture
def computer_in_zurich():  # noqa: ANN201
    """This process's own local zone is Zurich (UTC+1 in March), as on a secretariat laptop in Geneva:
    ``TZ`` set AND ``time.tzset()``, so the C library's localtime — what a bare ``astimezone()``,
    ``fromtimestamp`` or QDateTime's local time use — is Zurich's, not only the variable."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Zurich"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_bahrain_session_reads_bahrain_time_on_a_computer_in_zurich(computer_in_zurich, make_window, prompter,  # noqa: ANN001
                                                                     tmp_path, qtbot) -> None:
    from PySide6.QtCore import QDateTime, Qt
    from PySide6.QtWidgets import QApplication

    from sahel_panel.domain.model import Speaker
    from sahel_panel.ui.text.bidi import plain

    moment = datetime(2023, 3, 11, 11, 30, tzinfo=UTC)
    assert moment.astimezone().strftime("%H:%M") == "12:30"  # the computer's zone really is Zurich here
    assert QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toString("HH:mm") == "12:30"

    clock = FakeClock()  # 11:30 UTC: 14:30 in Manama, 12:30 in Zurich
    path = tmp_path / "manama.sahel"
    spec = NewSession(title="Manama", date="2023-03-11", start="14:00", end="17:30", time_zone="Asia/Bahrain",
                      questions=[{"en": "What is the role of parliaments?"}],
                      speakers=[Speaker(id="", name="Leila Haddad", category="moderator", gender="woman")])
    SessionService.create(path, spec, clock=clock).close()
    win = make_window()
    win.set_session(SessionService.open(path, clock=clock))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    QApplication.processEvents()  # the opening checks (drafts, a turn left open) run once the window is up
    ws, s = win.workspace, win.document.service
    q = s.questions.list()[0].id
    ws.speakers.floor.start(s.speakers.list()[0].id)
    s.contributions.record("Oversight needs budgets", s.speakers.list()[0].id, q)
    rid = s.recommendations.draft("Fund the oversight committees", q).id
    clock.advance(5 * 60)
    s.recommendations.revise(rid, "Fund the parliamentary oversight committees")

    contributions = ws.contributions
    contributions.view.setCurrentIndex(contributions.model.index(0, 0))
    assert contributions.model.index(0, contributions.model.TIME).data() == "14:30"
    assert contributions.preview.toPlainText().startswith("14:30")

    panel = ws.recommendations
    assert panel.select(rid)
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus, timeout=5000)
    qtbot.keyClick(panel.list, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # the revision history
    table = panel._history.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["14:30:00", "14:35:00"]

    ws.question_bar.refresh_clock()  # the schedule is 14:00–17:30 in Manama: 35 minutes in
    assert plain(ws.question_bar.clock_label.text()).startswith("Elapsed 35:00")

    clock.advance(5 * 60)
    prompter.answers.append(False)  # closing with the floor still given: the question names venue times
    win.close_session()
    asked = prompter.log[-1][1]
    assert "(since 14:30)" in asked and "at 14:40?" in asked


def test_the_series_window_says_which_clock_its_times_are_on(computer_in_zurich, qtbot, tmp_path) -> None:  # noqa: ANN001
    """A workbook spans venues: when a file was added is the secretariat's own moment, shown on this
    computer's clock WITH its offset — not UTC digits that read as local time."""
    from sahel_panel.series import Workbook
    from sahel_panel.ui.series.details import consolidated_text
    from sahel_panel.ui.series.tabs import SessionsTab

    clock = FakeClock()  # 11:30 UTC = 12:30 in Zurich
    session = tmp_path / "manama.sahel"
    spec = NewSession(title="Manama", date="2023-03-11", time_zone="Asia/Bahrain", questions=[{"en": "Q?"}])
    with SessionService.create(session, spec, clock=clock) as s:
        s.recommendations.draft("Fund the oversight committees", s.questions.list()[0].id)
    with Workbook.create(tmp_path / "series.sahelbook", clock=clock) as book:
        book.add_files([session])
        tab = SessionsTab()
        qtbot.addWidget(tab)
        tab.show_book(book)
        assert tab.tree.topLevelItem(0).text(5) == "2023-03-11 12:30 UTC+01:00"
        rec = book.recommendations.list()[0]
        merged = book.consolidated.merge([rec.id], {"en": rec.text})
        assert "added 2023-03-11 12:30 UTC+01:00" in consolidated_text(book, merged.id)
