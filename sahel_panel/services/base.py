"""What every service shares: the store, the clock, ids and change notices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sahel_panel.store import Store

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    """Random UUIDs, so files of many rapporteurs merge without collisions."""
    import uuid  # on first write, not at start-up: uuid imports platform (regexes)

    return str(uuid.uuid4())


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()
"""Marks an argument the caller did not pass (``None`` is a real value for ids)."""


@dataclass(frozen=True)
class Change:
    """A notice that rows changed, so views refresh only what they show.

    ``entity`` is a table name (``contribution``, ``speaker`` ...), ``op`` one
    of ``added``, ``changed``, ``removed``.
    """

    entity: str
    op: str
    ids: tuple[str, ...] = ()


class Context:
    """The store, clock and listeners one open session's services share."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock
        self._listeners: list[Callable[[Change], None]] = []
        # The speakers by id, read once and dropped at every speaker notice: the window's models
        # each ask for them at start-up and after changes (2,000 rows read three times otherwise).
        self.speakers_cache: dict | None = None

    def now(self) -> str:
        return stamp(self.clock())

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, entity: str, op: str, *ids: str) -> None:
        change = Change(entity, op, tuple(ids))
        if entity in ("speaker", "session"):
            self.speakers_cache = None
        for listener in list(self._listeners):
            listener(change)
