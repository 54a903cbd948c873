"""Lines of text the PDF and the DOCX both print, built once so the two documents say the same thing.

Punctuation follows each line's own script, not the report's language: an
Arabic name line takes "،" in an English report and a Latin one takes ","
in an Arabic report. The time closing a speaker line is tied to it with
no-break spaces, so it never ends alone on the next line.
"""

from __future__ import annotations

from sahel_panel.domain.model import Contribution
from sahel_panel.report import fmt, strings
from sahel_panel.report.data import ReportData
from sahel_panel.report.textshape import has_rtl

NBSP = "\u00a0"


def speaker_line(data: ReportData, c: Contribution, lang: str) -> str:
    """"Hon. Name, Organisation, Country — 14:33 (question)" for a contribution's heading."""
    s = data.speakers.get(c.speaker_id or "")
    parts = [s.label() if s else strings.t(lang, "unknown_speaker")]
    if s:
        parts += [x for x in (s.organisation, s.country) if x]
    line = strings.join_names(parts)
    # "12 h 16" would be torn apart by the bidi algorithm next to Arabic; "12:16" is one number.
    when = data.clock("en" if has_rtl(line) else lang, c.recorded_at)
    if when:
        line += f"{NBSP}—{NBSP}{when}"
    notes = [strings.value(lang, "kind", c.kind)] if c.kind != "statement" else []
    if note := language_note(lang, c.language):
        notes.append(note)
    if notes:
        # "(in French)" is never split across lines
        line += f"{NBSP}(" + strings.t(lang, "list_sep").join(n.replace(" ", NBSP) for n in notes) + ")"
    return line


def names(data: ReportData, people: list) -> str:  # noqa: ANN001 - list[Speaker]
    return strings.join_names([s.label() for s in people])


def language_note(lang: str, text_lang: str) -> str:
    """"in French" when a text is printed in a language other than the report's; empty otherwise."""
    if not text_lang or text_lang == lang:
        return ""
    return strings.t(lang, "in_language", language=strings.language_name(lang, text_lang))


def session_text(data: ReportData, name: str, lang: str) -> str:
    """Title, series, event, venue or room in the report's language (the session's fallback rule)."""
    text, _used = data.info.text(name, lang)
    return text


def title(data: ReportData, lang: str) -> str:
    return session_text(data, "title", lang) or strings.t(lang, "untitled_session")


def running_header(data: ReportData, lang: str) -> str:
    return " — ".join(x for x in (session_text(data, "event", lang), title(data, lang)) if x)


def cover_rows(data: ReportData, lang: str) -> list[tuple[str, str]]:
    """Date, time (with the venue's UTC offset), venue, room, area: the cover's label/value lines."""
    from sahel_panel.domain import clock

    info = data.info
    t = lambda key: strings.t(lang, key)  # noqa: E731 - a short alias reads better in this list
    rows = []
    if info.date:
        rows.append((t("date"), fmt.long_date(lang, info.date)))
    if info.start:
        when = fmt.time_range(lang, info.start, info.end)
        moment = clock.utc_from_local(info.date, info.start, data.zone) if info.date else None
        if moment is not None and data.zone:
            when += f" ({clock.offset_label(data.zone, moment)})"
        rows.append((t("time"), when))
    for name in ("venue", "room"):
        value = session_text(data, name, lang)
        if value:
            rows.append((t(name), value))
    rows.append((t("area"), strings.value(lang, "area", info.area)))
    return rows


def who_ran_it(data: ReportData, lang: str) -> list[tuple[str, str]]:
    """(role label, names) for the chair, moderator(s), panellists and rapporteur."""
    return [(strings.value(lang, "role", role), names(data, people)) for role, people in data.by_role()]


def statuses_phrase(lang: str, statuses: tuple[str, ...]) -> str:
    """"agreed and proposed" in the report's language."""
    words = [strings.value(lang, "status_plural", s) for s in statuses]
    if len(words) <= 1:
        return "".join(words)
    return strings.t(lang, "list_sep").join(words[:-1]) + strings.t(lang, "and") + words[-1]


def represented(data: ReportData, lang: str) -> str:
    countries, parliaments = data.represented()
    c = strings.t(lang, "country_1") if countries == 1 else strings.t(lang, "countries_n", n=fmt.number(lang, countries))
    p = strings.t(lang, "parliament_1") if parliaments == 1 else \
        strings.t(lang, "parliaments_n", n=fmt.number(lang, parliaments))
    return strings.t(lang, "represented", countries=c, parliaments=p)
