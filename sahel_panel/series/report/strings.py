"""Words of the series report in English, French and Arabic.

Like the session report's catalogue (:mod:`sahel_panel.report.strings`), the
report's language is chosen per export, independent of the interface, so the
strings are plain Python. Words both reports share (page numbers, chart
titles, category names) come from that catalogue, so the two documents use
the same terms.
"""

from __future__ import annotations

import re
from datetime import date as Date

from sahel_panel.report import fmt
from sahel_panel.report import strings as session_strings

S: dict[str, tuple[str, str, str]] = {
    # key: (en, fr, ar)
    "report_kind": (
        "Consolidated recommendations of the series",
        "Recommandations consolidées de la série",
        "التوصيات الموحدة للسلسلة",
    ),
    "untitled_series": ("Untitled series", "Série sans titre", "سلسلة بلا عنوان"),
    "cover_panels": ("Panels", "Séances", "الجلسات"),
    "cover_dates": ("Dates", "Dates", "التواريخ"),
    "cover_languages": ("Languages", "Langues", "اللغات"),
    "cover_paragraphs": ("Operative paragraphs", "Paragraphes du dispositif", "فقرات المنطوق"),
    "date_range": ("{first} to {last}", "du {first} au {last}", "من {first} إلى {last}"),
    "prepared": (
        "Prepared with Sahel Panel from the series workbook (last change: {when}).",
        "Établi avec Sahel Panel à partir du classeur de la série (dernière modification : {when}).",
        "أُعدّ باستخدام Sahel Panel انطلاقاً من مصنف السلسلة (آخر تعديل: {when}).",
    ),
    "preamble": ("Preamble", "Préambule", "الديباجة"),
    "no_preamble": (
        "No preamble has been written for this series yet.",
        "Aucun préambule n’a encore été rédigé pour cette série.",
        "لم تُكتب ديباجة لهذه السلسلة بعد.",
    ),
    "sessions": ("Panels of the series", "Séances de la série", "جلسات السلسلة"),
    "no_sessions": (
        "No session has been added to the workbook.",
        "Aucune séance n’a été ajoutée au classeur.",
        "لم تُضَف أي جلسة إلى المصنف.",
    ),
    "col_date": ("Date", "Date", "التاريخ"),
    "col_panel": ("Panel and venue", "Séance et lieu", "الجلسة والمكان"),
    "col_area": ("Area", "Domaine", "المجال"),
    "col_file": ("Rapporteur’s file", "Fichier du rapporteur", "ملف المقرر"),
    "col_speakers": ("Speakers", "Intervenants", "المتحدثون"),
    "chapter_n": ("Chapter {n}. {title}", "Chapitre {n}. {title}", "الفصل {n}: {title}"),
    "untitled_chapter": ("Untitled chapter", "Chapitre sans titre", "فصل بلا عنوان"),
    "no_chapters": (
        "No recommendation has been consolidated yet.",
        "Aucune recommandation n’a encore été consolidée.",
        "لم تُوحَّد أي توصية بعد.",
    ),
    "no_paragraphs": (
        "No recommendation has been consolidated in this chapter yet.",
        "Aucune recommandation n’a encore été consolidée dans ce chapitre.",
        "لم تُوحَّد أي توصية في هذا الفصل بعد.",
    ),
    "fallback": (
        "No English text yet; shown in {language}.",
        "Pas encore de texte en français ; présenté en {language}.",
        "لا يتوفر نص باللغة العربية بعد؛ وهو معروض باللغة {language}.",
    ),
    "title_fallback": ("[{language}]", "[{language}]", "[{language}]"),
    "empty_text": (
        "This consolidated recommendation has no text yet.",
        "Cette recommandation consolidée n’a pas encore de texte.",
        "لا يوجد نص لهذه التوصية الموحدة بعد.",
    ),
    "raised_at": ("Panels: {panels}", "Séances : {panels}", "الجلسات: {panels}"),
    "backed_by": ("Speakers behind it: {n} — {categories}", "Intervenants à l’appui : {n} — {categories}",
                  "المتحدثون الداعمون: {n} — {categories}"),
    "backing_more": ("women: {women}, youth: {youth}", "femmes : {women}, jeunes : {youth}",
                     "النساء: {women}، الشباب: {youth}"),
    "backing_countries": ("countries: {countries}", "pays : {countries}", "البلدان: {countries}"),
    "no_backing": (
        "No speaker is linked to its sources.",
        "Aucun intervenant n’est lié à ses sources.",
        "لا يرتبط أي متحدث بمصادرها.",
    ),
    "annex": (
        "Annex I. Recommendations not consolidated",
        "Annexe I. Recommandations non consolidées",
        "المرفق الأول - التوصيات غير الموحدة",
    ),
    "annex_intro": (
        "Recommendations of the panels that no consolidated recommendation draws on, as their rapporteurs wrote them.",
        "Recommandations des séances qu’aucune recommandation consolidée ne reprend, telles que leurs rapporteurs "
        "les ont rédigées.",
        "توصيات الجلسات التي لم تستند إليها أي توصية موحدة، كما صاغها مقرروها.",
    ),
    "annex_none": (
        "Every recommendation of the panels is part of a consolidated recommendation.",
        "Chaque recommandation des séances fait partie d’une recommandation consolidée.",
        "كل توصيات الجلسات مدرجة في توصيات موحدة.",
    ),
    "panel_n": ("Panel {n}. {title}", "Séance {n}. {title}", "الجلسة {n}: {title}"),
    "unknown_panel": ("Panel not in the workbook", "Séance absente du classeur", "جلسة غير موجودة في المصنف"),
    "participation": ("Annex II. Participation", "Annexe II. Participation", "المرفق الثاني - المشاركة"),
    "people": (
        "Speakers (each person counted once)",
        "Intervenants (chaque personne comptée une fois)",
        "المتحدثون (يُحسب كل شخص مرة واحدة)",
    ),
    "chart_panel": ("Speaking time by panel", "Temps de parole par séance", "وقت الكلام حسب الجلسة"),
    "by_panel": ("Figures by panel", "Chiffres par séance", "الأرقام حسب الجلسة"),
    "col_recs": ("Recomm.", "Recomm.", "التوصيات"),
}

_FIELD = re.compile(r"\{(\w+)\}")


def t(lang: str, key: str, **values: object) -> str:
    """The string ``key`` in ``lang`` (this catalogue first, then the session report's), placeholders filled once."""
    if key not in S:
        return session_strings.t(lang, key, **values)
    text = S[key][session_strings.index(lang)]
    return _FIELD.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


def value(lang: str, kind: str, key: str) -> str:
    return session_strings.value(lang, kind, key)


def language_name(lang: str, of: str) -> str:
    return session_strings.language_name(lang, of)


def short_date(lang: str, iso: str) -> str:
    """11 March 2023 / 11 mars 2023 / 11 آذار/مارس 2023 (the long date without its weekday)."""
    try:
        Date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    text = fmt.long_date(lang, iso)
    return text.split("، ", 1)[-1] if lang == "ar" else text.split(" ", 1)[-1]


def date_range(lang: str, dates: list[str]) -> str:
    known = sorted(d for d in dates if d)
    if not known:
        return "—"
    if known[0] == known[-1]:
        return short_date(lang, known[0])
    return t(lang, "date_range", first=short_date(lang, known[0]), last=short_date(lang, known[-1]))
