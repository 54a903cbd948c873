"""Reports of a session: the PDF (reportlab platypus) and the editable DOCX.

Public API (the CLI and the window call exactly these)::

    write_report(session_path, out_path, lang="en", paper="a4", progress=None, cancelled=None)
    ReportError, ReportCancelled

reportlab is imported only when a report is written, so importing this
package costs nothing at the application's start-up.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from sahel_panel.output.errors import ReportCancelled, ReportError

__all__ = ["ReportCancelled", "ReportError", "write_report"]


def write_report(
    session_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    lang: str = "en",
    paper: str = "a4",
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    statuses: str | tuple[str, ...] | None = None,
) -> None:
    """Write the PDF report of the session at ``session_path`` to ``out_path``.

    ``lang`` (en, fr, ar) is the report's language, independent of the
    interface; ``paper`` is a4 or letter. ``progress(fraction)`` is called
    from the calling thread as the layout advances; ``cancelled()`` returning
    True aborts with :class:`ReportCancelled`. The session is opened
    read-only, so the window may keep writing. The file is written to a
    temporary file beside ``out_path`` and renamed only when complete: a
    failure or a cancellation leaves any older file untouched. ``statuses``
    (e.g. ``"agreed"`` or ``("agreed", "proposed", "withdrawn")``, or ``"all"``)
    chooses what the outcome list holds; the default is agreed and proposed.
    """
    from sahel_panel.report.pdf import write_pdf

    write_pdf(session_path, out_path, lang=lang, paper=paper, progress=progress, cancelled=cancelled,
              statuses=statuses)
