"""People of the series: the same person at two panels counted once.

Each speaker row of each session belongs to one ``person``. When a file is
added, speakers whose name and organisation match after folding (case, Latin
accents, Arabic hamza/harakat/tatweel as in search, punctuation and spacing)
share a person, whose id is derived from that folded key, so a workbook
rebuilt elsewhere from the same files gives the same ids. The secretariat can
merge people or separate a speaker by hand; those decisions
(``person_set_by = 'hand'``) survive newer snapshots of the sessions.

Service calls (each one transaction, each with its inverse for undo)::

    book.people.list() -> list[Person]
    book.people.merge(person_ids) -> (Person, list[PersonAssignment])   # inverse: restore(assignments)
    book.people.separate(speaker_id) -> (Person, list[PersonAssignment]) # inverse: restore(assignments)
    book.people.restore(assignments)
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable

from sahel_panel.domain.model import DomainError
from sahel_panel.domain.search_text import fold
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.series.model import Person, PersonAssignment

_NAMESPACE = uuid.UUID("8a3e2b10-2f4c-4b9e-a1d7-53484c50504c")
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def fold_name(text: str) -> str:
    """``text`` folded for matching people: search folding, no accents, no case, no punctuation."""
    text = fold(text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def person_key(name: str, organisation: str) -> str:
    return f"{fold_name(name)}|{fold_name(organisation)}"


def person_id_for_key(key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "person\x1f" + key))


def _separate_id(speaker_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "speaker\x1f" + speaker_id))


class PeopleService:
    def __init__(self, book) -> None:  # noqa: ANN001 - Workbook
        self._book = book

    def list(self) -> list[Person]:
        """Every person, by name, with their speaker rows and sessions."""
        store = self._book.store
        people: dict[str, dict] = {r["id"]: {**r, "speakers": [], "sessions": [], "set_by": "folding"}
                                   for r in store.query("SELECT * FROM person")}
        for r in store.query("SELECT id, person_id, session_id, person_set_by FROM speaker ORDER BY session_id, id"):
            p = people.get(r["person_id"])
            if p is None:
                continue
            p["speakers"].append(r["id"])
            if r["session_id"] not in p["sessions"]:
                p["sessions"].append(r["session_id"])
            if r["person_set_by"] == "hand":
                p["set_by"] = "hand"
        out = [Person(p["id"], p["name"], p["organisation"], tuple(p["speakers"]), tuple(p["sessions"]),
                      p["set_by"]) for p in people.values() if p["speakers"]]
        return sorted(out, key=lambda p: (fold_name(p.name), p.organisation, p.id))

    def get(self, person_id: str) -> Person:
        for p in self.list():
            if p.id == person_id:
                return p
        raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "This person is no longer in the workbook.")),
                          "person")

    def _assignments(self, speaker_ids: Iterable[str]) -> list[PersonAssignment]:
        ids = list(speaker_ids)
        marks = ",".join("?" * len(ids))
        return [PersonAssignment(r[0], r[1], r[2]) for r in self._book.store.db.execute(
            f"SELECT id, person_id, person_set_by FROM speaker WHERE id IN ({marks}) ORDER BY id", ids)]

    def merge(self, person_ids: list[str]) -> tuple[Person, list[PersonAssignment]]:
        """Make these people one (the first keeps its id); returns it and the assignments to restore."""
        ids = list(dict.fromkeys(person_ids))
        if len(ids) < 2:
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "Choose at least two people to merge.")), "person")
        store = self._book.store
        with store.atomic() as db:
            marks = ",".join("?" * len(ids))
            found = {r[0] for r in db.execute(f"SELECT id FROM person WHERE id IN ({marks})", ids)}
            if len(found) != len(ids):
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "This person is no longer in the workbook.")), "person")
            speakers = [r[0] for r in db.execute(f"SELECT id FROM speaker WHERE person_id IN ({marks})", ids)]
            before = self._assignments(speakers)
            db.execute(f"UPDATE speaker SET person_id=?, person_set_by='hand' WHERE person_id IN ({marks})",
                       [ids[0], *ids])
            self._drop_orphans()
        self._book.notify("person", "changed", *ids)
        return self.get(ids[0]), before

    def separate(self, speaker_id: str) -> tuple[Person, list[PersonAssignment]]:
        """Make this speaker row a person of its own (by hand); returns it and the assignment to restore."""
        store = self._book.store
        with store.atomic() as db:
            row = db.execute("SELECT name, organisation FROM speaker WHERE id=?", (speaker_id,)).fetchone()
            if row is None:
                raise DomainError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "This speaker is no longer in the workbook.")), "speaker")
            before = self._assignments([speaker_id])
            pid = _separate_id(speaker_id)
            db.execute("INSERT OR IGNORE INTO person (id, name, organisation, match_key) VALUES (?, ?, ?, ?)",
                       (pid, row[0], row[1], person_key(row[0], row[1])))
            db.execute("UPDATE speaker SET person_id=?, person_set_by='hand' WHERE id=?", (pid, speaker_id))
            self._drop_orphans()
        self._book.notify("person", "changed", pid)
        return self.get(pid), before

    def restore(self, assignments: list[PersonAssignment]) -> None:
        """Put speakers back with the people they had (the inverse of :meth:`merge` and :meth:`separate`)."""
        store = self._book.store
        with store.atomic() as db:
            for a in assignments:
                row = db.execute("SELECT name, organisation FROM speaker WHERE id=?", (a.speaker_id,)).fetchone()
                if row is None:
                    continue  # a newer snapshot removed the speaker meanwhile
                db.execute("INSERT OR IGNORE INTO person (id, name, organisation, match_key) VALUES (?, ?, ?, ?)",
                           (a.person_id, row[0], row[1], person_key(row[0], row[1])))
                db.execute("UPDATE speaker SET person_id=?, person_set_by=? WHERE id=?",
                           (a.person_id, a.set_by, a.speaker_id))
            self._drop_orphans()
        self._book.notify("person", "changed", *(a.person_id for a in assignments))

    def _drop_orphans(self) -> None:
        self._book.store.db.execute("DELETE FROM person WHERE id NOT IN (SELECT person_id FROM speaker)")
