"""Checking a file before it goes into a workbook, and reading it once, consistently.

A file is a snapshot (it carries a ``snapshot_manifest``) or a live session
file. Either way it is read only through SQLite and the services' read API
(:func:`sahel_panel.services.SessionService.read`), read-only:

- a **snapshot** is checked like ``sahel-panel check`` does (integrity and the
  SHA-256 manifest, :func:`sahel_panel.exchange.snapshot.verify`); its content
  id is the manifest's digest;
- a **live session** (perhaps open in the window, still recording) is first
  copied consistently with ``VACUUM INTO`` (through SQLite, so the window's
  locks in this same process are never disturbed), and the copy is read and
  digested the way a snapshot is — so a live file and a snapshot of the same
  state have the same content id.

Older session files are read through the migrations in memory (the file is
left untouched); newer ones, damaged, tampered and non-session files raise
:class:`Refused` with one sentence naming the file.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sahel_panel.domain.model import DomainError
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, Translatable, message_of
from sahel_panel.services.reading import SessionContent


class Refused(Translatable, Exception):
    """The file was not added; ``str()`` is one sentence naming it."""


@dataclass(frozen=True)
class Incoming:
    """A checked file and everything read from it."""

    path: Path
    kind: str  # "snapshot" or "session"
    file_sha256: str
    content_sha256: str
    snapshot_taken: str
    as_of: str  # the latest change recorded in the file
    row_counts: dict[str, int]
    content: SessionContent


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def inspect(path: str | os.PathLike[str], now: datetime | None = None) -> Incoming:
    """Check ``path`` and read it whole; :class:`Refused` with one sentence when it cannot go in."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise Refused(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” does not exist."), file=str(path)))
    if not path.is_file():
        raise Refused(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” is a folder, not a session file or snapshot."),
                              file=str(path)))
    if not os.access(path, os.R_OK):
        raise Refused(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” cannot be read (permission denied)."),
                              file=str(path)))
    is_snapshot = _has_manifest(path)
    if is_snapshot:
        return _snapshot(path, name)
    with tempfile.TemporaryDirectory(prefix="sahel-series-") as folder:
        return _live(path, name, Path(folder) / "copy.sahel", now or datetime.now(UTC))


def _has_manifest(path: Path) -> bool:
    from sahel_panel.exchange.snapshot import MANIFEST

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                (MANIFEST,)).fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        raise Refused(_unreadable(path)) from None


def _unreadable(path: Path) -> Message:
    """Not SQLite at all, or SQLite too damaged to list its tables (a truncated file)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError:
        header = b""
    if header == b"SQLite format 3\x00":
        return Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” is damaged (truncated or overwritten) and cannot be read; it was not added."),
            file=path.name)
    return _not_session(path.name)


def _not_session(name: str) -> Message:
    return Message(QT_TRANSLATE_NOOP(
        "Errors", "“{file}” is not a Sahel Panel session file or snapshot; it was not added."), file=name)


def _read(path: Path, name: str, now: datetime) -> SessionContent:
    from sahel_panel.services import SessionService
    from sahel_panel.store import DamagedSessionFile, NotASessionFile, StoreError

    try:
        with SessionService.open(path, read_only=True) as service:
            return service.read(now=now)
    except DamagedSessionFile as exc:
        raise Refused(message_of(exc)) from None
    except NotASessionFile:
        raise Refused(_not_session(name)) from None
    except (StoreError, DomainError) as exc:
        raise Refused(message_of(exc)) from None
    except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
        raise Refused(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” cannot be read as a session ({reason}); it was not added."),
            file=name, reason=str(exc))) from None


def _snapshot(path: Path, name: str) -> Incoming:
    from sahel_panel.exchange import snapshot

    try:
        manifest = snapshot.manifest(path)
    except sqlite3.Error:
        raise Refused(_unreadable(path)) from None
    taken = manifest.get("created", "")
    try:
        moment = datetime.fromisoformat(taken) if taken else datetime.now(UTC)
    except ValueError:
        moment = datetime.now(UTC)
    content = _read(path, name, moment)  # app id, version and SQLite integrity, with the store's sentences
    problems = snapshot.verify(path)
    if problems:
        if any("SHA-256 manifest" in p for p in problems):
            raise Refused(Message(QT_TRANSLATE_NOOP(
                "Errors", "“{file}” was changed after its snapshot was taken (its content does not match "
                          "its SHA-256 manifest); it was not added."), file=name))
        raise Refused(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” failed its snapshot check ({problem}); it was not added."),
            file=name, problem=problems[0]))
    import json

    try:
        counts = {str(k): int(v) for k, v in json.loads(manifest.get("table_counts", "{}")).items()}
    except (ValueError, TypeError, AttributeError):
        counts = {}
    return Incoming(path=path, kind="snapshot", file_sha256=sha256_of(path), content_sha256=manifest["digest"],
                    snapshot_taken=taken, as_of=as_of(content), row_counts=counts, content=content)


def _live(path: Path, name: str, copy: Path, now: datetime) -> Incoming:
    from sahel_panel.exchange.snapshot import canonical_digest
    from sahel_panel.store import DamagedSessionFile, NotASessionFile, Store, StoreError

    try:
        store = Store.open(path, read_only=True)
    except DamagedSessionFile as exc:
        raise Refused(message_of(exc)) from None
    except NotASessionFile:
        raise Refused(_not_session(name)) from None
    except StoreError as exc:
        raise Refused(message_of(exc)) from None
    try:
        store.backup_to(copy)  # one consistent state, even while the window records
    except sqlite3.Error as exc:
        raise Refused(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” cannot be read as a session ({reason}); it was not added."),
            file=name, reason=str(exc))) from None
    finally:
        store.close()
    conn = sqlite3.connect(copy)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        digest, counts = canonical_digest(conn)
    finally:
        conn.close()
    content = _read(copy, name, now)
    return Incoming(path=path, kind="session", file_sha256=sha256_of(copy), content_sha256=digest,
                    snapshot_taken="", as_of=as_of(content), row_counts=counts, content=content)


def as_of(content: SessionContent) -> str:
    """The latest moment recorded anywhere in the session (ISO 8601 UTC, as the store writes it)."""
    stamps = [content.info.updated, content.info.created]
    stamps += [s.updated for s in content.speakers]
    stamps += [t.ended_at or t.started_at for t in content.turns]
    stamps += [c.updated for c in content.contributions]
    stamps += [r.updated for r in content.recommendations]
    stamps += [v.created for revs in content.revisions.values() for v in revs]
    return max((s for s in stamps if s), default="")
