"""Putting checked files into the workbook: all or nothing per file, idempotent, never silent.

One file is one transaction. The rules:

- the same content again (same content SHA-256, whatever the file's name or
  bytes) changes nothing;
- a file of a session not yet in the workbook adds its rows with their own ids;
- a file of a session already there (same session id) with *newer* content
  replaces that session's rows: rows keep their ids, so every consolidation
  keeps pointing at the recommendations still present; a recommendation the
  new file no longer holds stays, marked ``in_latest_file = 0`` ("no longer in
  the latest snapshot"), with its revisions and the contributions and speakers
  behind it, and every vanished or changed recommendation is written to
  ``source_change`` and returned to the caller;
- an *older* file of a session already there is refused (it would undo work),
  as is a file whose row ids belong to another session.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from sahel_panel.domain.search_text import fold
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.series.inspect import Incoming, Refused
from sahel_panel.series.model import AddOutcome, SourceChange
from sahel_panel.series.people import person_id_for_key, person_key
from sahel_panel.store.connection import Database

_TABLES_WITH_IDS = ("question", "speaker", "turn", "contribution", "recommendation", "recommendation_revision")


def _ids(values: Iterable[str]) -> str:
    return json.dumps(list(values))


def store_incoming(db: Database, incoming: Incoming, now: str) -> AddOutcome:
    """Write one checked file in the caller's transaction; :class:`Refused` leaves the workbook as it was."""
    content = incoming.content
    info = content.info
    name = incoming.path.name
    outcome_base = {"path": str(incoming.path), "session_id": info.id, "session_title": info.title}
    known = db.execute("SELECT f.replaced_by, n.file_name FROM source_file f"
                       " LEFT JOIN source_file n ON n.id = f.replaced_by WHERE f.id=?",
                       (incoming.content_sha256,)).fetchone()
    if known is not None and known[0] is not None:
        return AddOutcome(status="unchanged", message=Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” is an earlier file of “{title}”, already replaced by “{newer}”; nothing changed."),
            file=name, title=info.title, newer=known[1]), **outcome_base)
    if known is not None:
        return AddOutcome(status="unchanged", message=Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” is already in the workbook (same content); nothing changed."), file=name),
            **outcome_base)
    current = db.execute(
        "SELECT f.id, f.content_as_of, f.file_name FROM session s JOIN source_file f ON f.id = s.source_file_id"
        " WHERE s.id=?", (info.id,)).fetchone()
    if current is not None and incoming.as_of < current[1]:
        raise Refused(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” is older than the copy of “{title}” already in the workbook (from “{current}”); "
                      "it was not added."), file=name, title=info.title, current=current[2]))
    _refuse_foreign_ids(db, incoming)
    sid = info.id
    fid = incoming.content_sha256
    previous = {r[0]: r[1:] for r in db.execute(
        "SELECT id, text, status, language, in_latest_file, source_file_id FROM recommendation WHERE session_id=?",
        (sid,))}
    db.execute(
        "INSERT INTO source_file (id, file_name, file_sha256, kind, session_id, session_title, schema_version,"
        " snapshot_taken, content_as_of, row_counts, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (fid, name, incoming.file_sha256, incoming.kind, sid, info.title, content.schema_version,
         incoming.snapshot_taken, incoming.as_of, json.dumps(incoming.row_counts, sort_keys=True), now))
    db.execute("UPDATE source_file SET replaced_by=? WHERE session_id=? AND replaced_by IS NULL AND id<>?",
               (fid, sid, fid))
    db.execute(
        "INSERT INTO session (id, title, series, area, event, venue, room, date, start_time, end_time, languages,"
        " time_zone, summary, translations, created, updated, source_file_id, first_added)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET title=excluded.title, series=excluded.series, area=excluded.area,"
        " event=excluded.event, venue=excluded.venue, room=excluded.room, date=excluded.date,"
        " start_time=excluded.start_time, end_time=excluded.end_time, languages=excluded.languages,"
        " time_zone=excluded.time_zone, summary=excluded.summary, translations=excluded.translations,"
        " created=excluded.created, updated=excluded.updated, source_file_id=excluded.source_file_id",
        (sid, info.title, info.series, info.area, info.event, info.venue, info.room, info.date, info.start,
         info.end, ",".join(info.languages), info.time_zone, info.summary,
         json.dumps(info.translations, ensure_ascii=False, sort_keys=True), info.created, info.updated, fid, now))
    for table in ("question", "speaker", "contribution", "recommendation"):
        db.execute(f"UPDATE {table} SET in_latest_file=0 WHERE session_id=?", (sid,))
    db.execute("DELETE FROM turn WHERE session_id=?", (sid,))
    new_recs = [r.id for r in content.recommendations]
    db.execute("DELETE FROM recommendation_source WHERE recommendation_id IN (SELECT value FROM json_each(?))",
               (_ids(new_recs),))
    db.execute("DELETE FROM recommendation_revision WHERE recommendation_id IN (SELECT value FROM json_each(?))",
               (_ids(new_recs),))
    origin = (sid, fid)
    conn = db.conn
    conn.executemany(
        "INSERT INTO question (id, position, text_en, text_fr, text_ar, session_id, source_file_id,"
        " in_latest_file) VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET"
        " position=excluded.position, text_en=excluded.text_en, text_fr=excluded.text_fr,"
        " text_ar=excluded.text_ar, source_file_id=excluded.source_file_id, in_latest_file=1",
        [(q.id, q.position, q.text.get("en", ""), q.text.get("fr", ""), q.text.get("ar", ""), *origin)
         for q in content.questions])
    _speakers(db, content, origin)
    conn.executemany(
        "INSERT INTO turn (id, speaker_id, question_id, started_at, ended_at, seconds, session_id, source_file_id,"
        " in_latest_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [(t.id, t.speaker_id, t.question_id, t.started_at, t.ended_at, t.seconds(content.read_at), *origin)
         for t in content.turns])
    conn.executemany(
        "INSERT INTO contribution (id, speaker_id, question_id, text, search_text, language, kind, tags,"
        " recorded_at, created, updated, session_id, source_file_id, in_latest_file)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET"
        " speaker_id=excluded.speaker_id, question_id=excluded.question_id, text=excluded.text,"
        " search_text=excluded.search_text, language=excluded.language, kind=excluded.kind, tags=excluded.tags,"
        " recorded_at=excluded.recorded_at, created=excluded.created, updated=excluded.updated,"
        " source_file_id=excluded.source_file_id, in_latest_file=1",
        [(c.id, c.speaker_id, c.question_id, c.text, fold(c.text), c.language, c.kind,
          json.dumps(list(c.tags), ensure_ascii=False), c.recorded_at, c.created, c.updated, *origin)
         for c in content.contributions])
    conn.executemany(
        "INSERT INTO recommendation (id, question_id, text, search_text, language, status, position,"
        " latest_revision, created, updated, session_id, source_file_id, in_latest_file)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET"
        " question_id=excluded.question_id, text=excluded.text, search_text=excluded.search_text,"
        " language=excluded.language, status=excluded.status, position=excluded.position,"
        " latest_revision=excluded.latest_revision, created=excluded.created, updated=excluded.updated,"
        " source_file_id=excluded.source_file_id, in_latest_file=1",
        [(r.id, r.question_id, r.text, fold(r.text), r.language, r.status, r.position,
          max((v.number for v in content.revisions.get(r.id, ())), default=1), r.created, r.updated, *origin)
         for r in content.recommendations])
    conn.executemany(
        "INSERT INTO recommendation_revision (id, recommendation_id, number, text, language, status, created,"
        " session_id, source_file_id, in_latest_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [(v.id, v.recommendation_id, v.number, v.text, v.language, v.status, v.created, *origin)
         for revs in content.revisions.values() for v in revs])
    conn.executemany(
        "INSERT OR IGNORE INTO recommendation_source (recommendation_id, contribution_id, session_id) VALUES (?, ?, ?)",
        [(r.id, c, sid) for r in content.recommendations for c in r.source_ids])
    _drop_unneeded(db, sid)
    changes = _changes(db, sid, fid, previous, content, now)
    if current is None:
        message = Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” added: “{title}” ({recommendations} recommendations, {contributions} contributions)."),
            file=name, title=info.title, recommendations=len(content.recommendations),
            contributions=len(content.contributions))
        return AddOutcome(status="added", message=message, changes=changes, **outcome_base)
    vanished = sum(1 for c in changes if c.change == "vanished")
    changed = sum(1 for c in changes if c.change == "changed")
    message = Message(QT_TRANSLATE_NOOP(
        "Errors", "“{file}” replaces the earlier file of “{title}”: {vanished} recommendations no longer in it, "
                  "{changed} changed."), file=name, title=info.title, vanished=vanished, changed=changed)
    return AddOutcome(status="replaced", message=message, changes=changes, **outcome_base)


def _refuse_foreign_ids(db: Database, incoming: Incoming) -> None:
    content = incoming.content
    sid = content.info.id
    groups = {
        "question": [q.id for q in content.questions],
        "speaker": [s.id for s in content.speakers],
        "turn": [t.id for t in content.turns],
        "contribution": [c.id for c in content.contributions],
        "recommendation": [r.id for r in content.recommendations],
        "recommendation_revision": [v.id for revs in content.revisions.values() for v in revs],
    }
    for table in _TABLES_WITH_IDS:
        clash = db.execute(
            f"SELECT t.session_id FROM {table} t WHERE t.id IN (SELECT value FROM json_each(?))"
            " AND t.session_id<>? LIMIT 1", (_ids(groups[table]), sid)).fetchone()
        if clash:
            title = db.execute("SELECT title FROM session WHERE id=?", (clash[0],)).fetchone()
            raise Refused(Message(QT_TRANSLATE_NOOP(
                "Errors", "“{file}” holds rows whose ids belong to another session of the workbook (“{title}”); "
                          "it was not added."), file=incoming.path.name, title=title[0] if title else clash[0]))


def _speakers(db: Database, content, origin: tuple[str, str]) -> None:  # noqa: ANN001 - SessionContent
    by_hand = {r[0]: r[1] for r in db.execute(
        "SELECT id, person_id FROM speaker WHERE session_id=? AND person_set_by='hand'", (origin[0],))}
    rows = []
    for s in content.speakers:
        key = person_key(s.name, s.organisation)
        pid = by_hand.get(s.id) or person_id_for_key(key)
        if s.id not in by_hand:
            db.execute("INSERT OR IGNORE INTO person (id, name, organisation, match_key) VALUES (?, ?, ?, ?)",
                       (pid, s.name, s.organisation, key))
        rows.append((s.id, s.name, s.title, s.organisation, s.country, s.category, s.gender, s.age_group, s.role,
                     s.created, s.updated, pid, "hand" if s.id in by_hand else "folding", *origin))
    db.conn.executemany(
        "INSERT INTO speaker (id, name, title, organisation, country, category, gender, age_group, role, created, updated,"
        " person_id, person_set_by, session_id, source_file_id, in_latest_file)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET"
        " name=excluded.name, title=excluded.title, organisation=excluded.organisation, country=excluded.country,"
        " category=excluded.category, gender=excluded.gender, age_group=excluded.age_group, role=excluded.role, created=excluded.created,"
        " updated=excluded.updated, person_id=excluded.person_id, person_set_by=excluded.person_set_by,"
        " source_file_id=excluded.source_file_id, in_latest_file=1", rows)


def _drop_unneeded(db: Database, sid: str) -> None:
    """Rows the new file lacks go, unless a kept (vanished) recommendation's trail needs them."""
    db.execute(
        "DELETE FROM contribution WHERE session_id=:s AND in_latest_file=0 AND id NOT IN"
        " (SELECT contribution_id FROM recommendation_source WHERE session_id=:s)", {"s": sid})
    db.execute(
        "DELETE FROM speaker WHERE session_id=:s AND in_latest_file=0"
        " AND id NOT IN (SELECT speaker_id FROM contribution WHERE session_id=:s AND speaker_id IS NOT NULL)"
        " AND id NOT IN (SELECT speaker_id FROM turn WHERE session_id=:s)", {"s": sid})
    db.execute(
        "DELETE FROM question WHERE session_id=:s AND in_latest_file=0"
        " AND id NOT IN (SELECT question_id FROM recommendation WHERE session_id=:s AND question_id IS NOT NULL)"
        " AND id NOT IN (SELECT question_id FROM contribution WHERE session_id=:s AND question_id IS NOT NULL)"
        " AND id NOT IN (SELECT question_id FROM turn WHERE session_id=:s AND question_id IS NOT NULL)", {"s": sid})
    db.execute("DELETE FROM person WHERE id NOT IN (SELECT person_id FROM speaker)")


def _changes(db: Database, sid: str, fid: str, previous: dict, content, now: str) -> tuple[SourceChange, ...]:  # noqa: ANN001
    if not previous:
        return ()
    new = {r.id: r for r in content.recommendations}
    consolidated: dict[str, list[str]] = {}
    for rid, cid in db.execute(
        "SELECT cs.recommendation_id, cs.consolidated_id FROM consolidated_source cs"
        " JOIN recommendation r ON r.id = cs.recommendation_id WHERE r.session_id=?", (sid,)):
        consolidated.setdefault(rid, []).append(cid)
    out: list[SourceChange] = []
    for rid, (text, status, language, in_latest, old_fid) in previous.items():
        r = new.get(rid)
        if r is None:
            if not in_latest:
                continue
            change = SourceChange(sid, rid, "vanished", text, "", status, "", fid, now,
                                  tuple(consolidated.get(rid, ())))
        elif not in_latest:
            change = SourceChange(sid, rid, "returned", text, r.text, status, r.status, fid, now,
                                  tuple(consolidated.get(rid, ())))
        elif (text, status, language) != (r.text, r.status, r.language):
            change = SourceChange(sid, rid, "changed", text, r.text, status, r.status, fid, now,
                                  tuple(consolidated.get(rid, ())))
        else:
            continue
        out.append(change)
        db.execute(
            "INSERT INTO source_change (session_id, recommendation_id, change, old_text, new_text, old_status,"
            " new_status, old_source_file_id, new_source_file_id, noted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, rid, change.change, change.old_text, change.new_text, change.old_status, change.new_status,
             old_fid, fid, now))
    return tuple(out)


def stable_uuid(*parts: str) -> str:
    """A UUID derived from ``parts`` (the same on every laptop that builds the workbook from the same files)."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


_NAMESPACE = uuid.UUID("6f1d4c1e-5a7b-4e8e-9c43-53484c50424b")
