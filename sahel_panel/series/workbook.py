"""One open series workbook: the single entry point of the series services.

    book = Workbook.create("call-of-the-sahel.sahelbook", title="The Call of the Sahel")
    report = book.add_files(["manama.sahel", "niamey-snapshot.sahel"])   # AddReport, one outcome per file
    book.info(), book.sessions(), book.source_files(), book.counts()
    book.recommendations   # all recommendations of the series: list / grouped / get / revisions / changes
    book.chapters          # the outline
    book.consolidated      # merge / split / set_text / move / unmerge / restore ... (undoable)
    book.people            # the same person at several panels; merge / separate by hand
    book.preamble          # the series report's preamble per language: get / set
    book.trail(id), book.support(id), book.statistics()
    book.subscribe(listener)   # Change(entity, op, ids) after every committed change

Every changing call is one transaction, committed before it returns (a crash
loses nothing that was done); a second writer is refused by the sessions' OS
lock. ``Workbook.open(path, read_only=True)`` reads a workbook while another
process writes it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from sahel_panel.domain import rules
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, message_of
from sahel_panel.series import trail as _trail
from sahel_panel.series.adding import store_incoming
from sahel_panel.series.chapters import ChapterService
from sahel_panel.series.consolidation import ConsolidationService
from sahel_panel.series.inspect import Incoming, Refused, inspect
from sahel_panel.series.model import (
    AddOutcome,
    AddReport,
    SeriesSession,
    SeriesStatistics,
    SourceFile,
    Support,
    Trail,
    WorkbookInfo,
)
from sahel_panel.series.people import PeopleService
from sahel_panel.series.preamble import PreambleService
from sahel_panel.series.recommendations import SeriesRecommendationService
from sahel_panel.series.store import WorkbookStore
from sahel_panel.services.base import Change, new_id, stamp

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _translations(raw: str) -> dict[str, dict[str, str]]:
    from sahel_panel.services.rows import _translations as parse

    return parse(raw)


def _source_file(r: dict) -> SourceFile:
    return SourceFile(r["id"], r["file_name"], r["file_sha256"], r["kind"], r["session_id"], r["session_title"],
                      r["schema_version"], r["snapshot_taken"], r["content_as_of"], r["added_at"], r["replaced_by"])


class Workbook:
    def __init__(self, store: WorkbookStore, clock: Clock = _utc_now) -> None:
        self.store = store
        self.clock = clock
        self._listeners: list[Callable[[Change], None]] = []
        self.recommendations = SeriesRecommendationService(self)
        self.chapters = ChapterService(self)
        self.consolidated = ConsolidationService(self)
        self.people = PeopleService(self)
        self.preamble = PreambleService(self)

    # -- lifecycle -------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], title: str = "", clock: Clock = _utc_now) -> Workbook:
        """A new workbook file (the title defaults to the file name); refuses to overwrite anything."""
        path = Path(path)
        title = rules.name(title or path.stem, "title")
        store = WorkbookStore.create(path)
        try:
            book = cls(store, clock)
            now = book.now()
            with store.atomic() as db:
                db.execute("INSERT INTO workbook (id, title, created, updated) VALUES (?, ?, ?, ?)",
                           (new_id(), title, now, now))
            return book
        except BaseException:
            store.close()
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False, clock: Clock = _utc_now) -> Workbook:
        return cls(WorkbookStore.open(path, read_only=read_only), clock)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def now(self) -> str:
        return stamp(self.clock())

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, entity: str, op: str, *ids: str) -> None:
        change = Change(entity, op, tuple(ids))
        for listener in list(self._listeners):
            listener(change)

    # -- reading ---------------------------------------------------------
    def info(self) -> WorkbookInfo:
        r = self.store.query("SELECT * FROM workbook LIMIT 1")[0]
        return WorkbookInfo(r["id"], r["title"], r["created"], r["updated"])

    def set_title(self, title: str) -> str:
        """Rename the series; returns the old title (the inverse is ``set_title(old)``)."""
        title = rules.name(title, "title")
        old = self.info()
        with self.store.atomic() as db:
            db.execute("UPDATE workbook SET title=?, updated=? WHERE id=?", (title, self.now(), old.id))
        self.notify("workbook", "changed", old.id)
        return old.title

    def source_files(self) -> list[SourceFile]:
        """Every file ever added, in the order they were added (replaced ones included)."""
        return [_source_file(r) for r in self.store.query("SELECT * FROM source_file ORDER BY added_at, rowid")]

    def sessions(self) -> list[SeriesSession]:
        """The panels, in series order: by area (as listed in the domain), date, title."""
        from sahel_panel.domain.model import AREAS

        files = {f.id: f for f in self.source_files()}
        rows = self.store.query("SELECT * FROM session")
        order = {a: i for i, a in enumerate(AREAS)}
        rows.sort(key=lambda r: (order.get(r["area"], 99), r["date"], r["title"], r["id"]))
        return [SeriesSession(r["id"], r["title"], r["series"], r["area"], r["event"], r["venue"], r["room"],
                              r["date"], r["start_time"], r["end_time"],
                              tuple(x for x in r["languages"].split(",") if x), files[r["source_file_id"]],
                              r["first_added"], r["time_zone"], r["summary"], _translations(r["translations"]))
                for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows per kind; ``recommendations`` counts those in the latest files, ``vanished`` the others."""
        db = self.store.db

        def n(sql: str) -> int:
            return db.execute(sql).fetchone()[0]

        return {
            "sessions": n("SELECT count(*) FROM session"),
            "files": n("SELECT count(*) FROM source_file"),
            "speakers": n("SELECT count(*) FROM speaker WHERE in_latest_file=1"),
            "people": n("SELECT count(*) FROM person"),
            "turns": n("SELECT count(*) FROM turn"),
            "contributions": n("SELECT count(*) FROM contribution WHERE in_latest_file=1"),
            "recommendations": n("SELECT count(*) FROM recommendation WHERE in_latest_file=1"),
            "vanished": n("SELECT count(*) FROM recommendation WHERE in_latest_file=0"),
            "chapters": n("SELECT count(*) FROM chapter"),
            "consolidated": n("SELECT count(*) FROM consolidated_recommendation"),
            "unconsolidated": n("SELECT count(*) FROM recommendation WHERE in_latest_file=1 AND id NOT IN"
                                " (SELECT recommendation_id FROM consolidated_source)"),
        }

    def trail(self, consolidated_id: str) -> Trail:
        return _trail.trail(self, consolidated_id)

    def support(self, consolidated_id: str) -> Support:
        return _trail.support(self, consolidated_id)

    def statistics(self) -> SeriesStatistics:
        return _trail.statistics(self)

    # -- adding files ----------------------------------------------------
    def add_files(self, paths: Iterable[str | os.PathLike[str]],
                  progress: Callable[[float], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> AddReport:
        """Check and add each file, all or nothing per file; the others still go in when one is refused.

        Files are checked first, then written in the order of their content's date,
        so a batch holding two snapshots of one session keeps the newer. ``cancelled()``
        is polled between files: the files already written stay (each was committed), the
        rest are reported as not added. Outcomes come back in the order of ``paths``.
        """
        self.store.guard_writable()
        paths = [Path(p) for p in paths]
        half = (lambda f: progress(f / 2)) if progress is not None else None
        checked = self.check_files(paths, half, cancelled)
        rest = (lambda f: progress(0.5 + f / 2)) if progress is not None else None
        return self.store_checked(checked, rest, cancelled)

    def check_files(self, paths: Iterable[str | os.PathLike[str]],
                    progress: Callable[[float], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> list[Incoming | AddOutcome]:
        """The first half of :meth:`add_files`: read and verify each file, touching no row of the workbook.

        It is the slow half (integrity checks, digests, migrations in memory) and uses no
        connection of the workbook, so the Series window runs it in a worker thread and
        then writes with :meth:`store_checked` on its own thread.
        """
        paths = [Path(p) for p in paths]
        checked: list[Incoming | AddOutcome] = []
        own = self.path.resolve()
        for i, path in enumerate(paths):
            if cancelled is not None and cancelled():
                checked.append(_cancelled(path))
                continue
            try:
                if path.exists() and path.resolve() == own:
                    raise Refused(Message(QT_TRANSLATE_NOOP(
                        "Errors", "“{file}” is this workbook itself; it was not added."), file=path.name))
                checked.append(inspect(path, now=self.clock()))
            except Refused as exc:
                checked.append(AddOutcome(str(path), "refused", message_of(exc)))
            if progress is not None:
                progress((i + 1) / max(1, len(paths)))
        return checked

    def store_checked(self, checked: list[Incoming | AddOutcome],
                      progress: Callable[[float], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> AddReport:
        """The second half of :meth:`add_files`: write the checked files, one transaction each, oldest content first."""
        self.store.guard_writable()
        outcomes: dict[int, AddOutcome] = {i: c for i, c in enumerate(checked) if isinstance(c, AddOutcome)}
        pending = sorted((i for i, c in enumerate(checked) if isinstance(c, Incoming)),
                         key=lambda i: checked[i].as_of)  # type: ignore[union-attr]
        for done, i in enumerate(pending, start=1):
            incoming = checked[i]
            assert isinstance(incoming, Incoming)
            if cancelled is not None and cancelled():
                outcomes[i] = _cancelled(incoming.path)
                continue
            try:
                with self.store.atomic() as db:
                    outcomes[i] = store_incoming(db, incoming, self.now())
            except Refused as exc:
                outcomes[i] = AddOutcome(str(incoming.path), "refused", message_of(exc),
                                         incoming.content.info.id, incoming.content.info.title)
            if progress is not None:
                progress(done / len(pending))
            if outcomes[i].status in ("added", "replaced"):
                self.notify("session", "changed", incoming.content.info.id)
        if progress is not None:
            progress(1.0)
        return AddReport(tuple(outcomes[i] for i in range(len(checked))))


def _cancelled(path: Path) -> AddOutcome:
    return AddOutcome(str(path), "refused", Message(QT_TRANSLATE_NOOP(
        "Errors", "“{file}” was not added: the operation was cancelled."), file=path.name))
