"""Window-wide shortcuts that text fields must not swallow.

On X11 (and with Emacs-style key themes) a line edit claims Ctrl+E (end of line) and
Ctrl+K (delete to the end) through ``ShortcutOverride`` before the window's actions see
them: from the find-speaker field, the quick-add row or the tags field, "Go to the
editor" did nothing and the next sentence landed in that field. This filter, installed
on the application by the main window, refuses those overrides for the window's
widgets, so the actions fire from any widget; the fields keep their other keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ShortcutGuard(QObject):
    """Lets ``actions``' shortcuts through to the window even when a text field would take them."""

    def __init__(self, window: QWidget, actions: Callable[[], Iterable[QAction]]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions():
            if action.isEnabled() and any(pressed == seq for seq in action.shortcuts()):
                return True  # not delivered, so not accepted: the window's shortcut runs
        return False
