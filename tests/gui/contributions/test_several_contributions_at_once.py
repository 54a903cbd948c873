"""Several contributions re-attributed or deleted at once: one transaction, one undo step, all or none."""

from __future__ import annotations

from sahel_panel.services import SessionService


def _record_three(window) -> list[str]:  # noqa: ANN001
    panel = window.workspace.contributions
    for text in ("One.", "Two.", "Three."):
        panel.editor.text.setPlainText(text)
        assert panel.commit()
    return [c.id for c in window.document.service.contributions.list()]


def test_reattributing_several_contributions_is_one_undo_step(window, qtbot) -> None:  # noqa: ANN001
    doc, service = window.document, window.document.service
    ids = _record_three(window)
    other = service.speakers.add(name="Amadou Diallo").id
    steps = doc.undo_stack.count()
    assert window.workspace.contributions.reattribute(ids, speaker_id=other)
    assert doc.undo_stack.count() == steps + 1
    assert {service.contributions.get(c).speaker_id for c in ids} == {other}
    doc.undo()
    assert other not in {service.contributions.get(c).speaker_id for c in ids}


def test_reattributing_with_a_vanished_row_changes_nothing(window, qtbot) -> None:  # noqa: ANN001
    doc, service = window.document, window.document.service
    ids = _record_three(window)
    other = service.speakers.add(name="Amadou Diallo").id
    service.contributions.delete(ids[2])  # gone behind the panel's back
    errors: list[str] = []
    doc.failed.connect(errors.append)
    steps = doc.undo_stack.count()
    assert not window.workspace.contributions.reattribute(ids, speaker_id=other)
    assert errors and doc.undo_stack.count() == steps
    assert other not in {service.contributions.get(c).speaker_id for c in ids[:2]}


def test_deleting_several_contributions_notifies_after_commit(window, qtbot) -> None:  # noqa: ANN001
    doc, service = window.document, window.document.service
    ids = _record_three(window)
    rec = service.recommendations.draft("Joint budget line.", doc.current_question_id)
    service.recommendations.link(rec.id, ids[:2])
    seen: list[tuple[str, str, bool]] = []
    service.subscribe(lambda ch: seen.append((ch.entity, ch.op, service.store.db.conn.in_transaction)))
    panel = window.workspace.contributions
    panel.view.selectAll()
    panel.delete_selected()
    assert service.contributions.list() == []
    assert seen and not any(in_tx for _e, _o, in_tx in seen)
    assert ("contribution", "removed", False) in seen
    seen.clear()
    doc.undo()
    assert [c.id for c in service.contributions.list()] == ids
    assert set(service.recommendations.get(rec.id).source_ids) == set(ids[:2])
    assert seen and not any(in_tx for _e, _o, in_tx in seen)


def test_delete_many_is_all_or_none(session_path, clock) -> None:  # noqa: ANN001
    import pytest

    from sahel_panel.domain.model import DomainError

    with SessionService.open(session_path, clock=clock) as s:
        a = s.contributions.record("A.").id
        with pytest.raises(DomainError):
            s.contributions.delete_many([a, "no-such-id"])
        assert [c.id for c in s.contributions.list()] == [a]
        removed = s.contributions.delete_many([a])
        assert s.contributions.list() == []
        s.contributions.restore_many(removed)
        assert [c.id for c in s.contributions.list()] == [a]
