"""Crash recovery: a window killed with SIGKILL while text is unrecorded offers that text back at restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sahel_panel.services import SessionService
from sahel_panel.ui.contributions.panel import EDITOR_DRAFT
from sahel_panel.ui.core.prompts import ScriptedPrompter
from tests.gui.conftest import fresh

ROOT = Path(__file__).resolve().parents[3]
TEXT = "The G5 Sahel committee asks for a joint budget line — لجنة مشتركة"


def _draft_text(path: Path) -> str | None:
    with fresh(path) as s:
        return next((d.text for d in s.drafts.list() if d.editor == EDITOR_DRAFT), None)


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_draft_survives_sigkill_and_is_offered_back(make_window, session_path, tmp_path, qtbot) -> None:  # noqa: ANN001
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    child = subprocess.Popen([sys.executable, "-m", "tests.gui.draft_child", str(session_path),
                              str(tmp_path / "child.ini"), TEXT], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "TYPED"
        typed_at = time.monotonic()
        deadline = typed_at + 15
        while _draft_text(session_path) != TEXT:  # the 3-second autosave, not a focus change or a close
            assert time.monotonic() < deadline, "the draft never reached the file"
            time.sleep(0.2)
        assert child.poll() is None
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    prompts = ScriptedPrompter(answers=[True])
    win = make_window(prompts)
    assert win.open_path(session_path)  # the kernel dropped the dead writer's lock
    assert not win.document.read_only
    editor = win.workspace.contributions.editor.text
    qtbot.waitUntil(lambda: editor.toPlainText() == TEXT, timeout=3000)
    assert prompts.log[0][0] == "ask" and TEXT in prompts.log[0][1]
    win.show()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with fresh(session_path) as s:
        assert [c.text for c in s.contributions.list()] == [TEXT]
    assert _draft_text(session_path) is None


def test_declined_draft_is_discarded(make_window, session_path, qtbot) -> None:  # noqa: ANN001
    with SessionService.open(session_path) as s:
        s.drafts.save(EDITOR_DRAFT, "half a sentence", {})
    prompts = ScriptedPrompter(answers=[False])
    win = make_window(prompts)
    win.open_path(session_path)
    qtbot.waitUntil(lambda: bool(prompts.log), timeout=3000)  # the offer runs once the window is up
    assert win.workspace.contributions.editor.text.toPlainText() == ""
    assert _draft_text(session_path) is None
