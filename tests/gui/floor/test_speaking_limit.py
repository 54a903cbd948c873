"""The speaking-time limit chosen on the floor panel is kept for the next session."""

from __future__ import annotations


def test_speaking_limit_persists(window, settings) -> None:  # noqa: ANN001
    floor = window.workspace.speakers.floor
    floor.limit_spin.setValue(7)
    assert settings.speaking_limit() == 420
