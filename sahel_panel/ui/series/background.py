"""The Series window's long work: adding files, near-duplicate suggestions, reports and JSON.

Each is split so that the slow, read-only half runs in a worker (:mod:`.jobs`)
and the writes to the workbook happen on the window's thread, which owns its
connection: adding checks every file in the worker, then writes one file per
turn of the event loop; suggestions embed in the worker against a cache filled
here and flushed here afterwards; reports read the workbook through a read-only
connection of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from sahel_panel.ui.text.errors import error_text, message_text

SeriesWindow = Any
"""The Series window (:mod:`.window` imports this module, so not the other way round)."""



# -- adding files -------------------------------------------------------------
def add_files(window: SeriesWindow, paths: list[str]) -> None:
    """Check the files in the background, then write them one by one; report what happened to each."""
    doc = window.document
    if doc is None or doc.read_only or not paths:
        return
    book = doc.book

    def check(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> object:
        return book.check_files([Path(p) for p in paths], progress, cancelled)

    def write(checked: object) -> None:
        if window.document is not doc:
            return
        from sahel_panel.ui.core.document import USER_ERRORS

        try:
            report = book.store_checked(checked)  # type: ignore[arg-type]
        except USER_ERRORS as exc:
            window.prompter.warn(QCoreApplication.translate("SeriesWindow", "Files not added"), error_text(exc))
            return
        window.last_add_report = report
        window.prompter.inform(QCoreApplication.translate("SeriesWindow", "Files added") if report.ok else QCoreApplication.translate("SeriesWindow", "Some files were refused"),
                               add_summary(report))

    window.jobs.start("add", QCoreApplication.translate("SeriesWindow", "Checking the files…"), check, write,
                      lambda text: window.prompter.warn(QCoreApplication.translate("SeriesWindow", "Files not added"), text))


def add_summary(report) -> str:  # noqa: ANN001 - AddReport
    """One line per file, then what newer snapshots changed (nothing is dropped silently)."""
    lines = []
    for outcome in report.outcomes:
        lines.append(message_text(outcome.message))
        for change in outcome.changes:
            text = change.old_text or change.new_text
            if change.change == "vanished":
                lines.append("    " + QCoreApplication.translate("SeriesWindow", "No longer in the latest snapshot: %1").replace("%1", text))
            elif change.change == "changed":
                lines.append("    " + QCoreApplication.translate("SeriesWindow", "Changed: %1 → %2").replace("%1", change.old_text)
                             .replace("%2", change.new_text))
            else:
                lines.append("    " + QCoreApplication.translate("SeriesWindow", "Back in the latest snapshot: %1").replace("%1", change.new_text))
    return "\n".join(lines)


# -- suggestions --------------------------------------------------------------
def suggest(window: SeriesWindow) -> None:
    """Near-duplicates of the series in the background, embeddings cached in the workbook."""
    doc = window.document
    if doc is None:
        return
    from sahel_panel.series.embeddings import MODEL_ID, Cancelled, cache_key
    from sahel_panel.series.similar import suggest as run_suggest
    from sahel_panel.series.similar_book import WorkbookEmbeddingCache, candidates
    from sahel_panel.series.similar_cache import DeferredCache

    book = doc.book
    items = candidates(book)
    real = WorkbookEmbeddingCache(book)
    # The vectors already cached, read here (the worker has no connection); the model loads in the worker.
    deferred = DeferredCache.preload(real, sorted({cache_key(c.text, MODEL_ID) for c in items}))

    def work(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> object:
        return run_suggest(items, embedder=True, cache=deferred, progress=progress, cancelled=cancelled)

    def flush() -> None:
        if window.document is doc and not doc.closed:
            deferred.flush(real)

    def done(result: object) -> None:
        flush()
        if window.document is doc:
            window.suggestions_tab.show_result(book, result)
            window.tabs.setCurrentWidget(window.suggestions_tab)

    window.tabs.setCurrentWidget(window.suggestions_tab)
    window.jobs.start("suggest", QCoreApplication.translate("SeriesWindow", "Comparing the recommendations…"), work, done,
                      lambda text: window.prompter.warn(QCoreApplication.translate("SeriesWindow", "No suggestions"), text), (Cancelled,), flush)


# -- reports and JSON ---------------------------------------------------------
def ask_report(window: SeriesWindow) -> None:
    doc = window.document
    if doc is None:
        return
    from sahel_panel.domain.model import LANGUAGES
    from sahel_panel.ui.text.labels import LANGUAGE, label

    choice = window.prompter.choose(QCoreApplication.translate("SeriesWindow", "Series report"), QCoreApplication.translate("SeriesWindow", "Language of the report:"),
                                    [label(LANGUAGE, lang) for lang in LANGUAGES])
    if choice is None:
        return
    lang = LANGUAGES[choice]
    suggested = str(doc.book.path.with_name(f"{doc.book.path.stem}-report-{lang}.pdf"))
    out = window.prompter.save_path(QCoreApplication.translate("SeriesWindow", "Export the series report"),
                                    QCoreApplication.translate("SeriesWindow", "PDF (*.pdf);;Word document (*.docx)"), suggested)
    if out:
        export_report(window, out, lang)


def export_report(window: SeriesWindow, out: str, lang: str) -> None:
    from sahel_panel.output.errors import ReportCancelled
    from sahel_panel.series.report.from_book import write_book_report

    book_path = str(window.document.book.path)

    def work(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> object:
        write_book_report(book_path, out, lang, progress=progress, cancelled=cancelled)
        return out

    window.jobs.start("report", QCoreApplication.translate("SeriesWindow", "Writing the series report…"), work,
                      lambda path: window.statusBar().showMessage(QCoreApplication.translate("SeriesWindow", "Saved %1").replace("%1", str(path)), 10000),
                      lambda text: window.prompter.warn(QCoreApplication.translate("SeriesWindow", "Report not written"), text), (ReportCancelled,))


def ask_export_json(window: SeriesWindow) -> None:
    doc = window.document
    if doc is None:
        return
    out = window.prompter.save_path(QCoreApplication.translate("SeriesWindow", "Export the workbook as JSON"), QCoreApplication.translate("SeriesWindow", "JSON (*.json)"),
                                    str(doc.book.path.with_suffix(".json")))
    if not out:
        return
    from sahel_panel.output.errors import ReportCancelled
    from sahel_panel.series import Workbook
    from sahel_panel.series.export import write_json

    book_path = doc.book.path

    def work(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> object:
        with Workbook.open(book_path, read_only=True) as reader:
            write_json(reader, out, progress, cancelled)
        return out

    window.jobs.start("json", QCoreApplication.translate("SeriesWindow", "Writing the JSON…"), work,
                      lambda path: window.statusBar().showMessage(QCoreApplication.translate("SeriesWindow", "Saved %1").replace("%1", str(path)), 10000),
                      lambda text: window.prompter.warn(QCoreApplication.translate("SeriesWindow", "Export failed"), text), (ReportCancelled,))


