"""While someone holds the floor, the timers tick without relaying out the window (issue 7: CPU per
second with a turn open). Every display that counts time follows the document's one clock, and the
labels set every second have a fixed size, so no layout request climbs to the main window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDockWidget


class LayoutRequests(QObject):
    """Layout requests reaching the window's frame: the main window, its docks, its central widget
    (those re-lay out and repaint most of the screen; a scroll area's content stops at its viewport)."""

    def __init__(self, frame: tuple[QObject, ...]) -> None:
        super().__init__()
        self.frame = frame
        self.widgets: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest and (watched in self.frame or isinstance(watched, QDockWidget)):
            self.widgets.append(watched.objectName() or type(watched).__name__)
        return False


def test_ticks_of_an_open_turn_relayout_nothing(window, clock, qtbot, qapp) -> None:  # noqa: ANN001
    ws = window.workspace
    window.docks["statistics"].raise_()
    ws.speakers.floor.start(window.document.service.speakers.list()[0].id)
    qtbot.wait(50)
    for label in (ws.speakers.floor.timer_label, ws.question_bar.clock_label):
        assert label.minimumSize() == label.maximumSize()  # fixed: setText asks no layout of its parent
    seen = LayoutRequests((window, window.centralWidget(), ws.central))
    qapp.installEventFilter(seen)
    try:
        texts = []
        for _ in range(4):
            clock.advance(61)
            window.document.ticked.emit()
            qapp.processEvents()
            texts.append((ws.speakers.floor.timer_label.text(), ws.question_bar.clock_label.text()))
    finally:
        qapp.removeEventFilter(seen)
    assert len(set(texts)) == 4  # the clocks did move on every tick
    assert seen.widgets == [], seen.widgets


def test_every_time_display_follows_the_one_clock(window, clock, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    ws.speakers.floor.start(window.document.service.speakers.list()[0].id)
    before = ws.speakers.floor.timer_label.text()
    clock.advance(75)
    window.document.ticked.emit()
    assert ws.speakers.floor.timer_label.text() != before
    assert ws.speakers.floor.timer_label.text() == "01:15"
