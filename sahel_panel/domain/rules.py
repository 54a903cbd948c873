"""Validation rules shared by the services, the importers and the window.

Each check raises :class:`DomainError` naming the field, so the same words
reach the user whether the bad value came from a dialog, a YAML file or a CSV row.
"""

from __future__ import annotations

import re
from datetime import date as _date

from sahel_panel.domain.model import (
    AGE_GROUPS,
    AREAS,
    CATEGORIES,
    GENDERS,
    KINDS,
    LANGUAGES,
    MAX_NAME,
    MAX_TEXT,
    ROLES,
    STATUSES,
    TRANSLATABLE,
    DomainError,
)
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message

_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_TAG_RE = re.compile(r"^[^\s,;]{1,60}$")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def storable(value: str) -> str:
    """The text with lone UTF-16 surrogates (broken clipboard data) replaced by U+FFFD.

    They are the only code points a UTF-8 file cannot hold; everything else is kept as typed.
    """
    return _SURROGATE_RE.sub("\ufffd", value) if _SURROGATE_RE.search(value) else value

# Field labels as they appear inside the sentences below; the window translates them
# in the "Fields" context (the keys stay English in files, the CLI and DomainError.field).
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("Fields", "age group"),
    QT_TRANSLATE_NOOP("Fields", "area"),
    QT_TRANSLATE_NOOP("Fields", "category"),
    QT_TRANSLATE_NOOP("Fields", "country"),
    QT_TRANSLATE_NOOP("Fields", "date"),
    QT_TRANSLATE_NOOP("Fields", "end"),
    QT_TRANSLATE_NOOP("Fields", "event"),
    QT_TRANSLATE_NOOP("Fields", "gender"),
    QT_TRANSLATE_NOOP("Fields", "kind"),
    QT_TRANSLATE_NOOP("Fields", "language"),
    QT_TRANSLATE_NOOP("Fields", "languages"),
    QT_TRANSLATE_NOOP("Fields", "name"),
    QT_TRANSLATE_NOOP("Fields", "organisation"),
    QT_TRANSLATE_NOOP("Fields", "question language"),
    QT_TRANSLATE_NOOP("Fields", "room"),
    QT_TRANSLATE_NOOP("Fields", "series"),
    QT_TRANSLATE_NOOP("Fields", "start"),
    QT_TRANSLATE_NOOP("Fields", "status"),
    QT_TRANSLATE_NOOP("Fields", "text"),
    QT_TRANSLATE_NOOP("Fields", "title"),
    QT_TRANSLATE_NOOP("Fields", "venue"),
)

# The same sentences without their leading field name, as an imported file's problem
# shows them after "line 3, field “name”:" (see Message.without_subject).
SUBJECTLESS = (
    QT_TRANSLATE_NOOP("Errors", "must be one of {allowed}; got {value}."),
    QT_TRANSLATE_NOOP("Errors", "must not be empty."),
    QT_TRANSLATE_NOOP("Errors", "is longer than {limit} characters."),
    QT_TRANSLATE_NOOP("Errors", "must look like 2023-03-11; got {value}."),
    QT_TRANSLATE_NOOP("Errors", "{value} does not exist in the calendar."),
    QT_TRANSLATE_NOOP("Errors", "must look like 14:30; got {value}."),
    QT_TRANSLATE_NOOP("Errors", "must list at least one of en, fr, ar."),
)


def choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "{field} must be one of {allowed}; got {value}."),
                                  field=field, allowed=", ".join(allowed), value=repr(value)), field)
    return value


def area(value: str) -> str:
    return choice(value, AREAS, "area")


def category(value: str) -> str:
    return choice(value, CATEGORIES, "category")


def gender(value: str) -> str:
    return choice(value, GENDERS, "gender")


def age_group(value: str) -> str:
    return choice(value, AGE_GROUPS, "age group")


def kind(value: str) -> str:
    return choice(value, KINDS, "kind")


def status(value: str) -> str:
    return choice(value, STATUSES, "status")


def role(value: str) -> str:
    """A speaker's role in running the panel; empty for a participant."""
    value = (value or "").strip()
    return choice(value, ("", *ROLES), "role") if value else ""


def time_zone(value: str, field: str = "time_zone") -> str:
    """An IANA time zone name this computer knows (Asia/Bahrain), or empty (this computer's zone)."""
    from sahel_panel.domain.clock import is_valid_zone

    value = (value or "").strip()
    if value and not is_valid_zone(value):
        raise DomainError(Message(QT_TRANSLATE_NOOP(
            "Errors", "{field} must be a time zone name such as Asia/Bahrain or Europe/Paris; got {value}."),
            field=field, value=repr(value)), field)
    return value


def summary(value: str) -> str:
    """The rapporteur's summary: free text, possibly empty, kept as typed apart from outer blank lines."""
    value = storable((value or "").strip("\n\r\t "))
    if len(value) > MAX_TEXT:
        raise DomainError(_too_long("summary", str(MAX_TEXT)), "summary")
    return value


def translations(values: dict) -> dict[str, dict[str, str]]:
    """Per-language session texts: {lang: {field: text}} with known languages and fields only; blanks dropped."""
    out: dict[str, dict[str, str]] = {}
    for lang, texts in (values or {}).items():
        language(lang, "translations")
        if not isinstance(texts, dict):
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "{field} must map each language to its texts."),
                                      field="translations"), "translations")
        clean: dict[str, str] = {}
        for name, value in texts.items():
            choice(name, TRANSLATABLE, f"translations.{lang}")
            text_value = short_text(str(value), f"{name}_{lang}")
            if text_value:
                clean[name] = text_value
        if clean:
            out[lang] = clean
    return out


def language(value: str, field: str = "language") -> str:
    return choice(value, LANGUAGES, field)


def languages(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for v in values:
        language(v, "languages")
        if v not in seen:
            seen.append(v)
    if not seen:
        raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "{field} must list at least one of en, fr, ar."),
                                  field="languages"), "languages")
    return tuple(seen)


def name(value: str, field: str = "name") -> str:
    value = storable((value or "").strip())
    if not value:
        raise DomainError(_empty(field), field)
    if len(value) > MAX_NAME:
        raise DomainError(_too_long(field, str(MAX_NAME)), field)
    return value


def short_text(value: str, field: str) -> str:
    value = storable((value or "").strip())
    if len(value) > MAX_NAME:
        raise DomainError(_too_long(field, str(MAX_NAME)), field)
    return value


def text(value: str, field: str = "text") -> str:
    """Body text is kept exactly as typed (only refused when empty or absurdly long)."""
    if value is None or not value.strip():
        raise DomainError(_empty(field), field)
    if len(value) > MAX_TEXT:
        raise DomainError(_too_long(field, f"{MAX_TEXT:,}"), field)
    return storable(value)


def date(value: str) -> str:
    if value and not _DATE_RE.match(value):
        raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "{field} must look like 2023-03-11; got {value}."),
                                  field="date", value=repr(value)), "date")
    if value:
        try:
            _date.fromisoformat(value)
        except ValueError:
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "{field} {value} does not exist in the calendar."),
                                      field="date", value=repr(value)), "date") from None
    return value


def clock_time(value: str, field: str) -> str:
    if value and not _TIME_RE.match(value):
        raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "{field} must look like 14:30; got {value}."),
                                  field=field, value=repr(value)), field)
    return value


def schedule(start: str, end: str) -> None:
    clock_time(start, "start")
    clock_time(end, "end")
    if start and end and end <= start:
        raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "end must be later than start.")), "end")


def tags(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for tag in values:
        tag = storable(tag.strip())
        if not tag:
            continue
        if not _TAG_RE.match(tag):
            raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "tag {tag} must be one word of at most 60 characters."),
                                      tag=repr(tag)), "tags")
        if tag not in out:
            out.append(tag)
    return tuple(out)


def question_texts(texts: dict[str, str]) -> dict[str, str]:
    clean = {}
    for lang, value in texts.items():
        language(lang, "question language")
        value = storable((value or "").strip())
        if len(value) > MAX_TEXT:
            raise DomainError(_too_long("question text", f"{MAX_TEXT:,}"), f"text.{lang}")
        if value:
            clean[lang] = value
    if not clean:
        raise DomainError(Message(QT_TRANSLATE_NOOP("Errors", "a question needs its text in at least one language.")),
                          "text")
    return clean


def _empty(field: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "{field} must not be empty."), field=field)


def _too_long(field: str, limit: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "{field} is longer than {limit} characters."), field=field, limit=limit)
