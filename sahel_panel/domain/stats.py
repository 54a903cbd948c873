"""Speaking-time balance and question coverage, computed from plain entities.

Kept free of SQL so that the window, the report and the CLI all count the
same way, and so that the rules can be tested with hand-made lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sahel_panel.domain.model import (
    AGE_GROUPS,
    CATEGORIES,
    GENDERS,
    Question,
    Speaker,
    Turn,
)


@dataclass
class Bucket:
    turns: int = 0
    seconds: float = 0.0
    speakers: int = 0


@dataclass(frozen=True)
class Coverage:
    question_id: str
    position: int
    contributions: int
    recommendations: int
    seconds: float

    @property
    def addressed(self) -> bool:
        return self.contributions > 0 or self.recommendations > 0


@dataclass
class Statistics:
    by_category: dict[str, Bucket] = field(default_factory=dict)
    by_gender: dict[str, Bucket] = field(default_factory=dict)
    by_age: dict[str, Bucket] = field(default_factory=dict)  # keys AGE_GROUPS; "not_stated" is a group of its own
    coverage: list[Coverage] = field(default_factory=list)
    total_turns: int = 0
    total_seconds: float = 0.0
    speakers_heard: int = 0
    general_recommendations: int = 0

    def unaddressed(self) -> list[Coverage]:
        return [c for c in self.coverage if not c.addressed]


def compute(
    speakers: Iterable[Speaker],
    turns: Iterable[Turn],
    questions: Iterable[Question],
    contribution_questions: Iterable[str | None],
    recommendation_states: Iterable[tuple[str | None, str]],
    now: datetime | None = None,
) -> Statistics:
    """Aggregate turns by speaker attributes and count work per question.

    ``contribution_questions`` holds the question id of each contribution and
    ``recommendation_states`` a ``(question_id, status)`` pair per
    recommendation, so callers need not load every text to count.

    Withdrawn recommendations do not count as coverage: a question whose only
    recommendation was withdrawn is still unaddressed for the secretariat.
    """
    by_id = {s.id: s for s in speakers}
    stats = Statistics(
        by_category={c: Bucket() for c in CATEGORIES},
        by_gender={g: Bucket() for g in GENDERS},
        by_age={a: Bucket() for a in AGE_GROUPS},
    )
    heard: set[str] = set()
    seconds_per_question: dict[str | None, float] = {}
    seen_speakers: dict[tuple[str, str], set[str]] = {}
    for turn in turns:
        speaker = by_id.get(turn.speaker_id)
        if speaker is None:
            continue
        secs = turn.seconds(now)
        stats.total_turns += 1
        stats.total_seconds += secs
        seconds_per_question[turn.question_id] = seconds_per_question.get(turn.question_id, 0.0) + secs
        for table, key, dim in (
            (stats.by_category, speaker.category, "category"),
            (stats.by_gender, speaker.gender, "gender"),
            (stats.by_age, speaker.age_group, "age"),
        ):
            bucket = table.setdefault(key, Bucket())
            bucket.turns += 1
            bucket.seconds += secs
            ids = seen_speakers.setdefault((dim, key), set())
            if speaker.id not in ids:
                ids.add(speaker.id)
                bucket.speakers += 1
        heard.add(speaker.id)
    stats.speakers_heard = len(heard)

    contrib_count: dict[str | None, int] = {}
    for qid in contribution_questions:
        contrib_count[qid] = contrib_count.get(qid, 0) + 1
    rec_count: dict[str | None, int] = {}
    for qid, status in recommendation_states:
        if status == "withdrawn":
            continue
        rec_count[qid] = rec_count.get(qid, 0) + 1
    stats.general_recommendations = rec_count.get(None, 0)
    for q in sorted(questions, key=lambda q: q.position):
        stats.coverage.append(
            Coverage(
                question_id=q.id,
                position=q.position,
                contributions=contrib_count.get(q.id, 0),
                recommendations=rec_count.get(q.id, 0),
                seconds=seconds_per_question.get(q.id, 0.0),
            )
        )
    return stats


def advanced(base: Statistics, category: str, gender: str, age_group: str, question_id: str | None,
             seconds: float) -> Statistics:
    """``base`` with ``seconds`` more speaking time for the open turn's speaker (and its question).

    A running timer's figures, in constant time: ``base`` was computed when something last changed
    (the open turn counted up to then); each second only the open turn's buckets grow.
    """
    if seconds <= 0:
        return base

    def grown(table: dict[str, Bucket], key: str) -> dict[str, Bucket]:
        out = dict(table)
        old = out.get(key, Bucket())
        out[key] = Bucket(turns=old.turns, seconds=old.seconds + seconds, speakers=old.speakers)
        return out

    return Statistics(
        by_category=grown(base.by_category, category),
        by_gender=grown(base.by_gender, gender),
        by_age=grown(base.by_age, age_group),
        coverage=[Coverage(c.question_id, c.position, c.contributions, c.recommendations,
                           c.seconds + (seconds if c.question_id == question_id else 0.0)) for c in base.coverage],
        total_turns=base.total_turns,
        total_seconds=base.total_seconds + seconds,
        speakers_heard=base.speakers_heard,
        general_recommendations=base.general_recommendations,
    )
