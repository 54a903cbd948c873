"""Projector: shows the current question, speaker and timer; mirrors under right-to-left; Esc closes."""

from __future__ import annotations

import pytest
from panel_helpers import QUESTIONS_AR, QUESTIONS_EN, close_sample, make_session
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from sahel_panel.ui.floor.projector import ProjectorWindow


@pytest.fixture
def sample(tmp_path):
    s = make_session(tmp_path / "projector.sahel", rich=False)
    yield s
    close_sample(s)


@pytest.fixture
def rtl_app():
    app = QApplication.instance()
    QLocale.setDefault(QLocale("ar"))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield app
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en"))


def test_shows_question_speaker_and_timer(qtbot, sample):
    window = ProjectorWindow(sample.document)
    qtbot.addWidget(window)
    window.set_timer_limit(120)
    window.show_on_best_screen()
    qtbot.waitExposed(window)
    assert window.question_number.text() == "Question 1 of 14"
    assert window.question_text.text() == QUESTIONS_EN[0]
    assert window.speaker_name.text() == "The floor is open"
    assert window.timer_label.text() == ""

    sample.document.set_live_question(sample.question_ids[2])  # the projector shows the live question
    assert window.question_text.text() == QUESTIONS_EN[2]
    sample.service.turns.start(sample.speaker_ids["Awa Ndiaye"], sample.question_ids[2])
    assert window.speaker_name.text() == "Ms. Awa Ndiaye"
    assert window.speaker_organisation.text() == "UNODC"
    assert window.timer_label.text() == "00:00"
    sample.clock.advance(95)
    qtbot.waitUntil(lambda: window.timer_label.text() == "01:35", timeout=2500)  # the 1 s tick
    assert window.timer_state == "near"
    sample.clock.advance(31)
    window.set_timer_limit(120)
    assert window.timer_state == "over"
    assert "#ff5252" in window.timer_label.styleSheet()
    sample.service.turns.stop()
    assert window.timer_label.text() == ""

    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_follows_arabic_and_right_to_left(qtbot, sample, rtl_app):
    sample.service.turns.start(sample.speaker_ids["خالد المنصوري"], sample.question_ids[0])
    window = ProjectorWindow(sample.document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.question_text.text() == QUESTIONS_AR[0]
    assert window.speaker_organisation.text() == "البرلمان العربي"
    assert window.question_number.alignment() & Qt.AlignmentFlag.AlignRight
    # the speaker sits on the right (start), the timer on the left (end)
    assert window.timer_label.geometry().center().x() < window.speaker_name.geometry().center().x()


def test_single_screen_gives_a_normal_window(qtbot, sample):
    window = ProjectorWindow(sample.document)
    qtbot.addWidget(window)
    screen = window.show_on_best_screen()
    assert screen is QApplication.primaryScreen()
    assert not window.isFullScreen()
