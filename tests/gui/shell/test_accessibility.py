"""Every control of the live window can be named by a screen reader, and the keyboard reaches it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def unnamed_controls(window: QWidget) -> list[str]:
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or isinstance(w, QHeaderView) or not w.isVisibleTo(window):
            continue
        if isinstance(w.parent(), QAbstractSpinBox):  # the spin box's own line edit
            continue
        named = (w.accessibleName() or w in buddies
                 or (isinstance(w, QAbstractButton) and w.text().strip())
                 or (isinstance(w, QLineEdit) and w.placeholderText()))
        if not named:
            missing.append(f"{type(w).__name__} in {type(w.parent()).__name__}")
    return missing


def test_every_visible_control_has_a_name(window) -> None:  # noqa: ANN001
    assert unnamed_controls(window) == []


def test_editable_controls_take_keyboard_focus(window) -> None:  # noqa: ANN001
    for w in window.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)) and w.isVisibleTo(window) \
                and w.isEnabled() and not isinstance(w, QHeaderView) \
                and not isinstance(w.parent(), QAbstractSpinBox):
            assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{type(w).__name__} {w.accessibleName()!r}"
