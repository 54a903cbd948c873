"""Turns: who holds the floor, on which question, from when to when."""

from __future__ import annotations

from sahel_panel.domain.model import DomainError, Turn, parse_time
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.services import rows
from sahel_panel.services.base import Context, new_id


class TurnService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def list(self) -> list[Turn]:
        return [rows.turn(r) for r in self._ctx.store.query("SELECT * FROM turn ORDER BY started_at, rowid")]

    def first_started_at(self) -> str | None:
        """When the first turn began (the session's clock starts there), None before any; one aggregate."""
        return self._ctx.store.db.execute("SELECT min(started_at) FROM turn").fetchone()[0]

    def current(self) -> Turn | None:
        found = self._ctx.store.query("SELECT * FROM turn WHERE ended_at IS NULL")
        return rows.turn(found[0]) if found else None

    def start(self, speaker_id: str, question_id: str | None) -> Turn:
        """Give the floor to a speaker; the open turn, if any, ends at the same instant.

        Only one turn is open at a time (a unique index guards it too).
        """
        self._ctx.store.guard_writable()
        now = self._ctx.now()
        tid = new_id()
        with self._ctx.store.atomic() as db:
            if not db.execute("SELECT 1 FROM speaker WHERE id=?", (speaker_id,)).fetchone():
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This speaker no longer exists.")), "speaker")
            if question_id is not None and not db.execute(
                "SELECT 1 FROM question WHERE id=?", (question_id,)
            ).fetchone():
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This question no longer exists.")), "question")
            closed = [r[0] for r in db.execute("SELECT id FROM turn WHERE ended_at IS NULL")]
            db.execute("UPDATE turn SET ended_at=?, updated=? WHERE ended_at IS NULL", (now, now))
            db.execute(
                "INSERT INTO turn (id, speaker_id, question_id, started_at, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (tid, speaker_id, question_id, now, now, now),
            )
        if closed:
            self._ctx.notify("turn", "changed", *closed)
        self._ctx.notify("turn", "added", tid)
        return rows.turn(self._ctx.store.query("SELECT * FROM turn WHERE id=?", (tid,))[0])

    def stop(self) -> Turn | None:
        """End the open turn, if any, and return it."""
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            found = db.execute("SELECT id FROM turn WHERE ended_at IS NULL").fetchone()
            if not found:
                return None
            now = self._ctx.now()
            db.execute("UPDATE turn SET ended_at=?, updated=? WHERE id=?", (now, now, found[0]))
        self._ctx.notify("turn", "changed", found[0])
        return rows.turn(self._ctx.store.query("SELECT * FROM turn WHERE id=?", (found[0],))[0])

    def last_activity(self) -> str | None:
        """When something was last recorded during the open turn, or None when no turn is open.

        The latest of the turn's start, the last contribution written and the last draft saved
        (the window saves the text being typed every few seconds), never later than now. It is
        where a turn left open by a crash or a forgotten stop should end: the time after it was
        not spoken, or at least not recorded.
        """
        return self._last_activity(self._ctx.store.db)

    def _last_activity(self, db) -> str | None:  # noqa: ANN001 - a sqlite3 connection inside the caller's transaction
        found = db.execute("SELECT started_at FROM turn WHERE ended_at IS NULL").fetchone()
        if not found:
            return None
        started = found[0]
        moments = [started]
        for sql in ("SELECT max(created) FROM contribution", "SELECT max(updated) FROM draft"):
            value = db.execute(sql).fetchone()[0]
            if value:
                moments.append(value)
        now = self._ctx.now()
        latest = max(moments, key=parse_time)
        if parse_time(latest) > parse_time(now):
            latest = now
        return max(latest, started, key=parse_time)

    def stop_at_last_activity(self) -> Turn | None:
        """End the open turn at :meth:`last_activity` instead of now, in one transaction; None if none is open.

        Used when the window closes without an answer about the open turn and when a session
        opened after a crash still has one: the minutes the app was not running are not speaking time.
        """
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            found = db.execute("SELECT id FROM turn WHERE ended_at IS NULL").fetchone()
            if not found:
                return None
            end = self._last_activity(db)
            db.execute("UPDATE turn SET ended_at=?, updated=? WHERE id=?", (end, self._ctx.now(), found[0]))
        self._ctx.notify("turn", "changed", found[0])
        return rows.turn(self._ctx.store.query("SELECT * FROM turn WHERE id=?", (found[0],))[0])

    def restore_end(self, turn: Turn) -> None:
        """Redo of a stop: end ``turn`` again when it first ended (``turn.ended_at``), not now.

        A late redo must not credit the speaker with the minutes between the undo and the redo.
        """
        if turn.ended_at is None:
            raise ValueError("restore_end needs a turn that had ended")
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            cur = db.execute("UPDATE turn SET ended_at=?, updated=? WHERE id=? AND ended_at IS NULL",
                             (turn.ended_at, self._ctx.now(), turn.id))
            if cur.rowcount != 1:
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This turn no longer exists.")), "turn")
        self._ctx.notify("turn", "changed", turn.id)

    def reopen(self, turn_id: str) -> None:
        """Undo of a stop: clear the end time again (refused if another turn is open)."""
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            if db.execute("SELECT 1 FROM turn WHERE ended_at IS NULL AND id<>?", (turn_id,)).fetchone():
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "Another speaker holds the floor.")), "turn")
            db.execute("UPDATE turn SET ended_at=NULL, updated=? WHERE id=?", (self._ctx.now(), turn_id))
        self._ctx.notify("turn", "changed", turn_id)

    def remove(self, turn_id: str) -> Turn:
        found = self._ctx.store.query("SELECT * FROM turn WHERE id=?", (turn_id,))
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This turn no longer exists.")), "turn")
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            db.execute("DELETE FROM turn WHERE id=?", (turn_id,))
        self._ctx.notify("turn", "removed", turn_id)
        return rows.turn(found[0])

    def restore(self, turn: Turn) -> None:
        """Put back a removed turn with its id and times (undo)."""
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            self._insert(db, turn)
        self._ctx.notify("turn", "added", turn.id)

    def restore_start(self, turn: Turn, closing: str | None = None) -> None:
        """Redo of :meth:`start`: put ``turn`` back and end the turn ``closing`` when ``turn`` began.

        When it began, not now: a late redo must not credit the previous speaker with the
        time in between. One transaction: the floor is never held by two speakers, nor by none.
        """
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            if closing is not None:
                found = db.execute("SELECT started_at FROM turn WHERE id=?", (closing,)).fetchone()
                if not found:
                    raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This turn no longer exists.")), "turn")
                end = max(found[0], turn.started_at, key=parse_time)
                db.execute("UPDATE turn SET ended_at=?, updated=? WHERE id=?", (end, self._ctx.now(), closing))
            self._insert(db, turn)
        if closing is not None:
            self._ctx.notify("turn", "changed", closing)
        self._ctx.notify("turn", "added", turn.id)

    def remove_start(self, turn_id: str, reopen: str | None = None) -> Turn:
        """Undo of :meth:`start`: remove the turn and give the floor back to the turn ``reopen`` it ended.

        One transaction, so a refusal (the turn vanished) leaves the previous speaker's turn as it was.
        """
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            found = self._ctx.store.query("SELECT * FROM turn WHERE id=?", (turn_id,))
            if not found:
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This turn no longer exists.")), "turn")
            db.execute("DELETE FROM turn WHERE id=?", (turn_id,))
            if reopen is not None:
                if db.execute("SELECT 1 FROM turn WHERE ended_at IS NULL AND id<>?", (reopen,)).fetchone():
                    raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "Another speaker holds the floor.")), "turn")
                db.execute("UPDATE turn SET ended_at=NULL, updated=? WHERE id=?", (self._ctx.now(), reopen))
        self._ctx.notify("turn", "removed", turn_id)
        if reopen is not None:
            self._ctx.notify("turn", "changed", reopen)
        return rows.turn(found[0])

    def _insert(self, db, turn: Turn) -> None:  # noqa: ANN001 - a sqlite3 connection inside the caller's transaction
        if turn.ended_at is None and db.execute("SELECT 1 FROM turn WHERE ended_at IS NULL").fetchone():
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "Another speaker holds the floor.")), "turn")
        if not db.execute("SELECT 1 FROM speaker WHERE id=?", (turn.speaker_id,)).fetchone():
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This speaker no longer exists.")), "speaker")
        if turn.question_id is not None and not db.execute(
            "SELECT 1 FROM question WHERE id=?", (turn.question_id,)
        ).fetchone():
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This question no longer exists.")), "question")
        db.execute(
            "INSERT INTO turn (id, speaker_id, question_id, started_at, ended_at, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (turn.id, turn.speaker_id, turn.question_id, turn.started_at, turn.ended_at,
             turn.created or turn.started_at, self._ctx.now()),
        )
