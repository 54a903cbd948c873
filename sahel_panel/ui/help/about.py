"""Help > About Sahel Panel: the version, the icon, and every bundled component with its licence.

The list comes from :mod:`sahel_panel.licences` (Qt-free, tested to cover every runtime
dependency); Qt's own version is asked from Qt. The licence texts travel with the application:
the fonts' in ``resources/fonts``, each library's in its metadata folder (the bundle copies them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sahel_panel import APP_NAME, __version__, licences
from sahel_panel.paths import fonts_dir, icons_dir
from sahel_panel.ui.text.plain import plain_label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.resize(900, 600)
        icon = QLabel(objectName="aboutIcon")
        icon.setPixmap(QPixmap(str(icons_dir() / "sahel-panel-64.png")))
        self.name_label = plain_label(QLabel(objectName="aboutName"))
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = plain_label(QLabel(objectName="aboutVersion"))
        self.summary_label = plain_label(QLabel(objectName="aboutSummary"))
        self.summary_label.setWordWrap(True)
        head_text = QVBoxLayout()
        for label in (self.name_label, self.version_label, self.summary_label):
            head_text.addWidget(label)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        self.components_label = plain_label(QLabel(objectName="aboutComponentsLabel"))
        self.components = QTreeWidget(objectName="aboutComponents")
        self.components.setRootIsDecorated(False)
        self.components.setColumnCount(4)
        self.components_label.setBuddy(self.components)
        self.notice = plain_label(QLabel(objectName="aboutNotice"))
        self.notice.setWordWrap(True)
        self.font_licence = QPlainTextEdit(objectName="aboutFontLicence")
        self.font_licence.setReadOnly(True)
        self.font_licence.setVisible(False)
        self.font_button = QPushButton(objectName="aboutFontLicenceButton")
        self.font_button.setCheckable(True)
        self.font_button.toggled.connect(self._show_font_licence)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.font_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.components_label)
        layout.addWidget(self.components, 1)
        layout.addWidget(self.font_licence, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _rows(self) -> list[tuple[str, str, str, str]]:
        rows = []
        for component, version in licences.installed():
            if component.name == "Qt":
                version = qVersion()
            rows.append((component.name, version, component.licence,
                         QCoreApplication.translate("Licences", component.purpose)))
        return rows

    def _align(self) -> None:
        """Latin text ("Sahel Panel") would stay on the left of an Arabic dialog: align to the reading start."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        start = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        for label in (self.name_label, self.version_label, self.summary_label, self.notice):
            label.setAlignment(start | Qt.AlignmentFlag.AlignVCenter)

    def retranslate(self) -> None:
        self._align()
        self.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Sahel Panel"))
        self.name_label.setText(APP_NAME)
        self.version_label.setText(QCoreApplication.translate("AboutDialog", "Version %1").replace("%1", __version__))
        self.summary_label.setText(QCoreApplication.translate("AboutDialog", "Live capture of parliamentary panel sessions, with reports in English, "
                                      "French and Arabic. Works offline: nothing is fetched from the network."))
        self.components_label.setText(QCoreApplication.translate("AboutDialog", "&Bundled components and their licences:"))
        self.components.setHeaderLabels([QCoreApplication.translate("AboutDialog", "Component"), QCoreApplication.translate("AboutDialog", "Version"), QCoreApplication.translate("AboutDialog", "Licence"), QCoreApplication.translate("AboutDialog", "Used for")])
        self.components.setAccessibleName(QCoreApplication.translate("AboutDialog", "Bundled components and their licences"))
        self.components.clear()
        for row in self._rows():
            self.components.addTopLevelItem(QTreeWidgetItem(list(row)))
        for column in range(3):
            self.components.resizeColumnToContents(column)
        self.notice.setText(QCoreApplication.translate("AboutDialog", "Qt and PySide6 are used under the GNU LGPL version 3, as is python-bidi: you may "
                               "replace these libraries with versions of your own. The licence texts travel with "
                               "the application: each library's in its metadata folder, the fonts' in "
                               "resources/fonts."))
        self.font_button.setText(QCoreApplication.translate("AboutDialog", "DejaVu &font licence"))
        self.font_button.setAccessibleName(QCoreApplication.translate("AboutDialog", "Show the DejaVu font licence"))
        self.font_licence.setAccessibleName(QCoreApplication.translate("AboutDialog", "DejaVu font licence"))

    def _show_font_licence(self, shown: bool) -> None:
        if shown and not self.font_licence.toPlainText():
            try:
                text = (fonts_dir() / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
            except OSError as exc:
                text = str(exc)
            self.font_licence.setPlainText(text)
        self.font_licence.setVisible(shown)
        self.components.setVisible(not shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)
