"""Refusals of the lower layers reach the window in the interface language (here Arabic)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from sahel_panel import i18n
from sahel_panel.domain.model import DomainError
from sahel_panel.exchange.errors import ExchangeError
from sahel_panel.exchange.speakers import load_speaker_list
from sahel_panel.services import SessionService
from sahel_panel.store import StoreError
from sahel_panel.ui.core.document import ServiceCommand, SessionDocument, UndoLabel
from sahel_panel.ui.core.prompts import ScriptedPrompter
from sahel_panel.ui.shell.file_ops import FileOps
from sahel_panel.ui.text.bidi import plain
from sahel_panel.ui.text.errors import error_text

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import translations as pipeline  # noqa: E402


@pytest.fixture
def arabic(qapp):  # noqa: ANN001, ANN201
    """The Arabic translation installed as the window does; English and left-to-right restored afterwards."""
    pipeline.build()
    before = QLocale()
    installed = i18n.install(qapp, "ar")
    assert installed, "the Arabic .qm file did not load"
    yield
    i18n.uninstall(qapp, installed)
    i18n.install(qapp, "en")
    QLocale.setDefault(before)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


class RecordEmpty(ServiceCommand):
    def __init__(self, service: SessionService) -> None:
        super().__init__(UndoLabel("Commands", "Record contribution"))
        self.service = service

    def do(self) -> None:
        self.service.contributions.record("   ")

    def undo_(self) -> None:  # pragma: no cover - never pushed
        pass


def test_service_refusal_is_shown_in_arabic(arabic, session_path: Path, qtbot) -> None:  # noqa: ANN001
    service = SessionService.open(session_path)
    document = SessionDocument(service)
    try:
        with qtbot.waitSignal(document.failed) as signal:
            assert document.execute(RecordEmpty(service)) is False
        assert signal.args == ["يجب ألا يكون الحقل «النص» فارغًا."]
        with pytest.raises(DomainError) as info:
            service.speakers.get("gone")
        assert str(info.value) == "This speaker no longer exists."  # the exception itself stays English
        assert error_text(info.value) == "هذا المتحدث لم يعد موجودًا."
    finally:
        service.close()


def test_opening_a_non_session_file_warns_in_arabic(arabic, settings, tmp_path: Path) -> None:  # noqa: ANN001
    notes = tmp_path / "notes.sahel"
    notes.write_text("minutes of the meeting " * 200, encoding="utf-8")
    prompter = ScriptedPrompter()
    assert FileOps(settings, prompter).open(notes) is None
    # The file name is isolated (FSI…PDI) so it keeps its order inside the Arabic sentence.
    assert prompter.log == [("warn", "«\u2068notes.sahel\u2069» ليس ملف جلسة Sahel Panel.")]
    with pytest.raises(StoreError) as info:
        SessionService.open(tmp_path / "missing.sahel")
    assert error_text(info.value) == f"«\u2068{tmp_path / 'missing.sahel'}\u2069» غير موجود."


def test_speaker_list_problems_are_framed_in_arabic(arabic, tmp_path: Path) -> None:  # noqa: ANN001
    csv = tmp_path / "speakers.csv"
    csv.write_text("name,category,gender\n,astronaut,robot\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        load_speaker_list(csv)
    assert error_text(info.value) == "speakers.csv، السطر 2، الحقل «name»: يجب ألا يكون فارغًا. (ومشكلات أخرى عددها 2)"


def test_other_exceptions_and_english_fall_back_to_str(qapp) -> None:  # noqa: ANN001
    assert error_text(OSError("disk full")) == "disk full"
    with pytest.raises(DomainError) as info:
        from sahel_panel.domain import rules

        rules.category("astronaut")
    assert plain(error_text(info.value)) == str(info.value)  # no translator: the English sentence (value isolated)


def test_counts_use_the_arabic_and_french_plural_forms(arabic) -> None:  # noqa: ANN001
    from sahel_panel.ui.text.plurals import plurals

    assert plurals().turns(1) == "كلمة واحدة"
    assert plurals().turns(2) == "كلمتان"
    assert plurals().turns(5) == "5 كلمات"
    assert plurals().revisions(2).startswith("مراجعتان")


def test_counts_in_english_without_a_translation(qapp) -> None:  # noqa: ANN001
    from sahel_panel.ui.text.plurals import plurals

    assert (plurals().turns(1), plurals().turns(3)) == ("1 turn", "3 turns")
    assert plurals().results(1) == "1 result; Enter opens the chosen one."
