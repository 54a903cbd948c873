"""The owner of the secondary windows: search, set-up, export, preferences, shortcuts, projector, about, self-test.

One :class:`SecondaryWindows` per main window keeps at most one window of each kind (a
second Ctrl+F raises the open search instead of stacking dialogs) and closes the
session-bound ones when their session closes. It knows the main window only through
what it is given (a parent widget and callbacks), so nothing here imports the window.

The dialogs are imported on first use, not at start-up: none of them is needed for the
first paint, and the export pulls in reportlab. Dialogs are shown window-modal with
``open()`` (never a nested ``exec()`` loop), so the live window keeps its timers running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.core.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Iterable

KINDS = ("search", "setup", "export", "preferences", "shortcuts", "projector", "about", "self_test")


def deleted_on_close(widget: QWidget) -> QWidget:
    """A closed one is never shown again (the next opening builds a new one): free it at once,
    not when the session closes."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return widget


def bind_to_session(dialog: QWidget, document: SessionDocument, forget: Callable[[QWidget], None] | None = None
                    ) -> QWidget:
    """Close and delete ``dialog`` when ``document`` closes (another file opened, File > Close, quit).

    Its timers stop at once, so no late tick queries the released file; ``forget`` lets the
    owner drop its reference, so the next Ctrl+F builds a dialog on the new session. A dialog
    with its own ``release_session()`` (the export, which may have a job running) decides itself.
    """

    def release() -> None:
        if forget is not None:
            forget(dialog)
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


class SecondaryWindows:
    """The main window's secondary windows, one per kind, each alive only while it is shown.

    ``set_language`` and ``set_speaking_limit`` apply what Preferences chose (to the whole
    window, to the running timer); ``help_actions`` lists the actions the shortcuts table shows.
    """

    def __init__(self, parent: QWidget, settings: Settings, set_language: Callable[[str], None],
                 set_speaking_limit: Callable[[int | None], None],
                 help_actions: Callable[[], Iterable[QAction]]) -> None:
        self.parent, self.settings = parent, settings
        self.set_language, self.set_speaking_limit, self.help_actions = set_language, set_speaking_limit, help_actions
        self._open: dict[str, QWidget] = {}

    def get(self, kind: str) -> QWidget | None:
        """The window of ``kind`` if one is alive (a closed, deleted one is forgotten here)."""
        widget = self._open.get(kind)
        if widget is not None and not shiboken6.isValid(widget):
            del self._open[kind]
            return None
        return widget

    def close_all(self) -> None:
        for kind in list(self._open):
            widget = self.get(kind)
            if widget is not None:
                widget.close()
        self._open.clear()

    # -- the kinds ----------------------------------------------------------------------
    def search(self, document: SessionDocument) -> QWidget:
        from sahel_panel.ui.search.dialog import SearchDialog

        current = self.get("search")
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return current
        dialog = self._keep("search", self._bound(SearchDialog(document, self.parent), document, "search"))
        dialog.show()
        return dialog

    def setup(self, document: SessionDocument) -> QWidget:
        from sahel_panel.ui.setup.dialog import SessionSetupDialog

        dialog = self._keep("setup", self._bound(deleted_on_close(SessionSetupDialog(document, self.parent)),
                                                 document, "setup"))
        dialog.open()
        return dialog

    def export(self, document: SessionDocument) -> QWidget:
        from sahel_panel.ui.export.dialog import ExportReportDialog

        # Closed only when no export runs (Close is disabled and Esc cancels meanwhile): deleting it is safe.
        dialog = self._keep("export", self._bound(deleted_on_close(ExportReportDialog(document, self.parent)),
                                                  document, "export"))
        dialog.open()
        return dialog

    def preferences(self) -> QWidget:
        """Language applies live to the whole window; the speaking-time limit to the running timer."""
        from sahel_panel.ui.shell.preferences import PreferencesDialog

        dialog = self._keep("preferences", PreferencesDialog(self.parent, settings=self.settings))
        dialog.language_changed.connect(self.set_language)
        dialog.limit_changed.connect(self.set_speaking_limit)
        dialog.open()
        return dialog

    def shortcuts(self) -> QWidget:
        from sahel_panel.ui.shell.shortcuts import ShortcutsDialog

        dialog = self._keep("shortcuts", ShortcutsDialog(list(self.help_actions()), self.parent))
        dialog.show()
        return dialog

    def about(self) -> QWidget:
        from sahel_panel.ui.help.about import AboutDialog

        dialog = self._keep("about", deleted_on_close(AboutDialog(self.parent)))
        dialog.open()
        return dialog

    def self_test(self, make_window: Callable[..., QWidget]) -> QWidget:
        """One self-test window; opening it again while it runs raises it instead of starting another.

        ``make_window(settings, prompter)`` builds the main window the self-test opens and closes.
        """
        from sahel_panel.ui.help.selftest import SelfTestDialog

        current = self.get("self_test")
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return current
        dialog = self._keep("self_test", deleted_on_close(SelfTestDialog(make_window, self.parent)))
        dialog.show()
        dialog.start()
        return dialog

    def projector(self, document: SessionDocument, toggle: QAction | None = None) -> QWidget:
        """The projector on the best screen (the second one when there is one), with the floor's limit;
        ``toggle`` (the F5 action) also works from the projector itself."""
        from sahel_panel.ui.floor.projector import ProjectorWindow

        window = ProjectorWindow(document, self.parent)
        window.set_timer_limit(self.settings.speaking_limit())  # then kept in step by set_projector_limit
        proj = self._keep("projector", self._bound(deleted_on_close(window), document, "projector"))
        if toggle is not None:
            proj.bind_toggle(toggle)
        proj.show_on_best_screen()
        return proj

    def set_projector_limit(self, seconds: int | None) -> None:
        """The floor's speaking-time limit changed: the projector's timer follows at once."""
        projector = self.get("projector")
        if projector is not None:
            projector.set_timer_limit(seconds)  # type: ignore[attr-defined]

    def toggle_projector(self, document: SessionDocument | None, toggle: QAction | None = None) -> QWidget | None:
        """Open the projector, or close it when it is shown; returns the one now shown (or None)."""
        current = self.get("projector")
        if current is not None and current.isVisible():
            current.close()
            self._open.pop("projector", None)
            return None
        return self.projector(document, toggle) if document is not None else None

    # -- bookkeeping -----------------------------------------------------------------------
    def _keep(self, kind: str, widget: QWidget) -> QWidget:
        old = self.get(kind)
        if old is not None and old is not widget:
            old.close()
        self._open[kind] = widget
        return widget

    def _bound(self, widget: QWidget, document: SessionDocument, kind: str) -> QWidget:
        def forget(dialog: QWidget) -> None:
            if self._open.get(kind) is dialog:
                del self._open[kind]

        return bind_to_session(widget, document, forget)
