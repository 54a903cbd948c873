"""The Series window's small dialogs: texts per language (merge, edit), split, chapter titles.

Each language has its own editor, laid out in that language's direction, so an
Arabic text is typed right to left in an English window; the dialog only
collects values, the window turns them into undoable commands.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sahel_panel.domain.model import LANGUAGES
from sahel_panel.series.model import Chapter, ConsolidatedSource
from sahel_panel.ui.series.models import one_line
from sahel_panel.ui.text.bidi import embedded
from sahel_panel.ui.text.labels import LANGUAGE, label
from sahel_panel.ui.text.locale_text import ui_language
from sahel_panel.ui.text.plain import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1



def _direction(lang: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight


class TextsEditor(QWidget):
    """One plain-text editor per language (en, fr, ar)."""

    def __init__(self, texts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.editors: dict[str, QPlainTextEdit] = {}
        for lang in LANGUAGES:
            editor = QPlainTextEdit(texts.get(lang, ""))
            editor.setObjectName(f"text_{lang}")
            editor.setLayoutDirection(_direction(lang))
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(70)
            editor.setAccessibleName(label(LANGUAGE, lang))
            caption = plain_label(QLabel(label(LANGUAGE, lang)))
            caption.setBuddy(editor)
            form.addRow(caption, editor)
            self.editors[lang] = editor

    def texts(self) -> dict[str, str]:
        return {lang: e.toPlainText().strip() for lang, e in self.editors.items()}


class TextsDialog(QDialog):
    """Texts of a consolidated recommendation, and for a merge the chapter it goes into."""

    def __init__(self, title: str, texts: dict[str, str], chapters: list[Chapter] | None = None,
                 chapter_id: str | None = None, parent: QWidget | None = None, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.setWindowTitle(title)
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.chapter = QComboBox()
        self.chapter.setObjectName("chapter")
        if chapters:
            lang = ui_language()
            for c in chapters:
                self.chapter.addItem(embedded(c.title(lang)[0]), c.id)
            if chapter_id is not None:
                self.chapter.setCurrentIndex(max(0, self.chapter.findData(chapter_id)))
            row = QFormLayout()
            caption = plain_label(QLabel(QCoreApplication.translate("SeriesDialogs", "Chapter:")))
            caption.setBuddy(self.chapter)
            row.addRow(caption, self.chapter)
            layout.addLayout(row)
        else:
            self.chapter.hide()
        self.editor = TextsEditor(texts)
        layout.addWidget(self.editor)
        self.error = plain_label(QLabel(""))
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def texts(self) -> dict[str, str]:
        return self.editor.texts()

    def chapter_id(self) -> str | None:
        return self.chapter.currentData() if self.chapter.count() else None

    def _accept(self) -> None:
        if not self.allow_empty and not any(self.texts().values()):
            self.error.setText(QCoreApplication.translate("SeriesDialogs", "Write the text in at least one language."))
            return
        self.accept()


class SplitDialog(TextsDialog):
    """Which sources go to the new consolidated recommendation, its texts, and whether they move."""

    def __init__(self, sources: list[ConsolidatedSource], parent: QWidget | None = None) -> None:
        first = sources[0] if sources else None
        super().__init__(QCoreApplication.translate("SeriesDialogs", "Split off a consolidated recommendation"),
                         {first.merged_language: first.merged_text} if first else {}, parent=parent)
        self.sources = QListWidget()
        self.sources.setObjectName("sources")
        self.sources.setAccessibleName(QCoreApplication.translate("SeriesDialogs", "Sources to split off"))
        for s in sources:
            item = QListWidgetItem(embedded(f"[{s.merged_language}] {one_line(s.merged_text, 160)}", s.merged_text))
            item.setData(ID_ROLE, s.recommendation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sources.addItem(item)
        self.move = QCheckBox(QCoreApplication.translate("SeriesDialogs", "Move them: they no longer support the original"))
        self.move.setObjectName("move")
        layout: QVBoxLayout = self.layout()  # type: ignore[assignment]
        caption = plain_label(QLabel(QCoreApplication.translate("SeriesDialogs", "Sources to split off:")))
        caption.setBuddy(self.sources)
        layout.insertWidget(0, caption)
        layout.insertWidget(1, self.sources)
        layout.insertWidget(2, self.move)

    def chosen(self) -> list[str]:
        return [self.sources.item(i).data(ID_ROLE) for i in range(self.sources.count())
                if self.sources.item(i).checkState() == Qt.CheckState.Checked]

    def _accept(self) -> None:
        if not self.chosen():
            self.error.setText(QCoreApplication.translate("SeriesDialogs", "Tick at least one source."))
            return
        super()._accept()


class ChapterDialog(QDialog):
    """A chapter's title in each language."""

    def __init__(self, title: str, titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for lang in LANGUAGES:
            edit = QLineEdit(titles.get(lang, ""))
            edit.setObjectName(f"title_{lang}")
            edit.setLayoutDirection(_direction(lang))
            caption = plain_label(QLabel(label(LANGUAGE, lang)))
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            self.edits[lang] = edit
        self.error = plain_label(QLabel(""))
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def titles(self) -> dict[str, str]:
        return {lang: e.text().strip() for lang, e in self.edits.items()}

    def _accept(self) -> None:
        if not any(self.titles().values()):
            self.error.setText(QCoreApplication.translate("SeriesDialogs", "Give the chapter a title in at least one language."))
            return
        self.accept()
