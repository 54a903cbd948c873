"""JSON export of a whole session, and a reader for it.

One document with stable keys, so other tools (and the secretariat's
scripts) can rely on it; the schema is documented in the README and in
:data:`SCHEMA`. Lists are in a stable order (questions by position,
contributions by recording time, recommendations by question and order),
so two exports of an unchanged session are identical apart from
``statistics`` when a turn is still open.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from sahel_panel import __version__
from sahel_panel.domain import clock
from sahel_panel.messages import message_of
from sahel_panel.output import atomic
from sahel_panel.output.errors import ExportError, ReportCancelled
from sahel_panel.services.reading import SessionContent

FORMAT = "sahel-panel/session"
# Version 2: speakers carry "age_group" (under_45 | 45_and_over | not_stated) instead of the
# yes/no "youth", and statistics "by_age" replaces "by_youth" (it has a "not_stated" group).
VERSION = 2
MAX_READ_BYTES = 512 * 1024 * 1024

SCHEMA = """\
{
  "format": "sahel-panel/session", "version": 2, "generator": "Sahel Panel x.y.z",
  "schema_version": <int, the session file's user_version>,
  "session": {"id", "title", "series", "area", "event", "venue", "room", "date" (YYYY-MM-DD),
              "start", "end" (HH:MM local), "languages": [..], "time_zone" (IANA), "summary",
              "translations": {lang: {"title"?, "series"?, "event"?, "venue"?, "room"?}}, "created", "updated"},
  "questions": [{"id", "position", "text": {"en"?, "fr"?, "ar"?}}],
  "speakers": [{"id", "name", "title", "organisation", "country", "category", "gender",
                "age_group": "under_45" | "45_and_over" | "not_stated",
                "role": "chair" | "moderator" | "panellist" | "rapporteur" | ""}],
  "turns": [{"id", "speaker_id", "question_id" | null, "started_at", "ended_at" | null}],
  "contributions": [{"id", "speaker_id" | null, "question_id" | null, "text", "language", "kind",
                     "tags": [..], "recorded_at", "created", "updated"}],
  "recommendations": [{"id", "question_id" | null, "text", "language", "status", "position",
                       "source_ids": [contribution ids], "created", "updated",
                       "revisions": [{"number", "text", "language", "status", "created"}]}],
  "statistics": {"total_seconds", "total_turns", "speakers_heard", "general_recommendations",
                 "by_category" / "by_gender" / "by_age": {key: {"turns", "seconds", "speakers"}},
                 "coverage": [{"question_id", "position", "contributions", "recommendations", "seconds"}]},
  "counts": {"questions", "speakers", "turns", "contributions", "recommendations"}
}
Timestamps are ISO 8601 with milliseconds and the offset of the session's time zone, so they read
as the venue's clock and still name one instant (e.g. 2023-03-11T14:30:00.000+03:00 in Manama).
"""


def build(session_path: str | os.PathLike[str]) -> dict:
    """The export document of a session, from one consistent read-only read (the services' read API)."""
    from sahel_panel.domain.model import DomainError
    from sahel_panel.services import read_session
    from sahel_panel.store import StoreError

    try:
        content = read_session(session_path)
    except (StoreError, DomainError) as exc:
        raise ExportError(message_of(exc)) from None
    return document_of(content)


def document_of(content: SessionContent) -> dict:
    """The export document (see :data:`SCHEMA`) of one read of a session."""
    info, stats, counts = content.info, content.statistics, content.counts
    zone = info.time_zone

    def at(stamp: str | None) -> str | None:
        return None if stamp is None else clock.local_iso(stamp, zone)

    def buckets(table: dict) -> dict:
        return {k: {"turns": b.turns, "seconds": round(b.seconds, 3), "speakers": b.speakers} for k, b in table.items()}

    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"Sahel Panel {__version__}",
        "schema_version": content.schema_version,
        "session": {
            "id": info.id, "title": info.title, "series": info.series, "area": info.area, "event": info.event,
            "venue": info.venue, "room": info.room, "date": info.date, "start": info.start, "end": info.end,
            "languages": list(info.languages), "time_zone": zone, "summary": info.summary,
            "translations": {k: dict(v) for k, v in sorted(info.translations.items())},
            "created": at(info.created), "updated": at(info.updated),
        },
        "questions": [{"id": q.id, "position": q.position, "text": dict(q.text)} for q in content.questions],
        "speakers": [
            {"id": s.id, "name": s.name, "title": s.title, "organisation": s.organisation, "country": s.country,
             "category": s.category, "gender": s.gender, "age_group": s.age_group, "role": s.role}
            for s in sorted(content.speakers, key=lambda s: (s.name.casefold(), s.id))
        ],
        "turns": [{"id": t.id, "speaker_id": t.speaker_id, "question_id": t.question_id,
                   "started_at": at(t.started_at), "ended_at": at(t.ended_at)} for t in content.turns],
        "contributions": [
            {"id": c.id, "speaker_id": c.speaker_id, "question_id": c.question_id, "text": c.text,
             "language": c.language, "kind": c.kind, "tags": list(c.tags), "recorded_at": at(c.recorded_at),
             "created": at(c.created), "updated": at(c.updated)}
            for c in content.contributions
        ],
        "recommendations": [
            {"id": r.id, "question_id": r.question_id, "text": r.text, "language": r.language, "status": r.status,
             "position": r.position, "source_ids": list(r.source_ids), "created": at(r.created),
             "updated": at(r.updated),
             "revisions": [{"number": v.number, "text": v.text, "language": v.language, "status": v.status,
                            "created": at(v.created)} for v in content.revisions.get(r.id, ())]}
            for r in content.recommendations
        ],
        "statistics": {
            "total_seconds": round(stats.total_seconds, 3), "total_turns": stats.total_turns,
            "speakers_heard": stats.speakers_heard, "general_recommendations": stats.general_recommendations,
            "by_category": buckets(stats.by_category), "by_gender": buckets(stats.by_gender),
            "by_age": buckets(stats.by_age),
            "coverage": [{"question_id": c.question_id, "position": c.position, "contributions": c.contributions,
                          "recommendations": c.recommendations, "seconds": round(c.seconds, 3)}
                         for c in stats.coverage],
        },
        "counts": {"questions": counts.questions, "speakers": counts.speakers, "turns": counts.turns,
                   "contributions": counts.contributions, "recommendations": counts.recommendations},
    }


def write_json(session_path: str | os.PathLike[str], out_path: str | os.PathLike[str],
               progress: Callable[[float], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> None:
    """Write the JSON export atomically (UTF-8, indented, non-ASCII kept readable).

    ``cancelled()`` is polled between steps; True raises :class:`ReportCancelled`, no file is left.
    """

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()

    atomic.check_target(out_path, source=session_path)
    if progress:
        progress(0.0)
    check()
    document = build(session_path)
    if progress:
        progress(0.6)
    check()
    with atomic.temp_path(out_path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(document, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        check()
    if progress:
        progress(1.0)


def read_json(path: str | os.PathLike[str]) -> dict:
    """Read and check an export: right format and version, every top-level list present."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_READ_BYTES:
            raise ExportError(f"“{path.name}” is too large to be a Sahel Panel export.")
        with open(path, encoding="utf-8-sig") as fh:
            document = json.load(fh)
    except FileNotFoundError:
        raise ExportError(f"“{path}” does not exist.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExportError(f"“{path.name}” is not valid JSON: {exc}.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExportError(f"“{path.name}” is not a Sahel Panel session export.")
    if document.get("version") not in range(1, VERSION + 1):  # 1 differs only in the speakers' age fields
        raise ExportError(f"“{path.name}” uses export version {document.get('version')!r}; "
                          f"this version reads 1 to {VERSION}.")
    for key in ("session", "questions", "speakers", "turns", "contributions", "recommendations", "counts"):
        if key not in document:
            raise ExportError(f"“{path.name}” lacks the “{key}” section.")
    return document


def counts_of(document: dict) -> dict[str, int]:
    """Rows per kind, counted from the lists themselves (not trusted from ``counts``)."""
    return {k: len(document[k]) for k in ("questions", "speakers", "turns", "contributions", "recommendations")}
