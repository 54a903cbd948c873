"""Snapshots: a clean single-file copy of a session that carries its own SHA-256 manifest.

``take`` copies with ``VACUUM INTO`` (a consistent read even while the window
keeps writing through its own connection), checks the copy's integrity, then
stores in the copy a ``snapshot_manifest`` table holding a SHA-256 digest over
a canonical dump of every session table. ``verify`` recomputes that digest,
so the secretariat can tell that a snapshot is complete and unchanged.

Canonical dump (version 1), fed line by line to SHA-256, UTF-8:
``application_id`` and ``user_version``; the schema (``type, name, sql`` of
every object but the manifest, ordered by type and name); then for each
table in name order (virtual full-text tables and their shadow tables
excepted: they are derived from the others) its name, its column names, and
every row as compact JSON, rows sorted by all their columns, so the digest
does not depend on rowids, which a later VACUUM may renumber.
A snapshot opened and changed afterwards no longer verifies, as it should.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sahel_panel import __version__
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, message_of
from sahel_panel.output import atomic
from sahel_panel.output.errors import ExportError, ReportCancelled

FORMAT = "sahel-panel/snapshot"
FORMAT_VERSION = "1"
MANIFEST = "snapshot_manifest"


def take(session_path: str | os.PathLike[str], out_path: str | os.PathLike[str],
         progress: Callable[[float], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> None:
    """Write a verified snapshot of ``session_path`` to ``out_path`` atomically.

    ``cancelled()`` is polled between steps; True raises :class:`ReportCancelled` and the
    temporary copy is removed (an older ``out_path`` stays as it was).
    """
    from sahel_panel.domain.model import DomainError
    from sahel_panel.services import SessionService
    from sahel_panel.store import StoreError

    atomic.check_target(out_path, source=session_path)
    try:
        service = SessionService.open(session_path, read_only=True)
    except (StoreError, DomainError) as exc:
        raise ExportError(message_of(exc)) from None
    try:
        _check(cancelled)
    except ReportCancelled:
        service.close()
        raise
    with atomic.temp_path(out_path) as tmp:
        try:
            service.store.backup_to(tmp)  # VACUUM INTO writes into the (empty) temporary file
        finally:
            service.close()
        _tick(progress, 0.5)
        _check(cancelled)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise ExportError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "The snapshot copy failed its integrity check; the session file may be damaged.")))
            conn.execute("PRAGMA journal_mode=DELETE")
            _check(cancelled)
            digest, counts = canonical_digest(conn)
            _check(cancelled)
            conn.execute("BEGIN")
            conn.execute(f"DROP TABLE IF EXISTS {MANIFEST}")  # a snapshot of a snapshot gets a fresh manifest
            conn.execute(f"CREATE TABLE {MANIFEST} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            rows = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "algorithm": "sha256",
                "digest": digest,
                "table_counts": json.dumps(counts, sort_keys=True),
                "source": Path(session_path).name,
                "created": datetime.now(UTC).isoformat(timespec="seconds"),
                "generator": f"Sahel Panel {__version__}",
            }
            conn.executemany(f"INSERT INTO {MANIFEST} (key, value) VALUES (?, ?)", rows.items())
            conn.execute("COMMIT")
        finally:
            conn.close()
        _tick(progress, 0.8)
        _check(cancelled)
        problems = verify(tmp)
        if problems:
            raise ExportError(Message(QT_TRANSLATE_NOOP(
                "Errors", "The snapshot could not be verified after writing: {problem}"), problem=problems[0]))
        _check(cancelled)
    _tick(progress, 1.0)


def _content_tables(conn: sqlite3.Connection) -> list[str]:
    objects = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table' ORDER BY name").fetchall()
    virtual = [name for name, sql in objects if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    out = []
    for name, _ in objects:
        if name.startswith("sqlite_") or name == MANIFEST or name in virtual:
            continue
        if any(name.startswith(v + "_") for v in virtual):
            continue
        out.append(name)
    return out


def quote_name(name: str) -> str:
    """An SQL identifier for any table name another tool may have used (``"`` doubled)."""
    return '"' + name.replace('"', '""') + '"'


def _encode(value: object) -> object:
    if isinstance(value, bytes):
        return {"$bytes": value.hex()}
    if isinstance(value, float):
        return {"$float": repr(value)}
    return value


def canonical_digest(conn: sqlite3.Connection) -> tuple[str, dict[str, int]]:
    """SHA-256 over the canonical dump described in the module docstring, and rows per table."""
    h = hashlib.sha256()

    def line(obj: object) -> None:
        h.update(json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        h.update(b"\n")

    line(["sahel-snapshot", FORMAT_VERSION])
    line(["application_id", conn.execute("PRAGMA application_id").fetchone()[0]])
    line(["user_version", conn.execute("PRAGMA user_version").fetchone()[0]])
    for row in conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE tbl_name <> ? ORDER BY type, name", (MANIFEST,)
    ):
        line(["schema", *row])
    counts: dict[str, int] = {}
    for table in _content_tables(conn):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({quote_name(table)})")]
        line(["table", table, columns])
        order = ", ".join(str(i) for i in range(1, len(columns) + 1))
        n = 0
        for row in conn.execute(f"SELECT * FROM {quote_name(table)} ORDER BY {order}"):
            line([_encode(v) for v in row])
            n += 1
        counts[table] = n
    return h.hexdigest(), counts


def verify(path: str | os.PathLike[str]) -> list[str]:
    """Problems of a snapshot file (empty list: complete, intact and unchanged since it was taken)."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        return [f"“{name}” does not exist or is not a file."]
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return [f"“{name}” is not a Sahel Panel snapshot (not an SQLite file)."]
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return [f"“{name}” cannot be read: {exc}."]
    try:
        problems: list[str] = []
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            return [f"“{name}” is damaged: {exc}."]
        if integrity != ["ok"]:
            problems += [f"integrity check: {r}" for r in integrity[:10]]
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (MANIFEST,)).fetchone():
            return [*problems, f"“{name}” carries no snapshot manifest; it was not made by “sahel-panel export”."]
        try:
            manifest = {str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM {MANIFEST}").fetchall()}
        except sqlite3.Error as exc:
            return [*problems, f"the snapshot manifest cannot be read ({exc})."]
        if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
            return [*problems, f"unknown snapshot format {manifest.get('format')!r} "
                               f"version {manifest.get('format_version')!r}."]
        if manifest.get("algorithm") != "sha256":
            return [*problems, f"unknown digest algorithm {manifest.get('algorithm')!r}."]
        try:
            digest, counts = canonical_digest(conn)
        except sqlite3.DatabaseError as exc:
            return [*problems, f"the content cannot be read: {exc}."]
        if digest != manifest.get("digest"):
            problems.append("the content does not match its SHA-256 manifest: "
                            "the file was changed after the snapshot was taken.")
            try:
                expected = json.loads(manifest.get("table_counts", "{}"))
            except ValueError:
                expected = {}
            if not isinstance(expected, dict):
                expected = {}
            expected = {str(k): v for k, v in expected.items() if isinstance(v, int)}
            for table in sorted(set(expected) | set(counts)):
                if expected.get(table) != counts.get(table):
                    problems.append(f"table {table}: {counts.get(table, 0)} rows, the manifest says "
                                    f"{expected.get(table, 0)}.")
        return problems
    finally:
        conn.close()


def manifest(path: str | os.PathLike[str]) -> dict[str, str]:
    """The manifest of a snapshot as stored (empty when there is none)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name=?", (MANIFEST,)).fetchone():
            return {}
        return dict(conn.execute(f"SELECT key, value FROM {MANIFEST}").fetchall())
    finally:
        conn.close()


def _tick(progress: Callable[[float], None] | None, value: float) -> None:
    if progress is not None:
        progress(value)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled()
