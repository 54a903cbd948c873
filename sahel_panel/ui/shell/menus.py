"""Menu bar and tool bar of the main window, built from :mod:`actions`.

Kept apart from the window so the window only wires behaviour; menu titles
are retranslated here too (actions retranslate themselves).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QToolButton

from sahel_panel.paths import is_demo
from sahel_panel.ui.shell import actions as acts
from sahel_panel.ui.text.demo import file_label
from sahel_panel.ui.text.plain import menu_text, tooltip

_MENUS = {
    acts.G_FILE: ("new", "open", "@recent", "series", "-", "save_copy", "export", "-", "close", "-", "quit"),
    acts.G_EDIT: ("undo", "redo", "-", "record", "focus_editor", "edit_contribution", "delete_contribution",
                  "-", "search"),
    acts.G_SESSION: ("prev_question", "next_question", "make_live", "questions", "-", "setup"),
    acts.G_SPEAKERS: ("add_speaker", "edit_speaker", "import_speakers", "find_speaker", "enqueue", "-", "start_turn", "next_speaker", "stop_turn"),
    acts.G_VIEW: ("projector", "statistics", "@docks", "-", "@language", "preferences"),
    acts.G_HELP: ("shortcuts", "self_test", "-", "about"),
}
_TOOLBAR = ("prev_question", "next_question", "-", "start_turn", "next_speaker", "stop_turn", "-", "undo", "redo",
            "-", "search", "projector")
_ICONS = {
    "new": QStyle.StandardPixmap.SP_FileIcon, "open": QStyle.StandardPixmap.SP_DialogOpenButton,
    "prev_question": QStyle.StandardPixmap.SP_ArrowBack, "next_question": QStyle.StandardPixmap.SP_ArrowForward,
    "start_turn": QStyle.StandardPixmap.SP_MediaPlay, "next_speaker": QStyle.StandardPixmap.SP_MediaSkipForward,
    "stop_turn": QStyle.StandardPixmap.SP_MediaStop, "undo": QStyle.StandardPixmap.SP_ArrowLeft,
    "redo": QStyle.StandardPixmap.SP_ArrowRight, "search": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "projector": QStyle.StandardPixmap.SP_DesktopIcon, "save_copy": QStyle.StandardPixmap.SP_DialogSaveButton,
}


class MenuBuilder:
    """Owns the menus so their titles follow the language, and refills the recent-files submenu."""

    def __init__(self, window: QMainWindow, actions: acts.Actions, open_recent: Callable[[str], None],
                 recent_files: Callable[[], list[str]]) -> None:
        self.window, self.actions = window, actions
        self.open_recent, self.recent_files = open_recent, recent_files
        self.menus: dict[str, QMenu] = {}
        style = window.style()
        for name, pixmap in _ICONS.items():
            actions[name].setIcon(style.standardIcon(pixmap))
        bar = window.menuBar()
        for group, entries in _MENUS.items():
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{group.strip('&').replace('&', '').lower()}")
            self.menus[group] = menu
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry == "@recent":
                    self.recent_menu = menu.addMenu("")
                    self.recent_menu.aboutToShow.connect(self._fill_recent)
                elif entry == "@docks":
                    self.docks_menu = menu.addMenu("")
                elif entry == "@language":
                    self.language_menu = menu.addMenu("")
                    for key in ("lang_en", "lang_fr", "lang_ar"):
                        self.language_menu.addAction(actions[key])
                else:
                    menu.addAction(actions[entry])
        self.toolbar = QToolBar(window, objectName="mainToolbar")
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for entry in _TOOLBAR:
            self.toolbar.addSeparator() if entry == "-" else self.toolbar.addAction(actions[entry])
        # Undo/Redo carry what they undo ("Undo Stop speaking"): in French that label alone pushed
        # "Fenêtre du projecteur" behind the overflow arrow at 1366 px. The tool bar shows their
        # arrows; the full text is in the tooltip and the Edit menu.
        for entry in ("undo", "redo"):
            if entry in _TOOLBAR:
                button = self.toolbar.widgetForAction(actions[entry])
                if isinstance(button, QToolButton):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        window.addToolBar(self.toolbar)
        self.retranslate()

    def add_dock_toggle(self, action: QAction) -> None:
        self.docks_menu.addAction(action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, path in enumerate(files, start=1):
            act = self.recent_menu.addAction(f"&{i} {menu_text(file_label(path))}")
            act.setToolTip(tooltip(path))
            if is_demo(path):  # practice, not the panel: it stands out among the real sessions
                font = act.font()
                font.setBold(True)
                act.setFont(font)
            act.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not files:
            self.recent_menu.addAction(QCoreApplication.translate("Menus", "(none)")).setEnabled(False)

    def retranslate(self) -> None:
        for group, menu in self.menus.items():
            menu.setTitle(acts.tr(group))
        self.recent_menu.setTitle(QCoreApplication.translate("Menus", "Open &recent"))
        self.docks_menu.setTitle(QCoreApplication.translate("Menus", "&Panels"))
        self.language_menu.setTitle(QCoreApplication.translate("Menus", "&Language"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("Menus", "Tool bar"))


