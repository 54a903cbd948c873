"""A very long speaker name and a four-line question do not move anything on screen.

The floor's speaker label and the question header used to grow with their text: the
timer, the queue, the editor and the docks jumped each time the speaker or the
question changed, and a long French hint made the window wider than a laptop screen.
These tests set such texts through the real services and compare the geometry of the
editor, the splitters and the docks before and after.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QSplitter

from sahel_panel.ui.floor.commands import StartTurn
from sahel_panel.ui.questions.commands import EditQuestion
from sahel_panel.ui.speakers.commands import EditSpeaker

LONG_NAME = "Giuseppe Roberto Alessandro Romano-Castellani di Montefiore della Valle d'Aosta e Sant'Angelo"
LONG_ORGANISATION = "Parliamentary Assembly of the Mediterranean — Committee on Political and Security Affairs"
FOUR_LINES = {
    "en": "How can parliamentary oversight of the armed forces and the police be improved\n"
          "in each country of the Sahel and at the level of the whole region,\n"
          "in order to prevent collateral damage against civilians and displacement,\n"
          "and what should parliaments ask of their governments first?",
    "fr": "Comment améliorer le contrôle parlementaire des forces armées et de la police\n"
          "dans chaque pays du Sahel et à l'échelle de toute la région,\n"
          "afin de prévenir les dommages collatéraux contre les civils et les déplacements,\n"
          "et que doivent demander les parlements à leurs gouvernements en premier ?",
    "ar": "كيف يمكن تحسين الرقابة البرلمانية على القوات المسلحة والشرطة\n"
          "في كل بلد من بلدان منطقة الساحل وعلى مستوى المنطقة كلها،\n"
          "من أجل منع الأضرار الجانبية ضد المدنيين والتهجير،\n"
          "وما الذي يجب على البرلمانات أن تطلبه من حكوماتها أولاً؟",
}


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _geometry(window) -> dict[str, object]:  # noqa: ANN001
    """Where everything the rapporteur works with sits, in window coordinates."""
    ws = window.workspace
    editor, floor = ws.contributions.editor, ws.speakers.floor

    def at(widget) -> QRect:  # noqa: ANN001
        return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())

    shot: dict[str, object] = {"window": window.size()}
    for name in ("editor", "text"):
        shot[name] = at(editor if name == "editor" else editor.text)
    shot.update(question_bar=at(ws.question_bar), timer=at(floor.timer_label), queue=at(floor.queue),
                registry=at(ws.speakers.table), contributions=at(ws.contributions.view))
    for name, dock in window.docks.items():
        shot[f"dock {name}"] = dock.geometry() if dock.isVisible() else None
    for splitter in window.findChildren(QSplitter):
        if splitter.isVisible():
            shot[splitter.objectName()] = splitter.sizes()
    return shot


def _long_texts(window, qtbot) -> str:  # noqa: ANN001
    """Give the floor to a speaker, then rename them and rewrite the current question at length."""
    ws = window.workspace
    document, service = ws.document, ws.document.service
    speaker = service.speakers.list()[0]
    assert document.execute(StartTurn(service, speaker.id, document.live_question_id))
    _settle(qtbot)
    before = _geometry(window)
    assert document.execute(EditSpeaker(service, speaker.id, name=LONG_NAME, title="Mr.",
                                        organisation=LONG_ORGANISATION))
    assert document.execute(EditQuestion(service, document.current_question_id, FOUR_LINES))
    _settle(qtbot)
    assert _geometry(window) == before
    return speaker.id


def test_a_long_name_and_a_four_line_question_move_nothing(window, qtbot) -> None:  # noqa: ANN001
    window.resize(1366, 740)
    _settle(qtbot)
    _long_texts(window, qtbot)
    ws = window.workspace
    floor_label, question = ws.speakers.floor.current_label, ws.question_bar.text_label
    # Nothing is lost: the whole text is the label's, and its tooltip when it had to be cut.
    assert LONG_NAME in floor_label.text() and LONG_ORGANISATION in floor_label.text()
    assert floor_label.elided and LONG_NAME in floor_label.toolTip().replace("&#x27;", "'")
    assert question.text() == FOUR_LINES["en"]
    if question.elided:
        assert "parliaments ask of their governments" in question.toolTip()
    # And back: undoing both leaves the layout where it was too.
    before = _geometry(window)
    ws.document.undo()
    ws.document.undo()
    _settle(qtbot)
    assert _geometry(window) == before


def test_the_same_at_full_hd(window, qtbot) -> None:  # noqa: ANN001
    window.resize(1920, 1050)
    _settle(qtbot)
    _long_texts(window, qtbot)
    question = window.workspace.question_bar.text_label
    assert not question.elided  # at 1920 px four lines are read whole, in a smaller font at worst


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_in_french_and_arabic_the_window_still_fits_a_laptop(window, qtbot, lang: str) -> None:  # noqa: ANN001
    window.set_language(lang)
    try:
        window.resize(1366, 740)
        _settle(qtbot)
        _long_texts(window, qtbot)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740, hint
        assert window.width() <= 1366
        ws = window.workspace
        label = ws.speakers.floor.current_label
        if lang == "ar":  # a Latin name under an Arabic window starts at the right, beside the timer
            assert label.alignment() & Qt.AlignmentFlag.AlignRight
        combo = ws.contributions.editor.speaker_combo
        combo.setCurrentIndex(combo.findText(LONG_NAME, Qt.MatchFlag.MatchContains))
        assert LONG_NAME in combo.toolTip().replace("&#x27;", "'")  # cut on screen, whole in the tooltip
    finally:
        window.set_language("en")
