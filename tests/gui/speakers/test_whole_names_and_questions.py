"""Names in the registry and questions in the list are readable whole, and use the width given.

At 1366 px "Mr. Giuseppe R…" was all a rapporteur saw, and at 1920 px the side panels kept
their laptop widths. Names now lose their middle (never the surname) and are whole in the
tooltip, the name column takes what the others leave, questions wrap on two lines with the
whole text in the tooltip, and the side panels grow with the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sahel_panel.ui.questions.panel import CoverageModel
from sahel_panel.ui.speakers.commands import AddSpeaker
from sahel_panel.ui.speakers.model import SpeakerModel

LONG = "Giuseppe Roberto Alessandro Romano-Castellani di Montefiore"


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _add_long(window) -> int:  # noqa: ANN001
    ws = window.workspace
    assert ws.document.execute(AddSpeaker(ws.document.service, name=LONG, title="Mr.", organisation="PAM",
                                          category="regional_parliamentary_body"))
    panel = ws.speakers
    return next(r for r in range(panel.proxy.rowCount())
                if LONG in panel.proxy.index(r, 0).data(Qt.ItemDataRole.ToolTipRole))


def test_a_long_name_keeps_its_surname_and_is_whole_in_the_tooltip(window, qtbot) -> None:  # noqa: ANN001
    window.resize(1366, 740)
    _settle(qtbot)
    row = _add_long(window)
    table = window.workspace.speakers.table
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert "Mr. " + LONG in table.model().index(row, SpeakerModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(4)]
    assert widths[SpeakerModel.NAME] == max(widths)  # the name is the widest column
    assert sum(widths) <= table.viewport().width() + 1  # and nothing runs off to a horizontal scroll bar


def test_side_panels_and_their_columns_grow_with_the_window(window, qtbot) -> None:  # noqa: ANN001
    window.resize(1366, 740)
    _settle(qtbot)
    ws = window.workspace
    name_header, question_header = ws.speakers.table.horizontalHeader(), ws.questions.view.header()
    small = (window.docks["speakers"].width(), window.docks["questions"].width(),
             name_header.sectionSize(SpeakerModel.NAME), question_header.sectionSize(CoverageModel.TEXT))
    window.resize(1920, 1040)
    _settle(qtbot)
    large = (window.docks["speakers"].width(), window.docks["questions"].width(),
             name_header.sectionSize(SpeakerModel.NAME), question_header.sectionSize(CoverageModel.TEXT))
    assert all(b > a * 1.2 for a, b in zip(small, large, strict=True)), (small, large)
    window.resize(1366, 740)  # and back: the centre is not squeezed by panels that only grew
    _settle(qtbot)
    back = (window.docks["speakers"].width(), window.docks["questions"].width())
    assert all(abs(b - a) <= 12 for a, b in zip(small[:2], back, strict=True)), (small, back)


def test_questions_wrap_on_two_lines_with_the_whole_text_in_the_tooltip(window, qtbot) -> None:  # noqa: ANN001
    window.resize(1366, 740)
    _settle(qtbot)
    view = window.workspace.questions.view
    model = view.model()
    line = view.fontMetrics().lineSpacing()
    heights = {view.visualRect(model.index(r, CoverageModel.TEXT)).height() for r in range(model.rowCount())}
    assert heights and all(h >= 2 * line for h in heights) and len(heights) == 1  # uniform: no text is measured
    assert view.wordWrap()
    for r in range(model.rowCount()):
        text = model.index(r, CoverageModel.TEXT).data()
        assert text in model.index(r, CoverageModel.TEXT).data(Qt.ItemDataRole.ToolTipRole)
