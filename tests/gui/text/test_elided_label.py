"""ElidedLabel: a fixed height whatever its text, smaller fonts before cutting, user text never markup."""

from __future__ import annotations

from PySide6.QtGui import QFont

from sahel_panel.ui.text.elided import ElidedLabel, wrap_lines

LONG = " ".join(["Giuseppe Roberto Alessandro Romano-Castellani di Montefiore della Valle"] * 6)


def test_height_and_size_hints_do_not_follow_the_text(qtbot) -> None:  # noqa: ANN001
    label = ElidedLabel(2, (1.0, 0.8))
    qtbot.addWidget(label)
    label.resize(300, label.height())
    label.setText("Short")
    before = (label.height(), label.minimumSizeHint(), label.sizeHint().height())
    label.setText(LONG)
    assert (label.height(), label.minimumSizeHint(), label.sizeHint().height()) == before
    assert not label.hasHeightForWidth()


def test_a_smaller_font_first_then_cut_with_the_whole_text_in_the_tooltip(qtbot) -> None:  # noqa: ANN001
    label = ElidedLabel(2, (1.0, 0.7))
    qtbot.addWidget(label)
    base = QFont(label.font())
    base.setPointSizeF(14)
    label.setFont(base)
    label.resize(260, label.height())
    label.setText("Giuseppe Roberto Alessandro Romano-Castellani di Montefiore")  # three lines at 14 pt
    assert not label.elided and label.font().pointSizeF() < 14 and label.toolTip() == ""
    label.setText(LONG)
    assert label.elided and label.shown_text().endswith("…")
    assert label.shown_text().count("\n") <= 2  # never more lines than the height holds
    assert "Montefiore della Valle" in label.toolTip() and label.text() == LONG


def test_user_text_is_shown_literally(qtbot) -> None:  # noqa: ANN001
    label = ElidedLabel(1)
    qtbot.addWidget(label)
    label.resize(400, label.height())
    label.setText("<b>Aïcha</b> & <img src=x>")
    assert label.shown_text() == "<b>Aïcha</b> & <img src=x>"
    label.setText("<b>" + LONG)
    assert "&lt;b&gt;" in label.toolTip()  # the tooltip is escaped, not rendered


def test_line_breaks_typed_in_the_text_are_kept() -> None:
    lines = wrap_lines("one\ntwo\nthree\nfour", QFont(), 1000)
    assert lines == ["one", "two", "three", "four"]
