"""Reading off the window's thread: a read that goes over every row, run in the thread pool.

The opened file's whole-file checks (ui/core/file_check.py), the question list's
coverage and the statistics read every contribution and turn (0.1–0.5 s at
100,000 contributions). Counted on the window's
thread after each change, they delayed the next keystroke; here each count runs
on a read-only connection of its own (``SessionService.*_apart``) and its result
comes back to the window's thread with the number of the request, so a panel
shows only the answer to its latest question.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    counted = Signal(int, object)  # request number, result: delivered on the receiver's thread


class _Count(QRunnable):
    def __init__(self, count: Callable[[], object], number: int, receiver: QObject) -> None:
        super().__init__()
        self.count, self.number = count, number
        # Owned by the receiver, on the window's thread: the pool deletes this runnable on its own
        # thread once run() returned, and must not delete a QObject of the window's with it.
        self.signals = _Signals(receiver)
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.count()
            self.signals.counted.emit(self.number, result)
        except Exception:  # noqa: BLE001, S110 - closed meanwhile (the file, or the receiver): nobody to tell
            pass


def count_apart(count: Callable[[], object], number: int, receiver: QObject,
                deliver: Callable[[int, object], None]) -> None:
    """Run ``count`` in the thread pool; ``deliver(number, result)`` then runs on ``receiver``'s thread
    (never if ``count`` failed or the receiver is gone)."""
    job = _Count(count, number, receiver)
    job.signals.counted.connect(deliver)
    job.signals.counted.connect(job.signals.deleteLater)  # one small object per count, freed after delivery
    QThreadPool.globalInstance().start(job)
