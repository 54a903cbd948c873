"""Persistent preferences of the window (QSettings): geometry, docks, language, recent files, timer limit.

One small typed wrapper, so no module spells a settings key by hand and
tests can inject a throw-away ini file instead of the user's real settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

MAX_RECENT = 8
DEFAULT_LIMIT_SECONDS = 5 * 60


class Settings:
    """Typed access to the application's QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    # -- language ----------------------------------------------------------
    def language(self) -> str | None:
        value = self.store.value("ui/language", "")
        return str(value) or None

    def set_language(self, lang: str) -> None:
        self.store.setValue("ui/language", lang)

    # -- recent files --------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a bare string for one-element lists
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p != path]
        self.store.setValue("files/recent", [path, *files][:MAX_RECENT])

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.store.setValue("files/recent", [p for p in self.recent_files() if p != path])

    def most_recent_existing(self) -> str | None:
        return next((p for p in self.recent_files() if Path(p).exists()), None)

    # -- speaking time -------------------------------------------------------
    def speaking_limit(self) -> int:
        """Seconds a speaker may hold the floor before the timer turns red."""
        try:
            return max(30, int(self.store.value("floor/limit_seconds", DEFAULT_LIMIT_SECONDS)))
        except (TypeError, ValueError):
            return DEFAULT_LIMIT_SECONDS

    def set_speaking_limit(self, seconds: int) -> None:
        self.store.setValue("floor/limit_seconds", int(seconds))

    # -- window --------------------------------------------------------------
    def save_window(self, window: QMainWindow) -> None:
        self.store.setValue("window/geometry", window.saveGeometry())
        self.store.setValue("window/state", window.saveState())

    def restore_geometry(self, window: QMainWindow) -> bool:
        value = self.store.value("window/geometry")
        return isinstance(value, QByteArray) and window.restoreGeometry(value)

    def restore_state(self, window: QMainWindow) -> bool:
        value = self.store.value("window/state")
        return isinstance(value, QByteArray) and window.restoreState(value)

    # -- per session ---------------------------------------------------------
    def last_question(self, session_id: str) -> str | None:
        value = self.store.value(f"sessions/{session_id}/question", "")
        return str(value) or None

    def set_last_question(self, session_id: str, question_id: str | None) -> None:
        self.store.setValue(f"sessions/{session_id}/question", question_id or "")

    def sync(self) -> None:
        self.store.sync()
