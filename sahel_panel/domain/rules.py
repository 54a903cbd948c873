"""Validation rules shared by the services, the importers and the window.

Each check raises :class:`DomainError` naming the field, so the same words
reach the user whether the bad value came from a dialog, a YAML file or a CSV row.
"""

from __future__ import annotations

import re
from datetime import date as _date

from sahel_panel.domain.model import (
    AREAS,
    CATEGORIES,
    GENDERS,
    KINDS,
    LANGUAGES,
    MAX_NAME,
    MAX_TEXT,
    STATUSES,
    DomainError,
)

_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_TAG_RE = re.compile(r"^[^\s,;]{1,60}$")


def choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise DomainError(
            f"{field} must be one of {', '.join(allowed)}; got {value!r}.", field
        )
    return value


def area(value: str) -> str:
    return choice(value, AREAS, "area")


def category(value: str) -> str:
    return choice(value, CATEGORIES, "category")


def gender(value: str) -> str:
    return choice(value, GENDERS, "gender")


def kind(value: str) -> str:
    return choice(value, KINDS, "kind")


def status(value: str) -> str:
    return choice(value, STATUSES, "status")


def language(value: str, field: str = "language") -> str:
    return choice(value, LANGUAGES, field)


def languages(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for v in values:
        language(v, "languages")
        if v not in seen:
            seen.append(v)
    if not seen:
        raise DomainError("languages must list at least one of en, fr, ar.", "languages")
    return tuple(seen)


def name(value: str, field: str = "name") -> str:
    value = (value or "").strip()
    if not value:
        raise DomainError(f"{field} must not be empty.", field)
    if len(value) > MAX_NAME:
        raise DomainError(f"{field} is longer than {MAX_NAME} characters.", field)
    return value


def short_text(value: str, field: str) -> str:
    value = (value or "").strip()
    if len(value) > MAX_NAME:
        raise DomainError(f"{field} is longer than {MAX_NAME} characters.", field)
    return value


def text(value: str, field: str = "text") -> str:
    """Body text is kept exactly as typed (only refused when empty or absurdly long)."""
    if value is None or not value.strip():
        raise DomainError(f"{field} must not be empty.", field)
    if len(value) > MAX_TEXT:
        raise DomainError(f"{field} is longer than {MAX_TEXT:,} characters.", field)
    return value


def date(value: str) -> str:
    if value and not _DATE_RE.match(value):
        raise DomainError(f"date must look like 2023-03-11; got {value!r}.", "date")
    if value:
        try:
            _date.fromisoformat(value)
        except ValueError:
            raise DomainError(f"date {value!r} does not exist in the calendar.", "date") from None
    return value


def clock_time(value: str, field: str) -> str:
    if value and not _TIME_RE.match(value):
        raise DomainError(f"{field} must look like 14:30; got {value!r}.", field)
    return value


def schedule(start: str, end: str) -> None:
    clock_time(start, "start")
    clock_time(end, "end")
    if start and end and end <= start:
        raise DomainError("end must be later than start.", "end")


def tags(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for tag in values:
        tag = tag.strip()
        if not tag:
            continue
        if not _TAG_RE.match(tag):
            raise DomainError(
                f"tag {tag!r} must be one word of at most 60 characters.", "tags"
            )
        if tag not in out:
            out.append(tag)
    return tuple(out)


def question_texts(texts: dict[str, str]) -> dict[str, str]:
    clean = {}
    for lang, value in texts.items():
        language(lang, "question language")
        value = (value or "").strip()
        if len(value) > MAX_TEXT:
            raise DomainError("question text is too long.", f"text.{lang}")
        if value:
            clean[lang] = value
    if not clean:
        raise DomainError("a question needs its text in at least one language.", "text")
    return clean
