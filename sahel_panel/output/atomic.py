"""Write an output file atomically: a temporary file in the same folder, fsync, rename.

Used by the PDF, DOCX, JSON, snapshot and series writers so that a failure or a
cancellation never leaves a half-written file, and an older file of the
same name stays untouched until the new one is complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
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


@contextlib.contextmanager
def temp_path(out_path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``out_path``; on success it replaces ``out_path``.

    The caller writes the temporary file completely (by any means); on normal
    exit it is fsynced and renamed over the target, on any exception removed.
    """
    out = check_target(out_path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
