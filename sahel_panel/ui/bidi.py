"""Keeping user text in its own direction inside views laid out the other way.

A cell or list item takes its paragraph direction from the window; without an
embedding, "Create a fund." shown under an Arabic window reads ".Create a
fund" and an Arabic sentence under an English window loses its question mark
to the wrong end.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt

_BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u2066\u2067\u2068\u2069"))


def text_direction(text: str) -> Qt.LayoutDirection:
    """Direction of the first strong character (Unicode bidi rule P2), left-to-right when none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def embedded(line: str, direction_of: str | None = None) -> str:
    """``line`` wrapped in a bidi embedding of its own direction.

    A list item's paragraph direction is the window's; without this, "1. Create…"
    shown under an Arabic window reads "Create… .1". The direction comes from
    ``direction_of`` (the user's text) so the number follows its sentence.
    """
    rtl = text_direction(direction_of if direction_of is not None else line) == Qt.LayoutDirection.RightToLeft
    return ("\u202b" if rtl else "\u202a") + line + "\u202c"


def plain(text: str) -> str:
    """Item text without the embedding and isolate marks (for tests and accessibility)."""
    return text.translate(_BIDI_MARKS)
