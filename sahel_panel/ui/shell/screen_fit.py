"""Keep the main window inside the screen it is on, frame included.

At 1366×768 the default 1366×768 window plus its title bar was taller than the screen, so the
status bar that names the open file was off-screen. On first start the window is fitted to the
available geometry (the screen less panels and docks); a geometry restored from a bigger screen
is brought back inside too.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1366, 768)
FRAME_GUESS = QSize(8, 40)
"""Frame and title bar until the window manager reports the real ones (about openbox's, GNOME's)."""


def fitted(available: QRect, frame: QSize, preferred: QSize = PREFERRED) -> QRect:
    """The client geometry: ``preferred`` or less so that it plus ``frame`` fits ``available``, centred."""
    width = min(preferred.width(), available.width() - frame.width())
    height = min(preferred.height(), available.height() - frame.height())
    left = available.left() + (available.width() - width - frame.width()) // 2 + frame.width() // 2
    top = available.top() + (available.height() - height - frame.height()) // 2 + frame.height() - frame.width() // 2
    return QRect(left, max(available.top() + frame.height() - frame.width() // 2, top), width, height)


def frame_of(window: QWidget) -> QSize:
    """The window manager's frame around ``window`` (a guess before it is shown)."""
    outer, inner = window.frameGeometry(), window.geometry()
    extra = QSize(outer.width() - inner.width(), outer.height() - inner.height())
    return extra if window.isVisible() and (extra.width() or extra.height()) else FRAME_GUESS


def fit_to_screen(window: QWidget, first_start: bool) -> None:
    """First start: the preferred size fitted to the screen. Otherwise only pull a window back inside."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = frame_of(window)
    if first_start:
        window.setGeometry(fitted(available, frame))
        return
    outer = window.frameGeometry()
    if not available.contains(outer):
        window.setGeometry(fitted(available, frame, window.size()))
