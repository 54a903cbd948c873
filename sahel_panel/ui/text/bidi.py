"""Keeping user text in its own direction inside views laid out the other way.

A cell or list item takes its paragraph direction from the window; without an
embedding, "Create a fund." shown under an Arabic window reads ".Create a
fund" and an Arabic sentence under an English window loses its question mark
to the wrong end.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from sahel_panel.domain.direction import RTL, first_strong

PLAIN_TEXT_ROLE = Qt.ItemDataRole.UserRole + 40
"""The display text without embedding marks: what type-to-jump (``keyboardSearch``) compares."""
_MATCH_DEFAULT = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap

_BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u2066\u2067\u2068\u2069"))


def text_direction(text: str) -> Qt.LayoutDirection:
    """Direction of the first strong character (:mod:`sahel_panel.domain.direction`), left-to-right when none."""
    return Qt.LayoutDirection.RightToLeft if first_strong(text) == RTL else Qt.LayoutDirection.LeftToRight


def embedded(line: str, direction_of: str | None = None) -> str:
    """``line`` wrapped in a bidi isolate of its own direction.

    A list item's paragraph direction is the window's; without this, "1. Create…"
    shown under an Arabic window reads "Create… .1". The direction comes from
    ``direction_of`` (the user's text) so the number follows its sentence.
    An isolate (LRI/RLI … PDI), not an embedding: its closing PDI also ends any
    override the user typed inside (a stray U+202E would otherwise reverse the rest
    of the row), and nothing inside reorders what is outside.
    """
    rtl = text_direction(direction_of if direction_of is not None else line) == Qt.LayoutDirection.RightToLeft
    return ("\u2067" if rtl else "\u2066") + line + "\u2069"


def isolate(text: str) -> str:
    """User text (a name, a path) inside a translated sentence: first-strong isolated, so an Arabic
    sentence keeps "/tmp/report.pdf" and "(sahel.)" in order and a typed override stays inside."""
    return "\u2068" + text + "\u2069"


def plain(text: str) -> str:
    """Item text without the embedding and isolate marks (for tests and accessibility)."""
    return text.translate(_BIDI_MARKS)


def plain_display(model, index: QModelIndex | QPersistentModelIndex) -> str | None:  # noqa: ANN001
    """``model``'s display text at ``index`` without the marks, for :data:`PLAIN_TEXT_ROLE`."""
    text = model.data(index, Qt.ItemDataRole.DisplayRole)
    return plain(text) if isinstance(text, str) else None


class PlainTextMatch:
    """Mixin for item models whose display text is :func:`embedded`.

    The views' type-to-jump asks ``match()`` for display text starting with the typed
    letters; the leading embedding mark would never match, so "Z" would not find
    "Zainab". Display-role matches compare :data:`PLAIN_TEXT_ROLE` instead (the model's
    ``data`` answers it, see :func:`plain_display`; a proxy passes it on to its source).
    """

    def match(self, start, role, value, hits=1, flags=_MATCH_DEFAULT):  # noqa: ANN001, ANN201
        if role == Qt.ItemDataRole.DisplayRole:
            role = PLAIN_TEXT_ROLE
        return super().match(start, role, value, hits, flags)  # type: ignore[misc]


class EmbeddingDelegate(QStyledItemDelegate):
    """Paints an item's text in a bidi embedding of its own direction, leaving the item's text plain.

    For list widgets, whose model ``match()`` cannot be overridden: the text stays searchable
    by type-to-jump and the names still keep their own direction under either layout.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if option.text:
            option.text = embedded(plain(option.text))
