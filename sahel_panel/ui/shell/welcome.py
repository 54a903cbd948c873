"""What the window shows with no session open: New, Open, and the recent files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from sahel_panel.ui.shell.actions import Actions
from sahel_panel.ui.text.plain import tooltip

_PATH_ROLE = Qt.ItemDataRole.UserRole + 5


class WelcomePage(QWidget):
    def __init__(self, actions: Actions, recent_files: Callable[[], list[str]], open_path: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.recent_files, self.open_path = recent_files, open_path
        self.title = QLabel(objectName="welcomeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.new_button, self.open_button = QPushButton(objectName="welcomeNew"), QPushButton(objectName="welcomeOpen")
        self.new_button.clicked.connect(actions["new"].trigger)
        self.open_button.clicked.connect(actions["open"].trigger)
        self.recent_label = QLabel()
        self.recent = QListWidget(objectName="welcomeRecent")
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: self.open_path(item.data(_PATH_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        self.retranslate()

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.recent_files():
            item = QListWidgetItem(f"{Path(path).name}    —    {Path(path).parent}")
            item.setData(_PATH_ROLE, path)
            item.setToolTip(tooltip(path))
            self.recent.addItem(item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("WelcomePage", "Sahel Panel"))
        self.hint.setText(QCoreApplication.translate("WelcomePage", "Capture a panel session live: create a session from the built-in template or blank, or open one you started before."))
        self.new_button.setText(QCoreApplication.translate("WelcomePage", "&New session… (Ctrl+N)"))
        self.open_button.setText(QCoreApplication.translate("WelcomePage", "&Open a session… (Ctrl+O)"))
        self.recent_label.setText(QCoreApplication.translate("WelcomePage", "&Recent sessions (Enter opens):"))
        self.recent.setAccessibleName(QCoreApplication.translate("WelcomePage", "Recent sessions"))
        self.refresh()
