"""Persistent preferences of the window (QSettings): geometry, docks, language, recent files, timer limit.

One small typed wrapper, so no module spells a settings key by hand and
tests can inject a throw-away ini file instead of the user's real settings.
Each setting is declared once, below: key, type, default, and what an empty
value means; the speaking-time limit's bounds are a rule of the domain
(:data:`sahel_panel.domain.speaking_time.SPEAKING_LIMIT`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from sahel_panel import i18n
from sahel_panel.domain.speaking_time import SPEAKING_LIMIT

LANGUAGE_KEY = "ui/language"
"""str: "en", "fr" or "ar"; empty (the default) means the computer's language."""
RECENT_KEY = "files/recent"
"""list of str: absolute paths, most recent first, at most :data:`MAX_RECENT`; empty by default."""
MAX_RECENT = 8
LIMIT_KEY = SPEAKING_LIMIT.key
"""int seconds: whole minutes within SPEAKING_LIMIT's bounds, 5 minutes by default; 0 means no limit."""
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"
"""QByteArray (QMainWindow.saveGeometry / saveState); absent means the default layout."""
LAST_QUESTION_KEY = "sessions/{session}/question"
"""str question id per session id; empty means the first question (or the one of the open turn)."""


class Settings:
    """Typed access to the application's QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    # -- language ----------------------------------------------------------
    def language(self) -> str | None:
        """The chosen interface language, None when none was chosen (the computer's applies)."""
        value = self.store.value(LANGUAGE_KEY, "")
        return i18n.normalise(str(value)) if value else None

    def interface_language(self) -> str:
        """The chosen interface language, else the computer's."""
        return self.language() or i18n.system_language()

    def set_language(self, lang: str) -> None:
        self.store.setValue(LANGUAGE_KEY, lang)

    # -- recent files --------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.store.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings returns a bare string for one-element lists
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p != path]
        self.store.setValue(RECENT_KEY, [path, *files][:MAX_RECENT])

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.store.setValue(RECENT_KEY, [p for p in self.recent_files() if p != path])

    def most_recent_existing(self) -> str | None:
        return next((p for p in self.recent_files() if Path(p).exists()), None)

    # -- speaking time -------------------------------------------------------
    def speaking_limit(self) -> int | None:
        """Seconds a speaker may hold the floor before the timer turns red; None: no limit."""
        return SPEAKING_LIMIT.clean(self.store.value(LIMIT_KEY, SPEAKING_LIMIT.default))

    def set_speaking_limit(self, seconds: int | None) -> None:
        self.store.setValue(LIMIT_KEY, SPEAKING_LIMIT.stored(seconds))

    # -- window --------------------------------------------------------------
    def save_window(self, window: QMainWindow) -> None:
        self.store.setValue(GEOMETRY_KEY, window.saveGeometry())
        self.store.setValue(STATE_KEY, window.saveState())

    def restore_geometry(self, window: QMainWindow) -> bool:
        value = self.store.value(GEOMETRY_KEY)
        return isinstance(value, QByteArray) and window.restoreGeometry(value)

    def restore_state(self, window: QMainWindow) -> bool:
        value = self.store.value(STATE_KEY)
        return isinstance(value, QByteArray) and window.restoreState(value)

    # -- per session ---------------------------------------------------------
    def last_question(self, session_id: str) -> str | None:
        value = self.store.value(LAST_QUESTION_KEY.format(session=session_id), "")
        return str(value) or None

    def set_last_question(self, session_id: str, question_id: str | None) -> None:
        self.store.setValue(LAST_QUESTION_KEY.format(session=session_id), question_id or "")

    def sync(self) -> None:
        self.store.sync()
