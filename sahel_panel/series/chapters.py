"""The outline of the consolidated recommendations: ordered chapters, by default one per area.

A default chapter is created the first time a recommendation of an area is
merged; its id is derived from the area (the same on every laptop) and its
titles are given in English, French and Arabic. The secretariat can rename
(each language separately), add and reorder chapters.

Service calls (each one transaction, each with its inverse for undo)::

    book.chapters.list() -> list[Chapter]
    book.chapters.get(id) -> Chapter
    book.chapters.add(titles, position=None, chapter_id=None) -> Chapter      # inverse: remove(id)
    book.chapters.remove(id) -> Chapter (only an empty chapter)                # inverse: add(c.titles, c.position, c.id)
    book.chapters.rename(id, titles) -> dict (the old titles)                 # inverse: rename(id, old)
    book.chapters.move(id, position) -> int (the old position)                # inverse: move(id, old)
    book.chapters.for_area(area) -> Chapter (the area's default, created if missing)
"""

from __future__ import annotations

from sahel_panel.domain import rules
from sahel_panel.domain.model import LANGUAGES, DomainError
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.series.model import Chapter
from sahel_panel.services.base import new_id

AREA_TITLES: dict[str, dict[str, str]] = {
    "environment": {"en": "Environment and climate", "fr": "Environnement et climat", "ar": "البيئة والمناخ"},
    "community": {"en": "Local communities", "fr": "Communautés locales", "ar": "المجتمعات المحلية"},
    "security": {"en": "Security", "fr": "Sécurité", "ar": "الأمن"},
    "education": {"en": "Education", "fr": "Éducation", "ar": "التعليم"},
    "development": {"en": "Development", "fr": "Développement", "ar": "التنمية"},
    "other": {"en": "Other matters", "fr": "Autres questions", "ar": "مسائل أخرى"},
}


def _row(r: dict) -> Chapter:
    return Chapter(id=r["id"], position=r["position"], area=r["area"],
                   titles={lang: r[f"title_{lang}"] for lang in LANGUAGES if r[f"title_{lang}"]})


def clean_titles(titles: dict[str, str]) -> dict[str, str]:
    """Titles per language, at least one; unknown languages and over-long titles refused naming the field."""
    out: dict[str, str] = {}
    for lang, value in titles.items():
        rules.language(lang)
        value = (value or "").strip()
        if value:
            out[lang] = rules.short_text(value, "title")
    if not out:
        raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "A chapter needs a title in at least one language.")),
                          "title")
    return out


class ChapterService:
    def __init__(self, book) -> None:  # noqa: ANN001 - Workbook
        self._book = book

    def list(self) -> list[Chapter]:
        return [_row(r) for r in self._book.store.query("SELECT * FROM chapter ORDER BY position, rowid")]

    def get(self, chapter_id: str) -> Chapter:
        found = self._book.store.query("SELECT * FROM chapter WHERE id=?", (chapter_id,))
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This chapter no longer exists.")), "chapter")
        return _row(found[0])

    def _renumber(self, ids: list[str]) -> None:
        self._book.store.db.conn.executemany("UPDATE chapter SET position=? WHERE id=?",
                                              [(i, cid) for i, cid in enumerate(ids, start=1)])

    def _ids(self) -> list[str]:
        return [r[0] for r in self._book.store.db.execute("SELECT id FROM chapter ORDER BY position, rowid")]

    def add(self, titles: dict[str, str], position: int | None = None, chapter_id: str | None = None,
            area: str | None = None) -> Chapter:
        """A new chapter at ``position`` (1-based; default: last)."""
        clean = clean_titles(titles)
        cid = chapter_id or new_id()
        now = self._book.now()
        with self._book.store.atomic() as db:
            if db.execute("SELECT 1 FROM chapter WHERE id=?", (cid,)).fetchone():
                raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This chapter already exists.")), "chapter")
            ids = self._ids()
            db.execute("INSERT INTO chapter (id, position, area, title_en, title_fr, title_ar, created, updated)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (cid, len(ids) + 1, area, clean.get("en", ""), clean.get("fr", ""), clean.get("ar", ""),
                        now, now))
            at = len(ids) if position is None else max(0, min(len(ids), position - 1))
            ids.insert(at, cid)
            self._renumber(ids)
        self._book.notify("chapter", "added", cid)
        return self.get(cid)

    def for_area(self, area: str) -> Chapter:
        """The area's default chapter, created (last in the outline) if it does not exist yet."""
        from sahel_panel.series.adding import stable_uuid

        area = area if area in AREA_TITLES else "other"
        cid = stable_uuid("chapter", area)
        found = self._book.store.query("SELECT * FROM chapter WHERE id=?", (cid,))
        if found:
            return _row(found[0])
        return self.add(AREA_TITLES[area], chapter_id=cid, area=area)

    def rename(self, chapter_id: str, titles: dict[str, str]) -> dict[str, str]:
        """Change the given languages' titles ("" clears one); returns the old titles."""
        old = self.get(chapter_id)
        merged = {**old.titles, **titles}
        clean = clean_titles(merged)
        with self._book.store.atomic() as db:
            db.execute("UPDATE chapter SET title_en=?, title_fr=?, title_ar=?, updated=? WHERE id=?",
                       (clean.get("en", ""), clean.get("fr", ""), clean.get("ar", ""), self._book.now(), chapter_id))
        self._book.notify("chapter", "changed", chapter_id)
        return {lang: old.titles.get(lang, "") for lang in LANGUAGES}

    def move(self, chapter_id: str, position: int) -> int:
        """Move to ``position`` (1-based); returns the old position."""
        old = self.get(chapter_id).position
        with self._book.store.atomic():
            ids = [i for i in self._ids() if i != chapter_id]
            ids.insert(max(0, min(len(ids), position - 1)), chapter_id)
            self._renumber(ids)
        self._book.notify("chapter", "changed", chapter_id)
        return old

    def remove(self, chapter_id: str) -> Chapter:
        """Remove an empty chapter; returns it (``add(c.titles, c.position, c.id, c.area)`` puts it back)."""
        chapter = self.get(chapter_id)
        with self._book.store.atomic() as db:
            if db.execute("SELECT 1 FROM consolidated_recommendation WHERE chapter_id=?", (chapter_id,)).fetchone():
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "Only an empty chapter can be removed; move its recommendations first.")), "chapter")
            db.execute("DELETE FROM chapter WHERE id=?", (chapter_id,))
            self._renumber(self._ids())
        self._book.notify("chapter", "removed", chapter_id)
        return chapter
