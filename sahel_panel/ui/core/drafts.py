"""Crash recovery of unrecorded editor text.

Every watched editor's text is written to the session file (``service.drafts``)
about every three seconds while it changes, and at once when the editor
loses focus. SQLite commits it with ``synchronous=FULL``, so a SIGKILL or a
power cut loses at most the last few seconds of typing. At the next start
:meth:`DraftKeeper.pending` lists what was left, and the window offers it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from sahel_panel.services.drafts import Draft
from sahel_panel.ui.core.document import USER_ERRORS, SessionDocument
from sahel_panel.ui.text.errors import error_text

AUTOSAVE_MS = 3000
TextWidget = QPlainTextEdit | QTextEdit | QLineEdit


@dataclass
class _Watched:
    widget: TextWidget
    text: Callable[[], str]
    context: Callable[[], dict]
    saved: str = ""


def _text_of(widget: TextWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


class DraftKeeper(QObject):
    """Watches named editors and keeps their unrecorded text in the session file."""

    def __init__(self, document: SessionDocument, parent: QObject | None = None, interval_ms: int = AUTOSAVE_MS):
        super().__init__(parent)
        self.document = document
        self._watched: dict[str, _Watched] = {}
        self._dirty: set[str] = set()
        self._failing = False  # a save failed and was reported; said again only after one succeeded
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.flush)
        if not document.read_only:
            self.timer.start()

    def watch(self, name: str, widget: TextWidget, context: Callable[[], dict] | None = None,
              text: Callable[[], str] | None = None) -> None:
        """Keep ``widget``'s text as draft ``name``; ``text`` overrides what counts as unrecorded."""
        self._watched[name] = _Watched(widget, text or (lambda: _text_of(widget)), context or dict)
        signal = widget.textChanged
        signal.connect(lambda *_: self._dirty.add(name))
        widget.installEventFilter(self)

    def names(self) -> list[str]:
        return list(self._watched)

    def flush(self) -> None:
        """Write every changed draft now (timer, focus-out, before closing).

        A draft stays dirty until its save succeeded, so a failing disk is
        retried at the next tick; the failure is reported once, not every tick.
        """
        if self.document.read_only:
            self._dirty.clear()
            return
        for name in list(self._dirty):
            w = self._watched[name]
            text = w.text()
            if text != w.saved and not self._save(name, w, text):
                continue
            self._dirty.discard(name)

    def _save(self, name: str, w: _Watched, text: str) -> bool:
        try:
            self.document.service.drafts.save(name, text, w.context())
        except USER_ERRORS as exc:  # disk full, file gone: say so once, keep the text in the editor
            if not self._failing:
                self._failing = True
                self.document.failed.emit(error_text(exc))
            return False
        w.saved = text
        self._failing = False
        return True

    def recorded(self, name: str) -> None:
        """The editor's text became a record: its draft is no longer needed."""
        w = self._watched.get(name)
        if w is None:
            return
        if self.document.read_only:
            self._dirty.discard(name)
            w.saved = w.text()
            return
        if self._save(name, w, w.text()):  # an empty text clears the draft
            self._dirty.discard(name)
        else:
            self._dirty.add(name)

    def pending(self) -> list[Draft]:
        """Drafts left in the file for watched editors whose text differs from what they show now."""
        found = []
        for draft in self.document.service.drafts.list():
            w = self._watched.get(draft.editor)
            if w is not None and draft.text.strip() and draft.text != w.text():
                found.append(draft)
        return found

    def discard(self, draft: Draft) -> None:
        if not self.document.read_only:
            self.document.service.drafts.clear(draft.editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            self.flush()
        return super().eventFilter(watched, event)
