"""Schema of the series workbook (``.sahelbook``) as a list of forward migrations.

Migration N brings a workbook from ``user_version`` N-1 to N, inside one
transaction (a crash mid-migration leaves the file at its old version).
Never edit a migration that has shipped: append one to :data:`MIGRATIONS`
(the near-duplicate suggestions add their embeddings cache this way).

Table and column names are meant to be read by people browsing the file in
Datasette (``datasette serve -i BOOK.sahelbook``):

- ``workbook`` — one row: the series title.
- ``source_file`` — every file ever added: ``file_name``, ``file_sha256`` (of its
  bytes, what ``sha256sum`` prints), ``id`` = ``content_sha256`` (the SHA-256 of
  its content, the same digest as a snapshot manifest's), ``added_at``,
  ``replaced_by`` (the newer file of the same session; NULL while current).
- ``session``, ``question``, ``speaker``, ``turn``, ``contribution``,
  ``recommendation``, ``recommendation_revision``, ``recommendation_source`` —
  the sessions' own rows with their own UUIDs. Every row carries its origin:
  ``session_id`` and ``source_file_id`` (which file it came from, and so its
  name, SHA-256 and when it was added). ``in_latest_file`` is 0 for rows a
  newer file of the session no longer holds but a consolidation's trail still
  needs (they are never silently dropped).
- ``source_change`` — what a newer file changed or removed (vanished/changed).
- ``person`` — one person of the series; ``speaker.person_id`` points at it
  (speakers of several panels with the same folded name and organisation are
  one person; ``person_set_by`` is ``hand`` when the secretariat decided).
- ``preamble`` — the series report's opening text, one row per language (since version 3).
- ``chapter``, ``consolidated_recommendation``, ``consolidated_text`` (every
  revision, per language), ``consolidated_source`` (which source recommendation,
  and which of its revisions, a consolidated one was made from).
- ``embedding`` (migration 2) — the near-duplicate suggestions' cache: one
  vector per distinct text and model; ``text_key`` is the SHA-256 of the model
  id and the normalised text, ``vector`` little-endian float32 of ``dimensions``
  values. Only a cache: deleting its rows loses nothing but time.
"""

from __future__ import annotations

from collections.abc import Callable

from sahel_panel.store.connection import Database
from sahel_panel.store.schema import FTS_SEPARATORS

APPLICATION_ID = 0x5348424B  # "SHBK"

_ORIGIN = """
    session_id TEXT NOT NULL REFERENCES session(id),
    source_file_id TEXT NOT NULL REFERENCES source_file(id),
    in_latest_file INTEGER NOT NULL DEFAULT 1"""

V1 = f"""
CREATE TABLE workbook (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE source_file (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,
    session_id TEXT NOT NULL,
    session_title TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    snapshot_taken TEXT NOT NULL DEFAULT '',
    content_as_of TEXT NOT NULL,
    row_counts TEXT NOT NULL DEFAULT '{{}}',
    added_at TEXT NOT NULL,
    replaced_by TEXT REFERENCES source_file(id)
);
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
    time_zone TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    translations TEXT NOT NULL DEFAULT '{{}}',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    source_file_id TEXT NOT NULL REFERENCES source_file(id),
    first_added TEXT NOT NULL
);
CREATE TABLE person (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    match_key TEXT NOT NULL
);
CREATE TABLE question (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    text_en TEXT NOT NULL DEFAULT '',
    text_fr TEXT NOT NULL DEFAULT '',
    text_ar TEXT NOT NULL DEFAULT '',{_ORIGIN}
);
CREATE TABLE speaker (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT 'other',
    gender TEXT NOT NULL DEFAULT 'not_stated',
    age_group TEXT NOT NULL DEFAULT 'not_stated',
    role TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES person(id),
    person_set_by TEXT NOT NULL DEFAULT 'folding',{_ORIGIN}
);
CREATE TABLE turn (
    id TEXT PRIMARY KEY,
    speaker_id TEXT NOT NULL REFERENCES speaker(id),
    question_id TEXT REFERENCES question(id),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    seconds REAL NOT NULL,{_ORIGIN}
);
CREATE TABLE contribution (
    id TEXT PRIMARY KEY,
    speaker_id TEXT REFERENCES speaker(id),
    question_id TEXT REFERENCES question(id),
    text TEXT NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    kind TEXT NOT NULL DEFAULT 'statement',
    tags TEXT NOT NULL DEFAULT '[]',
    recorded_at TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,{_ORIGIN}
);
CREATE TABLE recommendation (
    id TEXT PRIMARY KEY,
    question_id TEXT REFERENCES question(id),
    text TEXT NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL DEFAULT 'draft',
    position INTEGER NOT NULL DEFAULT 0,
    latest_revision INTEGER NOT NULL DEFAULT 1,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,{_ORIGIN}
);
CREATE TABLE recommendation_revision (
    id TEXT PRIMARY KEY,
    recommendation_id TEXT NOT NULL REFERENCES recommendation(id),
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    created TEXT NOT NULL,{_ORIGIN},
    UNIQUE (recommendation_id, number)
);
CREATE TABLE recommendation_source (
    recommendation_id TEXT NOT NULL REFERENCES recommendation(id),
    contribution_id TEXT NOT NULL REFERENCES contribution(id),
    session_id TEXT NOT NULL REFERENCES session(id),
    PRIMARY KEY (recommendation_id, contribution_id)
);
CREATE TABLE source_change (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES session(id),
    recommendation_id TEXT NOT NULL REFERENCES recommendation(id),
    change TEXT NOT NULL,
    old_text TEXT NOT NULL DEFAULT '',
    new_text TEXT NOT NULL DEFAULT '',
    old_status TEXT NOT NULL DEFAULT '',
    new_status TEXT NOT NULL DEFAULT '',
    old_source_file_id TEXT REFERENCES source_file(id),
    new_source_file_id TEXT NOT NULL REFERENCES source_file(id),
    noted_at TEXT NOT NULL
);
CREATE TABLE chapter (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    area TEXT,
    title_en TEXT NOT NULL DEFAULT '',
    title_fr TEXT NOT NULL DEFAULT '',
    title_ar TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE consolidated_recommendation (
    id TEXT PRIMARY KEY,
    chapter_id TEXT NOT NULL REFERENCES chapter(id),
    position INTEGER NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE consolidated_text (
    id TEXT PRIMARY KEY,
    consolidated_id TEXT NOT NULL REFERENCES consolidated_recommendation(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (consolidated_id, language, number)
);
CREATE TABLE consolidated_source (
    consolidated_id TEXT NOT NULL REFERENCES consolidated_recommendation(id) ON DELETE CASCADE,
    recommendation_id TEXT NOT NULL REFERENCES recommendation(id),
    revision_number INTEGER NOT NULL,
    merged_text TEXT NOT NULL,
    merged_language TEXT NOT NULL,
    linked_at TEXT NOT NULL,
    PRIMARY KEY (consolidated_id, recommendation_id)
);
CREATE INDEX question_session ON question(session_id, position);
CREATE INDEX speaker_session ON speaker(session_id);
CREATE INDEX speaker_person ON speaker(person_id);
CREATE INDEX turn_session ON turn(session_id);
CREATE INDEX contribution_session ON contribution(session_id, recorded_at);
CREATE INDEX contribution_speaker ON contribution(speaker_id);
CREATE INDEX recommendation_session ON recommendation(session_id, question_id, position);
CREATE INDEX revision_session ON recommendation_revision(session_id);
CREATE INDEX source_session ON recommendation_source(session_id);
CREATE INDEX source_contribution ON recommendation_source(contribution_id);
CREATE INDEX change_recommendation ON source_change(recommendation_id);
CREATE INDEX consolidated_chapter ON consolidated_recommendation(chapter_id, position);
CREATE INDEX consolidated_by_source ON consolidated_source(recommendation_id);
CREATE INDEX source_file_session ON source_file(session_id);
CREATE VIRTUAL TABLE recommendation_fts USING FTS5 (
    search_text,
    tokenize = "unicode61 remove_diacritics 2 separators '{FTS_SEPARATORS}'",
    content = "recommendation"
);
CREATE TRIGGER recommendation_ai AFTER INSERT ON recommendation BEGIN
  INSERT INTO recommendation_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER recommendation_ad AFTER DELETE ON recommendation BEGIN
  INSERT INTO recommendation_fts (recommendation_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER recommendation_au AFTER UPDATE OF search_text ON recommendation BEGIN
  INSERT INTO recommendation_fts (recommendation_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
  INSERT INTO recommendation_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
"""


def _v1(db: Database) -> None:
    assert db.conn.in_transaction, "migrations must run inside a transaction"
    db.executescript(V1)


V2 = """
CREATE TABLE embedding (
    text_key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    dimensions INTEGER NOT NULL,
    vector BLOB NOT NULL,
    created_at TEXT NOT NULL
);
"""


def _v2(db: Database) -> None:
    """The near-duplicate suggestions' embeddings cache (``sahel_panel/series/similar_cache.py``).

    Written out here rather than imported: a shipped migration never changes,
    whatever the cache module becomes (a test checks the two agree).
    """
    assert db.conn.in_transaction, "migrations must run inside a transaction"
    db.executescript(V2)


V3 = """
CREATE TABLE preamble (
    language TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""


def _v3(db: Database) -> None:
    """The series report's preamble, one row per language (``sahel_panel/series/preamble.py``)."""
    assert db.conn.in_transaction, "migrations must run inside a transaction"
    db.executescript(V3)


MIGRATIONS: list[Callable[[Database], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)
