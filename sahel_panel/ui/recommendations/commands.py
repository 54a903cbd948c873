"""Undoable recommendation edits, one :class:`ServiceCommand` per user action.

Each command remembers exactly what it needs to put the session back: the
removed row for a draft, the previous wording, status or order. Run them
through :meth:`SessionDocument.execute` so a refused change never lands on the
undo stack.

Undoing a revision or a status change calls the service again with the old
value, which appends a revision: the history is a log of what the file held,
and it never loses a wording, even one that was undone.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sahel_panel.services import SessionService
from sahel_panel.services.base import new_id
from sahel_panel.services.recommendations import RemovedRecommendation
from sahel_panel.ui.core.document import ServiceCommand, UndoLabel


class DraftRecommendation(ServiceCommand):
    """A new recommendation; undo removes it entirely, redo restores the same row and history."""

    def __init__(self, service: SessionService, text: str, question_id: str | None, language: str = "en",
                 source_ids: Iterable[str] = ()) -> None:
        super().__init__(UndoLabel("RecommendationCommands", QT_TRANSLATE_NOOP("RecommendationCommands", "Draft recommendation")))
        self._service = service
        self._args = (text, question_id, language, tuple(source_ids))
        self.recommendation_id = new_id()
        self._removed: RemovedRecommendation | None = None

    def do(self) -> None:
        if self._removed is not None:
            self._service.recommendations.restore(self._removed)
            self._removed = None
            return
        text, question_id, language, sources = self._args
        self._service.recommendations.draft(text, question_id, language=language, source_ids=sources,
                                            recommendation_id=self.recommendation_id)

    def undo_(self) -> None:
        self._removed = self._service.recommendations.remove(self.recommendation_id)


class ReviseRecommendation(ServiceCommand):
    """New wording (and language) for a recommendation."""

    def __init__(self, service: SessionService, recommendation_id: str, text: str,
                 language: str | None = None) -> None:
        super().__init__(UndoLabel("RecommendationCommands", QT_TRANSLATE_NOOP("RecommendationCommands", "Revise recommendation")))
        self._service = service
        self._id = recommendation_id
        self._text, self._language = text, language
        self._old: tuple[str, str] | None = None

    def do(self) -> None:
        if self._old is None:  # read here, not in __init__: a vanished row is a refusal execute() reports
            current = self._service.recommendations.get(self._id)
            self._old = (current.text, current.language)
            self._language = self._language or current.language
        self._service.recommendations.revise(self._id, self._text, language=self._language)

    def undo_(self) -> None:
        assert self._old is not None
        self._service.recommendations.revise(self._id, self._old[0], language=self._old[1])


class SetRecommendationStatus(ServiceCommand):
    def __init__(self, service: SessionService, recommendation_id: str, status: str) -> None:
        super().__init__(UndoLabel("RecommendationCommands", QT_TRANSLATE_NOOP("RecommendationCommands", "Set recommendation status")))
        self._service = service
        self._id = recommendation_id
        self._new = status
        self._old: str | None = None

    def do(self) -> None:
        if self._old is None:
            self._old = self._service.recommendations.get(self._id).status
        self._service.recommendations.set_status(self._id, self._new)

    def undo_(self) -> None:
        assert self._old is not None
        self._service.recommendations.set_status(self._id, self._old)


class ReorderRecommendations(ServiceCommand):
    """A new order for the recommendations of one question (or the general ones)."""

    def __init__(self, service: SessionService, old_order: list[str], new_order: list[str]) -> None:
        super().__init__(UndoLabel("RecommendationCommands", QT_TRANSLATE_NOOP("RecommendationCommands", "Reorder recommendations")))
        self._service = service
        self._old, self._new = list(old_order), list(new_order)

    def do(self) -> None:
        self._service.recommendations.reorder(self._new)

    def undo_(self) -> None:
        self._service.recommendations.reorder(self._old)


class LinkContributions(ServiceCommand):
    """Attach supporting contributions; undo detaches only those this command attached."""

    def __init__(self, service: SessionService, recommendation_id: str, contribution_ids: Iterable[str]) -> None:
        super().__init__(UndoLabel("RecommendationCommands", QT_TRANSLATE_NOOP("RecommendationCommands", "Link contributions")))
        self._service = service
        self._id = recommendation_id
        self._ids = list(dict.fromkeys(contribution_ids))
        self.added: list[str] = []

    def do(self) -> None:
        self.added = self._service.recommendations.link(self._id, self._ids)

    def undo_(self) -> None:
        self._service.recommendations.unlink(self._id, self.added)


class UnlinkContributions(ServiceCommand):
    def __init__(self, service: SessionService, recommendation_id: str, contribution_ids: Iterable[str]) -> None:
        super().__init__(UndoLabel("RecommendationCommands", QT_TRANSLATE_NOOP("RecommendationCommands", "Unlink contributions")))
        self._service = service
        self._id = recommendation_id
        self._ids = list(contribution_ids)

    def do(self) -> None:
        self._service.recommendations.unlink(self._id, self._ids)

    def undo_(self) -> None:
        self._service.recommendations.link(self._id, self._ids)


class RemoveRecommendation(ServiceCommand):
    """Delete a recommendation with its history (withdrawing is a status, this is for mistakes).

    Undo puts it back at its place in its question's order (the service keeps that order).
    """

    def __init__(self, service: SessionService, recommendation_id: str) -> None:
        super().__init__(UndoLabel("RecommendationCommands", QT_TRANSLATE_NOOP("RecommendationCommands", "Delete recommendation")))
        self._service = service
        self._id = recommendation_id
        self._removed: RemovedRecommendation | None = None

    def do(self) -> None:
        self._removed = self._service.recommendations.remove(self._id)

    def undo_(self) -> None:
        if self._removed is not None:
            self._service.recommendations.restore(self._removed)
