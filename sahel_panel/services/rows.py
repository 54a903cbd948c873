"""Turning store rows into domain dataclasses (the only place that knows both)."""

from __future__ import annotations

import json
from typing import Any

from sahel_panel.domain.model import (
    Contribution,
    Question,
    Recommendation,
    Revision,
    SessionInfo,
    Speaker,
    Turn,
)

Row = dict[str, Any]


def session_info(r: Row) -> SessionInfo:
    return SessionInfo(
        id=r["id"], title=r["title"], series=r["series"], area=r["area"], event=r["event"],
        venue=r["venue"], room=r["room"], date=r["date"], start=r["start_time"], end=r["end_time"],
        languages=tuple(x for x in r["languages"].split(",") if x), created=r["created"], updated=r["updated"],
        time_zone=r["time_zone"], summary=r["summary"], translations=_translations(r["translations"]),
    )


def _translations(raw: str) -> dict[str, dict[str, str]]:
    """The JSON column, tolerant of hand edits: anything not {lang: {field: text}} is ignored."""
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {lang: {k: v for k, v in texts.items() if isinstance(k, str) and isinstance(v, str)}
            for lang, texts in value.items() if isinstance(lang, str) and isinstance(texts, dict)}


def question(r: Row) -> Question:
    text = {lang: r[f"text_{lang}"] for lang in ("en", "fr", "ar") if r[f"text_{lang}"]}
    return Question(id=r["id"], position=r["position"], text=text)


def speaker(r: Row) -> Speaker:
    return Speaker(
        id=r["id"], name=r["name"], title=r["title"], organisation=r["organisation"], country=r["country"],
        category=r["category"], gender=r["gender"], age_group=r["age_group"], created=r["created"],
        updated=r["updated"], role=r["role"],
    )


def turn(r: Row) -> Turn:
    return Turn(id=r["id"], speaker_id=r["speaker_id"], question_id=r["question_id"],
                started_at=r["started_at"], ended_at=r["ended_at"], created=r["created"], updated=r["updated"])


def contribution(r: Row) -> Contribution:
    return Contribution(
        id=r["id"], speaker_id=r["speaker_id"], question_id=r["question_id"], text=r["text"],
        language=r["language"], kind=r["kind"], tags=tuple(json.loads(r["tags"] or "[]")),
        recorded_at=r["recorded_at"], created=r["created"], updated=r["updated"],
    )


CONTRIBUTION_COLUMNS = "id, speaker_id, question_id, text, language, kind, tags, recorded_at, created, updated"
"""The columns :func:`contribution_of` reads, in its order."""


def contribution_of(t: tuple) -> Contribution:
    """A contribution from a row of :data:`CONTRIBUTION_COLUMNS` (a plain tuple: no dict per row)."""
    cid, speaker_id, question_id, text, language, kind, tags, recorded_at, created, updated = t
    return Contribution(
        id=cid, speaker_id=speaker_id, question_id=question_id, text=text, language=language, kind=kind,
        tags=() if not tags or tags == "[]" else tuple(json.loads(tags)),
        recorded_at=recorded_at, created=created, updated=updated,
    )


def recommendation(r: Row, sources: tuple[str, ...] = ()) -> Recommendation:
    return Recommendation(
        id=r["id"], question_id=r["question_id"], text=r["text"], language=r["language"], status=r["status"],
        position=r["position"], source_ids=sources, created=r["created"], updated=r["updated"],
    )


def revision(r: Row) -> Revision:
    return Revision(id=r["id"], recommendation_id=r["recommendation_id"], number=r["number"], text=r["text"],
                    language=r["language"], status=r["status"], created=r["created"])
