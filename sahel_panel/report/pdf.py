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


STATUS_NAMES = ("agreed", "proposed", "draft", "withdrawn")


def parse_statuses(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """The outcome list's statuses from "agreed,proposed" (or "all"), in the list's order; None: the default."""
    from sahel_panel.report.data import DEFAULT_STATUSES

    if value is None:
        return DEFAULT_STATUSES
    items = [x.strip().lower() for x in (value.split(",") if isinstance(value, str) else value) if x.strip()]
    if items == ["all"]:
        return STATUS_NAMES
    bad = [x for x in items if x not in STATUS_NAMES]
    if bad or not items:
        raise ReportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "The statuses of the outcome list must be among agreed, proposed, draft, withdrawn (or all); "
                      "got {value}."), value=repr(",".join(bad) if bad else value)))
    return tuple(s for s in STATUS_NAMES if s in items)


def write_pdf(session_path: str | os.PathLike[str], out_path: str | os.PathLike[str], lang: str = "en",
              paper: str = "a4", progress: Callable[[float], None] | None = None,
              cancelled: Callable[[], bool] | None = None,
              statuses: str | tuple[str, ...] | None = None) -> None:
    """See :func:`sahel_panel.report.write_report`."""
    from reportlab.platypus.doctemplate import LayoutError

    from sahel_panel.report import data as data_mod
    from sahel_panel.report import fonts
    from sahel_panel.report.pdf_doc import ReportDoc
    from sahel_panel.report.pdf_story import Story

    check_options(lang, paper)
    chosen = parse_statuses(statuses)
    atomic.check_target(out_path, source=session_path)
    _tick(progress, 0.0)
    data = data_mod.load(session_path)
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    _tick(progress, 0.05)
    fonts.register()
    from sahel_panel.report import lines

    title = lines.title(data, lang)
    header = lines.running_header(data, lang)
    rapporteurs = [s.label() for role, people in data.by_role() if role == "rapporteur" for s in people]
    meta = {"title": title, "author": ", ".join(rapporteurs),
            "subject": " — ".join(x for x in (strings.t(lang, "report_kind"), lines.session_text(data, "series", lang),
                                               lines.session_text(data, "event", lang)) if x),
            "keywords": ", ".join(x for x in (strings.value(lang, "area", data.info.area), "IPU") if x)}
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import cm

    width = (A4 if paper == "a4" else LETTER)[0] - 4.0 * cm
    with atomic.temp_path(out_path) as tmp:
        doc = ReportDoc(str(tmp), lang, paper, header, meta, total=0, progress=progress, cancelled=cancelled)
        story_builder = Story(data, lang, width, doc.outline, statuses=chosen)
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
