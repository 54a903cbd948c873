"""A turn left open (Ctrl+Q without stopping, or a crash) ends at the last recorded activity, not hours later."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers import FakeClock, spec

from sahel_panel.services import SessionService
from sahel_panel.services.base import stamp


def _open(tmp_path: Path, clock: FakeClock) -> tuple[SessionService, str, str]:
    s = SessionService.create(tmp_path / "floor.sahel", spec(), clock=clock)
    q = s.questions.list()[0].id
    sp = s.speakers.add("Aïssata Diallo", category="regional_parliamentary_body").id
    return s, sp, q


def test_turn_ends_at_the_last_contribution_or_draft_not_when_the_app_comes_back(tmp_path: Path) -> None:
    clock = FakeClock()
    s, sp, q = _open(tmp_path, clock)
    turn = s.turns.start(sp, q)
    clock.advance(40)
    s.contributions.record("Parliaments must vote security budgets with clear oversight.", sp, q, language="en")
    clock.advance(25)
    s.drafts.save("contribution", "And the victims of terrorism must be", {"speaker_id": sp})
    last = stamp(clock())
    s.close()  # the app is killed here; the turn stays open in the file
    clock.advance(2 * 3600)  # ... and comes back two hours later
    with SessionService.open(tmp_path / "floor.sahel", clock=clock) as s:
        assert s.turns.current().id == turn.id
        assert s.turns.last_activity() == last
        assert s.statistics().total_seconds == 2 * 3600 + 65  # the inflation the rapporteur saw (02:29 in red)
        ended = s.turns.stop_at_last_activity()
        assert (ended.id, ended.ended_at) == (turn.id, last)
        assert s.turns.current() is None
        assert s.statistics().total_seconds == 65
        assert s.turns.stop_at_last_activity() is None and s.turns.last_activity() is None
    with sqlite3.connect(tmp_path / "floor.sahel") as conn:  # what the file holds
        assert conn.execute("SELECT ended_at FROM turn WHERE id=?", (turn.id,)).fetchone()[0] == last
    conn.close()


def test_without_any_activity_the_turn_ends_where_it_started(tmp_path: Path) -> None:
    clock = FakeClock()
    s, sp, q = _open(tmp_path, clock)
    s.drafts.save("contribution", "typed before the floor was given", {})
    clock.advance(5)
    turn = s.turns.start(sp, q)
    clock.advance(600)
    ended = s.turns.stop_at_last_activity()
    assert ended.ended_at == turn.started_at
    s.close()


def test_one_undoable_change_and_one_notice(tmp_path: Path) -> None:
    clock = FakeClock()
    s, sp, q = _open(tmp_path, clock)
    turn = s.turns.start(sp, q)
    clock.advance(30)
    s.contributions.record("Merci.", sp, q, language="fr")
    seen = []
    s.subscribe(seen.append)
    s.turns.stop_at_last_activity()
    assert [(c.entity, c.op, c.ids) for c in seen] == [("turn", "changed", (turn.id,))]
    s.turns.reopen(turn.id)  # what the window's undo does
    assert s.turns.current().id == turn.id
    s.close()
