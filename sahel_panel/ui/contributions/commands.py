"""Undoable user actions on speakers, turns, contributions and questions.

Each class is one user gesture = one service call = one undo step. ``do`` runs
the service call (first time and redo); ``undo_`` calls the inverse service
method, which restores rows with their original ids so later commands on the
stack still find them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from sahel_panel.domain.model import Contribution, Question, Speaker, Turn
from sahel_panel.services import SessionService
from sahel_panel.services.base import new_id
from sahel_panel.services.contributions import RemovedContribution
from sahel_panel.ui.document import ServiceCommand


# -- speakers ---------------------------------------------------------------
class AddSpeaker(ServiceCommand):
    def __init__(self, service: SessionService, **fields: object) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add speaker"))
        self.service = service
        self.fields = dict(fields)
        self.fields.setdefault("speaker_id", new_id())
        self.speaker: Speaker | None = None

    def do(self) -> None:
        if self.speaker is None:
            self.speaker = self.service.speakers.add(**self.fields)  # type: ignore[arg-type]
        else:
            self.service.speakers.restore(self.speaker)

    def undo_(self) -> None:
        assert self.speaker is not None
        self.service.speakers.remove(self.speaker.id)


class EditSpeaker(ServiceCommand):
    def __init__(self, service: SessionService, speaker_id: str, **changes: object) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit speaker"))
        self.service, self.speaker_id, self.changes = service, speaker_id, changes
        self.before: dict[str, object] | None = None

    def do(self) -> None:
        if self.before is None:  # read inside do(): a vanished speaker is a refusal, not a crash
            current = self.service.speakers.get(self.speaker_id)
            self.before = {k: getattr(current, k) for k in self.changes}
        self.service.speakers.edit(self.speaker_id, **self.changes)

    def undo_(self) -> None:
        assert self.before is not None
        self.service.speakers.edit(self.speaker_id, **self.before)


class RemoveSpeaker(ServiceCommand):
    def __init__(self, service: SessionService, speaker_id: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove speaker"))
        self.service, self.speaker_id = service, speaker_id
        self.speaker: Speaker | None = None

    def do(self) -> None:
        self.speaker = self.service.speakers.remove(self.speaker_id)

    def undo_(self) -> None:
        assert self.speaker is not None
        self.service.speakers.restore(self.speaker)


# -- turns ------------------------------------------------------------------
class StartTurn(ServiceCommand):
    """Give the floor; the turn open before (if any) is closed at the same instant."""

    def __init__(self, service: SessionService, speaker_id: str, question_id: str | None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Start speaking"))
        self.service, self.speaker_id, self.question_id = service, speaker_id, question_id
        self.turn: Turn | None = None
        self.previous: Turn | None = None

    def do(self) -> None:
        if self.turn is None:
            self.previous = self.service.turns.current()
            self.turn = self.service.turns.start(self.speaker_id, self.question_id)
        else:
            if self.previous is not None:
                # Close the previous turn when this one started, not now: a late redo
                # must not credit the previous speaker with the time in between.
                self.service.turns.remove(self.previous.id)
                self.service.turns.restore(replace(self.previous, ended_at=self.turn.started_at))
            self.service.turns.restore(self.turn)

    def undo_(self) -> None:
        assert self.turn is not None
        self.service.turns.remove(self.turn.id)
        if self.previous is not None:
            self.service.turns.reopen(self.previous.id)


class StopTurn(ServiceCommand):
    def __init__(self, service: SessionService) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Stop speaking"))
        self.service = service
        self.turn: Turn | None = None

    def do(self) -> None:
        self.turn = self.service.turns.stop()

    def undo_(self) -> None:
        if self.turn is not None:
            self.service.turns.reopen(self.turn.id)


# -- contributions ----------------------------------------------------------
class RecordContribution(ServiceCommand):
    def __init__(self, service: SessionService, text: str, speaker_id: str | None, question_id: str | None,
                 language: str = "en", kind: str = "statement", tags: tuple[str, ...] = ()) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Record contribution"))
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
        label = QCoreApplication.translate("Commands", "Edit contribution")
        if set(changes) <= {"speaker_id", "question_id"}:
            label = QCoreApplication.translate("Commands", "Re-attribute contribution")
        elif set(changes) == {"tags"}:
            label = QCoreApplication.translate("Commands", "Tag contribution")
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
        super().__init__(QCoreApplication.translate("Commands", "Re-attribute contribution"))
        self.service, self.ids, self.changes = service, list(contribution_ids), changes
        self.before: dict[str, dict[str, object]] | None = None

    def do(self) -> None:
        if self.before is None:
            before = {}
            for cid in self.ids:
                current = self.service.contributions.get(cid)
                before[cid] = {k: getattr(current, k) for k in self.changes}
            self.before = before
        self.service.contributions.edit_many({cid: dict(self.changes) for cid in self.ids})

    def undo_(self) -> None:
        assert self.before is not None
        self.service.contributions.edit_many(self.before)


class DeleteContributions(ServiceCommand):
    def __init__(self, service: SessionService, contribution_ids: list[str]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete contribution") if len(contribution_ids) == 1 else QCoreApplication.translate("Commands", "Delete contributions"))
        self.service, self.ids = service, list(contribution_ids)
        self.removed: list[RemovedContribution] = []

    def do(self) -> None:
        self.removed = self.service.contributions.delete_many(self.ids)

    def undo_(self) -> None:
        self.service.contributions.restore_many(self.removed)


# -- questions --------------------------------------------------------------
class AddQuestion(ServiceCommand):
    def __init__(self, service: SessionService, text: dict[str, str], position: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add question"))
        self.service, self.text, self.position = service, text, position
        self.qid = new_id()

    def do(self) -> None:
        self.service.questions.add(self.text, self.position, question_id=self.qid)

    def undo_(self) -> None:
        self.service.questions.remove(self.qid)


class EditQuestion(ServiceCommand):
    def __init__(self, service: SessionService, question_id: str, text: dict[str, str]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit question"))
        self.service, self.qid, self.text = service, question_id, text
        self.before = dict(service.questions.get(question_id).text)

    def do(self) -> None:
        self.service.questions.edit(self.qid, self.text)

    def undo_(self) -> None:
        self.service.questions.edit(self.qid, self.before)


class MoveQuestion(ServiceCommand):
    def __init__(self, service: SessionService, question_id: str, position: int) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Move question"))
        self.service, self.qid, self.position = service, question_id, position
        self.before = service.questions.get(question_id).position

    def do(self) -> None:
        self.service.questions.move(self.qid, self.position)

    def undo_(self) -> None:
        self.service.questions.move(self.qid, self.before)


class RemoveQuestion(ServiceCommand):
    def __init__(self, service: SessionService, question_id: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove question"))
        self.service, self.qid = service, question_id
        self.question: Question | None = None

    def do(self) -> None:
        self.question = self.service.questions.remove(self.qid)

    def undo_(self) -> None:
        assert self.question is not None
        self.service.questions.add(dict(self.question.text), self.question.position, question_id=self.qid)

