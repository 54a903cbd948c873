"""F5 never takes the keyboard: the sentence typed after it lands in the editor and is recorded (issue 8).

On one screen the projector opens beside the window, on two screens full screen on the other one;
F5 toggles it from the main window and from the projector; its timer has the floor panel's limit
and colour rule; the question shows in the session's languages.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sahel_panel.ui.floor.projector import ProjectorWindow
from tests.gui.conftest import fresh

ROOT = Path(__file__).resolve().parents[3]


def test_f5_opens_the_projector_without_taking_the_keyboard(window, session_path, qtbot) -> None:  # noqa: ANN001
    editor = window.workspace.contributions.editor.text
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F5)
    proj = window.projector
    assert isinstance(proj, ProjectorWindow) and proj.isVisible()
    assert proj.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert proj.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert proj.screen() is QApplication.primaryScreen() and not proj.isFullScreen()
    qtbot.wait(100)  # the offscreen platform activates new windows on its own, a moment later
    assert QApplication.focusWidget() is editor and not proj.isActiveWindow()
    qtbot.keyClicks(QApplication.focusWidget(), "Security budgets need oversight.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with fresh(session_path) as s:
        assert [c.text for c in s.contributions.list()] == ["Security budgets need oversight."]
    # F5 again, from the main window, closes it; F5 from the projector (if a window manager focuses it) too.
    qtbot.keyClick(editor, Qt.Key.Key_F5)
    assert window.projector is None
    qtbot.keyClick(editor, Qt.Key.Key_F5)
    proj = window.projector
    assert window.named_actions["projector"] in proj.actions()
    window.named_actions["projector"].trigger()
    assert window.projector is None


def test_projector_timer_uses_the_floor_limit_and_colour_rule(window, session_path, clock, qtbot) -> None:  # noqa: ANN001
    floor = window.workspace.speakers.floor
    floor.limit_spin.setValue(2)
    window.toggle_projector()
    proj = window.projector
    assert proj.limit_seconds == 120
    service = window.document.service
    service.turns.start(service.speakers.list()[0].id, window.document.current_question_id)
    clock.advance(95)
    proj._update_timer()
    assert proj.timer_state == floor.state() == "near"
    floor.limit_spin.setValue(1)  # the projector follows the floor panel's box
    assert proj.limit_seconds == 60 and proj.timer_state == floor.state() == "over"


def test_question_is_shown_in_every_session_language(window, qtbot) -> None:  # noqa: ANN001
    window.toggle_projector()
    proj = window.projector
    qtbot.waitExposed(proj)
    assert proj.question_text.text() == "What is the role of parliaments in the Sahel?"
    others = [o.text() for o in proj.other_texts if o.isVisible()]
    assert others == ["ما هو دور البرلمانات في منطقة الساحل؟"]
    assert proj.other_texts[0].alignment() & Qt.AlignmentFlag.AlignRight  # Arabic starts on the right
    assert proj.question_text.font().pixelSize() >= 24  # readable from the back of a hall


def test_two_screens_full_screen_on_the_other_one_and_keyboard_stays(session_path, tmp_path) -> None:  # noqa: ANN001
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96},
        {"name": "hall", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96},
    ]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-m", "tests.gui.floor.projector_child", str(session_path),
                           str(tmp_path / "child.ini")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screens"] == ["hall", "laptop"]
    assert result["projector_screen"] != result["window_screen"] and result["full_screen"]
    assert result["focus_is_editor"] and not result["projector_active"]
    assert result["limit"] == 300
    with fresh(session_path) as s:
        assert [c.text for c in s.contributions.list()] == ["Security budgets need oversight."]
