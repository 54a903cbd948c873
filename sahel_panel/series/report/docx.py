"""The series report as an editable Word document: the secretariat finishes the summit text there.

Same content as the PDF, from the same :class:`SeriesReportData` and the same
lines (:mod:`.lines`). Word lays out bidi text itself, so text stays in
logical order and is only marked, with the session report's helpers
(:func:`~sahel_panel.report.docx_writer.mark`): Arabic paragraphs are
right-to-left, Arabic runs carry ``w:rtl``. Sections and chapters use Word's
own Heading 1 / Heading 2 styles (navigation pane, contents field); operative
paragraphs hang their number; tables have fixed column widths, a header row
repeated on every page, and run right to left in an Arabic report.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from sahel_panel.output import atomic
from sahel_panel.output.errors import ReportCancelled
from sahel_panel.report import fmt, textshape
from sahel_panel.report.docx_writer import _xml_text, mark, set_fonts
from sahel_panel.series.report import lines, strings
from sahel_panel.series.report.model import Chapter, LooseRecommendation, OperativeParagraph, SeriesReportData, pick

PAGE_CM = {"a4": (21.0, 29.7), "letter": (21.59, 27.94)}
MARGIN_CM = 2.0
HANG_CM = 1.0  # the operative number's column
GREY = "#595959"
BLUE = "#1f4e79"
LOCALES = {"en": "en-GB", "fr": "fr-FR", "ar": "ar-BH"}


def write_docx(data: SeriesReportData, out_path: str | os.PathLike[str], lang: str = "en", paper: str = "a4",
               progress: Callable[[float], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> None:
    """Write the DOCX atomically (same contract as :func:`sahel_panel.series.report.write_series_report`)."""
    from sahel_panel.report.pdf import check_options

    check_options(lang, paper)
    atomic.check_target(out_path)
    if progress is not None:
        progress(0.0)
    report = SeriesDocx(data, lang, paper, cancelled, progress)
    doc = report.build()
    report.check()
    with atomic.temp_path(out_path) as tmp:
        doc.save(str(tmp))
        report.check()  # a cancel while saving: the temporary file goes, an old file stays
    if progress is not None:
        progress(1.0)


class SeriesDocx:
    def __init__(self, data: SeriesReportData, lang: str, paper: str = "a4",
                 cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[float], None] | None = None) -> None:
        from docx import Document

        self.data, self.lang, self.rtl = data, lang, lang == "ar"
        self.order = tuple(data.cover.languages)
        self.cancelled, self.progress = cancelled, progress
        self.doc = Document()
        self.width_cm = PAGE_CM[paper][0] - 2 * MARGIN_CM
        self._setup(paper)

    def t(self, key: str, **values: object) -> str:
        return strings.t(self.lang, key, **values)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()

    def _setup(self, paper: str) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt

        set_fonts(self.doc, ("Normal", "Title", "Heading 1", "Heading 2"))
        self.doc.styles["Normal"].font.size = Pt(10)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(PAGE_CM[paper][0]), Cm(PAGE_CM[paper][1])
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(MARGIN_CM))
        cover = self.data.cover
        props = self.doc.core_properties
        props.title = _xml_text(cover.title or self.t("untitled_series"))
        props.subject = _xml_text(cover.series)
        props.author = self.t("report_kind")
        props.language = LOCALES[self.lang]
        settings = self.doc.settings.element
        settings.append(settings.makeelement(qn("w:updateFields"), {qn("w:val"): "true"}))

    # -- building blocks ---------------------------------------------------
    def para(self, text: str, style: str | None = None, rtl: bool | None = None, bold: bool = False,
             size: float | None = None, color: str | None = None, keep_with_next: bool = False):  # noqa: ANN201
        """A paragraph of user or report text; direction from the text, defaulting to the report's.

        Text whose direction differs from the report's (an English title in an
        Arabic report) keeps its own direction but sits on the report's side.
        """
        text = _xml_text(text)
        is_rtl = (textshape.direction(text, "rtl" if self.rtl else "ltr") == "rtl") if rtl is None else rtl
        p = self.doc.add_paragraph(style=style)
        mark(p, p.add_run(text), is_rtl, bold, size, color)
        self.to_report_side(p, is_rtl)
        if keep_with_next:
            p.paragraph_format.keep_with_next = True
        return p

    def to_report_side(self, p, is_rtl: bool) -> None:  # noqa: ANN001
        """Align a paragraph of the other direction to the report's start side.

        Word reads ``w:jc`` left/right as start/end of the paragraph's own
        direction (LibreOffice does the same), so "right" is the end of either:
        the right edge of a left-to-right paragraph, the left edge of an Arabic one.
        """
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        if is_rtl != self.rtl:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def heading(self, text: str, level: int = 1) -> None:
        p = self.doc.add_heading(level=level)
        mark(p, p.add_run(_xml_text(text)), self.rtl)

    def table(self, header: list[str], rows: list[list[str]], shares: list[float], numeric: set[int] = frozenset()):  # noqa: ANN201
        """A grid with fixed column widths (shares of the text width) and a header row repeated on each page."""
        from docx.enum.table import WD_TABLE_DIRECTION
        from docx.oxml.ns import qn
        from docx.shared import Cm

        total = sum(shares)
        widths = [Cm(self.width_cm * s / total) for s in shares]
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.autofit = False
        if self.rtl:
            table.table_direction = WD_TABLE_DIRECTION.RTL  # w:bidiVisual: first column on the right
        tr_pr = table.rows[0]._tr.get_or_add_trPr()  # noqa: SLF001
        tr_pr.append(tr_pr.makeelement(qn("w:tblHeader"), {}))
        for i, column in enumerate(table.columns):
            column.width = widths[i]
        for i, (cell, text) in enumerate(zip(table.rows[0].cells, header, strict=True)):
            self._cell(cell, text, widths[i], bold=True, shade=True)
        for row in rows:
            cells = table.add_row().cells
            for i, (cell, text) in enumerate(zip(cells, row, strict=True)):
                self._cell(cell, text, widths[i], numeric=i in numeric)
        self.doc.add_paragraph()
        return table

    def _cell(self, cell, text: str, width, bold: bool = False, shade: bool = False,  # noqa: ANN001
              numeric: bool = False) -> None:
        """Lines of a cell; figures sit at the end side (right in English, left in Arabic)."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn

        cell.width = width
        p = cell.paragraphs[0]
        for i, line in enumerate(_xml_text(text).split("\n")):
            if i:
                p = cell.add_paragraph()
            is_rtl = self.rtl if numeric else textshape.direction(line, "rtl" if self.rtl else "ltr") == "rtl"
            mark(p, p.add_run(line), is_rtl, bold=bold, size=9)
            if numeric:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # the end of the paragraph's direction
            else:
                self.to_report_side(p, is_rtl)
        if shade:
            tc_pr = cell._tc.get_or_add_tcPr()  # noqa: SLF001
            tc_pr.append(tc_pr.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto",
                                                          qn("w:fill"): "DCE6F0"}))

    def numbered(self, number: str, text: str, rtl: bool, size: float | None = None):  # noqa: ANN201
        """An operative paragraph: the number hangs in its own column, lines wrap under the text."""
        from docx.shared import Cm, Pt

        p = self.doc.add_paragraph()
        fmt_ = p.paragraph_format
        fmt_.left_indent, fmt_.first_line_indent = Cm(HANG_CM), Cm(-HANG_CM)
        fmt_.space_before, fmt_.space_after, fmt_.keep_with_next = Pt(6), Pt(1), True
        mark(p, p.add_run(f"{number}\t"), rtl, bold=True, size=size)
        mark(p, p.add_run(_xml_text(text)), rtl, size=size)
        return p

    def note(self, text: str, rtl: bool, keep_with_next: bool = False, space_after: float = 1) -> None:
        """Small grey report text under a paragraph of direction ``rtl``, under its text, on its side."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        text = _xml_text(text)
        p = self.doc.add_paragraph()
        mark(p, p.add_run(text), self.rtl, size=8, color=GREY)
        fmt_ = p.paragraph_format
        if rtl == self.rtl:
            fmt_.left_indent = Cm(HANG_CM)  # w:left is the start side in either direction
        else:
            # under a paragraph of the other direction: its side is this note's end
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt_.right_indent = Cm(HANG_CM)
        fmt_.space_after, fmt_.keep_with_next = Pt(space_after), keep_with_next

    # -- document ------------------------------------------------------------
    def _tick(self, value: float) -> None:
        self.check()
        if self.progress is not None:
            self.progress(value)

    def build(self):  # noqa: ANN201 - docx Document
        self.cover()
        self.header_footer()
        self.preamble()
        self.sessions()
        self._tick(0.1)
        chapters = self.data.chapters
        if not chapters:
            self.para(self.t("no_chapters"))
        for i, chapter in enumerate(chapters, start=1):
            self.chapter(i, chapter)
            self._tick(0.1 + 0.6 * i / len(chapters))
        self.annex()
        self._tick(0.8)
        self.participation()
        self._tick(0.85)
        return self.doc

    def cover(self) -> None:
        from docx.enum.text import WD_BREAK

        c = self.data.cover
        if c.series:
            self.para(c.series, bold=True, size=12, color=BLUE)
        self.para(c.title or self.t("untitled_series"), style="Title")
        self.para(self.t("report_kind"), bold=True, size=14, color=BLUE)
        for label, value in lines.cover_rows(self.data, self.lang):
            self.para(f"{label}: {value}", rtl=self.rtl)
        self.para(self.t("report_language"), color=GREY, rtl=self.rtl)
        when = fmt.local_datetime(self.lang, c.updated) if c.updated else "—"
        self.para(self.t("prepared", when=when), size=8, color=GREY, rtl=self.rtl)
        self._toc()
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def _toc(self) -> None:
        from docx.oxml.ns import qn

        self.heading(self.t("contents"), 1)
        p = self.doc.add_paragraph()
        fld = p._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): 'TOC \\o "1-2" \\h \\z \\u'})  # noqa: SLF001
        run = p.add_run(self.t("contents") + " …")  # shown until the field is updated (Word does it on opening)
        mark(p, run, self.rtl)
        fld.append(run._r)  # noqa: SLF001
        p._p.append(fld)  # noqa: SLF001

    def header_footer(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn

        section = self.doc.sections[0]
        cover = self.data.cover
        head = section.header.paragraphs[0]
        mark(head, head.add_run(_xml_text(" — ".join(x for x in (cover.series, cover.title) if x))), self.rtl,
             size=8, color=GREY)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        template = self.t("page_of", page="\x00PAGE\x00", total="\x00NUMPAGES\x00")
        for i, piece in enumerate(template.split("\x00")):
            if i % 2:
                fld = foot._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): piece})  # noqa: SLF001
                fld.append(foot.add_run("1")._r)  # noqa: SLF001
                foot._p.append(fld)  # noqa: SLF001
            elif piece:
                mark(foot, foot.add_run(piece), self.rtl, size=8)

    def preamble(self) -> None:
        self.heading(self.t("preamble"), 1)
        text, used = pick(self.data.preamble, self.lang, self.order)
        if not text.strip():
            self.para(self.t("no_preamble"), size=9, color=GREY, rtl=self.rtl)
            return
        if used != self.lang:
            self.para(lines.fallback(self.lang, used), size=8, color=GREY, rtl=self.rtl)
        for block in lines.paragraphs(text):
            self.para(block)

    def sessions(self) -> None:
        self.heading(self.t("sessions"), 1)
        if not self.data.sessions:
            self.para(self.t("no_sessions"))
            return
        header, rows = lines.session_rows(self.data, self.lang)
        self.table(header, rows, [0.8, 1.9, 4.3, 1.6, 3.0], numeric={0})

    def chapter(self, i: int, chapter: Chapter) -> None:
        self.heading(lines.chapter_title(self.data, self.lang, i, chapter, limit=10_000), 1)
        if not chapter.paragraphs:
            self.para(self.t("no_paragraphs"), size=9, color=GREY, rtl=self.rtl)
        for p in chapter.paragraphs:
            self.paragraph(p)

    def paragraph(self, p: OperativeParagraph) -> None:
        text, used = pick(p.texts, self.lang, self.order)
        if not text.strip():
            text, used = self.t("empty_text"), self.lang
        rtl = textshape.direction(textshape.clean(text), "rtl" if used == "ar" else "ltr") == "rtl"
        self.numbered(f"{p.number}.", text, rtl, size=10.5)
        if used != self.lang:
            self.note(lines.fallback(self.lang, used), rtl, keep_with_next=True)
        self.note(lines.attribution(self.data, self.lang, p), rtl, space_after=6)

    def annex(self) -> None:
        from docx.enum.text import WD_BREAK

        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        self.heading(self.t("annex"), 1)
        groups = self.data.annex_by_session()
        if not groups:
            self.para(self.t("annex_none"))
            return
        self.para(self.t("annex_intro"), size=9, color=GREY, rtl=self.rtl)
        for session, recs in groups:
            self.heading(lines.panel_heading(self.data, self.lang, session.id, limit=10_000) if session
                         else self.t("unknown_panel"), 2)
            for r in recs:
                self.loose(r)

    def loose(self, r: LooseRecommendation) -> None:
        rtl = textshape.direction(textshape.clean(r.text), "rtl" if r.language == "ar" else "ltr") == "rtl"
        self.numbered(r.number, r.text, rtl)
        if r.status != "agreed":
            self.note(self.t("status", status=strings.value(self.lang, "status", r.status)), rtl, space_after=4)

    def participation(self) -> None:
        from docx.enum.text import WD_BREAK

        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        lang = self.lang
        self.heading(self.t("participation"), 1)
        self.heading(self.t("key_figures"), 2)
        self.table([self.t("key_figures"), ""], [list(r) for r in lines.key_figures(self.data, lang)], [3, 1.6],
                   numeric={1})
        if self.data.participation.seconds > 0:
            for title, items in lines.chart_items(self.data, lang):
                total = sum(v for _, v in items)
                self.heading(title, 2)
                self.table(["", self.t("col_time"), "%"],
                           [[label, fmt.duration(lang, secs), fmt.percent(lang, secs, total)] for label, secs in items],
                           [4.5, 1.5, 1.0], numeric={1, 2})
        else:
            self.para(self.t("no_speaking_time"))
        header, rows = lines.panel_rows(self.data, lang)
        if rows:
            self.heading(self.t("by_panel"), 2)
            self.table(header, rows, [0.85, 3.5, 1.6, 1.3, 1.6, 1.5, 1.4], numeric={0, 2, 3, 4, 5, 6})
