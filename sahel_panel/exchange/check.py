"""``sahel-panel check``: what kind of file this is, and everything wrong with it."""

from __future__ import annotations

from pathlib import Path

from sahel_panel.exchange.errors import ExchangeError, Problem, display_name, read_text
from sahel_panel.exchange.speakers import load_speaker_list
from sahel_panel.exchange.templates import template_from_node
from sahel_panel.exchange.yamlsafe import parse
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, message_of
from sahel_panel.store import SCHEMA_VERSION, InvalidContent, StoreError
from sahel_panel.store.content import ContentProblem


def check_file(path: Path) -> tuple[str, list[Problem]]:
    """Return ``(kind, problems)``; ``kind`` is "template", "speaker list", "session file" or "file"."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            load_speaker_list(path)
            return "speaker list", []
        if suffix in (".yaml", ".yml", ".json"):  # JSON is YAML, and `new --template` takes it
            return _check_yaml(path)
        if suffix == ".sahel":
            return "session file", check_session(path)
    except ExchangeError as exc:
        return ("speaker list" if suffix == ".csv" else "file"), exc.problems
    return "file", [Problem(display_name(path), 0, "", Message(QT_TRANSLATE_NOOP(
        "Errors", "unknown kind of file; expected .yaml, .yml, .json, .csv or .sahel.")))]


def _check_yaml(path: Path) -> tuple[str, list[Problem]]:
    file = display_name(path)
    root = parse(read_text(path), file)
    is_template = root is not None and root.is_map and bool({"session", "questions", "format"} & root.value.keys())
    if is_template:
        try:
            template_from_node(root, path)
        except ExchangeError as exc:
            return "template", exc.problems
        return "template", []
    try:
        load_speaker_list(path)
    except ExchangeError as exc:
        return "speaker list", exc.problems
    return "speaker list", []


def check_session(path: Path) -> list[Problem]:
    """Open read-only (works while a window writes) and check integrity, keys and any snapshot manifest."""
    from sahel_panel.services import SessionService

    file = display_name(path)
    try:
        service = SessionService.open(path, read_only=True)
    except InvalidContent as exc:  # every value another program left that cannot be read
        return [_content(file, p) for p in exc.problems]
    except (StoreError, Exception) as exc:  # noqa: BLE001 - any refusal is the answer
        return [Problem(file, 0, "", message_of(exc))]
    problems: list[Problem] = [_content(file, p) for p in service.store.content_problems]
    try:
        db = service.store.db.conn
        result = [r[0] for r in db.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            problems += [Problem(file, 0, "", Message(QT_TRANSLATE_NOOP("Errors", "database damaged: {problem}"),
                                                      problem=r)) for r in result[:20]]
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
            problems.append(Problem(file, 0, table, Message(QT_TRANSLATE_NOOP(
                "Errors", "row {row} refers to a missing {parent}."), row=rowid, parent=parent)))
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            problems.append(Problem(file, 0, "", Message(QT_TRANSLATE_NOOP(
                "Errors", "file format {version}; this version writes {supported}."),
                version=version, supported=SCHEMA_VERSION)))
        open_turns = db.execute("SELECT count(*) FROM turn WHERE ended_at IS NULL").fetchone()[0]
        if open_turns > 1:
            problems.append(Problem(file, 0, "turn", Message(QT_TRANSLATE_NOOP(
                "Errors", "{count} turns are open at once."), count=open_turns)))
        if db.execute("SELECT 1 FROM sqlite_master WHERE name='snapshot_manifest'").fetchone():
            problems += _verify_snapshot(path)
    finally:
        service.close()
    return problems


def _content(file: str, problem: ContentProblem) -> Problem:
    if not problem.table:
        return Problem(file, 0, "", problem.message)
    return Problem(file, 0, "", Message(QT_TRANSLATE_NOOP("Errors", "{where}: {problem}"), where=problem.where(),
                                        problem=problem.message))


def _verify_snapshot(path: Path) -> list[Problem]:
    from sahel_panel.exchange import snapshot

    return [Problem(display_name(path), 0, "manifest", message) for message in snapshot.verify(path)]


__all__ = ["check_file", "check_session", "read_text"]
