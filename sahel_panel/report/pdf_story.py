"""The story of the PDF: cover, contents, overview, one section per question, annexes.

Sections are listed first (key, title, level) so that the contents page can
be laid out before the headings are placed; their page numbers are filled in
at the end through PDF forms (see :mod:`pdf_doc`), which keeps the build to a
single pass.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

from sahel_panel.domain.model import Contribution, Recommendation
from sahel_panel.report import fmt, lines, strings
from sahel_panel.report.charts import bar_chart
from sahel_panel.report.data import DEFAULT_STATUSES, QuestionBlock, ReportData
from sahel_panel.report.flowables import PageRef, Style, TextBlock, spacer
from sahel_panel.report.fonts import BOLD
from sahel_panel.report.pdf_annexes import LABEL_W, Annexes
from sahel_panel.report.pdf_parts import (
    BLUE,
    BODY,
    GREY,
    QUESTION,
    SMALL,
    SPEAKER,
    TOC1,
    TOC2,
)


class Story(Annexes):
    """Builds the list of flowables for one report."""

    def __init__(self, data: ReportData, lang: str, width: float, outline,  # noqa: ANN001
                 statuses: tuple[str, ...] = DEFAULT_STATUSES) -> None:
        super().__init__(lang, width, outline)
        self.data = data
        self.statuses = statuses
        self.sections: list[tuple[str, str, int]] = []  # key, contents title, level

    # -- plan ------------------------------------------------------------
    def plan(self) -> None:
        d = self.data
        if d.info.summary.strip():
            self.sections.append(("summary", self.t("summary"), 0))
        self.sections.append(("overview", self.t("overview"), 0))
        self.sections.append(("coverage", self.t("coverage"), 1))
        for b in d.blocks:
            self.sections.append((f"q{b.question.position}", self.question_title(b), 0))
        if d.general.contributions or d.general.recommendations:
            self.sections.append(("general", self.t("general"), 0))
        self.sections.append(("outcome", self.t("outcome"), 0))
        self.sections.append(("annexa", self.t("annex_participants"), 0))
        self.sections.append(("annexb", self.t("annex_countries"), 0))
        self.sections.append(("annexc", self.t("annex_unaddressed"), 0))

    def question_title(self, b: QuestionBlock) -> str:
        text, _ = b.question.display(self.lang)
        return self.t("question_title", n=b.question.position, text=self.short(text, 110))

    def build(self) -> list:
        self.plan()
        story: list = []
        story += self.cover()
        story += [NextPageTemplate("body"), PageBreak()]
        if self.data.info.summary.strip():
            story += self.summary()
            story += [PageBreak()]
        story += self.contents()
        story += [PageBreak()]
        story += self.overview()
        for b in self.data.blocks:
            story += self.question_section(b)
        if self.data.general.contributions or self.data.general.recommendations:
            story += self.question_section(self.data.general)
        story += [PageBreak()]
        story += self.outcome()
        story += [PageBreak()]
        story += self.participants()
        story += [CondPageBreak(160)]
        story += self.countries()
        story += [CondPageBreak(120)]
        story += self.unaddressed()
        return story

    # -- cover and contents ---------------------------------------------
    def cover(self) -> list:
        d, lang = self.data, self.lang
        info = d.info
        out: list = [spacer(60)]
        series, event = lines.session_text(d, "series", lang), lines.session_text(d, "event", lang)
        if series:
            out.append(self.aligned(series, Style(font=BOLD, size=12, leading=16, color=BLUE, space_after=4)))
        if event:
            out.append(self.aligned(event, Style(size=12, leading=16, color=GREY, space_after=18)))
        out.append(self.aligned(lines.title(d, lang), Style(font=BOLD, size=22, leading=29, color="#0d2a45",
                                                           space_after=10)))
        out.append(spacer(6))
        style = BODY.but(size=11, leading=15)
        out.append(self.pairs(lines.cover_rows(d, lang), label_share=0.28, style=style))
        ran = lines.who_ran_it(d, lang)
        if ran:
            out.append(spacer(10))
            out.append(self.pairs(ran, label_share=0.28, style=style))
        out.append(spacer(40))
        out.append(self.fixed(self.t("report_kind"), Style(font=BOLD, size=15, leading=20, color=BLUE)))
        out.append(self.fixed(self.t("report_language"), Style(size=11, leading=15, color=GREY, space_after=30)))
        changed = d.last_change or info.updated
        when = fmt.local_datetime(lang, changed, d.zone) if changed else ""
        out.append(self.fixed(self.t("prepared", when=when), SMALL))
        return out

    def summary(self) -> list:
        """The rapporteur's summary / key messages, paragraph by paragraph, each in its own direction."""
        out: list = self.heading(self.t("summary"), "summary")
        for para in self.data.info.summary.split("\n"):
            if para.strip():
                out.append(TextBlock(para, BODY.but(space_after=5), rtl=None, default_rtl=self.rtl))
        return out

    def contents(self) -> list:
        out: list = self.heading(self.t("contents"), "contents")
        for key, title, level in self.sections:
            out.append(PageRef(title, TOC1 if level == 0 else TOC2, self.rtl, key))
        return out

    # -- overview ---------------------------------------------------------
    def overview(self) -> list:
        d, lang = self.data, self.lang
        st = d.stats
        out: list = self.heading(self.t("overview"), "overview")
        scheduled = d.info.scheduled_minutes()
        addressed = sum(1 for c in st.coverage if c.addressed)
        statuses = self.t("list_sep").join(
            self.t("status_count", status=self.value("status", s), n=fmt.number(lang, n)) for s, n in sorted(d.by_status.items(),
                                                                                 key=lambda kv: _STATUS_ORDER(kv[0])))
        rows = [
            (self.t("scheduled"), fmt.duration(lang, scheduled * 60) if scheduled else "—"),
            (self.t("speaking_time"), fmt.duration(lang, st.total_seconds)),
            (self.t("speakers_registered"), fmt.number(lang, d.counts["speakers"])),
            (self.t("speakers_heard"), fmt.number(lang, st.speakers_heard)),
            (self.t("turns"), fmt.number(lang, st.total_turns)),
            (self.t("contributions"), fmt.number(lang, d.counts["contributions"])),
            (self.t("recommendations"), fmt.number(lang, d.counts["recommendations"])),
            (self.t("by_status"), statuses or "—"),
            (self.t("questions_addressed"), self.t("of", part=fmt.number(lang, addressed),
                                                  whole=fmt.number(lang, len(st.coverage)))),
        ]
        out.append(self.subheading(self.t("key_figures")))
        out.append(self.pairs(rows, label_share=0.42))
        out.append(spacer(8))
        if st.total_seconds <= 0:
            out.append(self.fixed(self.t("no_speaking_time"), SMALL))
        else:
            for key, table, kind in (("chart_category", st.by_category, "category"),
                                     ("chart_gender", st.by_gender, "gender")):
                items = [(self.value(kind, k), b.seconds) for k, b in table.items() if b.seconds > 0 or b.turns]
                out.append(bar_chart(self.t(key), items, lang, self.width))
                out.append(spacer(6))
            youth = [(self.value("age_group", k), b.seconds) for k, b in st.by_age.items()]
            out.append(bar_chart(self.t("chart_youth"), youth, lang, self.width))
        out.append(CondPageBreak(160))
        out += self.heading(self.t("coverage"), "coverage", level=1)
        if not d.blocks:
            out.append(self.fixed(self.t("no_questions"), BODY))
            return out
        rows = []
        for b, cov in zip(d.blocks, st.coverage, strict=False):
            text, _ = b.question.display(lang)
            rows.append([str(b.question.position), " ".join(text.split()), fmt.number(lang, cov.contributions),
                         fmt.number(lang, cov.recommendations), fmt.duration(lang, cov.seconds) if cov.seconds else "—"])
        out.append(self.table(
            [self.t("col_number"), self.t("col_question"), self.t("col_contributions"),
             self.t("col_recommendations"), self.t("col_time")],
            rows, [0.7, 6.0, 1.3, 1.3, 1.2], numeric={0, 2, 3, 4}))
        return out

    # -- questions --------------------------------------------------------
    def question_section(self, b: QuestionBlock) -> list:
        lang = self.lang
        out: list = [CondPageBreak(150)]
        if b.question is None:
            out += self.heading(self.t("general"), "general")
            out.append(self.fixed(self.t("general_intro"), QUESTION))
        else:
            n = b.question.position
            text, used = b.question.display(lang)
            out += self.heading(self.t("question_n", n=n), f"q{n}", outline_title=self.question_title(b))
            out.append(TextBlock(text, QUESTION, rtl=(used == "ar"), align_rtl=self.rtl or used == "ar"))
            if used != lang:
                from sahel_panel.report.strings import language_name

                out.append(self.fixed(self.t("fallback", language=language_name(lang, used)), SMALL))
        out.append(self.subheading(f"{self.t('contributions')} ({fmt.number(lang, len(b.contributions))})"))
        if not b.contributions and b.question is not None:
            out.append(self.fixed(self.t("no_contribution"), SMALL))
        for c in b.contributions:
            out += self.contribution(c)
        out.append(self.subheading(f"{self.t('recommendations')} ({fmt.number(lang, len(b.recommendations))})"))
        if not b.recommendations and b.question is not None:
            out.append(self.fixed(self.t("no_recommendation"), SMALL))
        for r in b.recommendations:
            out += self.recommendation(r, with_support=True)
        return out

    def speaker_line(self, c: Contribution) -> str:
        return lines.speaker_line(self.data, c, self.lang)

    def contribution(self, c: Contribution) -> list:
        from sahel_panel.report.textshape import first_strong, has_rtl

        rtl = has_rtl(c.text) if c.language == "ar" else (first_strong(c.text) == "rtl")
        # A paragraph aligns to its own start (English in an Arabic report sits on the left, as
        # in the DOCX, not ragged on the right); the speaker line sits on the side of its text,
        # with its base direction from the name itself.
        head = TextBlock(self.speaker_line(c), SPEAKER, rtl=None, default_rtl=self.rtl, align_rtl=rtl,
                         keep_with_next=True)
        body = TextBlock(c.text, BODY.but(indent=12), rtl=rtl, align_rtl=rtl)
        return [head, body]

    def recommendation(self, r: Recommendation, with_support: bool) -> list:
        number = self.data.number_of(r)
        from sahel_panel.report.textshape import direction

        rtl = direction(r.text, "rtl" if self.rtl else "ltr") == "rtl"
        # The number keeps the report's side in a mixed list; the text aligns to its own start.
        text = TextBlock(r.text, BODY.but(space_after=1), rtl=rtl, label=number, label_width=LABEL_W,
                         keep_with_next=True, align_rtl=rtl, label_rtl=self.rtl)
        meta = [self.t("status", status=self.value("status", r.status))]
        if note := lines.language_note(self.lang, r.language):
            meta.append(note)
        if with_support:
            names = [s.label() for s in self.data.supporters(r)]
            meta.append(self.t("supported_by", names=strings.join_names(names)) if names
                        else self.t("no_support"))
        style = SMALL.but(indent=LABEL_W, space_after=5)
        return [text, self.fixed(" · ".join(meta), style)]


def _STATUS_ORDER(status: str) -> int:  # noqa: N802 - used as a sort key
    order = ("agreed", "proposed", "draft", "withdrawn")
    return order.index(status) if status in order else len(order)
