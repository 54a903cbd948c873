"""The one text-direction rule: a paragraph runs the way of its first strong character.

Unicode's bidi rule P2, as Qt applies it to a paragraph with automatic direction: the
first character that is strongly left-to-right (Latin letters) or right-to-left (Arabic,
Hebrew) decides; digits, punctuation and spaces do not. The window (``ui/text/bidi.py``)
and the reports (``report/textshape.py``) both ask here, so a sentence is never laid out
one way on screen and the other in print. Qt-free (domain layer).
"""

from __future__ import annotations

import unicodedata

RTL, LTR = "rtl", "ltr"


def first_strong(text: str) -> str | None:
    """``"rtl"`` or ``"ltr"`` after the first strongly directional character, None when there is none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return LTR
        if kind in ("R", "AL"):
            return RTL
    return None


def direction(text: str, default: str = LTR) -> str:
    """Base direction of a paragraph: its first strong character's, else ``default``."""
    return first_strong(text) or default
