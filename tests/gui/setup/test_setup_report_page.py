"""Set-up's Report page: the venue's time zone, the cover's texts per language, the summary, who ran it."""

from __future__ import annotations

import pytest
from panel_helpers import close_sample, make_session
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sahel_panel.ui.setup.dialog import SessionSetupDialog


@pytest.fixture
def sample(tmp_path):
    s = make_session(tmp_path / "report-page.sahel", rich=False)
    yield s
    close_sample(s)


@pytest.fixture
def dialog(qtbot, sample):
    d = SessionSetupDialog(sample.document)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def apply(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)


def test_zone_texts_and_summary_apply_and_undo(qtbot, dialog, sample):
    page = dialog.report_page
    page.zone.setCurrentText("Asia/Bahrain")
    assert page.offset.text() == "UTC+03:00"
    page.translations[("fr", "title")].setText("Atténuer l’impact des menaces sécuritaires")
    page.translations[("ar", "title")].setText("التخفيف من تأثير التهديدات الأمنية")
    assert page.translations[("ar", "title")].layoutDirection() == Qt.LayoutDirection.RightToLeft
    page.summary.setPlainText("Key messages:\nParliaments must vote the budgets.")
    apply(qtbot, dialog)
    info = sample.service.info()
    assert info.time_zone == "Asia/Bahrain"
    assert info.translations == {"fr": {"title": "Atténuer l’impact des menaces sécuritaires"},
                                 "ar": {"title": "التخفيف من تأثير التهديدات الأمنية"}}
    assert info.summary == "Key messages:\nParliaments must vote the budgets."
    sample.document.undo()
    info = sample.service.info()
    assert info.translations == {} and info.summary == ""


def test_unknown_zone_is_refused_in_one_sentence(qtbot, dialog, sample):
    before = sample.service.info().time_zone
    dialog.report_page.zone.setCurrentText("Mars/Olympus")
    assert dialog.report_page.offset.text() == ""
    dialog.accept()
    assert dialog.isVisible() and "Asia/Bahrain" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == 2
    assert sample.service.info().time_zone == before


def test_roles_are_set_from_the_page(qtbot, dialog, sample):
    page = dialog.report_page
    speaker = sample.service.speakers.list()[0]
    box = page._role_boxes[speaker.id]  # noqa: SLF001
    box.setCurrentIndex(box.findData("moderator"))
    apply(qtbot, dialog)
    assert sample.service.speakers.get(speaker.id).role == "moderator"
    assert page.role_changes() == {}
    sample.document.undo()
    assert sample.service.speakers.get(speaker.id).role == ""
