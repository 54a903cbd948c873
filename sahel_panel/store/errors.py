"""The errors of the store, each carrying one sentence for the user (moved out of ``database.py``)."""

from __future__ import annotations

from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, Translatable


class StoreError(Translatable, Exception):
    """A session file cannot be used; ``str()`` is a sentence for the user (``template``/``params`` for the window)."""


class NotASessionFile(StoreError):
    pass


class DamagedSessionFile(NotASessionFile):
    """The file is a session file, but SQLite finds it damaged (truncated, overwritten)."""


class NewerSessionFile(StoreError):
    pass


class SessionLocked(StoreError):
    pass


class SessionNotWritable(StoreError):
    pass


class ReadOnlySession(StoreError):
    pass


class InvalidContent(StoreError):
    """Values another program wrote that Sahel Panel cannot read; ``problems`` lists every one (see ``content.py``)."""

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class WriteFailed(StoreError):
    """SQLite could not write (disk full, I/O error...): the transaction was rolled back whole."""


def _exists(path: Path) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "“{file}” already exists; choose another file name."), file=str(path))


def _not_a_session(name: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "“{file}” is not a Sahel Panel session file."), file=name)


def _read_only(name: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "“{file}” is open read-only; nothing was changed."), file=name)
