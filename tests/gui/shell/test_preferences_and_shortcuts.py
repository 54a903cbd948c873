"""Preferences store and announce what was chosen; the shortcuts table lists every action in native text and filters."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence

from sahel_panel.ui.core.settings import LANGUAGE_KEY, LIMIT_KEY, Settings
from sahel_panel.ui.shell.preferences import PreferencesDialog
from sahel_panel.ui.shell.shortcuts import ShortcutsDialog


def test_preferences_store_and_announce(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "en")
    dialog = PreferencesDialog(settings=Settings(settings))
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "en" and dialog.chosen_limit_seconds() == 300
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.limit_minutes.setValue(4)
    got = []
    dialog.language_changed.connect(lambda lang: got.append(("language", lang)))
    dialog.limit_changed.connect(lambda secs: got.append(("limit", secs)))
    dialog.accept()
    assert got == [("language", "ar"), ("limit", 240)]
    assert settings.value(LANGUAGE_KEY) == "ar" and int(settings.value(LIMIT_KEY)) == 240
    assert [dialog.language.itemText(i) for i in range(3)] == ["English", "Français", "العربية"]


def test_shortcuts_table_lists_native_text_and_filters(qtbot):
    save = QAction("&Save")
    save.setShortcut(QKeySequence("Ctrl+S"))
    find = QAction("&Find…")
    find.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("F3")])
    plain = QAction("No shortcut here")
    dialog = ShortcutsDialog([save, find, plain, save])
    qtbot.addWidget(dialog)
    assert dialog.rows == [("Save", "Ctrl+S"), ("Find", "Ctrl+F, F3")]
    assert dialog.table.rowCount() == 2
    qtbot.keyClicks(dialog.filter, "find")
    assert dialog.visible_rows() == [("Find", "Ctrl+F, F3")]


def test_no_limit_is_stored_as_no_limit_not_one_minute(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings=Settings(store))
    qtbot.addWidget(dialog)
    dialog.limit_minutes.setValue(0)
    assert dialog.limit_minutes.text() == "No limit"
    got = []
    dialog.limit_changed.connect(got.append)
    dialog.accept()
    assert got == [None] and dialog.chosen_limit_seconds() is None
    assert int(store.value(LIMIT_KEY)) == 0 and Settings(store).speaking_limit() is None
    again = PreferencesDialog(settings=Settings(store))  # and it reads back as "No limit"
    qtbot.addWidget(again)
    assert again.limit_minutes.value() == 0 and again.chosen_limit_seconds() is None
