"""Recommendations: drafted, revised (every revision kept), ordered, linked to contributions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sahel_panel.domain import rules
from sahel_panel.domain.model import DomainError, Recommendation, Revision
from sahel_panel.domain.search_text import fold
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.services import rows
from sahel_panel.services.base import UNSET, Context, new_id

_ALL = object()


@dataclass(frozen=True)
class RemovedRecommendation:
    """What :meth:`RecommendationService.restore` needs to put a removed recommendation back as it was:
    the row, its whole history, and the order of its question's recommendations when it went."""

    recommendation: Recommendation
    revisions: tuple[Revision, ...]
    order: tuple[str, ...] = ()


class RecommendationService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # -- reading ---------------------------------------------------------
    def _sources(self, ids: list[str]) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {i: [] for i in ids}
        if ids:
            marks = ",".join("?" * len(ids))
            for r in self._ctx.store.db.execute(
                f"SELECT s.recommendation_id, s.contribution_id FROM recommendation_source s"
                f" JOIN contribution c ON c.id = s.contribution_id"
                f" WHERE s.recommendation_id IN ({marks}) ORDER BY c.recorded_at, c.rowid",
                ids,
            ):
                out[r[0]].append(r[1])
        return {k: tuple(v) for k, v in out.items()}

    def list(self, question_id: object = _ALL) -> list[Recommendation]:
        """Ordered by question position (general ones last), then their own order."""
        sql = ("SELECT r.* FROM recommendation r LEFT JOIN question q ON q.id = r.question_id")
        args: tuple = ()
        if question_id is not _ALL:
            if question_id is None:
                sql += " WHERE r.question_id IS NULL"
            else:
                sql += " WHERE r.question_id=?"
                args = (question_id,)
        sql += " ORDER BY q.position IS NULL, q.position, r.position, r.rowid"
        found = self._ctx.store.query(sql, args)
        sources = self._sources([r["id"] for r in found]) if len(found) < 500 else self._all_sources()
        return [rows.recommendation(r, sources.get(r["id"], ())) for r in found]

    def _all_sources(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for r in self._ctx.store.db.execute(
            "SELECT s.recommendation_id, s.contribution_id FROM recommendation_source s"
            " JOIN contribution c ON c.id = s.contribution_id ORDER BY c.recorded_at, c.rowid"
        ):
            out.setdefault(r[0], []).append(r[1])
        return {k: tuple(v) for k, v in out.items()}

    def get(self, recommendation_id: str) -> Recommendation:
        found = self._ctx.store.query("SELECT * FROM recommendation WHERE id=?", (recommendation_id,))
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "This recommendation no longer exists.")), "recommendation")
        return rows.recommendation(found[0], self._sources([recommendation_id])[recommendation_id])

    def revisions(self, recommendation_id: str) -> list[Revision]:
        return [rows.revision(r) for r in self._ctx.store.query(
            "SELECT * FROM recommendation_revision WHERE recommendation_id=? ORDER BY number", (recommendation_id,))]

    # -- changing --------------------------------------------------------
    def _add_revision(self, rec_id: str, text: str, language: str, status: str, now: str) -> None:
        db = self._ctx.store.db
        number = db.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM recommendation_revision WHERE recommendation_id=?", (rec_id,)
        ).fetchone()[0]
        db.execute(
            "INSERT INTO recommendation_revision (id, recommendation_id, number, text, language, status, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (new_id(), rec_id, number, text, language, status, now),
        )

    def draft(
        self,
        text: str,
        question_id: str | None = None,
        language: str = "en",
        status: str = "draft",
        source_ids: Iterable[str] = (),
        recommendation_id: str | None = None,
    ) -> Recommendation:
        """A new recommendation at the end of its question's list, as revision 1."""
        text = rules.text(text)
        language = rules.language(language)
        status = rules.status(status)
        self._ctx.store.guard_writable()
        rid = recommendation_id or new_id()
        now = self._ctx.now()
        with self._ctx.store.atomic() as db:
            if question_id is not None and not db.execute(
                "SELECT 1 FROM question WHERE id=?", (question_id,)
            ).fetchone():
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This question no longer exists.")), "question")
            position = db.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM recommendation WHERE question_id IS ?", (question_id,)
            ).fetchone()[0]
            db.execute(
                "INSERT INTO recommendation (id, question_id, text, search_text, language, status, position, created,"
                " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rid, question_id, text, fold(text), language, status, position, now, now),
            )
            self._add_revision(rid, text, language, status, now)
            self._link(rid, source_ids, now)
        self._ctx.notify("recommendation", "added", rid)
        return self.get(rid)

    def revise(self, recommendation_id: str, text: str, language: object = UNSET) -> Recommendation:
        """Change the wording; the previous wording stays in the revision history."""
        current = self.get(recommendation_id)
        text = rules.text(text)
        lang = current.language if language is UNSET else rules.language(language)  # type: ignore[arg-type]
        if text == current.text and lang == current.language:
            return current
        self._ctx.store.guard_writable()
        now = self._ctx.now()
        with self._ctx.store.atomic() as db:
            db.execute("UPDATE recommendation SET text=?, search_text=?, language=?, updated=? WHERE id=?",
                       (text, fold(text), lang, now, recommendation_id))
            self._add_revision(recommendation_id, text, lang, current.status, now)
        self._ctx.notify("recommendation", "changed", recommendation_id)
        return self.get(recommendation_id)

    def set_status(self, recommendation_id: str, status: str) -> Recommendation:
        current = self.get(recommendation_id)
        status = rules.status(status)
        if status == current.status:
            return current
        self._ctx.store.guard_writable()
        now = self._ctx.now()
        with self._ctx.store.atomic() as db:
            db.execute("UPDATE recommendation SET status=?, updated=? WHERE id=?", (status, now, recommendation_id))
            self._add_revision(recommendation_id, current.text, current.language, status, now)
        self._ctx.notify("recommendation", "changed", recommendation_id)
        return self.get(recommendation_id)

    def move_to_question(self, recommendation_id: str, question_id: str | None) -> Recommendation:
        current = self.get(recommendation_id)
        if current.question_id == question_id:
            return current
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            if question_id is not None and not db.execute(
                "SELECT 1 FROM question WHERE id=?", (question_id,)
            ).fetchone():
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This question no longer exists.")), "question")
            position = db.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM recommendation WHERE question_id IS ?", (question_id,)
            ).fetchone()[0]
            db.execute("UPDATE recommendation SET question_id=?, position=?, updated=? WHERE id=?",
                       (question_id, position, self._ctx.now(), recommendation_id))
        self._ctx.notify("recommendation", "changed", recommendation_id)
        return self.get(recommendation_id)

    def reorder(self, ordered_ids: list[str]) -> None:
        """Give the listed recommendations (of one question) positions 1..n in that order."""
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            scopes = {r[0] for r in db.execute(
                f"SELECT coalesce(question_id, '') FROM recommendation WHERE id IN ({','.join('?' * len(ordered_ids))})",
                ordered_ids,
            )}
            if len(scopes) > 1:
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "Only recommendations of the same question can be reordered together.")), "position")
            for i, rid in enumerate(ordered_ids, start=1):
                db.execute("UPDATE recommendation SET position=? WHERE id=?", (i, rid))
        self._ctx.notify("recommendation", "changed", *ordered_ids)

    def _link(self, rec_id: str, contribution_ids: Iterable[str], now: str) -> list[str]:
        db = self._ctx.store.db
        added = []
        for cid in contribution_ids:
            if not db.execute("SELECT 1 FROM contribution WHERE id=?", (cid,)).fetchone():
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "A selected contribution no longer exists.")), "contribution")
            cur = db.execute(
                "INSERT OR IGNORE INTO recommendation_source (recommendation_id, contribution_id, created)"
                " VALUES (?, ?, ?)", (rec_id, cid, now))
            if cur.rowcount:
                added.append(cid)
        return added

    def link(self, recommendation_id: str, contribution_ids: Iterable[str]) -> list[str]:
        """Attach supporting contributions; returns those that were not linked before."""
        self.get(recommendation_id)
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic():
            added = self._link(recommendation_id, list(contribution_ids), self._ctx.now())
        self._ctx.notify("recommendation", "changed", recommendation_id)
        return added

    def unlink(self, recommendation_id: str, contribution_ids: Iterable[str]) -> None:
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            for cid in contribution_ids:
                db.execute("DELETE FROM recommendation_source WHERE recommendation_id=? AND contribution_id=?",
                           (recommendation_id, cid))
        self._ctx.notify("recommendation", "changed", recommendation_id)

    def remove(self, recommendation_id: str) -> RemovedRecommendation:
        """Delete entirely (undo of a draft); withdrawing is :meth:`set_status` ``withdrawn``."""
        current = self.get(recommendation_id)
        revisions = tuple(self.revisions(recommendation_id))
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            order = tuple(r[0] for r in db.execute(
                "SELECT id FROM recommendation WHERE question_id IS ? ORDER BY position, rowid", (current.question_id,)))
            db.execute("DELETE FROM recommendation WHERE id=?", (recommendation_id,))
        self._ctx.notify("recommendation", "removed", recommendation_id)
        return RemovedRecommendation(current, revisions, order)

    def restore(self, removed: RemovedRecommendation) -> Recommendation:
        """Put a removed recommendation back with its id, history and links, at its place in the order.

        Its place: where it stood among the recommendations of its question when it was removed
        (those added since go after), in the same transaction as the row itself.
        """
        r = removed.recommendation
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            db.execute(
                "INSERT INTO recommendation (id, question_id, text, search_text, language, status, position, created,"
                " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (r.id, r.question_id, r.text, fold(r.text), r.language, r.status, r.position, r.created, r.updated),
            )
            for v in removed.revisions:
                db.execute(
                    "INSERT INTO recommendation_revision (id, recommendation_id, number, text, language, status,"
                    " created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (v.id, v.recommendation_id, v.number, v.text, v.language, v.status, v.created),
                )
            self._link(r.id, [c for c in r.source_ids
                              if db.execute("SELECT 1 FROM contribution WHERE id=?", (c,)).fetchone()],
                       self._ctx.now())
            reordered = self._put_in_order(db, r.question_id, removed.order)
        self._ctx.notify("recommendation", "added", r.id)
        others = [rid for rid in reordered if rid != r.id]
        if others:
            self._ctx.notify("recommendation", "changed", *others)
        return self.get(r.id)

    @staticmethod
    def _put_in_order(db, question_id: str | None, order: tuple[str, ...]) -> list[str]:  # noqa: ANN001
        """Number the recommendations of ``question_id`` as in ``order`` (others after, as they were)."""
        if not order:
            return []
        present = [row[0] for row in db.execute(
            "SELECT id FROM recommendation WHERE question_id IS ? ORDER BY position, rowid", (question_id,))]
        rank = {rid: i for i, rid in enumerate(order)}
        wanted = sorted(present, key=lambda rid: (rid not in rank, rank.get(rid, 0)))
        for i, rid in enumerate(wanted, start=1):
            db.execute("UPDATE recommendation SET position=? WHERE id=?", (i, rid))
        return wanted
