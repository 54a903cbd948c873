"""Write the PDF report of a session: gather, lay out, write atomically."""

from __future__ import annotations

import os
from collections.abc import Callable

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.output import atomic
from sahel_panel.output.errors import ReportCancelled, ReportError
from sahel_panel.report import strings

LANGS = ("en", "fr", "ar")
PAPER_NAMES = ("a4", "letter")


def check_options(lang: str, paper: str = "a4") -> None:
    if lang not in LANGS:
        raise ReportError(Message(QT_TRANSLATE_NOOP("Errors", "The report language must be one of en, fr, ar; got {value}."),
                                  value=repr(lang)))
    if paper not in PAPER_NAMES:
        raise ReportError(Message(QT_TRANSLATE_NOOP("Errors", "The paper size must be a4 or letter; got {value}."),
                                  value=repr(paper)))


def write_pdf(session_path: str | os.PathLike[str], out_path: str | os.PathLike[str], lang: str = "en",
              paper: str = "a4", progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
    """See :func:`sahel_panel.report.write_report`."""
    from reportlab.platypus.doctemplate import LayoutError

    from sahel_panel.report import data as data_mod
    from sahel_panel.report import fonts
    from sahel_panel.report.pdf_doc import ReportDoc
    from sahel_panel.report.pdf_story import Story

    check_options(lang, paper)
    atomic.check_target(out_path, source=session_path)
    _tick(progress, 0.0)
    data = data_mod.load(session_path)
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    _tick(progress, 0.05)
    fonts.register()
    info = data.info
    title = info.title or strings.t(lang, "untitled_session")
    header = " — ".join(x for x in (info.event, title) if x)
    meta = {"title": title, "author": "",
            "subject": " — ".join(x for x in (strings.t(lang, "report_kind"), info.series, info.event) if x)}
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import cm

    width = (A4 if paper == "a4" else LETTER)[0] - 4.0 * cm
    with atomic.temp_path(out_path) as tmp:
        doc = ReportDoc(str(tmp), lang, paper, header, meta, total=0, progress=progress, cancelled=cancelled)
        story_builder = Story(data, lang, width, doc.outline)
        story = story_builder.build()
        doc._total = max(1, len(story))  # noqa: SLF001 - progress denominator
        _tick(progress, 0.1)
        try:
            doc.build(story)
        except LayoutError as exc:
            raise ReportError(Message(QT_TRANSLATE_NOOP("Errors", "The report could not be laid out: {reason}."),
                                      reason=str(exc))) from None
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        doc.finish([key for key, _, _ in story_builder.sections])
    _tick(progress, 1.0)


def _tick(progress: Callable[[float], None] | None, value: float) -> None:
    if progress is not None:
        progress(value)
