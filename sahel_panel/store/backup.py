"""The copy of an older session (or series workbook) kept beside it before it is migrated (``FILE.vN-backup``).

Users expect an upgrade to keep the original, and a migration must never run
without a good copy of it. A kill while the copy was being written used to
leave an empty backup (or one with a hot journal) that the next open trusted
because it existed. So the copy is written like every export: to a temporary
file beside it, fsynced (``VACUUM INTO`` does not sync), checked — SQLite
integrity, identity, version — then renamed into place and the folder
fsynced. A backup already there is checked the same way and replaced when it
is broken; the migration starts only once a verified backup is on disk.
Temporary copies left by a killed attempt are removed by the next one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.store.errors import StoreError
from sahel_panel.store.schema import APPLICATION_ID


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}-backup")


def backup_problem(backup: Path, version: int, application_id: int = APPLICATION_ID) -> str | None:
    """Why ``backup`` is not a good copy of a version-``version`` file; ``None`` when it is.

    ``application_id`` tells the kind of file (a session's by default; a series
    workbook passes its own).
    """
    if backup.is_symlink() or not backup.is_file():
        return "not a file"
    for suffix in ("-journal", "-wal"):
        if Path(f"{backup}{suffix}").exists():
            return f"a leftover {suffix[1:]} beside it"
    try:
        # immutable: reading a backup must not create or need anything beside it.
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if (app_id, found) != (application_id, version):
            return f"identity {app_id:#x}, version {found}"
        result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        return None if result == "ok" else result
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def write_backup(conn: sqlite3.Connection, path: Path, version: int, application_id: int = APPLICATION_ID) -> Path:
    """Make sure a verified backup of the open file ``conn`` (at ``version``) is beside ``path``.

    Sessions and series workbooks alike (``application_id`` says which the copy must be).
    """
    backup = backup_path(path, version)
    _remove_stale_parts(backup)
    if backup_problem(backup, version, application_id) is None:
        return backup
    fd, name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        tmp.unlink()  # VACUUM INTO creates the file itself
        conn.execute("VACUUM INTO ?", (str(tmp),))
        with open(tmp, "rb+") as fh:  # the new copy's own descriptor, never the session's
            os.fsync(fh.fileno())
        problem = backup_problem(tmp, version, application_id)
        if problem is not None:
            raise StoreError(Message(QT_TRANSLATE_NOOP(
                "Errors", "The copy of “{file}” made before upgrading it could not be verified ({reason}); "
                          "“{file}” was not upgraded."), file=path.name, reason=problem))
        for suffix in ("-journal", "-wal", "-shm"):  # of the copy being replaced: never to be replayed onto this one
            Path(f"{backup}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, backup)
        _fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{backup}”, the copy of “{file}” kept before upgrading it, could not be written ({reason}); "
                      "“{file}” was not upgraded."),
            backup=backup.name, file=path.name, reason=getattr(exc, "strerror", None) or str(exc))) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return backup


def _remove_stale_parts(backup: Path) -> None:
    for stale in backup.parent.glob(f".{glob_escape(backup.name)}.*.part"):
        with contextlib.suppress(OSError):
            stale.unlink()


def glob_escape(name: str) -> str:
    """``name`` as a literal in a glob pattern."""
    import glob

    return glob.escape(name)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; the rename is durable there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
