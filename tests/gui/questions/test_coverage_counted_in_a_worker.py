"""The question list's counts are summed in a worker on a connection of its own (issue 7: start-up
and recording must not wait for sums over every row): blank until known, never shown as zeros, and
a count overtaken by a newer one is dropped."""

from __future__ import annotations

from sahel_panel.ui.questions.panel import CoverageModel


def counts(model: CoverageModel) -> list[tuple[str, str]]:
    return [(model.index(r, CoverageModel.NUMBER).data(), model.index(r, CoverageModel.CONTRIBUTIONS).data())
            for r in range(model.rowCount())]


def test_counts_arrive_from_the_worker_and_follow_recording(window, qtbot) -> None:  # noqa: ANN001
    service = window.document.service
    model = CoverageModel(service)
    assert service.reads_apart
    assert all(c == "" and not n.startswith(("○", "●")) for n, c in counts(model))  # unknown: blank
    assert model.rowCount() == len(service.questions.list())
    qtbot.waitUntil(lambda: counts(model)[0][1] != "", timeout=20000)
    first = service.questions.list()[0]
    before = int(counts(model)[0][1])
    service.contributions.record("Budget oversight is our strongest tool.", question_id=first.id)
    model.reload_apart()
    qtbot.waitUntil(lambda: int(counts(model)[0][1]) == before + 1, timeout=20000)
    assert counts(model)[0][0].startswith("●")


def test_a_count_overtaken_by_a_newer_one_is_dropped(window, qtbot) -> None:  # noqa: ANN001
    service = window.document.service
    model = CoverageModel(service)
    qtbot.waitUntil(lambda: counts(model)[0][1] != "", timeout=20000)
    shown = counts(model)
    model._counted(model._generation - 1, ([], None))  # a late answer to an older question
    assert counts(model) == shown


def test_the_window_records_while_the_list_counts(window, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    ws.contributions.editor.text.setPlainText("Les parlements doivent contrôler les budgets de sécurité.")
    assert ws.contributions.commit()
    qtbot.waitUntil(lambda: ws.questions.model.coverage(0) is not None, timeout=20000)


def test_an_open_turn_gains_its_minutes_without_a_recount(window, clock, qtbot, monkeypatch) -> None:  # noqa: ANN001
    service = window.document.service
    first = service.questions.list()[0]
    window.document.set_live_question(first.id)
    window.workspace.speakers.floor.start(service.speakers.list()[0].id)
    model = CoverageModel(service)
    qtbot.waitUntil(lambda: model.coverage(0) is not None, timeout=20000)
    before = model.coverage(0).seconds
    monkeypatch.setattr(service, "coverage_apart", lambda *a: (_ for _ in ()).throw(AssertionError("recount")))
    monkeypatch.setattr(service, "coverage", lambda *a: (_ for _ in ()).throw(AssertionError("recount")))
    clock.advance(600)
    model.advance_open_turn()
    assert model.coverage(0).seconds == before + 600
    assert model.index(0, CoverageModel.MINUTES).data() == f"{(before + 600) / 60:.0f}"
