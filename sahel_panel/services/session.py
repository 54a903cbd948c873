"""One open session: the single entry point through which anything changes.

The window, the command line, the importers and the tests all call these
methods; each call is one transaction, committed before it returns.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path

from sahel_panel.domain import rules, stats
from sahel_panel.domain.language import Detection
from sahel_panel.domain.model import DomainError, SessionInfo, Speaker
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.services import figures, rows
from sahel_panel.services.base import Change, Clock, Context, new_id, utc_now
from sahel_panel.services.contributions import ContributionService
from sahel_panel.services.drafts import DraftService
from sahel_panel.services.floor import TurnService
from sahel_panel.services.questions import QuestionService
from sahel_panel.services.reading import Counts, SessionContent
from sahel_panel.services.reading import read as read_content
from sahel_panel.services.recommendations import RecommendationService
from sahel_panel.services.search import SearchService
from sahel_panel.services.speakers import SpeakerService, validated
from sahel_panel.store import Store, StoreError, WriteFailed

_INFO_FIELDS = ("title", "series", "area", "event", "venue", "room", "date", "start", "end", "languages",
                "time_zone", "summary", "translations")


@dataclass
class NewSession:
    """Everything a new session starts with (what a template describes)."""

    title: str
    series: str = ""
    area: str = "other"
    event: str = ""
    venue: str = ""
    room: str = ""
    date: str = ""
    start: str = ""
    end: str = ""
    languages: tuple[str, ...] = ("en", "fr", "ar")
    time_zone: str = ""  # IANA name of the venue's zone; empty: this computer's zone at creation
    summary: str = ""
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> field -> text
    questions: list[dict[str, str]] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)


def validate_info(info: dict) -> dict:
    """Clean session metadata or raise :class:`DomainError` naming the field."""
    out = dict(info)
    out["title"] = rules.name(out.get("title", ""), "title")
    for key in ("series", "event", "venue", "room"):
        out[key] = rules.short_text(out.get(key, ""), key)
    out["area"] = rules.area(out.get("area", "other"))
    out["date"] = rules.date(out.get("date", ""))
    rules.schedule(out.get("start", ""), out.get("end", ""))
    out["languages"] = rules.languages(tuple(out.get("languages", ("en", "fr", "ar"))))
    out["time_zone"] = rules.time_zone(out.get("time_zone", ""))
    out["summary"] = rules.summary(out.get("summary", ""))
    out["translations"] = rules.translations(out.get("translations") or {})
    return out


def _json(value: dict) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class SessionService:
    """An open session file and the services that change it."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self._ctx = Context(store, clock)
        self.questions = QuestionService(self._ctx)
        self.speakers = SpeakerService(self._ctx)
        self.turns = TurnService(self._ctx)
        self.contributions = ContributionService(self._ctx)
        self.recommendations = RecommendationService(self._ctx)
        self.drafts = DraftService(self._ctx)
        self.search = SearchService(self._ctx)

    # -- lifecycle -------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], spec: NewSession, clock: Clock = utc_now) -> SessionService:
        """Create a session file with its metadata, questions and speakers, all or nothing.

        On any error the half-made file is removed, so no broken session is left behind.
        """
        info = validate_info({f.name: getattr(spec, f.name) for f in fields(spec)
                              if f.name not in ("questions", "speakers")})
        if not info["time_zone"]:
            from sahel_panel.domain.clock import local_zone_name

            info["time_zone"] = local_zone_name()  # the laptop is usually at the venue when a session is made
        questions = [rules.question_texts(q) for q in spec.questions]
        speakers = [validated(replace(s, id=s.id or new_id())) for s in spec.speakers]
        path = Path(path)
        store = Store.create(path)
        try:
            service = cls(store, clock)
            now = service._ctx.now()
            with store.atomic() as db:
                db.execute(
                    "INSERT INTO session (id, title, series, area, event, venue, room, date, start_time, end_time,"
                    " languages, time_zone, summary, translations, created, updated)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (new_id(), info["title"], info["series"], info["area"], info["event"], info["venue"],
                     info["room"], info["date"], info["start"], info["end"], ",".join(info["languages"]),
                     info["time_zone"], info["summary"], _json(info["translations"]), now, now),
                )
                for q in questions:
                    service.questions.add(q)
                if speakers:
                    service.speakers.add_many(speakers)
            return service
        except BaseException as exc:
            store.close()
            for suffix in ("", "-wal", "-shm", ".lock"):
                try:
                    os.unlink(f"{path}{suffix}")
                except OSError:
                    pass
            if isinstance(exc, WriteFailed):  # a full disk: the half-made file is gone, say so
                raise StoreError(Message(QT_TRANSLATE_NOOP(
                    "Errors", "“{file}” could not be created ({reason}); nothing was left behind."),
                    file=str(path), reason=exc.params.get("reason", str(exc)))) from None
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False, clock: Clock = utc_now,
             check_later: bool = False) -> SessionService:
        """``check_later``: leave the whole-file checks to :meth:`check` (see :meth:`Store.open`)."""
        store = Store.open(path, read_only=read_only, check_later=check_later)
        service = cls(store, clock)
        try:
            service.info()
        except DomainError:
            store.close()
            raise
        return service

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> SessionService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def checks_pending(self) -> bool:
        return self.store.checks_pending

    def check(self) -> None:
        """Run the whole-file checks ``open(check_later=True)`` left; safe from a worker thread.

        Raises the store's sentence (damaged file, or content Sahel Panel cannot use) on refusal.
        """
        self.store.check()

    def stop_check(self) -> None:
        """Interrupt a running :meth:`check` from another thread; it raises ``CheckStopped``."""
        self.store.stop_check()

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._ctx.subscribe(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        self._ctx.unsubscribe(listener)

    def now(self) -> datetime:
        return self._ctx.clock()

    # -- metadata --------------------------------------------------------
    def info(self) -> SessionInfo:
        found = self.store.query("SELECT * FROM session LIMIT 1")
        if not found:
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "“{file}” holds no session."),
                                      file=self.path.name), "session")
        return rows.session_info(found[0])

    def update_info(self, **changes: object) -> SessionInfo:
        unknown = set(changes) - set(_INFO_FIELDS)
        if unknown:
            first = sorted(unknown)[0]
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "unknown session field {name}."),
                                      name=repr(first)), first)
        current = self.info()
        merged = {k: getattr(current, k) for k in _INFO_FIELDS}
        merged.update(changes)
        info = validate_info(merged)
        self.store.guard_writable()
        with self.store.atomic() as db:
            db.execute(
                "UPDATE session SET title=?, series=?, area=?, event=?, venue=?, room=?, date=?, start_time=?,"
                " end_time=?, languages=?, time_zone=?, summary=?, translations=?, updated=? WHERE id=?",
                (info["title"], info["series"], info["area"], info["event"], info["venue"], info["room"],
                 info["date"], info["start"], info["end"], ",".join(info["languages"]), info["time_zone"],
                 info["summary"], _json(info["translations"]), self._ctx.now(), current.id),
            )
        self._ctx.notify("session", "changed", current.id)
        return self.info()

    # -- reading everything ---------------------------------------------
    def read(self, now: datetime | None = None) -> SessionContent:
        """The whole session in one read transaction (see :mod:`sahel_panel.services.reading`).

        An open turn counts up to ``now`` (default: the clock) in the statistics.
        """
        return read_content(self.store, now or self._ctx.clock())

    # -- figures ---------------------------------------------------------
    def counts(self) -> Counts:
        db = self.store.db
        return Counts(*(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                        for t in ("question", "speaker", "turn", "contribution", "recommendation")))

    def statistics(self, now: datetime | None = None) -> stats.Statistics:
        """Speaking balance and coverage; an open turn counts up to ``now`` (default: the clock).

        Summed by SQLite (:mod:`sahel_panel.services.figures`), so its cost hardly grows with the file.
        """
        return figures.statistics(self.store.db, now or self._ctx.clock())

    def coverage(self, now: datetime | None = None) -> list[stats.Coverage]:
        """Per question: contributions, recommendations and speaking time (the statistics' coverage alone)."""
        return figures.coverage(self.store.db, now or self._ctx.clock())

    def coverage_apart(self, now: datetime | None = None) -> list[stats.Coverage]:
        """:meth:`coverage` read on a connection of its own: safe from a worker thread while the
        window records (it sums every row: 0.1 s at 100,000 contributions)."""
        now = now or self._ctx.clock()
        with self.store.apart() as db:
            if db is None:
                raise RuntimeError("an older file read through a copy in memory has no other connection")
            return figures.coverage(db, now)

    def statistics_apart(self, now: datetime | None = None) -> stats.Statistics:
        """:meth:`statistics` read on a connection of its own (see :meth:`coverage_apart`)."""
        now = now or self._ctx.clock()
        with self.store.apart() as db:
            if db is None:
                raise RuntimeError("an older file read through a copy in memory has no other connection")
            return figures.statistics(db, now)

    @property
    def reads_apart(self) -> bool:
        """Whether :meth:`coverage_apart` works (not for an older file read through a copy in memory)."""
        return not self.store.in_memory

    # -- language of a text ---------------------------------------------
    def detect_language(self, text: str, speaker_id: str | None = None, kind: str = "contribution",
                        interface: str | None = None) -> Detection:
        """Which of the session's languages ``text`` is in (see :mod:`sahel_panel.domain.language`).

        For short texts the previous language decides: that of ``speaker_id``'s last contribution
        (``kind="contribution"``), or of the last recommendation written (``kind="recommendation"``),
        then ``interface``. The window shows the result before recording and stores what it showed.
        """
        from sahel_panel.domain import language

        return language.detect(text, self.info().languages, lambda: self.last_language(kind, speaker_id), interface)

    def last_language(self, kind: str = "contribution", speaker_id: str | None = None) -> str | None:
        """The language of the latest contribution (of ``speaker_id``, when given) or recommendation.

        "Latest" is the last one recorded (rowid order): read backwards from the end, the answer is
        found after a few rows when the speaker spoke recently, where ordering by time sorted the
        whole table (22 ms at 100,000 contributions, on every detection)."""
        if kind == "recommendation":
            row = self.store.db.execute("SELECT language FROM recommendation ORDER BY updated DESC, rowid DESC"
                                        " LIMIT 1").fetchone()
        elif speaker_id is not None:
            row = self.store.db.execute("SELECT language FROM contribution WHERE speaker_id=?"
                                        " ORDER BY rowid DESC LIMIT 1", (speaker_id,)).fetchone()
        else:
            row = self.store.db.execute("SELECT language FROM contribution ORDER BY rowid DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def speakers_by_id(self) -> dict[str, Speaker]:
        """Every speaker by id (a fresh dict; the rows are read again only after a speaker changed)."""
        if self._ctx.speakers_cache is None:
            self._ctx.speakers_cache = {s.id: s for s in self.speakers.list()}
        return dict(self._ctx.speakers_cache)


def read_session(path: str | os.PathLike[str]) -> SessionContent:
    """Open the session at ``path`` read-only, read it whole, close it.

    Older files are upgraded in memory (the file is left untouched); problems
    raise the store's :class:`~sahel_panel.store.StoreError` subclasses or a
    :class:`~sahel_panel.domain.model.DomainError`, whose text is a sentence
    naming the file.
    """
    with SessionService.open(path, read_only=True) as service:
        return service.read()
