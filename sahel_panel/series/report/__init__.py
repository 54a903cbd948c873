"""The series report: consolidated recommendations of a whole series, as PDF or DOCX.

Public API (the CLI and the window call these)::

    write_series_report(data, out_path, lang="en", paper="a4", progress=None, cancelled=None)

``data`` is a :class:`~sahel_panel.series.report.model.SeriesReportData`
(the workbook adapter builds it). The output format follows the file name
(``.pdf`` or ``.docx``). reportlab and python-docx are imported only when a
report is written. Errors are the session report's :class:`ReportError` and
:class:`ReportCancelled`, one sentence each.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.output.errors import ReportCancelled, ReportError
from sahel_panel.series.report.model import SeriesReportData

__all__ = ["FORMATS", "ReportCancelled", "ReportError", "SeriesReportData", "write_series_report"]

FORMATS = (".pdf", ".docx")


def report_format(out_path: str | os.PathLike[str]) -> str:
    """``"pdf"`` or ``"docx"`` from the file name, or :class:`ReportError` saying what is accepted."""
    suffix = Path(out_path).suffix.lower()
    if suffix not in FORMATS:
        raise ReportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "The series report is written as .pdf or .docx; “{file}” has neither ending."),
            file=Path(out_path).name))
    return suffix[1:]


def write_series_report(data: SeriesReportData, out_path: str | os.PathLike[str], lang: str = "en",
                        paper: str = "a4", progress: Callable[[float], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> None:
    """Write the report of ``data`` in ``lang`` (en, fr, ar) to ``out_path``, atomically.

    The language is the report's, independent of the interface. ``progress``
    receives fractions from 0 to 1; ``cancelled()`` returning True stops the
    work with :class:`ReportCancelled`, leaving any older file untouched.
    """
    if report_format(out_path) == "pdf":
        from sahel_panel.series.report.pdf import write_pdf

        write_pdf(data, out_path, lang=lang, paper=paper, progress=progress, cancelled=cancelled)
    else:
        from sahel_panel.series.report.docx import write_docx

        write_docx(data, out_path, lang=lang, paper=paper, progress=progress, cancelled=cancelled)
