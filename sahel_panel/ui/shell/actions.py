"""Every QAction of the window, created in one place with its shortcut and text.

Texts are set in :meth:`Actions.retranslate`, so a language switch relabels
menus, tool bars and the Help > Keyboard shortcuts list at once (the
Frescobaldi pattern). Other modules read :meth:`Actions.all` to list shortcuts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

_CTX = "Actions"
StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class Spec:
    name: str
    text: str  # source text, translated in retranslate()
    group: str  # menu it belongs to (source text)
    keys: tuple[str | StandardKey, ...] = ()
    editing: bool = False  # changes the session: disabled when read-only
    tip: str = ""
    checkable: bool = False


G_FILE = QT_TRANSLATE_NOOP("Actions", "&File")
G_EDIT = QT_TRANSLATE_NOOP("Actions", "&Edit")
G_SESSION = QT_TRANSLATE_NOOP("Actions", "&Session")
G_SPEAKERS = QT_TRANSLATE_NOOP("Actions", "S&peakers")
G_VIEW = QT_TRANSLATE_NOOP("Actions", "&View")
G_HELP = QT_TRANSLATE_NOOP("Actions", "&Help")

SPECS: tuple[Spec, ...] = (
    # File
    Spec("new", QT_TRANSLATE_NOOP("Actions", "&New session…"), G_FILE, (StandardKey.New,),
         tip=QT_TRANSLATE_NOOP("Actions", "Create a session file from a template or blank")),
    Spec("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), G_FILE, (StandardKey.Open,)),
    Spec("series", QT_TRANSLATE_NOOP("Actions", "Series &workbook…"), G_FILE, ("Ctrl+Shift+O",),
         tip=QT_TRANSLATE_NOOP("Actions", "The secretariat's window: consolidate the recommendations of a series of panels")),
    Spec("save_copy", QT_TRANSLATE_NOOP("Actions", "Save a &copy as…"), G_FILE, ("Ctrl+Shift+S",),
         tip=QT_TRANSLATE_NOOP("Actions", "Write a consistent copy of the session file elsewhere")),
    Spec("export", QT_TRANSLATE_NOOP("Actions", "&Export report…"), G_FILE, ("Ctrl+Shift+E",)),
    Spec("close", QT_TRANSLATE_NOOP("Actions", "C&lose session"), G_FILE, ("Ctrl+W",)),
    Spec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), G_FILE, ("Ctrl+Q",)),
    # Edit
    Spec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), G_EDIT, ("Ctrl+Z",)),
    Spec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), G_EDIT, ("Ctrl+Shift+Z", "Ctrl+Y")),
    Spec("record", QT_TRANSLATE_NOOP("Actions", "&Record contribution"), G_EDIT, ("Ctrl+Return", "Ctrl+Enter"),
         editing=True, tip=QT_TRANSLATE_NOOP("Actions", "Record the text for the current speaker and question")),
    Spec("focus_editor", QT_TRANSLATE_NOOP("Actions", "Go to the contribution &editor"), G_EDIT, ("Ctrl+E",)),
    Spec("edit_contribution", QT_TRANSLATE_NOOP("Actions", "Ed&it selected contribution"), G_EDIT, ("F2",),
         editing=True),
    Spec("delete_contribution", QT_TRANSLATE_NOOP("Actions", "&Delete selected contribution"), G_EDIT,
         ("Ctrl+Delete",), editing=True),
    Spec("cancel_edit", QT_TRANSLATE_NOOP("Actions", "Cancel editing"), G_EDIT, ("Esc",)),
    Spec("search", QT_TRANSLATE_NOOP("Actions", "&Search…"), G_EDIT, (StandardKey.Find,)),
    # Session
    Spec("prev_question", QT_TRANSLATE_NOOP("Actions", "&Previous question"), G_SESSION,
         ("Ctrl+PgUp",)),
    Spec("next_question", QT_TRANSLATE_NOOP("Actions", "&Next question"), G_SESSION, ("Ctrl+PgDown",)),
    Spec("make_live", QT_TRANSLATE_NOOP("Actions", "Make the viewed question &live"), G_SESSION, ("Ctrl+Shift+L",),
         tip=QT_TRANSLATE_NOOP("Actions", "Record, give the floor and project on the question being viewed")),
    Spec("questions", QT_TRANSLATE_NOOP("Actions", "Go to the &question list"), G_SESSION, ("Ctrl+Shift+G",)),
    Spec("setup", QT_TRANSLATE_NOOP("Actions", "Session &set-up…"), G_SESSION, ("Ctrl+Shift+U",), editing=True,
         tip=QT_TRANSLATE_NOOP("Actions", "Edit metadata and questions, import a speaker list")),
    # Speakers
    Spec("add_speaker", QT_TRANSLATE_NOOP("Actions", "&Add a speaker"), G_SPEAKERS, ("Ctrl+Shift+A",),
         editing=True),
    Spec("edit_speaker", QT_TRANSLATE_NOOP("Actions", "Speaker &details…"), G_SPEAKERS, ("Shift+F2",),
         tip=QT_TRANSLATE_NOOP("Actions", "Every field of the selected speaker, including age group and role; removal")),
    Spec("import_speakers", QT_TRANSLATE_NOOP("Actions", "&Import a speaker list…"), G_SPEAKERS, editing=True,
         tip=QT_TRANSLATE_NOOP("Actions", "Add the speakers of a CSV or YAML list, as one undo step")),
    Spec("find_speaker", QT_TRANSLATE_NOOP("Actions", "&Find a speaker"), G_SPEAKERS, ("Ctrl+K",)),
    Spec("enqueue", QT_TRANSLATE_NOOP("Actions", "Add to the &queue"), G_SPEAKERS, ("Ctrl+Shift+Q",)),
    Spec("start_turn", QT_TRANSLATE_NOOP("Actions", "&Start speaking"), G_SPEAKERS, ("F6",), editing=True,
         tip=QT_TRANSLATE_NOOP("Actions", "Give the floor to the selected speaker")),
    Spec("next_speaker", QT_TRANSLATE_NOOP("Actions", "Ne&xt speaker"), G_SPEAKERS, ("F8",), editing=True,
         tip=QT_TRANSLATE_NOOP("Actions", "Close the turn and give the floor to the next in the queue")),
    Spec("stop_turn", QT_TRANSLATE_NOOP("Actions", "S&top speaking"), G_SPEAKERS, ("Shift+F8",), editing=True),
    # View
    Spec("projector", QT_TRANSLATE_NOOP("Actions", "&Projector window"), G_VIEW, ("F5",)),
    Spec("statistics", QT_TRANSLATE_NOOP("Actions", "S&tatistics"), G_VIEW, ("F7",)),
    Spec("preferences", QT_TRANSLATE_NOOP("Actions", "P&references…"), G_VIEW, ("Ctrl+,",)),
    Spec("lang_en", "English", G_VIEW, checkable=True),
    Spec("lang_fr", "Français", G_VIEW, checkable=True),
    Spec("lang_ar", "العربية", G_VIEW, checkable=True),
    # Help
    Spec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), G_HELP, ("F1",)),
    Spec("self_test", QT_TRANSLATE_NOOP("Actions", "&Self-test…"), G_HELP,
         tip=QT_TRANSLATE_NOOP("Actions", "Check this installation: session, reports, snapshot and window")),
    Spec("about", QT_TRANSLATE_NOOP("Actions", "&About Sahel Panel"), G_HELP),
)
NATIVE = {"lang_en", "lang_fr", "lang_ar"}  # language names are shown in their own language


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class Actions(QObject):
    """The window's actions by name: ``actions["record"]`` or ``actions.get("record")``."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        self._specs = {s.name: s for s in SPECS}
        for spec in SPECS:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.name}")
            action.setCheckable(spec.checkable)
            keys = [QKeySequence(k) for k in spec.keys]
            if keys:
                action.setShortcuts(keys)
            self._actions[spec.name] = action
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def get(self, name: str) -> QAction:
        return self._actions[name]

    def all(self) -> list[QAction]:
        """Every action in menu order (for Help > Keyboard shortcuts)."""
        return list(self._actions.values())

    def editing(self) -> list[QAction]:
        return [self._actions[s.name] for s in SPECS if s.editing]

    def set_editable(self, editable: bool) -> None:
        """Read-only sessions keep navigation and search but lose every action that writes."""
        for action in self.editing():
            action.setEnabled(editable)

    def retranslate(self) -> None:
        for spec in SPECS:
            action = self._actions[spec.name]
            action.setText(spec.text if spec.name in NATIVE else tr(spec.text))
            tip = tr(spec.tip) if spec.tip else action.text().replace("&", "")
            if action.shortcuts():
                tip = f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            action.setToolTip(tip)
            action.setStatusTip(tr(spec.tip) if spec.tip else "")
