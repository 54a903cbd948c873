"""One text-direction rule for the window and the reports: the first strong character decides."""

from __future__ import annotations

import pytest

from sahel_panel.domain import direction as rule
from sahel_panel.report import textshape


@pytest.mark.parametrize(("text", "expected"), [
    ("Create a fund.", "ltr"), ("إنشاء صندوق.", "rtl"), ("2023: إنشاء", "rtl"), ("«UNODC» يدعم", "ltr"),
    ("  ... 42 !", None), ("", None), ("\u200fשלום", "rtl"),
])
def test_first_strong_character_decides(text: str, expected: str | None) -> None:
    assert rule.first_strong(text) == expected
    assert rule.direction(text, "rtl") == (expected or "rtl")


def test_the_reports_use_the_same_rule() -> None:
    assert textshape.first_strong is rule.first_strong and textshape.direction is rule.direction


def test_the_window_uses_the_same_rule() -> None:
    from PySide6.QtCore import Qt

    from sahel_panel.ui.text.bidi import text_direction

    for text in ("Create", "إنشاء", "42", "«UNODC» يدعم"):
        rtl = text_direction(text) == Qt.LayoutDirection.RightToLeft
        assert rtl == (rule.first_strong(text) == "rtl")
