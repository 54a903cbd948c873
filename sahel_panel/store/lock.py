"""Exclusive writer lock on a session file.

An OS lock rather than a marker file: the kernel drops it when the process
dies, even on SIGKILL, so a crash never leaves a session locked.

On POSIX it is a ``flock`` on the database file itself. ``flock`` locks are
independent of the ``fcntl`` locks SQLite uses, and the descriptor stays open
until after SQLite's connection is closed, so SQLite's own locks are never
dropped by closing it. Windows locks are mandatory and would block SQLite's
readers, so there a sidecar ``FILE.lock`` carries the lock instead.
"""

from __future__ import annotations

import os
from pathlib import Path


class LockHeld(Exception):
    """Another process holds the writer lock."""


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._fd: int | None = None

    def acquire(self, create: bool = False) -> None:
        """Take the lock; with ``create`` the database file must not exist yet and is created empty."""
        fd = _open(self.db_path, create)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise LockHeld() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _open(db_path: Path, create: bool) -> int:
        if create:
            os.close(os.open(db_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644))
        return os.open(db_path.with_name(db_path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, 0)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _open(db_path: Path, create: bool) -> int:
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL if create else os.O_RDONLY
        return os.open(db_path, flags, 0o644)

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
