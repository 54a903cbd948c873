"""The whole workbook as one JSON document (``sahel-panel series export BOOK -o OUT.json``).

Keys always in the order of :data:`SCHEMA` (also in the README); lists in a
stable order, so two exports of an unchanged workbook differ only in
``generator`` when the version changes. Times are ISO 8601 UTC; text is
exactly as recorded. Read in one read transaction; written atomically.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from sahel_panel import __version__
from sahel_panel.output import atomic
from sahel_panel.output.errors import ExportError, ReportCancelled
from sahel_panel.series.model import Figures
from sahel_panel.series.schema import SCHEMA_VERSION

FORMAT = "sahel-panel/series"
VERSION = 1

SCHEMA = """\
{
  "format": "sahel-panel/series", "version": 1, "generator": "Sahel Panel x.y.z", "schema_version": <int>,
  "workbook": {"id", "title", "created", "updated", "preamble": {"en"?, "fr"?, "ar"?}},
  "source_files": [{"id" (content SHA-256), "file_name", "file_sha256", "kind" ("snapshot"|"session"),
                    "session_id", "session_title", "schema_version", "snapshot_taken", "content_as_of",
                    "added_at", "replaced_by" | null}],
  "sessions": [{"id", "title", "series", "area", "event", "venue", "room", "date", "start", "end",
                "languages": [..], "time_zone", "summary", "translations": {lang: {field: text}}, "source_file_id", "first_added",
                "questions": [{"id", "position", "text": {"en"?, "fr"?, "ar"?}, "in_latest_file"}],
                "speakers": [{"id", "name", "title", "organisation", "country", "category", "gender", "age_group",
                              "role", "person_id", "in_latest_file"}],
                "turns": [{"id", "speaker_id", "question_id" | null, "started_at", "ended_at" | null, "seconds"}],
                "contributions": [{"id", "speaker_id" | null, "question_id" | null, "text", "language", "kind",
                                   "tags": [..], "recorded_at", "in_latest_file"}],
                "recommendations": [{"id", "question_id" | null, "text", "language", "status", "position",
                                     "source_ids": [..], "in_latest_file", "source_file_id",
                                     "revisions": [{"number", "text", "language", "status", "created"}]}]}],
  "source_changes": [{"session_id", "recommendation_id", "change" ("vanished"|"changed"|"returned"), "old_text",
                      "new_text", "old_status", "new_status", "new_source_file_id", "noted_at"}],
  "people": [{"id", "name", "organisation", "speaker_ids": [..], "set_by" ("folding"|"hand")}],
  "chapters": [{"id", "position", "area" | null, "title": {"en"?, "fr"?, "ar"?},
                "consolidated": [{"id", "number", "position", "text": {lang: current text},
                                  "revisions": [{"language", "number", "text", "created"}],
                                  "sources": [{"recommendation_id", "session_id", "revision_number", "merged_text",
                                               "merged_language", "linked_at", "in_latest_file"}],
                                  "support": {"panels", "speakers", "by_category", "by_gender", "by_age",
                                              "countries": [..]}}]}],
  "statistics": {"overall": FIGURES, "sessions": [{"session_id", ...FIGURES}]},
      FIGURES = {"sessions", "speakers", "speakers_heard", "turns", "seconds",
                 "by_category" / "by_gender" / "by_age": {key: {"turns", "seconds", "speakers"}}}
  "counts": {"sessions", "files", "speakers", "people", "turns", "contributions", "recommendations", "vanished",
             "chapters", "consolidated", "unconsolidated"}
}
"""


def _figures(f: Figures) -> dict:
    def buckets(table: dict) -> dict:
        return {k: {"turns": b.turns, "seconds": round(b.seconds, 3), "speakers": b.speakers}
                for k, b in table.items()}

    return {"sessions": f.sessions, "speakers": f.speakers, "speakers_heard": f.speakers_heard, "turns": f.turns,
            "seconds": round(f.seconds, 3), "by_category": buckets(f.by_category),
            "by_gender": buckets(f.by_gender), "by_age": buckets(f.by_age)}


def document(book) -> dict:  # noqa: ANN001 - Workbook
    """The export document of an open workbook (see :data:`SCHEMA`), read in one transaction."""
    with book.store.db.reading():
        return _document(book)


def _document(book) -> dict:  # noqa: ANN001 - Workbook
    store = book.store
    info = book.info()
    rows: dict[str, dict[str, list[dict]]] = {}
    for table, order in (("question", "position"), ("speaker", "name COLLATE NOCASE, id"),
                         ("turn", "started_at, id"), ("contribution", "recorded_at, id")):
        for r in store.query(f"SELECT * FROM {table} ORDER BY {order}"):
            rows.setdefault(r["session_id"], {}).setdefault(table, []).append(r)
    sources: dict[str, list[str]] = {}
    for rid, cid in store.db.execute(
        "SELECT rs.recommendation_id, rs.contribution_id FROM recommendation_source rs"
        " JOIN contribution c ON c.id = rs.contribution_id ORDER BY c.recorded_at, c.id"):
        sources.setdefault(rid, []).append(cid)
    revisions: dict[str, list[dict]] = {}
    for r in store.query("SELECT * FROM recommendation_revision ORDER BY recommendation_id, number"):
        revisions.setdefault(r["recommendation_id"], []).append(
            {k: r[k] for k in ("number", "text", "language", "status", "created")})
    recs: dict[str, list[dict]] = {}
    in_latest: dict[str, tuple[str, bool]] = {}
    for r in store.query("SELECT r.* FROM recommendation r LEFT JOIN question q ON q.id = r.question_id"
                         " ORDER BY q.position IS NULL, q.position, r.position, r.id"):
        in_latest[r["id"]] = (r["session_id"], bool(r["in_latest_file"]))
        recs.setdefault(r["session_id"], []).append({
            "id": r["id"], "question_id": r["question_id"], "text": r["text"], "language": r["language"],
            "status": r["status"], "position": r["position"], "source_ids": sources.get(r["id"], []),
            "in_latest_file": bool(r["in_latest_file"]), "source_file_id": r["source_file_id"],
            "revisions": revisions.get(r["id"], [])})
    sessions = []
    for s in book.sessions():
        own = rows.get(s.id, {})
        sessions.append({
            "id": s.id, "title": s.title, "series": s.series, "area": s.area, "event": s.event, "venue": s.venue,
            "room": s.room, "date": s.date, "start": s.start, "end": s.end, "languages": list(s.languages),
            "time_zone": s.time_zone, "summary": s.summary, "translations": s.translations,
            "source_file_id": s.source_file.id, "first_added": s.first_added,
            "questions": [{"id": q["id"], "position": q["position"],
                           "text": {lang: q[f"text_{lang}"] for lang in ("en", "fr", "ar") if q[f"text_{lang}"]},
                           "in_latest_file": bool(q["in_latest_file"])} for q in own.get("question", [])],
            "speakers": [{"id": p["id"], "name": p["name"], "title": p["title"], "organisation": p["organisation"],
                          "country": p["country"], "category": p["category"], "gender": p["gender"],
                          "age_group": p["age_group"], "role": p["role"], "person_id": p["person_id"],
                          "in_latest_file": bool(p["in_latest_file"])} for p in own.get("speaker", [])],
            "turns": [{"id": t["id"], "speaker_id": t["speaker_id"], "question_id": t["question_id"],
                       "started_at": t["started_at"], "ended_at": t["ended_at"], "seconds": round(t["seconds"], 3)}
                      for t in own.get("turn", [])],
            "contributions": [{"id": c["id"], "speaker_id": c["speaker_id"], "question_id": c["question_id"],
                               "text": c["text"], "language": c["language"], "kind": c["kind"],
                               "tags": json.loads(c["tags"] or "[]"), "recorded_at": c["recorded_at"],
                               "in_latest_file": bool(c["in_latest_file"])} for c in own.get("contribution", [])],
            "recommendations": recs.get(s.id, []),
        })
    chapters = []
    consolidated = book.consolidated.list()
    for ch in book.chapters.list():
        items = []
        for c in (c for c in consolidated if c.chapter_id == ch.id):
            support = book.support(c.id)
            items.append({
                "id": c.id, "number": c.number, "position": c.position, "text": dict(c.texts),
                "revisions": [{"language": t.language, "number": t.number, "text": t.text, "created": t.created}
                              for t in book.consolidated.revisions(c.id)],
                "sources": [{"recommendation_id": s.recommendation_id,
                             "session_id": in_latest.get(s.recommendation_id, ("", False))[0],
                             "revision_number": s.revision_number, "merged_text": s.merged_text,
                             "merged_language": s.merged_language, "linked_at": s.linked_at,
                             "in_latest_file": in_latest.get(s.recommendation_id, ("", False))[1]}
                            for s in c.sources],
                "support": {"panels": support.panels, "speakers": support.speakers,
                            "by_category": support.by_category, "by_gender": support.by_gender,
                            "by_age": support.by_age, "countries": list(support.countries)},
            })
        chapters.append({"id": ch.id, "position": ch.position, "area": ch.area, "title": dict(ch.titles),
                         "consolidated": items})
    stats = book.statistics()
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"Sahel Panel {__version__}",
        "schema_version": SCHEMA_VERSION,
        "workbook": {"id": info.id, "title": info.title, "created": info.created, "updated": info.updated,
                     "preamble": book.preamble.get()},
        "source_files": [{"id": f.id, "file_name": f.file_name, "file_sha256": f.file_sha256, "kind": f.kind,
                          "session_id": f.session_id, "session_title": f.session_title,
                          "schema_version": f.schema_version, "snapshot_taken": f.snapshot_taken,
                          "content_as_of": f.content_as_of, "added_at": f.added_at, "replaced_by": f.replaced_by}
                         for f in book.source_files()],
        "sessions": sessions,
        "source_changes": [{"session_id": c.session_id, "recommendation_id": c.recommendation_id,
                            "change": c.change, "old_text": c.old_text, "new_text": c.new_text,
                            "old_status": c.old_status, "new_status": c.new_status,
                            "new_source_file_id": c.new_source_file_id, "noted_at": c.noted_at}
                           for c in book.recommendations.changes()],
        "people": [{"id": p.id, "name": p.name, "organisation": p.organisation, "speaker_ids": list(p.speaker_ids),
                    "set_by": p.set_by} for p in book.people.list()],
        "chapters": chapters,
        "statistics": {"overall": _figures(stats.overall),
                       "sessions": [{"session_id": f.session.id, **_figures(f.figures)} for f in stats.sessions]},
        "counts": book.counts(),
    }


def write_json(book, out_path: str | os.PathLike[str], progress: Callable[[float], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> None:  # noqa: ANN001 - Workbook
    """Write the workbook's JSON atomically; :class:`ExportError` for a bad target, no partial file ever."""
    out = Path(out_path)
    if out.suffix.lower() != ".json":
        from sahel_panel.messages import QT_TRANSLATE_NOOP, Message

        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "Cannot export the workbook to “{file}”: the name must end in .json."), file=out.name))
    atomic.check_target(out, source=book.path)
    if progress:
        progress(0.0)
    doc = document(book)
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    if progress:
        progress(0.7)
    with atomic.temp_path(out) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    if progress:
        progress(1.0)
