"""The preamble of the series report: the secretariat's own opening text, per language, in the workbook.

It is data of the workbook (not of the report file), so a report rebuilt
after new sessions arrive keeps it, and the Series window can edit it with
undo. Service calls (one transaction each)::

    book.preamble.get() -> dict[str, str]                 # languages that have a text
    book.preamble.set(language, text) -> str              # returns the old text; inverse: set(language, old)

An empty text removes that language's preamble; the report then prints
another language's, marked with its language. The table is created by
workbook migration 3 (:mod:`sahel_panel.series.schema`).
"""

from __future__ import annotations

from sahel_panel.domain import rules
from sahel_panel.domain.model import LANGUAGES, MAX_TEXT, DomainError
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message


class PreambleService:
    def __init__(self, book) -> None:  # noqa: ANN001 - Workbook
        self._book = book

    def get(self) -> dict[str, str]:
        rows = self._book.store.query("SELECT language, text FROM preamble")
        found = {r["language"]: r["text"] for r in rows if r["text"].strip()}
        return {lang: found[lang] for lang in (*LANGUAGES, *sorted(found)) if lang in found}

    def set(self, language: str, text: str) -> str:
        """Set (or with "" clear) the preamble in ``language``; returns the text it had."""
        rules.language(language)
        text = rules.storable(text or "")
        if len(text) > MAX_TEXT:
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "The preamble is longer than {limit} characters."), limit=f"{MAX_TEXT:,}"), "preamble")
        old = self.get().get(language, "")
        with self._book.store.atomic() as db:
            if text.strip():
                db.execute("INSERT INTO preamble (language, text, updated) VALUES (?, ?, ?)"
                           " ON CONFLICT(language) DO UPDATE SET text=excluded.text, updated=excluded.updated",
                           (language, text, self._book.now()))
            else:
                db.execute("DELETE FROM preamble WHERE language=?", (language,))
            db.execute("UPDATE workbook SET updated=?", (self._book.now(),))
        self._book.notify("preamble", "changed", language)
        return old
