"""The registry's name order follows the interface language when it is switched live (issue 7)."""

from __future__ import annotations

from sahel_panel.ui.speakers.model import SPEAKER_ID_ROLE


def names_in_view(panel) -> list[str]:  # noqa: ANN001
    proxy = panel.proxy
    return [panel.model.by_id(proxy.index(r, 0).data(SPEAKER_ID_ROLE)).name for r in range(proxy.rowCount())]


def test_arabic_window_sorts_arabic_names_first_and_keeps_the_selection(window, qtbot) -> None:  # noqa: ANN001
    service = window.document.service
    for name in ("Zoé Martin", "أحمد سالم", "Amina Diallo", "بشرى النعيمي"):
        service.speakers.add(name=name)
    panel = window.workspace.speakers
    mine = [n for n in names_in_view(panel) if n in ("Zoé Martin", "أحمد سالم", "Amina Diallo", "بشرى النعيمي")]
    assert mine == ["Amina Diallo", "Zoé Martin", "أحمد سالم", "بشرى النعيمي"]
    row = names_in_view(panel).index("Zoé Martin")
    panel.table.selectRow(row)

    window.set_language("ar")
    mine = [n for n in names_in_view(panel) if n in ("Zoé Martin", "أحمد سالم", "Amina Diallo", "بشرى النعيمي")]
    assert mine == ["أحمد سالم", "بشرى النعيمي", "Amina Diallo", "Zoé Martin"]
    selected = panel.table.selectionModel().selectedRows()
    assert [panel.model.by_id(i.data(SPEAKER_ID_ROLE)).name for i in selected] == ["Zoé Martin"]

    window.set_language("en")
    mine = [n for n in names_in_view(panel) if n in ("Zoé Martin", "أحمد سالم", "Amina Diallo", "بشرى النعيمي")]
    assert mine == ["Amina Diallo", "Zoé Martin", "أحمد سالم", "بشرى النعيمي"]
