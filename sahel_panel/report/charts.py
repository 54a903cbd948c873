"""Horizontal bar charts of speaking time, drawn with reportlab graphics.

(reportlab's ``String`` cannot flip a glyph, so brackets in chart labels are
mirrored by substitution; in text extracted from a chart they read swapped.)

Drawn by hand with shapes rather than with reportlab's chart classes so that
the chart mirrors for Arabic (labels on the right, bars growing leftwards) and
every label goes through the same shaping and bidi reordering as the text.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor

from sahel_panel.report import fmt, textshape
from sahel_panel.report.fonts import BOLD, REGULAR, metrics

PALETTE = ("#1f4e79", "#2e75b6", "#c55a11", "#548235", "#7f6000", "#7030a0", "#bf9000", "#595959")
BAR_H = 13.0
GAP = 6.0
LABEL_SIZE = 8.0


def bar_chart(title: str, items: list[tuple[str, float]], lang: str, width: float) -> Drawing:
    """One chart: ``items`` are (label, seconds); values print as minutes and share of the total."""
    rtl = lang == "ar"
    regular = metrics(REGULAR)
    total = sum(v for _, v in items)
    peak = max((v for _, v in items), default=0.0) or 1.0
    label_w = width * 0.36
    value_w = 78.0
    bar_w = max(40.0, width - label_w - value_w - 12)
    height = 22 + len(items) * (BAR_H + GAP) + 4
    d = Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)  # not Helvetica (unembedded)
    d.add(String(width if rtl else 0, height - 12, textshape.unmark(textshape.display(title, rtl)), fontName=BOLD, fontSize=9.5,
                 textAnchor="end" if rtl else "start", fillColor=HexColor("#1f4e79")))
    y = height - 22 - BAR_H
    axis_x = width - label_w - 6 if rtl else label_w + 6
    for i, (label, seconds) in enumerate(items):
        shown = textshape.ellipsize(textshape.shape(textshape.clean(label)),
                                    lambda s: regular.width(s) * LABEL_SIZE, label_w - 4)
        text = textshape.unmark(textshape.visual(regular.cover(shown), rtl))
        length = bar_w * seconds / peak
        value = f"{fmt.minutes(lang, seconds)} min" if lang != "ar" else f"{fmt.minutes(lang, seconds)} د"
        share = fmt.percent(lang, seconds, total)
        value = f"{value} ({share})" if share else value
        value = textshape.unmark(textshape.display(value, rtl))
        baseline = y + (BAR_H - LABEL_SIZE) / 2 + 1
        color = HexColor(PALETTE[i % len(PALETTE)])
        if rtl:
            d.add(String(width, baseline, text, fontName=REGULAR, fontSize=LABEL_SIZE, textAnchor="end"))
            d.add(Rect(axis_x - length, y, length, BAR_H, fillColor=color, strokeColor=None))
            d.add(String(axis_x - length - 4, baseline, value, fontName=REGULAR, fontSize=LABEL_SIZE,
                         textAnchor="end"))
        else:
            d.add(String(0, baseline, text, fontName=REGULAR, fontSize=LABEL_SIZE, textAnchor="start"))
            d.add(Rect(axis_x, y, length, BAR_H, fillColor=color, strokeColor=None))
            d.add(String(axis_x + length + 4, baseline, value, fontName=REGULAR, fontSize=LABEL_SIZE))
        y -= BAR_H + GAP
    d.add(Line(axis_x, height - 20, axis_x, y + BAR_H + GAP - 2, strokeColor=HexColor("#808080"), strokeWidth=0.6))
    return d
