"""The language is recognised as the rapporteur types, shown before recording, and stored as shown (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import fresh, type_text


def _record(qtbot, editor, text: str) -> None:  # noqa: ANN001
    editor.setFocus()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_french_and_arabic_contributions_are_stored_in_their_language(window, session_path, qtbot) -> None:  # noqa: ANN001
    panel = window.workspace.contributions
    editor, combo = panel.editor.text, panel.editor.language_combo
    speaker = window.document.service.speakers.list()[0].id
    panel.editor.set_speaker(speaker)
    editor.setFocus()
    type_text(qtbot, editor, "Les parlements doivent voter le budget de la sécurité.")
    qtbot.waitUntil(lambda: combo.itemText(0) == "Automatic: French", timeout=2000)  # shown before recording
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _record(qtbot, editor, "Merci.")  # too short to tell: the speaker's previous language, and the tooltip says so
    _record(qtbot, editor, "يجب تعزيز الرقابة البرلمانية على ميزانيات الأمن.")
    _record(qtbot, editor, "Parliaments must oversee the security budget.")
    # Override: the rapporteur chooses Arabic for a Latin transliteration.
    editor.setFocus()
    type_text(qtbot, editor, "Shukran jazilan.")
    combo.setCurrentIndex(combo.findData("ar"))
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with fresh(session_path) as s:
        assert [(c.text, c.language) for c in s.contributions.list()] == [
            ("Les parlements doivent voter le budget de la sécurité.", "fr"),
            ("Merci.", "fr"),
            ("يجب تعزيز الرقابة البرلمانية على ميزانيات الأمن.", "ar"),
            ("Parliaments must oversee the security budget.", "en"),
            ("Shukran jazilan.", "ar"),
        ]


def test_short_text_tooltip_says_what_was_assumed(window, qtbot) -> None:  # noqa: ANN001
    editor = window.workspace.contributions.editor
    editor.text.setPlainText("Merci.")
    detection = editor.detect()
    assert detection.reason == "short"
    assert "Too short to recognise" in editor.language_combo.itemData(0, Qt.ItemDataRole.ToolTipRole)


def test_recommendations_have_an_automatic_language_too(window, session_path, qtbot) -> None:  # noqa: ANN001
    rec = window.workspace.recommendations.editor
    assert rec.language_combo.currentData() is None  # "automatic" is the default
    for text in ("نوصي بإنشاء آلية برلمانية مشتركة لمراقبة ميزانيات الأمن.",
                 "Créer un fonds régional pour les victimes du terrorisme au Sahel.",
                 "Establish joint parliamentary oversight of defence budgets."):
        rec.text_edit.setFocus()
        type_text(qtbot, rec.text_edit, text)
        qtbot.waitUntil(lambda: rec.language_combo.itemText(0).startswith("Automatic: "), timeout=2000)
        qtbot.keyClick(rec.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: rec.text_edit.toPlainText() == "", timeout=2000)
    with fresh(session_path) as s:
        assert sorted((r.text[:12], r.language) for r in s.recommendations.list()) == sorted([
            ("نوصي بإنشاء ", "ar"), ("Créer un fon", "fr"), ("Establish jo", "en")])
