"""Journals left beside a session file, looked at before SQLite is allowed to use them.

SQLite trusts a ``FILE-wal`` it finds beside ``FILE``: the first writable
connection replays its frames into the file, and nothing in a WAL says which
database it belongs to. A ``-wal`` copied from another copy of the same
session (from another laptop after a crash) is therefore checkpointed into an
intact file and leaves it permanently malformed. So before a writable open
(under the writer lock, so nobody else writes meanwhile), a leftover WAL is
tried on *copies* of both files in a temporary folder: if the pair reads as
damaged while the file alone is intact, the WAL does not belong here and the
open is refused, with neither file touched.

A rollback journal (``FILE-journal``) left by a kill during a change is
"hot": only a writable connection can roll it back, and read-only commands
must say so rather than call the file something it is not.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.store.errors import DamagedSessionFile, StoreError

WAL_HEADER = 32  # a WAL of this size or less holds no frame


class ForeignJournal(DamagedSessionFile):
    """The ``-wal`` beside the file does not belong to it; moving it away makes the file usable again."""


class InterruptedChange(StoreError):
    """A hot rollback journal: a writable open will roll the interrupted change back."""


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_frames(path: Path) -> bool:
    try:
        return wal_of(path).stat().st_size > WAL_HEADER
    except OSError:
        return False


def hot_journal(path: Path) -> bool:
    """A non-empty rollback journal beside the file (SQLite zeroes or removes it when a change completes)."""
    try:
        with open(journal_of(path), "rb") as fh:  # the journal, never the database file itself
            return any(fh.read(28))
    except OSError:
        return False


def interrupted_change(name: str) -> InterruptedChange:
    return InterruptedChange(Message(QT_TRANSLATE_NOOP(
        "Errors", "“{file}” holds a change that was interrupted (its “{file}-journal” is still beside it); "
                  "opening it for writing, in the window, will roll that change back, and it can be read after that."),
        file=name))


def check_leftover_wal(path: Path, name: str,
                       damaged: Callable[[str, str], Message] | None = None) -> None:
    """Refuse a ``-wal`` that does not belong to ``path``, touching neither file. Call under the writer lock.

    Any SQLite file the app writes (a session, a series workbook) is checked the
    same way; ``damaged`` gives the sentence for a file damaged with its WAL and
    without it (a session's :func:`damaged_message` by default).
    """
    if not has_frames(path):
        return
    combined = _problem_on_copies(path, with_wal=True)
    if combined is None:
        return
    alone = _problem_on_copies(path, with_wal=False)
    if alone is None:
        raise ForeignJournal(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{wal}” does not belong to “{file}” (together they read as damaged, while “{file}” alone "
                      "is intact); move “{wal}” out of this folder — it may come from another copy of “{file}” — "
                      "and open “{file}” again; neither file was changed."),
            file=name, wal=name + "-wal"))
    raise DamagedSessionFile((damaged or damaged_message)(name, combined))


def damaged_message(name: str, problem: str) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Errors", "“{file}” is damaged ({problem}) and cannot be opened; "
                  "use a snapshot or backup copy of the session."),
        file=name, problem=one_line(problem))


def one_line(text: str) -> str:
    """SQLite's multi-line reports ("*** in database main ***\\nOn tree page…") as one line."""
    return " ".join(part.strip(" *") for part in text.splitlines() if part.strip(" *")) or text.strip()


def _problem_on_copies(path: Path, with_wal: bool) -> str | None:
    """What SQLite finds wrong with copies of the file (and its WAL); ``None`` when intact."""
    try:
        with tempfile.TemporaryDirectory(prefix="sahel-panel-check-") as folder:
            copy = Path(folder) / "check.sahel"
            shutil.copyfile(path, copy)
            if with_wal:
                shutil.copyfile(wal_of(path), wal_of(copy))
            return _problem(str(copy), uri=False)
    except OSError:
        # No room for copies: read in place, read-only (SQLite never writes the file or the
        # WAL through a read-only connection). Without the WAL only a copy can tell.
        if not with_wal:
            return None
        return _problem(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _problem(target: str, uri: bool) -> str | None:
    try:
        conn = sqlite3.connect(target, uri=uri, isolation_level=None)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        return None if result == ["ok"] else "; ".join(result)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


__all__ = ["ForeignJournal", "InterruptedChange", "check_leftover_wal", "hot_journal", "interrupted_change"]
