"""Undoable user actions on contributions: record, edit, re-attribute, delete.

Each class is one user gesture = one service call = one undo step. ``do`` runs
the service call (first time and redo); ``undo_`` calls the inverse service
method, which restores rows with their original ids so later commands on the
stack still find them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sahel_panel.domain.model import Contribution
from sahel_panel.services import SessionService
from sahel_panel.services.contributions import RemovedContribution
from sahel_panel.ui.core.document import ServiceCommand, UndoLabel


class RecordContribution(ServiceCommand):
    def __init__(self, service: SessionService, text: str, speaker_id: str | None, question_id: str | None,
                 language: str = "en", kind: str = "statement", tags: tuple[str, ...] = ()) -> None:
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Record contribution")))
        self.service = service
        self.args = {"text": text, "speaker_id": speaker_id, "question_id": question_id,
                     "language": language, "kind": kind, "tags": tags}
        self.contribution: Contribution | None = None
        self.removed: RemovedContribution | None = None

    def do(self) -> None:
        if self.removed is not None:
            self.contribution = self.service.contributions.restore(self.removed)
        else:
            self.contribution = self.service.contributions.record(**self.args)  # type: ignore[arg-type]

    def undo_(self) -> None:
        assert self.contribution is not None
        self.removed = self.service.contributions.delete(self.contribution.id)


_CONTRIBUTION_FIELDS = ("text", "speaker_id", "question_id", "language", "kind", "tags")


class EditContribution(ServiceCommand):
    """Change text, tags, kind, or re-attribute to another speaker or question."""

    def __init__(self, service: SessionService, contribution_id: str, text: str | None = None, **changes: object):
        if text is not None:
            changes["text"] = text
        label = UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Edit contribution"))
        if set(changes) <= {"speaker_id", "question_id"}:
            label = UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Re-attribute contribution"))
        elif set(changes) == {"tags"}:
            label = UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Tag contribution"))
        super().__init__(label)
        unknown = set(changes) - set(_CONTRIBUTION_FIELDS)
        if unknown:
            raise ValueError(f"unknown contribution fields {unknown}")
        self.service, self.cid, self.changes = service, contribution_id, changes
        self.before: dict[str, object] | None = None

    def do(self) -> None:
        if self.before is None:  # read here, not in __init__: a vanished row is a refusal execute() reports
            current = self.service.contributions.get(self.cid)
            self.before = {k: getattr(current, k) for k in self.changes}
        self.service.contributions.edit(self.cid, **self.changes)

    def undo_(self) -> None:
        assert self.before is not None
        self.service.contributions.edit(self.cid, **self.before)


class ReattributeContributions(ServiceCommand):
    """Give several contributions another speaker or question: one transaction, one undo step."""

    def __init__(self, service: SessionService, contribution_ids: list[str], **changes: object) -> None:
        unknown = set(changes) - {"speaker_id", "question_id"}
        if unknown:
            raise ValueError(f"unknown re-attribution fields {unknown}")
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Re-attribute contribution")))
        self.service, self.ids, self.changes = service, list(contribution_ids), changes
        self.before: dict[str, dict[str, object]] | None = None

    def do(self) -> None:
        if self.before is None:
            found = self.service.contributions.get_many(self.ids)
            missing = [cid for cid in self.ids if cid not in found]
            if missing:
                self.service.contributions.get(missing[0])  # the refusal, in the service's words
            self.before = {cid: {k: getattr(c, k) for k in self.changes} for cid, c in found.items()}
        self.service.contributions.edit_many({cid: dict(self.changes) for cid in self.ids})

    def undo_(self) -> None:
        assert self.before is not None
        self.service.contributions.edit_many(self.before)


class DeleteContributions(ServiceCommand):
    def __init__(self, service: SessionService, contribution_ids: list[str]) -> None:
        super().__init__(UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Delete contribution")) if len(contribution_ids) == 1
                         else UndoLabel("Commands", QT_TRANSLATE_NOOP("Commands", "Delete contributions")))
        self.service, self.ids = service, list(contribution_ids)
        self.removed: list[RemovedContribution] = []

    def do(self) -> None:
        self.removed = self.service.contributions.delete_many(self.ids)

    def undo_(self) -> None:
        self.service.contributions.restore_many(self.removed)
