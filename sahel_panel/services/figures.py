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

# Seconds between two stored moments, to the millisecond: whole epoch seconds plus the fractions
# (julianday() would be off by some 1e-5 s per turn, and a 150 s turn must sum to 150).
_SECONDS = ("round((strftime('%s', {e}) - strftime('%s', {s}))"
            " + ((strftime('%f', {e}) - strftime('%S', {e})) - (strftime('%f', {s}) - strftime('%S', {s}))), 3)")
# One row per (speaker, question) of the closed turns; the speaker's attributes come along.
_CLOSED = (
    "SELECT t.speaker_id, t.question_id, s.category, s.gender, s.age_group, count(*),"
    " total(max(0.0, " + _SECONDS.format(e="t.ended_at", s="t.started_at") + "))"
    " FROM turn t JOIN speaker s ON s.id = t.speaker_id WHERE t.ended_at IS NOT NULL"
    " GROUP BY t.speaker_id, t.question_id"
)
_OPEN = (
    "SELECT t.speaker_id, t.question_id, s.category, s.gender, s.age_group, t.started_at"
    " FROM turn t JOIN speaker s ON s.id = t.speaker_id WHERE t.ended_at IS NULL"
)


def statistics(db, now: datetime) -> stats.Statistics:  # noqa: ANN001 - the store's Database
    """The session's figures; an open turn counts up to ``now``. One read transaction."""
    with db.reading():
        groups = [(sid, qid, cat, gen, age, n, secs) for sid, qid, cat, gen, age, n, secs in db.execute(_CLOSED)]
        for sid, qid, cat, gen, age, started in db.execute(_OPEN):
            secs = max(0.0, (now - parse_time(started)).total_seconds())
            groups.append((sid, qid, cat, gen, age, 1, secs))
        contributions = dict(db.execute("SELECT question_id, count(*) FROM contribution GROUP BY question_id"))
        recommendations = dict(db.execute(
            "SELECT question_id, count(*) FROM recommendation WHERE status <> 'withdrawn' GROUP BY question_id"))
        questions = list(db.execute("SELECT id, position FROM question ORDER BY position"))
    result = stats.Statistics(by_category={c: stats.Bucket() for c in CATEGORIES},
                              by_gender={g: stats.Bucket() for g in GENDERS},
                              by_age={a: stats.Bucket() for a in AGE_GROUPS})
    heard: dict[tuple[int, str], set[str]] = {}
    per_question: dict[str | None, float] = {}
    speakers: set[str] = set()
    for sid, qid, cat, gen, age, n, secs in groups:
        result.total_turns += n
        result.total_seconds += secs
        per_question[qid] = per_question.get(qid, 0.0) + secs
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
    result.general_recommendations = recommendations.get(None, 0)
    result.coverage = [stats.Coverage(question_id=qid, position=pos, contributions=contributions.get(qid, 0),
                                      recommendations=recommendations.get(qid, 0), seconds=per_question.get(qid, 0.0))
                       for qid, pos in questions]
    return result
