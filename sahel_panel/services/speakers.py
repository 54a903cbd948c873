"""The speakers' registry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sahel_panel.domain import rules
from sahel_panel.domain.model import DomainError, Speaker
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.services import rows
from sahel_panel.services.base import Context, new_id

_FIELDS = ("name", "title", "organisation", "country", "category", "gender", "age_group", "role")


def validated(speaker: Speaker) -> Speaker:
    """The speaker with cleaned fields, or :class:`DomainError` naming the bad field."""
    return replace(
        speaker,
        name=rules.name(speaker.name),
        title=rules.short_text(speaker.title, "title"),
        organisation=rules.short_text(speaker.organisation, "organisation"),
        country=rules.short_text(speaker.country, "country"),
        category=rules.category(speaker.category),
        gender=rules.gender(speaker.gender),
        age_group=rules.age_group(speaker.age_group),
        role=rules.role(speaker.role),
    )


class SpeakerService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def list(self) -> list[Speaker]:
        return [rows.speaker(r) for r in self._ctx.store.query("SELECT * FROM speaker ORDER BY name COLLATE NOCASE")]

    def categories(self) -> set[str]:
        """The categories of the registered speakers (one query, whatever the registry's size)."""
        return {r[0] for r in self._ctx.store.db.execute("SELECT DISTINCT category FROM speaker")}

    def get(self, speaker_id: str) -> Speaker:
        found = self._ctx.store.query("SELECT * FROM speaker WHERE id=?", (speaker_id,))
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This speaker no longer exists.")), "speaker")
        return rows.speaker(found[0])

    def add(
        self,
        name: str,
        title: str = "",
        organisation: str = "",
        country: str = "",
        category: str = "other",
        gender: str = "not_stated",
        age_group: str = "not_stated",
        speaker_id: str | None = None,
        role: str = "",
    ) -> Speaker:
        speaker = Speaker(id=speaker_id or new_id(), name=name, title=title, organisation=organisation,
                          country=country, category=category, gender=gender, age_group=age_group, role=role)
        return self.add_many([speaker])[0]

    def add_many(self, speakers: Iterable[Speaker]) -> list[Speaker]:
        """Add all or none: one invalid speaker rejects the whole list."""
        clean = [validated(s) for s in speakers]
        self._ctx.store.guard_writable()
        now = self._ctx.now()
        with self._ctx.store.atomic() as db:
            for s in clean:
                db.execute(
                    "INSERT INTO speaker (id, name, title, organisation, country, category, gender, age_group, role,"
                    " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (s.id, s.name, s.title, s.organisation, s.country, s.category, s.gender, s.age_group, s.role,
                     now, now),
                )
        self._ctx.notify("speaker", "added", *(s.id for s in clean))
        return [replace(s, created=now, updated=now) for s in clean]

    def edit(self, speaker_id: str, **fields: object) -> Speaker:
        unknown = set(fields) - set(_FIELDS)
        if unknown:
            first = sorted(unknown)[0]
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "unknown speaker field {name}."),
                                      name=repr(first)), first)
        current = self.get(speaker_id)
        updated = validated(replace(current, **fields))
        self._ctx.store.guard_writable()
        with self._ctx.store.atomic() as db:
            db.execute(
                "UPDATE speaker SET name=?, title=?, organisation=?, country=?, category=?, gender=?, age_group=?,"
                " role=?, updated=? WHERE id=?",
                (updated.name, updated.title, updated.organisation, updated.country, updated.category,
                 updated.gender, updated.age_group, updated.role, self._ctx.now(), speaker_id),
            )
        self._ctx.notify("speaker", "changed", speaker_id)
        return self.get(speaker_id)

    def usage(self, speaker_id: str) -> int:
        """How many turns and contributions refer to the speaker."""
        return self._usage(self._ctx.store.db, speaker_id)

    @staticmethod
    def _usage(db, speaker_id: str) -> int:  # noqa: ANN001 - a sqlite3 connection, inside a transaction or not
        return db.execute(
            "SELECT (SELECT count(*) FROM turn WHERE speaker_id=:s) + "
            "(SELECT count(*) FROM contribution WHERE speaker_id=:s)", {"s": speaker_id}
        ).fetchone()[0]

    def remove(self, speaker_id: str) -> Speaker:
        """Remove a speaker who has not spoken; one who has is kept, so nothing recorded loses its author."""
        return self._remove_unspoken([speaker_id], QT_TRANSLATE_NOOP(
            "Errors", "{name} already has turns or contributions; re-attribute them before removing."))[0]

    def unimport(self, speaker_ids: Iterable[str]) -> list[Speaker]:
        """Undo of importing a list (:meth:`add_many`): remove all of them, or none if any has spoken."""
        return self._remove_unspoken(list(speaker_ids), QT_TRANSLATE_NOOP(
            "Errors", "{name} has already spoken; the import can no longer be undone."))

    def _remove_unspoken(self, speaker_ids: list[str], spoken: str) -> list[Speaker]:
        """The one place of the rule: a speaker with turns or contributions is never removed.

        All or none, in one transaction; ``spoken`` (a template with ``{name}``) is the refusal.
        """
        self._ctx.store.guard_writable()
        removed: list[Speaker] = []
        with self._ctx.store.atomic() as db:
            for speaker_id in speaker_ids:
                speaker = self.get(speaker_id)
                if self._usage(db, speaker_id):
                    raise DomainError(Message(spoken, name=speaker.name), "speaker")
                db.execute("DELETE FROM speaker WHERE id=?", (speaker_id,))
                removed.append(speaker)
        if removed:
            self._ctx.notify("speaker", "removed", *(s.id for s in removed))
        return removed

    def restore(self, speaker: Speaker) -> Speaker:
        """Put back a removed speaker with the same id (undo)."""
        return self.add_many([speaker])[0]
