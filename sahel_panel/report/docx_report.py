"""The report as an editable Word document (python-docx), from the same data as the PDF.

:mod:`docx_writer` holds the writing primitives (direction by language, page
set-up, tables), :mod:`docx_sections` the report's sections; this module is
the entry point the export and the window call.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from sahel_panel.output import atomic


def write_docx(session_path: str | os.PathLike[str], out_path: str | os.PathLike[str], lang: str = "en",
               progress: Callable[[float], None] | None = None,
               cancelled: Callable[[], bool] | None = None, paper: str = "a4",
               statuses: str | tuple[str, ...] | None = None) -> None:
    """Write the DOCX report atomically (same contract as :func:`sahel_panel.report.write_report`)."""
    from sahel_panel.report import data as data_mod
    from sahel_panel.report.docx_sections import DocxReport
    from sahel_panel.report.pdf import check_options, parse_statuses

    check_options(lang, paper)
    chosen = parse_statuses(statuses)
    atomic.check_target(out_path, source=session_path)
    if progress:
        progress(0.0)
    data = data_mod.load(session_path)
    report = DocxReport(data, lang, cancelled, paper=paper, statuses=chosen)
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
