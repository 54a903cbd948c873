"""Exclusive writer lock on a session file, held on a sidecar ``FILE.lock``.

An OS lock (``flock``/``LockFileEx``) rather than a marker file: the kernel
drops it when the process dies, even on SIGKILL, so a crash never leaves a
session locked.

The lock must never be taken on a descriptor of the database file itself:
POSIX drops *all* of a process's ``fcntl`` locks on a file as soon as the
process closes *any* descriptor of it, so closing the lock descriptor (after a
refused second open, or while a read-only view of the same file stays open)
would silently drop the locks SQLite's own connection holds. Another program
could then take the session for unused, checkpoint it and delete the ``-wal``
file under the live writer, and a crash would lose every word recorded after
that (seen in ``tests/unit/test_store.py``). A separate inode has no such
interaction.

On POSIX the sidecar is removed when the lock is released, so no stray file
stays beside a session that was closed normally; the acquire loop checks that
the file it locked is still the one on disk, which keeps removal race-free. A
sidecar left by a crash is empty, harmless, and reused by the next open.
"""

from __future__ import annotations

import os
from pathlib import Path


class LockHeld(Exception):
    """Another process (or another open session in this process) holds the writer lock."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def acquire(self, create: bool = False) -> None:
        """Take the lock; with ``create`` the database file must not exist yet and is created empty.

        Only a file this process has never opened is created and closed here, so
        no SQLite lock can be affected.
        """
        if create:
            os.close(os.open(self.db_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644))
        try:
            while True:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
                try:
                    _lock(fd)
                except OSError:
                    os.close(fd)
                    raise LockHeld() from None
                if _still_on_disk(fd, self.path):
                    break
                # The previous holder removed the sidecar between our open and our lock: retry on the new one.
                _unlock(fd)
                os.close(fd)
        except BaseException:
            if create:
                self.db_path.unlink(missing_ok=True)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _remove_sidecar(self.path)
            _unlock(fd)
        finally:
            os.close(fd)


if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, 0)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _still_on_disk(fd: int, path: Path) -> bool:
        return True  # an open file cannot be removed on Windows

    def _remove_sidecar(path: Path) -> None:
        pass  # it is open; it stays (an empty file)

else:
    import fcntl

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

    def _remove_sidecar(path: Path) -> None:
        # Removed while still locked: a process that opened it meanwhile will
        # find, once it gets the lock, that it is no longer on disk, and retry.
        try:
            os.unlink(path)
        except OSError:
            pass
