"""Words of the report in English, French and Arabic.

The report's language is chosen per export and is independent of the
interface language, so these strings live here as plain Python rather than in
Qt's translation files (the report must not import Qt). Every key has all
three languages; a unit test checks it.
"""

from __future__ import annotations

import re

S: dict[str, tuple[str, str, str]] = {
    # key: (en, fr, ar)
    "report_kind": ("Rapporteur’s report", "Rapport du rapporteur", "تقرير المقرر"),
    "report_language": ("Report in English", "Rapport en français", "التقرير باللغة العربية"),
    "series": ("Series", "Série", "السلسلة"),
    "event": ("Event", "Événement", "الحدث"),
    "panel": ("Panel", "Table ronde", "حلقة النقاش"),
    "date": ("Date", "Date", "التاريخ"),
    "time": ("Time", "Heure", "الوقت"),
    "venue": ("Venue", "Lieu", "المكان"),
    "room": ("Room", "Salle", "القاعة"),
    "area": ("Thematic area", "Domaine thématique", "المجال المواضيعي"),
    "prepared": (
        "Prepared with Sahel Panel from the session file (last change: {when}).",
        "Établi avec Sahel Panel à partir du fichier de séance (dernière modification : {when}).",
        "أُعدّ باستخدام Sahel Panel انطلاقاً من ملف الجلسة (آخر تعديل: {when}).",
    ),
    "contents": ("Contents", "Table des matières", "المحتويات"),
    "overview": ("Overview", "Vue d’ensemble", "نظرة عامة"),
    "key_figures": ("Key figures", "Chiffres clés", "أرقام رئيسية"),
    "scheduled": ("Scheduled duration", "Durée prévue", "المدة المقررة"),
    "speaking_time": ("Recorded speaking time", "Temps de parole enregistré", "وقت الكلام المسجل"),
    "speakers_registered": ("Registered speakers", "Intervenants inscrits", "المتحدثون المسجلون"),
    "speakers_heard": ("Speakers who took the floor", "Intervenants ayant pris la parole", "المتحدثون الذين أخذوا الكلمة"),
    "turns": ("Turns at the floor", "Prises de parole", "مرات أخذ الكلمة"),
    "contributions": ("Contributions", "Contributions", "المساهمات"),
    "recommendations": ("Recommendations", "Recommandations", "التوصيات"),
    "by_status": ("Recommendations by status", "Recommandations par statut", "التوصيات حسب الحالة"),
    "questions_addressed": ("Questions addressed", "Questions traitées", "الأسئلة التي تم تناولها"),
    "of": ("{part} of {whole}", "{part} sur {whole}", "{part} من {whole}"),
    "chart_category": ("Speaking time by category", "Temps de parole par catégorie", "وقت الكلام حسب الفئة"),
    "chart_gender": ("Speaking time by gender", "Temps de parole par genre", "وقت الكلام حسب النوع الاجتماعي"),
    "chart_youth": ("Speaking time by age group", "Temps de parole par tranche d’âge", "وقت الكلام حسب الفئة العمرية"),
    # Used by the series report's two-way age chart (sahel_panel/series/report/lines.py); the session
    # report draws VALUES["age_group"], where "not stated" is a group of its own.
    "no_speaking_time": (
        "No speaking time was recorded.", "Aucun temps de parole n’a été enregistré.", "لم يُسجَّل أي وقت للكلام.",
    ),
    "coverage": ("Coverage of the outcome questions", "Couverture des questions", "تغطية الأسئلة المطروحة"),
    "col_number": ("No.", "N°", "رقم"),
    "col_question": ("Question", "Question", "السؤال"),
    "col_contributions": ("Contrib.", "Contrib.", "المساهمات"),
    "col_recommendations": ("Recomm.", "Recomm.", "التوصيات"),
    "col_time": ("Time", "Durée", "الوقت"),
    "no_questions": (
        "The session has no outcome questions.", "La séance ne comporte aucune question.", "لا تتضمن الجلسة أي أسئلة.",
    ),
    "question_n": ("Question {n}", "Question {n}", "السؤال {n}"),
    "question_title": ("Question {n}. {text}", "Question {n}. {text}", "السؤال {n}: {text}"),
    "fallback": (
        "This question has no text in English; it is shown in {language}.",
        "Cette question n’a pas de texte en français ; elle est présentée en {language}.",
        "لا يتوفر نص هذا السؤال باللغة العربية؛ وهو معروض باللغة {language}.",
    ),
    "no_contribution": (
        "No contribution was recorded on this question.",
        "Aucune contribution n’a été enregistrée sur cette question.",
        "لم تُسجَّل أي مساهمة بشأن هذا السؤال.",
    ),
    "no_recommendation": (
        "No recommendation was drafted on this question.",
        "Aucune recommandation n’a été rédigée sur cette question.",
        "لم تُصَغ أي توصية بشأن هذا السؤال.",
    ),
    "status": ("Status: {status}", "Statut : {status}", "الحالة: {status}"),
    "status_count": ("{status}: {n}", "{status} : {n}", "{status}: {n}"),
    "supported_by": ("Supported by: {names}", "Appuyée par : {names}", "بدعم من: {names}"),
    "no_support": (
        "No supporting contribution linked.", "Aucune contribution à l’appui.", "لا توجد مساهمة داعمة مرتبطة.",
    ),
    "general": ("General discussion", "Débat général", "مناقشة عامة"),
    "general_intro": (
        "Contributions and recommendations not tied to an outcome question.",
        "Contributions et recommandations qui ne se rattachent à aucune question.",
        "المساهمات والتوصيات غير المرتبطة بسؤال محدد.",
    ),
    "all_recommendations": ("All recommendations", "Ensemble des recommandations", "جميع التوصيات"),
    "general_recommendations": ("General recommendations", "Recommandations générales", "توصيات عامة"),
    "no_recommendations_at_all": (
        "No recommendation was drafted during the session.",
        "Aucune recommandation n’a été rédigée pendant la séance.",
        "لم تُصَغ أي توصية خلال الجلسة.",
    ),
    "annex_participants": (
        "Annex A. Participants by category", "Annexe A. Participants par catégorie", "المرفق ألف - المشاركون حسب الفئة",
    ),
    "annex_unaddressed": (
        "Annex C. Questions left unaddressed", "Annexe C. Questions non traitées", "المرفق جيم - الأسئلة التي لم تُتناوَل",
    ),
    "all_addressed": (
        "Every outcome question was addressed.", "Toutes les questions ont été traitées.", "تم تناول جميع الأسئلة المطروحة.",
    ),
    "no_participants": (
        "No participant was registered.", "Aucun participant n’a été inscrit.", "لم يُسجَّل أي مشارك.",
    ),
    "col_name": ("Name", "Nom", "الاسم"),
    "col_organisation": ("Organisation", "Organisation", "المنظمة"),
    "col_country": ("Country", "Pays", "البلد"),
    "col_gender": ("Gender", "Genre", "الجنس"),
    "col_youth": ("Youth", "Jeune", "شباب"),
    "col_turns": ("Turns", "Prises", "المرات"),
    "page_of": ("Page {page} of {total}", "Page {page} sur {total}", "الصفحة {page} من {total}"),
    "unknown_speaker": ("Unknown speaker", "Intervenant non précisé", "متحدث غير محدد"),
    "untitled_session": ("Untitled session", "Séance sans titre", "جلسة بلا عنوان"),
    "minutes_axis": ("minutes", "minutes", "دقيقة"),
    "list_sep": (", ", ", ", "، "),
    "who_ran_it": ("The panel", "La réunion", "حلقة النقاش"),
    "summary": ("Summary and key messages", "Résumé et messages clés", "الملخص والرسائل الرئيسية"),
    "outcome": ("Outcome: recommendations by status", "Résultats : recommandations par statut",
                "النتائج: التوصيات حسب الحالة"),
    "outcome_statuses": ("This list shows the recommendations {statuses}.",
                         "Cette liste présente les recommandations {statuses}.",
                         "تعرض هذه القائمة التوصيات {statuses}."),
    "outcome_none": ("No recommendation has one of these statuses: {statuses}.",
                     "Aucune recommandation n’a l’un de ces statuts : {statuses}.",
                     "لا توجد توصية بإحدى هذه الحالات: {statuses}."),
    "set_apart": ("Set apart: not part of the outcome.", "À part : ne font pas partie des résultats.",
                  "مفصولة: ليست جزءاً من النتائج."),
    "and": (" and ", " et ", " و"),
    "in_language": ("in {language}", "en {language}", "باللغة {language}"),
    "annex_countries": ("Annex B. Participants by country and delegation",
                        "Annexe B. Participants par pays et par délégation",
                        "المرفق باء - المشاركون حسب البلد والوفد"),
    "represented": ("{countries} represented, {parliaments}.", "{countries} représentés, {parliaments}.",
                    "{countries} ممثلة، {parliaments}."),
    "countries_n": ("{n} countries", "{n} pays", "{n} بلدان"),
    "country_1": ("1 country", "1 pays", "بلد واحد"),
    "parliaments_n": ("{n} parliaments", "{n} parlements", "{n} برلمانات"),
    "parliament_1": ("1 parliament", "1 parlement", "برلمان واحد"),
    "col_delegation": ("Delegation", "Délégation", "الوفد"),
    "col_participants": ("Participants", "Participants", "المشاركون"),
    "col_count": ("Number", "Nombre", "العدد"),
    "no_country": ("Country not stated", "Pays non précisé", "البلد غير محدد"),
    "no_delegation": ("—", "—", "—"),
}

LANGUAGE_NAMES: dict[str, tuple[str, str, str]] = {
    "en": ("English", "anglais", "الإنكليزية"),
    "fr": ("French", "français", "الفرنسية"),
    "ar": ("Arabic", "arabe", "العربية"),
}

VALUES: dict[str, dict[str, tuple[str, str, str]]] = {
    "category": {
        "parliamentarian": ("Parliamentarians", "Parlementaires", "برلمانيون"),
        "international_organisation": (
            "UN and international organisations", "ONU et organisations internationales", "الأمم المتحدة والمنظمات الدولية",
        ),
        "regional_parliamentary_body": (
            "Regional parliamentary bodies", "Organes parlementaires régionaux", "هيئات برلمانية إقليمية",
        ),
        "government": ("Governments", "Gouvernements", "حكومات"),
        "civil_society": ("Civil society", "Société civile", "المجتمع المدني"),
        "expert": ("Experts", "Experts", "خبراء"),
        "moderator": ("Moderation", "Modération", "إدارة الجلسة"),
        "other": ("Other", "Autres", "أخرى"),
    },
    "gender": {
        "woman": ("Women", "Femmes", "نساء"),
        "man": ("Men", "Hommes", "رجال"),
        "other": ("Other", "Autre", "آخر"),
        "not_stated": ("Not stated", "Non précisé", "غير محدد"),
    },
    "gender_one": {
        "woman": ("woman", "femme", "امرأة"),
        "man": ("man", "homme", "رجل"),
        "other": ("other", "autre", "آخر"),
        "not_stated": ("—", "—", "—"),
    },
    # Bars of the age chart; "not stated" is a group of its own, never counted as 45 and over.
    "age_group": {
        "under_45": ("Youth (under 45)", "Jeunes (moins de 45 ans)", "الشباب (دون 45 عاماً)"),
        "45_and_over": ("45 and over", "45 ans et plus", "45 عاماً فأكثر"),
        "not_stated": ("Age not stated", "Âge non précisé", "العمر غير محدد"),
    },
    # The "Youth" column of the participants' table.
    "youth_one": {
        "under_45": ("yes", "oui", "نعم"),
        "45_and_over": ("no", "non", "لا"),
        "not_stated": ("—", "—", "—"),
    },
    "status": {
        "draft": ("draft", "projet", "مسودة"),
        "proposed": ("proposed", "proposée", "مقترحة"),
        "agreed": ("agreed", "adoptée", "متفق عليها"),
        "withdrawn": ("withdrawn", "retirée", "مسحوبة"),
    },
    "area": {
        "environment": ("Environment", "Environnement", "البيئة"),
        "community": ("Community", "Communauté", "المجتمع"),
        "security": ("Security", "Sécurité", "الأمن"),
        "education": ("Education", "Éducation", "التعليم"),
        "development": ("Development", "Développement", "التنمية"),
        "other": ("Other", "Autre", "أخرى"),
    },
    "role": {
        "chair": ("Chair", "Présidence", "الرئاسة"),
        "moderator": ("Moderation", "Modération", "إدارة الجلسة"),
        "panellist": ("Panellists", "Panélistes", "أعضاء حلقة النقاش"),
        "rapporteur": ("Rapporteur", "Rapporteur", "المقرر"),
    },
    "status_group": {
        "agreed": ("Agreed", "Adoptées", "المتفق عليها"),
        "proposed": ("Proposed", "Proposées", "المقترحة"),
        "draft": ("Drafts", "Projets", "المسودات"),
        "withdrawn": ("Withdrawn", "Retirées", "المسحوبة"),
    },
    "status_plural": {
        "agreed": ("agreed", "adoptées", "المتفق عليها"),
        "proposed": ("proposed", "proposées", "المقترحة"),
        "draft": ("in draft", "en projet", "قيد الصياغة"),
        "withdrawn": ("withdrawn", "retirées", "المسحوبة"),
    },
    "kind": {
        "statement": ("statement", "déclaration", "بيان"),
        "question": ("question", "question", "سؤال"),
        "answer": ("answer", "réponse", "جواب"),
        "point_of_order": ("point of order", "motion d’ordre", "نقطة نظام"),
    },
}

_FIELD = re.compile(r"\{(\w+)\}")
_INDEX = {"en": 0, "fr": 1, "ar": 2}


def index(lang: str) -> int:
    try:
        return _INDEX[lang]
    except KeyError:
        raise ValueError(f"The report language must be en, fr or ar; got {lang!r}.") from None


# French puts a space before : ; ? ! % and inside « »; in print it must never break there
# ("Statut : adoptée" must not end a line on "Statut"), so the report's own French
# strings use the narrow no-break space there, as the French numbers do.
NNBSP = "\u202f"
_FRENCH_SPACE = re.compile(r" (?=[:;?!%»])|(?<=«) ")


def _typeset(lang: str, text: str) -> str:
    return _FRENCH_SPACE.sub(NNBSP, text) if lang == "fr" else text


def t(lang: str, key: str, **values: object) -> str:
    """The string ``key`` in ``lang`` with ``{placeholders}`` filled (values are data, not format specs)."""
    text = _typeset(lang, S[key][index(lang)])
    # One pass, so user text containing "{total}" is never substituted again.
    return _FIELD.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


def value(lang: str, kind: str, key: str) -> str:
    """Label of a stored value (category, gender, status...); an unknown value prints as stored."""
    found = VALUES[kind].get(key)
    return found[index(lang)] if found else key


def list_sep(parts: list[str]) -> str:
    """The separator of a list of names by the list's own script: "، " for Arabic names, ", " otherwise.

    The report's language does not decide it: an Arabic name line in an
    English report takes the Arabic comma, a Latin one in an Arabic report
    the Latin comma.
    """
    from sahel_panel.report.textshape import first_strong

    rtl = sum(1 for p in parts if first_strong(p) == "rtl")
    ltr = sum(1 for p in parts if first_strong(p) == "ltr")
    return "، " if rtl > ltr or (rtl and rtl == ltr and first_strong(parts[0]) == "rtl") else ", "


def join_names(parts: list[str]) -> str:
    parts = [p for p in parts if p]
    return list_sep(parts).join(parts) if parts else ""


def language_name(lang: str, of: str) -> str:
    """Name of language ``of`` written in ``lang``."""
    found = LANGUAGE_NAMES.get(of)
    return found[index(lang)] if found else of
