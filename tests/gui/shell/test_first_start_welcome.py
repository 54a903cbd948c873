"""First start with empty settings: a welcome with the rapporteur's choices, a window that fits the screen,
the demo marked wherever it is named, File > New defaulting to the built-in panel (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt

from sahel_panel.paths import DEMO_FILE
from sahel_panel.ui.core.prompts import ScriptedPrompter
from sahel_panel.ui.shell.app import initial_path
from sahel_panel.ui.shell.screen_fit import FRAME_GUESS, fitted
from tests.gui.conftest import fresh


def test_first_start_shows_the_welcome_not_the_demo(make_window, settings, qtbot) -> None:  # noqa: ANN001
    assert initial_path(settings, None) is None  # nothing opened unasked
    win = make_window()
    win.show()
    qtbot.waitExposed(win)
    assert win.workspace is None and win.stack.currentWidget() is win.welcome
    buttons = [b.text() for b in (win.welcome.builtin_button, win.welcome.new_button, win.welcome.open_button,
                                  win.welcome.demo_button) if b.isVisible()]
    assert len(buttons) == 4 and "Manama" in buttons[0] and "demo" in buttons[3].lower()
    # The window plus a window manager's frame fits the available screen.
    area = win.screen().availableGeometry()
    outer = win.geometry().adjusted(-FRAME_GUESS.width() // 2, -(FRAME_GUESS.height() - FRAME_GUESS.width() // 2),
                                    FRAME_GUESS.width() // 2, FRAME_GUESS.width() // 2)
    assert area.contains(outer)


def test_fitting_at_1366x768_and_1920x1080() -> None:
    laptop = fitted(QRect(0, 0, 1366, 768), QSize(8, 40))
    assert laptop.top() - 36 >= 0 and laptop.bottom() + 4 <= 767 and laptop.width() + 8 <= 1366
    big = fitted(QRect(0, 0, 1920, 1080), QSize(8, 40))
    assert big.size() == QSize(1366, 768) and QRect(0, 0, 1920, 1080).contains(big)


def test_start_the_manama_panel_from_the_welcome(make_window, tmp_path, qtbot) -> None:  # noqa: ANN001
    target = tmp_path / "manama.sahel"
    win = make_window(ScriptedPrompter(paths=[str(target)]))
    win.show()
    qtbot.mouseClick(win.welcome.builtin_button, Qt.MouseButton.LeftButton)
    assert win.workspace is not None
    message = win.statusBar().currentMessage()
    assert "Created" in message and str(target) in message and "#b00020" not in win.statusBar().styleSheet()
    with fresh(target) as s:
        assert s.counts().questions == 14 and "Sahel" in s.info().title
    assert "DEMO" not in win.windowTitle()


def test_file_new_offers_the_builtin_panel_first(make_window, tmp_path, qtbot) -> None:  # noqa: ANN001
    prompts = ScriptedPrompter(paths=[str(tmp_path / "x.sahel")])  # the default choice (0)
    win = make_window(prompts)
    win.named_actions["new"].trigger()
    with fresh(tmp_path / "x.sahel") as s:
        assert s.counts().questions == 14


def test_the_demo_is_marked_wherever_its_file_is_named(make_window, tmp_path, monkeypatch, qtbot) -> None:  # noqa: ANN001
    monkeypatch.setattr("sahel_panel.exchange.demo.user_data_dir", lambda: tmp_path)
    win = make_window()
    win.show()
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert win.document.service.path == tmp_path / DEMO_FILE
    assert win.windowTitle().startswith("DEMO (practice only) — ")
    assert win.file_label.text().startswith("DEMO (practice only): ")
    assert "DEMO session" in win.statusBar().currentMessage()
    win.close_session()
    assert win.welcome.recent.item(0).text().startswith("DEMO (practice only): ")


def test_the_demo_is_marked_in_open_recent_and_the_dialogs_on_it(make_window, tmp_path, monkeypatch, qtbot,  # noqa: ANN001
                                                                  prompter) -> None:
    """File > Open recent, the dialogs acting on the open file and the Series window's panel files
    name the demo as practice, in the interface language; a real session is named plainly."""
    from sahel_panel.series import Workbook
    from sahel_panel.services import NewSession, SessionService
    from sahel_panel.ui.export.dialog import ExportReportDialog
    from sahel_panel.ui.series.tabs import SessionsTab
    from sahel_panel.ui.setup.dialog import SessionSetupDialog
    from sahel_panel.ui.text.bidi import plain

    monkeypatch.setattr("sahel_panel.exchange.demo.user_data_dir", lambda: tmp_path)
    real = tmp_path / "manama.sahel"
    SessionService.create(real, NewSession(title="Manama panel")).close()
    win = make_window()
    win.show()
    assert win.open_path(real)
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton) if win.workspace is None else win.open_demo()
    assert win.document.service.path == tmp_path / DEMO_FILE

    def recent() -> list[tuple[str, bool]]:
        menu = win.menus.recent_menu
        menu.aboutToShow.emit()
        return [(plain(a.text()), a.font().bold()) for a in menu.actions()]

    assert recent() == [(f"&1 DEMO (practice only): {DEMO_FILE}", True), ("&2 manama.sahel", False)]
    assert plain(win.file_label.text()) == f"DEMO (practice only): {DEMO_FILE}"

    export = ExportReportDialog(win.document, win)
    setup = SessionSetupDialog(win.document, win)
    assert export.windowTitle() == "Export report — DEMO (practice only)"
    assert setup.windowTitle() == "Session set-up — DEMO (practice only)"
    win.files.save_copy(win.document.service, win)  # the file chooser is asked with a marked title
    assert prompter.log[-1] == ("save", "Save a copy of the session — DEMO (practice only)")
    export.close()
    setup.close()

    win.set_language("fr")
    assert recent()[0] == (f"&1 DÉMONSTRATION (pour s’exercer)\u00a0: {DEMO_FILE}", True)
    assert plain(win.file_label.text()) == f"DÉMONSTRATION (pour s’exercer)\u00a0: {DEMO_FILE}"
    assert ExportReportDialog(win.document, win).windowTitle().endswith(" — DÉMONSTRATION (pour s’exercer)")
    win.set_language("ar")
    assert recent()[0] == (f"&1 تجريبية (للتدرّب فقط): {DEMO_FILE}", True)
    win.set_language("en")

    with Workbook.create(tmp_path / "series.sahelbook") as book:  # the secretariat adds the demo by mistake
        book.add_files([tmp_path / DEMO_FILE, real])
        tab = SessionsTab()
        qtbot.addWidget(tab)
        tab.show_book(book)
        files = sorted(plain(tab.tree.topLevelItem(i).text(3)) for i in range(tab.tree.topLevelItemCount()))
    assert files == [f"DEMO (practice only): {DEMO_FILE}", "manama.sahel"]

    win.open_path(real)
    assert recent() == [("&1 manama.sahel", False), (f"&2 DEMO (practice only): {DEMO_FILE}", True)]
    assert win.file_label.text() == "manama.sahel"
    assert ExportReportDialog(win.document, win).windowTitle() == "Export report"
