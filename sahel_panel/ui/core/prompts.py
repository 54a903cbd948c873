"""Questions and messages to the user behind a small interface.

Window logic talks to a :class:`Prompter`, never to ``QMessageBox`` directly,
so tests inject an answering fake and no modal dialog ever blocks a test run.
The dialog classes are imported when first used: they are not needed for the
first paint, and building their Python types (with their enums) costs start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


class Prompter(Protocol):
    def ask(self, title: str, text: str) -> bool:
        """A yes/no question; True means yes."""

    def inform(self, title: str, text: str) -> None: ...

    def warn(self, title: str, text: str) -> None: ...

    def open_path(self, title: str, filters: str) -> str | None: ...

    def open_paths(self, title: str, filters: str) -> list[str]:
        """Several existing files (an empty list when cancelled)."""

    def save_path(self, title: str, filters: str, suggested: str) -> str | None: ...

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        """Index of the option picked, or None when cancelled."""


def show_plain_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                       buttons: QMessageBox.StandardButton | None = None, informative: str = "",
                       detailed: str = "") -> QMessageBox.StandardButton:
    """A modal message box whose texts are always plain text; the standard button clicked.

    The static ``QMessageBox`` functions guess rich text from the string, so a file
    named ``<b>x</b>.sahel`` or a folder ``<img src=x>`` would render as markup.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)  # shown in a plain-text editor
    box.setStandardButtons(buttons if buttons is not None else QMessageBox.StandardButton.Ok)
    for label in box.findChildren(QLabel):  # the informative label does not follow setTextFormat
        label.setTextFormat(Qt.TextFormat.PlainText)
    try:
        box.exec()
        return box.standardButton(box.clickedButton()) if box.clickedButton() else QMessageBox.StandardButton.NoButton
    finally:
        box.deleteLater()


class QtPrompter:
    """The real dialogs, parented to the main window."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def ask(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = show_plain_message(self.parent, QMessageBox.Icon.Question, title, text, buttons)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        show_plain_message(self.parent, QMessageBox.Icon.Information, title, text)

    def warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        show_plain_message(self.parent, QMessageBox.Icon.Warning, title, text)

    def open_path(self, title: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return path or None

    def open_paths(self, title: str, filters: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, "", filters)
        return list(paths)

    def save_path(self, title: str, filters: str, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return path or None

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        from PySide6.QtWidgets import QInputDialog

        if not options:
            return None
        item, ok = QInputDialog.getItem(self.parent, title, text, options, 0, False)
        return options.index(item) if ok else None


class ScriptedPrompter:
    """Answers from lists given up front and records every prompt (tests, screenshots)."""

    def __init__(self, answers: list[bool] | None = None, paths: list[str | None] | None = None,
                 choices: list[int | None] | None = None, default: bool = True) -> None:
        self.answers = list(answers or [])
        self.paths = list(paths or [])
        self.choices = list(choices or [])
        self.default = default
        self.log: list[tuple[str, str]] = []

    def ask(self, title: str, text: str) -> bool:
        self.log.append(("ask", text))
        return self.answers.pop(0) if self.answers else self.default

    def inform(self, title: str, text: str) -> None:
        self.log.append(("inform", text))

    def warn(self, title: str, text: str) -> None:
        self.log.append(("warn", text))

    def open_path(self, title: str, filters: str) -> str | None:
        self.log.append(("open", title))
        return self.paths.pop(0) if self.paths else None

    def open_paths(self, title: str, filters: str) -> list[str]:
        """The next answer in ``paths``: a list of paths (or one path) for this prompt."""
        self.log.append(("open", title))
        answer = self.paths.pop(0) if self.paths else None
        if answer is None:
            return []
        return [str(p) for p in answer] if isinstance(answer, (list, tuple)) else [str(answer)]

    def save_path(self, title: str, filters: str, suggested: str) -> str | None:
        self.log.append(("save", title))
        return self.paths.pop(0) if self.paths else None

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        self.log.append(("choose", text))
        return self.choices.pop(0) if self.choices else (0 if options else None)
