"""Switching the interface language while the window is open.

Installing or removing a QTranslator makes Qt send ``LanguageChange`` to
every widget; the panels retranslate themselves on it. This class only keeps
the installed translators so the next switch can remove them, and flips the
layout direction for Arabic.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from sahel_panel import i18n


class LanguageManager(QObject):
    language_changed = Signal(str)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.language = "en"
        self._translators: list = []

    def apply(self, lang: str) -> None:
        lang = i18n.normalise(lang)
        i18n.uninstall(self.app, self._translators)
        self._translators = i18n.install(self.app, lang)
        changed = lang != self.language
        self.language = lang
        if changed:
            self.language_changed.emit(lang)
