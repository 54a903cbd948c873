"""Opening the secondary windows (search, set-up, export, preferences, shortcuts, projector).

Imported on first use, not at start-up: none of them is needed for the
first paint, and the export pulls in reportlab. Dialogs are shown
window-modal with ``open()`` (never a nested ``exec()`` loop), so the live
window keeps its timers running behind them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from sahel_panel.ui.document import SessionDocument

if TYPE_CHECKING:
    from sahel_panel.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def _unavailable(window: MainWindow) -> None:
    window.show_error(_t("This part of Sahel Panel is not available in this build."))


def _keep(window: MainWindow, name: str, dialog: QWidget) -> QWidget:
    """One instance per kind: a second Ctrl+F raises the open search instead of stacking dialogs."""
    old = getattr(window, name, None)
    if old is not None and old is not dialog:
        old.close()
    setattr(window, name, dialog)
    return dialog


def search(window: MainWindow, document: SessionDocument) -> QWidget | None:
    try:
        from sahel_panel.ui.search_dialog import SearchDialog
    except ImportError:
        return _unavailable(window)
    current = getattr(window, "_search_dialog", None)
    if current is not None and current.isVisible():
        current.raise_()
        current.activateWindow()
        return current
    dialog = _keep(window, "_search_dialog", SearchDialog(document, window))
    dialog.show()
    return dialog


def setup(window: MainWindow, document: SessionDocument) -> QWidget | None:
    try:
        from sahel_panel.ui.setup_dialog import SessionSetupDialog
    except ImportError:
        return _unavailable(window)
    dialog = _keep(window, "_setup_dialog", SessionSetupDialog(document, window))
    dialog.open()
    return dialog


def export(window: MainWindow, document: SessionDocument) -> QWidget | None:
    try:
        from sahel_panel.ui.export_dialog import ExportReportDialog
    except ImportError:
        return _unavailable(window)
    dialog = _keep(window, "_export_dialog", ExportReportDialog(document, window))
    dialog.open()
    return dialog


def preferences(window: MainWindow) -> QWidget | None:
    try:
        from sahel_panel.ui.preferences import PreferencesDialog
    except ImportError:
        return _unavailable(window)
    dialog = _keep(window, "_preferences_dialog", PreferencesDialog(window))

    def accepted() -> None:
        lang = _chosen_language(dialog)
        if lang:
            window.set_language(lang)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def _chosen_language(dialog: QDialog) -> str | None:
    for name in ("language", "selected_language", "chosen_language"):
        value = getattr(dialog, name, None)
        value = value() if callable(value) else value
        if isinstance(value, str) and value:
            return value
    return None


def shortcuts(window: MainWindow) -> QWidget | None:
    try:
        from sahel_panel.ui.shortcuts_dialog import ShortcutsDialog
    except ImportError:
        return _unavailable(window)
    acts = list(window.actions.all())
    ws = window.workspace
    if ws is not None and ws.recommendations is not None and hasattr(ws.recommendations, "actions_for_help"):
        acts += ws.recommendations.actions_for_help()
    dialog = _keep(window, "_shortcuts_dialog", ShortcutsDialog(acts, window))
    dialog.show()
    return dialog


def projector(window: MainWindow, document: SessionDocument) -> QWidget | None:
    try:
        from sahel_panel.ui.projector import ProjectorWindow
    except ImportError:
        return _unavailable(window)
    proj = ProjectorWindow(document, window)
    proj.show()
    return proj
