"""The Series window: every recommendation of a series on the left, the summit's outline on the right.

The secretariat selects recommendations from several panels and merges them
(Ctrl+M) into a consolidated recommendation placed in a chapter; splits one
(Ctrl+Shift+M), edits its texts per language (F2), moves it (Ctrl+Shift+Up/Down),
adds sources to it (Ctrl+L); every step is one undoable command. Adding files,
near-duplicate suggestions and reports run in the background with progress and
Cancel. The window only wires behaviour: the rules are the series services'.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import CATEGORIES, LANGUAGES, STATUSES
from sahel_panel.series import SUFFIX, RecommendationFilter, Workbook
from sahel_panel.services import Change
from sahel_panel.ui.core.prompts import Prompter, QtPrompter
from sahel_panel.ui.series import commands as cmd
from sahel_panel.ui.series.details import consolidated_text, recommendation_text
from sahel_panel.ui.series.dialogs import ChapterDialog, SplitDialog, TextsDialog
from sahel_panel.ui.series.document import WorkbookDocument
from sahel_panel.ui.series.jobs import JobRunner
from sahel_panel.ui.series.models import ID_ROLE, KIND_ROLE, OutlineModel, RecommendationsModel, session_label
from sahel_panel.ui.series.tabs import PeopleTab, SessionsTab, StatisticsTab, SuggestionsTab
from sahel_panel.ui.text.errors import error_text
from sahel_panel.ui.text.labels import CATEGORY, LANGUAGE, STATUS, label
from sahel_panel.ui.text.plain import plain_label


def book_filter() -> str:
    return QCoreApplication.translate("SeriesWindow", "Series workbooks (*.sahelbook);;All files (*)")


def sessions_filter() -> str:
    return QCoreApplication.translate("SeriesWindow", "Sahel Panel sessions and snapshots (*.sahel);;All files (*)")


class SeriesWindow(QMainWindow):
    def __init__(self, prompter: Prompter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompter: Prompter = prompter or QtPrompter(self)
        self.document: WorkbookDocument | None = None
        self.last_add_report = None  # the AddReport of the last files added (tests, the status line)
        self.jobs = JobRunner(self)
        self._reload_timer = QTimer(self, singleShot=True, interval=0, timeout=self.reload)
        self._build()
        self._build_actions()
        self.retranslate()
        self._update_actions()
        self.resize(1280, 760)

    # -- building --------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(objectName="seriesSearch", clearButtonEnabled=True)
        self.session_filter = QComboBox(objectName="sessionFilter")
        self.status_filter = QComboBox(objectName="statusFilter")
        self.language_filter = QComboBox(objectName="languageFilter")
        self.category_filter = QComboBox(objectName="categoryFilter")
        self.unconsolidated = QCheckBox(objectName="unconsolidatedOnly")
        self.search.textChanged.connect(lambda _text: self._reload_timer.start())
        for combo in (self.session_filter, self.status_filter, self.language_filter, self.category_filter):
            combo.currentIndexChanged.connect(lambda _i: self._reload_timer.start())
        self.unconsolidated.toggled.connect(lambda _on: self._reload_timer.start())
        bar = QHBoxLayout()
        self.search_label = plain_label(QLabel())
        self.search_label.setBuddy(self.search)
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for combo in (self.session_filter, self.status_filter, self.language_filter, self.category_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        self.session_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_filter.setMinimumContentsLength(14)  # panel titles are long: the list itself shows them whole
        filters.addWidget(self.unconsolidated)
        filters.addStretch(1)

        self.recommendations = RecommendationsModel(self)
        self.tree = QTreeView(objectName="seriesRecommendations")
        self.tree.setModel(self.recommendations)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.count_label = plain_label(QLabel(objectName="seriesCount"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(bar)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.tree)
        left_layout.addWidget(self.count_label)

        self.tabs = QTabWidget(objectName="seriesTabs")
        self.sessions_tab = SessionsTab()
        self.statistics_tab = StatisticsTab()
        self.suggestions_tab = SuggestionsTab()
        self.suggestions_tab.merge_requested.connect(self.merge_ids)
        self.suggestions_tab.run_requested.connect(self.suggest)
        self.tabs.addTab(left, "")
        self.tabs.addTab(self.suggestions_tab, "")
        self.tabs.addTab(self.sessions_tab, "")
        self.tabs.addTab(self.statistics_tab, "")
        self.people_tab = PeopleTab()
        self.people_tab.merge_requested.connect(lambda ids: self.execute(cmd.MergePeople(self.document.book, ids)))
        self.people_tab.separate_requested.connect(
            lambda sid: self.execute(cmd.SeparateSpeaker(self.document.book, sid)))
        self.tabs.addTab(self.people_tab, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())

        self.outline = OutlineModel(self)
        self.outline_view = QTreeView(objectName="seriesOutline")
        self.outline_view.setModel(self.outline)
        self.outline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outline_view.setWordWrap(True)
        self.outline_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.details = QPlainTextEdit(objectName="seriesDetails", readOnly=True)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.outline_view)
        right.addWidget(self.details)
        right.setSizes([420, 300])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setSizes([700, 560])
        self.setCentralWidget(split)
        self.file_label = plain_label(QLabel(objectName="seriesFile"))
        self.statusBar().addPermanentWidget(self.file_label)
        self.tree.selectionModel().selectionChanged.connect(self._show_recommendation)
        self.outline_view.selectionModel().selectionChanged.connect(self._show_consolidated)

    def _action(self, name: str, slot, *shortcuts: str | QKeySequence.StandardKey) -> QAction:  # noqa: ANN001
        action = QAction(self, objectName=f"series_{name}")
        if shortcuts:
            action.setShortcuts([QKeySequence(k) for k in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        self.named[name] = action
        return action

    def _build_actions(self) -> None:
        self.named: dict[str, QAction] = {}
        a = self._action
        a("new", self.ask_new, QKeySequence.StandardKey.New)
        a("open", self.ask_open, QKeySequence.StandardKey.Open)
        a("add_files", self.ask_add_files, "Ctrl+I")
        a("report", self.ask_report, "Ctrl+Shift+E")
        a("export_json", self.ask_export_json)
        a("close", self.close, QKeySequence.StandardKey.Close)
        a("undo", self.undo, "Ctrl+Z")
        a("redo", self.redo, "Ctrl+Shift+Z", "Ctrl+Y")
        a("merge", self.merge_selected, "Ctrl+M")
        a("add_sources", self.add_selected_sources, "Ctrl+L")
        a("split", self.split_current, "Ctrl+Shift+M")
        a("edit", self.edit_current, "F2")
        a("unmerge", self.unmerge_current, "Ctrl+Delete")
        a("move_up", lambda: self.move_current(-1), "Ctrl+Shift+Up")
        a("move_down", lambda: self.move_current(1), "Ctrl+Shift+Down")
        a("add_chapter", self.add_chapter)
        a("rename_chapter", self.rename_chapter)
        a("preamble", self.edit_preamble)
        a("find", self._focus_search, QKeySequence.StandardKey.Find)
        a("suggest", self.suggest, "Ctrl+D")
        self.tree.addActions([self.named[n] for n in ("merge", "add_sources")])
        self.outline_view.addActions([self.named[n] for n in ("edit", "split", "move_up", "move_down",
                                                                "unmerge", "rename_chapter")])
        bar = self.menuBar()
        self.menus = {}
        for group, names in (("file", ["new", "open", "-", "add_files", "-", "report", "export_json", "-", "close"]),
                             ("edit", ["undo", "redo", "-", "merge", "add_sources", "split", "edit", "unmerge",
                                       "-", "find"]),
                             ("outline", ["move_up", "move_down", "-", "add_chapter", "rename_chapter", "-", "preamble"]),
                             ("tools", ["suggest"])):
            menu = bar.addMenu("")
            menu.setObjectName(f"series_menu_{group}")
            for n in names:
                menu.addSeparator() if n == "-" else menu.addAction(self.named[n])
            self.menus[group] = menu

    def retranslate(self) -> None:
        texts = {
            "new": QCoreApplication.translate("SeriesWindow", "&New workbook…"), "open": QCoreApplication.translate("SeriesWindow", "&Open workbook…"), "add_files": QCoreApplication.translate("SeriesWindow", "&Add session files…"),
            "report": QCoreApplication.translate("SeriesWindow", "Export &report…"), "export_json": QCoreApplication.translate("SeriesWindow", "Export &JSON…"), "close": QCoreApplication.translate("SeriesWindow", "&Close"),
            "merge": QCoreApplication.translate("SeriesWindow", "&Merge selected"),
            "add_sources": QCoreApplication.translate("SeriesWindow", "Add selected as &sources"), "split": QCoreApplication.translate("SeriesWindow", "&Split off…"), "edit": QCoreApplication.translate("SeriesWindow", "&Edit texts…"),
            "unmerge": QCoreApplication.translate("SeriesWindow", "U&nmerge"), "move_up": QCoreApplication.translate("SeriesWindow", "Move &up"), "move_down": QCoreApplication.translate("SeriesWindow", "Move &down"),
            "add_chapter": QCoreApplication.translate("SeriesWindow", "Add &chapter…"), "rename_chapter": QCoreApplication.translate("SeriesWindow", "Re&name chapter…"), "preamble": QCoreApplication.translate("SeriesWindow", "Edit the &preamble…"), "find": QCoreApplication.translate("SeriesWindow", "&Find"),
            "suggest": QCoreApplication.translate("SeriesWindow", "Suggest near-&duplicates"),
        }
        for name, text in texts.items():
            self.named[name].setText(text)
        for group, title in (("file", QCoreApplication.translate("SeriesWindow", "&File")), ("edit", QCoreApplication.translate("SeriesWindow", "&Edit")), ("outline", QCoreApplication.translate("SeriesWindow", "&Outline")),
                             ("tools", QCoreApplication.translate("SeriesWindow", "&Tools"))):
            self.menus[group].setTitle(title)
        for i, title in enumerate((QCoreApplication.translate("SeriesWindow", "Recommendations"), QCoreApplication.translate("SeriesWindow", "Suggestions"), QCoreApplication.translate("SeriesWindow", "Panels"), QCoreApplication.translate("SeriesWindow", "Statistics"), QCoreApplication.translate("SeriesWindow", "People"))):
            self.tabs.setTabText(i, title)
        self.search_label.setText(QCoreApplication.translate("SeriesWindow", "&Search:"))
        self.search.setPlaceholderText(QCoreApplication.translate("SeriesWindow", "Words in the recommendations (accents and Arabic spelling ignored)"))
        self.unconsolidated.setText(QCoreApplication.translate("SeriesWindow", "Not consolidated yet"))
        self.tree.setAccessibleName(QCoreApplication.translate("SeriesWindow", "All recommendations of the series"))
        self.outline_view.setAccessibleName(QCoreApplication.translate("SeriesWindow", "Outline of consolidated recommendations"))
        self.details.setAccessibleName(QCoreApplication.translate("SeriesWindow", "Trail"))
        self._fill_filters()
        self.suggestions_tab.retranslate()
        self.sessions_tab.retranslate()
        self.statistics_tab.retranslate()
        self.people_tab.retranslate()
        self._update_title()
        if self.document is not None:
            self.document.retranslate()  # the steps taken so far, named in the new language
            self.reload()
        self._update_actions()

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        def fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        sessions = self.document.book.sessions() if self.document is not None else []
        fill(self.session_filter, QCoreApplication.translate("SeriesWindow", "All panels"), [(session_label(s), s.id) for s in sessions])
        fill(self.status_filter, QCoreApplication.translate("SeriesWindow", "Any status"), [(label(STATUS, s), s) for s in STATUSES])
        fill(self.language_filter, QCoreApplication.translate("SeriesWindow", "Any language"), [(label(LANGUAGE, x), x) for x in LANGUAGES])
        fill(self.category_filter, QCoreApplication.translate("SeriesWindow", "Any speaker category"), [(label(CATEGORY, c), c) for c in CATEGORIES])
        for combo, name in ((self.session_filter, QCoreApplication.translate("SeriesWindow", "Panel")), (self.status_filter, QCoreApplication.translate("SeriesWindow", "Status")),
                            (self.language_filter, QCoreApplication.translate("SeriesWindow", "Language")), (self.category_filter, QCoreApplication.translate("SeriesWindow", "Speaker category"))):
            combo.setAccessibleName(name)

    # -- the open workbook -----------------------------------------------
    def set_book(self, book: Workbook) -> None:
        self.close_book()
        self.document = WorkbookDocument(book, self)
        self.document.changed.connect(self._on_change)
        self.document.failed.connect(lambda text: self.prompter.warn(QCoreApplication.translate("SeriesWindow", "Not done"), text))
        self.document.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self._fill_filters()
        self.reload()
        self._update_title()
        self._update_actions()

    def close_book(self) -> None:
        if self.document is None:
            return
        self.jobs.cancel_all()
        self.jobs.wait()
        self.document.close()
        self.document.deleteLater()
        self.document = None
        self.recommendations.clear()
        self.outline.clear()
        self.details.clear()

    def open_path(self, path: str | Path) -> bool:
        from sahel_panel.store import SessionLocked, SessionNotWritable, StoreError

        try:
            book = Workbook.open(path)
        except (SessionLocked, SessionNotWritable) as exc:
            if not self.prompter.ask(QCoreApplication.translate("SeriesWindow", "Workbook in use"), error_text(exc) + "\n\n" + QCoreApplication.translate("SeriesWindow", "Open it read-only?")):
                return False
            try:
                book = Workbook.open(path, read_only=True)
            except StoreError as again:
                self.prompter.warn(QCoreApplication.translate("SeriesWindow", "Cannot open the workbook"), error_text(again))
                return False
        except StoreError as exc:
            self.prompter.warn(QCoreApplication.translate("SeriesWindow", "Cannot open the workbook"), error_text(exc))
            return False
        self.set_book(book)
        self.statusBar().showMessage(QCoreApplication.translate("SeriesWindow", "Opened %1").replace("%1", str(path)), 8000)
        return True

    def ask_open(self) -> None:
        path = self.prompter.open_path(QCoreApplication.translate("SeriesWindow", "Open a series workbook"), book_filter())
        if path:
            self.open_path(path)

    def ask_new(self) -> None:
        from sahel_panel.domain.model import DomainError
        from sahel_panel.store import StoreError

        path = self.prompter.save_path(QCoreApplication.translate("SeriesWindow", "Create a series workbook"), book_filter(),
                                       str(Path.home() / f"series{SUFFIX}"))
        if not path:
            return
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        try:
            book = Workbook.create(path)
        except (StoreError, DomainError) as exc:
            self.prompter.warn(QCoreApplication.translate("SeriesWindow", "Cannot create the workbook"), error_text(exc))
            return
        self.set_book(book)
        self.statusBar().showMessage(QCoreApplication.translate("SeriesWindow", "Created %1").replace("%1", path), 8000)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(QCoreApplication.translate("SeriesWindow", "Series workbook — Sahel Panel"))
            self.file_label.setText("")
            return
        book = self.document.book
        mark = " " + QCoreApplication.translate("SeriesWindow", "(read-only)") if book.read_only else ""
        self.setWindowTitle(f"{book.info().title}{mark} — {book.path.name} — Sahel Panel")
        self.file_label.setText(str(book.path))

    def _on_change(self, change: Change) -> None:
        if change.entity == "session":
            self._fill_filters()
        self._reload_timer.start()

    def current_filter(self) -> RecommendationFilter:
        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        return RecommendationFilter(session_ids=one(self.session_filter), statuses=one(self.status_filter),
                                    languages=one(self.language_filter),
                                    speaker_categories=one(self.category_filter), text=self.search.text(),
                                    unconsolidated_only=self.unconsolidated.isChecked())

    def reload(self) -> None:
        if self.document is None:
            return
        book = self.document.book
        keep_recs, keep_outline = self.selected_recommendation_ids(), self.current_consolidated_id()
        self.outline.reload(book)
        self.recommendations.reload(book, self.current_filter(), self.outline.numbers)
        self.tree.expandAll()
        self.outline_view.expandAll()
        for view in (self.tree, self.outline_view):
            view.header().setStretchLastSection(False)
            view.header().setSectionResizeMode(0, view.header().ResizeMode.Stretch)
        self._select(self.tree, self.recommendations, set(keep_recs))
        if keep_outline:
            self._select(self.outline_view, self.outline, {keep_outline})
        counts = book.counts()
        self.count_label.setText(
            QCoreApplication.translate("SeriesWindow", "%1 shown · %2 panels · %3 recommendations · %4 consolidated")
            .replace("%1", str(len(self.recommendations.ids))).replace("%2", str(counts.get("sessions", 0)))
            .replace("%3", str(counts.get("recommendations", 0))).replace("%4", str(len(self.outline.numbers))))
        self._refresh_tab()
        self._update_actions()

    def _refresh_tab(self) -> None:
        """Fill the panels, statistics or people tab only while it is shown: each reads the whole series,
        which on a large series is more than a merge should wait for; switching to it fills it."""
        if self.document is None:
            return
        tab = self.tabs.currentWidget()
        if tab in (self.sessions_tab, self.statistics_tab, self.people_tab):
            tab.show_book(self.document.book)

    @staticmethod
    def _select(view: QTreeView, model, ids: set[str]) -> None:  # noqa: ANN001
        selection = view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for index in _walk(model):
            if index.data(ID_ROLE) in ids and index.data(KIND_ROLE) in ("recommendation", "consolidated"):
                selection.select(index, flags)

    # -- selections ------------------------------------------------------
    def selected_recommendation_ids(self) -> list[str]:
        ids = []
        for index in self.tree.selectionModel().selectedRows(0):
            if index.data(KIND_ROLE) == "recommendation" and index.data(ID_ROLE) not in ids:
                ids.append(index.data(ID_ROLE))
        return ids

    def current_consolidated_id(self) -> str | None:
        rows = self.outline_view.selectionModel().selectedRows(0)
        if rows and rows[0].data(KIND_ROLE) == "consolidated":
            return rows[0].data(ID_ROLE)
        return None

    def current_chapter_id(self) -> str | None:
        rows = self.outline_view.selectionModel().selectedRows(0)
        if not rows:
            return None
        if rows[0].data(KIND_ROLE) == "chapter":
            return rows[0].data(ID_ROLE)
        if rows[0].data(KIND_ROLE) == "consolidated":
            return rows[0].parent().data(ID_ROLE)
        return None

    def _show_recommendation(self) -> None:
        ids = self.selected_recommendation_ids()
        self._update_actions()
        if self.document is None or len(ids) != 1:
            return
        book = self.document.book
        self.details.setPlainText(recommendation_text(book, book.recommendations.get(ids[0]), self.outline.numbers))

    def _show_consolidated(self) -> None:
        cid = self.current_consolidated_id()
        self._update_actions()
        if self.document is not None and cid is not None:
            self.details.setPlainText(consolidated_text(self.document.book, cid))

    def _update_actions(self) -> None:
        has = self.document is not None
        writable = has and not self.document.read_only
        recs = bool(self.selected_recommendation_ids()) if has else False
        cons = self.current_consolidated_id() is not None if has else False
        chapter = self.current_chapter_id() is not None if has else False
        stack = self.document.undo_stack if has else None
        enabled = {
            "add_files": writable, "report": has, "export_json": has, "merge": writable and recs,
            "add_sources": writable and recs and cons, "split": writable and cons, "edit": writable and cons,
            "unmerge": writable and cons, "move_up": writable and (cons or chapter),
            "move_down": writable and (cons or chapter), "add_chapter": writable,
            "rename_chapter": writable and chapter, "preamble": writable, "suggest": has, "undo": bool(stack and stack.canUndo()),
            "redo": bool(stack and stack.canRedo()), "find": has,
        }
        for name, on in enabled.items():
            self.named[name].setEnabled(on)
        # Edit > Undo names the step it takes back, as in the session window ("Undo Merge recommendations").
        undo, redo = QCoreApplication.translate("SeriesWindow", "&Undo"), QCoreApplication.translate("SeriesWindow", "&Redo")
        if stack is not None and stack.canUndo():
            undo = QCoreApplication.translate("SeriesWindow", "&Undo %1").replace("%1", stack.undoText())
        if stack is not None and stack.canRedo():
            redo = QCoreApplication.translate("SeriesWindow", "&Redo %1").replace("%1", stack.redoText())
        for name, text in (("undo", undo), ("redo", redo)):
            self.named[name].setText(text)
            self.named[name].setToolTip(text.replace("&", ""))

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- undoable edits --------------------------------------------------
    def execute(self, command: cmd.ServiceCommand) -> bool:
        return self.document is not None and self.document.execute(command)

    def undo(self) -> None:
        if self.document is not None:
            self.document.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.redo()

    def merge_selected(self) -> None:
        self.merge_ids(self.selected_recommendation_ids())

    def merge_ids(self, ids: list[str]) -> None:
        if self.document is None or not ids or self.document.read_only:
            return
        book = self.document.book
        recs = [book.recommendations.get(i) for i in ids]
        texts: dict[str, str] = {}
        for rec in recs:
            texts.setdefault(rec.language, rec.text)
        area = next((s.area for s in book.sessions() if s.id == recs[0].session_id), "other")
        dialog = TextsDialog(QCoreApplication.translate("SeriesWindow", "Merge %1 recommendations").replace("%1", str(len(ids))), texts,
                             book.chapters.list(), book.chapters.for_area(area).id, self)
        dialog.setObjectName("mergeDialog")
        dialog.accepted.connect(lambda: self._merged(ids, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _merged(self, ids: list[str], dialog: TextsDialog) -> None:
        command = cmd.Merge(self.document.book, ids, dialog.texts(), dialog.chapter_id())
        if self.execute(command):
            self.reload()
            self._select(self.outline_view, self.outline, {command.consolidated_id})
            self.statusBar().showMessage(QCoreApplication.translate("SeriesWindow", "Merged into operative paragraph %1.").replace(
                "%1", str(self.outline.numbers.get(command.consolidated_id, "?"))), 8000)

    def add_selected_sources(self) -> None:
        cid, ids = self.current_consolidated_id(), self.selected_recommendation_ids()
        if cid and ids:
            self.execute(cmd.AddSources(self.document.book, cid, ids))

    def split_current(self) -> None:
        cid = self.current_consolidated_id()
        if cid is None:
            return
        dialog = SplitDialog(list(self.document.book.consolidated.get(cid).sources), self)
        dialog.setObjectName("splitDialog")
        dialog.accepted.connect(lambda: self.execute(
            cmd.Split(self.document.book, cid, dialog.chosen(), dialog.texts(), dialog.move.isChecked())))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_current(self) -> None:
        cid = self.current_consolidated_id()
        if cid is None:
            return
        current = self.document.book.consolidated.get(cid)
        dialog = TextsDialog(QCoreApplication.translate("SeriesWindow", "Texts of operative paragraph %1").replace("%1", str(current.number)),
                             current.texts, parent=self)
        dialog.setObjectName("editDialog")
        dialog.accepted.connect(lambda: self._edited(cid, current.texts, dialog.texts()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _edited(self, cid: str, before: dict[str, str], after: dict[str, str]) -> None:
        # Added texts first, so that clearing one language never leaves the recommendation with none.
        changed = [lang for lang in LANGUAGES if after.get(lang, "") != before.get(lang, "")]
        for lang in sorted(changed, key=lambda x: not after.get(x)):
            self.execute(cmd.SetText(self.document.book, cid, lang, after.get(lang, "")))

    def unmerge_current(self) -> None:
        cid = self.current_consolidated_id()
        if cid is not None:
            self.execute(cmd.Unmerge(self.document.book, cid))

    def move_current(self, step: int) -> None:
        book = self.document.book if self.document is not None else None
        cid = self.current_consolidated_id()
        if book is None:
            return
        if cid is not None:
            c = book.consolidated.get(cid)
            siblings = book.consolidated.list(c.chapter_id)
            chapters = [ch.id for ch in book.chapters.list()]
            target = c.position + step
            if 1 <= target <= len(siblings):
                self.execute(cmd.Move(book, cid, c.chapter_id, target))
            else:  # past the chapter's edge: into the neighbouring chapter
                at = chapters.index(c.chapter_id) + step
                if 0 <= at < len(chapters):
                    self.execute(cmd.Move(book, cid, chapters[at], 1 if step > 0 else None))
            self._select(self.outline_view, self.outline, {cid})
            return
        chapter = self.current_chapter_id()
        if chapter is not None:
            position = book.chapters.get(chapter).position + step
            if 1 <= position <= len(book.chapters.list()):
                self.execute(cmd.MoveChapter(book, chapter, position))

    def add_chapter(self) -> None:
        dialog = ChapterDialog(QCoreApplication.translate("SeriesWindow", "New chapter"), {}, self)
        dialog.setObjectName("chapterDialog")
        dialog.accepted.connect(lambda: self.execute(cmd.AddChapter(self.document.book, dialog.titles())))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def rename_chapter(self) -> None:
        chapter = self.current_chapter_id()
        if chapter is None:
            return
        dialog = ChapterDialog(QCoreApplication.translate("SeriesWindow", "Rename chapter"), self.document.book.chapters.get(chapter).titles, self)
        dialog.setObjectName("chapterDialog")
        dialog.accepted.connect(lambda: self.execute(cmd.RenameChapter(self.document.book, chapter,
                                                                       dialog.titles())))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_preamble(self) -> None:
        """The series report's opening text, each language its own undo step."""
        if self.document is None or self.document.read_only:
            return
        before = self.document.book.preamble.get()
        dialog = TextsDialog(QCoreApplication.translate("SeriesWindow", "Preamble of the series report"), before,
                             parent=self, allow_empty=True)
        dialog.setObjectName("preambleDialog")
        dialog.accepted.connect(lambda: self._preamble_edited(before, dialog.texts()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _preamble_edited(self, before: dict[str, str], after: dict[str, str]) -> None:
        for lang, text in after.items():
            if text != before.get(lang, ""):
                self.execute(cmd.SetPreamble(self.document.book, lang, text))

    # -- background work -------------------------------------------------
    def ask_add_files(self) -> None:
        paths = self.prompter.open_paths(QCoreApplication.translate("SeriesWindow", "Add session files or snapshots"), sessions_filter())
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        from sahel_panel.ui.series.background import add_files

        add_files(self, paths)

    def suggest(self) -> None:
        from sahel_panel.ui.series.background import suggest

        suggest(self)

    def ask_report(self) -> None:
        from sahel_panel.ui.series.background import ask_report

        ask_report(self)

    def ask_export_json(self) -> None:
        from sahel_panel.ui.series.background import ask_export_json

        ask_export_json(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.close_book()
        super().closeEvent(event)


def _walk(model):  # noqa: ANN001, ANN202
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        yield index
        stack[0:0] = [model.index(r, 0, index) for r in range(model.rowCount(index))]
