"""Every consolidation command of the Series window is one transaction to do, one to undo, one to redo.

SQLite's trace callback counts the write transactions (``BEGIN IMMEDIATE``) on the
workbook's connection; walking the whole stack back and forth gives back exactly
the consolidation it started from.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest

from sahel_panel.series import Workbook
from sahel_panel.ui.core.document import ServiceCommand
from sahel_panel.ui.series import commands as cmd
from sahel_panel.ui.series.document import WorkbookDocument
from tests.unit.series_sessions import series_files


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return series_files(tmp_path_factory.mktemp("panels"))


def _outline(book: Workbook) -> list:
    people = sorted((p.id, p.speaker_ids) for p in book.people.list())
    return [people, book.preamble.get()] + [(c.id, c.chapter_id, c.number, c.texts, [s.recommendation_id for s in c.sources])
            for c in book.consolidated.list()] + [(ch.id, ch.position, ch.titles) for ch in book.chapters.list()]


def _script(book: Workbook) -> list[Callable[[], ServiceCommand]]:
    """Every kind of Series command, in an order the secretariat could take; each builder runs once, in turn."""
    recs = book.recommendations.list()
    a, b, c = recs[0].id, recs[1].id, recs[2].id
    area = next(x.area for x in book.sessions() if x.id == recs[0].session_id)
    book.chapters.for_area(area)  # the merge's default chapter exists (a merge creates it once, on first use)
    merge = cmd.Merge(book, [a, b], {"en": "One text", "fr": "Un texte"})
    return [
        lambda: merge,
        lambda: cmd.SetText(book, merge.consolidated_id, "ar", "نص واحد"),
        lambda: cmd.AddSources(book, merge.consolidated_id, [c]),
        lambda: cmd.Split(book, merge.consolidated_id, [b], {"en": "Split text"}, move=True),
        lambda: cmd.Move(book, merge.consolidated_id, book.chapters.list()[-1].id, None),
        lambda: cmd.AddChapter(book, {"en": "Cross-cutting"}),
        lambda: cmd.RenameChapter(book, book.chapters.list()[0].id, {"fr": "Premier"}),
        lambda: cmd.MoveChapter(book, book.chapters.list()[0].id, 2),
        lambda: cmd.Unmerge(book, merge.consolidated_id),
        lambda: cmd.SetPreamble(book, "fr", "Les parlements du Sahel…"),
        lambda: cmd.MergePeople(book, [p.id for p in book.people.list()[:2]]),
        lambda: cmd.SeparateSpeaker(book, next(p for p in book.people.list() if len(p.speaker_ids) > 1).speaker_ids[0]),
    ]


def test_each_series_command_is_one_transaction_each_way(qapp, tmp_path: Path, snapshots: list[Path]) -> None:  # noqa: ANN001
    book = Workbook.create(tmp_path / "b.sahelbook")
    book.add_files(snapshots)
    doc = WorkbookDocument(book)
    writes = {"n": 0}
    book.store.db.conn.set_trace_callback(
        lambda sql: writes.__setitem__("n", writes["n"] + sql.lstrip().upper().startswith("BEGIN IMMEDIATE")))
    script = _script(book)  # (creates the merge's default chapter)
    start = _outline(book)
    done: list[ServiceCommand] = []
    for build in script:
        command = build()
        before = writes["n"]
        assert doc.execute(command), command.text()
        assert writes["n"] - before == 1, f"{type(command).__name__} do"
        done.append(command)
    end = _outline(book)
    for command in reversed(done):
        before = writes["n"]
        doc.undo()
        assert command.failure is None
        assert writes["n"] - before == 1, f"{type(command).__name__} undo"
    assert _outline(book) == start
    for command in done:
        before = writes["n"]
        doc.redo()
        assert writes["n"] - before == 1, f"{type(command).__name__} redo"
    assert _outline(book) == end
    kinds = {type(x) for x in done}
    module = importlib.import_module("sahel_panel.ui.series.commands")
    every = {v for v in vars(module).values() if isinstance(v, type) and issubclass(v, ServiceCommand)
             and v is not ServiceCommand}
    assert every - kinds == set(), "add the new command kinds to the script"
    doc.close()


def test_every_series_step_is_renamed_when_the_language_changes(qtbot, qapp, tmp_path: Path,  # noqa: ANN001
                                                                snapshots: list[Path]) -> None:
    """Steps taken in English are named in French, then Arabic, in the Edit menu and an undo view."""
    from PySide6.QtWidgets import QUndoView

    from sahel_panel.ui.core.prompts import ScriptedPrompter
    from sahel_panel.ui.series.window import SeriesWindow
    from sahel_panel.ui.shell.language import LanguageManager
    from sahel_panel.ui.text.bidi import plain
    from tests.gui.core.test_undo_labels_follow_the_language import check_every_label, stack_labels

    path = tmp_path / "b.sahelbook"
    with Workbook.create(path) as book:
        book.add_files(snapshots)
    window = SeriesWindow(ScriptedPrompter())
    qtbot.addWidget(window)
    assert window.open_path(path)
    document = window.document
    for build in _script(document.book):
        assert window.execute(build())
    window.undo()  # Separate speaker undone: Redo names it
    stack = document.undo_stack
    view = QUndoView(stack)
    qtbot.addWidget(view)
    english = stack_labels(document)
    assert english[1] == "Edit text (Arabic)"
    undo, redo = window.named["undo"], window.named["redo"]
    assert (undo.text(), redo.text()) == ("&Undo Merge people", "&Redo Separate speaker")
    manager = LanguageManager(qapp)
    try:
        manager.apply("fr")
        qtbot.waitUntil(lambda: window.menus["file"].title() != "&File", timeout=60000)
        check_every_label(document, view, "fr")
        assert stack.text(1) == "Modifier le texte (Arabe)"  # the language named in French too
        assert (undo.text(), redo.text()) == ("&Annuler\u00a0: Fusionner des personnes",
                                              "&Rétablir\u00a0: Séparer l'intervenant")
        french = window.menus["file"].title()
        manager.apply("ar")
        qtbot.waitUntil(lambda: window.menus["file"].title() != french, timeout=60000)  # LanguageChange is posted
        check_every_label(document, view, "ar")
        assert stack.text(1) == "تعديل النص (العربية)"
        assert plain(undo.text()) == "&تراجع عن دمج الأشخاص"
    finally:
        manager.apply("en")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File", timeout=60000)
    assert stack_labels(document) == english
    window.close()
