"""Side panels grow and shrink with the window, instead of leaving every new pixel to the centre.

Qt gives all of a main window's extra width to its central widget: maximised on a 1920-pixel
screen, the speakers registry and the question list kept the 380 and 400 pixels they had at
1366, and names and questions stayed cut although the screen had room for them. This keeps each
side's share of the window as it is resized (a share the rapporteur set by dragging a separator
is kept too: it is what is scaled).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow


class DockWidths(QObject):
    """Scale the side panels with the window's width, one docked panel per side.

    When first shown the panels get ``initial`` shares of the width (unless a saved layout was
    restored: then its widths are the shares). A share is learnt again whenever a panel changes
    width while the window keeps its own (the rapporteur dragged a separator); when the window's
    width changes, every panel is given its share of the new width. Shares are remembered, never
    measured during a resize: Qt may already have squeezed the panels by then.
    """

    def __init__(self, window: QMainWindow, sides: list[list[QDockWidget]],
                 initial: tuple[float, ...] | None = None) -> None:
        super().__init__(window)
        self.window, self.sides = window, sides
        self.initial: tuple[float, ...] | None = initial
        """Shares given when the window is first shown; None once a saved layout was restored."""
        self.shares: list[float] | None = None
        self._last: int | None = None  # the window's width at the last resize seen while shown
        self._pending = False
        window.installEventFilter(self)
        for side in sides:
            for dock in side:
                dock.installEventFilter(self)

    def _docked(self) -> list[QDockWidget | None]:
        """The panel shown on each side (any one of a side's tabbed or stacked panels gives its width)."""
        return [next((d for d in side if d.isVisible() and not d.isFloating() and d.width() > 0), None)
                for side in self.sides]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Resize or not self.window.isVisible():
            return False
        if watched is self.window:
            new, old = event.size().width(), self._last
            self._last = new
            if old is None and self.initial is not None:
                self.shares, self.initial = list(self.initial), None
            if new != old and not self._pending:
                self._pending = True
                QTimer.singleShot(0, self, self._apply)
        elif not self._pending and self._last == self.window.width() and self.shares is not None:
            self._learn()
        return False

    def _learn(self) -> None:
        width = self.window.width()
        docked = self._docked()
        self.shares = [d.width() / width if d is not None else (self.shares or [0.0] * len(docked))[i]
                       for i, d in enumerate(docked)]

    def _apply(self) -> None:
        self._pending = False
        if self.shares is None:  # a restored layout: its widths are the shares from now on
            self._learn()
            return
        width = self.window.width()
        pairs = [(d, share) for d, share in zip(self._docked(), self.shares, strict=False)
                 if d is not None and share > 0]
        if pairs:
            self.window.resizeDocks([d for d, _ in pairs], [max(1, round(share * width)) for _, share in pairs],
                                    Qt.Orientation.Horizontal)
