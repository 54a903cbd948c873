"""Contributions: what was said, by whom, on which question."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sahel_panel.domain import rules
from sahel_panel.domain.model import Contribution, DomainError
from sahel_panel.domain.search_text import fold
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.services import rows
from sahel_panel.services.base import UNSET, Context, new_id

if TYPE_CHECKING:
    from sahel_panel.store.connection import Database


@dataclass(frozen=True)
class RemovedContribution:
    """Everything needed to put a deleted contribution back exactly (undo)."""

    contribution: Contribution
    recommendation_ids: tuple[str, ...]


_ALL = object()


class ContributionService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def list(self, question_id: object = _ALL, speaker_id: str | None = None) -> list[Contribution]:
        """In recording order; ``question_id=None`` lists those not tied to a question."""
        sql, args = "SELECT * FROM contribution WHERE 1=1", []
        if question_id is not _ALL:
            if question_id is None:
                sql += " AND question_id IS NULL"
            else:
                sql += " AND question_id=?"
                args.append(question_id)
        if speaker_id is not None:
            sql += " AND speaker_id=?"
            args.append(speaker_id)
        sql += " ORDER BY recorded_at, rowid"
        # The columns a Contribution holds (not the folded search text), as tuples: the window lists
        # a question's 7,000 rows at 100,000 contributions on every start and question switch.
        sql = sql.replace("SELECT *", f"SELECT {rows.CONTRIBUTION_COLUMNS}", 1)
        return [rows.contribution_of(t) for t in self._ctx.store.db.execute(sql, tuple(args))]

    def get(self, contribution_id: str) -> Contribution:
        found = self._ctx.store.query("SELECT * FROM contribution WHERE id=?", (contribution_id,))
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "This contribution no longer exists.")), "contribution")
        return rows.contribution(found[0])

    def get_many(self, contribution_ids: Iterable[str]) -> dict[str, Contribution]:
        """Several contributions by id in one query (ids that no longer exist are simply absent)."""
        ids = list(dict.fromkeys(contribution_ids))
        found: dict[str, Contribution] = {}
        for start in range(0, len(ids), 500):  # below SQLite's limit on bound parameters
            chunk = ids[start:start + 500]
            sql = f"SELECT * FROM contribution WHERE id IN ({','.join('?' * len(chunk))})"
            for row in self._ctx.store.query(sql, tuple(chunk)):
                found[row["id"]] = rows.contribution(row)
        return {cid: found[cid] for cid in ids if cid in found}

    def record(
        self,
        text: str,
        speaker_id: str | None = None,
        question_id: str | None = None,
        language: str = "en",
        kind: str = "statement",
        tags: tuple[str, ...] | list[str] = (),
        contribution_id: str | None = None,
        recorded_at: str | None = None,
    ) -> Contribution:
        """Record one contribution, committed to disk before this returns."""
        text = rules.text(text)
        language = rules.language(language)
        kind = rules.kind(kind)
        tags = rules.tags(tags)
        store = self._ctx.store
        store.guard_writable()
        now = self._ctx.now()
        cid = contribution_id or new_id()
        try:
            with store.atomic() as db:
                db.execute(
                    "INSERT INTO contribution (id, speaker_id, question_id, text, search_text, language, kind, tags,"
                    " recorded_at, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (cid, speaker_id, question_id, text, fold(text), language, kind,
                     json.dumps(list(tags), ensure_ascii=False), recorded_at or now, now, now),
                )
        except sqlite3.IntegrityError as exc:
            if "FOREIGN KEY" in str(exc):
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "That speaker or question no longer exists.")), "contribution") from None
            raise
        self._ctx.notify("contribution", "added", cid)
        return Contribution(id=cid, speaker_id=speaker_id, question_id=question_id, text=text, language=language,
                            kind=kind, tags=tags, recorded_at=recorded_at or now, created=now, updated=now)

    def edit(
        self,
        contribution_id: str,
        text: object = UNSET,
        speaker_id: object = UNSET,
        question_id: object = UNSET,
        language: object = UNSET,
        kind: object = UNSET,
        tags: object = UNSET,
    ) -> Contribution:
        """Change any of the fields given; re-attributing is passing another speaker or question."""
        changes = {k: v for k, v in (("text", text), ("speaker_id", speaker_id), ("question_id", question_id),
                                     ("language", language), ("kind", kind), ("tags", tags)) if v is not UNSET}
        return self.edit_many({contribution_id: changes})[0]

    def edit_many(self, edits: dict[str, dict[str, object]]) -> list[Contribution]:
        """Change several contributions (id -> fields) in one transaction: all or none; notices after commit."""
        self._ctx.store.guard_writable()
        try:
            with self._ctx.store.atomic() as db:
                for cid, changes in edits.items():
                    self._update(db, cid, **changes)
        except sqlite3.IntegrityError as exc:
            if "FOREIGN KEY" in str(exc):
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "That speaker or question no longer exists.")), "contribution") from None
            raise
        if edits:
            self._ctx.notify("contribution", "changed", *edits)
        return [self.get(cid) for cid in edits]

    def _update(self, db: Database, contribution_id: str, text: object = UNSET, speaker_id: object = UNSET,
                question_id: object = UNSET, language: object = UNSET, kind: object = UNSET,
                tags: object = UNSET) -> None:
        current = self.get(contribution_id)
        new = {
            "text": current.text if text is UNSET else rules.text(text),  # type: ignore[arg-type]
            "speaker_id": current.speaker_id if speaker_id is UNSET else speaker_id,
            "question_id": current.question_id if question_id is UNSET else question_id,
            "language": current.language if language is UNSET else rules.language(language),  # type: ignore[arg-type]
            "kind": current.kind if kind is UNSET else rules.kind(kind),  # type: ignore[arg-type]
            "tags": current.tags if tags is UNSET else rules.tags(tags),  # type: ignore[arg-type]
        }
        db.execute(
            "UPDATE contribution SET text=?, search_text=?, speaker_id=?, question_id=?, language=?, kind=?, tags=?,"
            " updated=? WHERE id=?",
            (new["text"], fold(new["text"]), new["speaker_id"], new["question_id"], new["language"], new["kind"],
             json.dumps(list(new["tags"]), ensure_ascii=False), self._ctx.now(), contribution_id),
        )

    def delete(self, contribution_id: str) -> RemovedContribution:
        return self.delete_many([contribution_id])[0]

    def delete_many(self, contribution_ids: list[str]) -> list[RemovedContribution]:
        """Delete several contributions in one transaction (all or none); notices go out after the commit."""
        self._ctx.store.guard_writable()
        removed: list[RemovedContribution] = []
        with self._ctx.store.atomic() as db:
            for cid in contribution_ids:
                current = self.get(cid)
                links = tuple(r[0] for r in db.execute(
                    "SELECT recommendation_id FROM recommendation_source WHERE contribution_id=?", (cid,)))
                db.execute("DELETE FROM contribution WHERE id=?", (cid,))
                removed.append(RemovedContribution(current, links))
        if removed:
            self._ctx.notify("contribution", "removed", *(r.contribution.id for r in removed))
        links = tuple(dict.fromkeys(rid for r in removed for rid in r.recommendation_ids))
        if links:
            self._ctx.notify("recommendation", "changed", *links)
        return removed

    def restore(self, removed: RemovedContribution) -> Contribution:
        """Undo of :meth:`delete`: same id, same times, same links."""
        return self.restore_many([removed])[0]

    def restore_many(self, removed: list[RemovedContribution]) -> list[Contribution]:
        """Undo of :meth:`delete_many`, in one transaction; notices after the commit."""
        self._ctx.store.guard_writable()
        try:
            with self._ctx.store.atomic() as db:
                now = self._ctx.now()
                for r in removed:
                    c = r.contribution
                    db.execute(
                        "INSERT INTO contribution (id, speaker_id, question_id, text, search_text, language, kind,"
                        " tags, recorded_at, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (c.id, c.speaker_id, c.question_id, c.text, fold(c.text), c.language, c.kind,
                         json.dumps(list(c.tags), ensure_ascii=False), c.recorded_at, c.created, c.updated),
                    )
                    for rid in r.recommendation_ids:
                        db.execute(
                            "INSERT OR IGNORE INTO recommendation_source (recommendation_id, contribution_id,"
                            " created) SELECT id, ?, ? FROM recommendation WHERE id=?",
                            (c.id, now, rid),
                        )
        except sqlite3.IntegrityError as exc:
            if "FOREIGN KEY" in str(exc):
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "That speaker or question no longer exists.")), "contribution") from None
            if "UNIQUE" in str(exc):
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "This contribution is already there.")), "contribution") from None
            raise
        if removed:
            self._ctx.notify("contribution", "added", *(r.contribution.id for r in removed))
        links = tuple(dict.fromkeys(rid for r in removed for rid in r.recommendation_ids))
        if links:
            self._ctx.notify("recommendation", "changed", *links)
        return [r.contribution for r in removed]
