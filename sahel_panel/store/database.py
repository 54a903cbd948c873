"""Opening, identifying, migrating and guarding a session file.

Every file is checked before it is trusted: SQLite header, ``application_id``
and ``user_version``. Errors carry one sentence the user can act on.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.store import content
from sahel_panel.store.backup import write_backup
from sahel_panel.store.connection import Database
from sahel_panel.store.errors import (
    DamagedSessionFile,
    InvalidContent,
    NewerSessionFile,
    NotASessionFile,
    ReadOnlySession,
    SessionLocked,
    SessionNotWritable,
    StoreError,
    WriteFailed,
    _exists,
    _not_a_session,
    _read_only,
)
from sahel_panel.store.journal import check_leftover_wal, damaged_message, has_frames, hot_journal, interrupted_change
from sahel_panel.store.lock import LockHeld, WriterLock, last_writer_path
from sahel_panel.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "CheckStopped",
    "DamagedSessionFile",
    "InvalidContent",
    "NewerSessionFile",
    "NotASessionFile",
    "ReadOnlySession",
    "SessionLocked",
    "SessionNotWritable",
    "Store",
    "StoreError",
    "WriteFailed",
]


def _pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA recursive_triggers=ON")


class CheckStopped(Exception):
    """:meth:`Store.check` was interrupted by :meth:`Store.stop_check`: nothing was concluded."""


class Store:
    """An open session file. Use :meth:`create` or :meth:`open`, then :meth:`atomic`."""

    def __init__(self, path: Path, db: Database, read_only: bool, lock: WriterLock | None):
        self.path = path
        self.db = db
        self.read_only = read_only
        self._lock = lock
        self.content_problems: list[content.ContentProblem] = []
        self.checks_pending = False  # opened with check_later: call check() (from any thread) before trusting it
        self._checking: sqlite3.Connection | None = None
        self.in_memory = False  # an older file read-only: upgraded in a copy in memory
        self.sqlite_path = path
        """Values that are unknown but readable (``check`` lists them; see ``content.py``)."""

    # -- opening ---------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Store:
        """Create a new, empty session file; refuses to overwrite an existing one."""
        path = Path(path)
        if path.exists():
            raise StoreError(_exists(path))
        if not path.parent.exists():
            raise StoreError(Message(QT_TRANSLATE_NOOP("Errors", "The folder “{folder}” does not exist."),
                                     folder=str(path.parent)))
        lock = WriterLock(path)
        try:
            lock.acquire(create=True)
        except FileExistsError:
            raise StoreError(_exists(path)) from None
        except OSError as exc:
            raise StoreError(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” cannot be created ({reason})."),
                                     file=str(path), reason=exc.strerror)) from None
        conn = None
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            _pragmas(conn)
            conn.execute("PRAGMA journal_mode=WAL")
            db = Database(conn)
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            store = cls(path, db, False, lock)
            store._migrate(0)
            return store
        except BaseException as exc:
            if conn is not None:
                with suppress(sqlite3.Error):
                    conn.close()
            lock.release()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            if isinstance(exc, sqlite3.Error | OSError):
                raise StoreError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "“{file}” could not be created ({reason}); nothing was left behind."),
                    file=str(path), reason=_reason(exc))) from None
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False, check_later: bool = False) -> Store:
        """Open an existing session file, migrating it forward when it is older.

        Raises :class:`SessionLocked` when another process writes to it and
        :class:`SessionNotWritable` when the file or folder is read-only; the
        caller may then retry with ``read_only=True``.

        The two checks that read the whole file (SQLite's ``quick_check`` and the content's
        :func:`content.problems`) grow with it: 0.5 s at 100,000 contributions. ``check_later``
        leaves them to :meth:`check`, which the window runs in a worker once it is shown and
        closes the session on refusal. A file that must be migrated is always checked first.
        """
        path = Path(path)
        check_header(path)
        lock = None
        if not read_only:
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise SessionNotWritable(Message(QT_TRANSLATE_NOOP(
                    "Errors", "“{file}” cannot be written to (read-only file or folder); it can be opened read-only."),
                    file=path.name))
            lock = WriterLock(path)
            try:
                lock.acquire()
            except LockHeld:
                raise SessionLocked(Message(QT_TRANSLATE_NOOP(
                    "Errors", "“{file}” is already open for writing in another Sahel Panel window; "
                              "it can be opened read-only."), file=path.name)) from None
            except OSError:
                raise SessionNotWritable(Message(QT_TRANSLATE_NOOP(
                    "Errors", "“{file}” cannot be locked for writing; it can be opened read-only."),
                    file=path.name)) from None
        # SQLite keeps unsaved pages in PATH-wal beside the path a writer used: through another
        # hard link to the same file they would be invisible, so go through the writer's path.
        sqlite_path = lock.open_path if lock is not None else (last_writer_path(path) or path)
        try:
            if read_only:
                conn, version = _connect_read_only(sqlite_path, path.name, quick_check=not check_later)
            else:
                # Before SQLite may replay (and, on closing, checkpoint) a leftover -wal into the file.
                check_leftover_wal(sqlite_path, path.name)
                conn = sqlite3.connect(sqlite_path, isolation_level=None)
                try:
                    version = _identify(conn, path.name, quick_check=not check_later)
                except BaseException:
                    conn.close()
                    raise
            if check_later and version == SCHEMA_VERSION:
                found, pending = [], True
            else:
                if check_later:  # an older file: migrated below, so checked whole now
                    try:
                        _quick_check(conn, path.name)
                    except BaseException:
                        conn.close()
                        raise
                found, pending = content.problems(conn, version), False
            if any(p.blocking for p in found):
                conn.close()
                raise InvalidContent(content.refusal(path.name, found), found)
            store = cls(path, Database(conn), read_only, lock)
            store.content_problems = found
            store.checks_pending = pending
            store.sqlite_path = Path(sqlite_path)
            if version < SCHEMA_VERSION:
                if read_only:
                    # Read an older file without touching it: upgrade a copy in memory.
                    memory = sqlite3.connect(":memory:", isolation_level=None)
                    conn.backup(memory)
                    conn.close()
                    _pragmas(memory)
                    store = cls(path, Database(memory), True, None)
                    store.content_problems = found
                    store.in_memory = True
                    store._migrate(version)
                    return store
                try:
                    write_backup(conn, path, version)
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

    # -- use -------------------------------------------------------------
    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; nested calls become savepoints. Writes fail clearly when read-only."""
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.IntegrityError:
            raise  # a broken rule: the services turn these into DomainError where they can occur
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc):
                raise ReadOnlySession(_read_only(self.path.name)) from None
            raise WriteFailed(Message(QT_TRANSLATE_NOOP(
                "Errors", "“{file}” could not be written ({reason}); nothing of this change was saved. "
                "Free some disk space, or save a copy of the session elsewhere."),
                file=self.path.name, reason=str(exc))) from None

    def guard_writable(self) -> None:
        if self.read_only:
            raise ReadOnlySession(_read_only(self.path.name))

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        cursor = self.db.conn.execute(sql, params)
        cols = [d[0] for d in cursor.description]
        return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]

    def check(self) -> list[content.ContentProblem]:
        """The checks ``open(check_later=True)`` left: SQLite's quick_check and the content's, on a
        read-only connection of their own (safe from a worker thread while this one writes).

        Returns the non-blocking problems; raises :class:`DamagedSessionFile` or
        :class:`InvalidContent` with the sentence :meth:`open` would have given.
        """
        conn, version = _connect_read_only(self.sqlite_path, self.path.name, quick_check=False)
        self._checking = conn
        try:
            _quick_check(conn, self.path.name)
            found = content.problems(conn, version)
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise CheckStopped() from None
            raise
        finally:
            self._checking = None
            conn.close()
        if any(p.blocking for p in found):
            raise InvalidContent(content.refusal(self.path.name, found), found)
        self.content_problems = found
        self.checks_pending = False
        return found

    @contextmanager
    def apart(self) -> Iterator[Database | None]:
        """A read-only connection of its own (for a worker thread while this one writes); None for
        an older file read through an upgraded copy in memory, which no other connection can see."""
        if self.in_memory:
            yield None
            return
        conn, _version = _connect_read_only(self.sqlite_path, self.path.name, quick_check=False)
        try:
            yield Database(conn)
        finally:
            conn.close()

    def stop_check(self) -> None:
        """Interrupt a running :meth:`check` (closing, quitting): it raises :class:`CheckStopped`."""
        conn = self._checking
        if conn is not None:
            conn.interrupt()

    def integrity_ok(self) -> bool:
        return self.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def backup_to(self, target: Path) -> None:
        """A consistent copy, even while this connection (or another) writes."""
        self.db.conn.execute("VACUUM INTO ?", (str(target),))

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


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return "the disk is full" if "full" in str(exc) else str(exc)


def _identify(conn: sqlite3.Connection, name: str, quick_check: bool = True) -> int:
    """The file's schema version, after checking that it is an intact session this version can read.

    SQLite itself reads the header: no other descriptor of the file is opened and
    closed in this process (that would drop SQLite's locks, see lock.py).
    """
    try:
        _pragmas(conn)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        raise NotASessionFile(_not_a_session(name)) from None
    if app_id != APPLICATION_ID:
        raise NotASessionFile(_not_a_session(name))
    if version > SCHEMA_VERSION:
        raise NewerSessionFile(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” was written by a newer version of Sahel Panel "
                      "(file format {version}, this version reads up to {supported}); "
                      "update Sahel Panel to open it."),
            file=name, version=version, supported=SCHEMA_VERSION))
    if quick_check:
        _quick_check(conn, name)
    return version


def _quick_check(conn: sqlite3.Connection, name: str) -> None:
    try:
        problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise  # stopped (Store.stop_check), not damaged
        problem = str(exc)
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem != "ok":
        raise DamagedSessionFile(damaged_message(name, problem))


def _connect_read_only(path: Path, name: str, quick_check: bool = True) -> tuple[sqlite3.Connection, int]:
    """A read-only connection to a session and its version (see :func:`connect_read_only`)."""
    return connect_read_only(path, name, lambda conn, n: _identify(conn, n, quick_check),
                             lambda n: NotASessionFile(_not_a_session(n)))


def connect_read_only(path: Path, name: str, identify: Callable[[sqlite3.Connection, str], int],
                      not_recognised: Callable[[str], StoreError], *,
                      damaged: type[StoreError] = DamagedSessionFile,
                      interrupted: Callable[[str], StoreError] = interrupted_change,
                      damaged_sentence: Callable[[str, str], Message] = damaged_message,
                      ) -> tuple[sqlite3.Connection, int]:
    """A read-only connection and the file's version; when SQLite refuses, the sentence that says why.

    Read-only opens never change the file, so what SQLite cannot do without
    writing (roll back a hot journal, create the ``-shm`` of a file in a
    read-only folder, replay a WAL that is not this file's) is explained instead.

    Shared by sessions and series workbooks, each with its own identity and
    sentences: ``identify`` checks the file and returns its version, raising what
    ``not_recognised`` makes when SQLite cannot read it and ``damaged`` (or a
    subclass) when SQLite finds it damaged; ``interrupted`` names a hot journal
    and ``damaged_sentence`` a file damaged together with its ``-wal``.
    """
    unreadable = type(not_recognised(name))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        return conn, identify(conn, name)
    except (unreadable, sqlite3.DatabaseError) as exc:
        conn.close()
        if hot_journal(path):
            raise interrupted(name) from None
        if has_frames(path) and isinstance(exc, damaged) and _no_writer(path):
            check_leftover_wal(path, name, damaged_sentence)  # a -wal from elsewhere is named as such
        if type(exc) is not unreadable or os.access(path.parent, os.W_OK):
            raise
    # A folder this user cannot write to: SQLite cannot create the -shm a WAL file needs.
    conn = _open_immutable(path, name, not_recognised)
    try:
        return conn, identify(conn, name)
    except BaseException:
        conn.close()
        raise


def _no_writer(path: Path) -> bool:
    """Whether no process writes ``path`` now (then its -wal is a leftover, not live work)."""
    lock = WriterLock(path)
    try:
        lock.acquire()
    except (LockHeld, OSError):
        return False
    lock.release()
    return True


def _open_immutable(path: Path, name: str, not_recognised: Callable[[str], StoreError]) -> sqlite3.Connection:
    """Read a file on read-only media (a CD, a read-only share) without its -shm.

    Only safe when no journal holds changes the main file lacks; otherwise the
    user is told to copy the files somewhere writable.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise SessionNotWritable(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” is in a read-only folder and part of it is still in “{file}-wal”; "
                      "copy both files to a writable folder to open it."), file=name))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                               isolation_level=None)
        conn.execute("PRAGMA application_id").fetchone()
    except sqlite3.DatabaseError:
        raise not_recognised(name) from None
    return conn


def check_header(path: Path) -> None:
    """Refuse missing files and folders before SQLite touches them.

    The SQLite header itself is read by SQLite in :meth:`Store.open`: opening
    and closing a descriptor of the file here would drop the locks of any
    connection this process already has on it (see ``lock.py``).
    """
    if not path.exists():
        raise StoreError(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” does not exist."), file=str(path)))
    if path.is_dir():
        raise NotASessionFile(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” is a folder, not a Sahel Panel session file."),
                                      file=str(path)))
    if not os.access(path, os.R_OK):
        raise StoreError(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” cannot be read (permission denied)."),
                                 file=str(path)))
