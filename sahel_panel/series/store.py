"""Opening, identifying, migrating and guarding a series workbook (``.sahelbook``).

The workbook is kept like a session file, for the same reasons, and by the
session store's own mechanisms (called, not copied; see :meth:`WorkbookStore.open`): WAL journal,
``synchronous=FULL``, foreign keys on, every action one transaction committed
before the call returns, and one writer at a time through the *same* OS lock
as sessions (:mod:`sahel_panel.store.lock`, released by the kernel even when
the app is killed). It is told apart from a session by its own
``application_id`` (``SHBK``) and versioned by ``user_version``; older
workbooks are migrated forward in one transaction, newer ones refused.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.series.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from sahel_panel.store import SessionLocked, SessionNotWritable, StoreError
from sahel_panel.store.backup import write_backup
from sahel_panel.store.connection import Database
from sahel_panel.store.database import connect_read_only
from sahel_panel.store.journal import InterruptedChange, check_leftover_wal, one_line
from sahel_panel.store.lock import LockHeld, WriterLock, last_writer_path

SUFFIX = ".sahelbook"


class WorkbookError(StoreError):
    """A workbook cannot be used; ``str()`` is one sentence naming the file."""


class WorkbookLocked(WorkbookError, SessionLocked):
    """Another writer has the workbook; a :class:`SessionLocked` too, so callers offer read-only as for sessions."""


class WorkbookNotWritable(WorkbookError, SessionNotWritable):
    """Read-only file or folder, or no lock to be had: it can still be opened read-only (as a session can)."""


class NotAWorkbook(WorkbookError):
    pass


class NewerWorkbook(WorkbookError):
    pass


class ReadOnlyWorkbook(WorkbookError):
    pass


class DamagedWorkbook(NotAWorkbook):
    """A workbook SQLite finds damaged (truncated, overwritten)."""


def _pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=5000")


class WorkbookStore:
    """An open workbook file: :meth:`create` or :meth:`open`, then :meth:`atomic` and :meth:`query`."""

    def __init__(self, path: Path, db: Database, read_only: bool, lock: WriterLock | None) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self._lock = lock

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> WorkbookStore:
        """A new, empty workbook; refuses to overwrite anything."""
        path = Path(path)
        if path.exists():
            raise WorkbookError(Message(QT_TRANSLATE_NOOP(
                "Errors", "“{file}” already exists; choose another file name."), file=str(path)))
        if not path.parent.is_dir():
            raise WorkbookError(Message(QT_TRANSLATE_NOOP("Errors", "The folder “{folder}” does not exist."),
                                        folder=str(path.parent)))
        lock = WriterLock(path)
        try:
            lock.acquire(create=True)
        except (FileExistsError, LockHeld):
            raise WorkbookError(Message(QT_TRANSLATE_NOOP(
                "Errors", "“{file}” already exists; choose another file name."), file=str(path))) from None
        except OSError as exc:
            raise WorkbookError(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” cannot be created ({reason})."),
                                        file=str(path), reason=exc.strerror or str(exc))) from None
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            _pragmas(conn)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            store = cls(path, Database(conn), False, lock)
            store._migrate(0)
            return store
        except BaseException:
            lock.release()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False) -> WorkbookStore:
        """Open a workbook, migrating it forward when older; :class:`WorkbookLocked` if another writer has it.

        The session file's guards, called rather than copied: the writer lock
        keyed on the file itself (a second writer through a hard link or a
        symlink is refused), SQLite given the path a crashed writer used (its
        unsaved pages are in that path's ``-wal``), a leftover ``-wal`` tried on
        copies before a writable open may replay it, read-only opens that name a
        hot journal and read a workbook in a read-only folder, and a verified
        backup (``BOOK.vN-backup``) written atomically before any migration.
        """
        path = Path(path)
        if not path.is_file():
            raise WorkbookError(Message(QT_TRANSLATE_NOOP(
                "Errors", "“{file}” does not exist or is not a file."), file=str(path)))
        lock = None
        if not read_only:
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise WorkbookNotWritable(Message(QT_TRANSLATE_NOOP(
                    "Errors", "“{file}” cannot be written to (read-only file or folder)."), file=path.name))
            lock = WriterLock(path)
            try:
                lock.acquire()
            except LockHeld:
                raise WorkbookLocked(Message(QT_TRANSLATE_NOOP(
                    "Errors", "“{file}” is already open for writing in another Sahel Panel window or command."),
                    file=path.name)) from None
            except OSError:
                raise WorkbookNotWritable(Message(QT_TRANSLATE_NOOP(
                    "Errors", "“{file}” cannot be locked for writing."), file=path.name)) from None
        # Through another hard link to the file, a crashed writer's unsaved pages would be invisible.
        sqlite_path = lock.open_path if lock is not None else (last_writer_path(path) or path)
        try:
            if read_only:
                conn, version = connect_read_only(
                    sqlite_path, path.name, _identify, lambda name: NotAWorkbook(_not_a_workbook(name)),
                    damaged=DamagedWorkbook, interrupted=_interrupted_change, damaged_sentence=_damaged)
            else:
                # Before SQLite may replay (and, on closing, checkpoint) a leftover -wal into the file.
                check_leftover_wal(sqlite_path, path.name, _damaged)
                conn = sqlite3.connect(sqlite_path, isolation_level=None)
                try:
                    version = _identify(conn, path.name)
                except BaseException:
                    conn.close()
                    raise
            store = cls(path, Database(conn), read_only, lock)
            if version < SCHEMA_VERSION:
                if read_only:
                    # Read an older workbook without touching it: upgrade a copy in memory.
                    memory = sqlite3.connect(":memory:", isolation_level=None)
                    conn.backup(memory)
                    conn.close()
                    _pragmas(memory)
                    store = cls(path, Database(memory), True, None)
                else:
                    try:
                        write_backup(conn, path, version, APPLICATION_ID)
                    except BaseException:
                        conn.close()
                        raise
                store._migrate(version)
            if not read_only:
                conn.execute("PRAGMA journal_mode=WAL")
            return store
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def _migrate(self, from_version: int) -> None:
        with self.db.atomic():
            for number in range(from_version, SCHEMA_VERSION):
                MIGRATIONS[number](self.db)
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One write transaction (nested: a savepoint); refused on a read-only workbook."""
        self.guard_writable()
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            raise WorkbookError(Message(QT_TRANSLATE_NOOP(
                "Errors", "“{file}” could not be written ({reason}); nothing of this change was saved."),
                file=self.path.name, reason=str(exc))) from None

    def guard_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyWorkbook(Message(QT_TRANSLATE_NOOP(
                "Errors", "“{file}” is open read-only; nothing was changed."), file=self.path.name))

    def query(self, sql: str, params: tuple | list | dict = ()) -> list[dict]:
        cursor = self.db.conn.execute(sql, params)
        cols = [d[0] for d in cursor.description]
        return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: tuple | list | dict = ()) -> object:
        row = self.db.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        try:
            if not self.read_only:
                try:
                    self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.DatabaseError:
                    pass
            self.db.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _identify(conn: sqlite3.Connection, name: str) -> int:
    """The workbook's format version, after checking that it is an intact workbook this version can read.

    SQLite reads the header itself: no other descriptor of the file is opened and
    closed in this process (that would drop SQLite's locks, see ``store/lock.py``).
    """
    try:
        _pragmas(conn)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        raise NotAWorkbook(_not_a_workbook(name)) from None
    if app_id != APPLICATION_ID:
        raise NotAWorkbook(_not_a_workbook(name))
    if version > SCHEMA_VERSION:
        raise NewerWorkbook(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” was written by a newer version of Sahel Panel (workbook format {version}, "
                      "this version reads up to {supported}); update Sahel Panel to open it."),
            file=name, version=version, supported=SCHEMA_VERSION))
    try:
        problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem != "ok":
        raise DamagedWorkbook(_damaged(name, problem))
    return version


def _damaged(name: str, problem: str) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Errors", "“{file}” is damaged ({problem}) and cannot be opened."), file=name, problem=one_line(problem))


def _interrupted_change(name: str) -> InterruptedChange:
    return InterruptedChange(Message(QT_TRANSLATE_NOOP(
        "Errors", "“{file}” holds a change that was interrupted (its “{file}-journal” is still beside it); "
                  "opening it for writing, with a series command that changes it, will roll that change back, "
                  "and it can be read after that."), file=name))


def _not_a_workbook(name: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "“{file}” is not a Sahel Panel series workbook."), file=name)
