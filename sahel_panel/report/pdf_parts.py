"""Styles and small builders shared by the PDF sections: headings, paragraphs, tables.

Everything that depends on the report's direction lives here: a table's
columns are reversed for Arabic, numbers sit at the end side, headings carry
their bookmark and contents key.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Table, TableStyle

from sahel_panel.report import strings, textshape
from sahel_panel.report.flowables import Outline, Rule, Style, TextBlock
from sahel_panel.report.fonts import BOLD, REGULAR, metrics

BLUE = "#1f4e79"
GREY = "#595959"

BODY = Style(size=9.5, leading=13.0, space_after=3.0)
SMALL = Style(size=8.0, leading=10.5, color=GREY, space_after=2.0)
CELL = Style(size=8.5, leading=11.0, space_after=0.0)
CELL_HEAD = Style(font=BOLD, size=8.5, leading=11.0, space_after=0.0, color="#ffffff")
H1 = Style(font=BOLD, size=16.0, leading=20.0, color=BLUE, space_before=14.0, space_after=4.0)
H2 = Style(font=BOLD, size=11.5, leading=15.0, color=BLUE, space_before=10.0, space_after=4.0)
SPEAKER = Style(font=BOLD, size=9.0, leading=12.0, space_before=7.0, space_after=1.0, color="#262626")
QUESTION = Style(size=11.0, leading=15.0, space_after=6.0, color="#262626")
TOC1 = Style(size=10.5, leading=15.0, space_after=2.0)
TOC2 = Style(size=9.0, leading=12.0, space_after=1.5, indent=16.0, color="#333333")


class Parts:
    """Helpers bound to one report: language, direction, frame width and outline."""

    def __init__(self, lang: str, width: float, outline: Outline) -> None:
        self.lang = lang
        self.rtl = lang == "ar"
        self.width = width
        self.outline = outline

    def t(self, key: str, **values: object) -> str:
        return strings.t(self.lang, key, **values)

    def value(self, kind: str, key: str) -> str:
        return strings.value(self.lang, kind, key)

    # -- text ------------------------------------------------------------
    def para(self, text: str, style: Style = BODY, rtl: bool | None = None, **kw: object) -> TextBlock:
        """User or report text; direction from the text itself unless given, defaulting to the report's."""
        return TextBlock(text, style, rtl=rtl, default_rtl=self.rtl, **kw)

    def aligned(self, text: str, style: Style = BODY, **kw: object) -> TextBlock:
        """User text whose bidi base follows the text but which aligns like the report (cover, cells)."""
        return TextBlock(text, style, rtl=None, default_rtl=self.rtl, align_rtl=self.rtl, **kw)

    def fixed(self, text: str, style: Style = BODY, **kw: object) -> TextBlock:
        """Report text laid out in the report's own direction (labels, notes, headings)."""
        return TextBlock(text, style, rtl=self.rtl, **kw)

    def heading(self, text: str, key: str, level: int = 0, outline_title: str | None = None) -> list:
        style = H1 if level == 0 else H2
        block = self.fixed(text, style, outline=(self.outline, key, outline_title or text, level),
                           keep_with_next=True)
        if level == 0:
            return [block, Rule(space=8.0)]
        return [block]

    def subheading(self, text: str) -> TextBlock:
        """A second-level heading that is neither in the contents nor in the bookmarks."""
        return self.fixed(text, H2, keep_with_next=True)

    # -- tables ----------------------------------------------------------
    def table(self, header: list[str], rows: list[list[object]], widths: list[float],
              numeric: set[int] = frozenset(), zebra: bool = True) -> Table:
        """A table whose cells are TextBlocks; column order mirrored for Arabic.

        ``widths`` are shares of the frame width; ``numeric`` columns align
        to the end side. Cells may be strings or ready flowables.
        """
        total = sum(widths)
        col_w = self._fit_columns([self.width * w / total for w in widths], header, rows, numeric)
        data = [[self._cell(h, CELL_HEAD, i in numeric) for i, h in enumerate(header)]]
        for row in rows:
            data.append([c if not isinstance(c, str) else self._cell(c, CELL, i in numeric)
                         for i, c in enumerate(row)])
        if self.rtl:
            data = [list(reversed(r)) for r in data]
            col_w = list(reversed(col_w))
        table = Table(data, colWidths=col_w, repeatRows=1, hAlign="RIGHT" if self.rtl else "LEFT")
        commands = [
            ("FONT", (0, 0), (-1, -1), REGULAR, CELL.size),  # else reportlab sets (unembedded) Helvetica per cell
            ("BACKGROUND", (0, 0), (-1, 0), HexColor(BLUE)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#bfbfbf")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if zebra:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [HexColor("#ffffff"), HexColor("#f2f6fa")]))
        table.setStyle(TableStyle(commands))
        return table

    def _fit_columns(self, col_w: list[float], header: list[str], rows: list[list[object]],
                     numeric: set[int]) -> list[float]:
        """Widen columns whose header words (or figures) would not fit, taking the room from the widest text column.

        Header words never break inside ("Yout/h", "Turn/s", "المرا/ت"): a
        column is at least as wide as its widest header word, and a figure
        column as wide as its widest figure.
        """
        pad = 8.5  # LEFTPADDING + RIGHTPADDING, and a hair
        bold, regular = metrics(BOLD), metrics(REGULAR)
        need = []
        for i, head in enumerate(header):
            words = textshape.shape(textshape.clean(head)).split() or [""]
            w = max(bold.width(word) for word in words) * CELL_HEAD.size
            if i in numeric:
                w = max([w, *(regular.width(textshape.shape(c)) * CELL.size for r in rows
                              for c in [r[i]] if isinstance(c, str))])
            need.append(w + pad)
        out = list(col_w)
        for i, w in enumerate(need):
            if out[i] >= w:
                continue
            donors = [j for j in range(len(out)) if j not in numeric and j != i and out[j] > need[j] + 1]
            if not donors:
                break
            j = max(donors, key=lambda k: out[k] - need[k])
            take = min(w - out[i], out[j] - need[j])
            out[i] += take
            out[j] -= take
        return out

    def _cell(self, text: str, style: Style, numeric: bool) -> TextBlock:
        if numeric:
            return TextBlock(text, style.but(align="end"), rtl=self.rtl)
        return TextBlock(text, style, rtl=None, default_rtl=self.rtl, align_rtl=self.rtl)

    def pairs(self, rows: list[tuple[str, str]], label_share: float = 0.32, style: Style = BODY) -> Table:
        """Label / value lines without grid (cover and key figures), mirrored for Arabic."""
        label_style = style.but(font=BOLD, color=BLUE)
        data = [[self.fixed(label, label_style.but(space_after=0)),
                 TextBlock(value, style.but(space_after=0), rtl=None, default_rtl=self.rtl, align_rtl=self.rtl)]
                for label, value in rows]
        col_w = [self.width * label_share, self.width * (1 - label_share)]
        if self.rtl:
            data = [list(reversed(r)) for r in data]
            col_w = list(reversed(col_w))
        table = Table(data, colWidths=col_w, hAlign="RIGHT" if self.rtl else "LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, style.size),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0 if not self.rtl else 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6 if not self.rtl else 0),
        ]))
        return table

    def short(self, text: str, limit: int = 160) -> str:
        """A long user text cut for the contents, at a word (the full text is in its section)."""
        text = " ".join(textshape.clean(text).split())
        if len(text) <= limit:
            return text
        cut = text[:limit + 1]
        space = cut.rfind(" ")
        cut = cut[:space] if space > limit // 2 else text[:limit]
        return cut.rstrip(" ,;:.،؛-–—") + "…"


__all__ = ["BODY", "CELL", "H1", "H2", "QUESTION", "REGULAR", "SMALL", "SPEAKER", "TOC1", "TOC2", "Parts"]
