"""Speakers: folding for type-ahead, queue reorder/remove by keyboard, undoable add/remove."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sahel_panel.domain.search_text import filter_key
from sahel_panel.domain.search_text import fold as index_fold
from sahel_panel.ui.speakers.model import fold
from tests.gui.conftest import fresh, type_text

ALT = Qt.KeyboardModifier.AltModifier


def test_fold_ignores_case_accents_and_arabic_letter_forms() -> None:
    assert fold("Aïssata OUÉDRAOGO") == "aissata ouedraogo"
    assert fold("أحمد") == fold("احمد") == fold("إحمد")
    assert fold("مُحَمَّد") == "محمد"
    assert fold("فاطمة") != fold("فاطمه")  # ة is not ه: the search refuses that fold on purpose


def test_the_filter_folds_as_the_search_does() -> None:
    """One Arabic fold: the registry's filter key is the search index's fold plus case and Latin accents."""
    assert fold is filter_key
    for text in ("أحمد بن عيسى", "مُحَمَّد", "كتابة", "Sénégal", "ى ئ ؤ آ"):
        assert filter_key(text) == filter_key(index_fold(text))
        assert ("ة" in filter_key(text)) == ("ة" in text)


def test_filter_queue_and_undo(window, qtbot, session_path) -> None:  # noqa: ANN001
    sp, floor = window.workspace.speakers, window.workspace.speakers.floor
    for name in ("Fatimata Ouédraogo", "أحمد المنصوري", "Karim Benali"):
        sp.name_edit.setFocus()
        type_text(qtbot, sp.name_edit, name)
        qtbot.keyClick(sp.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert len(floor.queued_ids()) == 3

    type_text(qtbot, sp.filter_edit, "احمد")  # typed without the hamza
    assert sp.proxy.rowCount() == 1 and "المنصوري" in sp.proxy.index(0, 0).data()
    sp.filter_edit.clear()
    type_text(qtbot, sp.filter_edit, "OUEDR")
    assert sp.proxy.rowCount() == 1
    sp.filter_edit.clear()

    first, second, third = floor.queued_ids()
    floor.queue.setFocus()
    floor.queue.setCurrentRow(2)
    qtbot.keyClick(floor.queue, Qt.Key.Key_Up, ALT)
    assert floor.queued_ids() == [first, third, second]
    qtbot.keyClick(floor.queue, Qt.Key.Key_Delete)
    assert floor.queued_ids() == [first, second]
    with fresh(session_path) as s:  # the queue is in the file, so a crash keeps it
        assert next(d for d in s.drafts.list() if d.editor == "speaker-queue").text.split() == [first, second]

    # Enter in the queue gives the floor to the selected speaker and takes them off the queue.
    floor.queue.setCurrentRow(1)
    qtbot.keyClick(floor.queue, Qt.Key.Key_Return)
    with fresh(session_path) as s:
        assert s.turns.current().speaker_id == second
    assert floor.queued_ids() == [first]

    # Remove a speaker who never spoke (Delete in the registry), then undo.
    sp.table.setFocus()
    sp.select_speaker(first)
    qtbot.keyClick(sp.table, Qt.Key.Key_Delete)
    with fresh(session_path) as s:
        assert first not in {x.id for x in s.speakers.list()}
    assert floor.queued_ids() == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with fresh(session_path) as s:
        assert first in {x.id for x in s.speakers.list()}
    # One who spoke is refused with a message, and no undo step is added.
    steps = window.document.undo_stack.count()
    sp.select_speaker(second)
    qtbot.keyClick(sp.table, Qt.Key.Key_Delete)
    assert window.document.undo_stack.count() == steps
    assert "already has turns" in window.statusBar().currentMessage()


def test_the_registry_stays_in_name_order_without_sorting_the_proxy(window) -> None:  # noqa: ANN001
    """The model keeps name order itself (added and renamed speakers move to their place); a header
    click sorts by another column and Name ascending gives the model's order back."""
    from sahel_panel.ui.speakers.model import SpeakerModel
    from sahel_panel.ui.text.bidi import plain

    panel = window.workspace.speakers
    service = window.document.service
    for name, org in (("Zainab Traoré", "ECOWAS"), ("amadou Diallo", "UNODC"), ("Béatrice Kaboré", "AU")):
        service.speakers.add(name, organisation=org)

    def names() -> list[str]:
        return [plain(panel.proxy.index(r, SpeakerModel.NAME).data()) for r in range(panel.proxy.rowCount())]

    assert names() == ["amadou Diallo", "Béatrice Kaboré", "Leila Haddad", "Zainab Traoré"]
    zainab = next(s.id for s in service.speakers.list() if s.name.startswith("Zainab"))
    service.speakers.edit(zainab, name="Aïcha Zainab")
    assert names() == ["Aïcha Zainab", "amadou Diallo", "Béatrice Kaboré", "Leila Haddad"]
    header = panel.table.horizontalHeader()
    header.setSortIndicator(SpeakerModel.ORGANISATION, Qt.SortOrder.AscendingOrder)
    assert names()[0] == "Béatrice Kaboré"  # AU
    header.setSortIndicator(SpeakerModel.NAME, Qt.SortOrder.AscendingOrder)
    assert names()[0] == "Aïcha Zainab"
