"""The statistics SQLite sums are the figures the domain's rules give, turn by turn."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from sahel_panel.domain import stats
from sahel_panel.domain.model import AGE_GROUPS, CATEGORIES, GENDERS
from sahel_panel.services import NewSession, SessionService


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2023, 3, 11, 11, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _by_rules(s: SessionService, now: datetime) -> stats.Statistics:
    db = s.store.db
    return stats.compute(s.speakers.list(), s.turns.list(), s.questions.list(),
                         (r[0] for r in db.execute("SELECT question_id FROM contribution")),
                         ((r[0], r[1]) for r in db.execute("SELECT question_id, status FROM recommendation")), now=now)


def _same(a: stats.Statistics, b: stats.Statistics) -> None:
    assert (a.total_turns, a.speakers_heard, a.general_recommendations) == \
           (b.total_turns, b.speakers_heard, b.general_recommendations)
    assert a.total_seconds == pytest.approx(b.total_seconds, abs=0.01)
    for name in ("by_category", "by_gender", "by_age"):
        ta, tb = getattr(a, name), getattr(b, name)
        assert set(ta) == set(tb), name
        for key in ta:
            assert (ta[key].turns, ta[key].speakers) == (tb[key].turns, tb[key].speakers), (name, key)
            assert ta[key].seconds == pytest.approx(tb[key].seconds, abs=0.01), (name, key)
    assert [(c.question_id, c.position, c.contributions, c.recommendations) for c in a.coverage] == \
           [(c.question_id, c.position, c.contributions, c.recommendations) for c in b.coverage]
    assert [c.seconds for c in a.coverage] == pytest.approx([c.seconds for c in b.coverage], abs=0.01)


def test_sql_figures_match_the_rules(tmp_path) -> None:  # noqa: ANN001
    rng = random.Random(7)
    clock = Clock()
    spec = NewSession(title="Figures", questions=[{"en": f"Q{i}?"} for i in range(5)])
    with SessionService.create(tmp_path / "f.sahel", spec, clock=clock) as s:
        qs = [q.id for q in s.questions.list()] + [None]
        people = [s.speakers.add(f"Speaker {i}", category=rng.choice(CATEGORIES), gender=rng.choice(GENDERS),
                                 age_group=rng.choice(AGE_GROUPS)).id for i in range(12)]
        for _ in range(60):
            s.turns.start(rng.choice(people), rng.choice(qs))
            for _ in range(rng.randint(0, 3)):
                clock.now += timedelta(seconds=rng.uniform(1, 90))
                s.contributions.record("words", None, rng.choice(qs))
            if rng.random() < 0.3:
                s.turns.stop()
                clock.now += timedelta(seconds=rng.uniform(0, 20))
        for status in ("draft", "agreed", "withdrawn", "proposed"):
            r = s.recommendations.draft("r", rng.choice(qs))
            s.recommendations.set_status(r.id, status)
        s.speakers.add("Never spoke")
        clock.now += timedelta(seconds=33.3)
        assert s.turns.current() is not None  # an open turn counts up to now
        later = clock.now + timedelta(seconds=12.5)
        _same(s.statistics(later), _by_rules(s, later))
