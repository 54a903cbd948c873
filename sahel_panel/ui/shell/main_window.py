"""The rapporteur's main window: docks around the live editor, menus, status bar.

Thin on purpose: panels own their behaviour (see :mod:`.workspace`), file
handling lives in :mod:`.file_ops`, actions in :mod:`.actions`, the secondary
windows in :mod:`.windows`. This class
places widgets, routes actions to the panel that owns them, and switches
session and language.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QScrollArea, QStackedWidget, QWidget

from sahel_panel import APP_NAME
from sahel_panel.paths import is_demo
from sahel_panel.services import SessionService
from sahel_panel.ui.core.apart import count_apart
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.core.file_check import verdict
from sahel_panel.ui.core.prompts import Prompter, QtPrompter
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.shell.actions import Actions
from sahel_panel.ui.shell.dock_widths import DockWidths
from sahel_panel.ui.shell.file_ops import FileOps
from sahel_panel.ui.shell.language import LanguageManager
from sahel_panel.ui.shell.menus import MenuBuilder
from sahel_panel.ui.shell.open_turn import offer_after_crash, settle_on_close
from sahel_panel.ui.shell.screen_fit import fit_to_screen
from sahel_panel.ui.shell.shortcut_guard import ShortcutGuard
from sahel_panel.ui.shell.welcome import WelcomePage
from sahel_panel.ui.shell.windows import SecondaryWindows
from sahel_panel.ui.shell.workspace import REVISION_DRAFT, Workspace
from sahel_panel.ui.text import demo as demo_text
from sahel_panel.ui.text.bidi import isolate
from sahel_panel.ui.text.plain import plain_label, tooltip

_DOCKS = (  # name, area, title (source text)
    ("speakers", Qt.DockWidgetArea.LeftDockWidgetArea, QT_TRANSLATE_NOOP("MainWindow", "Speakers")),
    ("questions", Qt.DockWidgetArea.RightDockWidgetArea, QT_TRANSLATE_NOOP("MainWindow", "Questions")),
    ("recommendations", Qt.DockWidgetArea.RightDockWidgetArea, QT_TRANSLATE_NOOP("MainWindow", "Recommendations")),
    ("statistics", Qt.DockWidgetArea.RightDockWidgetArea, QT_TRANSLATE_NOOP("MainWindow", "Statistics")),
)


WINDOW_WIDE = ("focus_editor", "find_speaker")
"""Actions whose keys (Ctrl+E, Ctrl+K) text fields would otherwise take (see :mod:`.shortcut_guard`)."""


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, language: LanguageManager | None = None,
                 prompter: Prompter | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.language = language
        self.prompter: Prompter = prompter or QtPrompter(self)
        self.files = FileOps(settings, self.prompter)
        self.named_actions = Actions(self)  # not ``actions``: that would shadow QWidget.actions()
        self.workspace: Workspace | None = None
        self.windows = SecondaryWindows(self, settings, self.set_language, self._set_speaking_limit,
                                        self._help_actions)
        self.menus = MenuBuilder(self, self.named_actions, self.open_path, settings.recent_files)
        self.docks: dict[str, QDockWidget] = {}
        self.series_windows: list = []  # open Series windows (the secretariat's), kept alive while shown
        self._file_check: SessionService | None = None  # the session whose whole-file checks run
        self._file_checks = 0  # checks started; only the latest one's verdict counts
        for name, area, _title in _DOCKS:
            dock = QDockWidget(self, objectName=f"dock_{name}")
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable |
                             QDockWidget.DockWidgetFeature.DockWidgetFloatable |
                             QDockWidget.DockWidgetFeature.DockWidgetClosable)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
            self.menus.add_dock_toggle(dock.toggleViewAction())
        self.splitDockWidget(self.docks["questions"], self.docks["recommendations"], Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.docks["questions"], self.docks["statistics"])
        self.resizeDocks([self.docks["speakers"], self.docks["questions"]], [380, 400], Qt.Orientation.Horizontal)
        self.dock_widths = DockWidths(self, [[self.docks["speakers"]],
                                             [self.docks[n] for n in ("questions", "recommendations", "statistics")]],
                                      initial=(0.28, 0.27))  # of the window's width, whatever the screen
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.named_actions, settings.recent_files, self.open_path,
                                   start_builtin=lambda: self.new_session(builtin=True), open_demo=self.open_demo)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.file_label = plain_label(QLabel(objectName="fileLabel"))
        self.mode_label = QLabel(objectName="modeLabel")
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().addPermanentWidget(self.mode_label)
        self._connect_actions()
        self._guard = ShortcutGuard(self, lambda: (self.named_actions[n] for n in WINDOW_WIDE))
        QApplication.instance().installEventFilter(self._guard)
        self._first_start = not settings.restore_geometry(self)
        fit_to_screen(self, self._first_start)
        self._show_docks(False)
        self._state_restored = False
        self.retranslate()

    # -- sessions -------------------------------------------------------------------
    def open_path(self, path: str | Path) -> bool:
        if str(path).lower().endswith(".sahelbook"):
            return self.open_series(path) is not None
        service = self.files.open(path)
        return service is not None and self.set_session(service) and self._confirm_open(
            QCoreApplication.translate("MainWindow", "Opened %1"))

    def new_session(self, builtin: bool = False) -> bool:
        """File > New (the built-in Manama panel first and by default), or the welcome page's first choice."""
        service = self.files.new(builtin)
        return service is not None and self.set_session(service) and self._confirm_open(
            QCoreApplication.translate("MainWindow", "Created %1: this is the file now being recorded"))

    def open_demo(self) -> bool:
        service = self.files.demo()
        return service is not None and self.set_session(service) and self._confirm_open(
            QCoreApplication.translate("MainWindow", "Opened %1"))

    def fit_after_show(self) -> None:
        """Once the window manager has framed the window: frame included, it must fit the screen."""
        fit_to_screen(self, self._first_start)

    def _confirm_open(self, template: str) -> bool:
        """Say which file is now open (the demo is named as such), in the status bar's normal colour."""
        doc = self.document
        if doc is not None:
            path = doc.service.path
            name = (QCoreApplication.translate("MainWindow", "the DEMO session (practice only)") if is_demo(path)
                    else isolate(str(path)))
            self.show_info(template.replace("%1", name))
        return True

    def open_series(self, path: str | Path | None = None):  # noqa: ANN201 - SeriesWindow | None
        """The secretariat's Series window, on ``path`` or asking for a workbook; None if it could not open."""
        from sahel_panel.ui.series.window import SeriesWindow

        window = SeriesWindow()
        self.series_windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self.series_windows.remove(w)
                                 if w in self.series_windows else None)
        if path is not None and not window.open_path(path):
            window.close()
            return None
        window.show()
        if path is None:
            window.ask_open()
        return window

    def set_session(self, service: SessionService | None) -> bool:
        """Show ``service`` (None: the welcome page); the previous session is closed first."""
        if service is None:
            return False
        self.close_session()
        document = SessionDocument(service, self)
        self.workspace = Workspace(document, self.settings, self)
        ws = self.workspace
        self.stack.addWidget(ws.central)
        self.stack.setCurrentWidget(ws.central)
        for name in ("speakers", "questions", "recommendations", "statistics"):
            widget = getattr(ws, name)
            self.docks[name].setWidget(widget)
            self.docks[name].setEnabled(widget is not None)
        self._show_docks(True)
        if not self._state_restored:
            self._state_restored = self.settings.restore_state(self)
            if self._state_restored:
                self.dock_widths.initial = None  # the rapporteur's own widths
        self.docks["questions"].raise_()
        if not self._state_restored:
            self.resizeDocks([self.docks["questions"], self.docks["recommendations"]], [282, 438],
                             Qt.Orientation.Vertical)
        document.failed.connect(self.show_error)
        ws.speakers.floor.limit_changed.connect(self.windows.set_projector_limit)
        # The Statistics dock counts only while it is seen (tabbed behind Questions it is off-screen, not hidden).
        ws.statistics_panel.follow_dock(self.docks["statistics"])
        stack = document.undo_stack
        stack.canUndoChanged.connect(self.named_actions["undo"].setEnabled)
        stack.canRedoChanged.connect(self.named_actions["redo"].setEnabled)
        stack.undoTextChanged.connect(lambda _: self._undo_texts())
        stack.redoTextChanged.connect(lambda _: self._undo_texts())
        self.named_actions["undo"].setEnabled(False)
        self.named_actions["redo"].setEnabled(False)
        self.named_actions["record"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for name in ("record", "edit_contribution", "delete_contribution", "cancel_edit"):
            self.named_actions[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            ws.contributions.addAction(self.named_actions[name])
        self.named_actions.set_editable(not service.read_only)
        self._set_session_actions(True)
        self._update_title()
        ws.contributions.focus_editor()
        if service.checks_pending:  # the recovery offers wait for the file's verdict
            self._start_file_check(document)
        else:
            QTimer.singleShot(0, self, self._recover)
        return True

    def _start_file_check(self, document: SessionDocument) -> None:
        service = document.service
        self._file_check, self._file_checks = service, self._file_checks + 1
        count_apart(lambda: verdict(service), self._file_checks, self, self._file_checked)

    def _file_checked(self, number: int, refusal: object) -> None:
        if self._file_check is None or number != self._file_checks:
            return  # a session closed since: its verdict no longer matters
        self._file_check = None
        if refusal is None:
            self._recover()
            return
        self.close_session(settle=False)
        self.prompter.warn(QCoreApplication.translate("FileOps", "Cannot open the session"), str(refusal))

    def stop_file_check(self) -> None:
        """Interrupt the background check (closing the session, quitting): its answer is dropped."""
        service, self._file_check = self._file_check, None
        if service is not None:
            service.stop_check()

    def _recover(self) -> None:
        """After the first paint: a turn left open by a crash, then text typed but never recorded."""
        if self.document is not None:
            offer_after_crash(self.document, self.prompter)
        self.offer_drafts()

    def close_session(self, settle: bool = True) -> None:
        """Close the open session (the welcome page shows); ``settle=False`` when the file was refused."""
        self.stop_file_check()
        if self.workspace is None:
            return
        if settle:
            settle_on_close(self.document, self.prompter)  # a speaker still holding the floor: ask, or stop
        ws, self.workspace = self.workspace, None
        for name in self.docks:
            self.docks[name].setWidget(None)
        ws.close()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.refresh()
        self._show_docks(False)
        self._set_session_actions(False)
        self._update_title()

    def offer_drafts(self) -> int:
        """Offer back text typed but never recorded before a crash; returns how many were restored."""
        ws = self.workspace
        if ws is None or ws.document.read_only:
            return 0
        restored = 0
        # A revision comes back last: it may move to its recommendation's question, and
        # recovering the contribution editor's question afterwards would end the revision.
        for draft in sorted(ws.drafts.pending(), key=lambda d: d.editor == REVISION_DRAFT):
            preview = draft.text if len(draft.text) < 300 else draft.text[:300] + "…"
            if self.prompter.ask(QCoreApplication.translate("MainWindow", "Recover unrecorded text"),
                                 QCoreApplication.translate("MainWindow", "This text was typed but not recorded when Sahel Panel last stopped:\n\n%1\n\nPut it back in the editor?").replace("%1", preview)):
                ws.restore_draft(draft)
                restored += 1
            else:
                ws.drafts.discard(draft)
        return restored

    @property
    def document(self) -> SessionDocument | None:
        return self.workspace.document if self.workspace else None

    # -- feedback -----------------------------------------------------------------------
    def import_speakers(self, path: str | None = None) -> int:
        """Speakers > Import a speaker list: one undo step; success in the status bar, a problem in a dialog."""
        from sahel_panel.ui.speakers.importing import import_speaker_list, list_filter

        if self.document is None:
            return 0
        path = path or self.prompter.open_path(QCoreApplication.translate("MainWindow", "Import a speaker list"), list_filter())
        if not path:
            return 0
        count, sentence = import_speaker_list(self.document, path)
        if count:
            self.show_info(sentence)
        else:
            self.prompter.warn(QCoreApplication.translate("MainWindow", "Import a speaker list"), sentence)
        return count

    def show_info(self, message: str) -> None:
        """A confirmation (a file opened, a list imported): in the status bar, in the normal colour."""
        self.statusBar().setStyleSheet("")
        self.statusBar().showMessage(message, 10000)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        self.statusBar().setStyleSheet("QStatusBar { color: #b00020; }")
        QTimer.singleShot(8000, self, lambda: self.statusBar().setStyleSheet(""))  # cancelled if the window goes

    def _update_title(self) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle(APP_NAME)
            self.file_label.clear()
            self.mode_label.clear()
            return
        info = doc.service.info()
        ro = QCoreApplication.translate("MainWindow", " [read-only]") if doc.read_only else ""
        demo = is_demo(doc.service.path)
        mark = QCoreApplication.translate("MainWindow", "DEMO (practice only) — ") if demo else ""
        self.setWindowTitle(f"{mark}{info.title}{ro} — {APP_NAME}")
        self.file_label.setText(demo_text.file_label(doc.service.path))
        self.file_label.setStyleSheet("background: #e65100; color: white; font-weight: bold; padding: 0 6px;"
                                      if demo else "")
        self.file_label.setToolTip(tooltip(str(doc.service.path)))
        self.mode_label.setText(QCoreApplication.translate("MainWindow", "Read-only: nothing can be changed") if doc.read_only else QCoreApplication.translate("MainWindow", "Saved as you type"))
        self.mode_label.setStyleSheet("color: #b00020; font-weight: bold;" if doc.read_only else "color: #2e7d32;")

    def _undo_texts(self) -> None:
        doc = self.document
        if doc is None:
            return
        stack = doc.undo_stack
        if not shiboken6.isValid(stack):  # the stack announces its own clearing while being destroyed
            return
        self.named_actions["undo"].setText(QCoreApplication.translate("MainWindow", "&Undo %1").replace("%1", stack.undoText()).strip() if stack.canUndo()
                                     else QCoreApplication.translate("Actions", "&Undo"))
        self.named_actions["redo"].setText(QCoreApplication.translate("MainWindow", "&Redo %1").replace("%1", stack.redoText()).strip() if stack.canRedo()
                                     else QCoreApplication.translate("Actions", "&Redo"))
        for name in ("undo", "redo"):  # the tool bar shows only the arrow: its tooltip names the step
            self.named_actions[name].setToolTip(self.named_actions[name].text().replace("&", ""))

    def _show_docks(self, visible: bool) -> None:
        for dock in self.docks.values():
            dock.setVisible(visible and dock.widget() is not None)
        self.menus.toolbar.setVisible(visible)

    def _set_session_actions(self, open_: bool) -> None:
        for name in ("save_copy", "export", "close", "undo", "redo", "record", "focus_editor", "edit_contribution",
                     "delete_contribution", "search", "prev_question", "next_question", "make_live", "questions", "setup",
                     "add_speaker", "edit_speaker", "import_speakers", "find_speaker", "enqueue", "start_turn", "next_speaker", "stop_turn",
                     "projector", "statistics"):
            action = self.named_actions[name]
            writable = self.document is not None and not self.document.read_only
            editing = action in self.named_actions.editing()
            action.setEnabled(open_ and (writable or not editing) and name not in ("undo", "redo"))

    # -- actions -----------------------------------------------------------------------
    def _ws_call(self, fn):  # noqa: ANN001, ANN202 - a slot that runs only with a session open
        return lambda *_: fn(self.workspace) if self.workspace is not None else None

    def _connect_actions(self) -> None:
        a, w = self.named_actions, self._ws_call
        a["new"].triggered.connect(lambda: self.new_session())
        a["open"].triggered.connect(lambda: self.set_session(self.files.ask_open()) and self._confirm_open(
            QCoreApplication.translate("MainWindow", "Opened %1")))
        a["series"].triggered.connect(lambda: self.open_series())
        a["save_copy"].triggered.connect(w(lambda ws: self.files.save_copy(ws.document.service, self)))
        a["close"].triggered.connect(self.close_session)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(w(lambda ws: ws.document.undo()))
        a["redo"].triggered.connect(w(lambda ws: ws.document.redo()))
        a["record"].triggered.connect(w(lambda ws: ws.contributions.commit()))
        a["focus_editor"].triggered.connect(w(lambda ws: ws.contributions.focus_editor()))
        a["edit_contribution"].triggered.connect(w(lambda ws: ws.contributions.edit_selected()))
        a["delete_contribution"].triggered.connect(w(lambda ws: ws.contributions.delete_selected()))
        a["cancel_edit"].triggered.connect(w(lambda ws: ws.contributions.cancel_edit()))
        a["prev_question"].triggered.connect(w(lambda ws: ws.question_bar.previous()))
        a["next_question"].triggered.connect(w(lambda ws: ws.question_bar.next()))
        a["make_live"].triggered.connect(w(lambda ws: ws.question_bar.make_live()))
        a["questions"].triggered.connect(w(lambda ws: (self.docks["questions"].show(),
                                                        self.docks["questions"].raise_(), ws.questions.focus())))
        a["add_speaker"].triggered.connect(w(lambda ws: (self.docks["speakers"].show(), ws.speakers.focus_quick_add())))
        a["find_speaker"].triggered.connect(w(lambda ws: (self.docks["speakers"].show(), ws.speakers.focus_filter())))
        a["edit_speaker"].triggered.connect(w(lambda ws: (self.docks["speakers"].show(), ws.speakers.edit_details())))
        a["import_speakers"].triggered.connect(w(lambda ws: self.import_speakers()))
        a["enqueue"].triggered.connect(w(lambda ws: ws.speakers.enqueue_selected()))
        a["start_turn"].triggered.connect(w(lambda ws: ws.speakers.start_selected()))
        a["next_speaker"].triggered.connect(w(lambda ws: ws.speakers.floor.next_speaker()))
        a["stop_turn"].triggered.connect(w(lambda ws: ws.speakers.floor.stop()))
        a["statistics"].triggered.connect(lambda: (self.docks["statistics"].show(), self.docks["statistics"].raise_()))
        a["projector"].triggered.connect(w(lambda ws: self.toggle_projector()))
        a["search"].triggered.connect(w(lambda ws: self.windows.search(ws.document)))
        a["setup"].triggered.connect(w(lambda ws: self.windows.setup(ws.document)))
        a["export"].triggered.connect(w(lambda ws: self.windows.export(ws.document)))
        a["preferences"].triggered.connect(lambda: self.windows.preferences())
        a["shortcuts"].triggered.connect(lambda: self.windows.shortcuts())
        a["about"].triggered.connect(lambda: self.windows.about())
        a["self_test"].triggered.connect(lambda: self.windows.self_test(
            lambda settings, prompter: type(self)(settings, None, prompter)))
        for lang in ("en", "fr", "ar"):
            a[f"lang_{lang}"].triggered.connect(lambda _=False, code=lang: self.set_language(code))

    def toggle_projector(self) -> None:
        """F5, from this window or the projector: shown on the second screen when there is one, never
        taking the keyboard; its timer follows the floor panel's limit and colours."""
        self.windows.toggle_projector(self.document, self.named_actions["projector"])

    @property
    def projector(self) -> QWidget | None:
        """The projector window while it is shown."""
        return self.windows.get("projector")

    def _set_speaking_limit(self, seconds: int | None) -> None:
        if self.workspace is not None:
            self.workspace.speakers.floor.set_limit_seconds(seconds)

    def _help_actions(self) -> list[QAction]:
        acts = list(self.named_actions.all())
        if self.workspace is not None:
            acts += self.workspace.recommendations.actions_for_help()
        return acts

    # -- language ---------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch live: translators are swapped and every widget retranslates on LanguageChange."""
        if self.language is not None:
            self.language.apply(lang)
        self.settings.set_language(lang)
        self.retranslate_all()

    def retranslate_all(self) -> None:
        """Relabel now: Qt's own LanguageChange events are posted later, and not sent at all when
        no translator file exists for the language, yet the layout direction and fallbacks must follow."""
        self.retranslate()
        self.welcome.retranslate()
        if self.workspace is not None:
            for widget in self.workspace.widgets() + [self.workspace.question_bar, self.workspace.contributions]:
                if isinstance(widget, QScrollArea):  # the statistics panel scrolls inside its dock
                    widget = widget.widget()
                retranslate = getattr(widget, "retranslate", None)
                if callable(retranslate):
                    retranslate()

    def _check_language(self, lang: str) -> None:
        for code in ("en", "fr", "ar"):
            self.named_actions[f"lang_{code}"].setChecked(code == lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.document is not None and not self.document.closed:  # the steps taken so far, named again
            self.document.retranslate()  # (with their file names and languages) before the Edit menu reads them
        self.named_actions.retranslate()
        self.menus.retranslate()
        titles = {name: title for name, _area, title in _DOCKS}
        for name, dock in self.docks.items():
            dock.setWindowTitle(_t(titles[name]))
        self._undo_texts()
        self._update_title()
        self._check_language(self.language.language if self.language else "en")

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QApplication.instance().removeEventFilter(self._guard)
        self.settings.save_window(self)
        self.close_session()
        self.settings.sync()
        super().closeEvent(event)

