"""Importing a speaker list from the Speakers menu (and set-up): one file, one undo step, one sentence.

The list is read by the exchange loader (all or nothing, every problem named with its line and
field) and added by one :class:`~sahel_panel.ui.speakers.commands.ImportSpeakers`, so Ctrl+Z
removes the whole list again — as long as nobody on it has spoken.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sahel_panel.domain.model import DomainError
from sahel_panel.store import StoreError
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.speakers.commands import ImportSpeakers
from sahel_panel.ui.text.bidi import isolate
from sahel_panel.ui.text.errors import error_text


def list_filter() -> str:
    return QCoreApplication.translate("SpeakerImport", "Speaker lists (*.csv *.yaml *.yml);;All files (*)")


def import_speaker_list(document: SessionDocument, path: str | Path) -> tuple[int, str]:
    """Import ``path``; returns how many speakers were added and the sentence to show (a problem when 0)."""
    from sahel_panel.exchange.errors import ExchangeError
    from sahel_panel.exchange.speakers import load_speaker_list

    path = Path(path)
    try:
        speakers = load_speaker_list(path)
    except (ExchangeError, DomainError, StoreError, OSError, UnicodeError, ValueError) as exc:
        return 0, (QCoreApplication.translate("SpeakerImport", "Nothing was imported.") + "\n\n" + error_text(exc))
    messages: list[str] = []
    document.failed.connect(messages.append)
    try:
        done = document.execute(ImportSpeakers(document.service, speakers, path.name))
    finally:
        document.failed.disconnect(messages.append)
    if not done:
        return 0, QCoreApplication.translate("SpeakerImport", "Nothing was imported.") + (
            "\n\n" + messages[0] if messages else "")
    return len(speakers), (QCoreApplication.translate("SpeakerImport", "%1 speakers imported from %2 (Ctrl+Z removes them).")
                           .replace("%1", str(len(speakers))).replace("%2", isolate(path.name)))
