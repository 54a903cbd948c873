"""Speaking balance and question coverage counted by SQLite, not by Python loops over every row.

The figures are those of :func:`sahel_panel.domain.stats.compute` (the same rules: a turn of
a speaker no longer registered does not count, withdrawn recommendations do not cover a
question, an open turn counts up to ``now``), but the turns are summed by ``GROUP BY`` in
SQLite: Python sees one row per speaker and question, not one per turn, so a window that
shows the statistics stays fast at 100,000 contributions. ``tests/unit/test_figures.py``
checks both ways give the same figures.
"""

from __future__ import annotations

from datetime import datetime

from sahel_panel.domain import stats
from sahel_panel.domain.model import AGE_GROUPS, CATEGORIES, GENDERS, parse_time

# Seconds of a turn to the millisecond: julianday()'s error (~1e-5 s) is rounded away per turn,
# so a 150 s turn sums to 150 (strftime('%s') + fractions would be exact too, at twice the cost).
_SECONDS = "max(0.0, round((julianday(t.ended_at) - julianday(t.started_at)) * 86400.0, 3))"
# One row per speaker who spoke (the attributes come along), and one per question: never one per turn.
_BY_SPEAKER = (
    "SELECT t.speaker_id, s.category, s.gender, s.age_group, count(*), total(" + _SECONDS + ")"
    " FROM turn t JOIN speaker s ON s.id = t.speaker_id WHERE t.ended_at IS NOT NULL GROUP BY t.speaker_id"
)
_BY_QUESTION = (
    "SELECT t.question_id, total(" + _SECONDS + ") FROM turn t JOIN speaker s ON s.id = t.speaker_id"
    " WHERE t.ended_at IS NOT NULL GROUP BY t.question_id"
)
_OPEN = (
    "SELECT t.speaker_id, t.question_id, s.category, s.gender, s.age_group, t.started_at"
    " FROM turn t JOIN speaker s ON s.id = t.speaker_id WHERE t.ended_at IS NULL"
)


def _open_turn(db, now: datetime) -> tuple | None:  # noqa: ANN001
    row = db.execute(_OPEN).fetchone()
    if row is None:
        return None
    sid, qid, cat, gen, age, started = row
    return sid, qid, cat, gen, age, max(0.0, (now - parse_time(started)).total_seconds())


def coverage(db, now: datetime) -> list[stats.Coverage]:  # noqa: ANN001 - the store's Database
    """Per question, in order: contributions, recommendations (not withdrawn) and speaking time."""
    with db.reading():
        return _coverage(db, now, _open_turn(db, now))


def _coverage(db, now: datetime, open_turn: tuple | None) -> list[stats.Coverage]:  # noqa: ANN001
    contributions = dict(db.execute("SELECT question_id, count(*) FROM contribution GROUP BY question_id"))
    recommendations = dict(db.execute(
        "SELECT question_id, count(*) FROM recommendation WHERE status <> 'withdrawn' GROUP BY question_id"))
    seconds = dict(db.execute(_BY_QUESTION))
    if open_turn is not None:
        seconds[open_turn[1]] = seconds.get(open_turn[1], 0.0) + open_turn[5]
    return [stats.Coverage(question_id=qid, position=pos, contributions=contributions.get(qid, 0),
                           recommendations=recommendations.get(qid, 0), seconds=seconds.get(qid, 0.0))
            for qid, pos in db.execute("SELECT id, position FROM question ORDER BY position")]


def statistics(db, now: datetime) -> stats.Statistics:  # noqa: ANN001 - the store's Database
    """The session's figures; an open turn counts up to ``now``. One read transaction."""
    with db.reading():
        open_turn = _open_turn(db, now)
        groups = list(db.execute(_BY_SPEAKER))
        if open_turn is not None:
            sid, _qid, cat, gen, age, secs = open_turn
            groups.append((sid, cat, gen, age, 1, secs))
        result = stats.Statistics(by_category={c: stats.Bucket() for c in CATEGORIES},
                                  by_gender={g: stats.Bucket() for g in GENDERS},
                                  by_age={a: stats.Bucket() for a in AGE_GROUPS})
        result.coverage = _coverage(db, now, open_turn)
        result.general_recommendations = db.execute(
            "SELECT count(*) FROM recommendation WHERE question_id IS NULL AND status <> 'withdrawn'").fetchone()[0]
    heard: dict[tuple[int, str], set[str]] = {}
    speakers: set[str] = set()
    for sid, cat, gen, age, n, secs in groups:
        result.total_turns += n
        result.total_seconds += secs
        speakers.add(sid)
        for dim, (table, key) in enumerate(((result.by_category, cat), (result.by_gender, gen), (result.by_age, age))):
            bucket = table.setdefault(key, stats.Bucket())
            bucket.turns += n
            bucket.seconds += secs
            seen = heard.setdefault((dim, key), set())
            if sid not in seen:
                seen.add(sid)
                bucket.speakers += 1
    result.speakers_heard = len(speakers)
    return result
