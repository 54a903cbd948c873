"""Write the series report as PDF with the session report's document (header, footer, forms, progress)."""

from __future__ import annotations

import os
from collections.abc import Callable

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.output import atomic
from sahel_panel.output.errors import ReportCancelled, ReportError
from sahel_panel.report.pdf import check_options
from sahel_panel.series.report import strings
from sahel_panel.series.report.model import SeriesReportData


def write_pdf(data: SeriesReportData, out_path: str | os.PathLike[str], lang: str = "en", paper: str = "a4",
              progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
    """Lay out ``data`` in ``lang`` and write it atomically to ``out_path``.

    ``progress(fraction)`` is called as pages are laid out; ``cancelled()``
    returning True stops with :class:`ReportCancelled` and leaves any older
    file of that name untouched (the PDF is written beside it, then renamed).
    """
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import cm
    from reportlab.platypus.doctemplate import LayoutError

    from sahel_panel.report import fonts
    from sahel_panel.report.pdf_doc import ReportDoc
    from sahel_panel.series.report.pdf_story import SeriesStory

    check_options(lang, paper)
    atomic.check_target(out_path)
    if progress is not None:
        progress(0.0)
    fonts.register()
    cover = data.cover
    title = cover.title or strings.t(lang, "untitled_series")
    header = " — ".join(x for x in (cover.series, title) if x)
    meta = {"title": title, "author": strings.t(lang, "report_kind"), "subject": cover.series}
    width = (A4 if paper == "a4" else LETTER)[0] - 4.0 * cm
    with atomic.temp_path(out_path) as tmp:
        doc = ReportDoc(str(tmp), lang, paper, header, meta, total=0, progress=progress, cancelled=cancelled)
        story_builder = SeriesStory(data, lang, width, doc.outline)
        story = story_builder.build()
        doc._total = max(1, len(story))  # noqa: SLF001 - progress denominator, known once the story exists
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        try:
            doc.build(story)
        except LayoutError as exc:
            raise ReportError(Message(QT_TRANSLATE_NOOP("Errors", "The report could not be laid out: {reason}."),
                                      reason=str(exc))) from None
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        doc.finish(["contents", *(key for key, _, _ in story_builder.sections)])
    if progress is not None:
        progress(1.0)
