"""Schema of the session file as a list of forward migrations.

Migration N brings a file from ``user_version`` N-1 to N. They run in one
transaction, so a crash mid-migration leaves the file at its old version.
Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

from sahel_panel.store.connection import Database

V1 = """
CREATE TABLE session (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    series TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT 'other',
    event TEXT NOT NULL DEFAULT '',
    venue TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT 'en,fr,ar',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE question (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    text_en TEXT NOT NULL DEFAULT '',
    text_fr TEXT NOT NULL DEFAULT '',
    text_ar TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE speaker (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'other',
    gender TEXT NOT NULL DEFAULT 'not_stated',
    youth INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE turn (
    id TEXT PRIMARY KEY,
    speaker_id TEXT NOT NULL REFERENCES speaker(id),
    question_id TEXT REFERENCES question(id) ON DELETE SET NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE TABLE contribution (
    id TEXT PRIMARY KEY,
    speaker_id TEXT REFERENCES speaker(id),
    question_id TEXT REFERENCES question(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    kind TEXT NOT NULL DEFAULT 'statement',
    recorded_at TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE recommendation (
    id TEXT PRIMARY KEY,
    question_id TEXT REFERENCES question(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL DEFAULT 'draft',
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE recommendation_revision (
    id TEXT PRIMARY KEY,
    recommendation_id TEXT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (recommendation_id, number)
);
CREATE TABLE recommendation_source (
    recommendation_id TEXT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    contribution_id TEXT NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
    created TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, contribution_id)
);
CREATE INDEX contribution_question ON contribution(question_id, recorded_at);
CREATE INDEX turn_speaker ON turn(speaker_id);
CREATE INDEX recommendation_question ON recommendation(question_id, position);
"""

V2 = """
ALTER TABLE contribution ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
CREATE UNIQUE INDEX turn_single_open ON turn((ended_at IS NULL)) WHERE ended_at IS NULL;
CREATE INDEX recommendation_source_contribution ON recommendation_source(contribution_id);
CREATE TABLE draft (
    editor TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    context TEXT NOT NULL DEFAULT '{}',
    updated TEXT NOT NULL
);
"""


def _v1(db: Database) -> None:
    _script(db, V1)


def _v2(db: Database) -> None:
    import sqlite_utils  # only when creating or upgrading a file: keeps start-up light

    _script(db, V2)
    # Full-text search in every language: unicode61 folds Latin accents and
    # treats Arabic letters as word characters, so "securite" finds "sécurité".
    utils = sqlite_utils.Database(db.conn)
    utils["contribution"].enable_fts(["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")
    utils["recommendation"].enable_fts(["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


# Characters that only steer direction or joining: as separators, a word typed
# between bidi marks (common when pasting Arabic/Latin mixes) is still found.
FTS_SEPARATORS = "\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


def _fts_v3(table: str) -> str:
    return f"""
DROP TRIGGER IF EXISTS {table}_ai;
DROP TRIGGER IF EXISTS {table}_ad;
DROP TRIGGER IF EXISTS {table}_au;
DROP TABLE IF EXISTS {table}_fts;
CREATE VIRTUAL TABLE {table}_fts USING FTS5 (
    text,
    tokenize = "unicode61 remove_diacritics 2 separators '{FTS_SEPARATORS}'",
    content = "{table}"
);
CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
  INSERT INTO {table}_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
  INSERT INTO {table}_fts ({table}_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER {table}_au AFTER UPDATE OF text ON {table} BEGIN
  INSERT INTO {table}_fts ({table}_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO {table}_fts (rowid, text) VALUES (new.rowid, new.text);
END;
INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild');
"""


def _v3(db: Database) -> None:
    """Re-create the search index with bidi marks as word separators; re-index text only when it changes."""
    _script(db, _fts_v3("contribution") + _fts_v3("recommendation"))


def _script(db: Database, script: str) -> None:
    """Statement by statement inside the migration's transaction (see ``Database.executescript``)."""
    assert db.conn.in_transaction, "migrations must run inside a transaction"
    db.executescript(script)


V4 = """
ALTER TABLE turn ADD COLUMN created TEXT NOT NULL DEFAULT '';
ALTER TABLE turn ADD COLUMN updated TEXT NOT NULL DEFAULT '';
UPDATE turn SET created = started_at, updated = coalesce(ended_at, started_at);
"""


def _v4(db: Database) -> None:
    """Turns get created/updated times like every other row (merging files needs to know the latest edit)."""
    _script(db, V4)


def _fts_v5(table: str) -> str:
    return f"""
CREATE VIRTUAL TABLE {table}_fts USING FTS5 (
    search_text,
    tokenize = "unicode61 remove_diacritics 2 separators '{FTS_SEPARATORS}'",
    content = "{table}"
);
CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
  INSERT INTO {table}_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
  INSERT INTO {table}_fts ({table}_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER {table}_au AFTER UPDATE OF search_text ON {table} BEGIN
  INSERT INTO {table}_fts ({table}_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
  INSERT INTO {table}_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild');
"""


def _v5(db: Database) -> None:
    """Index a folded copy of the text (``search_text``), so "الامن" finds "الأمن" (see ``domain.search_text``).

    The column is filled here for existing rows and by the services on every write of ``text``.
    """
    from sahel_panel.domain.search_text import fold

    for table in ("contribution", "recommendation"):
        _script(db, f"""
DROP TRIGGER IF EXISTS {table}_ai;
DROP TRIGGER IF EXISTS {table}_ad;
DROP TRIGGER IF EXISTS {table}_au;
DROP TABLE IF EXISTS {table}_fts;
ALTER TABLE {table} ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
""")
        rows = db.execute(f"SELECT rowid, text FROM {table}").fetchall()
        db.conn.executemany(f"UPDATE {table} SET search_text=? WHERE rowid=?",
                            [(fold(text), rowid) for rowid, text in rows])
        _script(db, _fts_v5(table))


V6 = """
ALTER TABLE speaker ADD COLUMN age_group TEXT NOT NULL DEFAULT 'not_stated';
UPDATE speaker SET age_group = CASE WHEN youth = 1 THEN 'under_45' ELSE 'not_stated' END;
ALTER TABLE speaker DROP COLUMN youth;
"""


def _v6(db: Database) -> None:
    """Speakers get an age group (under 45, 45 and over, not stated) instead of a yes/no youth flag.

    Until now an empty youth cell imported as "no", so 0 never told "45 and over" from "not given"
    (the report printed them together as "45 and over or not stated"): 0 becomes "not_stated",
    claiming no age the file never knew; 1 becomes "under_45".
    """
    _script(db, V6)


V7 = """
ALTER TABLE session ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE speaker ADD COLUMN role TEXT NOT NULL DEFAULT '';
"""


def _v7(db: Database) -> None:
    """The venue's time zone, the rapporteur's summary, translated session texts, speaker roles.

    Files from before knew no zone: every time was shown in the zone of the
    computer displaying it. The migration records that computer's zone (the
    rapporteur's laptop at the venue, when it opens its own file), so times
    read as they did; set-up can correct it. ``translations`` is JSON,
    ``{"fr": {"title": ...}, "ar": {...}}``.
    """
    from sahel_panel.domain.clock import local_zone_name

    _script(db, V7)
    db.execute("UPDATE session SET time_zone=?", (local_zone_name(),))


APPLICATION_ID = 0x53484C50  # "SHLP", in the header of every session file

MIGRATIONS: list[Callable[[Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
SCHEMA_VERSION = len(MIGRATIONS)
