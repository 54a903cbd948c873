"""``sahel-panel export FILE -o OUT``: one entry point, the format chosen by the extension.

``.sahel`` a verified snapshot (:mod:`snapshot`), ``.json`` everything as
JSON (:mod:`json_export`), ``.docx`` the report as an editable document
(:mod:`sahel_panel.report.docx_report`, in the session's first language
unless ``lang`` is given). Every writer is atomic.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.output.errors import ExportError

FORMATS = (".sahel", ".json", ".docx")


def export_session(session_path: str | os.PathLike[str], out_path: str | os.PathLike[str],
                   progress: Callable[[float], None] | None = None, lang: str | None = None,
                   cancelled: Callable[[], bool] | None = None, paper: str = "a4",
                   statuses: str | tuple[str, ...] | None = None) -> None:
    """Export the session at ``session_path`` to ``out_path``; raises :class:`ExportError` on bad input.

    ``cancelled()`` returning True stops the writer with :class:`ReportCancelled`; like any failure,
    that leaves no partial file and an older file of the same name intact. ``paper`` and
    ``statuses`` apply to a .docx report (page size; what its outcome list holds).
    """
    source, out = Path(session_path), Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        hint = Message(QT_TRANSLATE_NOOP("Errors", " (for the PDF report use “sahel-panel report”)")) \
            if suffix == ".pdf" else ""
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "Cannot export to “{file}”: the name must end in .sahel, .json or .docx{hint}."),
            file=out.name, hint=hint))
    if not source.exists():
        raise ExportError(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” does not exist."), file=str(source)))
    if out.exists() and out.resolve() == source.resolve():
        raise ExportError(Message(QT_TRANSLATE_NOOP(
            "Errors", "The export would overwrite the session itself; choose another file name.")))
    if suffix == ".sahel":
        from sahel_panel.exchange import snapshot

        snapshot.take(source, out, progress, cancelled)
    elif suffix == ".json":
        from sahel_panel.exchange import json_export

        json_export.write_json(source, out, progress, cancelled)
    else:
        from sahel_panel.report.docx_report import write_docx

        write_docx(source, out, lang=lang or _first_language(source), progress=progress, cancelled=cancelled,
                   paper=paper, statuses=statuses)


def _first_language(path: Path) -> str:
    from sahel_panel.report.data import load_info

    languages = load_info(path).languages
    return languages[0] if languages else "en"
