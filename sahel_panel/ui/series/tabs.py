"""The Series window's other tabs: the panels and their files, participation figures, suggestions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.series import Workbook
from sahel_panel.series.model import Figures
from sahel_panel.ui.series.models import added_text, one_line, session_label
from sahel_panel.ui.text.bidi import embedded
from sahel_panel.ui.text.demo import file_label
from sahel_panel.ui.text.errors import message_text
from sahel_panel.ui.text.labels import AREA, CATEGORY, GENDER, label
from sahel_panel.ui.text.locale_text import percent_text
from sahel_panel.ui.text.plain import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1



def _tree(name: str) -> QTreeWidget:
    tree = QTreeWidget(objectName=name)
    tree.setRootIsDecorated(False)
    tree.setWordWrap(True)
    tree.setAlternatingRowColors(True)
    return tree


class SessionsTab(QWidget):
    """Each panel of the series with the file its rows come from (name, SHA-256, when added)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _tree("seriesSessions")
        QVBoxLayout(self).addWidget(self.tree)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([QCoreApplication.translate("SeriesWindow", "Panel"), QCoreApplication.translate("SeriesWindow", "Area"), QCoreApplication.translate("SeriesWindow", "Date"), QCoreApplication.translate("SeriesWindow", "File"), QCoreApplication.translate("SeriesWindow", "SHA-256"), QCoreApplication.translate("SeriesWindow", "Added")])
        self.tree.setAccessibleName(QCoreApplication.translate("SeriesWindow", "Panels of the series"))

    def show_book(self, book: Workbook) -> None:
        self.tree.clear()
        for s in book.sessions():
            f = s.source_file
            item = QTreeWidgetItem([embedded(session_label(s)), label(AREA, s.area), s.date, embedded(file_label(f.file_name)),
                                    f.file_sha256[:16] + "…", added_text(f.added_at)])
            item.setToolTip(4, f.file_sha256)
            item.setData(0, ID_ROLE, s.id)
            self.tree.addTopLevelItem(item)
        for column in range(1, 6):
            self.tree.resizeColumnToContents(column)


class StatisticsTab(QWidget):
    """Participation per panel and for the whole series (a person at two panels counts once overall)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _tree("seriesStatistics")
        self.tree.setRootIsDecorated(True)
        QVBoxLayout(self).addWidget(self.tree)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([QCoreApplication.translate("SeriesWindow", "Panel"), QCoreApplication.translate("SeriesWindow", "People"), QCoreApplication.translate("SeriesWindow", "Heard"), QCoreApplication.translate("SeriesWindow", "Turns"), QCoreApplication.translate("SeriesWindow", "Minutes"),
                                   QCoreApplication.translate("SeriesWindow", "Women"), QCoreApplication.translate("SeriesWindow", "Under 45")])
        self.tree.setAccessibleName(QCoreApplication.translate("SeriesWindow", "Participation figures"))

    @staticmethod
    def _row(title: str, f: Figures) -> QTreeWidgetItem:
        women = f.by_gender.get("woman")
        young = f.by_age.get("under_45")
        share = (lambda b: percent_text(b.seconds / f.seconds) if b and f.seconds else "—")  # noqa: E731
        return QTreeWidgetItem([embedded(title), str(f.speakers), str(f.speakers_heard), str(f.turns),
                                str(round(f.seconds / 60)), share(women), share(young)])

    def show_book(self, book: Workbook) -> None:
        self.tree.clear()
        stats = book.statistics()
        overall = self._row(QCoreApplication.translate("SeriesWindow", "Whole series"), stats.overall)
        font = overall.font(0)
        font.setBold(True)
        overall.setFont(0, font)
        self.tree.addTopLevelItem(overall)
        for sf in stats.sessions:
            self.tree.addTopLevelItem(self._row(session_label(sf.session), sf.figures))
        by_category = QTreeWidgetItem([QCoreApplication.translate("SeriesWindow", "Speaking time by category (whole series)")])
        self.tree.addTopLevelItem(by_category)
        for key, bucket in stats.overall.by_category.items():
            if bucket.turns:
                by_category.addChild(QTreeWidgetItem([label(CATEGORY, key), str(bucket.speakers), "",
                                                      str(bucket.turns), str(round(bucket.seconds / 60))]))
        by_gender = QTreeWidgetItem([QCoreApplication.translate("SeriesWindow", "Speaking time by gender (whole series)")])
        self.tree.addTopLevelItem(by_gender)
        for key, bucket in stats.overall.by_gender.items():
            if bucket.turns:
                by_gender.addChild(QTreeWidgetItem([label(GENDER, key), str(bucket.speakers), "",
                                                    str(bucket.turns), str(round(bucket.seconds / 60))]))
        self.tree.expandAll()
        for column in range(1, 7):
            self.tree.resizeColumnToContents(column)


class SuggestionsTab(QWidget):
    """Near-duplicate pairs, best first; Merge takes the selected pairs' recommendations."""

    merge_requested = Signal(list)  # recommendation ids
    run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _tree("seriesSuggestions")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.note = plain_label(QLabel(objectName="suggestionsNote"))
        self.note.setWordWrap(True)
        self.run = QPushButton(objectName="runSuggestions")
        self.merge = QPushButton(objectName="mergeSuggestion")
        self.run.clicked.connect(self.run_requested)
        self.merge.clicked.connect(self._merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run)
        buttons.addWidget(self.merge)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self._merge())

    def retranslate(self) -> None:
        self.run.setText(QCoreApplication.translate("SeriesWindow", "Find near-duplicates"))
        self.merge.setText(QCoreApplication.translate("SeriesWindow", "Merge the selected pairs…"))
        self.tree.setHeaderLabels([QCoreApplication.translate("SeriesWindow", "Recommendation"), QCoreApplication.translate("SeriesWindow", "Panel"), QCoreApplication.translate("SeriesWindow", "Similar recommendation"), QCoreApplication.translate("SeriesWindow", "Panel"),
                                   QCoreApplication.translate("SeriesWindow", "Score"), QCoreApplication.translate("SeriesWindow", "Found by")])
        self.tree.setAccessibleName(QCoreApplication.translate("SeriesWindow", "Suggested near-duplicates"))

    def show_result(self, book: Workbook, result) -> None:  # noqa: ANN001 - SimilarityResult
        self.tree.clear()
        titles = {s.id: session_label(s) for s in book.sessions()}
        methods = {"wording": QCoreApplication.translate("SeriesWindow", "wording"), "meaning": QCoreApplication.translate("SeriesWindow", "meaning"), "wording+meaning": QCoreApplication.translate("SeriesWindow", "wording and meaning")}
        for s in result.suggestions:
            a = f"[{s.a.language}] {one_line(s.a.text, 140)}"
            b = f"[{s.b.language}] {one_line(s.b.text, 140)}"
            item = QTreeWidgetItem([embedded(a, s.a.text), embedded(titles.get(s.a.session_id, "")),
                                    embedded(b, s.b.text), embedded(titles.get(s.b.session_id, "")),
                                    f"{s.score:.2f}", methods.get(s.method, s.method)])
            item.setToolTip(0, s.a.text)
            item.setToolTip(2, s.b.text)
            item.setData(0, ID_ROLE, [s.a.id, s.b.id])
            self.tree.addTopLevelItem(item)
        lines = [QCoreApplication.translate("SeriesWindow", "%1 recommendations compared, %2 pairs suggested.").replace("%1", str(result.compared))
                 .replace("%2", str(len(result.suggestions)))]
        if result.note:
            lines.append(message_text(result.note))
        self.note.setText(" ".join(lines))
        for column in (1, 3, 4, 5):
            self.tree.resizeColumnToContents(column)

    def selected_ids(self) -> list[str]:
        ids: list[str] = []
        for item in self.tree.selectedItems():
            for rid in item.data(0, ID_ROLE) or []:
                if rid not in ids:
                    ids.append(rid)
        return ids

    def _merge(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.merge_requested.emit(ids)


class PeopleTab(QWidget):
    """Each person of the series with the panels they spoke at; merge people or separate a speaker by hand."""

    merge_requested = Signal(list)  # person ids
    separate_requested = Signal(str)  # speaker id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _tree("seriesPeople")
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.merge = QPushButton(objectName="mergePeople")
        self.separate = QPushButton(objectName="separateSpeaker")
        self.merge.clicked.connect(self._merge)
        self.separate.clicked.connect(self._separate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge)
        buttons.addWidget(self.separate)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)

    def retranslate(self) -> None:
        self.merge.setText(QCoreApplication.translate("SeriesWindow", "Same person: merge"))
        self.separate.setText(QCoreApplication.translate("SeriesWindow", "Not the same person: separate"))
        self.tree.setHeaderLabels([QCoreApplication.translate("SeriesWindow", "Person"),
                                   QCoreApplication.translate("SeriesWindow", "Organisation"),
                                   QCoreApplication.translate("SeriesWindow", "Panels"),
                                   QCoreApplication.translate("SeriesWindow", "Decided")])
        self.tree.setAccessibleName(QCoreApplication.translate("SeriesWindow", "People of the series"))

    def show_book(self, book: Workbook) -> None:
        titles = {s.id: session_label(s) for s in book.sessions()}
        decided = {"hand": QCoreApplication.translate("SeriesWindow", "by hand"),
                   "folding": QCoreApplication.translate("SeriesWindow", "same name and organisation")}
        self.tree.clear()
        for person in book.people.list():
            item = QTreeWidgetItem([embedded(person.name), embedded(person.organisation),
                                    str(len(person.session_ids)), decided.get(person.set_by, person.set_by)])
            item.setData(0, ID_ROLE, ("person", person.id))
            self.tree.addTopLevelItem(item)
            paired = len(person.speaker_ids) == len(person.session_ids)
            if len(person.speaker_ids) > 1:
                for i, speaker_id in enumerate(person.speaker_ids):
                    panel = titles.get(person.session_ids[i], "") if paired else ""
                    child = QTreeWidgetItem([embedded(panel or person.name)])
                    child.setData(0, ID_ROLE, ("speaker", speaker_id))
                    item.addChild(child)
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)

    def _selected(self, kind: str) -> list[str]:
        return [item.data(0, ID_ROLE)[1] for item in self.tree.selectedItems() if item.data(0, ID_ROLE)[0] == kind]

    def _merge(self) -> None:
        ids = self._selected("person")
        if len(ids) >= 2:
            self.merge_requested.emit(ids)

    def _separate(self) -> None:
        for speaker_id in self._selected("speaker")[:1]:
            self.separate_requested.emit(speaker_id)
