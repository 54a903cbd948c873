"""User text is data, never markup: labels show it as plain text, tooltips escape it.

Qt guesses whether a label's or a tooltip's text is rich text (``Qt::mightBeRichText``):
a speaker named ``<b>Aïcha</b>`` would show in bold, and ``<img src=…>`` would try to load
an image. Labels that show user text get :func:`plain_label`; tooltips get :func:`tooltip`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(label: QLabel) -> QLabel:
    """Show ``label``'s text literally, whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (escaped, line breaks and spaces kept); empty stays empty."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def menu_text(text: str) -> str:
    """User text for a menu item or button: every ``&`` shown, none taken as a mnemonic.

    "Peace & Security.sahel" would otherwise lose its ``&`` and underline the S.
    """
    return text.replace("&", "&&")
