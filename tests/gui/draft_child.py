"""Child process for the crash-recovery test: the real window, text typed, then left to be killed.

Usage: python -m tests.gui.draft_child SESSION SETTINGS_INI TEXT
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402

from sahel_panel.ui.core.prompts import ScriptedPrompter  # noqa: E402
from sahel_panel.ui.core.settings import Settings  # noqa: E402
from sahel_panel.ui.shell.app import build_window, create_application  # noqa: E402


def main() -> int:
    session, ini, text = sys.argv[1:4]
    app = create_application()
    window = build_window(app, Settings(QSettings(ini, QSettings.Format.IniFormat)), ScriptedPrompter(), "en")
    window.open_path(session)
    window.show()

    def type_it() -> None:
        from tests.gui.conftest import type_text

        class Bot:  # the part of qtbot that type_text uses
            @staticmethod
            def keyClicks(widget, chars):  # noqa: ANN001, ANN205, N802
                from PySide6.QtTest import QTest

                QTest.keyClicks(widget, chars)

        editor = window.workspace.contributions.editor.text
        editor.setFocus()
        type_text(Bot, editor, text)
        print("TYPED", flush=True)

    QTimer.singleShot(0, type_it)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
