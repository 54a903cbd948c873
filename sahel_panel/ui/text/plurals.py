"""Sentences with a count, in Qt's plural forms (Arabic has six).

They live in one QObject because pyside6-lupdate (6.11) extracts plural
("numerus") messages only from ``self.tr(text, disambiguation, n)`` calls;
``QCoreApplication.translate(..., n)`` loses the plural forms on extraction.
Without a translation the English source is made singular or plural here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    def turns(self, n: int) -> str:
        return _english(self.tr("%n turn(s)", "", n), n)

    def revisions(self, n: int) -> str:
        return _english(self.tr("%n revision(s), oldest first.", "", n), n)

    def results(self, n: int) -> str:
        return _english(self.tr("%n result(s); Enter opens the chosen one.", "", n), n)


def _english(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s") if "(s)" in text else text


_PLURALS: Plurals | None = None


def plurals() -> Plurals:
    global _PLURALS
    if _PLURALS is None:
        _PLURALS = Plurals()
    return _PLURALS
