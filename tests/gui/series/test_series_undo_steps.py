"""Every consolidation command of the Series window is one transaction to do, one to undo, one to redo.

SQLite's trace callback counts the write transactions (``BEGIN IMMEDIATE``) on the
workbook's connection; walking the whole stack back and forth gives back exactly
the consolidation it started from.
"""

from __future__ import annotations

import importlib
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


def test_each_series_command_is_one_transaction_each_way(qapp, tmp_path: Path, snapshots: list[Path]) -> None:  # noqa: ANN001
    book = Workbook.create(tmp_path / "b.sahelbook")
    book.add_files(snapshots)
    doc = WorkbookDocument(book)
    writes = {"n": 0}
    book.store.db.conn.set_trace_callback(
        lambda sql: writes.__setitem__("n", writes["n"] + sql.lstrip().upper().startswith("BEGIN IMMEDIATE")))
    recs = book.recommendations.list()
    a, b, c = recs[0].id, recs[1].id, recs[2].id
    area = next(x.area for x in book.sessions() if x.id == recs[0].session_id)
    book.chapters.for_area(area)  # the merge's default chapter exists (a merge creates it once, on first use)
    start = _outline(book)
    merge = cmd.Merge(book, [a, b], {"en": "One text", "fr": "Un texte"})
    script = [
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
