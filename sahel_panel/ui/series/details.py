"""The trail and support of the selected consolidated recommendation, as plain text.

Plain text on purpose: every line holds user text (recommendations, names,
file names), which must never be read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sahel_panel.series import Workbook
from sahel_panel.series.model import SeriesRecommendation
from sahel_panel.ui.series.models import added_text
from sahel_panel.ui.text.demo import file_label
from sahel_panel.ui.text.labels import CATEGORY, GENDER, LANGUAGE, STATUS, label
from sahel_panel.ui.text.locale_text import joined

AGE = {
    "under_45": QT_TRANSLATE_NOOP("SeriesDetails", "Under 45"),
    "45_and_over": QT_TRANSLATE_NOOP("SeriesDetails", "45 and over"),
    "not_stated": QT_TRANSLATE_NOOP("SeriesDetails", "Age not stated"),
}



def _counts(table: dict[str, str], counts: dict[str, int], context: str = "Labels") -> str:
    parts = [f"{QCoreApplication.translate(context, table[k]) if k in table else k}: {n}"
             for k, n in counts.items() if n]
    return joined(parts) if parts else "—"


def consolidated_text(book: Workbook, consolidated_id: str) -> str:
    """The texts, support figures and trail of one consolidated recommendation."""
    trail = book.trail(consolidated_id)
    support = book.support(consolidated_id)
    c = trail.consolidated
    lines = [QCoreApplication.translate("SeriesDetails", "Operative paragraph %1").replace("%1", str(c.number)), ""]
    for lang, text in c.texts.items():
        lines += [f"[{label(LANGUAGE, lang)}]", text, ""]
    lines += [
        QCoreApplication.translate("SeriesDetails", "Raised at %1 panel(s) by %2 speaker(s).").replace("%1", str(support.panels)).replace("%2",
                                                                                             str(support.speakers)),
        QCoreApplication.translate("SeriesDetails", "By category: %1").replace("%1", _counts(CATEGORY, support.by_category)),
        QCoreApplication.translate("SeriesDetails", "By gender: %1").replace("%1", _counts(GENDER, support.by_gender)),
        QCoreApplication.translate("SeriesDetails", "By age: %1").replace("%1", _counts(AGE, support.by_age, "SeriesDetails")),
        QCoreApplication.translate("SeriesDetails", "Countries: %1").replace("%1", joined(support.countries) if support.countries else "—"),
        "", QCoreApplication.translate("SeriesDetails", "Trail"), ""]
    for i, s in enumerate(trail.sources, start=1):
        lines.append(f"{i}. {s.session.title} — {s.session.date}")
        lines.append("   " + QCoreApplication.translate("SeriesDetails", "File: %1 (SHA-256 %2…), added %3").replace("%1", file_label(s.source_file.file_name))
                     .replace("%2", s.source_file.file_sha256[:12]).replace("%3", added_text(s.source_file.added_at)))
        lines.append("   " + QCoreApplication.translate("SeriesDetails", "Merged revision %1: %2").replace("%1", str(s.merged.revision_number))
                     .replace("%2", s.merged.merged_text))
        if s.changed_since_merged:
            lines.append("   " + QCoreApplication.translate("SeriesDetails", "Changed since it was merged; now: %1").replace("%1", s.recommendation.text))
        if not s.recommendation.in_latest_file:
            lines.append("   " + QCoreApplication.translate("SeriesDetails", "No longer in the latest snapshot of its session."))
        for tc in s.contributions:
            who = tc.speaker.name if tc.speaker else QCoreApplication.translate("SeriesDetails", "(unknown speaker)")
            org = f", {tc.speaker.organisation}" if tc.speaker and tc.speaker.organisation else ""
            cat = f" ({label(CATEGORY, tc.speaker.category)})" if tc.speaker else ""
            lines.append(f"   — {who}{org}{cat}: {tc.contribution.text}")
        lines.append("")
    return "\n".join(lines)


def recommendation_text(book: Workbook, rec: SeriesRecommendation, numbers: dict[str, int]) -> str:
    """A panel's recommendation with its session, status, revisions and where it was consolidated."""
    session = next((s for s in book.sessions() if s.id == rec.session_id), None)
    lines = [rec.text, "",
             QCoreApplication.translate("SeriesDetails", "Panel: %1").replace("%1", session.title if session else rec.session_id),
             QCoreApplication.translate("SeriesDetails", "Language: %1 — status: %2").replace("%1", label(LANGUAGE, rec.language))
             .replace("%2", label(STATUS, rec.status))]
    if rec.consolidated_ids:
        lines.append(QCoreApplication.translate("SeriesDetails", "Consolidated in: %1").replace(
            "%1", joined(str(numbers.get(c, "?")) for c in rec.consolidated_ids)))
    else:
        lines.append(QCoreApplication.translate("SeriesDetails", "Not consolidated yet."))
    if not rec.in_latest_file:
        lines.append(QCoreApplication.translate("SeriesDetails", "No longer in the latest snapshot of its session."))
    revisions = book.recommendations.revisions(rec.id)
    if len(revisions) > 1:
        lines += ["", QCoreApplication.translate("SeriesDetails", "Revisions:")]
        lines += [f"  {r.number}. {r.text}" for r in revisions]
    return "\n".join(lines)
