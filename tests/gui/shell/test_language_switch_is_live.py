"""Switching the language relabels and re-mirrors every panel at once, no restart (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox


def test_statistics_question_bar_and_arrows_follow_a_switch(window, qtbot) -> None:  # noqa: ANN001
    ws = window.workspace
    stats = ws.statistics.widget()
    ws.speakers.floor.start(window.document.service.speakers.list()[0].id)  # an undo step: "Start speaking"
    assert window.named_actions["undo"].text() == "&Undo Start speaking"
    window.set_language("fr")
    assert window.named_actions["undo"].text().replace("&", "") == "Annuler\u00a0: Donner la parole"
    assert {g.title() for g in stats.findChildren(QGroupBox)} == {"Par catégorie", "Par genre", "Par âge"}
    assert ws.question_bar.prev_button.text() == "Précédente"
    assert ws.question_bar.position_label.text().startswith("Question 1 sur")
    assert ws.contributions.editor.hint.text().startswith("Ctrl+Entrée")
    window.set_language("ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ws.question_bar.prev_button.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert {"حسب الجنس", "حسب العمر"} <= {g.title() for g in stats.findChildren(QGroupBox)}
    window.set_language("en")
    assert {g.title() for g in stats.findChildren(QGroupBox)} == {"By category", "By gender", "By age"}
