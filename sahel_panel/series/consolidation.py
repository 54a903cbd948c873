"""Consolidated recommendations: merge, split, edit, move, unmerge — each one transaction with an inverse.

Designed for ``QUndoStack`` commands: every call below is one transaction
committed before it returns, and returns what its inverse call needs, so an
undo command's ``redo()``/``undo()`` are each exactly one call::

    c = book.consolidated.merge(rec_ids, texts={"en": ..., "fr": ...}, chapter_id=None, position=None)
        # inverse: removed = book.consolidated.unmerge(c.id); redo again: book.consolidated.restore(removed)
    new = book.consolidated.split(c.id, rec_ids, texts=None, move=False)
        # inverse: book.consolidated.unsplit(new.id, into=c.id if move else None)
    rev = book.consolidated.set_text(c.id, "fr", "...")   # inverse: book.consolidated.revert_text(c.id, "fr", rev.number)
    old = book.consolidated.move(c.id, chapter_id, position)   # inverse: book.consolidated.move(c.id, *old)
    added = book.consolidated.add_sources(c.id, rec_ids)       # inverse: book.consolidated.remove_sources(c.id, added)
    gone = book.consolidated.remove_sources(c.id, rec_ids)     # inverse: book.consolidated.restore_sources(c.id, gone)

Each source link records the revision of the source recommendation that was
merged and its text at that moment, so the trail shows what the secretariat
actually consolidated even after a newer snapshot changed the source. Texts
are kept per language, every edit a new revision (``revisions(id)``);
``number`` is the operative paragraph number across the whole outline.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sahel_panel.domain import rules
from sahel_panel.domain.model import LANGUAGES, DomainError
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.series.model import Consolidated, ConsolidatedSource, RemovedConsolidated, TextRevision
from sahel_panel.services.base import new_id


def _gone() -> DomainError:
    return DomainError(Message(QT_TRANSLATE_NOOP(
        "Errors", "This consolidated recommendation no longer exists.")), "consolidated")


def _clean_texts(texts: dict[str, str]) -> dict[str, str]:
    out = {}
    for lang, text in texts.items():
        rules.language(lang)
        if text is not None and text.strip():
            out[lang] = rules.text(text)
    return out


class ConsolidationService:
    def __init__(self, book) -> None:  # noqa: ANN001 - Workbook
        self._book = book

    @property
    def _store(self):  # noqa: ANN202
        return self._book.store

    # -- reading ---------------------------------------------------------
    def list(self, chapter_id: str | None = None) -> list[Consolidated]:
        """In outline order (chapters, then positions), numbered 1, 2, 3 ... across the outline."""
        return self._read(chapter_id=chapter_id)

    def get(self, consolidated_id: str) -> Consolidated:
        found = self._read(only=consolidated_id)
        if not found:
            raise _gone()
        return found[0]

    def _read(self, chapter_id: str | None = None, only: str | None = None) -> list[Consolidated]:
        """The numbering needs the whole outline's order, but texts and sources are read only for
        the recommendations asked for: ``get`` once per paragraph (support figures, the report)
        stays linear in the outline's size."""
        import json

        outline = "FROM consolidated_recommendation c JOIN chapter h ON h.id = c.chapter_id"
        order = " ORDER BY h.position, h.rowid, c.position, c.rowid"
        if only is None:
            rows = self._store.query(f"SELECT c.* {outline}{order}")
            wanted = [(number, r) for number, r in enumerate(rows, start=1)
                      if chapter_id is None or r["chapter_id"] == chapter_id]
        else:  # one recommendation: its number from the ids alone, then its own row
            ids = [row[0] for row in self._store.db.execute(f"SELECT c.id {outline}{order}")]
            if only not in ids:
                return []
            wanted = [(ids.index(only) + 1, self._store.query(f"SELECT c.* {outline} WHERE c.id=?", (only,))[0])]
        if not wanted:
            return []
        subset, args = "", ()
        if chapter_id is not None or only is not None:
            subset, args = " AND {col} IN (SELECT value FROM json_each(?))", (json.dumps([r["id"] for _, r in wanted]),)
        texts: dict[str, dict[str, str]] = {}
        for cid, lang, text in self._store.db.execute(
            "SELECT t.consolidated_id, t.language, t.text FROM consolidated_text t"
            " WHERE t.number = (SELECT max(number) FROM consolidated_text u"
            " WHERE u.consolidated_id = t.consolidated_id AND u.language = t.language)"
            + subset.format(col="t.consolidated_id"), args):
            if text:
                texts.setdefault(cid, {})[lang] = text
        sources: dict[str, list[ConsolidatedSource]] = {}
        for r in self._store.query(
            "SELECT s.* FROM consolidated_source s JOIN recommendation r ON r.id = s.recommendation_id"
            " JOIN session e ON e.id = r.session_id WHERE 1" + subset.format(col="s.consolidated_id")
            + " ORDER BY s.consolidated_id, e.date, e.title, r.position, r.rowid", args):
            sources.setdefault(r["consolidated_id"], []).append(_source(r))
        out = []
        for number, r in wanted:
            ordered = {lang: texts[r["id"]][lang] for lang in LANGUAGES if lang in texts.get(r["id"], {})}
            out.append(Consolidated(r["id"], r["chapter_id"], r["position"], number, ordered,
                                    tuple(sources.get(r["id"], ())), r["created"], r["updated"]))
        return out

    def revisions(self, consolidated_id: str, language: str | None = None) -> list[TextRevision]:
        """Every revision of the text, per language then number (one language if given)."""
        sql = "SELECT * FROM consolidated_text WHERE consolidated_id=?"
        args: list[str] = [consolidated_id]
        if language is not None:
            sql += " AND language=?"
            args.append(language)
        rows = self._store.query(sql + " ORDER BY language, number", args)
        order = {lang: i for i, lang in enumerate(LANGUAGES)}
        rows.sort(key=lambda r: (order.get(r["language"], 9), r["number"]))
        return [TextRevision(r["language"], r["number"], r["text"], r["created"]) for r in rows]

    # -- helpers ---------------------------------------------------------
    def _exists(self, consolidated_id: str) -> None:
        if not self._store.db.execute("SELECT 1 FROM consolidated_recommendation WHERE id=?",
                                      (consolidated_id,)).fetchone():
            raise _gone()

    def _recommendations(self, ids: list[str]) -> list[dict]:
        if not ids:
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "Choose at least one recommendation to merge.")), "recommendation")
        marks = ",".join("?" * len(ids))
        found = {r["id"]: r for r in self._store.query(
            f"SELECT r.id, r.text, r.language, r.latest_revision, s.area FROM recommendation r"
            f" JOIN session s ON s.id = r.session_id WHERE r.id IN ({marks})", ids)}
        missing = [i for i in ids if i not in found]
        if missing:
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "No recommendation with the id “{id}” is in the workbook."), id=missing[0]), "recommendation")
        return [found[i] for i in ids]

    def _chapter_ids(self, chapter_id: str) -> list[str]:
        return [r[0] for r in self._store.db.execute(
            "SELECT id FROM consolidated_recommendation WHERE chapter_id=? ORDER BY position, rowid", (chapter_id,))]

    def _place(self, consolidated_id: str, chapter_id: str, position: int | None) -> None:
        ids = [i for i in self._chapter_ids(chapter_id) if i != consolidated_id]
        at = len(ids) if position is None else max(0, min(len(ids), position - 1))
        ids.insert(at, consolidated_id)
        self._store.db.conn.executemany(
            "UPDATE consolidated_recommendation SET position=?, chapter_id=? WHERE id=?",
            [(i, chapter_id, cid) for i, cid in enumerate(ids, start=1)])

    def _renumber(self, chapter_id: str) -> None:
        self._store.db.conn.executemany("UPDATE consolidated_recommendation SET position=? WHERE id=?",
                                        [(i, cid) for i, cid in enumerate(self._chapter_ids(chapter_id), start=1)])

    def _link(self, consolidated_id: str, recs: list[dict], now: str) -> list[str]:
        added = []
        for r in recs:
            cur = self._store.db.execute(
                "INSERT OR IGNORE INTO consolidated_source (consolidated_id, recommendation_id, revision_number,"
                " merged_text, merged_language, linked_at) VALUES (?, ?, ?, ?, ?, ?)",
                (consolidated_id, r["id"], r["latest_revision"], r["text"], r["language"], now))
            if cur.rowcount:
                added.append(r["id"])
        return added

    def _write_texts(self, consolidated_id: str, texts: dict[str, str], now: str) -> None:
        for lang, text in texts.items():
            number = self._store.db.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM consolidated_text WHERE consolidated_id=? AND language=?",
                (consolidated_id, lang)).fetchone()[0]
            self._store.db.execute(
                "INSERT INTO consolidated_text (id, consolidated_id, language, number, text, created)"
                " VALUES (?, ?, ?, ?, ?, ?)", (new_id(), consolidated_id, lang, number, text, now))

    # -- changing --------------------------------------------------------
    def merge(self, recommendation_ids: Iterable[str], texts: dict[str, str] | None = None,
              chapter_id: str | None = None, position: int | None = None,
              consolidated_id: str | None = None) -> Consolidated:
        """A new consolidated recommendation supported by these source recommendations.

        ``texts`` (en/fr/ar; default: the first source's text in its language); the
        chapter defaults to the first source's area chapter, the position to its end.
        """
        ids = list(dict.fromkeys(recommendation_ids))
        recs = self._recommendations(ids)
        clean = _clean_texts(texts or {}) or {recs[0]["language"]: recs[0]["text"]}
        cid = consolidated_id or new_id()
        now = self._book.now()
        with self._store.atomic() as db:
            chapter = chapter_id or self._book.chapters.for_area(recs[0]["area"]).id
            self._book.chapters.get(chapter)
            db.execute("INSERT INTO consolidated_recommendation (id, chapter_id, position, created, updated)"
                       " VALUES (?, ?, 0, ?, ?)", (cid, chapter, now, now))
            self._place(cid, chapter, position)
            self._write_texts(cid, clean, now)
            self._link(cid, recs, now)
        self._book.notify("consolidated", "added", cid)
        return self.get(cid)

    def unmerge(self, consolidated_id: str) -> RemovedConsolidated:
        """Remove it (its sources stay untouched); returns what :meth:`restore` needs."""
        found = self._store.query("SELECT * FROM consolidated_recommendation WHERE id=?", (consolidated_id,))
        if not found:
            raise _gone()
        row = found[0]
        removed = RemovedConsolidated(
            row["id"], row["chapter_id"], row["position"], row["created"], row["updated"],
            tuple(self.revisions(consolidated_id)),
            tuple(_source(r) for r in self._store.query(
                "SELECT * FROM consolidated_source WHERE consolidated_id=? ORDER BY rowid", (consolidated_id,))))
        with self._store.atomic() as db:
            db.execute("DELETE FROM consolidated_recommendation WHERE id=?", (consolidated_id,))
            self._renumber(row["chapter_id"])
        self._book.notify("consolidated", "removed", consolidated_id)
        return removed

    def restore(self, removed: RemovedConsolidated) -> Consolidated:
        """Put back exactly what :meth:`unmerge` removed (same id, texts with every revision, source links)."""
        with self._store.atomic() as db:
            self._book.chapters.get(removed.chapter_id)
            db.execute("INSERT INTO consolidated_recommendation (id, chapter_id, position, created, updated)"
                       " VALUES (?, ?, 0, ?, ?)", (removed.id, removed.chapter_id, removed.created, removed.updated))
            self._place(removed.id, removed.chapter_id, removed.position)
            db.conn.executemany(
                "INSERT INTO consolidated_text (id, consolidated_id, language, number, text, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(new_id(), removed.id, t.language, t.number, t.text, t.created) for t in removed.revisions])
            self._restore_links(removed.id, removed.sources)
        self._book.notify("consolidated", "added", removed.id)
        return self.get(removed.id)

    def _restore_links(self, consolidated_id: str, sources: Iterable[ConsolidatedSource]) -> None:
        for s in sources:
            try:
                self._store.db.execute(
                    "INSERT INTO consolidated_source (consolidated_id, recommendation_id, revision_number,"
                    " merged_text, merged_language, linked_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (consolidated_id, s.recommendation_id, s.revision_number, s.merged_text, s.merged_language,
                     s.linked_at))
            except sqlite3.IntegrityError as exc:  # the source recommendation is gone
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "No recommendation with the id “{id}” is in the workbook."),
                    id=s.recommendation_id), "recommendation") from exc

    def split(self, consolidated_id: str, recommendation_ids: Iterable[str], texts: dict[str, str] | None = None,
              move: bool = False, new_consolidated_id: str | None = None) -> Consolidated:
        """A new consolidated recommendation, right after this one, from some of its sources.

        The chosen sources keep supporting the original too (a source may support
        several), unless ``move``; the original must keep at least one source.
        """
        self._exists(consolidated_id)
        ids = list(dict.fromkeys(recommendation_ids))
        links = {s.recommendation_id: s for s in self.get(consolidated_id).sources}
        foreign = [i for i in ids if i not in links]
        if not ids or foreign:
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "Only recommendations that support this consolidated recommendation can be split off.")),
                "recommendation")
        if move and len(ids) == len(links):
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "The original must keep at least one source recommendation.")), "recommendation")
        first = links[ids[0]]
        clean = _clean_texts(texts or {}) or {first.merged_language: first.merged_text}
        new = new_consolidated_id or new_id()
        now = self._book.now()
        original = self._store.query("SELECT chapter_id, position FROM consolidated_recommendation WHERE id=?",
                                     (consolidated_id,))[0]
        with self._store.atomic() as db:
            db.execute("INSERT INTO consolidated_recommendation (id, chapter_id, position, created, updated)"
                       " VALUES (?, ?, 0, ?, ?)", (new, original["chapter_id"], now, now))
            self._place(new, original["chapter_id"], original["position"] + 1)
            self._write_texts(new, clean, now)
            self._restore_links(new, [links[i] for i in ids])
            if move:
                db.execute("DELETE FROM consolidated_source WHERE consolidated_id=? AND recommendation_id IN"
                           " (SELECT value FROM json_each(?))", (consolidated_id, _json(ids)))
                db.execute("UPDATE consolidated_recommendation SET updated=? WHERE id=?", (now, consolidated_id))
        self._book.notify("consolidated", "added", new)
        return self.get(new)

    def unsplit(self, new_consolidated_id: str, into: str | None = None) -> None:
        """Inverse of :meth:`split`: remove the split-off one; with ``into``, give its sources back to that one."""
        new = self.get(new_consolidated_id)
        with self._store.atomic() as db:
            if into is not None:
                self._exists(into)
                have = {s.recommendation_id for s in self.get(into).sources}
                self._restore_links(into, [s for s in new.sources if s.recommendation_id not in have])
            db.execute("DELETE FROM consolidated_recommendation WHERE id=?", (new.id,))
            self._renumber(new.chapter_id)
        self._book.notify("consolidated", "removed", new.id)

    def set_text(self, consolidated_id: str, language: str, text: str) -> TextRevision:
        """A new revision of one language's text ("" clears that language; one language must keep text)."""
        language = rules.language(language)
        text = rules.text(text) if text.strip() else ""
        current = self.get(consolidated_id)
        if not text and not (set(current.texts) - {language}):
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "A consolidated recommendation needs its text in at least one language.")), "text")
        now = self._book.now()
        with self._store.atomic() as db:
            self._write_texts(consolidated_id, {language: text}, now)
            db.execute("UPDATE consolidated_recommendation SET updated=? WHERE id=?", (now, consolidated_id))
        self._book.notify("consolidated", "changed", consolidated_id)
        return self.revisions(consolidated_id, language)[-1]

    def revert_text(self, consolidated_id: str, language: str, number: int) -> None:
        """Inverse of :meth:`set_text`: drop revision ``number``, which must be that language's latest."""
        self._exists(consolidated_id)
        with self._store.atomic() as db:
            latest = db.execute("SELECT max(number) FROM consolidated_text WHERE consolidated_id=? AND language=?",
                                (consolidated_id, language)).fetchone()[0]
            if latest != number:
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "This text was edited again since; undo the later edit first.")), "text")
            db.execute("DELETE FROM consolidated_text WHERE consolidated_id=? AND language=? AND number=?",
                       (consolidated_id, language, number))
        self._book.notify("consolidated", "changed", consolidated_id)

    def move(self, consolidated_id: str, chapter_id: str, position: int | None = None) -> tuple[str, int]:
        """Move into ``chapter_id`` at ``position`` (1-based; default last); returns (old chapter, old position)."""
        found = self._store.query("SELECT chapter_id, position FROM consolidated_recommendation WHERE id=?",
                                  (consolidated_id,))
        if not found:
            raise _gone()
        old = (found[0]["chapter_id"], found[0]["position"])
        self._book.chapters.get(chapter_id)
        with self._store.atomic() as db:
            self._place(consolidated_id, chapter_id, position)
            if old[0] != chapter_id:
                self._renumber(old[0])
            db.execute("UPDATE consolidated_recommendation SET updated=? WHERE id=?",
                       (self._book.now(), consolidated_id))
        self._book.notify("consolidated", "changed", consolidated_id)
        return old

    def add_sources(self, consolidated_id: str, recommendation_ids: Iterable[str]) -> list[str]:
        """More source recommendations (their latest revision); returns the ids actually added."""
        self._exists(consolidated_id)
        recs = self._recommendations(list(dict.fromkeys(recommendation_ids)))
        with self._store.atomic():
            added = self._link(consolidated_id, recs, self._book.now())
        self._book.notify("consolidated", "changed", consolidated_id)
        return added

    def remove_sources(self, consolidated_id: str, recommendation_ids: Iterable[str]) -> list[ConsolidatedSource]:
        """Unlink sources (at least one must stay); returns the links, for :meth:`restore_sources`."""
        ids = set(recommendation_ids)
        sources = self.get(consolidated_id).sources
        gone = [s for s in sources if s.recommendation_id in ids]
        if len(gone) == len(sources):
            raise DomainError(Message(QT_TRANSLATE_NOOP(
                "Errors", "A consolidated recommendation keeps at least one source; unmerge it instead.")),
                "recommendation")
        with self._store.atomic() as db:
            db.execute("DELETE FROM consolidated_source WHERE consolidated_id=? AND recommendation_id IN"
                       " (SELECT value FROM json_each(?))", (consolidated_id, _json([s.recommendation_id for s in gone])))
        self._book.notify("consolidated", "changed", consolidated_id)
        return gone

    def restore_sources(self, consolidated_id: str, sources: Iterable[ConsolidatedSource]) -> None:
        self._exists(consolidated_id)
        with self._store.atomic():
            self._restore_links(consolidated_id, sources)
        self._book.notify("consolidated", "changed", consolidated_id)


def _source(r: dict) -> ConsolidatedSource:
    return ConsolidatedSource(r["recommendation_id"], r["revision_number"], r["merged_text"],
                              r["merged_language"], r["linked_at"])


def _json(values: list[str]) -> str:
    import json

    return json.dumps(values)
