"""Entities of a panel session as immutable dataclasses.

The value sets (areas, categories, ...) are plain string tuples rather than
enums: they travel unchanged through SQLite, YAML, CSV and JSON, and a file
written by a newer version with an unknown value can still be read and shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sahel_panel.messages import Translatable

LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})

AREAS: tuple[str, ...] = ("environment", "community", "security", "education", "development", "other")
CATEGORIES: tuple[str, ...] = (
    "parliamentarian",
    "international_organisation",
    "regional_parliamentary_body",
    "government",
    "civil_society",
    "expert",
    "moderator",
    "other",
)
GENDERS: tuple[str, ...] = ("woman", "man", "other", "not_stated")
# "youth" in IPU reporting means under 45. "not_stated" is its own group: a speaker list without
# ages must not make everyone "45 and over" in the statistics.
AGE_GROUPS: tuple[str, ...] = ("under_45", "45_and_over", "not_stated")
KINDS: tuple[str, ...] = ("statement", "question", "answer", "point_of_order")
STATUSES: tuple[str, ...] = ("draft", "proposed", "agreed", "withdrawn")
# Who ran the panel; "" for every other speaker. One role each: printed on the report's cover.
ROLES: tuple[str, ...] = ("chair", "moderator", "panellist", "rapporteur")
# Session texts that may be given in each of the session's languages (the plain field is the fallback).
TRANSLATABLE: tuple[str, ...] = ("title", "series", "event", "venue", "room")

MAX_TEXT = 1_000_000
MAX_NAME = 500


class DomainError(Translatable, ValueError):
    """A rule of the domain was broken; the message is meant for the user.

    Raised with a :class:`~sahel_panel.messages.Message`, it also carries ``template``
    and ``params`` so that the window can show the sentence in the user's language.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """Metadata of one panel session."""

    id: str
    title: str
    series: str = ""
    area: str = "other"
    event: str = ""
    venue: str = ""
    room: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD (local date of the event)
    start: str = ""  # HH:MM, local time of the venue
    end: str = ""
    languages: tuple[str, ...] = LANGUAGES
    created: str = ""
    updated: str = ""
    time_zone: str = ""  # IANA name of the venue's zone ("" in files that never had one: this computer's)
    summary: str = ""  # the rapporteur's summary / key messages, printed after the report's cover
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> field -> text

    def text(self, name: str, lang: str, fallbacks: tuple[str, ...] = LANGUAGES) -> tuple[str, str | None]:
        """A translatable field (title, series, event, venue, room) in ``lang``, like a question's text.

        The translation in ``lang`` first, then the plain field (as typed at
        creation), then the other languages' translations in order. The
        second value is the language the text is known to be in, or None for
        the plain field (its language was never stated).
        """
        own = self.translations.get(lang, {}).get(name, "")
        if own.strip():
            return own, lang
        plain = getattr(self, name)
        if plain.strip():
            return plain, None
        for candidate in fallbacks:
            value = self.translations.get(candidate, {}).get(name, "")
            if value.strip():
                return value, candidate
        return "", None

    def scheduled_minutes(self) -> int | None:
        """Length of the scheduled slot in minutes, or None when unknown."""
        if not (self.start and self.end):
            return None
        sh, sm = (int(x) for x in self.start.split(":"))
        eh, em = (int(x) for x in self.end.split(":"))
        return (eh * 60 + em) - (sh * 60 + sm)


@dataclass(frozen=True, slots=True)
class Question:
    """One outcome question; its text may be missing in some languages."""

    id: str
    position: int
    text: dict[str, str] = field(default_factory=dict)

    def display(self, lang: str, fallbacks: tuple[str, ...] = LANGUAGES) -> tuple[str, str]:
        """Text in ``lang`` or the first available fallback, with the language actually used."""
        for candidate in (lang, *fallbacks):
            value = self.text.get(candidate, "")
            if value.strip():
                return value, candidate
        return "", lang


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    title: str = ""
    organisation: str = ""
    country: str = ""
    category: str = "other"
    gender: str = "not_stated"
    age_group: str = "not_stated"
    created: str = ""
    updated: str = ""
    role: str = ""  # one of ROLES, or "" (a participant)

    def label(self) -> str:
        """Name with honorific, as printed in lists."""
        return f"{self.title} {self.name}".strip() if self.title else self.name

    @property
    def youth(self) -> bool:
        """Under 45 (the IPU's "youth"); False for 45 and over *and* for not stated."""
        return self.age_group == "under_45"


@dataclass(frozen=True, slots=True)
class Turn:
    id: str
    speaker_id: str
    question_id: str | None
    started_at: str
    ended_at: str | None = None
    created: str = ""
    updated: str = ""

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    def seconds(self, now: datetime | None = None) -> float:
        """Speaking time; an open turn counts up to ``now``."""
        start = parse_time(self.started_at)
        if self.ended_at is not None:
            end = parse_time(self.ended_at)
        elif now is not None:
            end = now
        else:
            return 0.0
        return max(0.0, (end - start).total_seconds())


@dataclass(frozen=True, slots=True)
class Contribution:
    id: str
    speaker_id: str | None
    question_id: str | None
    text: str
    language: str = "en"
    kind: str = "statement"
    tags: tuple[str, ...] = ()
    recorded_at: str = ""
    created: str = ""
    updated: str = ""


@dataclass(frozen=True, slots=True)
class Recommendation:
    id: str
    question_id: str | None  # None: a general recommendation
    text: str
    language: str = "en"
    status: str = "draft"
    position: int = 0
    source_ids: tuple[str, ...] = ()
    created: str = ""
    updated: str = ""


@dataclass(frozen=True, slots=True)
class Revision:
    """One saved state of a recommendation; revision 1 is the first draft."""

    id: str
    recommendation_id: str
    number: int
    text: str
    language: str
    status: str
    created: str


def parse_time(value: str) -> datetime:
    """Parse the ISO-8601 timestamps the store writes (always with an offset)."""
    return datetime.fromisoformat(value)
