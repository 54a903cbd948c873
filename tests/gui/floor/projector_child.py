"""Child process for the two-screen projector test: a real window on a Qt platform with two screens.

Usage: QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json python -m tests.gui.floor.projector_child SESSION INI
Presses F5 in the editor, types a sentence, records it with Ctrl+Enter, and prints one JSON line.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest

from sahel_panel.ui.core.prompts import ScriptedPrompter
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.shell.app import build_window, create_application


def main() -> int:
    session, ini = sys.argv[1:3]
    app = create_application()
    window = build_window(app, Settings(QSettings(ini, QSettings.Format.IniFormat)), ScriptedPrompter(), "en")
    window.open_path(session)
    window.move(0, 0)
    window.show()
    window.activateWindow()

    def run() -> None:
        editor = window.workspace.contributions.editor.text
        editor.setFocus()
        QTest.keyClick(editor, Qt.Key.Key_F5)
        proj = window.projector
        QTest.qWait(100)  # let any activation the platform makes on its own arrive
        focus = app.focusWidget()
        QTest.keyClicks(focus, "Security budgets need oversight.")
        QTest.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        print(json.dumps({
            "screens": sorted(s.name() for s in app.screens()),
            "window_screen": window.screen().name(),
            "projector_screen": proj.screen().name() if proj else None,
            "full_screen": bool(proj and proj.isFullScreen()),
            "projector_active": bool(proj and proj.isActiveWindow()),
            "focus_is_editor": focus is editor,
            "limit": proj.limit_seconds if proj else None,
        }), flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(100, run)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
