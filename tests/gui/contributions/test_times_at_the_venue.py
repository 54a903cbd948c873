"""The window shows times at the venue (the session's time zone), whatever this computer's zone."""

from __future__ import annotations

from datetime import UTC, datetime

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
