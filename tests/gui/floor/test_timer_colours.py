"""The floor panel and the projector colour the same running timer the same way, and "No limit" never colours it."""

from __future__ import annotations

from sahel_panel.domain.speaking_time import NEAR, NORMAL, OVER


def test_floor_panel_and_projector_agree_on_the_colour(window, clock, qtbot) -> None:  # noqa: ANN001
    floor = window.workspace.speakers.floor
    floor.set_limit_seconds(300)
    window.named_actions["projector"].trigger()
    projector = window.projector
    assert projector is not None and projector.limit_seconds == 300
    speaker = window.document.service.speakers.list()[0].id
    floor.start(speaker)
    seen = []
    for step, expected in ((0, NORMAL), (239, NORMAL), (1, NEAR), (60, NEAR), (1, OVER)):
        clock.advance(step)
        floor.refresh_timer()
        projector._update_timer()
        seen.append((floor.state(), projector.timer_state))
        assert floor.state() == projector.timer_state == expected, seen
    floor.set_limit_seconds(600)  # the projector follows a limit changed on the floor panel
    projector._update_timer()
    assert projector.limit_seconds == 600 and floor.state() == projector.timer_state == NORMAL


def test_no_limit_on_the_floor_panel(window, clock, settings) -> None:  # noqa: ANN001
    floor = window.workspace.speakers.floor
    floor.limit_spin.setValue(0)
    assert floor.limit_spin.text() == "No limit"
    assert floor.limit_seconds() is None and settings.speaking_limit() is None
    floor.start(window.document.service.speakers.list()[0].id)
    clock.advance(4 * 3600)
    floor.refresh_timer()
    assert floor.state() == NORMAL and floor.timer_label.text() == "4:00:00"


def test_no_limit_chosen_in_preferences_reaches_the_floor(window) -> None:  # noqa: ANN001
    floor = window.workspace.speakers.floor
    window.named_actions["preferences"].trigger()
    prefs = window.windows.get("preferences")
    prefs.limit_minutes.setValue(0)
    prefs.accept()
    assert floor.limit_seconds() is None and floor.limit_spin.value() == 0
