"""Errors the report and export functions raise, each with one sentence for the user.

Kept in a tiny module without reportlab so the CLI and the window can catch
them without importing the PDF engine.
"""

from __future__ import annotations

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, Translatable


class ReportError(Translatable, Exception):
    """The report or export cannot be produced; ``str()`` is a sentence for the user (``template`` for the window)."""


class ReportCancelled(ReportError):
    """The user cancelled the export; no file was written and an old one is intact."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or Message(QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written.")))


class ExportError(ReportError, ValueError):
    """An export (snapshot, JSON, DOCX) cannot be made from this input; one sentence for the user."""
