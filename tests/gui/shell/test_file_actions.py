"""Language switch, lock conflict (read-only view), new/save-copy/close, and the secondary windows opened from the actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sahel_panel.services import SessionService
from sahel_panel.ui.core.prompts import ScriptedPrompter
from tests.gui.conftest import fresh


def test_switch_to_arabic_lays_out_right_to_left_live(window, qtbot) -> None:  # noqa: ANN001
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.named_actions["lang_ar"].trigger()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.workspace.contributions.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.settings.language() == "ar"
    assert window.named_actions["lang_ar"].isChecked() and not window.named_actions["lang_en"].isChecked()
    # The Arabic question text is shown in Arabic and aligned right whatever the layout.
    bar = window.workspace.question_bar
    assert bar.text_label.text() == "ما هو دور البرلمانات في منطقة الساحل؟"
    assert bar.text_label.alignment() & Qt.AlignmentFlag.AlignRight
    window.named_actions["lang_en"].trigger()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert bar.text_label.text().startswith("What is the role")


def test_second_window_on_same_file_gets_read_only(make_window, session_path, qtbot) -> None:  # noqa: ANN001
    first = make_window()
    assert first.open_path(session_path)
    assert not first.document.read_only
    prompts = ScriptedPrompter(answers=[True])
    second = make_window(prompts)
    assert second.open_path(session_path)
    assert prompts.log and prompts.log[0][0] == "ask" and "read-only" in prompts.log[0][1]
    assert second.document.read_only
    assert "read-only" in second.windowTitle()
    assert not second.named_actions["record"].isEnabled() and not second.named_actions["start_turn"].isEnabled()
    assert second.named_actions["search"].isEnabled()  # reading stays possible
    ws = second.workspace
    assert ws.contributions.editor.text.isReadOnly()
    assert not ws.contributions.commit()
    assert not ws.speakers.add_button.isEnabled()
    # The first window still writes, and the second sees nothing changed by itself.
    first.workspace.contributions.editor.text.setPlainText("Recorded by the writer.")
    assert first.workspace.contributions.commit()
    with fresh(session_path) as s:
        assert [c.text for c in s.contributions.list()] == ["Recorded by the writer."]


def test_declining_read_only_leaves_the_welcome_page(make_window, session_path) -> None:  # noqa: ANN001
    first = make_window()
    first.open_path(session_path)
    second = make_window(ScriptedPrompter(answers=[False]))
    assert not second.open_path(session_path)
    assert second.workspace is None and second.stack.currentWidget() is second.welcome


def test_not_a_session_file_is_refused_with_a_sentence(make_window, tmp_path: Path) -> None:  # noqa: ANN001
    bogus = tmp_path / "notes.sahel"
    bogus.write_text("hello")
    prompts = ScriptedPrompter()
    win = make_window(prompts)
    assert not win.open_path(bogus)
    assert prompts.log[-1][0] == "warn" and "not a Sahel Panel session file" in prompts.log[-1][1]


def test_new_from_template_save_copy_and_close(make_window, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    target, copy = tmp_path / "manama.sahel", tmp_path / "copy.sahel"
    prompts = ScriptedPrompter(choices=[0], paths=[str(target), str(copy)])
    win = make_window(prompts)
    win.named_actions["new"].trigger()  # choice 0, the default: the built-in 146th Assembly template
    assert win.workspace is not None and win.document.service.path == target
    assert len(win.workspace.question_bar.questions) == 14
    assert str(target.resolve()) in win.settings.recent_files()
    win.workspace.contributions.editor.text.setPlainText("First words.")
    win.workspace.contributions.commit()
    win.named_actions["save_copy"].trigger()  # runs in the background; the user is told when it is written
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in prompts.log), timeout=10000)
    with SessionService.open(copy, read_only=True) as s:
        assert [c.text for c in s.contributions.list()] == ["First words."]
        assert len(s.questions.list()) == 14
    win.named_actions["close"].trigger()
    assert win.workspace is None and win.stack.currentWidget() is win.welcome
    assert not win.named_actions["record"].isEnabled()
    # The file is released: it opens for writing again.
    with SessionService.open(target) as s:
        assert not s.read_only


def test_secondary_windows_open_without_blocking(window, qtbot) -> None:  # noqa: ANN001
    """Search, set-up, shortcuts, preferences, export and the projector open (never modally blocking)."""
    for name in ("search", "setup", "shortcuts", "preferences", "export"):
        window.named_actions[name].trigger()
    for kind in ("search", "setup", "shortcuts", "preferences", "export"):
        dialog = window.windows.get(kind)
        assert dialog is not None and dialog.isVisible(), kind
        dialog.close()
    window.named_actions["projector"].trigger()
    assert window.projector is not None and window.projector.isVisible()
    window.named_actions["projector"].trigger()
    assert window.projector is None
    # Preferences apply live: language and the speaking-time limit.
    window.named_actions["preferences"].trigger()
    prefs = window.windows.get("preferences")
    prefs.language.setCurrentIndex(prefs.language.findData("ar"))
    prefs.limit_minutes.setValue(3)
    prefs.accept()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.workspace.speakers.floor.limit_seconds() == 180
    window.set_language("en")


def test_session_with_values_another_tool_broke_is_refused_with_a_sentence(make_window, session_path, qtbot) -> None:  # noqa: ANN001
    import sqlite3

    conn = sqlite3.connect(session_path)
    conn.execute("UPDATE question SET position='first'")
    conn.commit()
    conn.close()
    prompts = ScriptedPrompter()
    win = make_window(prompts)
    # The whole-file checks run once the window is shown (start-up must not grow with the file);
    # their refusal closes the session with the same sentence, before any recovery offer.
    win.open_path(session_path)
    qtbot.waitUntil(lambda: win.workspace is None, timeout=20000)
    assert prompts.log[-1][0] == "warn" and "cannot read" in prompts.log[-1][1]
    assert "sahel-panel check" in prompts.log[-1][1]
    assert not any(kind == "ask" for kind, *_ in prompts.log)  # no "recover a draft?" about a refused file


def test_a_sound_file_is_checked_in_the_background_then_offers_recovery(make_window, session_path, qtbot) -> None:  # noqa: ANN001
    from sahel_panel.services import SessionService

    with SessionService.open(session_path) as service:
        service.drafts.save("contribution-editor", "half a sentence typed before the crash", {})
    prompts = ScriptedPrompter(answers=[True])
    win = make_window(prompts)
    assert win.open_path(session_path)
    assert win.document.service.store.sqlite_path.name == session_path.name  # the worker's own connection
    qtbot.waitUntil(lambda: not win.document.service.checks_pending, timeout=20000)
    qtbot.waitUntil(lambda: any(kind == "ask" for kind, *_ in prompts.log), timeout=20000)
    assert win.workspace is not None and win.document.service.store.content_problems == []
    assert "half a sentence" in win.workspace.contributions.editor.plain_text()


def test_closing_during_the_check_stops_it_and_drops_its_answer(make_window, session_path, qtbot) -> None:  # noqa: ANN001
    prompts = ScriptedPrompter()
    win = make_window(prompts)
    assert win.open_path(session_path)
    number = win._file_checks
    win.close_session()
    assert win._file_check is None and win.workspace is None
    win._file_checked(number, None)  # a late answer from the worker: ignored
    assert win.workspace is None and not [e for e in prompts.log if e[0] == "warn"]
