"""Undo/redo stay in step with the store when the store refuses, and redo keeps speaking time honest."""

from __future__ import annotations

from pathlib import Path

from sahel_panel.services import NewSession, SessionService
from sahel_panel.ui.contributions.commands import RecordContribution
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.floor.commands import StartTurn, StopTurn
from tests.gui.conftest import FakeClock


def make_document(tmp_path: Path, clock: FakeClock | None = None) -> SessionDocument:
    spec = NewSession(title="Undo", questions=[{"en": "Q1?"}])
    kwargs = {"clock": clock} if clock else {}
    return SessionDocument(SessionService.create(tmp_path / "u.sahel", spec, **kwargs))


def test_refused_undo_leaves_the_stack_where_the_store_is(qtbot, tmp_path: Path) -> None:
    doc = make_document(tmp_path)
    q = doc.service.questions.list()[0]
    speaker = doc.service.speakers.add("Aïssata Diallo")
    assert doc.execute(RecordContribution(doc.service, "Oversight matters.", speaker.id, q.id, "en", "statement", ()))
    (recorded,) = doc.service.contributions.list()
    doc.service.contributions.delete(recorded.id)  # changed behind the stack's back (another path)
    with qtbot.waitSignal(doc.failed) as failed:
        doc.undo()
    assert "no longer exists" in failed.args[0]
    assert doc.undo_stack.index() == 1 and doc.undo_stack.canUndo()
    doc.redo()  # nothing to redo: the command is still "done"
    assert doc.service.contributions.list() == []
    doc.close()


def test_refused_redo_leaves_the_stack_where_the_store_is(qtbot, tmp_path: Path) -> None:
    doc = make_document(tmp_path)
    q = doc.service.questions.list()[0]
    speaker = doc.service.speakers.add("Ibrahim Maïga")
    assert doc.execute(StartTurn(doc.service, speaker.id, q.id))
    doc.undo()
    assert doc.service.turns.list() == []
    doc.service.speakers.remove(speaker.id)  # the speaker is gone, so the turn cannot come back
    with qtbot.waitSignal(doc.failed):
        doc.redo()
    assert doc.undo_stack.index() == 0 and doc.undo_stack.canRedo()
    assert doc.service.turns.list() == []
    doc.close()


def test_redo_of_start_speaking_ends_the_previous_turn_when_the_new_one_began(qtbot, tmp_path: Path) -> None:
    clock = FakeClock()
    doc = make_document(tmp_path, clock)
    q = doc.service.questions.list()[0]
    a = doc.service.speakers.add("A")
    b = doc.service.speakers.add("B")
    doc.execute(StartTurn(doc.service, a.id, q.id))
    clock.advance(120)
    doc.execute(StartTurn(doc.service, b.id, q.id))
    clock.advance(60)
    doc.undo()
    clock.advance(600)  # the rapporteur redoes ten minutes later
    doc.redo()
    turns = {t.speaker_id: t for t in doc.service.turns.list()}
    assert turns[a.id].ended_at == turns[b.id].started_at
    assert turns[a.id].seconds() == 120
    assert doc.service.turns.current().speaker_id == b.id
    doc.close()


def test_redo_of_stop_speaking_ends_the_turn_when_it_first_ended(qtbot, tmp_path: Path) -> None:
    clock = FakeClock()
    doc = make_document(tmp_path, clock)
    a = doc.service.speakers.add("A")
    doc.execute(StartTurn(doc.service, a.id, None))
    clock.advance(90)
    doc.execute(StopTurn(doc.service))
    doc.undo()
    clock.advance(600)  # redone ten minutes later: those minutes were not spoken
    doc.redo()
    (turn,) = doc.service.turns.list()
    assert turn.seconds() == 90 and doc.service.turns.current() is None
    doc.close()
