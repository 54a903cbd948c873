"""Preferences: interface language and the default speaking-time limit, kept in QSettings.

The dialog only stores and announces; the main window reacts to
:attr:`PreferencesDialog.language_changed` (reinstalling translations,
switching the layout direction) and to :attr:`limit_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from sahel_panel import i18n
from sahel_panel.domain.model import LANGUAGES
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.floor.limit import limit_spin, set_spin_seconds, spin_seconds


class PreferencesDialog(QDialog):
    """Language names are shown in their own language, so anyone can find theirs whatever the UI shows."""

    language_changed = Signal(str)  # "en", "fr" or "ar"
    limit_changed = Signal(object)  # seconds, or None for no limit

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Interface language"))
        for lang in LANGUAGES:
            self.language.addItem(i18n.NATIVE_NAMES[lang], lang)
        self.limit_minutes = limit_spin(QSpinBox(self), QCoreApplication.translate("PreferencesDialog", "No limit"))
        self.limit_minutes.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Speaking-time limit in minutes"))
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
        self._initial_language = self.settings.interface_language()
        self._initial_limit = self.settings.speaking_limit()
        self.language.setCurrentIndex(max(0, self.language.findData(self._initial_language)))
        set_spin_seconds(self.limit_minutes, self._initial_limit)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_limit_seconds(self) -> int | None:
        """The chosen limit in seconds; None for "No limit" (never a one-minute limit)."""
        return spin_seconds(self.limit_minutes)

    def accept(self) -> None:
        """Store both values, then announce only what changed."""
        lang, limit = self.chosen_language(), self.chosen_limit_seconds()
        self.settings.set_language(lang)
        self.settings.set_speaking_limit(limit)
        self.settings.sync()
        super().accept()
        if lang != self._initial_language:
            self._initial_language = lang
            self.language_changed.emit(lang)
        if limit != self._initial_limit:
            self._initial_limit = limit
            self.limit_changed.emit(limit)
