"""The Series window driven with keys: add files in the background, merge, edit, split, move, undo.

Every assertion on an edit reads the workbook back through a second, read-only
connection: what the file holds, not what the trees show.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from sahel_panel.series import Workbook
from sahel_panel.ui.core.prompts import ScriptedPrompter
from sahel_panel.ui.series.dialogs import ChapterDialog, SplitDialog, TextsDialog
from sahel_panel.ui.series.models import ID_ROLE, KIND_ROLE
from sahel_panel.ui.series.window import SeriesWindow, _walk
from tests.gui.conftest import type_text
from tests.unit.series_sessions import series_files

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return series_files(tmp_path_factory.mktemp("panels"))


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    path = tmp_path / "call-of-the-sahel.sahelbook"
    Workbook.create(path, title="The Call of the Sahel").close()
    return path


@pytest.fixture
def series(qtbot, qapp, book_path: Path):  # noqa: ANN001, ANN201
    prompter = ScriptedPrompter()
    window = SeriesWindow(prompter)
    qtbot.addWidget(window)
    assert window.open_path(book_path)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window, prompter
    if shiboken6.isValid(window):
        window.close()


def stored(path: Path) -> Workbook:
    return Workbook.open(path, read_only=True)


def add_with_keys(qtbot, window: SeriesWindow, prompter: ScriptedPrompter, files: list[Path]) -> None:  # noqa: ANN001
    prompter.paths.append([str(f) for f in files])
    window.last_add_report = None
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: window.last_add_report is not None or prompter.log[-1][0] == "warn", timeout=180000)
    assert window.last_add_report is not None, prompter.log
    # The progress dialog (shown when checking takes over 300 ms) held the activation: give it back,
    # as the window manager does when a window-modal dialog closes.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def select_recommendations(window: SeriesWindow, ids: list[str]) -> None:
    selection = window.tree.selectionModel()
    selection.clearSelection()
    for index in _walk(window.recommendations):
        if index.data(KIND_ROLE) == "recommendation" and index.data(ID_ROLE) in ids:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def select_outline(window: SeriesWindow, item_id: str) -> None:
    for index in _walk(window.outline):
        if index.data(ID_ROLE) == item_id and index.data(KIND_ROLE) in ("consolidated", "chapter"):
            window.outline_view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(f"{item_id} not in the outline")


def press_ok(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_adding_files_in_the_background_is_idempotent_and_names_refused_files(
        qtbot, series, snapshots: list[Path], book_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    window, prompter = series
    add_with_keys(qtbot, window, prompter, snapshots)
    assert window.last_add_report.ok
    with stored(book_path) as book:
        counts = book.counts()
    assert counts["sessions"] == 5
    assert len(window.recommendations.ids) == counts["recommendations"] > 10
    assert window.statistics_tab.tree.topLevelItemCount() == 0  # not read while hidden
    window.tabs.setCurrentWidget(window.statistics_tab)
    assert window.statistics_tab.tree.topLevelItemCount() > 5  # the series, each panel, the breakdowns
    window.tabs.setCurrentWidget(window.sessions_tab)
    assert window.sessions_tab.tree.topLevelItemCount() == 5

    broken = tmp_path / "broken.sahel"
    broken.write_bytes(b"not a session at all" * 100)
    add_with_keys(qtbot, window, prompter, [*snapshots, broken])
    report = window.last_add_report
    assert [o.status for o in report.outcomes] == ["unchanged"] * 5 + ["refused"]
    assert "broken.sahel" in prompter.log[-1][1]
    with stored(book_path) as book:
        assert book.counts() == counts


def test_merge_edit_split_move_and_undo_with_keys(qtbot, series, snapshots: list[Path], book_path: Path) -> None:  # noqa: ANN001
    window, prompter = series
    add_with_keys(qtbot, window, prompter, snapshots)
    with stored(book_path) as book:
        recs = book.recommendations.list()
    english = next(r for r in recs if r.language == "en")
    french = next(r for r in recs if r.language == "fr" and r.session_id != english.session_id)

    select_recommendations(window, [english.id, french.id])
    assert window.selected_recommendation_ids() == sorted([english.id, french.id],
                                                          key=window.recommendations.ids.index)
    qtbot.keyClick(window.tree, Qt.Key.Key_M, CTRL)
    dialog = window.findChild(TextsDialog, "mergeDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.editor.editors["en"].toPlainText() == english.text  # prefilled per language
    assert dialog.editor.editors["fr"].toPlainText() == french.text
    type_text(qtbot, dialog.editor.editors["ar"], "تعزيز الرقابة البرلمانية")
    press_ok(qtbot, dialog)
    with stored(book_path) as book:
        [merged] = book.consolidated.list()
        assert {s.recommendation_id for s in merged.sources} == {english.id, french.id}
        assert merged.texts["ar"] == "تعزيز الرقابة البرلمانية"
        assert merged.number == 1
    assert window.current_consolidated_id() == merged.id
    assert english.text in window.details.toPlainText()  # the trail shows what was merged

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    with stored(book_path) as book:
        assert book.consolidated.list() == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    with stored(book_path) as book:
        [again] = book.consolidated.list()
    assert again.id == merged.id and again.texts == merged.texts

    # F2: edit the French text, one revision; undo drops it
    select_outline(window, merged.id)
    qtbot.keyClick(window.outline_view, Qt.Key.Key_F2)
    edit = window.findChild(TextsDialog, "editDialog")
    fr = edit.editor.editors["fr"]
    fr.selectAll()
    type_text(qtbot, fr, "Renforcer le contrôle parlementaire des budgets de sécurité.")
    press_ok(qtbot, edit)
    with stored(book_path) as book:
        assert book.consolidated.get(merged.id).texts["fr"] == "Renforcer le contrôle parlementaire des budgets de sécurité."
        assert len(book.consolidated.revisions(merged.id, "fr")) == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    with stored(book_path) as book:
        assert book.consolidated.get(merged.id).texts["fr"] == french.text

    # Split off the French source (it keeps supporting the original: a source may support several)
    select_outline(window, merged.id)
    qtbot.keyClick(window.outline_view, Qt.Key.Key_M, CTRL | SHIFT)
    split = window.findChild(SplitDialog, "splitDialog")
    for i in range(split.sources.count()):
        item = split.sources.item(i)
        if item.data(Qt.ItemDataRole.UserRole + 1) == french.id:
            item.setCheckState(Qt.CheckState.Checked)
    press_ok(qtbot, split)
    with stored(book_path) as book:
        first, second = book.consolidated.list()
        assert first.id == merged.id and [s.recommendation_id for s in second.sources] == [french.id]
        assert french.id in {s.recommendation_id for s in first.sources}
        assert book.recommendations.get(french.id).consolidated_ids == (merged.id, second.id)

    # Move the first down: it becomes operative paragraph 2
    select_outline(window, merged.id)
    qtbot.keyClick(window.outline_view, Qt.Key.Key_Down, CTRL | SHIFT)
    with stored(book_path) as book:
        assert [c.id for c in book.consolidated.list()] == [second.id, merged.id]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # undo the move
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # undo the split
    with stored(book_path) as book:
        assert [c.id for c in book.consolidated.list()] == [merged.id]


def test_search_and_filters_narrow_the_list(qtbot, series, snapshots: list[Path], book_path: Path) -> None:  # noqa: ANN001
    window, prompter = series
    add_with_keys(qtbot, window, prompter, snapshots)
    everything = list(window.recommendations.ids)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "transhumance")
    qtbot.waitUntil(lambda: len(window.recommendations.ids) < len(everything))
    with stored(book_path) as book:
        texts = [book.recommendations.get(i).text for i in window.recommendations.ids]
    assert texts and all("transhumance" in t.lower() for t in texts)
    window.search.clear()
    qtbot.waitUntil(lambda: window.recommendations.ids == everything)
    window.language_filter.setCurrentIndex(window.language_filter.findData("ar"))
    qtbot.waitUntil(lambda: window.recommendations.ids != everything)
    with stored(book_path) as book:
        assert {book.recommendations.get(i).language for i in window.recommendations.ids} == {"ar"}


def test_chapters_are_added_renamed_and_undone(qtbot, series, snapshots: list[Path], book_path: Path) -> None:  # noqa: ANN001
    window, _prompter = series
    with stored(book_path) as book:
        before = len(book.chapters.list())
    window.named["add_chapter"].trigger()
    dialog = window.findChild(ChapterDialog, "chapterDialog")
    type_text(qtbot, dialog.edits["en"], "Cross-cutting measures")
    type_text(qtbot, dialog.edits["ar"], "تدابير شاملة")
    press_ok(qtbot, dialog)
    with stored(book_path) as book:
        chapters = book.chapters.list()
    assert len(chapters) == before + 1 and chapters[-1].titles == {"en": "Cross-cutting measures", "ar": "تدابير شاملة"}
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    with stored(book_path) as book:
        assert len(book.chapters.list()) == before


def test_a_read_only_workbook_offers_no_edits(qtbot, qapp, book_path: Path, snapshots: list[Path]) -> None:  # noqa: ANN001
    with Workbook.open(book_path) as book:
        book.add_files(snapshots[:2])
    copy = book_path.with_name("copy.sahelbook")
    shutil.copy(book_path, copy)
    prompter = ScriptedPrompter()
    window = SeriesWindow(prompter)
    qtbot.addWidget(window)
    window.set_book(Workbook.open(copy, read_only=True))
    assert not window.named["add_files"].isEnabled()
    select_recommendations(window, window.recommendations.ids[:2])
    assert not window.named["merge"].isEnabled()
    assert "(read-only)" in window.windowTitle()


def test_the_window_follows_the_language_and_mirrors_in_arabic(qtbot, qapp, series) -> None:  # noqa: ANN001
    from sahel_panel.ui.shell.language import LanguageManager

    window, _prompter = series
    manager = LanguageManager(qapp)
    try:
        manager.apply("fr")
        qtbot.waitUntil(lambda: window.menus["file"].title() != "&File", timeout=30000)
        assert window.named["merge"].text() != "&Merge selected"
        manager.apply("ar")
        qtbot.waitUntil(lambda: window.isRightToLeft(), timeout=30000)
        assert window.tabs.tabText(0) != "Recommendations"
    finally:
        manager.apply("en")


def test_suggestions_run_in_the_background_are_cached_and_merge_a_pair(
        qtbot, series, snapshots: list[Path], book_path: Path) -> None:  # noqa: ANN001
    window, prompter = series
    add_with_keys(qtbot, window, prompter, snapshots)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    tree = window.suggestions_tab.tree
    qtbot.waitUntil(lambda: "suggest" not in window.jobs.running, timeout=120000)
    assert window.tabs.currentWidget() is window.suggestions_tab
    assert tree.topLevelItemCount() > 0, window.suggestions_tab.note.text()
    with stored(book_path) as book:
        cached = book.store.db.execute("SELECT count(*) FROM embedding").fetchone()[0]
    assert cached == len(window.recommendations.ids)  # every text embedded once, kept in the workbook

    tree.setCurrentItem(tree.topLevelItem(0))
    pair = tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1)
    qtbot.mouseClick(window.suggestions_tab.merge, Qt.MouseButton.LeftButton)
    dialog = window.findChild(TextsDialog, "mergeDialog")
    press_ok(qtbot, dialog)
    with stored(book_path) as book:
        [merged] = book.consolidated.list()
    assert {s.recommendation_id for s in merged.sources} == set(pair)


def test_series_report_and_json_are_written_in_the_background(
        qtbot, series, snapshots: list[Path], book_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    import json
    import subprocess

    window, prompter = series
    add_with_keys(qtbot, window, prompter, snapshots)
    with stored(book_path) as book:
        rec = next(r for r in book.recommendations.list() if r.language == "en")
    select_recommendations(window, [rec.id])
    qtbot.keyClick(window.tree, Qt.Key.Key_M, CTRL)
    press_ok(qtbot, window.findChild(TextsDialog, "mergeDialog"))

    out = tmp_path / "summit-ar.pdf"
    prompter.choices.append(2)  # العربية
    prompter.paths.append(str(out))
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "report" not in window.jobs.running, timeout=120000)
    assert out.exists(), prompter.log
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(unicodedata.normalize("NFKC", text).split())
        assert " ".join(rec.text.split()[:4]) in flat  # the operative paragraph, in its own language
        assert "الفقرات" in flat or "التوصيات" in flat  # an Arabic report

    data_out = tmp_path / "book.json"
    prompter.paths.append(str(data_out))
    window.named["export_json"].trigger()
    qtbot.waitUntil(lambda: "json" not in window.jobs.running, timeout=60000)
    data = json.loads(data_out.read_text(encoding="utf-8"))
    assert len(data["sessions"]) == 5


def test_people_are_merged_and_separated_by_hand(qtbot, series, snapshots: list[Path], book_path: Path) -> None:  # noqa: ANN001
    from sahel_panel.ui.series.tabs import ID_ROLE as TAB_ID

    window, prompter = series
    add_with_keys(qtbot, window, prompter, snapshots)
    with stored(book_path) as book:
        people = book.people.list()
    twice = next(p for p in people if len(p.session_ids) > 1)  # the same person at two panels, counted once
    window.tabs.setCurrentWidget(window.people_tab)
    tree = window.people_tab.tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert len(tops) == len(people)

    first, second = [t for t in tops if t.data(0, TAB_ID)[1] != twice.id][:2]
    first.setSelected(True)
    second.setSelected(True)
    qtbot.mouseClick(window.people_tab.merge, Qt.MouseButton.LeftButton)
    with stored(book_path) as book:
        assert len(book.people.list()) == len(people) - 1
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    with stored(book_path) as book:
        assert len(book.people.list()) == len(people)

    tree = window.people_tab.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, TAB_ID)[1] == twice.id)
    tree.clearSelection()
    item.child(0).setSelected(True)
    qtbot.mouseClick(window.people_tab.separate, Qt.MouseButton.LeftButton)
    with stored(book_path) as book:
        assert len(book.people.list()) == len(people) + 1
        assert book.statistics().overall.speakers == len(people) + 1


def test_the_preamble_is_edited_per_language_and_undone(qtbot, series, book_path: Path) -> None:  # noqa: ANN001
    window, _prompter = series
    window.named["preamble"].trigger()
    dialog = window.findChild(TextsDialog, "preambleDialog")
    type_text(qtbot, dialog.editor.editors["fr"], "Les parlements du Sahel se sont réunis cinq fois.")
    type_text(qtbot, dialog.editor.editors["ar"], "اجتمعت برلمانات الساحل خمس مرات.")
    press_ok(qtbot, dialog)
    with stored(book_path) as book:
        assert book.preamble.get() == {"fr": "Les parlements du Sahel se sont réunis cinq fois.",
                                       "ar": "اجتمعت برلمانات الساحل خمس مرات."}
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # one language per step
    with stored(book_path) as book:
        assert book.preamble.get() == {"fr": "Les parlements du Sahel se sont réunis cinq fois."}
