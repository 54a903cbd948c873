"""Session templates in YAML: event metadata, outcome questions, pre-registered speakers.

Schema (documented in the README)::

    format: 1                 # template format version
    name: short-name          # how `sahel-panel new --template NAME` finds it
    description: one line
    session:                  # title required; the rest optional
      title / series / area / event / venue / room / date / start / end / languages
      time_zone (IANA, e.g. Asia/Bahrain) / summary
      translations: {fr: {title, series, event, venue, room}, ar: {...}}
    questions:                # ordered; each has text in at least one of en, fr, ar
      - en: ...
        fr: ...
        ar: ...
    speakers:                 # optional, same fields as a speaker list
      - name: ...
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sahel_panel.domain import rules
from sahel_panel.domain.model import LANGUAGES, TRANSLATABLE, Speaker
from sahel_panel.exchange.errors import ExchangeError, display_name, read_text
from sahel_panel.exchange.schema import Reader
from sahel_panel.exchange.speakers import SPEAKER_FIELDS, speaker_from_fields
from sahel_panel.exchange.yamlsafe import Node, parse
from sahel_panel.messages import QT_TRANSLATE_NOOP, Message
from sahel_panel.paths import templates_dir
from sahel_panel.services.session import NewSession

FORMAT = "1"
TOP_KEYS = {"format", "name", "description", "session", "questions", "speakers"}
SESSION_KEYS = {"title", "series", "area", "event", "venue", "room", "date", "start", "end", "languages",
                "time_zone", "summary", "translations"}
MAX_QUESTIONS = 200
MAX_SPEAKERS = 2000


@dataclass(frozen=True)
class Template:
    name: str
    description: str
    path: Path
    session: NewSession


def load_template(path: str | Path) -> Template:
    """Read and validate a template; :class:`ExchangeError` lists every problem found."""
    path = Path(path)
    file = display_name(path)
    root = parse(read_text(path), file)
    return template_from_node(root, path)


def _question_text(lang: str, value: str) -> str:
    return rules.question_texts({lang: value})[lang] if value.strip() else value


def template_from_node(root: Node | None, path: Path) -> Template:
    r = Reader(display_name(path))
    top = r.mapping(root, "", TOP_KEYS, {"format", "session", "questions"})
    fmt = r.text(top.get("format"), "format")
    if "format" in top and fmt != FORMAT:
        r.problem(top["format"].line, "format", Message(QT_TRANSLATE_NOOP(
            "Errors", "this version reads template format {expected}; got {value}."), expected=FORMAT, value=repr(fmt)))
    name = r.text(top.get("name"), "name", default=path.stem)
    description = r.text(top.get("description"), "description")

    s = r.mapping(top.get("session"), "session", SESSION_KEYS, {"title"}) if "session" in top else {}
    info = {
        "title": r.text(s.get("title"), "session.title", lambda v: rules.name(v, "title")),
        "series": r.text(s.get("series"), "session.series", lambda v: rules.short_text(v, "series")),
        "area": r.text(s.get("area"), "session.area", rules.area, default="other"),
        "event": r.text(s.get("event"), "session.event", lambda v: rules.short_text(v, "event")),
        "venue": r.text(s.get("venue"), "session.venue", lambda v: rules.short_text(v, "venue")),
        "room": r.text(s.get("room"), "session.room", lambda v: rules.short_text(v, "room")),
        "date": r.text(s.get("date"), "session.date", rules.date),
        "start": r.text(s.get("start"), "session.start", lambda v: rules.clock_time(v, "start")),
        "end": r.text(s.get("end"), "session.end", lambda v: rules.clock_time(v, "end")),
        "time_zone": r.text(s.get("time_zone"), "session.time_zone", rules.time_zone),
        "summary": r.text(s.get("summary"), "session.summary", rules.summary),
    }
    translations: dict[str, dict[str, str]] = {}
    if "translations" in s:
        by_lang = r.mapping(s["translations"], "session.translations", set(LANGUAGES))
        for lang, node in by_lang.items():
            texts = r.mapping(node, f"session.translations.{lang}", set(TRANSLATABLE))
            translations[lang] = {k: r.text(v, f"session.translations.{lang}.{k}",
                                            lambda value, k=k, lang=lang: rules.short_text(value, f"{k}_{lang}"))
                                  for k, v in texts.items()}
    info["translations"] = rules.translations(translations)
    if info["start"] and info["end"] and info["end"] <= info["start"]:
        r.problem(s["end"].line, "session.end", Message(QT_TRANSLATE_NOOP("Errors", "must be later than start.")))
    languages = LANGUAGES
    if "languages" in s:
        items = r.sequence(s["languages"], "session.languages")
        languages = tuple(r.text(n, f"session.languages[{i + 1}]", lambda v: rules.language(v, "languages"))
                          for i, n in enumerate(items)) or LANGUAGES

    questions: list[dict[str, str]] = []
    q_nodes = r.sequence(top.get("questions"), "questions")
    if "questions" in top and not q_nodes:
        r.problem(top["questions"].line, "questions",
                  Message(QT_TRANSLATE_NOOP("Errors", "list at least one outcome question.")))
    if len(q_nodes) > MAX_QUESTIONS:
        r.problem(q_nodes[MAX_QUESTIONS].line, "questions", Message(QT_TRANSLATE_NOOP(
            "Errors", "at most {limit} questions are accepted."), limit=MAX_QUESTIONS))
        q_nodes = q_nodes[:MAX_QUESTIONS]
    for i, qn in enumerate(q_nodes, start=1):
        field = f"questions[{i}]"
        q = r.mapping(qn, field, set(LANGUAGES))
        # The same rule (and limit) as SessionService.create applies, so `check` and `new` agree.
        texts = {lang: r.text(node, f"{field}.{lang}", lambda v, lang=lang: _question_text(lang, v))
                 for lang, node in q.items()}
        given = [n for n in q.values() if n is not None and n.is_scalar and str(n.value or "").strip()]
        if qn.is_map and not given:
            r.problem(qn.line, field, Message(QT_TRANSLATE_NOOP(
                "Errors", "a question needs its text in at least one of en, fr, ar.")))
        questions.append({k: v for k, v in texts.items() if v.strip()})

    speakers: list[Speaker] = []
    sp_nodes = r.sequence(top.get("speakers"), "speakers")
    if len(sp_nodes) > MAX_SPEAKERS:
        r.problem(sp_nodes[MAX_SPEAKERS].line, "speakers", Message(QT_TRANSLATE_NOOP(
            "Errors", "at most {limit} speakers are accepted."), limit=MAX_SPEAKERS))
        sp_nodes = sp_nodes[:MAX_SPEAKERS]
    for i, sn in enumerate(sp_nodes, start=1):
        field = f"speakers[{i}]"
        m = r.mapping(sn, field, set(SPEAKER_FIELDS), {"name"})
        values = {k: r.text(v, f"{field}.{k}") for k, v in m.items()}
        speaker = speaker_from_fields(values, lambda f, msg, ln=sn.line, fld=field: r.problem(ln, f"{fld}.{f}", msg))
        if speaker is not None:
            speakers.append(speaker)
    r.raise_if_any()
    return Template(name=name, description=description, path=path,
                    session=NewSession(languages=languages, questions=questions, speakers=speakers, **info))


def builtin_templates() -> list[Template]:
    """The templates shipped in ``resources/templates`` (they are tested, so they load)."""
    return [load_template(p) for p in sorted(templates_dir().glob("*.yaml"))]


def resolve(name_or_path: str) -> Template:
    """A built-in template by name, or a template file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix.lower() in (".yaml", ".yml") or candidate.exists():
        return load_template(candidate)
    for template in builtin_templates():
        if template.name == name_or_path:
            return template
    names = ", ".join(t.name for t in builtin_templates())
    raise ExchangeError.single(name_or_path, Message(QT_TRANSLATE_NOOP(
        "Errors", "no such template; built-in templates are: {names}."), names=names))
