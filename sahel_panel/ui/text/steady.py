"""Labels whose text changes every second without asking the window to lay itself out again.

``QLabel.setText`` asks its parent layout for a new geometry whenever the label's
size may change; a clock label in the main window did so every second, and the
main window's layout then repainted most of the window (3 ms of CPU a second on
this machine, for a few changed digits). A widget whose minimum and maximum
sizes are equal asks nothing, so these labels are given the size of the widest
text they can show, measured in the current language and styles (and measured
again when the language changes).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel


def hold_widest(label: QLabel, samples: Iterable[str], styles: Iterable[str] = ("",),
                extra: QSize = QSize(0, 0)) -> QSize:  # noqa: B008 - an immutable value
    """Fix ``label``'s size to the largest size hint over ``samples`` in each style sheet of
    ``styles`` (plus ``extra``); its text and style sheet are left as they were."""
    text, sheet = label.text(), label.styleSheet()
    label.setMinimumSize(0, 0)
    label.setMaximumSize(16777215, 16777215)
    width = height = 0
    for style in styles:
        label.setStyleSheet(style)
        for sample in samples:
            label.setText(sample)
            hint = label.sizeHint()
            width, height = max(width, hint.width()), max(height, hint.height())
    label.setStyleSheet(sheet)
    label.setText(text)
    size = QSize(width + extra.width(), height + extra.height())
    label.setFixedSize(size)
    return size
