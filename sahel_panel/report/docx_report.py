"""The report as an editable Word document (python-docx), from the same data as the PDF.

Word lays out bidi text itself, so here the text stays in logical order and
is only marked: Arabic paragraphs get ``w:bidi`` (right-to-left paragraph,
aligned to its start, i.e. right), Arabic runs ``w:rtl`` with the complex
script size, bold and language set, and tables of an Arabic report
``w:bidiVisual`` (first column on the right). Headings use Word's built-in
styles, so the navigation pane and the contents field (updated when the
document is opened) work. Text is cleaned of characters XML cannot hold.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from sahel_panel.output import atomic
from sahel_panel.output.errors import ReportCancelled
from sahel_panel.report import fmt, lines, strings, textshape
from sahel_panel.report.data import QuestionBlock, ReportData

LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "ar": "ar-BH"}
FONT = "Arial"  # present with Arabic glyphs on Windows and macOS; Word substitutes elsewhere


def write_docx(session_path: str | os.PathLike[str], out_path: str | os.PathLike[str], lang: str = "en",
               progress: Callable[[float], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> None:
    """Write the DOCX report atomically (same contract as :func:`sahel_panel.report.write_report`)."""
    from sahel_panel.report import data as data_mod
    from sahel_panel.report.pdf import check_options

    check_options(lang)
    atomic.check_target(out_path, source=session_path)
    if progress:
        progress(0.0)
    data = data_mod.load(session_path)
    report = DocxReport(data, lang, cancelled)
    report._check()
    doc = report.build()
    if progress:
        progress(0.8)
    report._check()
    with atomic.temp_path(out_path) as tmp:
        doc.save(str(tmp))
        report._check()  # a cancel while saving: the temporary file goes, the old one stays
    if progress:
        progress(1.0)


def _put(parent, tag: str, attrs: dict[str, str] | None = None) -> None:  # noqa: ANN001 - lxml element
    """Add (or replace) a property element at its schema position, as Word requires."""
    from docx.oxml.ns import qn

    old = parent.find(qn(tag))
    if old is not None:
        parent.remove(old)
    element = parent.makeelement(qn(tag), attrs or {})
    seq = list(getattr(type(parent), "_tag_seq", ()))
    successors = seq[seq.index(tag) + 1:] if tag in seq else []
    parent.insert_element_before(element, *successors)


def _xml_text(text: str) -> str:
    """Text Word can store: controls removed (XML forbids them), lines kept."""
    return textshape.clean(text)


def set_fonts(doc, names: tuple[str, ...] = ("Normal", "Heading 1", "Heading 2", "Title")) -> None:  # noqa: ANN001
    """Use :data:`FONT` for every script (Latin, complex, East Asian) of these styles, theme fonts dropped."""
    from docx.oxml.ns import qn

    for name in names:
        style = doc.styles[name]
        style.font.name = FONT
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(theme), None)


def mark(p, run, is_rtl: bool, bold: bool = False, size: float | None = None,  # noqa: ANN001 - docx objects
         color: str | None = None) -> None:
    """Format a run and mark its direction: Arabic runs ``w:rtl``, right-to-left paragraphs ``w:bidi``."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    if bold:
        run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    rpr = run._r.get_or_add_rPr()  # noqa: SLF001
    if size:
        _put(rpr, "w:szCs", {qn("w:val"): str(int(size * 2))})
    if bold:
        _put(rpr, "w:bCs")
    if is_rtl or textshape.has_rtl(run.text):
        _put(rpr, "w:rtl")
        _put(rpr, "w:lang", {qn("w:bidi"): "ar-BH"})
    if is_rtl:
        # Right-to-left paragraph; with no w:jc it aligns to its start, the right.
        _put(p._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001


class DocxReport:
    def __init__(self, data: ReportData, lang: str, cancelled: Callable[[], bool] | None = None) -> None:
        from docx import Document

        self.data = data
        self.lang = lang
        self.rtl = lang == "ar"
        self.cancelled = cancelled
        self.doc = Document()
        self._setup()

    # -- helpers ----------------------------------------------------------
    def t(self, key: str, **values: object) -> str:
        return strings.t(self.lang, key, **values)

    def value(self, kind: str, key: str) -> str:
        return strings.value(self.lang, kind, key)

    def _setup(self) -> None:
        from docx.shared import Pt

        set_fonts(self.doc)
        self.doc.styles["Normal"].font.size = Pt(10)
        self._properties()
        self._languages()

    def _properties(self) -> None:
        """True dates and the session's own title (python-docx's template says 2013 and "python-docx")."""
        from datetime import UTC, datetime

        from docx.oxml.ns import qn

        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)  # docx core properties are naive UTC
        info = self.data.info
        props = self.doc.core_properties
        props.title = _xml_text(info.title)
        props.subject = _xml_text(" — ".join(x for x in (self.t("report_kind"), info.series, info.event) if x))
        props.author = ""
        props.comments = ""
        props.keywords = ""
        props.category = self.t("report_kind")
        props.last_modified_by = "Sahel Panel"
        props.created = now
        props.modified = now
        printed = props._element.find(qn("cp:lastPrinted"))  # noqa: SLF001 - never printed: no date
        if printed is not None:
            props._element.remove(printed)  # noqa: SLF001
        props.revision = 1
        props.language = LANG_TAGS[self.lang]

    def _languages(self) -> None:
        """Proofing language of the whole document: the report's (Word checked a French report in en-US)."""
        from docx.oxml.ns import qn

        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        rpr = rpr_default.find(qn("w:rPr")) if rpr_default is not None else None
        if rpr is None:
            return
        _put(rpr, "w:lang", {qn("w:val"): LANG_TAGS["en" if self.lang == "ar" else self.lang],
                             qn("w:eastAsia"): LANG_TAGS["en" if self.lang == "ar" else self.lang],
                             qn("w:bidi"): LANG_TAGS["ar"]})

    def para(self, text: str, style: str | None = None, rtl: bool | None = None, bold: bool = False,
             size: float | None = None, color: str | None = None):  # noqa: ANN201 - docx Paragraph
        """A paragraph of user or report text; direction from the text, defaulting to the report's."""
        text = _xml_text(text)
        is_rtl = (textshape.direction(text, "rtl" if self.rtl else "ltr") == "rtl") if rtl is None else rtl
        p = self.doc.add_paragraph(style=style)
        run = p.add_run(text)
        self._mark(p, run, is_rtl, bold, size, color)
        return p

    def _mark(self, p, run, is_rtl: bool, bold: bool = False, size: float | None = None,  # noqa: ANN001
              color: str | None = None) -> None:
        mark(p, run, is_rtl, bold, size, color)

    def heading(self, text: str, level: int = 1) -> None:
        p = self.doc.add_heading(level=level)
        run = p.add_run(_xml_text(text))
        self._mark(p, run, self.rtl)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        from docx.enum.table import WD_TABLE_DIRECTION

        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        if self.rtl:
            table.table_direction = WD_TABLE_DIRECTION.RTL  # w:bidiVisual: first column on the right
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            self._cell(cell, text, bold=True)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                self._cell(cell, text)
        self.doc.add_paragraph()

    def _cell(self, cell, text: str, bold: bool = False) -> None:  # noqa: ANN001
        text = _xml_text(text)
        p = cell.paragraphs[0]
        run = p.add_run(text)
        is_rtl = textshape.direction(text, "rtl" if self.rtl else "ltr") == "rtl"
        self._mark(p, run, is_rtl, bold=bold, size=9)

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()

    # -- document ---------------------------------------------------------
    def build(self):  # noqa: ANN201 - docx Document
        self.cover()
        self.header_footer()
        self._check()
        self.overview()
        for block in self.data.blocks:
            self._check()
            self.question(block)
        if self.data.general.contributions or self.data.general.recommendations:
            self.question(self.data.general)
        self._check()
        self.all_recommendations()
        self._check()
        self.annexes()
        return self.doc

    def cover(self) -> None:
        from docx.enum.text import WD_BREAK

        info = self.data.info
        if info.series:
            self.para(info.series, bold=True, size=12, color="#1f4e79")
        if info.event:
            self.para(info.event, size=12, color="#595959")
        self.para(info.title or self.t("untitled_session"), style="Title")
        rows = fmt.cover_rows(self.lang, info, self.t, self.value)
        for label, value in rows:
            self.para(f"{label}: {value}")
        self.para(self.t("report_kind"), bold=True, size=14, color="#1f4e79")
        self.para(self.t("report_language"))
        self._toc()
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def _toc(self) -> None:
        from docx.oxml.ns import qn

        self.heading(self.t("contents"), 1)
        p = self.doc.add_paragraph()
        fld = p._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): 'TOC \\o "1-2" \\h \\z \\u'})  # noqa: SLF001
        run = p.add_run(self.t("contents") + " …")
        fld.append(run._r)  # noqa: SLF001
        p._p.append(fld)  # noqa: SLF001

    def header_footer(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn

        section = self.doc.sections[0]
        info = self.data.info
        head = section.header.paragraphs[0]
        run = head.add_run(_xml_text(" — ".join(x for x in (info.event, info.title) if x)))
        self._mark(head, run, self.rtl, size=8)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        template = self.t("page_of", page="\x00PAGE\x00", total="\x00NUMPAGES\x00")
        for i, piece in enumerate(template.split("\x00")):
            if i % 2:
                fld = foot._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): piece})  # noqa: SLF001
                inner = foot.add_run("1")
                fld.append(inner._r)  # noqa: SLF001
                foot._p.append(fld)  # noqa: SLF001
            elif piece:
                self._mark(foot, foot.add_run(piece), self.rtl, size=8)

    def overview(self) -> None:
        d, lang, st = self.data, self.lang, self.data.stats
        self.heading(self.t("overview"), 1)
        scheduled = d.info.scheduled_minutes()
        addressed = sum(1 for c in st.coverage if c.addressed)
        rows = [
            [self.t("scheduled"), fmt.duration(lang, scheduled * 60) if scheduled else "—"],
            [self.t("speaking_time"), fmt.duration(lang, st.total_seconds)],
            [self.t("speakers_registered"), fmt.number(lang, d.counts["speakers"])],
            [self.t("speakers_heard"), fmt.number(lang, st.speakers_heard)],
            [self.t("turns"), fmt.number(lang, st.total_turns)],
            [self.t("contributions"), fmt.number(lang, d.counts["contributions"])],
            [self.t("recommendations"), fmt.number(lang, d.counts["recommendations"])],
            [self.t("questions_addressed"), self.t("of", part=fmt.number(lang, addressed),
                                                  whole=fmt.number(lang, len(st.coverage)))],
        ]
        self.heading(self.t("key_figures"), 2)
        self.table([self.t("key_figures"), ""], rows)
        for key, table, kind in (("chart_category", st.by_category, "category"),
                                 ("chart_gender", st.by_gender, "gender")):
            items = [(self.value(kind, k), b.seconds) for k, b in table.items() if b.seconds > 0 or b.turns]
            self._time_table(self.t(key), items)
        self._time_table(self.t("chart_youth"), [(self.value("age_group", k), b.seconds) for k, b in st.by_age.items()])
        self.heading(self.t("coverage"), 2)
        rows = []
        for b, cov in zip(d.blocks, st.coverage, strict=False):
            text, _ = b.question.display(lang)
            rows.append([str(b.question.position), text, fmt.number(lang, cov.contributions),
                         fmt.number(lang, cov.recommendations), fmt.duration(lang, cov.seconds)])
        if rows:
            self.table([self.t("col_number"), self.t("col_question"), self.t("col_contributions"),
                        self.t("col_recommendations"), self.t("col_time")], rows)
        else:
            self.para(self.t("no_questions"))

    def _time_table(self, title: str, items: list[tuple[str, float]]) -> None:
        total = sum(v for _, v in items)
        self.para(title, bold=True, color="#1f4e79")
        if total <= 0:
            self.para(self.t("no_speaking_time"))
            return
        self.table(["", self.t("col_time"), "%"],
                   [[label, fmt.duration(self.lang, secs), fmt.percent(self.lang, secs, total)]
                    for label, secs in items])

    def question(self, b: QuestionBlock) -> None:
        lang = self.lang
        if b.question is None:
            self.heading(self.t("general"), 1)
            self.para(self.t("general_intro"))
        else:
            text, used = b.question.display(lang)
            self.heading(self.t("question_n", n=b.question.position), 1)
            self.para(text, rtl=used == "ar", bold=True)
            if used != lang:
                self.para(self.t("fallback", language=strings.language_name(lang, used)), size=8)
        self.heading(f"{self.t('contributions')} ({fmt.number(lang, len(b.contributions))})", 2)
        if not b.contributions and b.question is not None:
            self.para(self.t("no_contribution"))
        for c in b.contributions:
            self.para(lines.speaker_line(self.data, c, lang), bold=True, rtl=self.rtl)
            self.para(c.text, rtl=(textshape.has_rtl(c.text) if c.language == "ar" else None))
        self.heading(f"{self.t('recommendations')} ({fmt.number(lang, len(b.recommendations))})", 2)
        if not b.recommendations and b.question is not None:
            self.para(self.t("no_recommendation"))
        for r in b.recommendations:
            self.recommendation(r, support=True)

    def recommendation(self, r, support: bool) -> None:  # noqa: ANN001
        self.para(f"{self.data.number_of(r)}  {r.text}")
        meta = [self.t("status", status=self.value("status", r.status))]
        if support:
            names = [s.label() for s in self.data.supporters(r)]
            meta.append(self.t("supported_by", names=strings.join_names(names)) if names
                        else self.t("no_support"))
        self.para(" · ".join(meta), size=8, color="#595959", rtl=self.rtl)

    def all_recommendations(self) -> None:
        self.heading(self.t("all_recommendations"), 1)
        if not self.data.counts["recommendations"]:
            self.para(self.t("no_recommendations_at_all"))
        for b in [*self.data.blocks, self.data.general]:
            if b.recommendations:
                title = self.t("question_n", n=b.question.position) if b.question else self.t("general_recommendations")
                self.heading(title, 2)
                for r in b.recommendations:
                    self.recommendation(r, support=False)

    def annexes(self) -> None:
        d, lang = self.data, self.lang
        self.heading(self.t("annex_participants"), 1)
        groups = d.participants_by_category()
        if not groups:
            self.para(self.t("no_participants"))
        header = [self.t("col_name"), self.t("col_organisation"), self.t("col_country"), self.t("col_gender"),
                  self.t("col_youth"), self.t("col_turns"), self.t("col_time")]
        for category, people in groups:
            self.heading(f"{self.value('category', category)} ({fmt.number(lang, len(people))})", 2)
            rows = []
            for s in people:
                turns, secs = d.turns_by_speaker.get(s.id, (0, 0.0))
                rows.append([s.label(), s.organisation, s.country, self.value("gender_one", s.gender),
                             self.value("youth_one", s.age_group), fmt.number(lang, turns),
                             fmt.duration(lang, secs) if turns else ""])
            self.table(header, rows)
        self.heading(self.t("annex_unaddressed"), 1)
        open_ids = {c.question_id for c in d.stats.unaddressed()}
        left = [b for b in d.blocks if b.question.id in open_ids]
        if not left:
            self.para(self.t("all_addressed") if d.blocks else self.t("no_questions"))
        for b in left:
            text, used = b.question.display(lang)
            self.para(f"{b.question.position}. {text}", rtl=used == "ar" or None)
