"""Preferences: interface language and the default speaking-time limit, kept in QSettings.

The dialog only stores and announces; the main window reacts to
:attr:`PreferencesDialog.language_changed` (reinstalling translations,
switching the layout direction) and to :attr:`limit_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from sahel_panel import i18n
from sahel_panel.domain.model import LANGUAGES

LANGUAGE_KEY = "ui/language"
LIMIT_KEY = "floor/limit_seconds"
DEFAULT_LIMIT_SECONDS = 5 * 60


def stored_language(settings: QSettings | None = None) -> str:
    """The chosen interface language, or the system's when none was chosen yet."""
    settings = settings or QSettings()
    value = settings.value(LANGUAGE_KEY, "")
    return i18n.normalise(str(value)) if value else i18n.system_language()


def stored_limit_seconds(settings: QSettings | None = None) -> int:
    settings = settings or QSettings()
    try:
        return max(0, int(settings.value(LIMIT_KEY, DEFAULT_LIMIT_SECONDS)))
    except (TypeError, ValueError):
        return DEFAULT_LIMIT_SECONDS


class PreferencesDialog(QDialog):
    """Language names are shown in their own language, so anyone can find theirs whatever the UI shows."""

    language_changed = Signal(str)  # "en", "fr" or "ar"
    limit_changed = Signal(int)  # seconds

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Interface language"))
        for lang in LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES[lang], lang)
        self.limit_minutes = QSpinBox(self)
        self.limit_minutes.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Speaking-time limit in minutes"))
        self.limit_minutes.setRange(0, 60)
        self.limit_minutes.setSpecialValueText(QCoreApplication.translate("PreferencesDialog", "No limit"))
        self.limit_minutes.setSuffix(QCoreApplication.translate("PreferencesDialog", " min"))
        note = QLabel(QCoreApplication.translate("PreferencesDialog", "The language applies to the whole window; reports choose their own language."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Interface &language"), self.language)
        form.addRow(QCoreApplication.translate("PreferencesDialog", "Speaking-time &limit"), self.limit_minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._initial_language = stored_language(self.settings)
        self._initial_limit = stored_limit_seconds(self.settings)
        self.language.setCurrentIndex(max(0, self.language.findData(self._initial_language)))
        self.limit_minutes.setValue(round(self._initial_limit / 60))

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_limit_seconds(self) -> int:
        return self.limit_minutes.value() * 60

    def accept(self) -> None:
        """Store both values, then announce only what changed."""
        lang, limit = self.chosen_language(), self.chosen_limit_seconds()
        self.settings.setValue(LANGUAGE_KEY, lang)
        self.settings.setValue(LIMIT_KEY, limit)
        self.settings.sync()
        super().accept()
        if lang != self._initial_language:
            self._initial_language = lang
            self.language_changed.emit(lang)
        if limit != self._initial_limit:
            self._initial_limit = limit
            self.limit_changed.emit(limit)
