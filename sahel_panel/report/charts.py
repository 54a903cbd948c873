"""Horizontal bar charts of speaking time, drawn with reportlab graphics.

(reportlab's ``String`` cannot flip a glyph, so a bracket the bidi algorithm
mirrors is drawn as its logical character in a mirrored group, as the text
flowables do: copied from the chart, "(33%)" reads as typed.)

Drawn by hand with shapes rather than with reportlab's chart classes so that
the chart mirrors for Arabic (labels on the right, bars growing leftwards) and
every label goes through the same shaping and bidi reordering as the text.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import HexColor

from sahel_panel.report import fmt, textshape
from sahel_panel.report.fonts import BOLD, REGULAR, metrics

PALETTE = ("#1f4e79", "#2e75b6", "#c55a11", "#548235", "#7f6000", "#7030a0", "#bf9000", "#595959")
BAR_H = 13.0
GAP = 6.0
LABEL_SIZE = 8.0


def chart_text(x: float, y: float, text: str, font: str, size: float, anchor: str = "start", **kw: object) -> Group:
    """A display-order line (from ``textshape.visual``) at ``x``, mirrored brackets flipped, not substituted."""
    m = metrics(font)
    pieces: list[tuple[str, bool]] = []
    for ch in text:
        code = ord(ch)
        if code >= textshape.MARK_BASE:
            pieces.append((chr(code - textshape.MARK_BASE), True))
        elif pieces and not pieces[-1][1]:
            pieces[-1] = (pieces[-1][0] + ch, False)
        else:
            pieces.append((ch, False))
    total = sum(m.width(p) for p, _ in pieces) * size
    x -= total if anchor == "end" else 0.0
    group = Group()
    for piece, flipped in pieces:
        w = m.width(piece) * size
        if flipped:
            group.add(Group(String(0, 0, piece, fontName=font, fontSize=size, **kw), transform=(-1, 0, 0, 1, x + w, y)))
        else:
            group.add(String(x, y, piece, fontName=font, fontSize=size, **kw))
        x += w
    return group


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
    d.add(chart_text(width if rtl else 0, height - 12, textshape.display(title, rtl), BOLD, 9.5,
                "end" if rtl else "start", fillColor=HexColor("#1f4e79")))
    y = height - 22 - BAR_H
    axis_x = width - label_w - 6 if rtl else label_w + 6
    for i, (label, seconds) in enumerate(items):
        shown = textshape.ellipsize(textshape.shape(textshape.clean(label)),
                                    lambda s: regular.width(s) * LABEL_SIZE, label_w - 4)
        text = textshape.visual(regular.cover(shown), rtl)
        length = bar_w * seconds / peak
        value = f"{fmt.minutes(lang, seconds)} min" if lang != "ar" else f"{fmt.minutes(lang, seconds)} د"
        share = fmt.percent(lang, seconds, total)
        value = f"{value} ({share})" if share else value
        value = textshape.display(value, rtl)
        baseline = y + (BAR_H - LABEL_SIZE) / 2 + 1
        color = HexColor(PALETTE[i % len(PALETTE)])
        if rtl:
            d.add(chart_text(width, baseline, text, REGULAR, LABEL_SIZE, "end"))
            d.add(Rect(axis_x - length, y, length, BAR_H, fillColor=color, strokeColor=None))
            d.add(chart_text(axis_x - length - 4, baseline, value, REGULAR, LABEL_SIZE, "end"))
        else:
            d.add(chart_text(0, baseline, text, REGULAR, LABEL_SIZE))
            d.add(Rect(axis_x, y, length, BAR_H, fillColor=color, strokeColor=None))
            d.add(chart_text(axis_x + length + 4, baseline, value, REGULAR, LABEL_SIZE))
        y -= BAR_H + GAP
    d.add(Line(axis_x, height - 20, axis_x, y + BAR_H + GAP - 2, strokeColor=HexColor("#808080"), strokeWidth=0.6))
    return d
