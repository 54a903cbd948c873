"""What the window shows with no session open — and on first start, instead of the demo.

A first start used to open the demo session with no word of welcome, and a rapporteur could
record the real panel into it. The page now offers the four choices a rapporteur has: start
from the built-in Manama panel, start from another template (or blank), open a session file,
or explore the demo (marked as practice wherever its file is named); then the recent files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from sahel_panel.ui.shell.actions import Actions
from sahel_panel.ui.text.demo import file_label
from sahel_panel.ui.text.plain import tooltip

_PATH_ROLE = Qt.ItemDataRole.UserRole + 5


class WelcomePage(QWidget):
    def __init__(self, actions: Actions, recent_files: Callable[[], list[str]], open_path: Callable[[str], object],
                 parent: QWidget | None = None, start_builtin: Callable[[], object] | None = None,
                 open_demo: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        # Its long one-line buttons must not set the width of the window's centre once a session is
        # open (a stack is as wide as its widest page): in French they made the window wider than 1366 px.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.recent_files, self.open_path = recent_files, open_path
        self.title = QLabel(objectName="welcomeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.builtin_button = QPushButton(objectName="welcomeBuiltin")
        self.new_button = QPushButton(objectName="welcomeNew")
        self.open_button = QPushButton(objectName="welcomeOpen")
        self.demo_button = QPushButton(objectName="welcomeDemo")
        self.builtin_button.clicked.connect(lambda: start_builtin() if start_builtin else actions["new"].trigger())
        self.new_button.clicked.connect(actions["new"].trigger)
        self.open_button.clicked.connect(actions["open"].trigger)
        self.demo_button.clicked.connect(lambda: open_demo() if open_demo else None)
        self.demo_button.setVisible(open_demo is not None)
        self.builtin_button.setDefault(True)
        self.recent_label = QLabel()
        self.recent = QListWidget(objectName="welcomeRecent")
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(lambda item: self.open_path(item.data(_PATH_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        for button in (self.builtin_button, self.new_button, self.open_button, self.demo_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addStretch(0)  # without recent files the choices stay together at the top
        self.retranslate()

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.recent_files():
            item = QListWidgetItem(f"{file_label(path)}    —    {Path(path).parent}")
            item.setData(_PATH_ROLE, path)
            item.setToolTip(tooltip(path))
            self.recent.addItem(item)
        self.recent_label.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)
        self.layout().setStretch(self.layout().count() - 1, 0 if self.recent.count() else 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("WelcomePage", "Welcome to Sahel Panel"))
        self.hint.setText(QCoreApplication.translate("WelcomePage", "Capture a panel session live: who speaks, what they say on each outcome question, and the recommendations. Everything is saved in one session file as you type. Choose how to start:"))
        self.builtin_button.setText(QCoreApplication.translate("WelcomePage", "&Start the Manama panel (built-in template: 146th IPU Assembly, Sahel security)…"))
        self.new_button.setText(QCoreApplication.translate("WelcomePage", "Start from &another template or a blank session… (Ctrl+N)"))
        self.open_button.setText(QCoreApplication.translate("WelcomePage", "&Open a session file… (Ctrl+O)"))
        self.demo_button.setText(QCoreApplication.translate("WelcomePage", "&Explore the demo session (practice only: not for a real panel)"))
        self.recent_label.setText(QCoreApplication.translate("WelcomePage", "&Recent sessions (Enter opens):"))
        self.recent.setAccessibleName(QCoreApplication.translate("WelcomePage", "Recent sessions"))
        self.refresh()
