"""The speakers dock: the floor (timer and queue) above the registry with its quick-add row and filter.

Quick-add takes name, title, organisation, country, category, gender and age
group with Tab and Enter only (the full editor's lists, the same service call, one
undo step); Shift+Enter also queues the new speaker. A list without ages is not
"45 and over": the age group starts at "not stated" for every new speaker. The filter folds accents and
Arabic letter forms, so a rapporteur can type ``senegal`` or ``احمد`` bare.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import CATEGORIES, GENDERS
from sahel_panel.ui.core.document import SessionDocument
from sahel_panel.ui.core.settings import Settings
from sahel_panel.ui.floor.panel import FloorPanel
from sahel_panel.ui.speakers import commands
from sahel_panel.ui.speakers.editor import SpeakerEditor, fill_choices, title_placeholder
from sahel_panel.ui.speakers.model import SPEAKER_ID_ROLE, ChoiceDelegate, SpeakerFilter, SpeakerModel
from sahel_panel.ui.text import labels


class SpeakersPanel(QWidget):
    def __init__(self, document: SessionDocument, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakersPanel")
        self.document = document
        self.model = SpeakerModel(document.service, self)
        document.changed.connect(self.model.apply)  # before the floor panel, which reads the model
        self.floor = FloorPanel(document, self.model, settings, self)

        self.name_edit = QLineEdit(objectName="quickName")
        self.title_edit = QLineEdit(objectName="quickTitle")
        self.org_edit = QLineEdit(objectName="quickOrganisation")
        self.country_edit = QLineEdit(objectName="quickCountry")
        self.category_combo = QComboBox(objectName="quickCategory")
        self.gender_combo = QComboBox(objectName="quickGender")
        self.age_combo = QComboBox(objectName="quickAgeGroup")
        self.add_button = QPushButton(objectName="quickAdd")
        self.add_button.clicked.connect(lambda: self.quick_add())
        self.name_label = QLabel(objectName="quickAddHeading")  # "Add a speaker": mnemonic to the name field
        self.name_label.setBuddy(self.name_edit)
        self.name_label.setWordWrap(True)  # the French and Arabic sentences are wider than the dock
        self.quick_fields: tuple[QWidget, ...] = (
            self.name_edit, self.title_edit, self.org_edit, self.country_edit,
            self.category_combo, self.gender_combo, self.age_combo)
        """In visual and Tab order; Enter in any of them adds the speaker."""
        for w in self.quick_fields:
            w.installEventFilter(self)

        self.filter_edit = QLineEdit(objectName="speakerFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.proxy = SpeakerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.table = QTableView(objectName="speakerTable")
        self.table.setModel(self.proxy)
        # No setSortingEnabled: it sorts the proxy at once (three times, with sortByColumn), 2,000 names
        # through Python comparisons. The model is already in name order; a header click sorts the proxy.
        header = self.table.horizontalHeader()
        header.setSortIndicator(SpeakerModel.NAME, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # F2 corrects a misspelt name or a wrong category in place (double-click/Enter queue the speaker).
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.model.edit_requested.connect(self._edit_speaker)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The name takes what the other columns leave (see _fit_columns); a name still too long loses
        # its middle, not its surname ("Mr. Giuseppe Rob…della Valle"), and is whole in the tooltip.
        header.setSectionResizeMode(SpeakerModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (SpeakerModel.ORGANISATION, SpeakerModel.CATEGORY, SpeakerModel.GENDER):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._activated)
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.editor: SpeakerEditor | None = None

        registry = QWidget()
        column = QVBoxLayout(registry)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.name_label)
        # Three short rows, widest field first: a 400-pixel dock keeps every field readable.
        for row_widgets in ((self.name_edit, 3), (self.title_edit, 1), (self.add_button, 0)), \
                ((self.org_edit, 3), (self.country_edit, 2)), \
                ((self.category_combo, 4), (self.gender_combo, 3), (self.age_combo, 4)):
            row = QHBoxLayout()
            row.setSpacing(6)
            for widget, stretch in row_widgets:
                row.addWidget(widget, stretch)
            column.addLayout(row)
        column.addWidget(self.filter_edit)
        column.addWidget(self.table, 1)
        for combo in (self.category_combo, self.gender_combo, self.age_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.title_edit.setMinimumWidth(self.title_edit.fontMetrics().horizontalAdvance("H.E. Dr.") + 16)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("speakersSplitter")
        splitter.addWidget(self.floor)
        splitter.addWidget(registry)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([260, 440])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.floor.queue, self.name_edit)
        chain = (*self.quick_fields, self.add_button, self.filter_edit, self.table)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.set_read_only(document.read_only)
        self._translated = False  # the first call builds the labels; the model is fresh already
        self.retranslate()

    # -- operations ---------------------------------------------------------------
    def quick_add(self, queue: bool = False) -> str | None:
        """Add the speaker typed in the quick-add row; returns the new id (None if refused)."""
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            self.document.failed.emit(QCoreApplication.translate("SpeakersPanel", "Type the speaker's name first."))
            return None
        command = commands.AddSpeaker(  # the service checks every field, as for the full editor
            self.document.service, name=name, title=self.title_edit.text().strip(),
            organisation=self.org_edit.text().strip(), country=self.country_edit.text().strip(),
            category=self.category_combo.currentData(), gender=self.gender_combo.currentData(),
            age_group=self.age_combo.currentData())
        if not self.document.execute(command):
            return None
        sid = command.speaker.id if command.speaker else None
        for edit in (self.name_edit, self.title_edit, self.org_edit, self.country_edit):
            edit.clear()
        # The category is kept (speakers come in groups); gender and age are never guessed from the last one.
        for combo in (self.gender_combo, self.age_combo):
            combo.setCurrentIndex(combo.findData("not_stated"))
        self.name_edit.setFocus()
        if queue and sid:
            self.floor.enqueue(sid)
        return sid

    def selected_speaker_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(SPEAKER_ID_ROLE) if index.isValid() else None

    def enqueue_selected(self) -> None:
        sid = self.selected_speaker_id()
        if sid:
            self.floor.enqueue(sid)

    def start_selected(self) -> None:
        """F6: the speaker selected in the registry when it has focus, otherwise the queue's choice."""
        sid = self.selected_speaker_id() if self.table.hasFocus() else None
        self.floor.start(sid)

    def select_speaker(self, speaker_id: str) -> None:
        row = self.model.row_of(speaker_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)

    def edit_details(self, speaker_id: str | None = None) -> SpeakerEditor | None:
        """The full editor (every field, removal) for ``speaker_id`` or the selected speaker."""
        sid = speaker_id or self.selected_speaker_id()
        if not sid or self.model.by_id(sid) is None:
            self.document.failed.emit(QCoreApplication.translate("SpeakersPanel", "Select a speaker in the registry first."))
            return None
        if self.editor is not None and shiboken6.isValid(self.editor):
            self.editor.close()
        self.editor = SpeakerEditor(self.document, sid, self)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.open()
        return self.editor

    def remove_selected(self) -> bool:
        sid = self.selected_speaker_id()
        return bool(sid) and self.document.execute(commands.RemoveSpeaker(self.document.service, sid))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        sid = self.selected_speaker_id()
        menu = QMenu(self)
        writable = not self.document.read_only
        spoke = bool(sid) and self.document.service.speakers.usage(sid) > 0
        for text, slot, enabled in (
                (QCoreApplication.translate("SpeakersPanel", "Edit all details…"), lambda: self.edit_details(sid), bool(sid)),
                (QCoreApplication.translate("SpeakersPanel", "Add to the queue"), self.enqueue_selected, bool(sid) and writable),
                (QCoreApplication.translate("SpeakersPanel", "Give the floor"), lambda: self.floor.start(sid), bool(sid) and writable),
                (QCoreApplication.translate("SpeakersPanel", "Remove speaker"), self.remove_selected,
                 bool(sid) and writable and not spoke)):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _=False, fn=slot: fn())
        if spoke:
            menu.actions()[-1].setToolTip(QCoreApplication.translate("SpeakersPanel", "This speaker has spoken; re-attribute their turns and contributions first."))
        menu.setToolTipsVisible(True)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._menu = menu

    def focus_quick_add(self) -> None:
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _edit_speaker(self, speaker_id: str, field: str, value: object) -> None:
        self.document.execute(commands.EditSpeaker(self.document.service, speaker_id, **{field: value}))

    def set_read_only(self, read_only: bool) -> None:
        self.model.editable = not read_only
        for w in (*self.quick_fields, self.add_button):
            w.setEnabled(not read_only)

    # -- events -------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        sid = index.data(SPEAKER_ID_ROLE)
        if sid:
            self.floor.enqueue(sid)

    def _fit_columns(self) -> None:
        """Columns in proportion to the width the dock is given, from the labels' widths (never by
        measuring 2,000 rows): gender as wide as its longest label, category at most a fifth,
        organisation a third of the rest, the name everything else (about half at 1366 px)."""
        header = self.table.horizontalHeader()
        metrics, titles = self.table.fontMetrics(), header.fontMetrics()

        def widest(keys: tuple[str, ...], table: dict[str, str], column: int) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            return max([metrics.horizontalAdvance(labels.label(table, k)) for k in keys]
                       + [titles.horizontalAdvance(title) + 16]) + 14

        width = self.table.viewport().width()
        gender = widest(GENDERS, labels.GENDER, SpeakerModel.GENDER)
        rest = max(0, width - gender)
        category = min(widest(CATEGORIES, labels.CATEGORY, SpeakerModel.CATEGORY), rest // 5)
        header.resizeSection(SpeakerModel.GENDER, gender)
        header.resizeSection(SpeakerModel.CATEGORY, category)
        header.resizeSection(SpeakerModel.ORGANISATION, (rest - category) // 3)

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: ANN001, N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched in self.quick_fields and enter \
                and not mods & Qt.KeyboardModifier.ControlModifier:
            self.quick_add(queue=bool(mods & Qt.KeyboardModifier.ShiftModifier))
            return True
        if watched is self.filter_edit and (enter or key == Qt.Key.Key_Down) and self.proxy.rowCount():
            self.table.setFocus()
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            if enter:
                self._activated(self.proxy.index(0, 0))
            return True
        if watched is self.table and key == Qt.Key.Key_Delete and not self.document.read_only:
            sid = self.selected_speaker_id()
            if sid:
                self.document.execute(commands.RemoveSpeaker(self.document.service, sid))
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and not self.document.closed:
            self.retranslate()
        super().changeEvent(event)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column == SpeakerModel.NAME and order == Qt.SortOrder.AscendingOrder:
            self.proxy.sort(-1)  # the model's own order
        else:
            self.proxy.sort(column, order)

    def retranslate(self) -> None:
        self.name_label.setText(QCoreApplication.translate("SpeakersPanel", "Add a spea&ker (Tab between fields, Enter adds):"))
        self.category_combo.setToolTip(QCoreApplication.translate("SpeakersPanel", "Category"))
        self.gender_combo.setToolTip(QCoreApplication.translate("SpeakersPanel", "Gender"))
        self.age_combo.setToolTip(QCoreApplication.translate("SpeakersPanel", "Age group (under 45 counts as youth)"))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("SpeakersPanel", "Title"))
        self.title_edit.setToolTip(title_placeholder())
        self.country_edit.setPlaceholderText(QCoreApplication.translate("SpeakersPanel", "Country"))
        self.add_button.setText(QCoreApplication.translate("SpeakersPanel", "&Add"))
        self.add_button.setToolTip(QCoreApplication.translate("SpeakersPanel", "Add the speaker (Enter); Shift+Enter also puts them in the queue"))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("SpeakersPanel", "Name"))
        self.name_edit.setToolTip(QCoreApplication.translate("SpeakersPanel", "Enter adds the speaker; Shift+Enter adds and queues"))
        self.org_edit.setPlaceholderText(QCoreApplication.translate("SpeakersPanel", "Organisation"))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("SpeakersPanel", "Find a speaker — Latin or Arabic, accents optional"))
        for widget, name in ((self.name_edit, QCoreApplication.translate("SpeakersPanel", "New speaker's name")),
                             (self.title_edit, QCoreApplication.translate("SpeakersPanel", "New speaker's title")),
                             (self.org_edit, QCoreApplication.translate("SpeakersPanel", "New speaker's organisation")),
                             (self.country_edit, QCoreApplication.translate("SpeakersPanel", "New speaker's country")),
                             (self.age_combo, QCoreApplication.translate("SpeakersPanel", "New speaker's age group")),
                             (self.category_combo, QCoreApplication.translate("SpeakersPanel", "New speaker's category")),
                             (self.gender_combo, QCoreApplication.translate("SpeakersPanel", "New speaker's gender")),
                             (self.add_button, QCoreApplication.translate("SpeakersPanel", "Add speaker")),
                             (self.filter_edit, QCoreApplication.translate("SpeakersPanel", "Find a speaker")),
                             (self.table, QCoreApplication.translate("SpeakersPanel", "Registered speakers"))):
            widget.setAccessibleName(name)
        for combo, field, default in ((self.category_combo, "category", "parliamentarian"),
                                      (self.gender_combo, "gender", "not_stated"),
                                      (self.age_combo, "age_group", "not_stated")):
            fill_choices(combo, field, combo.currentData() or default)
        if self._translated:  # rows are read in the interface's language: new words for them all
            self.model.retranslate()
        self._translated = True
        self._fit_columns()  # the gender column as wide as its widest translated label, and the rest
        self.floor.retranslate()
