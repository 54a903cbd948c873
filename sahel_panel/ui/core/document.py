"""The open session as the window sees it: services, one undo stack, change signals.

Every user edit is a :class:`ServiceCommand` pushed through :meth:`SessionDocument.execute`:
the service call runs first, and only a call that succeeded lands on the
undo stack, so a refused change (a :class:`DomainError`) never leaves a
phantom undo step behind.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sahel_panel.domain.model import DomainError
from sahel_panel.services import Change, SessionService
from sahel_panel.store import StoreError
from sahel_panel.ui.text.bidi import isolate
from sahel_panel.ui.text.errors import error_text

USER_ERRORS = (DomainError, StoreError, sqlite3.Error)
"""What a service call may raise that is the user's situation, not a bug: shown, never a traceback."""


UndoArg = str | Callable[[], str]
"""What goes into an undo label's %1, %2…: user text as typed, or a function giving a translated word
(a language's name) so that the word follows a language switch too."""

_PLACEHOLDER = re.compile(r"%(\d)")


@dataclass(frozen=True)
class UndoLabel:
    """An undo step's name kept as its source text and arguments, never as a finished string.

    QUndoStack only holds the text it was given; a step named "Record contribution" in English
    would stay English in the Edit menu and the undo history after a switch to French. Keeping
    the source and the arguments lets :meth:`ServiceCommand.retranslate` name it again in the
    language of the moment, with the same file name or speaker in it. Mark the source with
    ``QT_TRANSLATE_NOOP(context, source)`` where it is written, so lupdate finds it.
    """

    context: str
    source: str
    args: tuple[UndoArg, ...] = ()

    def text(self) -> str:
        """The label in the interface language now, arguments put in one pass (an argument holding
        "%2" stays as typed) and isolated, so a name keeps its own direction in an Arabic label."""
        values = [arg() if callable(arg) else isolate(arg) for arg in self.args]

        def put(match: re.Match[str]) -> str:
            n = int(match[1])
            return values[n - 1] if 0 < n <= len(values) else match[0]

        return _PLACEHOLDER.sub(put, QCoreApplication.translate(self.context, self.source)).strip()


class ServiceCommand(QUndoCommand):
    """One undoable user action. Subclasses implement :meth:`do` and :meth:`undo_`.

    ``redo()`` is called by QUndoStack on push; the document has already run
    :meth:`do` once by then, so the first ``redo()`` is skipped.

    ``undo()``/``redo()`` never raise into Qt (PySide would report the error in
    whichever slot runs next, after QUndoStack had already moved its index):
    a refusal is kept in :attr:`failure` for the document to report and undo.
    """

    def __init__(self, label: UndoLabel) -> None:
        super().__init__(label.text())
        self.label = label  # relabelled by retranslate() on a language switch
        self._skip_next_redo = False
        self._skip_next_undo = False
        self.failure: BaseException | None = None

    def retranslate(self) -> None:
        """The undo label in the interface language now ("Stop speaking" after switching to French)."""
        self.setText(self.label.text())

    def do(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        try:
            self.do()
        except USER_ERRORS as exc:
            self.failure = exc

    def undo(self) -> None:
        if self._skip_next_undo:
            self._skip_next_undo = False
            return
        try:
            self.undo_()
        except USER_ERRORS as exc:
            self.failure = exc


CONTRIBUTION_MIME = "application/x-sahel-panel-contribution-ids"
"""Drag-and-drop payload: contribution ids, one per line (UTF-8)."""


class UndoableDocument(QObject):
    """One open file's undo stack: commands run once, land on the stack only when they succeeded.

    Shared by the session (:class:`SessionDocument`) and the series workbook
    (``ui.series.document.WorkbookDocument``): both push :class:`ServiceCommand` s, and a
    refusal by the store becomes :attr:`failed` with the stack back where it was.
    """

    failed = Signal(str)  # a sentence for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)

    def retranslate(self) -> None:
        """Name every step on the stack again in the interface language (done and undone ones alike).

        Qt's undo views read a step's text when they paint, and the windows read it for Edit > Undo
        right after calling this, so nothing else needs telling."""
        stack = self.undo_stack
        for i in range(stack.count()):
            command = stack.command(i)
            if isinstance(command, ServiceCommand):
                command.retranslate()

    def execute(self, command: ServiceCommand) -> bool:
        """Run ``command`` now; on success push it for undo. Errors become :attr:`failed`."""
        try:
            command.do()
        except USER_ERRORS as exc:
            self.failed.emit(error_text(exc))
            return False
        command._skip_next_redo = True
        self.undo_stack.push(command)
        return True

    def undo(self) -> None:
        """Undo one step; if the store refuses, the stack goes back to where it was."""
        stack = self.undo_stack
        index = stack.index()
        if not stack.canUndo():
            return
        command = stack.command(index - 1)
        stack.undo()
        if isinstance(command, ServiceCommand) and command.failure is not None:
            failure, command.failure = command.failure, None
            command._skip_next_redo = True  # the change is still in the store: redo must not re-run it
            stack.setIndex(index)
            self.failed.emit(error_text(failure))

    def redo(self) -> None:
        """Redo one step; if the store refuses, the stack goes back to where it was."""
        stack = self.undo_stack
        index = stack.index()
        if not stack.canRedo():
            return
        command = stack.command(index)
        stack.redo()
        if isinstance(command, ServiceCommand) and command.failure is not None:
            failure, command.failure = command.failure, None
            command._skip_next_undo = True  # nothing was applied: undo must not revert it
            stack.setIndex(index)
            self.failed.emit(error_text(failure))


class SessionDocument(UndoableDocument):
    """Owns the :class:`SessionService` of the open file and its :class:`QUndoStack`.

    It also carries the little shared state panels must agree on: the current
    question, the contributions selected (for linking to recommendations) and
    requests to reveal a row (search results).
    """

    changed = Signal(object)  # services.Change
    current_question_changed = Signal(object)  # question id or None: the question being *viewed*
    live_question_changed = Signal(object)  # question id or None: where the next recording goes
    contribution_selection_changed = Signal(list)  # contribution ids
    reveal_requested = Signal(str, str)  # kind ("contribution"/"recommendation"), id
    closing = Signal()  # the file is about to be released: windows bound to this session close themselves
    ticked = Signal()  # twice a second: every display that counts time follows this one clock

    TICK_MS = 500

    def __init__(self, service: SessionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.current_question_id: str | None = None
        # Browsing (previous/next, a search result, the question list) moves only the viewed question;
        # the live one — where Ctrl+Enter records, the floor is given and the projector points —
        # moves only by an explicit action (set_live_question).
        self.live_question_id: str | None = None
        self.selected_contribution_ids: list[str] = []
        self.closed = False  # set by close(): late events (posted LanguageChange) must not query the file
        service.subscribe(self._relay)
        # One timer, not one per panel: the floor's timer, the question bar's clock and the statistics
        # then change in the same turn of the event loop and the window is repainted once, where three
        # timers out of phase repainted most of it three times a second.
        self._tick = QTimer(self, interval=self.TICK_MS)
        self._tick.timeout.connect(self.ticked)
        self._tick.start()

    def set_current_question(self, question_id: str | None) -> None:
        if question_id != self.current_question_id:
            self.current_question_id = question_id
            self.current_question_changed.emit(question_id)

    def set_live_question(self, question_id: str | None) -> None:
        if question_id != self.live_question_id:
            self.live_question_id = question_id
            self.live_question_changed.emit(question_id)

    def set_selected_contributions(self, ids: list[str]) -> None:
        self.selected_contribution_ids = list(ids)
        self.contribution_selection_changed.emit(list(ids))

    def reveal(self, kind: str, item_id: str) -> None:
        """Ask the panels to show a contribution or recommendation (switching question if needed)."""
        self.reveal_requested.emit(kind, item_id)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    @property
    def read_only(self) -> bool:
        return self.service.read_only

    def close(self) -> None:
        if self.closed:
            return
        self._tick.stop()  # no tick may reach panels being deleted, nor the closed file
        self.closing.emit()
        self.closed = True
        self.service.unsubscribe(self._relay)
        self.undo_stack.clear()
        self.service.close()
