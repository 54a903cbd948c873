"""The story of the series report's PDF, built from the session report's parts.

Cover, contents, preamble, the panels of the series, one chapter of numbered
operative paragraphs each (with the panels and the speakers behind every
paragraph), the unconsolidated recommendations (annex I) and participation
with charts (annex II). Every text goes through the session report's
:class:`~sahel_panel.report.flowables.TextBlock` (shaped, broken in logical
order, reordered per line), so Arabic reads the same as in a session report.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

from sahel_panel.report import fmt, textshape
from sahel_panel.report.charts import bar_chart
from sahel_panel.report.flowables import PageRef, Style, TextBlock, spacer
from sahel_panel.report.fonts import BOLD, REGULAR, metrics
from sahel_panel.report.pdf_parts import BLUE, BODY, GREY, SMALL, SPEAKER, TOC1, Parts
from sahel_panel.series.report import lines, strings
from sahel_panel.series.report.model import Chapter, LooseRecommendation, OperativeParagraph, SeriesReportData, pick

LABEL_W = 30.0
CHART_BARS = 30
PARAGRAPH = BODY.but(size=10.0, leading=14.0, space_before=4.0, space_after=1.5)
NOTE = SMALL.but(indent=LABEL_W, space_after=1.0)


class SeriesStory(Parts):
    """Builds the flowables of one series report in one language."""

    def __init__(self, data: SeriesReportData, lang: str, width: float, outline) -> None:  # noqa: ANN001
        super().__init__(lang, width, outline)
        self.data = data
        self.order = tuple(data.cover.languages)
        self.sections: list[tuple[str, str, int]] = []  # key, contents title, level

    def t(self, key: str, **values: object) -> str:
        return strings.t(self.lang, key, **values)

    # -- plan ------------------------------------------------------------
    def plan(self) -> None:
        self.sections += [("preamble", self.t("preamble"), 0), ("sessions", self.t("sessions"), 0)]
        for i, chapter in enumerate(self.data.chapters, start=1):
            self.sections.append((f"ch{i}", lines.chapter_title(self.data, self.lang, i, chapter), 0))
        self.sections += [("annex", self.t("annex"), 0), ("participation", self.t("participation"), 0)]

    def build(self) -> list:
        self.plan()
        story: list = [*self.cover(), NextPageTemplate("body"), PageBreak()]
        story += [*self.contents(), PageBreak()]
        story += self.preamble()
        story += self.sessions()
        if not self.data.chapters:
            story.append(self.fixed(self.t("no_chapters"), BODY))
        for i, chapter in enumerate(self.data.chapters, start=1):
            story += self.chapter(i, chapter)
        story += [PageBreak(), *self.annex(), PageBreak(), *self.participation()]
        return story

    # -- cover, contents, preamble, sessions ------------------------------
    def cover(self) -> list:
        c = self.data.cover
        out: list = [spacer(70)]
        if c.series:
            out.append(self.aligned(c.series, Style(font=BOLD, size=12, leading=16, color=BLUE, space_after=14)))
        out.append(self.aligned(c.title or self.t("untitled_series"),
                                Style(font=BOLD, size=22, leading=29, color="#0d2a45", space_after=10)))
        out.append(self.fixed(self.t("report_kind"), Style(font=BOLD, size=15, leading=20, color=BLUE, space_after=16)))
        out.append(self.pairs(lines.cover_rows(self.data, self.lang), label_share=0.34,
                              style=BODY.but(size=11, leading=15)))
        out.append(spacer(60))
        out.append(self.fixed(self.t("report_language"), Style(size=11, leading=15, color=GREY, space_after=40)))
        when = fmt.local_datetime(self.lang, c.updated) if c.updated else "—"
        out.append(self.fixed(self.t("prepared", when=when), SMALL))
        return out

    def contents(self) -> list:
        out: list = self.heading(self.t("contents"), "contents")
        out += [PageRef(title, TOC1, self.rtl, key) for key, title, _ in self.sections]
        return out

    def preamble(self) -> list:
        out: list = self.heading(self.t("preamble"), "preamble")
        text, used = pick(self.data.preamble, self.lang, self.order)
        if not text.strip():
            return [*out, self.fixed(self.t("no_preamble"), SMALL)]
        if used != self.lang:
            out.append(self.fixed(lines.fallback(self.lang, used), SMALL.but(space_after=6)))
        for para in lines.paragraphs(text):
            out.append(self.para(para, BODY.but(size=10, leading=14, space_after=6), align_rtl=self.rtl or None))
        return out

    def sessions(self) -> list:
        out: list = [CondPageBreak(160), *self.heading(self.t("sessions"), "sessions")]
        if not self.data.sessions:
            return [*out, self.fixed(self.t("no_sessions"), BODY)]
        header, rows = lines.session_rows(self.data, self.lang)
        out.append(self.table(header, rows, self.session_widths(header, rows), numeric={0}))
        return out

    def session_widths(self, header: list[str], rows: list[list[str]]) -> list[float]:
        """Number and area columns as wide as their widest word (header included), the date column as
        its widest date up to a share; the rest split between the panel's title and the file name."""
        def widest(col: int, font: str, limit: float) -> float:
            cells = [header[col]] + [r[col] for r in rows]
            words = [w for c in cells for w in textshape.shape(c).split()] or [""]
            size = 8.5
            m = metrics(BOLD if font == BOLD else REGULAR)
            return min(limit, max(m.width(w) * size for w in words) + 10)

        number = widest(0, BOLD, 40)
        area = widest(3, BOLD, self.width * 0.2)
        date = min(self.width * 0.16, max(metrics(REGULAR).width(textshape.shape(r[1])) * 8.5 + 10
                                          for r in [header, *rows]))
        rest = self.width - number - area - date
        file = min(rest * 0.5, max(rest * 0.3, widest(4, REGULAR, rest)))
        return [number, date, rest - file, area, file]

    # -- chapters ----------------------------------------------------------
    def chapter(self, i: int, chapter: Chapter) -> list:
        out: list = [CondPageBreak(180), *self.heading(lines.chapter_title(self.data, self.lang, i, chapter), f"ch{i}")]
        if not chapter.paragraphs:
            out.append(self.fixed(self.t("no_paragraphs"), SMALL))
        for p in chapter.paragraphs:
            out += self.paragraph(p)
        return out

    def paragraph(self, p: OperativeParagraph) -> list:
        text, used = pick(p.texts, self.lang, self.order)
        if not text.strip():
            text, used = self.t("empty_text"), self.lang
        rtl = textshape.direction(textshape.clean(text), "rtl" if used == "ar" else "ltr") == "rtl"
        side = rtl or self.rtl
        # The number reads as the report writes it ("1." in English, ".1" drawn in Arabic) whatever
        # the direction of the text it heads; TextBlock orders its label in the text's direction.
        number = f"{p.number}." if rtl == self.rtl else f".{p.number}"
        out: list = [TextBlock(text, PARAGRAPH, rtl=rtl, label=number, label_width=LABEL_W,
                               keep_with_next=True, align_rtl=side)]
        if used != self.lang:
            out.append(self.note(lines.fallback(self.lang, used), side, keep_with_next=True))
        out.append(self.note(lines.attribution(self.data, self.lang, p), side, NOTE.but(space_after=5)))
        return out

    def note(self, text: str, side_rtl: bool, style: Style = NOTE, keep_with_next: bool = False) -> TextBlock:
        """Report text under a paragraph, on the same side as that paragraph."""
        return TextBlock(text, style, rtl=self.rtl, align_rtl=side_rtl, keep_with_next=keep_with_next)

    # -- annexes -----------------------------------------------------------
    def annex(self) -> list:
        out: list = self.heading(self.t("annex"), "annex")
        groups = self.data.annex_by_session()
        if not groups:
            return [*out, self.fixed(self.t("annex_none"), BODY)]
        out.append(self.fixed(self.t("annex_intro"), SMALL.but(space_after=6)))
        for session, recs in groups:
            title = lines.panel_heading(self.data, self.lang, session.id) if session else self.t("unknown_panel")
            out.append(self.aligned(title, SPEAKER.but(color=BLUE, space_before=9, space_after=3), keep_with_next=True))
            for r in recs:
                out += self.loose(r)
        return out

    def loose(self, r: LooseRecommendation) -> list:
        rtl = textshape.direction(textshape.clean(r.text), "rtl" if r.language == "ar" else "ltr") == "rtl"
        side = rtl or self.rtl
        out: list = [TextBlock(r.text, BODY.but(space_after=4), rtl=rtl, label=r.number, label_width=LABEL_W,
                               align_rtl=side, keep_with_next=r.status != "agreed")]
        if r.status != "agreed":
            out.append(self.note(self.t("status", status=self.value("status", r.status)), side,
                                 NOTE.but(space_after=4)))
        return out

    def participation(self) -> list:
        out: list = self.heading(self.t("participation"), "participation")
        out.append(self.subheading(self.t("key_figures")))
        out.append(self.pairs(lines.key_figures(self.data, self.lang), label_share=0.45))
        out.append(spacer(8))
        if self.data.participation.seconds <= 0:
            out.append(self.fixed(self.t("no_speaking_time"), SMALL))
        else:
            for title, items in lines.chart_items(self.data, self.lang):
                # A chart is drawn whole on one page: 50 panels become charts of at most 30 bars.
                for start in range(0, max(1, len(items)), CHART_BARS):
                    chunk = items[start:start + CHART_BARS]
                    part = title if len(items) <= CHART_BARS else (
                        f"{title} ({fmt.number(self.lang, start + 1)}–{fmt.number(self.lang, start + len(chunk))})")
                    out += [CondPageBreak(40 + 19 * len(chunk)), bar_chart(part, chunk, self.lang, self.width),
                            spacer(6)]
        header, rows = lines.panel_rows(self.data, self.lang)
        if rows:
            out += [CondPageBreak(140), self.subheading(self.t("by_panel")),
                    self.table(header, rows, [0.55, 4.6, 1.2, 1.0, 1.1, 1.1, 1.3], numeric={0, 2, 3, 4, 5, 6})]
        return out

