"""Write an output file atomically: a temporary file in the same folder, fsync, rename.

Used by the PDF, DOCX, JSON, snapshot and series writers so that a failure or a
cancellation never leaves a half-written file, and an older file of the
same name stays untouched until the new one is complete.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.output.errors import ReportError


def check_target(out_path: str | os.PathLike[str], source: str | os.PathLike[str] | None = None) -> Path:
    """The output path, or :class:`ReportError` when its folder is missing or it is a folder.

    With ``source`` (the session being read), writing over the session itself or its
    ``-wal``/``-shm``/``.lock`` companions is refused: a report must never replace the
    file it reports on.
    """
    out = Path(out_path)
    if source is not None and _same_session(out, Path(source)):
        raise ReportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” is the session itself; choose another file name for the export."), file=out.name))
    if out.is_dir():
        raise ReportError(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” is a folder; give a file name to write to."),
                                  file=str(out)))
    if not out.parent.exists():
        raise ReportError(Message(QT_TRANSLATE_NOOP("Errors", "The folder “{folder}” does not exist."),
                                  folder=str(out.parent)))
    if not os.access(out.parent, os.W_OK):
        raise ReportError(Message(QT_TRANSLATE_NOOP("Errors", "The folder “{folder}” cannot be written to."),
                                  folder=str(out.parent)))
    return out


def _same_session(out: Path, source: Path) -> bool:
    try:
        source = source.resolve()
        target = out.resolve()
    except OSError:
        return False
    companions = {source, *(source.with_name(source.name + suffix) for suffix in ("-wal", "-shm", ".lock"))}
    if target in companions:
        return True
    try:
        return out.exists() and os.path.samefile(out, source)
    except OSError:
        return False


def fsync_dir(folder: Path) -> None:
    """Make the rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
# .NAME.HOST-PID-RANDOM.part: who wrote it, so that the next export can tell a dead writer's part.
_PART = re.compile(r"^\..+\.(?P<host>[0-9a-f]{8})-(?P<pid>[0-9]+)-[A-Za-z0-9_]+\.part$")
STALE_AFTER = 6 * 3600  # seconds; a part this old is stale even when its writer cannot be asked (other host)
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def remove_stale_parts(folder: Path) -> int:
    """Remove the temporary parts that killed exports left in ``folder``; returns how many.

    A part is stale when the process that wrote it (on this computer) is gone, or
    when it is older than ``STALE_AFTER``; parts of live exports are left alone.
    Only files named as :func:`temp_path` names them are touched.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = _PART.match(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        pid = int(match["pid"])
        dead = match["host"] == _HOST and pid != os.getpid() and not _alive(pid)
        if dead or age > STALE_AFTER:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - os.kill(pid, 0) would send CTRL_C_EVENT there
        return True  # only the age rule on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by another user
    return True


def write_failure(out: Path, exc: BaseException, tmp: Path | None = None) -> ReportError | None:
    """The sentence for an OS or SQLite failure while writing ``out`` (a full disk above all); None if not one.

    Other errors (a font that cannot be read, a cancelled export) keep their own sentence.
    """
    import sqlite3

    if isinstance(exc, OSError) and exc.errno in _FULL or (
            isinstance(exc, sqlite3.OperationalError) and "full" in str(exc)):
        return ReportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” could not be written because the disk is full; nothing was written, and an older "
                      "file of that name is untouched."), file=str(out)))
    ours = {str(out), str(tmp)} if tmp is not None else {str(out)}
    if isinstance(exc, OSError) and (exc.errno in (errno.EIO, errno.EROFS) or str(exc.filename) in ours):
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return ReportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” could not be written ({reason}); nothing was written (an older file of that "
                      "name is untouched)."), file=str(out), reason=reason))
    return None


@contextlib.contextmanager
def temp_path(out_path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``out_path``; on success it replaces ``out_path``.

    The caller writes the temporary file completely (by any means); on normal
    exit it is fsynced and renamed over the target, on any exception removed —
    and an OS or SQLite write failure (a full disk) becomes one sentence naming
    the target. Stale parts of killed exports in the folder are removed first.
    """
    out = check_target(out_path)
    remove_stale_parts(out.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.{_HOST}-{os.getpid()}-", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise write_failure(out, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        failure = write_failure(out, exc, tmp)
        if failure is not None:
            raise failure from None
        raise
