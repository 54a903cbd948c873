"""Speaker lists from CSV or YAML, imported all or nothing.

CSV: UTF-8 with or without BOM, comma, semicolon or tab separated, one header
row. Headers (case-insensitive): ``name`` (required), ``title``,
``organisation`` (or ``organization``), ``country``, ``category``, ``gender``,
``age_group`` (``under 45``, ``45 and over``, ``not stated``) or ``youth`` (yes = under 45,
no = 45 and over). An empty or missing age is "not stated": a list without ages must not make
everyone "45 and over". YAML: a list of mappings with the same keys, or ``speakers:`` with
that list. One bad row rejects the whole file, naming the line and the field.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from sahel_panel.domain import rules
from sahel_panel.domain.model import DomainError, Speaker
from sahel_panel.exchange.errors import ExchangeError, Problem, display_name, read_text
from sahel_panel.exchange.schema import Reader, parse_bool
from sahel_panel.exchange.yamlsafe import parse
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message, message_of
from sahel_panel.services.base import new_id

SPEAKER_FIELDS = ("name", "title", "organisation", "country", "category", "gender", "age_group", "youth", "role")
HEADER_ALIASES = {"organization": "organisation"}
MAX_SPEAKERS = 5000

_CATEGORY_ALIASES = {
    "mp": "parliamentarian",
    "member_of_parliament": "parliamentarian",
    "un": "international_organisation",
    "international_organization": "international_organisation",
    "un_or_international_organisation": "international_organisation",
    "un_or_international_organization": "international_organisation",
    "regional": "regional_parliamentary_body",
    "regional_parliamentary_organisation": "regional_parliamentary_body",
    "ngo": "civil_society",
    "cso": "civil_society",
}
_GENDER_ALIASES = {"f": "woman", "female": "woman", "w": "woman", "m": "man", "male": "man", "": "not_stated",
                   "not stated": "not_stated", "unknown": "not_stated"}


_AGE_ALIASES = {"": "not_stated", "under45": "under_45", "<45": "under_45", "youth": "under_45", "young": "under_45",
                "45+": "45_and_over", "45_and_above": "45_and_over", "over_45": "45_and_over", "45_or_over": "45_and_over",
                "unknown": "not_stated", "not_given": "not_stated"}


def _key(value: str) -> str:
    return value.strip().lower().replace("-", "_").replace(" ", "_")


def parse_category(value: str) -> str:
    key = _key(value) or "other"
    return rules.category(_CATEGORY_ALIASES.get(key, key))


_ROLE_ALIASES = {"chairperson": "chair", "chairman": "chair", "chairwoman": "chair", "president": "chair",
                 "panelist": "panellist", "panel": "panellist", "speaker": "", "participant": "", "none": ""}


def parse_role(value: str) -> str:
    """chair, moderator, panellist (or panelist) or rapporteur; empty or "participant" for everyone else."""
    key = _key(value)
    return rules.role(_ROLE_ALIASES.get(key, key))


def parse_gender(value: str) -> str:
    low = value.strip().lower()
    return rules.gender(_GENDER_ALIASES.get(low, _key(low)))


def parse_age_group(value: str) -> str:
    key = _key(value)
    return rules.age_group(_AGE_ALIASES.get(key, key))


def parse_youth(value: str) -> str:
    """The old yes/no column as an age group; empty is "not stated", not "no"."""
    if not value.strip():
        return "not_stated"
    return "under_45" if parse_bool(value) else "45_and_over"


def speaker_from_fields(values: dict[str, str], report: Callable[[str, str], None]) -> Speaker | None:
    """Build a speaker from text fields; each bad field is passed to ``report(field, message)``."""
    ok = True
    clean: dict[str, object] = {}
    checks: dict[str, Callable[[str], object]] = {
        "name": rules.name,
        "title": lambda v: rules.short_text(v, "title"),
        "organisation": lambda v: rules.short_text(v, "organisation"),
        "country": lambda v: rules.short_text(v, "country"),
        "category": parse_category,
        "gender": parse_gender,
        "age_group": parse_age_group,
        "youth": parse_youth,
        "role": parse_role,
    }
    for field, check in checks.items():
        raw = values.get(field, "")
        try:
            clean[field] = check(raw or "") if field != "category" else check(raw or "other")
        except (DomainError, ValueError) as exc:
            message = message_of(exc)
            if isinstance(message, Message):
                message = message.without_subject(field.replace("_", " "))  # age_group's label is "age group"
            elif message.startswith(field + " "):
                message = message[len(field) + 1:]
            report(field, message)
            ok = False
    if ok and values.get("youth", "").strip():
        from_youth = clean.pop("youth")
        if not values.get("age_group", "").strip():
            clean["age_group"] = from_youth
        elif clean["age_group"] != from_youth:
            report("age_group", Message(QT_TRANSLATE_NOOP(
                "Errors", "disagrees with the youth column; give the age in one of them.")))
            ok = False
    clean.pop("youth", None)
    if not ok:
        return None
    return Speaker(id=new_id(), **clean)  # type: ignore[arg-type]


def load_speaker_list(path: str | Path) -> list[Speaker]:
    """Every speaker of the file, or :class:`ExchangeError` listing every bad row and field."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _load_csv(path)
    if suffix in (".yaml", ".yml"):
        return _load_yaml(path)
    raise ExchangeError.single(path, Message(QT_TRANSLATE_NOOP("Errors", "speaker lists must be .csv, .yaml or .yml files.")))


def _load_csv(path: Path) -> list[Speaker]:
    file = display_name(path)
    text = read_text(path)
    if not text.strip():
        raise ExchangeError([Problem(file, 1, "", Message(QT_TRANSLATE_NOOP(
            "Errors", "the file is empty; the first line must name the columns.")))])
    first_line = text.splitlines()[0]
    try:
        dialect = csv.Sniffer().sniff(first_line, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    problems: list[Problem] = []
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ExchangeError([Problem(file, 1, "", Message(QT_TRANSLATE_NOOP(
            "Errors", "the header line cannot be read ({reason})."), reason=str(exc)))]) from None
    columns = [HEADER_ALIASES.get(h.strip().lower(), h.strip().lower()) for h in header]
    for col, raw in zip(columns, header, strict=True):
        if col not in SPEAKER_FIELDS:
            problems.append(Problem(file, 1, raw.strip(), Message(QT_TRANSLATE_NOOP(
                "Errors", "unknown column; the columns are {columns}."), columns=", ".join(SPEAKER_FIELDS))))
    for col in {c for c in columns if columns.count(c) > 1}:
        problems.append(Problem(file, 1, col, Message(QT_TRANSLATE_NOOP("Errors", "this column appears twice."))))
    if "name" not in columns:
        problems.append(Problem(file, 1, "name", Message(QT_TRANSLATE_NOOP("Errors", "the column “name” is required."))))
    if problems:
        raise ExchangeError(problems)
    speakers: list[Speaker] = []
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                problems.append(Problem(file, line, "", Message(QT_TRANSLATE_NOOP(
                    "Errors", "this row has {count} values; the header has {expected}."),
                    count=len(row), expected=len(columns))))
                continue
            values = dict(zip(columns, row, strict=True))
            speaker = speaker_from_fields(values, lambda f, m, ln=line: problems.append(Problem(file, ln, f, m)))
            if speaker is not None:
                speakers.append(speaker)
            if len(speakers) > MAX_SPEAKERS:
                problems.append(Problem(file, line, "", _too_many()))
                break
    except csv.Error as exc:
        problems.append(Problem(file, reader.line_num, "", Message(QT_TRANSLATE_NOOP(
            "Errors", "this line is not valid CSV ({reason})."), reason=str(exc))))
    if problems:
        raise ExchangeError(problems)
    if not speakers:
        raise ExchangeError([Problem(file, 0, "", _no_speakers())])
    return speakers


def _no_speakers() -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "the file lists no speakers."))


def _too_many() -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "at most {limit} speakers are accepted."), limit=MAX_SPEAKERS)


def _load_yaml(path: Path) -> list[Speaker]:
    file = display_name(path)
    root = parse(read_text(path), file)
    r = Reader(file)
    if root is not None and root.is_map:
        top = r.mapping(root, "", {"speakers"}, {"speakers"})
        root = top.get("speakers")
    items = r.sequence(root, "speakers") if root is not None else []
    if root is None or (not items and not r.problems):
        r.problem(0, "speakers", _no_speakers())
    speakers: list[Speaker] = []
    for i, node in enumerate(items[: MAX_SPEAKERS + 1], start=1):
        field = f"speakers[{i}]"
        if i > MAX_SPEAKERS:
            r.problem(node.line, "speakers", _too_many())
            break
        m = r.mapping(node, field, set(SPEAKER_FIELDS) | set(HEADER_ALIASES), {"name"})
        values = {HEADER_ALIASES.get(k, k): r.text(v, f"{field}.{k}") for k, v in m.items()}
        speaker = speaker_from_fields(values, lambda f, msg, ln=node.line, fld=field: r.problem(ln, f"{fld}.{f}", msg))
        if speaker is not None:
            speakers.append(speaker)
    r.raise_if_any()
    return speakers


