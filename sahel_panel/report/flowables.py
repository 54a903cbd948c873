"""Platypus flowables that draw bidi-correct text without reportlab's markup parser.

:class:`TextBlock` is the one text flowable of the report: it breaks lines in
logical order with the font's metrics, reorders each line for display, and
aligns it to its paragraph's start side (right for Arabic). It splits across
pages line by line, so a 100,000-character contribution flows over as many
pages as it needs. Text is drawn with ``drawString``: user text is never
parsed as markup, so ``<b>`` and ``&amp;`` print as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import HexColor
from reportlab.platypus.flowables import Flowable

from sahel_panel.report import textshape
from sahel_panel.report.fonts import BOLD, REGULAR, metrics

ASCENT = 0.93  # DejaVu Sans ascender as a share of the size: first baseline below the top
# A canvas attribute: False when the pages are left-to-right (an English or French report), where
# draw_text leaves out the right-to-left marks of textshape.visual (see textshape.RLM).
RTL_PAGES = "sahel_rtl_pages"


@dataclass(frozen=True)
class Style:
    font: str = REGULAR
    size: float = 10.0
    leading: float = 13.5
    color: str = "#1a1a1a"
    space_before: float = 0.0
    space_after: float = 4.0
    indent: float = 0.0  # on the paragraph's start side
    align: str = "start"  # start, end or center, relative to the paragraph direction

    def but(self, **changes: object) -> Style:
        return replace(self, **changes)


class Outline:
    """Where headings landed: page numbers for the contents, bookmarks for the PDF outline."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}
        self._last_level = -1

    def add(self, canv, key: str, title: str, level: int, top: float) -> None:  # noqa: ANN001
        self.pages[key] = canv.getPageNumber()
        canv.bookmarkHorizontal(key, 0, top)
        level = min(level, self._last_level + 1)
        canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        self._last_level = level


class TextBlock(Flowable):
    """A paragraph of plain text (newlines kept) in one font, bidi-aware and splittable."""

    def __init__(self, text: str, style: Style, rtl: bool | None = None, default_rtl: bool = False,
                 label: str = "", label_width: float = 0.0, outline: tuple[Outline, str, str, int] | None = None,
                 keep_with_next: bool = False, cleaned: bool = False, align_rtl: bool | None = None,
                 label_rtl: bool | None = None) -> None:
        """``rtl`` is the bidi base direction (None: from the text, else ``default_rtl``);
        ``align_rtl`` the side the lines align to (default: the base direction), so
        a Latin name in an Arabic table still sits on the right like its column;
        ``label_rtl`` the side of the label and indent (default: ``align_rtl``), so
        recommendation numbers stay on the report's side whatever their text's direction."""
        super().__init__()
        self.text = text if cleaned else textshape.clean(text)
        self.style = style
        self.rtl = (textshape.direction(self.text, "rtl" if default_rtl else "ltr") == "rtl") if rtl is None else rtl
        self.align_rtl = self.rtl if align_rtl is None else align_rtl
        self.label_rtl = self.align_rtl if label_rtl is None else label_rtl
        self.label = textshape.display(label, self.rtl) if label else ""
        self.label_width = label_width if label else 0.0
        self.outline = outline
        self.keepWithNext = keep_with_next
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines: list[tuple[str, float]] | None = None
        self._for_width = -1.0
        self.width = 0.0
        self.height = 0.0

    # -- layout ----------------------------------------------------------
    def _layout(self, width: float) -> list[tuple[str, float]]:
        if self._lines is None or self._for_width != width:
            m = metrics(self.style.font)
            size = self.style.size
            usable = max(20.0, width - self.style.indent - self.label_width)
            self._lines = textshape.layout(
                self.text, lambda s: m.width(s) * size, usable, m.width(" ") * size, self.rtl, cover=m.cover
            )
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split between lines, never leaving a single line alone on either page."""
        lines = self._layout(availWidth)
        n = len(lines)
        fit = int((availHeight + 0.01) // self.style.leading)
        if fit >= n:
            return [self]
        if n <= 3:
            return []
        fit = min(fit, n - 2)
        if fit < 2:
            return []
        return [self._part(lines[:fit], first=True), self._part(lines[fit:], first=False)]

    def _part(self, lines: list[tuple[str, float]], first: bool) -> TextBlock:
        part = TextBlock.__new__(TextBlock)
        Flowable.__init__(part)
        part.text, part.style, part.rtl, part.align_rtl = self.text, self.style, self.rtl, self.align_rtl
        part.label_rtl = self.label_rtl
        part.label = self.label if first else ""
        part.label_width = self.label_width
        part.outline = self.outline if first else None
        part.keepWithNext = False
        part.spaceBefore = self.spaceBefore if first else 0.0
        part.spaceAfter = 0.0 if first else self.spaceAfter
        part._lines, part._for_width = lines, self._for_width
        part.width = part.height = 0.0
        return part

    # -- drawing ---------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        st = self.style
        lines = self._lines or []
        if self.outline is not None:
            outline, key, title, level = self.outline
            outline.add(canv, key, title, level, self.height)
        canv.setFillColor(HexColor(st.color))
        inset = st.indent + self.label_width
        left_in, right_in = (0.0, inset) if self.label_rtl else (inset, 0.0)
        y = self.height - ASCENT * st.size
        align = st.align
        to_right = (align == "start") == self.align_rtl  # start of RTL or end of LTR
        for line, line_w in lines:
            if align == "center":
                x = left_in + (self.width - left_in - right_in - line_w) / 2
            elif to_right:
                x = self.width - right_in - line_w
            else:
                x = left_in
            draw_text(canv, x, y, line, st.font, st.size)
            y -= st.leading
        if self.label:
            top = self.height - ASCENT * st.size
            x = self.width - st.indent - metrics(BOLD).width(self.label) * st.size if self.label_rtl else st.indent
            draw_text(canv, x, top, self.label, BOLD, st.size)


def draw_text(canv, x: float, y: float, text: str, font_name: str, size: float) -> None:  # noqa: ANN001
    """Draw one already-ordered line: the text operators reportlab's ``drawString`` writes, minus its work.

    ``drawString`` re-measures every string with pure-Python metrics and runs
    it through its (inactive) bidi hook; for thousands of lines that was a
    third of the build. Here the TrueType subset split is reportlab's own
    (pinned at 5.1.0; the tests read the result back with pdftotext).
    Characters marked for mirroring are drawn flipped with their own
    logical code, so copying the text gives "(" where the reader sees ")".
    Right-to-left marks are drawn only on right-to-left pages (:data:`RTL_PAGES`).
    """
    if not text:
        return
    if textshape.RLM in text and not getattr(canv, RTL_PAGES, True):
        text = text.replace(textshape.RLM, "")
        if not text:
            return
    from reportlab.pdfbase.pdfmetrics import getFont

    font = getFont(font_name)
    doc = canv._doc  # noqa: SLF001
    name_of = font.getSubsetInternalName
    parts: list[str] = []

    def emit(segment: str, matrix: str) -> None:
        parts.append(f"BT {matrix} Tm")
        for subset, chunk in font.splitString(segment, doc):
            # Hex strings: bytes.hex() runs in C where reportlab's escaping is pure Python.
            parts.append(f"{name_of(subset, doc)} {size:g} Tf <{chunk.hex()}> Tj")
        parts.append("ET")

    if not textshape.is_marked(text):
        emit(text, f"1 0 0 1 {x:.2f} {y:.2f}")
    else:
        m = metrics(font_name)
        start = 0
        for i, ch in enumerate(text):
            code = ord(ch)
            if code < textshape.MARK_BASE:
                continue
            if i > start:
                segment = text[start:i]
                emit(segment, f"1 0 0 1 {x:.2f} {y:.2f}")
                x += m.width(segment) * size
            logical = chr(code - textshape.MARK_BASE)
            w = m.width(logical) * size
            emit(logical, f"-1 0 0 1 {x + w:.2f} {y:.2f}")
            x += w
            start = i + 1
        if start < len(text):
            emit(text[start:], f"1 0 0 1 {x:.2f} {y:.2f}")
    canv._code.append(" ".join(parts))  # noqa: SLF001


class PageRef(TextBlock):
    """A contents line whose page number is a PDF form filled in once the layout is done.

    The text takes the document's direction; the page number sits in a column
    on the end side (right in English and French, left in Arabic).
    """

    def __init__(self, text: str, style: Style, rtl: bool, key: str, number_width: float = 36.0) -> None:
        super().__init__(text, style, rtl=rtl)
        self.key = key
        self.number_width = number_width

    def _layout(self, width: float) -> list[tuple[str, float]]:
        return super()._layout(width - self.number_width)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        y = self.height - ASCENT * self.style.size - (len(self._lines or []) - 1) * self.style.leading
        canv.saveState()
        canv.translate(0 if self.rtl else self.width, y)
        canv.doForm(f"toc_{self.key}")
        canv.restoreState()


def spacer(height: float) -> Flowable:
    from reportlab.platypus import Spacer

    return Spacer(1, height)


class Rule(Flowable):
    """A thin horizontal line across the frame (under headings)."""

    def __init__(self, color: str = "#1f4e79", thickness: float = 0.8, space: float = 4.0) -> None:
        super().__init__()
        self.color, self.thickness = color, thickness
        self.spaceAfter = space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(HexColor(self.color))
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 0, self.width, 0)
