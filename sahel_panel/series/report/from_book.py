"""From the series workbook to the report's data: one consistent read through the series services.

The report shows what the workbook holds at one moment, even while the
Series window keeps writing (WAL): everything is read inside one read
transaction, through the services (``sessions``, ``chapters``,
``consolidated``, ``support``, ``recommendations``, ``statistics``), then
turned into :mod:`.model` dataclasses, which know nothing of SQL.

    write_book_report(book_path, out_path, lang="en", paper="a4", progress=None, cancelled=None)
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sahel_panel.domain.model import LANGUAGES, DomainError
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, message_of
from sahel_panel.output.errors import ReportCancelled, ReportError
from sahel_panel.series.report.model import (
    Backing,
    Chapter,
    Cover,
    LooseRecommendation,
    OperativeParagraph,
    Participation,
    SeriesReportData,
    SessionEntry,
    SessionFigures,
)


def load(book) -> SeriesReportData:  # noqa: ANN001 - sahel_panel.series.Workbook
    """Everything the report shows, read in one transaction."""
    conn = book.store.db.conn
    conn.execute("BEGIN")
    try:
        return _gather(book)
    finally:
        conn.execute("COMMIT")


def _gather(book) -> SeriesReportData:  # noqa: ANN001
    from sahel_panel.series.model import RecommendationFilter

    info = book.info()
    sessions = book.sessions()
    entries = [SessionEntry(s.id, s.title, s.date, s.venue, s.area, s.source_file.file_name, s.event)
               for s in sessions]
    order = {s.id: i for i, s in enumerate(sessions)}
    used = {lang for s in sessions for lang in s.languages}
    languages = tuple(lang for lang in LANGUAGES if lang in used) or LANGUAGES
    series_names = Counter(s.series.strip() for s in sessions if s.series.strip())
    cover = Cover(info.title, series_names.most_common(1)[0][0] if series_names else "", languages, info.updated)

    chapters = []
    for chapter in book.chapters.list():
        paragraphs = []
        for c in book.consolidated.list(chapter.id):
            support = book.support(c.id)
            backing = Backing(dict(support.by_category), women=support.by_gender.get("woman", 0),
                              youth=support.by_age.get("under_45", 0), countries=tuple(support.countries))
            panels = sorted(support.session_ids, key=lambda sid: order.get(sid, len(order)))
            paragraphs.append(OperativeParagraph(str(c.number), dict(c.texts), panels, backing))
        chapters.append(Chapter(dict(chapter.titles), paragraphs))

    annex = []
    counts: dict[str, int] = {}
    for area in book.recommendations.grouped(RecommendationFilter(include_vanished=False)):
        for group in area.groups:
            prefix = str(group.question.position) if group.question is not None else "G"
            for i, r in enumerate(group.recommendations, start=1):
                counts[r.session_id] = counts.get(r.session_id, 0) + 1
                # Numbered as in the session's own report ("3.2"): withdrawn ones keep their number.
                if not r.consolidated_ids and r.status != "withdrawn":
                    annex.append(LooseRecommendation(r.session_id, f"{prefix}.{i}", r.text, r.language, r.status))
    annex.sort(key=lambda r: order.get(r.session_id, len(order)))  # stable: the session's own order inside

    return SeriesReportData(cover, book.preamble.get(), entries, chapters, annex, _participation(book, counts))


def _participation(book, recommendations: dict[str, int]) -> Participation:  # noqa: ANN001
    stats = book.statistics()
    # Contributions per panel (those in each session's latest file): the services count rows only overall.
    contributions = dict(book.store.db.execute(
        "SELECT session_id, count(*) FROM contribution WHERE in_latest_file=1 GROUP BY session_id").fetchall())
    figures = [SessionFigures(sf.session.id, sf.figures.speakers, sf.figures.turns, sf.figures.seconds,
                              contributions.get(sf.session.id, 0), recommendations.get(sf.session.id, 0))
               for sf in stats.sessions]
    overall = stats.overall
    return Participation(figures, overall.speakers, overall.turns, overall.seconds, dict(overall.by_category),
                         dict(overall.by_gender), dict(overall.by_age))


def _same_file(out: Path, book: Path) -> bool:
    try:
        return out.exists() and book.exists() and os.path.samefile(out, book)
    except OSError:
        return False


def write_book_report(book_path: str | os.PathLike[str], out_path: str | os.PathLike[str], lang: str = "en",
                      paper: str = "a4", progress: Callable[[float], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> None:
    """Read the workbook at ``book_path`` (read-only) and write its report to ``out_path`` (.pdf or .docx).

    The workbook is never written; the output never replaces it. Same
    progress, cancel and atomicity contract as :func:`~sahel_panel.series.report.write_series_report`.
    """
    from sahel_panel.output import atomic
    from sahel_panel.report.pdf import check_options
    from sahel_panel.series import Workbook
    from sahel_panel.series.report import report_format, write_series_report
    from sahel_panel.store import StoreError

    report_format(out_path)
    check_options(lang, paper)
    if _same_file(Path(out_path), Path(book_path)):
        raise ReportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "“{file}” is the workbook itself; choose another file name for the report."),
            file=Path(out_path).name))
    atomic.check_target(out_path, source=book_path)
    if progress is not None:
        progress(0.0)
    try:
        with Workbook.open(book_path, read_only=True) as book:
            data = load(book)
    except (StoreError, DomainError) as exc:
        raise ReportError(message_of(exc)) from None
    if cancelled is not None and cancelled():
        raise ReportCancelled()

    def scaled(fraction: float) -> None:
        if progress is not None:
            progress(0.1 + 0.9 * fraction)

    write_series_report(data, out_path, lang=lang, paper=paper, progress=scaled if progress else None,
                        cancelled=cancelled)
