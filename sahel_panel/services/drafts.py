"""Unrecorded text of the window's editors, kept in the file for crash recovery."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sahel_panel.domain import rules
from sahel_panel.services.base import Context


@dataclass(frozen=True)
class Draft:
    editor: str
    text: str
    context: dict = field(default_factory=dict)
    updated: str = ""


class DraftService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def save(self, editor: str, text: str, context: dict | None = None) -> None:
        """Upsert; an empty text clears the draft (there is nothing to recover)."""
        if self._ctx.store.read_only:
            return
        if not text.strip():
            self.clear(editor)
            return
        text = rules.storable(text)
        with self._ctx.store.atomic() as db:
            db.execute(
                "INSERT INTO draft (editor, text, context, updated) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(editor) DO UPDATE SET text=excluded.text, context=excluded.context, "
                "updated=excluded.updated",
                (editor, text, json.dumps(context or {}, ensure_ascii=False), self._ctx.now()),
            )

    def clear(self, editor: str) -> None:
        if self._ctx.store.read_only:
            return
        with self._ctx.store.atomic() as db:
            db.execute("DELETE FROM draft WHERE editor=?", (editor,))

    def list(self) -> list[Draft]:
        return [
            Draft(r["editor"], r["text"], json.loads(r["context"] or "{}"), r["updated"])
            for r in self._ctx.store.query("SELECT * FROM draft ORDER BY updated")
        ]
