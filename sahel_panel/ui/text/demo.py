"""The demo session, named as such wherever the window names its file.

A rapporteur who practised on the demo must not record the real panel into it
without knowing: its file name comes with "DEMO (practice only)" in the title bar,
the status bar, File > Open recent, the welcome page's recent files, the dialogs
that act on the open file, and the Series window's list of panel files. One
phrase, translated here, so every place says the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sahel_panel.paths import is_demo
from sahel_panel.ui.text.bidi import isolate


def file_label(path: str | Path) -> str:
    """The file's name; for the demo, "DEMO (practice only): <name>" (the name isolated in an Arabic line)."""
    name = Path(path).name
    if not is_demo(path):
        return name
    return QCoreApplication.translate("Demo", "DEMO (practice only): %1").replace("%1", isolate(name))


def dialog_title(title: str, path: str | Path) -> str:
    """A dialog's title, marked when the dialog acts on the demo ("Export report — DEMO (practice only)")."""
    if not is_demo(path):
        return title
    return QCoreApplication.translate("Demo", "%1 — DEMO (practice only)").replace("%1", title)
