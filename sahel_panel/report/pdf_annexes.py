"""The closing sections of the PDF: the outcome list and the annexes (participants, countries, open questions).

The outcome list is what a secretariat reader takes away: recommendations
grouped by status, agreed first, in the order of the questions; which
statuses it holds is an export option (agreed and proposed by default), and
withdrawn ones, when asked for, stand in their own group, greyed and marked
as set apart, never mixed with the agreed ones.
"""

from __future__ import annotations

from sahel_panel.report import fmt, lines
from sahel_panel.report.data import ReportData
from sahel_panel.report.flowables import TextBlock
from sahel_panel.report.pdf_parts import BLUE, BODY, GREY, SMALL, SPEAKER, Parts

LABEL_W = 30.0
SET_APART = ("draft", "withdrawn")


class Annexes(Parts):
    """Mixed into :class:`~sahel_panel.report.pdf_story.Story` (which provides ``recommendation``)."""

    data: ReportData
    statuses: tuple[str, ...]

    def outcome(self) -> list:
        d, lang = self.data, self.lang
        out: list = self.heading(self.t("outcome"), "outcome")
        phrase = lines.statuses_phrase(lang, self.statuses)
        groups = d.outcome(self.statuses)
        if not d.counts["recommendations"]:
            out.append(self.fixed(self.t("no_recommendations_at_all"), BODY))
            return out
        out.append(self.fixed(self.t("outcome_statuses", statuses=phrase), SMALL.but(space_after=6)))
        if not groups:
            out.append(self.fixed(self.t("outcome_none", statuses=phrase), BODY))
        for status, recs in groups:
            apart = status in SET_APART
            title = f"{self.value('status_group', status)} ({fmt.number(lang, len(recs))})"
            out.append(self.fixed(title, SPEAKER.but(color=GREY if apart else BLUE, size=10.5, space_before=10,
                                                     space_after=2), keep_with_next=True))
            if apart:
                out.append(self.fixed(self.t("set_apart"), SMALL.but(space_after=4), keep_with_next=True))
            for r in recs:
                flowables = self.recommendation(r, with_support=False)  # type: ignore[attr-defined]
                if apart:
                    for f in flowables:
                        f.style = f.style.but(color=GREY)
                out += flowables
        return out

    def participants(self) -> list:
        d, lang = self.data, self.lang
        out: list = self.heading(self.t("annex_participants"), "annexa")
        groups = d.participants_by_category()
        if not groups:
            out.append(self.fixed(self.t("no_participants"), BODY))
        header = [self.t("col_name"), self.t("col_organisation"), self.t("col_country"), self.t("col_gender"),
                  self.t("col_youth"), self.t("col_turns"), self.t("col_time")]
        for category, people in groups:
            rows = []
            for s in people:
                turns, secs = d.turns_by_speaker.get(s.id, (0, 0.0))
                rows.append([s.label(), s.organisation, s.country, self.value("gender_one", s.gender),
                             self.value("youth_one", s.age_group), fmt.number(lang, turns),
                             fmt.duration(lang, secs) if turns else ""])
            title = self.fixed(f"{self.value('category', category)} ({fmt.number(lang, len(people))})",
                               SPEAKER.but(color=BLUE, space_before=8, space_after=3), keep_with_next=True)
            out.append(title)
            out.append(self.table(header, rows, [3.2, 3.0, 1.5, 1.2, 0.8, 0.8, 1.2], numeric={5, 6}))
        return out

    def countries(self) -> list:
        """Participants by country and delegation, with the count of countries and parliaments."""
        d, lang = self.data, self.lang
        out: list = self.heading(self.t("annex_countries"), "annexb")
        if not d.speakers:
            out.append(self.fixed(self.t("no_participants"), BODY))
            return out
        out.append(self.fixed(lines.represented(d, lang), BODY.but(space_after=6)))
        rows = []
        for country, delegations in d.delegations():
            for i, (org, people) in enumerate(delegations):
                rows.append([(country or self.t("no_country")) if i == 0 else "",
                             org or self.t("no_delegation"), lines.names(d, people),
                             fmt.number(lang, len(people))])
        out.append(self.table([self.t("col_country"), self.t("col_delegation"), self.t("col_participants"),
                               self.t("col_count")],
                              rows, [1.8, 3.0, 4.4, 0.8], numeric={3}))
        return out

    def unaddressed(self) -> list:
        out: list = self.heading(self.t("annex_unaddressed"), "annexc")
        open_ids = {c.question_id for c in self.data.stats.unaddressed()}
        left = [b for b in self.data.blocks if b.question.id in open_ids]
        if not left:
            out.append(self.fixed(self.t("all_addressed") if self.data.blocks else self.t("no_questions"), BODY))
        for b in left:
            text, used = b.question.display(self.lang)
            out.append(TextBlock(text, BODY.but(space_after=5), rtl=(used == "ar"), align_rtl=used == "ar",
                                 label=str(b.question.position), label_width=LABEL_W, label_rtl=self.rtl))
        return out
