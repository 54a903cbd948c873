"""Type-to-jump finds names and texts past the bidi marks that embed them (speakers, contributions, queue)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from sahel_panel.ui.text.bidi import embedded, plain


def _add_speakers(window) -> dict[str, str]:  # noqa: ANN001
    service = window.document.service
    return {name: service.speakers.add(name=name).id for name in ("Zainab Traoré", "Amadou Diallo", "عبد الله الزياني")}


def _new_search(qtbot) -> None:  # noqa: ANN001
    """Let the typed letters expire, so the next ones start a new search."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)


def test_type_to_jump_in_the_speakers_table(window, qtbot) -> None:  # noqa: ANN001
    _add_speakers(window)
    table = window.workspace.speakers.table
    table.setCurrentIndex(table.model().index(0, 0))
    table.keyboardSearch("Z")
    assert plain(table.currentIndex().data()) == "Zainab Traoré"
    _new_search(qtbot)
    table.keyboardSearch("عبد")
    assert plain(table.currentIndex().data()) == "عبد الله الزياني"
    assert table.currentIndex().data().startswith("\u2067")  # still isolated for display


def test_type_to_jump_in_the_contributions_view(window, qtbot) -> None:  # noqa: ANN001
    ids = _add_speakers(window)
    panel = window.workspace.contributions
    for name, text in (("Zainab Traoré", "Youth first."), ("Amadou Diallo", "Budgets next.")):
        panel.editor.speaker_combo.setCurrentIndex(panel.editor.speaker_combo.findData(ids[name]))
        panel.editor.text.setPlainText(text)
        assert panel.commit()
    view = panel.view
    panel.select(window.document.service.contributions.list()[1].id)  # current cell: the time column
    view.keyboardSearch("Za")
    assert panel.model.contribution(view.currentIndex().row()).speaker_id == ids["Zainab Traoré"]
    view.setCurrentIndex(panel.model.index(0, panel.model.TEXT))
    _new_search(qtbot)
    view.keyboardSearch("Bud")
    assert panel.model.contribution(view.currentIndex().row()).text == "Budgets next."


def test_type_to_jump_in_the_queue(window, qtbot) -> None:  # noqa: ANN001
    ids = _add_speakers(window)
    floor = window.workspace.speakers.floor
    for name in ("Amadou Diallo", "Zainab Traoré", "عبد الله الزياني"):
        floor.enqueue(ids[name])
    floor.queue.setCurrentRow(0)
    floor.queue.keyboardSearch("Z")
    assert floor.queue.currentItem().text() == "Zainab Traoré"
    # painted in its own direction all the same
    option = QStyleOptionViewItem()
    floor.queue.itemDelegate().initStyleOption(option, floor.queue.model().index(2, 0))
    assert option.text == embedded("عبد الله الزياني")
