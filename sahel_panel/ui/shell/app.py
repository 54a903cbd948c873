"""Start the window: QApplication, fonts, language, main window, and the session to open.

Only what the first paint needs is imported here; exchange code (templates,
the demo) and reportlab are imported when first used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from sahel_panel import APP_NAME, ORG_NAME, __version__, i18n
from sahel_panel.paths import fonts_dir, icons_dir
from sahel_panel.ui.core.prompts import Prompter
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.shell.language import LanguageManager
from sahel_panel.ui.shell.main_window import MainWindow

FONT_FAMILY = "DejaVu Sans"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names for QSettings and the bundled fonts (Latin, French and Arabic)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # Matches the desktop entry `sahel-panel --install-desktop` writes (Wayland app id, X11 window class).
    QGuiApplication.setDesktopFileName("sahel-panel")
    app.setWindowIcon(app_icon())
    load_fonts(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """The application icon at every size drawn (files are read lazily, when a size is first painted)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(icons_dir() / f"sahel-panel-{size}.png"))
    return icon


def load_fonts(app: QApplication) -> None:
    for path in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    if FONT_FAMILY in QFontDatabase.families():
        font = QFont(FONT_FAMILY, app.font().pointSize() if app.font().pointSize() > 0 else 10)
        app.setFont(font)


def build_window(app: QApplication, settings: Settings | None = None, prompter: Prompter | None = None,
                 language: str | None = None) -> MainWindow:
    """The main window with the language from settings, else the system locale."""
    settings = settings or Settings()
    manager = LanguageManager(app, app)
    manager.apply(language or settings.language() or i18n.system_language())
    return MainWindow(settings, manager, prompter)


def initial_path(settings: Settings, path: str | None) -> Path | None:
    """The file to open: the one given, else the most recent; none on a first start (the welcome page
    offers the built-in panel, a template, a file or the demo: the demo is never opened unasked)."""
    if path:
        return Path(path)
    recent = settings.most_recent_existing()
    return Path(recent) if recent else None


def offscreen_window_check(path: Path) -> str:
    """The window step of ``sahel-panel --self-test``: Qt's offscreen platform, so no screen is needed."""
    import os

    from sahel_panel.ui.help.selftest import window_round_trip

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    create_application()
    return window_round_trip(lambda settings, prompter: MainWindow(settings, None, prompter), path,
                             path.with_suffix(".ini"), show=True)


def run(path: str | None = None, quit_when_idle: bool = False) -> int:
    """The window's event loop; with ``quit_when_idle`` it quits (status 0) once the window is shown,
    painted and the event loop has nothing left to do: start-up timed by any tool from outside."""
    app = create_application()
    settings = Settings()
    window = build_window(app, settings)
    target = initial_path(settings, path)
    if target is not None:
        window.open_path(target)
    window.show()
    QTimer.singleShot(0, window.fit_after_show)
    if quit_when_idle:
        # A zero timer fires when the queue is empty: once for the posted expose and paint events,
        # and once more for what they posted in turn (the deferred first loads).
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
    app.aboutToQuit.connect(window.stop_file_check)
    status = app.exec()
    QThreadPool.globalInstance().waitForDone()  # workers end before Python does (a stopped check at once)
    return status
