"""Guard against a Qt binding that leaks references to None.

PySide6-Essentials 6.12.0 on CPython 3.11 takes one reference from ``None``
on every call of a Qt method returning nothing (``setText``...); after some
thousands of calls (a one-second timer updating labels over a panel
session) the interpreter aborts with "none_dealloc". A rapporteur would lose
the window mid-session, so the version is pinned and this test fails if a
bump brings the leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_consume_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(str(i))
        label.setObjectName("x")
    assert sys.getrefcount(None) - before > -100
