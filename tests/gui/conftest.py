"""Fixtures for the live-window tests: a small session, a controllable clock, a window with no real dialogs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from sahel_panel.domain.model import Speaker
from sahel_panel.services import NewSession, SessionService
from sahel_panel.ui.core.prompts import ScriptedPrompter
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.shell.language import LanguageManager
from sahel_panel.ui.shell.main_window import MainWindow


class FakeClock:
    """The session's clock, moved by hand so speaking timers are tested without sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2023, 3, 11, 11, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


QUESTIONS = [
    {"en": "What is the role of parliaments in the Sahel?", "ar": "ما هو دور البرلمانات في منطقة الساحل؟"},
    {"en": "How can oversight of the armed forces be improved?", "fr": "Comment améliorer le contrôle des forces ?"},
    {"fr": "Quels projets pilotes pour la paix ?"},
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session_path(tmp_path: Path, clock: FakeClock) -> Path:
    path = tmp_path / "panel.sahel"
    spec = NewSession(title="Sahel security panel", date="2023-03-11", start="14:30", end="17:30",
                      questions=QUESTIONS,
                      speakers=[Speaker(id="", name="Leila Haddad", organisation="IPU", category="moderator",
                                        gender="woman")])
    SessionService.create(path, spec, clock=clock).close()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def make_window(qtbot, qapp, settings: Settings, prompter: ScriptedPrompter):  # noqa: ANN001, ANN201
    """Build windows that are closed (and their files released) at the end of the test."""
    made: list[MainWindow] = []
    manager = LanguageManager(qapp)

    def make(prompts: ScriptedPrompter | None = None) -> MainWindow:
        window = MainWindow(settings, manager, prompts or prompter)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
    manager.apply("en")


@pytest.fixture
def window(make_window, session_path: Path, clock: FakeClock, qtbot):  # noqa: ANN001, ANN201
    """A shown, active window on the small session, its service on the fake clock."""
    win = make_window()
    win.set_session(SessionService.open(session_path, clock=clock))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def fresh(path: Path) -> SessionService:
    """A second, read-only look at the file: what the store really holds."""
    return SessionService.open(path, read_only=True)


def type_text(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Type like a user; QTest only maps ASCII to keys, so other letters go as text-carrying key events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
