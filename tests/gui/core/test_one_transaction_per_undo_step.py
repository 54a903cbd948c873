"""One user gesture = one service call = one transaction = one undo step, each way.

A scripted session runs every kind of undo command through the document; SQLite's trace
callback counts the write transactions (``BEGIN IMMEDIATE``) each do, undo and redo opens.
Building a command reads nothing (commands read the store only inside ``do()``), and walking
the whole stack back and forth gives back exactly the file it started from.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

import sahel_panel.ui
from sahel_panel.domain.model import Speaker
from sahel_panel.services import SessionService
from sahel_panel.ui.contributions import commands as contribution_cmd
from sahel_panel.ui.core.document import ServiceCommand, SessionDocument
from sahel_panel.ui.floor import commands as floor_cmd
from sahel_panel.ui.questions import commands as question_cmd
from sahel_panel.ui.recommendations import commands as recommendation_cmd
from sahel_panel.ui.setup import commands as setup_cmd
from sahel_panel.ui.speakers import commands as speaker_cmd
from sahel_panel.ui.text.bidi import plain

_TABLES = ("session", "question", "speaker", "turn", "contribution", "recommendation", "recommendation_revision",
           "recommendation_source")
_VOLATILE = {"updated", "created"}
"""Bookkeeping times an undo or redo may leave different (when the row was last written)."""
_LOG = "recommendation_revision"
"""A log: undoing a revision appends the old wording again (see recommendations/commands.py), so a redo
does not give back the same rows; the recommendations themselves must be the same."""


class Counter:
    """Counts statements on the session's connection: write transactions, and everything."""

    def __init__(self, service: SessionService) -> None:
        self.conn = service.store.db.conn
        self.writes = 0
        self.statements = 0
        self.conn.set_trace_callback(self._trace)

    def _trace(self, sql: str) -> None:
        self.statements += 1
        if sql.lstrip().upper().startswith("BEGIN IMMEDIATE"):
            self.writes += 1

    @contextmanager
    def measuring(self) -> Iterator[dict[str, int]]:
        before = (self.writes, self.statements)
        seen: dict[str, int] = {}
        yield seen
        seen["writes"] = self.writes - before[0]
        seen["statements"] = self.statements - before[1]


def _snapshot(service: SessionService) -> dict[str, list[tuple]]:
    db = service.store.db.conn
    out = {}
    for table in _TABLES:
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] not in _VOLATILE]
        out[table] = sorted(db.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
    return out


@pytest.fixture
def document(qapp, session_path, clock):  # noqa: ANN001, ANN201
    doc = SessionDocument(SessionService.open(session_path, clock=clock))
    yield doc
    doc.close()


def _script(doc: SessionDocument, clock) -> list[Callable[[], ServiceCommand]]:  # noqa: ANN001
    """Every kind of command, in an order a session could take; each builder runs once, in turn."""
    s = doc.service
    q1, q2, q3 = (q.id for q in s.questions.list())
    leila = s.speakers.list()[0].id

    def record(text: str, speaker: str | None = None, question: str | None = q1) -> ServiceCommand:
        return contribution_cmd.RecordContribution(s, text, speaker, question)

    def later(seconds: float, build: Callable[[], ServiceCommand]) -> Callable[[], ServiceCommand]:
        def step() -> ServiceCommand:
            clock.advance(seconds)
            return build()
        return step

    def first_contribution() -> str:
        return s.contributions.list()[0].id

    def recommendation() -> str:
        return s.recommendations.list(q1)[0].id

    return [
        lambda: speaker_cmd.AddSpeaker(s, name="Amadou Diallo", organisation="ECOWAS", speaker_id="amadou"),
        lambda: speaker_cmd.EditSpeaker(s, "amadou", organisation="ECOWAS Parliament"),
        lambda: speaker_cmd.ImportSpeakers(s, [Speaker(id="", name="Zainab Traoré"),
                                              Speaker(id="", name="عبد الله الزياني")], "list.csv"),
        lambda: speaker_cmd.AddSpeaker(s, name="Short-lived", speaker_id="gone"),
        lambda: speaker_cmd.RemoveSpeaker(s, "gone"),
        lambda: floor_cmd.StartTurn(s, leila, q1),
        later(40, lambda: record("Opening words", leila)),
        later(20, lambda: floor_cmd.StartTurn(s, "amadou", q1)),  # closes Leila's turn
        later(30, lambda: record("Oversight needs budgets", "amadou")),
        lambda: record("A second point", "amadou"),
        later(15, lambda: floor_cmd.StopTurn(s)),
        lambda: floor_cmd.StartTurn(s, leila, q2),
        later(600, lambda: floor_cmd.EndTurnAtLastActivity(s)),  # left open: ends at its start, not now
        lambda: contribution_cmd.EditContribution(s, first_contribution(), text="Opening words, corrected"),
        lambda: contribution_cmd.ReattributeContributions(
            s, [c.id for c in s.contributions.list()[1:]], question_id=q2),
        lambda: contribution_cmd.DeleteContributions(s, [s.contributions.list()[-1].id]),
        lambda: question_cmd.AddQuestion(s, {"en": "A fourth question"}),
        lambda: question_cmd.EditQuestion(s, q3, {"fr": "Quels projets pilotes ?", "en": "Which pilots?"}),
        lambda: question_cmd.MoveQuestion(s, q3, 1),
        lambda: question_cmd.RemoveQuestion(s, s.questions.list()[-1].id),
        lambda: setup_cmd.UpdateSessionInfo(s, {"venue": "Manama", "room": "Hall B"}),
        lambda: recommendation_cmd.DraftRecommendation(s, "Fund oversight committees", q1,
                                                       source_ids=[first_contribution()]),
        lambda: recommendation_cmd.DraftRecommendation(s, "Train staff", q1),
        lambda: recommendation_cmd.DraftRecommendation(s, "Publish budgets", q1),
        lambda: recommendation_cmd.ReviseRecommendation(s, recommendation(), "Fund the oversight committees"),
        lambda: recommendation_cmd.SetRecommendationStatus(s, recommendation(), "proposed"),
        lambda: recommendation_cmd.ReorderRecommendations(
            s, [r.id for r in s.recommendations.list(q1)], [r.id for r in reversed(s.recommendations.list(q1))]),
        lambda: recommendation_cmd.UnlinkContributions(s, recommendation(), [first_contribution()]),
        lambda: recommendation_cmd.LinkContributions(s, recommendation(), [first_contribution()]),
        lambda: recommendation_cmd.RemoveRecommendation(s, s.recommendations.list(q1)[1].id),
    ]


def _command_classes() -> set[type]:
    for info in pkgutil.walk_packages(sahel_panel.ui.__path__, "sahel_panel.ui."):
        if info.name.endswith(".commands"):
            importlib.import_module(info.name)
    found, todo = set(), [ServiceCommand]
    while todo:
        for sub in todo.pop().__subclasses__():
            # The Series window's commands act on a workbook: tests/gui/series/test_series_undo_steps.py
            if sub not in found and sub.__module__.startswith("sahel_panel.ui.") \
                    and not sub.__module__.startswith("sahel_panel.ui.series."):
                found.add(sub)
                todo.append(sub)
    return found


def test_every_step_is_one_transaction_each_way(document: SessionDocument, clock) -> None:  # noqa: ANN001
    counter = Counter(document.service)
    start = _snapshot(document.service)
    done: list[ServiceCommand] = []
    for build in _script(document, clock):
        command = build()
        with counter.measuring() as doing:
            assert document.execute(command), command.text()
        assert doing["writes"] == 1, f"{type(command).__name__} do: {doing['writes']} transactions"
        done.append(command)
    end = _snapshot(document.service)

    stack = document.undo_stack
    assert stack.count() == len(done)
    for command in reversed(done):
        with counter.measuring() as undoing:
            document.undo()
        assert command.failure is None
        assert undoing["writes"] == 1, f"{type(command).__name__} undo: {undoing['writes']} transactions"
    assert stack.index() == 0
    assert _snapshot(document.service) == start

    for command in done:
        with counter.measuring() as redoing:
            document.redo()
        assert redoing["writes"] == 1, f"{type(command).__name__} redo: {redoing['writes']} transactions"
    assert stack.index() == len(done)
    again = _snapshot(document.service)
    assert {t: rows for t, rows in again.items() if t != _LOG} == {t: rows for t, rows in end.items() if t != _LOG}

    covered = {type(c) for c in done}
    assert _command_classes() - covered == set(), "add the new command kinds to the script"


def test_building_a_command_reads_nothing(document: SessionDocument) -> None:
    """Commands read what undo needs inside do(): a row that vanished meanwhile is a refusal, not a crash."""
    s = document.service
    q1 = s.questions.list()[0].id
    leila = s.speakers.list()[0].id
    r = s.recommendations.draft("Fund pilots", q1)
    c = s.contributions.record("Words", leila, q1)
    counter = Counter(s)
    with counter.measuring() as seen:
        commands = [
            speaker_cmd.EditSpeaker(s, leila, name="Leila H."),
            question_cmd.EditQuestion(s, q1, {"en": "Changed"}),
            question_cmd.MoveQuestion(s, q1, 2),
            setup_cmd.UpdateSessionInfo(s, {"room": "Hall A"}),
            recommendation_cmd.ReviseRecommendation(s, r.id, "Fund more pilots"),
            recommendation_cmd.SetRecommendationStatus(s, r.id, "agreed"),
            recommendation_cmd.RemoveRecommendation(s, r.id),
            contribution_cmd.EditContribution(s, c.id, text="Other words"),
            contribution_cmd.ReattributeContributions(s, [c.id], question_id=None),
        ]
    assert seen["statements"] == 0
    assert len(commands) == 9


def test_undoing_an_import_after_someone_spoke_removes_nobody(document: SessionDocument) -> None:
    """The "has already spoken" rule is the service's: the whole undo is refused, in one transaction."""
    s = document.service
    command = speaker_cmd.ImportSpeakers(s, [Speaker(id="", name="Zainab Traoré"), Speaker(id="", name="Ali")])
    assert document.execute(command)
    s.turns.start(command.speaker_ids[1], None)
    errors: list[str] = []
    document.failed.connect(errors.append)
    counter = Counter(s)
    with counter.measuring() as seen:
        document.undo()
    assert seen["writes"] == 1
    assert {sp.name for sp in s.speakers.list()} >= {"Zainab Traoré", "Ali"}
    assert [plain(e) for e in errors] == ["Ali has already spoken; the import can no longer be undone."]
    assert document.undo_stack.index() == 1  # the step stays done


def test_a_removed_recommendation_comes_back_at_its_place(document: SessionDocument) -> None:
    s = document.service
    q1 = s.questions.list()[0].id
    ids = [s.recommendations.draft(text, q1).id for text in ("First", "Second", "Third")]
    assert document.execute(recommendation_cmd.RemoveRecommendation(s, ids[1]))
    later = s.recommendations.draft("Added after", q1).id
    document.undo()
    assert [r.id for r in s.recommendations.list(q1)] == [*ids, later]
