"""Opening the secondary windows (search, set-up, export, preferences, shortcuts, projector).

Imported on first use, not at start-up: none of them is needed for the
first paint, and the export pulls in reportlab. Dialogs are shown
window-modal with ``open()`` (never a nested ``exec()`` loop), so the live
window keeps its timers running behind them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sahel_panel.ui.document import SessionDocument

if TYPE_CHECKING:
    from sahel_panel.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def _keep(window: MainWindow, name: str, dialog: QWidget) -> QWidget:
    """One instance per kind: a second Ctrl+F raises the open search instead of stacking dialogs."""
    old = getattr(window, name, None)
    if old is not None and old is not dialog:
        old.close()
    setattr(window, name, dialog)
    return dialog


def search(window: MainWindow, document: SessionDocument) -> QWidget | None:
    from sahel_panel.ui.search_dialog import SearchDialog

    current = getattr(window, "_search_dialog", None)
    if current is not None and current.isVisible():
        current.raise_()
        current.activateWindow()
        return current
    dialog = _keep(window, "_search_dialog", SearchDialog(document, window))
    dialog.show()
    return dialog


def setup(window: MainWindow, document: SessionDocument) -> QWidget | None:
    from sahel_panel.ui.setup_dialog import SessionSetupDialog

    dialog = _keep(window, "_setup_dialog", SessionSetupDialog(document, window))
    dialog.open()
    return dialog


def export(window: MainWindow, document: SessionDocument) -> QWidget | None:
    from sahel_panel.ui.export_dialog import ExportReportDialog

    dialog = _keep(window, "_export_dialog", ExportReportDialog(document, window))
    dialog.open()
    return dialog


def preferences(window: MainWindow) -> QWidget | None:
    """Language applies live to the whole window; the speaking-time limit to the running timer."""
    from sahel_panel.ui.preferences import PreferencesDialog

    dialog = _keep(window, "_preferences_dialog", PreferencesDialog(window, settings=window.settings.store))
    dialog.language_changed.connect(window.set_language)

    def limit(seconds: int) -> None:
        ws = window.workspace
        if ws is not None:
            ws.speakers.floor.limit_spin.setValue(max(1, round(seconds / 60)))

    dialog.limit_changed.connect(limit)
    dialog.open()
    return dialog


def shortcuts(window: MainWindow) -> QWidget | None:
    from sahel_panel.ui.shortcuts_dialog import ShortcutsDialog

    acts = list(window.actions.all())
    ws = window.workspace
    if ws is not None:
        acts += ws.recommendations.actions_for_help()
    dialog = _keep(window, "_shortcuts_dialog", ShortcutsDialog(acts, window))
    dialog.show()
    return dialog


def projector(window: MainWindow, document: SessionDocument) -> QWidget | None:
    from sahel_panel.ui.projector import ProjectorWindow

    proj = ProjectorWindow(document, window)
    proj.show()
    return proj
