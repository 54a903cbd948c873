"""The set-up dialog's "Report" page: what the report needs beyond the details.

The venue's time zone (every time in the window, the report and the exports
is shown in it), the session's texts in each of its languages (the cover of
a French or Arabic report), the rapporteur's summary / key messages, and who
ran the panel (speaker roles, named on the cover). The page only reads and
collects; the dialog applies the changes as undoable commands on OK/Apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_panel import i18n
from sahel_panel.domain import clock
from sahel_panel.domain.model import LANGUAGES, ROLES, TRANSLATABLE, SessionInfo, Speaker
from sahel_panel.ui.text import labels
from sahel_panel.ui.text.plain import plain_label


def zone_names() -> list[str]:
    """Every IANA zone this computer (or the tzdata package) knows, sorted; read once, when the page opens."""
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))) + ["UTC"]


class ReportPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItems(zone_names())
        self.zone.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Time zone of the venue"))
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.offset = plain_label(QLabel(self))
        self.zone.currentTextChanged.connect(self._show_offset)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone, 1)
        zone_row.addWidget(self.offset)
        top = QFormLayout()
        zone_label = QLabel(QCoreApplication.translate("SessionSetupDialog", "Time &zone"), self)
        zone_label.setBuddy(self.zone)
        top.addRow(zone_label, zone_row)

        names = {"title": QCoreApplication.translate("SessionSetupDialog", "Title"), "series": QCoreApplication.translate("SessionSetupDialog", "Series"), "event": QCoreApplication.translate("SessionSetupDialog", "Event"), "venue": QCoreApplication.translate("SessionSetupDialog", "Venue"), "room": QCoreApplication.translate("SessionSetupDialog", "Room")}
        texts = QGroupBox(QCoreApplication.translate("SessionSetupDialog", "Texts of the cover in each language"), self)
        grid = QGridLayout(texts)
        self.translations: dict[tuple[str, str], QLineEdit] = {}
        for col, lang in enumerate(LANGUAGES, start=1):
            grid.addWidget(QLabel(i18n.NATIVE_NAMES[lang], texts), 0, col)
        for row, name in enumerate(TRANSLATABLE, start=1):
            grid.addWidget(QLabel(names[name], texts), row, 0)
            for col, lang in enumerate(LANGUAGES, start=1):
                edit = QLineEdit(texts)
                edit.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "%1 in %2").replace("%1", names[name])
                                       .replace("%2", labels.label(labels.LANGUAGE, lang)))
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if i18n.is_rtl(lang)
                                        else Qt.LayoutDirection.LeftToRight)
                self.translations[(lang, name)] = edit
                grid.addWidget(edit, row, col)

        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Summary and key messages"))
        self.summary.setPlaceholderText(QCoreApplication.translate("SessionSetupDialog", "Printed after the report's cover; one paragraph per line."))
        summary_label = QLabel(QCoreApplication.translate("SessionSetupDialog", "&Summary and key messages"), self)
        summary_label.setBuddy(self.summary)

        self.roles = QTableWidget(0, 2, self)
        self.roles.setHorizontalHeaderLabels([QCoreApplication.translate("SessionSetupDialog", "Speaker"), QCoreApplication.translate("SessionSetupDialog", "Role")])
        self.roles.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Who ran the panel"))
        self.roles.horizontalHeader().setStretchLastSection(True)
        self.roles.verticalHeader().setVisible(False)
        self._role_boxes: dict[str, QComboBox] = {}
        self._roles_before: dict[str, str] = {}
        roles_label = QLabel(QCoreApplication.translate("SessionSetupDialog", "&Who ran the panel (chair, moderator, panellists, rapporteur)"), self)
        roles_label.setBuddy(self.roles)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(texts)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(roles_label)
        layout.addWidget(self.roles, 1)

    def _show_offset(self, name: str) -> None:
        self.offset.setText(clock.offset_label(name) if clock.is_valid_zone(name.strip()) else "")

    # -- reading and collecting ---------------------------------------------
    def load(self, info: SessionInfo, speakers: list[Speaker]) -> None:
        self.zone.setCurrentText(info.time_zone or clock.local_zone_name())
        for (lang, name), edit in self.translations.items():
            edit.setText(info.translations.get(lang, {}).get(name, ""))
        self.summary.setPlainText(info.summary)
        self.roles.setRowCount(0)
        self._role_boxes.clear()
        self._roles_before = {s.id: s.role for s in speakers}
        for row, s in enumerate(speakers):
            self.roles.insertRow(row)
            item = QTableWidgetItem(s.label())
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.roles.setItem(row, 0, item)
            box = QComboBox(self.roles)
            box.setAccessibleName(QCoreApplication.translate("SessionSetupDialog", "Role of %1").replace("%1", s.label()))
            for role in ("", *ROLES):
                box.addItem(labels.label(labels.ROLE, role), role)
            box.setCurrentIndex(max(0, box.findData(s.role)))
            self.roles.setCellWidget(row, 1, box)
            self._role_boxes[s.id] = box
        self.roles.resizeColumnToContents(0)

    def changes(self, info: SessionInfo) -> dict[str, object]:
        """time_zone, summary and translations when they differ from ``info``."""
        wanted: dict[str, object] = {"time_zone": self.zone.currentText().strip(),
                                     "summary": self.summary.toPlainText().strip()}
        translations: dict[str, dict[str, str]] = {}
        for (lang, name), edit in self.translations.items():
            text = edit.text().strip()
            if text:
                translations.setdefault(lang, {})[name] = text
        wanted["translations"] = translations
        return {k: v for k, v in wanted.items() if getattr(info, k) != v}

    def role_changes(self) -> dict[str, str]:
        """speaker id -> new role, for the speakers whose role was changed here."""
        return {sid: box.currentData() for sid, box in self._role_boxes.items()
                if box.currentData() != self._roles_before.get(sid, "")}
