"""Lines both documents print the same way: chapter titles, attributions, panel labels, cover rows.

Written once so that the PDF and the DOCX never disagree about who backed a
paragraph or how a chapter is called.
"""

from __future__ import annotations

from sahel_panel.domain.model import AGE_GROUPS, CATEGORIES
from sahel_panel.report import fmt, textshape
from sahel_panel.series.report import strings
from sahel_panel.series.report.model import Chapter, OperativeParagraph, SeriesReportData, pick


def short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def chapter_title(data: SeriesReportData, lang: str, i: int, chapter: Chapter, limit: int = 110) -> str:
    """"Chapter 3. Education", with "[French]" after a title that only exists in another language."""
    title, used = pick(chapter.title, lang, tuple(data.cover.languages))
    if not title.strip():
        title, used = strings.t(lang, "untitled_chapter"), lang
    title = short(title, limit)
    if used != lang:
        title += " " + strings.t(lang, "title_fallback", language=strings.language_name(lang, used))
    return strings.t(lang, "chapter_n", n=fmt.number(lang, i), title=title)


def fallback(lang: str, used: str) -> str:
    return strings.t(lang, "fallback", language=strings.language_name(lang, used))


def panels(data: SeriesReportData, lang: str, session_ids: list[str]) -> str:
    """"1 (Environment), 3 (Security)": each panel by its number in the list of sessions."""
    parts = []
    for sid in session_ids:
        s = data.session(sid)
        if s is None:
            parts.append(strings.t(lang, "unknown_panel"))
        else:
            parts.append(f"{fmt.number(lang, data.session_number(sid))} ({strings.value(lang, 'area', s.area)})")
    return strings.t(lang, "list_sep").join(parts) or "—"


def attribution(data: SeriesReportData, lang: str, p: OperativeParagraph) -> str:
    """The panels that raised a paragraph, then who backed it by category, women, youth and countries."""
    t, sep, b = strings.t, strings.t(lang, "list_sep"), p.backing
    out = [t(lang, "raised_at", panels=panels(data, lang, p.session_ids))]
    if b.speakers:
        order = [c for c in CATEGORIES if b.by_category.get(c)] + sorted(
            c for c in b.by_category if c not in CATEGORIES and b.by_category[c])
        categories = sep.join(f"{strings.value(lang, 'category', c)} ({fmt.number(lang, b.by_category[c])})"
                              for c in order)
        out.append(t(lang, "backed_by", n=fmt.number(lang, b.speakers), categories=categories))
        more = t(lang, "backing_more", women=fmt.number(lang, b.women), youth=fmt.number(lang, b.youth))
        if b.countries:
            more += sep + t(lang, "backing_countries", countries=sep.join(b.countries))
        out.append(more)
    else:
        out.append(t(lang, "no_backing"))
    return " · ".join(out)


def panel_label(data: SeriesReportData, lang: str, session_id: str) -> str:
    """"3. Security": a panel in a chart, by its number in the list of panels (which gives its venue).

    Venues are typed freely ("Palais des Congrès, Niamey", "Exhibition World Bahrain, Manama,
    Bahrain"): no rule picks the city from all of them, so the label does not try.
    """
    s = data.session(session_id)
    if s is None:
        return strings.t(lang, "unknown_panel")
    return f"{fmt.number(lang, data.session_number(session_id))}. {strings.value(lang, 'area', s.area)}"


def panel_heading(data: SeriesReportData, lang: str, session_id: str, limit: int = 140) -> str:
    s = data.session(session_id)
    if s is None:
        return strings.t(lang, "unknown_panel")
    return strings.t(lang, "panel_n", n=fmt.number(lang, data.session_number(session_id)), title=short(s.title, limit))


def cover_rows(data: SeriesReportData, lang: str) -> list[tuple[str, str]]:
    languages = strings.t(lang, "list_sep").join(strings.language_name(lang, x) for x in data.cover.languages)
    return [
        (strings.t(lang, "cover_panels"), fmt.number(lang, len(data.sessions))),
        (strings.t(lang, "cover_dates"), strings.date_range(lang, [s.date for s in data.sessions])),
        (strings.t(lang, "cover_languages"), languages or "—"),
        (strings.t(lang, "cover_paragraphs"), fmt.number(lang, data.paragraph_count)),
    ]


def key_figures(data: SeriesReportData, lang: str) -> list[tuple[str, str]]:
    part = data.participation
    return [
        (strings.t(lang, "cover_panels"), fmt.number(lang, len(data.sessions))),
        (strings.t(lang, "people"), fmt.number(lang, part.speakers)),
        (strings.t(lang, "turns"), fmt.number(lang, part.turns)),
        (strings.t(lang, "speaking_time"), fmt.duration(lang, part.seconds)),
    ]


def chart_items(data: SeriesReportData, lang: str) -> list[tuple[str, list[tuple[str, float]]]]:
    """(title, [(label, seconds)]) for each chart: by category, gender, age group, panel."""
    part = data.participation
    out = []
    for key, table, kind in (("chart_category", part.by_category, "category"),
                             ("chart_gender", part.by_gender, "gender")):
        out.append((strings.t(lang, key), [(strings.value(lang, kind, k), b.seconds) for k, b in table.items()
                                           if b.seconds > 0 or b.turns]))
    out.append((strings.t(lang, "chart_youth"), [(strings.value(lang, "age_group", a), part.by_age[a].seconds)
                                                 for a in AGE_GROUPS if a in part.by_age]))
    out.append((strings.t(lang, "chart_panel"), [(panel_label(data, lang, f.session_id), f.seconds)
                                                 for f in part.sessions]))
    return out


def panel_rows(data: SeriesReportData, lang: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the figures-by-panel table."""
    header = [strings.t(lang, k) for k in ("col_number", "col_panel", "col_speakers", "col_turns",
                                           "col_contributions", "col_recs", "col_time")]
    rows = []
    for f in data.participation.sessions:
        s = data.session(f.session_id)
        rows.append([fmt.number(lang, data.session_number(f.session_id)),
                     s.title if s else strings.t(lang, "unknown_panel"), fmt.number(lang, f.speakers),
                     fmt.number(lang, f.turns), fmt.number(lang, f.contributions),
                     fmt.number(lang, f.recommendations), fmt.duration(lang, f.seconds) if f.turns else "—"])
    return header, rows


def session_rows(data: SeriesReportData, lang: str) -> tuple[list[str], list[list[str]]]:
    header = [strings.t(lang, k) for k in ("col_number", "col_date", "col_panel", "col_area", "col_file")]
    rows = []
    for n, s in enumerate(data.sessions, start=1):
        rows.append([fmt.number(lang, n), strings.short_date(lang, s.date),
                     "\n".join(x for x in (s.title, s.venue) if x), strings.value(lang, "area", s.area), s.file])
    return header, rows


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a multi-line text (the preamble): blank lines separate them, single newlines stay inside."""
    blocks = [b.strip("\n") for b in textshape.clean(text).split("\n\n")]
    return [b for b in blocks if b.strip()]
