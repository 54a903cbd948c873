"""The sections of the DOCX report, from the same data and lines as the PDF.

Made for the editor who finishes it in Word: the paper chosen (A4 by
default), tables sized for their content with the header row repeated,
speaker lines kept with their text, every Arabic paragraph right-to-left by
its language, and a contents of links to the headings that reads correctly
as soon as the file is opened (no field for Word to ask to update).
"""

from __future__ import annotations

from collections.abc import Callable

from sahel_panel.report import fmt, lines, strings
from sahel_panel.report.data import DEFAULT_STATUSES, QuestionBlock, ReportData
from sahel_panel.report.docx_writer import DocxWriter

BLUE, GREY = "#1f4e79", "#595959"
HEADER_SIZES = (8.0, 7.0)  # points, the running header's sizes tried in turn
HEADER_SHARE = 0.85  # of the text width: room left for Word's own font and the header's padding


class DocxReport(DocxWriter):
    def __init__(self, data: ReportData, lang: str, cancelled: Callable[[], bool] | None = None,
                 paper: str = "a4", statuses: tuple[str, ...] = DEFAULT_STATUSES) -> None:
        super().__init__(data, lang, cancelled, paper)
        self.statuses = statuses

    # -- plan ---------------------------------------------------------------
    def sections(self) -> list[tuple[str, str, int]]:
        """(anchor, title, level) of every heading the contents lists, as the PDF's contents does."""
        d = self.data
        out = []
        if d.info.summary.strip():
            out.append(("summary", self.t("summary"), 1))
        out += [("overview", self.t("overview"), 1), ("coverage", self.t("coverage"), 2)]
        for b in d.blocks:
            text, _ = b.question.display(self.lang)
            out.append((f"q{b.question.position}", self.t("question_title", n=b.question.position,
                                                          text=_short(text, 110)), 1))
        if d.general.contributions or d.general.recommendations:
            out.append(("general", self.t("general"), 1))
        out += [("outcome", self.t("outcome"), 1), ("annexa", self.t("annex_participants"), 1),
                ("annexb", self.t("annex_countries"), 1), ("annexc", self.t("annex_unaddressed"), 1)]
        return out

    def build(self):  # noqa: ANN201 - docx Document
        from docx.enum.text import WD_BREAK

        self.cover()
        self.header_footer()
        if self.data.info.summary.strip():
            self.summary()
        self.contents()
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        self._check()
        self.overview()
        for block in self.data.blocks:
            self._check()
            self.question(block)
        if self.data.general.contributions or self.data.general.recommendations:
            self.question(self.data.general)
        self._check()
        self.outcome()
        self._check()
        self.annexes()
        return self.doc

    # -- cover, summary, contents ------------------------------------------------
    def cover(self) -> None:
        from docx.enum.text import WD_BREAK

        d, lang = self.data, self.lang
        series, event = lines.session_text(d, "series", lang), lines.session_text(d, "event", lang)
        if series:
            self.para(series, bold=True, size=12, color=BLUE, lang=_lang_of(d, "series", lang))
        if event:
            self.para(event, size=12, color=GREY, lang=_lang_of(d, "event", lang))
        self.para(lines.title(d, lang), style="Title", lang=_lang_of(d, "title", lang))
        for label, value in lines.cover_rows(d, lang) + lines.who_ran_it(d, lang):
            p = self.para(f"{label}: ", bold=True, color=BLUE, own=True)
            self.runs(p, value, self.rtl, lang=None)
        self.para(self.t("report_kind"), bold=True, size=14, color=BLUE, own=True)
        self.para(self.t("report_language"), own=True)
        changed = d.last_change or d.info.updated
        when = fmt.local_datetime(lang, changed, d.zone) if changed else ""
        self.para(self.t("prepared", when=when), size=8, color=GREY, own=True)
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def summary(self) -> None:
        from docx.enum.text import WD_BREAK

        self.heading(self.t("summary"), 1, anchor="summary")
        for para in self.data.info.summary.split("\n"):
            if para.strip():
                self.para(para)
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def contents(self) -> None:
        self.heading(self.t("contents"), 1)
        for anchor, title, level in self.sections():
            self.link(title, anchor, indent_cm=0.6 if level > 1 else 0.0)

    def header_footer(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn

        section = self.doc.sections[0]
        head = section.header.paragraphs[0]
        text, size = self.fitting_header()
        self.runs(head, text, self.rtl, size=size, lang=None)
        if self.rtl:
            from sahel_panel.report.docx_writer import _put

            _put(head._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001
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
                self.runs(foot, piece, self.rtl, size=8, lang=self.lang)
        if self.rtl:
            # Right to left as a whole, spaces and page numbers included: with the numbers and
            # spaces left to right, "الصفحة 2 من 11" showed as "11 الصفحة 2 من".
            from sahel_panel.report.docx_writer import _put

            _put(foot._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001
            for run in foot._p.iter(qn("w:r")):  # noqa: SLF001
                _put(run.get_or_add_rPr(), "w:rtl")

    def fitting_header(self) -> tuple[str, float]:
        """The running header and its size, on one line.

        Word cannot cut a header with an ellipsis as the PDF does, and a wrapped one
        took two lines of every Arabic page's top. So: the event and title at 8 pt, else
        at 7 pt, else the title alone, else the title cut at a word. Measured with the
        PDF's font (DejaVu Sans, wider than Arial) against a share of the text width,
        since the editor's Word draws with its own font.
        """
        from sahel_panel.report import textshape
        from sahel_panel.report.fonts import REGULAR, metrics

        m = metrics(REGULAR)
        room = self.text_width_cm / 2.54 * 72 * HEADER_SHARE

        def width(text: str, size: float) -> float:
            return m.width(textshape.shape(text)) * size

        title = lines.title(self.data, self.lang)
        for text in dict.fromkeys((lines.running_header(self.data, self.lang), title)):
            for size in HEADER_SIZES:
                if width(text, size) <= room:
                    return text, size
        small = HEADER_SIZES[-1]
        return textshape.ellipsize(title, lambda s: width(s, small), room), small

    # -- overview ---------------------------------------------------------------
    def overview(self) -> None:
        d, lang, st = self.data, self.lang, self.data.stats
        self.heading(self.t("overview"), 1, anchor="overview")
        scheduled = d.info.scheduled_minutes()
        addressed = sum(1 for c in st.coverage if c.addressed)
        statuses = self.t("list_sep").join(
            self.t("status_count", status=self.value("status", s), n=fmt.number(lang, n))
            for s, n in sorted(d.by_status.items(), key=lambda kv: _order(kv[0])))
        rows = [
            [self.t("scheduled"), fmt.duration(lang, scheduled * 60) if scheduled else "—"],
            [self.t("speaking_time"), fmt.duration(lang, st.total_seconds)],
            [self.t("speakers_registered"), fmt.number(lang, d.counts["speakers"])],
            [self.t("speakers_heard"), fmt.number(lang, st.speakers_heard)],
            [self.t("turns"), fmt.number(lang, st.total_turns)],
            [self.t("contributions"), fmt.number(lang, d.counts["contributions"])],
            [self.t("recommendations"), fmt.number(lang, d.counts["recommendations"])],
            [self.t("by_status"), statuses or "—"],
            [self.t("questions_addressed"), self.t("of", part=fmt.number(lang, addressed),
                                                  whole=fmt.number(lang, len(st.coverage)))],
        ]
        self.heading(self.t("key_figures"), 2)
        self.table([self.t("key_figures"), ""], rows, langs=[lang, lang])
        for key, table, kind in (("chart_category", st.by_category, "category"),
                                 ("chart_gender", st.by_gender, "gender")):
            items = [(self.value(kind, k), b.seconds) for k, b in table.items() if b.seconds > 0 or b.turns]
            self._time_table(self.t(key), items)
        self._time_table(self.t("chart_youth"), [(self.value("age_group", k), b.seconds) for k, b in st.by_age.items()])
        self.heading(self.t("coverage"), 2, anchor="coverage")
        rows, langs = [], []
        for b, cov in zip(d.blocks, st.coverage, strict=False):
            text, used = b.question.display(lang)
            rows.append([str(b.question.position), text, fmt.number(lang, cov.contributions),
                         fmt.number(lang, cov.recommendations), fmt.duration(lang, cov.seconds) if cov.seconds else "—"])
        if rows:
            self.table([self.t("col_number"), self.t("col_question"), self.t("col_contributions"),
                        self.t("col_recommendations"), self.t("col_time")], rows, numeric={0, 2, 3, 4},
                       langs=[lang, None, lang, lang, lang])
        else:
            self.para(self.t("no_questions"), own=True)
        del langs

    def _time_table(self, title: str, items: list[tuple[str, float]]) -> None:
        total = sum(v for _, v in items)
        self.para(title, bold=True, color=BLUE, own=True, keep_next=True)
        if total <= 0:
            self.para(self.t("no_speaking_time"), own=True)
            return
        self.table(["", self.t("col_time"), "%"],
                   [[label, fmt.duration(self.lang, secs), fmt.percent(self.lang, secs, total)]
                    for label, secs in items], numeric={1, 2}, langs=[self.lang, self.lang, self.lang])

    # -- questions ----------------------------------------------------------------
    def question(self, b: QuestionBlock) -> None:
        lang = self.lang
        if b.question is None:
            self.heading(self.t("general"), 1, anchor="general")
            self.para(self.t("general_intro"), own=True)
        else:
            text, used = b.question.display(lang)
            self.heading(self.t("question_n", n=b.question.position), 1, anchor=f"q{b.question.position}")
            self.para(text, lang=used, bold=True)
            if used != lang:
                self.para(self.t("fallback", language=strings.language_name(lang, used)), size=8, own=True)
        self.heading(f"{self.t('contributions')} ({fmt.number(lang, len(b.contributions))})", 2)
        if not b.contributions and b.question is not None:
            self.para(self.t("no_contribution"), own=True)
        for c in b.contributions:
            # the speaker line takes the side of the text it heads, and never ends a page alone
            side = "ar" if self._arabic(c.text, c.language) else ("en" if c.language == "ar" else c.language)
            self.para(lines.speaker_line(self.data, c, lang), bold=True, lang=side, keep_next=True)
            self.para(c.text, lang=c.language if c.language in ("en", "fr", "ar") else None)
        self.heading(f"{self.t('recommendations')} ({fmt.number(lang, len(b.recommendations))})", 2)
        if not b.recommendations and b.question is not None:
            self.para(self.t("no_recommendation"), own=True)
        for r in b.recommendations:
            self.recommendation(r, support=True)

    def _arabic(self, text: str, language: str) -> bool:
        from sahel_panel.report.docx_writer import is_arabic_text

        return is_arabic_text(text, language if language in ("en", "fr", "ar") else None)

    def recommendation(self, r, support: bool, color: str | None = None) -> None:  # noqa: ANN001
        from sahel_panel.report.docx_writer import _put, _xml_text

        # As in the PDF, the number keeps the report's side in a mixed list: the paragraph takes the
        # report's direction and starts with the number (right-to-left too in an Arabic report, so
        # Word puts it at the right edge, its spaces on its left); a text in the other direction
        # (by its language: "G.3 ..." in Arabic is right-to-left) is isolated (LRI/RLI ... PDI) so
        # its own punctuation stays at its end.
        rtl = self._arabic(r.text, r.language)
        p = self.doc.add_paragraph()
        if self.rtl:
            _put(p._p.get_or_add_pPr(), "w:bidi")  # noqa: SLF001
        p.paragraph_format.keep_with_next = True
        self.runs(p, f"{self.data.number_of(r)}\u00a0\u00a0", self.rtl, bold=True, color=color, lang=self.lang)
        if self.rtl:
            _put(p.runs[-1]._r.get_or_add_rPr(), "w:rtl")  # noqa: SLF001
        isolate = rtl != self.rtl
        if isolate:
            p.add_run("\u2067" if rtl else "\u2066")
        self.runs(p, _xml_text(r.text), rtl, color=color, lang=r.language)
        if isolate:
            p.add_run("\u2069")
        meta = [self.t("status", status=self.value("status", r.status))]
        if note := lines.language_note(self.lang, r.language):
            meta.append(note)
        if support:
            names = [s.label() for s in self.data.supporters(r)]
            meta.append(self.t("supported_by", names=strings.join_names(names)) if names else self.t("no_support"))
        self.para(" · ".join(meta), size=8, color=GREY, own=True)

    # -- outcome and annexes ------------------------------------------------------
    def outcome(self) -> None:
        d, lang = self.data, self.lang
        self.heading(self.t("outcome"), 1, anchor="outcome")
        if not d.counts["recommendations"]:
            self.para(self.t("no_recommendations_at_all"), own=True)
            return
        phrase = lines.statuses_phrase(lang, self.statuses)
        self.para(self.t("outcome_statuses", statuses=phrase), size=8, color=GREY, own=True)
        groups = d.outcome(self.statuses)
        if not groups:
            self.para(self.t("outcome_none", statuses=phrase), own=True)
        for status, recs in groups:
            apart = status in ("draft", "withdrawn")
            self.heading(f"{self.value('status_group', status)} ({fmt.number(lang, len(recs))})", 2)
            if apart:
                self.para(self.t("set_apart"), size=8, color=GREY, own=True, keep_next=True)
            for r in recs:
                self.recommendation(r, support=False, color=GREY if apart else None)

    def annexes(self) -> None:
        d, lang = self.data, self.lang
        self.heading(self.t("annex_participants"), 1, anchor="annexa")
        groups = d.participants_by_category()
        if not groups:
            self.para(self.t("no_participants"), own=True)
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
            self.table(header, rows, numeric={5, 6}, langs=[None, None, None, lang, lang, lang, lang])
        self.heading(self.t("annex_countries"), 1, anchor="annexb")
        if d.speakers:
            self.para(lines.represented(d, lang), own=True)
            rows = []
            for country, delegations in d.delegations():
                for i, (org, people) in enumerate(delegations):
                    rows.append([(country or self.t("no_country")) if i == 0 else "", org or self.t("no_delegation"),
                                 lines.names(d, people), fmt.number(lang, len(people))])
            self.table([self.t("col_country"), self.t("col_delegation"), self.t("col_participants"),
                        self.t("col_count")], rows,
                       numeric={3})
        else:
            self.para(self.t("no_participants"), own=True)
        self.heading(self.t("annex_unaddressed"), 1, anchor="annexc")
        open_ids = {c.question_id for c in d.stats.unaddressed()}
        left = [b for b in d.blocks if b.question.id in open_ids]
        if not left:
            self.para(self.t("all_addressed") if d.blocks else self.t("no_questions"), own=True)
        for b in left:
            text, used = b.question.display(lang)
            self.para(f"{b.question.position}. {text}", lang=used)


def _lang_of(data: ReportData, name: str, lang: str) -> str | None:
    return data.info.text(name, lang)[1]


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else text[:limit]).rstrip(" ,;:.،؛-–—") + "…"


def _order(status: str) -> int:
    order = ("agreed", "proposed", "draft", "withdrawn")
    return order.index(status) if status in order else len(order)
