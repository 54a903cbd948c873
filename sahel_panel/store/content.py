"""What another tool could have written into a session: checked against the domain's rules when it is opened.

SQLite's integrity check says the pages are sound, not that the values are
ones Sahel Panel can read: a spreadsheet tool or a hand edit can leave bytes
that are not UTF-8, a BLOB where text belongs, a timestamp that is not one, a
position that is text, tags that are not JSON, a dropped column, two questions
at one position, or a ``user_version`` that no longer matches the tables.
Each of those used to end in an internal error deep in the report or the
window. :func:`problems` looks at every row once (one query per table, values
fetched as bytes so that nothing fails to decode) and returns every problem
with its table, row and column; :meth:`Store.open` refuses a file with
*blocking* problems in one sentence (``sahel-panel check`` lists them all),
while values that are merely unknown (a category a newer version may add)
are listed by ``check`` but do not stop the file from opening.

``SPEC`` is the schema as the services read it, with the version each column
appeared in (and was dropped in): a test builds every version through the
migrations and fails when a migration adds a column that is not listed here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from sahel_panel.domain import model
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message

# kind: text (TEXT, UTF-8), text? (or NULL), int, time (ISO 8601), time? (or NULL), time/'' (or empty),
# tags (JSON list of strings), json (any JSON), date ('' or YYYY-MM-DD), clock ('' or HH:MM), or a
# tuple of known values (text; others are listed, not blocking).
Column = tuple[str, object, int, int | None]  # name, kind, since version, dropped in version
SPEC: dict[str, list[Column]] = {
    "session": [
        ("id", "text", 1, None), ("title", "text", 1, None), ("series", "text", 1, None),
        ("area", model.AREAS, 1, None), ("event", "text", 1, None), ("venue", "text", 1, None),
        ("room", "text", 1, None), ("date", "date", 1, None), ("start_time", "clock", 1, None),
        ("end_time", "clock", 1, None), ("languages", "text", 1, None), ("created", "time/''", 1, None),
        ("updated", "time/''", 1, None), ("time_zone", "text", 7, None), ("summary", "text", 7, None),
        ("translations", "json", 7, None),
    ],
    "question": [
        ("id", "text", 1, None), ("position", "int", 1, None), ("text_en", "text", 1, None),
        ("text_fr", "text", 1, None), ("text_ar", "text", 1, None), ("created", "time/''", 1, None),
        ("updated", "time/''", 1, None),
    ],
    "speaker": [
        ("id", "text", 1, None), ("name", "text", 1, None), ("title", "text", 1, None),
        ("organisation", "text", 1, None), ("country", "text", 1, None), ("category", model.CATEGORIES, 1, None),
        ("gender", model.GENDERS, 1, None), ("youth", "int", 1, 6), ("created", "time/''", 1, None),
        ("updated", "time/''", 1, None), ("age_group", "text", 6, None), ("role", "text", 7, None),
    ],
    "turn": [
        ("id", "text", 1, None), ("speaker_id", "text", 1, None), ("question_id", "text?", 1, None),
        ("started_at", "time", 1, None), ("ended_at", "time?", 1, None), ("created", "time/''", 4, None),
        ("updated", "time/''", 4, None),
    ],
    "contribution": [
        ("id", "text", 1, None), ("speaker_id", "text?", 1, None), ("question_id", "text?", 1, None),
        ("text", "text", 1, None), ("language", model.LANGUAGES, 1, None), ("kind", model.KINDS, 1, None),
        ("recorded_at", "time", 1, None), ("created", "time/''", 1, None), ("updated", "time/''", 1, None),
        ("tags", "tags", 2, None), ("search_text", "text", 5, None),
    ],
    "recommendation": [
        ("id", "text", 1, None), ("question_id", "text?", 1, None), ("text", "text", 1, None),
        ("language", model.LANGUAGES, 1, None), ("status", model.STATUSES, 1, None), ("position", "int", 1, None),
        ("created", "time/''", 1, None), ("updated", "time/''", 1, None), ("search_text", "text", 5, None),
    ],
    "recommendation_revision": [
        ("id", "text", 1, None), ("recommendation_id", "text", 1, None), ("number", "int", 1, None),
        ("text", "text", 1, None), ("language", "text", 1, None), ("status", "text", 1, None),
        ("created", "time/''", 1, None),
    ],
    "recommendation_source": [
        ("recommendation_id", "text", 1, None), ("contribution_id", "text", 1, None),
        ("created", "time/''", 1, None),
    ],
    "draft": [
        ("editor", "text", 2, None), ("text", "text", 2, None), ("context", "json", 2, None),
        ("updated", "time/''", 2, None),
    ],
}
TABLE_SINCE = {"draft": 2}


@dataclass(frozen=True)
class ContentProblem:
    """One value (or column, or table) Sahel Panel cannot use. ``row`` is the row's id (or rowid); '' for a column."""

    table: str
    row: str
    column: str
    message: str  # a Message
    blocking: bool = True

    def where(self) -> str:
        if not self.table:
            return ""
        parts = [f"table {self.table}"]
        if self.row:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}" if self.table else str(self.message)


def expected_columns(version: int) -> dict[str, set[str]]:
    """Tables and columns a file of ``version`` has (as far as ``SPEC`` knows them)."""
    out: dict[str, set[str]] = {}
    for table, columns in SPEC.items():
        if TABLE_SINCE.get(table, 1) > version:
            continue
        out[table] = {name for name, _, since, until in columns if since <= version and (until is None or version < until)}
    return out


def problems(conn: sqlite3.Connection, version: int) -> list[ContentProblem]:
    """Every problem of the file's content; ``version`` is its ``user_version`` (already known to be readable)."""
    from sahel_panel.store.schema import SCHEMA_VERSION

    if version < 0 or version > SCHEMA_VERSION:
        return [ContentProblem("", "", "", Message(QT_TRANSLATE_NOOP(
            "Errors", "file format {version} does not exist."), version=version))]
    actual = _actual_columns(conn)
    found: list[ContentProblem] = []
    session_tables = set(SPEC)
    if version == 0:
        if actual.keys() & session_tables:
            found.append(ContentProblem("", "", "", Message(QT_TRANSLATE_NOOP(
                "Errors", "the file says file format 0 (empty) but holds session tables: its format number was changed."))))
        return found
    newer = {name for table, cols in SPEC.items() for name, _, since, _u in cols
             if since > version and table in actual and name in actual[table]}
    if newer:
        return [ContentProblem("", "", "", Message(QT_TRANSLATE_NOOP(
            "Errors", "the file says file format {version} but has columns of a later format ({columns}): "
                      "its format number was changed."), version=version, columns=", ".join(sorted(newer))))]
    expected = expected_columns(version)
    for table, columns in expected.items():
        if table not in actual:
            found.append(ContentProblem(table, "", "", Message(QT_TRANSLATE_NOOP(
                "Errors", "the table is missing (file format {version} has it)."), version=version)))
            continue
        for column in sorted(columns - actual[table]):
            found.append(ContentProblem(table, "", column, Message(QT_TRANSLATE_NOOP(
                "Errors", "the column is missing (file format {version} has it)."), version=version)))
    if found:
        return found  # rows are only worth reading once the tables are the expected ones
    for table, columns in SPEC.items():
        present = [(name, kind) for name, kind, since, until in columns
                   if table in actual and name in actual[table]]
        if present:
            found += _rows(conn, table, present)
    found += _duplicate_positions(conn)
    return found


def _actual_columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: {r[0] for r in conn.execute("SELECT name FROM pragma_table_info(?)", (t,))} for t in tables
            if t in SPEC}


def _suspect(name: str, kind: object) -> str:
    """SQL that is true for every value of the column that *may* break ``kind`` (then checked in Python).

    Looking at each of the tens of thousands of values in Python would slow every
    open; SQL narrows it to the few suspects, and :func:`_value_problem` decides.
    """
    c = f'"{name}"'
    not_text = f"typeof({c}) <> 'text'"
    if kind == "int":
        return f"typeof({c}) <> 'integer'"
    if kind == "text?":
        return f"({c} IS NOT NULL AND {not_text})"
    # What the services write: 2023-03-11T11:30:00.000+00:00 (SQLite alone would take "12" for a Julian day).
    odd_time = (f"({c} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' OR julianday({c}) IS NULL"
                f" OR date({c}) IS NOT substr({c}, 1, 10))")
    if kind == "time":
        return f"({not_text} OR {odd_time})"
    if kind == "time?":
        return f"({c} IS NOT NULL AND ({not_text} OR {odd_time}))"
    if kind == "time/''":
        return f"({not_text} OR ({c} <> '' AND {odd_time}))"
    if kind == "tags":
        return (f"(CASE WHEN {not_text} THEN 1 WHEN {c} = '' THEN 0 WHEN NOT json_valid({c}) THEN 1"
                f" WHEN json_type({c}) <> 'array' THEN 1"
                f" WHEN EXISTS (SELECT 1 FROM json_each({c}) WHERE type <> 'text') THEN 1 ELSE 0 END)")
    if kind == "json":
        return f"(CASE WHEN {not_text} THEN 1 WHEN {c} = '' THEN 0 WHEN NOT json_valid({c}) THEN 1 ELSE 0 END)"
    if kind == "date":
        return f"({not_text} OR ({c} <> '' AND date({c}) IS NOT {c}))"
    if kind == "clock":
        return f"({not_text} OR ({c} <> '' AND {c} NOT GLOB '[01][0-9]:[0-5][0-9]' AND {c} NOT GLOB '2[0-3]:[0-5][0-9]'))"
    if isinstance(kind, tuple):
        known = ", ".join("'" + value.replace("'", "''") + "'" for value in kind)
        return f"({not_text} OR {c} NOT IN ({known}))"
    return not_text


def _rows(conn: sqlite3.Connection, table: str, columns: list[tuple[str, object]]) -> list[ContentProblem]:
    key = '"id"' if any(name == "id" for name, _ in columns) else "rowid"
    suspects = [_suspect(name, kind) for name, kind in columns]
    found: list[ContentProblem] = []
    previous = conn.text_factory
    conn.text_factory = bytes  # nothing may fail to decode while looking
    try:
        flagged: dict[int, tuple[object, set[int]]] = {}
        query = (f'SELECT rowid, {key}, {", ".join(suspects)} FROM "{table}" '
                 f'WHERE {" OR ".join(suspects)}')
        for row in conn.execute(query):
            flagged[row[0]] = (row[1], {i for i, bad in enumerate(row[2:]) if bad})
        # Text must be UTF-8: SQLite does not check. Every text column of the table joined in one
        # scan (a newline cannot complete a broken sequence) decodes fast; only a column that
        # fails is looked at row by row.
        texts = [(i, name) for i, (name, kind) in enumerate(columns) if kind != "int"]
        joined = conn.execute("SELECT " + ", ".join(
            f"group_concat(CASE WHEN typeof(\"{name}\") = 'text' THEN CAST(\"{name}\" AS BLOB) END, x'0a')"
            for _, name in texts) + f' FROM "{table}"').fetchone() if texts else ()
        for (i, name), blob in zip(texts, joined, strict=True):
            try:
                (blob or b"").decode("utf-8")
            except UnicodeDecodeError:
                for rowid, ident, value in conn.execute(
                        f'SELECT rowid, {key}, "{name}" FROM "{table}" WHERE typeof("{name}") = \'text\''):
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        flagged.setdefault(rowid, (ident, set()))[1].add(i)
        for rowid in sorted(flagged):
            ident, which = flagged[rowid]
            names = [columns[i][0] for i in sorted(which)]
            select = ", ".join(f'"{n}", typeof("{n}")' for n in names)
            values = conn.execute(f'SELECT {select} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
            for j, i in enumerate(sorted(which)):
                name, kind = columns[i]
                message = _value_problem(values[2 * j], values[2 * j + 1].decode(), kind)
                if message is not None:
                    found.append(ContentProblem(table, _label(ident, rowid), name, message,
                                                blocking=message.template != _UNKNOWN))
    finally:
        conn.text_factory = previous
    return found


def _label(ident: object, rowid: int) -> str:
    if isinstance(ident, bytes):
        try:
            text = ident.decode("utf-8")
            if text.isprintable() and 0 < len(text) <= 64:
                return text
        except UnicodeDecodeError:
            pass
    return f"#{rowid}"


_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "unknown value “{value}”; it is shown as it is.")


def _value_problem(value: object, sql_type: str, kind: object) -> Message | None:
    nullable = isinstance(kind, str) and kind.endswith("?")
    if value is None:
        return None if nullable else Message(QT_TRANSLATE_NOOP("Errors", "the value is missing (NULL)."))
    if kind == "int":
        if sql_type != "integer":
            return Message(QT_TRANSLATE_NOOP("Errors", "a whole number is expected, not {type} “{value}”."),
                           type=sql_type, value=_shown(value))
        return None
    if sql_type != "text":
        return Message(QT_TRANSLATE_NOOP("Errors", "text is expected, not {type} “{value}”."),
                       type=sql_type, value=_shown(value))
    assert isinstance(value, bytes)
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Message(QT_TRANSLATE_NOOP("Errors", "the text is not valid UTF-8 (byte {offset})."), offset=exc.start)
    if kind in ("time", "time?") or (kind == "time/''" and text):
        if not _is_time(text):
            return Message(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date and time (ISO 8601 expected)."),
                           value=_shown(text))
    elif kind == "tags":
        try:
            tags = json.loads(text or "[]")
        except ValueError:
            tags = None
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            return Message(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a JSON list of tags."), value=_shown(text))
    elif kind == "json":
        try:
            json.loads(text or "{}")
        except ValueError:
            return Message(QT_TRANSLATE_NOOP("Errors", "“{value}” is not JSON."), value=_shown(text))
    elif kind == "date" and text:
        try:
            datetime.strptime(text, "%Y-%m-%d")
        except ValueError:
            return Message(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (YYYY-MM-DD expected)."),
                           value=_shown(text))
    elif kind == "clock" and text:
        try:
            datetime.strptime(text, "%H:%M")
        except ValueError:
            return Message(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time of day (HH:MM expected)."),
                           value=_shown(text))
    elif isinstance(kind, tuple) and text not in kind:
        return Message(_UNKNOWN, value=_shown(text))
    return None


def _is_time(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _shown(value: object) -> str:
    if isinstance(value, bytes):
        return value[:40].hex() + ("…" if len(value) > 40 else "")
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _duplicate_positions(conn: sqlite3.Connection) -> list[ContentProblem]:
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        rows = conn.execute(
            "SELECT rowid, id, position FROM question WHERE position IN "
            "(SELECT position FROM question GROUP BY position HAVING count(*) > 1) ORDER BY position, rowid").fetchall()
    finally:
        conn.text_factory = previous
    return [ContentProblem("question", _label(ident, rowid), "position",
                           Message(QT_TRANSLATE_NOOP("Errors", "another question has position {position} too."),
                                   position=position))
            for rowid, ident, position in rows]


def refusal(name: str, found: list[ContentProblem]) -> Message:
    """The one sentence for a file with blocking problems: the first of them, and how to see the rest."""
    first = next(p for p in found if p.blocking)
    more = sum(p.blocking for p in found) - 1
    if more == 0:
        return Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” holds a value Sahel Panel cannot read ({problem}); it was changed by another "
                      "program; “sahel-panel check {file}” says more."), file=name, problem=str(first).rstrip("."))
    return Message(QT_TRANSLATE_NOOP(
        "Errors", "“{file}” holds values Sahel Panel cannot read ({problem}; {more} more); it was changed by another "
                  "program; “sahel-panel check {file}” lists them all."),
        file=name, problem=str(first).rstrip("."), more=more)
