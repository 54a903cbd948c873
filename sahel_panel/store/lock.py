"""Exclusive writer lock on a session file (or any SQLite file the app writes), for every path to it.

Public API (also used by the series workbook): :class:`WriterLock` with
``acquire(create=False)`` / ``release()`` (or ``with WriterLock(path):``),
:class:`LockHeld` when another writer has it, :func:`last_writer_path` (the
path through which the file was last opened for writing, to open it the same
way) and :func:`lock_path` (the sidecar's name, so exports can refuse to
overwrite it).

Why two lock files, and neither of them the database file:

* **Keyed on the file itself.** Two writers through two different paths to one
  file (a hard link in another folder, a symlink) would each get their own
  ``-wal`` file from SQLite, which names it after the path, and together they
  corrupt the database. So the lock that decides is keyed on the file's
  identity — ``(st_dev, st_ino)`` from ``os.stat``, which on Windows is the
  volume serial number and the file index — and lives in one per-user folder
  of this machine (:func:`lock_dir`). Every path to one file meets it.
* **Beside the file, too.** ``FILE.lock`` next to the (symlink-resolved) path
  is also taken, so two machines writing one session over a network share
  still exclude each other (an identity lock in a local folder cannot see the
  other machine).
* **An OS lock, not a marker.** ``flock`` on POSIX, ``msvcrt.locking``
  (``LockFileEx`` underneath) on Windows: the kernel drops it when the process
  dies, even on SIGKILL, so a crash never leaves a session locked. Stale lock
  files are empty and are simply reused.
* **Never a descriptor of the database file.** POSIX drops *all* of a
  process's ``fcntl`` locks on a file as soon as the process closes *any*
  descriptor of it, so opening and closing the database file here (after a
  refused second open, or while a read-only view stays open) would silently
  drop the locks SQLite's own connection holds; another program could then
  checkpoint and delete the live ``-wal`` (seen in ``tests/unit/test_store.py``).
  The identity is read with ``os.stat``, which opens nothing.

The identity lock file holds the path its holder opened. After a crash it stays
behind with that path in it, and :func:`last_writer_path` lets the next open
go through the same path: SQLite keeps the unsaved pages in ``PATH-wal``
beside the path the writer used, and a second path to the file would not see
them (and would later meet them as a foreign journal).

On POSIX the lock files are removed when the lock is released; the acquire
loop checks that the file it locked is still the one on disk, which keeps the
removal race-free. On Windows a file cannot be removed while another process
has it open, so removal after closing is equally safe.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

_LOCK_OFFSET = 1 << 16  # where the Windows lock byte sits, after the recorded path


class LockHeld(Exception):
    """Another process (or another open session in this process) holds the writer lock."""


def lock_path(db_path: Path) -> Path:
    """The sidecar beside the file: ``FILE.lock``."""
    return db_path.with_name(db_path.name + ".lock")


def lock_dir() -> Path:
    """The folder of identity locks: one per user and machine, the same for every process of that user.

    ``/tmp`` rather than ``$TMPDIR`` on POSIX, so that a program started from a
    terminal and one started from the desktop (which may differ in ``TMPDIR``)
    still meet; on Windows the user's temporary folder.
    """
    if os.name == "nt":  # pragma: no cover - Windows only
        return Path(tempfile.gettempdir()) / "sahel-panel-locks"
    base = Path("/tmp") if os.path.isdir("/tmp") else Path(tempfile.gettempdir())
    return base / f"sahel-panel-locks-{os.getuid()}"


def identity_lock_path(db_path: Path) -> Path:
    """The identity lock of the file ``db_path`` points to (following symlinks)."""
    st = os.stat(db_path)
    return lock_dir() / f"{st.st_dev:x}-{st.st_ino:x}.lock"


class WriterLock:
    """The writer lock of one database file; not re-entrant (a second ``acquire`` anywhere raises LockHeld)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(Path(os.path.realpath(self.db_path)))
        self._held: list[tuple[int, Path]] = []
        self.open_path = self.db_path
        """The path to give SQLite: the one a crashed writer used when it was another name of this file."""

    @property
    def held(self) -> bool:
        return bool(self._held)

    def acquire(self, create: bool = False) -> None:
        """Take the lock; with ``create`` the database file must not exist yet and is created empty.

        Raises :class:`LockHeld` when another writer has the file, ``FileExistsError``
        (``create``) and other ``OSError`` when the lock files cannot be made.
        Only a file this process has never opened is created and closed here, so
        no SQLite lock can be affected.
        """
        if self._held:
            raise LockHeld()
        if create:
            os.close(os.open(self.db_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644))
        try:
            self._held.append(_take(self.path))
            _ensure_private_dir(lock_dir())
            fd, ident = _take(identity_lock_path(self.db_path))
            self._held.append((fd, ident))
            self.open_path = _other_name(_read_holder(fd), self.db_path) or self.db_path
            _record_holder(fd, os.path.realpath(self.open_path))
        except BaseException:
            self.release()
            if create:
                self.db_path.unlink(missing_ok=True)
            raise

    def release(self) -> None:
        """Drop the lock (idempotent) and remove its files."""
        held, self._held = self._held, []
        for fd, path in reversed(held):
            _give_back(fd, path)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def last_writer_path(db_path: Path) -> Path | None:
    """The path the current (or last, crashed) writer of this file opened it through, if it is another name of it.

    ``None`` when there is no record, when it is ``db_path`` itself, or when the
    recorded path no longer names the same file.
    """
    try:
        ident = identity_lock_path(db_path)
        with open(ident, "rb") as fh:  # the lock file, never the database file
            raw = fh.read(_LOCK_OFFSET)
    except OSError:
        return None
    return _other_name(raw, db_path)


def _read_holder(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, _LOCK_OFFSET)


def _other_name(raw: bytes, db_path: Path) -> Path | None:
    if not raw.endswith(b"\n"):
        return None  # empty, being written, or not ours
    recorded = Path(os.fsdecode(raw[:-1]))
    if str(recorded) == os.path.realpath(db_path):
        return None
    try:
        return recorded if os.path.samefile(recorded, db_path) else None
    except OSError:
        return None


def _record_holder(fd: int, real_path: str) -> None:
    data = os.fsencode(real_path) + b"\n"
    if len(data) >= _LOCK_OFFSET:
        return
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


def _take(path: Path) -> tuple[int, Path]:
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise LockHeld() from None
        if _still_on_disk(fd, path):
            return fd, path
        # The previous holder removed the file between our open and our lock: retry on the new one.
        _unlock(fd)
        os.close(fd)


def _ensure_private_dir(folder: Path) -> None:
    """Create the lock folder for this user only; refuse one that another user made or a symlink."""
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    if os.name == "nt":  # pragma: no cover - Windows only
        return
    st = os.lstat(folder)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid():
        raise PermissionError(f"{folder} is not a folder of this user")


if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    _NOFOLLOW = 0

    def _lock(fd: int) -> None:
        # One byte past the recorded path (Windows locks are mandatory: a locked byte
        # cannot be read by others); LockFile allows locking past the end of the file.
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _still_on_disk(fd: int, path: Path) -> bool:
        return True  # an open file cannot be removed on Windows

    def _give_back(fd: int, path: Path) -> None:
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        try:
            os.unlink(path)  # fails while another process has it open: then it stays, harmless
        except OSError:
            pass

else:
    import fcntl

    _NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _still_on_disk(fd: int, path: Path) -> bool:
        try:
            on_disk = os.stat(path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)

    def _give_back(fd: int, path: Path) -> None:
        # Removed while still locked: a process that opened it meanwhile will
        # find, once it gets the lock, that it is no longer on disk, and retry.
        try:
            try:
                os.unlink(path)
            except OSError:
                pass
            _unlock(fd)
        finally:
            os.close(fd)
