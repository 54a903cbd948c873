"""Outcome questions: ordered, each in up to three languages."""

from __future__ import annotations

from sahel_panel.domain import rules
from sahel_panel.domain.model import DomainError, Question
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.services import rows
from sahel_panel.services.base import Context, new_id


class QuestionService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def list(self) -> list[Question]:
        return [rows.question(r) for r in self._ctx.store.query("SELECT * FROM question ORDER BY position")]

    def get(self, question_id: str) -> Question:
        found = self._ctx.store.query("SELECT * FROM question WHERE id=?", (question_id,))
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This question no longer exists.")), "question")
        return rows.question(found[0])

    def add(self, text: dict[str, str], position: int | None = None, question_id: str | None = None) -> Question:
        """Append (or insert at ``position``, 1-based) a question."""
        text = rules.question_texts(text)
        store = self._ctx.store
        store.guard_writable()
        qid = question_id or new_id()
        with store.atomic() as db:
            count = db.execute("SELECT count(*) FROM question").fetchone()[0]
            pos = count + 1 if position is None else max(1, min(position, count + 1))
            db.execute("UPDATE question SET position = position + 1 WHERE position >= ?", (pos,))
            now = self._ctx.now()
            db.execute(
                "INSERT INTO question (id, position, text_en, text_fr, text_ar, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (qid, pos, text.get("en", ""), text.get("fr", ""), text.get("ar", ""), now, now),
            )
        self._ctx.notify("question", "added", qid)
        return self.get(qid)

    def edit(self, question_id: str, text: dict[str, str]) -> Question:
        """Replace the texts; languages not given are cleared."""
        text = rules.question_texts(text)
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            cur = db.execute(
                "UPDATE question SET text_en=?, text_fr=?, text_ar=?, updated=? WHERE id=?",
                (text.get("en", ""), text.get("fr", ""), text.get("ar", ""), self._ctx.now(), question_id),
            )
            if cur.rowcount != 1:
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This question no longer exists.")), "question")
        self._ctx.notify("question", "changed", question_id)
        return self.get(question_id)

    def move(self, question_id: str, position: int) -> None:
        """Move to ``position`` (1-based), shifting the others."""
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM question ORDER BY position")]
            if question_id not in ids:
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This question no longer exists.")), "question")
            ids.remove(question_id)
            ids.insert(max(0, min(position - 1, len(ids))), question_id)
            self._renumber(ids)
        self._ctx.notify("question", "changed", *ids)

    def _renumber(self, ids: list[str]) -> None:
        db = self._ctx.store.db
        # Two passes keep positions unique at every step, whatever constraints come later.
        for i, qid in enumerate(ids, start=1):
            db.execute("UPDATE question SET position=? WHERE id=?", (-i, qid))
        db.execute("UPDATE question SET position = -position WHERE position < 0")

    def remove(self, question_id: str) -> Question:
        """Remove a question nothing refers to yet (set-up mistakes), keeping the order dense."""
        question = self.get(question_id)
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            used = db.execute(
                "SELECT (SELECT count(*) FROM contribution WHERE question_id=:q)"
                " + (SELECT count(*) FROM recommendation WHERE question_id=:q)"
                " + (SELECT count(*) FROM turn WHERE question_id=:q)",
                {"q": question_id},
            ).fetchone()[0]
            if used:
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "This question already has contributions, recommendations or turns; "
                              "move them to another question first.")), "question")
            db.execute("DELETE FROM question WHERE id=?", (question_id,))
            self._renumber([r[0] for r in db.execute("SELECT id FROM question ORDER BY position")])
        self._ctx.notify("question", "removed", question_id)
        return question
