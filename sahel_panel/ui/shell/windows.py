"""Opening the secondary windows (search, set-up, export, preferences, shortcuts, projector).

Imported on first use, not at start-up: none of them is needed for the
first paint, and the export pulls in reportlab. Dialogs are shown
window-modal with ``open()`` (never a nested ``exec()`` loop), so the live
window keeps its timers running behind them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from sahel_panel.ui.document import SessionDocument

if TYPE_CHECKING:
    from sahel_panel.ui.main_window import MainWindow


def _keep(window: MainWindow, name: str, dialog: QWidget) -> QWidget:
    """One instance per kind: a second Ctrl+F raises the open search instead of stacking dialogs."""
    old = getattr(window, name, None)
    if old is not None and old is not dialog and shiboken6.isValid(old):  # a closed one may be deleted already
        old.close()
    setattr(window, name, dialog)
    return dialog


def _deleted_on_close(widget: QWidget) -> QWidget:
    """A closed one is never shown again (the next opening builds a new one): free it at once,
    not when the session closes."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return widget


def bind_to_session(dialog: QWidget, document: SessionDocument, window: MainWindow | None = None,
                    name: str | None = None) -> QWidget:
    """Close and delete ``dialog`` when ``document`` closes (another file opened, File > Close, quit).

    Its timers stop at once, so no late tick queries the released file; ``window.<name>``
    forgets it, so the next Ctrl+F builds a dialog on the new session. A dialog with its
    own ``release_session()`` (the export, which may have a job running) decides itself.
    """

    def release() -> None:
        if window is not None and name is not None and getattr(window, name, None) is dialog:
            setattr(window, name, None)
        if not shiboken6.isValid(dialog):  # closed earlier and deleted (WA_DeleteOnClose): nothing to release
            document.closing.disconnect(release)
            return
        for timer in dialog.findChildren(QTimer):
            timer.stop()
        own = getattr(dialog, "release_session", None)
        if callable(own):
            own()
            return
        dialog.close()
        dialog.deleteLater()

    document.closing.connect(release)
    return dialog


def search(window: MainWindow, document: SessionDocument) -> QWidget | None:
    from sahel_panel.ui.search_dialog import SearchDialog

    current = getattr(window, "_search_dialog", None)
    if current is not None and shiboken6.isValid(current) and current.isVisible():
        current.raise_()
        current.activateWindow()
        return current
    dialog = _keep(window, "_search_dialog", bind_to_session(SearchDialog(document, window), document,
                                                             window, "_search_dialog"))
    dialog.show()
    return dialog


def setup(window: MainWindow, document: SessionDocument) -> QWidget | None:
    from sahel_panel.ui.setup_dialog import SessionSetupDialog

    dialog = _keep(window, "_setup_dialog", bind_to_session(_deleted_on_close(SessionSetupDialog(document, window)),
                                                            document, window, "_setup_dialog"))
    dialog.open()
    return dialog


def export(window: MainWindow, document: SessionDocument) -> QWidget | None:
    from sahel_panel.ui.export_dialog import ExportReportDialog

    # Closed only when no export runs (Close is disabled and Esc cancels meanwhile): deleting it is safe.
    dialog = _keep(window, "_export_dialog", bind_to_session(_deleted_on_close(ExportReportDialog(document, window)),
                                                             document, window, "_export_dialog"))
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

    proj = bind_to_session(_deleted_on_close(ProjectorWindow(document, window)), document)
    proj.show()
    return proj
