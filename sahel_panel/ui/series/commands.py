"""Undoable consolidation: each user gesture is one service call (one transaction) to do, one to undo.

The series services return what their inverse call needs (see
:mod:`sahel_panel.series.consolidation`), so redo after undo puts back exactly the
same rows: the same ids, every text revision, each source's merged revision.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sahel_panel.series import Workbook
from sahel_panel.series.model import ConsolidatedSource, PersonAssignment, RemovedConsolidated
from sahel_panel.services.base import new_id
from sahel_panel.ui.core.document import ServiceCommand, UndoLabel
from sahel_panel.ui.text.labels import LANGUAGE, label


def _language_name(code: str) -> Callable[[], str]:
    """ "French" in the label, named again in the interface language of the moment (not a bare "fr")."""
    return lambda: label(LANGUAGE, code)


class Merge(ServiceCommand):
    """Merge source recommendations into a new consolidated recommendation."""

    def __init__(self, book: Workbook, recommendation_ids: list[str], texts: dict[str, str],
                 chapter_id: str | None = None) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Merge recommendations")))
        self.book, self.ids, self.texts, self.chapter_id = book, list(recommendation_ids), dict(texts), chapter_id
        self.consolidated_id = new_id()
        self.removed: RemovedConsolidated | None = None

    def do(self) -> None:
        if self.removed is None:
            self.book.consolidated.merge(self.ids, self.texts, self.chapter_id, consolidated_id=self.consolidated_id)
        else:
            self.book.consolidated.restore(self.removed)

    def undo_(self) -> None:
        self.removed = self.book.consolidated.unmerge(self.consolidated_id)


class Unmerge(ServiceCommand):
    """Remove a consolidated recommendation (its sources stay untouched)."""

    def __init__(self, book: Workbook, consolidated_id: str) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Unmerge")))
        self.book, self.consolidated_id = book, consolidated_id
        self.removed: RemovedConsolidated | None = None

    def do(self) -> None:
        self.removed = self.book.consolidated.unmerge(self.consolidated_id)

    def undo_(self) -> None:
        assert self.removed is not None
        self.book.consolidated.restore(self.removed)


class Split(ServiceCommand):
    """A new consolidated recommendation right after this one, from some of its sources."""

    def __init__(self, book: Workbook, consolidated_id: str, recommendation_ids: list[str],
                 texts: dict[str, str], move: bool) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Split off")))
        self.book, self.consolidated_id, self.ids = book, consolidated_id, list(recommendation_ids)
        self.texts, self.move = dict(texts), move
        self.new_id = new_id()

    def do(self) -> None:
        self.book.consolidated.split(self.consolidated_id, self.ids, self.texts, move=self.move,
                                     new_consolidated_id=self.new_id)

    def undo_(self) -> None:
        self.book.consolidated.unsplit(self.new_id, into=self.consolidated_id if self.move else None)


class SetText(ServiceCommand):
    """A new revision of one language's text."""

    def __init__(self, book: Workbook, consolidated_id: str, language: str, text: str) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Edit text (%1)"), (_language_name(language),)))
        self.book, self.consolidated_id, self.language, self.text = book, consolidated_id, language, text
        self.number: int | None = None

    def do(self) -> None:
        self.number = self.book.consolidated.set_text(self.consolidated_id, self.language, self.text).number

    def undo_(self) -> None:
        assert self.number is not None
        self.book.consolidated.revert_text(self.consolidated_id, self.language, self.number)


class Move(ServiceCommand):
    """Move a consolidated recommendation within or across chapters."""

    def __init__(self, book: Workbook, consolidated_id: str, chapter_id: str, position: int | None) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Move recommendation")))
        self.book, self.consolidated_id, self.chapter_id, self.position = book, consolidated_id, chapter_id, position
        self.old: tuple[str, int] | None = None

    def do(self) -> None:
        self.old = self.book.consolidated.move(self.consolidated_id, self.chapter_id, self.position)

    def undo_(self) -> None:
        assert self.old is not None
        self.book.consolidated.move(self.consolidated_id, *self.old)


class AddSources(ServiceCommand):
    """More source recommendations for a consolidated recommendation (a source may support several)."""

    def __init__(self, book: Workbook, consolidated_id: str, recommendation_ids: list[str]) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Add sources")))
        self.book, self.consolidated_id, self.ids = book, consolidated_id, list(recommendation_ids)
        self.added: list[str] = []
        self.links: list[ConsolidatedSource] | None = None

    def do(self) -> None:
        if self.links is None:
            self.added = self.book.consolidated.add_sources(self.consolidated_id, self.ids)
        else:
            self.book.consolidated.restore_sources(self.consolidated_id, self.links)

    def undo_(self) -> None:
        self.links = self.book.consolidated.remove_sources(self.consolidated_id, self.added)


class AddChapter(ServiceCommand):
    def __init__(self, book: Workbook, titles: dict[str, str]) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Add chapter")))
        self.book, self.titles, self.chapter_id = book, dict(titles), new_id()

    def do(self) -> None:
        self.book.chapters.add(self.titles, chapter_id=self.chapter_id)

    def undo_(self) -> None:
        self.book.chapters.remove(self.chapter_id)


class RenameChapter(ServiceCommand):
    def __init__(self, book: Workbook, chapter_id: str, titles: dict[str, str]) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Rename chapter")))
        self.book, self.chapter_id, self.titles = book, chapter_id, dict(titles)
        self.old: dict[str, str] | None = None

    def do(self) -> None:
        self.old = self.book.chapters.rename(self.chapter_id, self.titles)

    def undo_(self) -> None:
        assert self.old is not None
        self.book.chapters.rename(self.chapter_id, self.old)


class MoveChapter(ServiceCommand):
    def __init__(self, book: Workbook, chapter_id: str, position: int) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Move chapter")))
        self.book, self.chapter_id, self.position = book, chapter_id, position
        self.old: int | None = None

    def do(self) -> None:
        self.old = self.book.chapters.move(self.chapter_id, self.position)

    def undo_(self) -> None:
        assert self.old is not None
        self.book.chapters.move(self.chapter_id, self.old)


class MergePeople(ServiceCommand):
    """These people are one person of the series (the same speaker at several panels)."""

    def __init__(self, book: Workbook, person_ids: list[str]) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Merge people")))
        self.book, self.person_ids = book, list(person_ids)
        self.before: list[PersonAssignment] = []

    def do(self) -> None:
        _person, self.before = self.book.people.merge(self.person_ids)

    def undo_(self) -> None:
        self.book.people.restore(self.before)


class SeparateSpeaker(ServiceCommand):
    """This speaker row is a person of its own (two people who happen to share a name)."""

    def __init__(self, book: Workbook, speaker_id: str) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Separate speaker")))
        self.book, self.speaker_id = book, speaker_id
        self.before: list[PersonAssignment] = []

    def do(self) -> None:
        _person, self.before = self.book.people.separate(self.speaker_id)

    def undo_(self) -> None:
        self.book.people.restore(self.before)


class SetPreamble(ServiceCommand):
    """The series report's preamble in one language ("" clears it)."""

    def __init__(self, book: Workbook, language: str, text: str) -> None:
        super().__init__(UndoLabel("SeriesCommands", QT_TRANSLATE_NOOP("SeriesCommands", "Edit preamble (%1)"), (_language_name(language),)))
        self.book, self.language, self.text = book, language, text
        self.old = ""

    def do(self) -> None:
        self.old = self.book.preamble.set(self.language, self.text)

    def undo_(self) -> None:
        self.book.preamble.set(self.language, self.old)
