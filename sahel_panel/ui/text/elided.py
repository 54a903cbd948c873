"""A label of fixed height for user text of any length: it never makes the layout jump.

A word-wrapped QLabel asks for the height of its text: a speaker called
"Mr. Giuseppe Roberto Alessandro Romano-Castellani…" or a four-line question pushed
the timer, the editor and the docks around each time the text changed, and an
unwrapped one asked for the width of its whole text (a French hint made the window
wider than a 1366-pixel screen). :class:`ElidedLabel` keeps the height of
``max_lines`` lines of its largest font whatever it shows and asks for no width: a
text too long for it is first shown in the smaller fonts it is allowed (so a long
question is still read whole), then cut with "…" on its last line, the whole text
in the tooltip. The text is always plain (user text is data, never markup).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from sahel_panel.ui.text.plain import tooltip

_LINE_SEPARATOR = "\u2028"


def wrap_lines(text: str, font: QFont, width: float) -> list[str]:
    """``text`` broken into the lines a word-wrapped label of ``width`` pixels would show."""
    if not text:
        return []
    layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", _LINE_SEPARATOR), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    content = layout.text()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        lines.append(content[line.textStart():line.textStart() + line.textLength()].rstrip(_LINE_SEPARATOR + " "))
    layout.endLayout()
    return lines


class ElidedLabel(QLabel):
    """At most ``max_lines`` lines, a fixed height, no width asked; ``scales`` are the font sizes
    (relative to the font set on the label) tried in turn before the text is cut."""

    def __init__(self, max_lines: int = 1, scales: tuple[float, ...] = (1.0,), parent: QWidget | None = None,
                 objectName: str = "") -> None:  # noqa: N803 - the Qt keyword, as for other widgets
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)  # the lines are broken here, to the width the label has
        self._full = ""
        self._max_lines = max(1, max_lines)
        self._scales = tuple(sorted(scales, reverse=True)) or (1.0,)
        self._base = QFont(self.font())
        self._busy = False
        self._own_alignment = False  # until set: the leading side of the window, whatever the text's script
        self.elided = False
        """Whether the text shown is cut (the whole text is then the tooltip)."""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fix_height()

    # -- the text ----------------------------------------------------------------------
    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text or ""
        self._relayout()

    def text(self) -> str:
        """The whole text (what is shown may be cut)."""
        return self._full

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:  # noqa: N802
        self._own_alignment = True
        super().setAlignment(alignment)

    def shown_text(self) -> str:
        return super().text()

    def set_base_font(self, font: QFont) -> None:
        """The largest font (scale 1.0 of ``scales``); the height is that of ``max_lines`` of its lines."""
        self._base = QFont(font)
        self._fix_height()
        self._relayout()

    # -- size: fixed height, no width of its own ----------------------------------------
    def _fix_height(self) -> None:
        m = self.contentsMargins()
        self.setFixedHeight(self._line_height(self._scaled(self._scales[0])) * self._max_lines
                            + m.top() + m.bottom() + 2 * self.margin())

    def sizeHint(self) -> QSize:  # noqa: N802
        """One line: the whole text's width (a wish, never a minimum); more lines: what the layout gives."""
        metrics = QFontMetricsF(self._base)
        wish = metrics.horizontalAdvance(self._full) if self._max_lines == 1 else metrics.averageCharWidth() * 12
        m = self.contentsMargins()
        return QSize(int(wish + 0.999) + m.left() + m.right() + 2 * self.margin() + 2, self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(int(QFontMetricsF(self._base).averageCharWidth() * 4), self.height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    # -- fitting -----------------------------------------------------------------------
    def _scaled(self, scale: float) -> QFont:
        font = QFont(self._base)
        if scale != 1.0:
            font.setPointSizeF(self._base.pointSizeF() * scale)
        return font

    @staticmethod
    def _line_height(font: QFont) -> int:
        return int(QFontMetricsF(font).lineSpacing() + 0.999)

    def _relayout(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            rect = self.contentsRect()
            width = rect.width() - 2 * self.margin() - max(0, self.indent())
            height = rect.height() - 2 * self.margin()
            chosen, lines, room = self._scaled(self._scales[-1]), [], 1
            for scale in self._scales:
                font = self._scaled(scale)
                room = max(1, height // self._line_height(font))
                lines = wrap_lines(self._full, font, width)
                chosen = font
                if len(lines) <= room:
                    break
            self.elided = len(lines) > room
            if self.elided:
                rest = " ".join(lines[room - 1:])
                last = QFontMetricsF(chosen).elidedText(rest, Qt.TextElideMode.ElideRight, max(1.0, width))
                lines = [*lines[:room - 1], last]
            if not self._own_alignment:  # a Latin name in an Arabic window starts at the right, beside its neighbours
                side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
                super().setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
            if self.font() != chosen:
                self.setFont(chosen)
            super().setText("\n".join(lines))
            self.setToolTip(tooltip(self._full) if self.elided else "")
        finally:
            self._busy = False

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self._busy:  # a font set from outside: the new base
            self._base = QFont(self.font())
            self._fix_height()
            self._relayout()
        elif event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.StyleChange):
            self._fix_height()
            self._relayout()


class ElidedComboBox(QComboBox):
    """A list whose shown choice is cut with "…" at its end, never clipped, the whole choice in the tooltip.

    A plain combo clips a long speaker's name at its edge (under an Arabic window a Latin name lost its
    beginning: "ommittee on Political and Security Affairs)").
    """

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.currentIndexChanged.connect(self._tip)

    def _tip(self, _index: int = 0) -> None:
        self.setToolTip(tooltip(self.currentText()))

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.toolTip() != tooltip(self.currentText()):  # items refilled with signals blocked
            self._tip()
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, max(0, room))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
